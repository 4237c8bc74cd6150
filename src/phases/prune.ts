import { shellArgv } from '../exec.js';
import type { TargetState } from '../pipeline/context.js';
import type { PhaseOutcome } from '../pipeline/timeline.js';
import { countPackages } from './packages.js';
import { nodeModulesDir } from './restore.js';

/** Removes dev dependencies so the image ships production packages only. */
export async function prune(state: TargetState): Promise<PhaseOutcome> {
  const all = await countPackages(nodeModulesDir(state));
  if (state.plan.pruneCommand === false) {
    state.packages = { production: all, all };
    return { status: 'skipped', detail: 'prune: false' };
  }
  await state.run(shellArgv(state.plan.pruneCommand), { cwd: state.target.context, env: state.env });
  const production = await countPackages(nodeModulesDir(state));
  state.packages = { production, all };
  return { status: 'ok', detail: `${all} → ${production} packages` };
}
