import { rm } from 'node:fs/promises';
import { shellArgv } from '../exec.js';
import type { TargetState } from '../pipeline/context.js';
import type { PhaseOutcome } from '../pipeline/timeline.js';
import { removeWorkspaceModules } from '../workspace/modules.js';
import { nodeModulesDir } from './restore.js';

/** The package manager's clean install; nothing to do when node_modules came back exactly. */
export async function install(state: TargetState): Promise<PhaseOutcome> {
  if (state.cacheHit) return { status: 'skipped', detail: 'exact cache hit' };
  const { workspace } = state.plan;
  const installOnce = async (): Promise<void> => {
    // whatever a checkout or an earlier run left there is not what the lockfile says
    if (workspace) await removeWorkspaceModules(workspace.graph);
    else await rm(nodeModulesDir(state), { recursive: true, force: true });
    await state.run(shellArgv(state.plan.installCommand), { cwd: state.plan.installDir, env: state.env });
  };
  if (!state.shared) {
    await installOnce();
    return { status: 'ok', detail: state.plan.installCommand };
  }
  const { owner } = await state.shared.once(`install ${state.plan.installDir}`, state.target.name, installOnce);
  return {
    status: 'ok',
    detail:
      owner === state.target.name
        ? `${state.plan.installCommand} at ${state.plan.root}`
        : `installed once for the workspace (by ${owner})`,
  };
}
