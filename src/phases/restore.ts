import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { nextCacheKey, nextCachePrefix, nodeModulesKey, type BuildCacheKeyInput } from '../cache/key.js';
import { dependencyManifests } from '../cache/manifests.js';
import type { CacheStore } from '../cache/store.js';
import type { PipelineDeps, PipelineOptions, TargetState } from '../pipeline/context.js';
import type { PhaseOutcome } from '../pipeline/timeline.js';
import type { PackageJson } from '../pm/detect.js';
import { checkLockfileInSync } from '../pm/lockfile-sync.js';
import { scatterMemberModules } from '../workspace/modules.js';

/** The node_modules the install writes and the cache keeps: the workspace root's for a workspace app. */
export function nodeModulesDir(state: TargetState): string {
  return path.join(state.plan.installDir, 'node_modules');
}

/** Next.js's persistent build cache, which `next build` reads and writes on its own. */
export function nextCacheDir(state: TargetState): string {
  return path.join(state.target.context, '.next', 'cache');
}

export function usesNext(pkg: PackageJson): boolean {
  return Boolean(pkg.dependencies?.next ?? pkg.devDependencies?.next);
}

/** Restores node_modules from an entry keyed exactly by everything that shapes it. */
export async function restore(state: TargetState, options: PipelineOptions, deps: PipelineDeps): Promise<PhaseOutcome> {
  // a cache hit skips the install, and with it the install's own check of the lockfile
  checkLockfileInSync(state.plan.pm);
  // what both caches are keyed by: the kind of machine, the package manager and the dependencies
  const shared: BuildCacheKeyInput = {
    os: deps.platform,
    arch: deps.arch,
    libc: deps.libc,
    nodeVersion: deps.nodeVersion,
    packageManager: state.plan.pm.name,
    lockfile: await readFile(state.plan.pm.lockfile),
    root: state.plan.root,
  };
  const key = nodeModulesKey({
    ...shared,
    packageManagerVersion: state.packageManagerVersion ?? 'unknown',
    installCommand: state.plan.installCommand,
    manifests: dependencyManifests(path.dirname(state.plan.pm.lockfile)),
  });
  state.cacheKey = key;
  if (!options.cache || !deps.store)
    return { status: 'skipped', detail: options.cache ? 'no cache service' : 'cache off' };
  state.logger.info(`cache key ${key}`);
  const store = deps.store;
  // .next/cache belongs to the app, not to the workspace whose node_modules it shares; the two
  // entries are unpacked into different directories, so both restores run at once
  const appRoot = path.relative(options.repositoryRoot, state.target.context).split(path.sep).join('/') || '.';
  const [modules] = await Promise.all([
    timed(deps.clock, () => restoreNodeModules(state, store, key)),
    usesNext(state.plan.pkg)
      ? restoreNextCache(state, options, store, { ...shared, root: appRoot }, deps.clock)
      : undefined,
  ]);
  const hit = modules.value;
  state.cacheHit = hit;
  // the unpacking bounds this phase on a warm run: its own time says where the phase's went
  state.logger.info(
    hit
      ? `restored node_modules from the ${store.name} in ${modules.seconds.toFixed(1)} s`
      : 'no exact cache entry: installing',
  );
  return state.cacheHit ? { status: 'ok', detail: 'exact hit' } : { status: 'ok' };
}

/** node_modules by its exact key; in a workspace, once for every target that shares it. */
async function restoreNodeModules(state: TargetState, store: CacheStore, key: string): Promise<boolean> {
  const restoreModules = async (): Promise<boolean> => {
    const hit = await restoreOrMiss(state, store, key);
    if (hit && state.plan.workspace) await scatterMemberModules(state.plan.workspace.graph);
    return hit;
  };
  if (!state.shared) return restoreModules();
  const { value, owner } = await state.shared.once(`restore ${key}`, state.target.name, restoreModules);
  if (owner !== state.target.name)
    state.logger.info(`node_modules of the workspace at ${state.plan.root}: shared with ${owner}`);
  return value;
}

/**
 * A cache can only make a build slower, never break it: an entry that cannot be restored
 * (cut short, altered, holding files outside node_modules) is a warning and a miss, and the
 * store has already removed whatever it unpacked, so the install starts from nothing.
 */
async function restoreOrMiss(state: TargetState, store: CacheStore, key: string): Promise<boolean> {
  try {
    return await store.restore(nodeModulesDir(state), key);
  } catch (error: unknown) {
    state.logger.warning(
      `the cached node_modules (${key}) cannot be used, installing instead: ${error instanceof Error ? error.message : String(error)}`,
    );
    await rm(nodeModulesDir(state), { recursive: true, force: true });
    return false;
  }
}

/**
 * Restores .next/cache from this commit's entry, else from the newest one of the same
 * dependencies, so `next build` starts warm. Best effort: without it the build is only slower.
 * Outside git every run is a revision of its own (saved anew, the store keeping the newest).
 */
async function restoreNextCache(
  state: TargetState,
  options: PipelineOptions,
  store: CacheStore,
  input: BuildCacheKeyInput,
  clock: () => number,
): Promise<void> {
  try {
    const prefix = nextCachePrefix(input);
    const key = nextCacheKey(input, options.git.sha ?? `run-${Date.now()}`);
    // set before restoring: after a failed restore the build's fresh cache is still worth saving
    state.buildCache = { key, prefix };
    const { value: restored, seconds } = await timed(clock, () =>
      store.restoreNearest(nextCacheDir(state), key, prefix),
    );
    if (restored !== undefined) state.buildCache.restored = restored;
    const took = `in ${seconds.toFixed(1)} s`;
    state.logger.info(
      restored === undefined
        ? `no .next/cache entry starting with ${prefix}: next build starts cold`
        : restored === key
          ? `restored .next/cache from the ${store.name} ${took}: exact entry ${key}`
          : `restored .next/cache from the ${store.name} ${took}: nearest entry ${restored} (no entry ${key} yet)`,
    );
  } catch (error: unknown) {
    state.logger.warning(
      `restoring .next/cache failed, next build starts cold: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

async function timed<T>(clock: () => number, work: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const start = clock();
  const value = await work();
  return { value, seconds: clock() - start };
}
