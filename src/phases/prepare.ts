import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { providePackageManager, type ProvidedPackageManager } from '../pm/provide.js';
import type { PipelineDeps, TargetState } from '../pipeline/context.js';

/**
 * Makes the package manager available and records its version (part of the cache key). The
 * targets of one workspace share it: one fetch into the tool cache, not one per app at once.
 */
export async function preparePackageManager(state: TargetState, deps: PipelineDeps): Promise<void> {
  const provide = async (): Promise<ProvidedPackageManager> => {
    const shimDir = path.join(deps.tempDir, 'corepack', state.target.name);
    await mkdir(shimDir, { recursive: true });
    return providePackageManager(state.plan.pm, state.plan.installDir, {
      run: state.run,
      logger: state.logger,
      toolCache: deps.toolCache,
      shimDir,
      registryUrl: deps.registryUrl,
      platform: deps.platform,
      arch: deps.arch,
      libc: deps.libc,
      nodeVersion: deps.nodeVersion,
    });
  };
  const provided = state.shared
    ? (await state.shared.once('package manager', state.target.name, provide)).value
    : await provide();
  state.packageManagerVersion = provided.version;
  if (provided.binDir) {
    state.env.PATH = `${provided.binDir}${path.delimiter}${process.env.PATH ?? ''}`;
  }
}
