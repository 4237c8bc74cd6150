import { existsSync } from 'node:fs';
import type { PipelineDeps, PipelineOptions, TargetState } from '../pipeline/context.js';
import type { PhaseOutcome } from '../pipeline/timeline.js';
import { gatherMemberModules, scatterMemberModules } from '../workspace/modules.js';
import { nextCacheDir, nodeModulesDir } from './restore.js';

/**
 * Saves the full tree right after the install, before prune and the build touch it, in the
 * main step (not a post step) so the next job of the same workflow can already use it.
 */
export async function save(state: TargetState, options: PipelineOptions, deps: PipelineDeps): Promise<PhaseOutcome> {
  if (!options.cache || !deps.store || !state.cacheKey) return { status: 'skipped', detail: 'cache off' };
  if (state.cacheHit) return { status: 'skipped', detail: 'exact cache hit' };
  try {
    const store = deps.store;
    const key = state.cacheKey;
    const workspace = state.plan.workspace;
    const saveModules = async (): Promise<boolean> => {
      if (!workspace) return store.save(nodeModulesDir(state), key);
      await gatherMemberModules(workspace.graph);
      try {
        return await store.save(nodeModulesDir(state), key);
      } finally {
        await scatterMemberModules(workspace.graph);
      }
    };
    if (state.shared) {
      const { value, owner } = await state.shared.once(`save ${key}`, state.target.name, saveModules);
      if (owner !== state.target.name) return { status: 'ok', detail: `saved once for the workspace (by ${owner})` };
      return { status: 'ok', detail: value ? 'saved' : 'not saved' };
    }
    const saved = await saveModules();
    return { status: 'ok', detail: saved ? 'saved' : 'not saved' };
  } catch (error: unknown) {
    // best effort: a cache that cannot be written never fails the build
    state.logger.warning(`saving node_modules failed: ${error instanceof Error ? error.message : String(error)}`);
    return { status: 'ok', detail: 'failed' };
  }
}

/**
 * Saves .next/cache after the build wrote it, under this revision's key, so the next build of
 * the same dependencies starts from it. Best effort, as node_modules.
 */
export async function saveNextCache(
  state: TargetState,
  options: PipelineOptions,
  deps: PipelineDeps,
): Promise<PhaseOutcome> {
  const cache = state.buildCache;
  if (!options.cache || !deps.store || !cache) return { status: 'skipped', detail: 'cache off' };
  if (cache.restored === cache.key) return { status: 'skipped', detail: 'exact .next/cache hit' };
  const dir = nextCacheDir(state);
  // build commands that do not run next build, or a webpack config that turns its cache off
  if (!existsSync(dir)) return { status: 'skipped', detail: 'no .next/cache' };
  try {
    const saved = await deps.store.save(dir, cache.key);
    state.logger.info(saved ? `saved .next/cache as ${cache.key}` : `.next/cache not saved as ${cache.key}`);
    if (saved) await deps.store.removeOthers?.(cache.prefix, cache.key);
    return { status: 'ok', detail: saved ? 'saved .next/cache' : '.next/cache not saved' };
  } catch (error: unknown) {
    state.logger.warning(`saving .next/cache failed: ${error instanceof Error ? error.message : String(error)}`);
    return { status: 'ok', detail: 'failed' };
  }
}
