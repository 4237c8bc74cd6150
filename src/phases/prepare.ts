import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { providePackageManager } from '../pm/provide.js';
import type { PipelineDeps, TargetState } from '../pipeline/context.js';

/** Makes the package manager available and records its version (part of the cache key). */
export async function preparePackageManager(state: TargetState, deps: PipelineDeps): Promise<void> {
  const shimDir = path.join(deps.tempDir, 'corepack', state.target.name);
  await mkdir(shimDir, { recursive: true });
  const provided = await providePackageManager(state.plan.pm, state.target.context, {
    run: state.run,
    logger: state.logger,
    toolCache: deps.toolCache,
    shimDir,
    registryUrl: deps.registryUrl,
    platform: deps.platform,
    arch: deps.arch,
    libc: deps.libc,
  });
  state.packageManagerVersion = provided.version;
  if (provided.binDir) {
    state.env.PATH = `${provided.binDir}${path.delimiter}${process.env.PATH ?? ''}`;
  }
}
