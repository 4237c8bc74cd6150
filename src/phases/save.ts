import type { PipelineDeps, PipelineOptions, TargetState } from '../pipeline/context.js';
import type { PhaseOutcome } from '../pipeline/timeline.js';
import { nodeModulesDir } from './restore.js';

/**
 * Saves the full tree right after the install, before prune and the build touch it, in the
 * main step (not a post step) so the next job of the same workflow can already use it.
 */
export async function save(state: TargetState, options: PipelineOptions, deps: PipelineDeps): Promise<PhaseOutcome> {
  if (!options.cache || !deps.store || !state.cacheKey) return { status: 'skipped', detail: 'cache off' };
  if (state.cacheHit) return { status: 'skipped', detail: 'exact cache hit' };
  try {
    const saved = await deps.store.save(nodeModulesDir(state), state.cacheKey);
    return { status: 'ok', detail: saved ? 'saved' : 'not saved' };
  } catch (error: unknown) {
    // best effort: a cache that cannot be written never fails the build
    state.logger.warning(`saving node_modules failed: ${error instanceof Error ? error.message : String(error)}`);
    return { status: 'ok', detail: 'failed' };
  }
}
