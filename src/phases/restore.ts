import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { nodeModulesKey } from '../cache/key.js';
import type { PipelineDeps, PipelineOptions, TargetState } from '../pipeline/context.js';
import type { PhaseOutcome } from '../pipeline/timeline.js';

export function nodeModulesDir(state: TargetState): string {
  return path.join(state.target.context, 'node_modules');
}

/** Restores node_modules from an entry keyed exactly by everything that shapes it. */
export async function restore(state: TargetState, options: PipelineOptions, deps: PipelineDeps): Promise<PhaseOutcome> {
  state.cacheKey = nodeModulesKey({
    os: deps.platform,
    arch: deps.arch,
    libc: deps.libc,
    nodeVersion: deps.nodeVersion,
    packageManager: state.plan.pm.name,
    packageManagerVersion: state.packageManagerVersion ?? 'unknown',
    lockfile: await readFile(state.plan.pm.lockfile),
    installCommand: state.plan.installCommand,
    root: state.plan.root,
  });
  if (!options.cache || !deps.store) return { status: 'skipped', detail: options.cache ? 'no cache service' : 'cache off' };
  state.logger.info(`cache key ${state.cacheKey}`);
  state.cacheHit = await deps.store.restore(nodeModulesDir(state), state.cacheKey);
  state.logger.info(state.cacheHit ? `restored node_modules from the ${deps.store.name}` : 'no exact cache entry: installing');
  return state.cacheHit ? { status: 'ok', detail: 'exact hit' } : { status: 'ok' };
}
