import { CommandError } from '../errors.js';
import { shellArgv } from '../exec.js';
import type { TargetState } from '../pipeline/context.js';
import type { PhaseOutcome } from '../pipeline/timeline.js';

/** The user's own commands, in order, in the target's context; their time is the user's, not ours. */
export async function build(state: TargetState): Promise<PhaseOutcome> {
  const commands = state.target.build;
  if (commands.length === 0) return { status: 'skipped', detail: 'no build commands' };
  for (const command of commands) {
    try {
      const result = await state.run(shellArgv(command), { cwd: state.target.context, env: state.env });
      state.userSeconds += result.seconds;
    } catch (error: unknown) {
      // the seconds a failing command ran are the user's too, not the action's overhead
      if (error instanceof CommandError) state.userSeconds += error.seconds;
      throw error;
    }
  }
  return { status: 'ok', detail: `${commands.length} command${commands.length === 1 ? '' : 's'}` };
}
