import { rm } from 'node:fs/promises';
import { shellArgv } from '../exec.js';
import type { TargetState } from '../pipeline/context.js';
import type { PhaseOutcome } from '../pipeline/timeline.js';
import { nodeModulesDir } from './restore.js';

/** The package manager's clean install; nothing to do when node_modules came back exactly. */
export async function install(state: TargetState): Promise<PhaseOutcome> {
  if (state.cacheHit) return { status: 'skipped', detail: 'exact cache hit' };
  // whatever a checkout or an earlier run left there is not what the lockfile says
  await rm(nodeModulesDir(state), { recursive: true, force: true });
  await state.run(shellArgv(state.plan.installCommand), { cwd: state.target.context, env: state.env });
  return { status: 'ok', detail: state.plan.installCommand };
}
