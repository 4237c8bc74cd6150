import type { PipelineDeps, TargetState } from '../pipeline/context.js';
import type { PhaseOutcome } from '../pipeline/timeline.js';

/** Pushes every tag; the digest is the registry's answer, not computed here. */
export async function push(state: TargetState, deps: PipelineDeps): Promise<PhaseOutcome> {
  if (!state.request) return { status: 'skipped', detail: 'no image' };
  state.pushed = await deps.engine.push(state.request, { run: state.run, logger: state.logger, tempDir: deps.tempDir });
  state.logger.info(`pushed ${state.request.tags.join(', ')} (${state.pushed.digest})`);
  return { status: 'ok', detail: state.pushed.digest };
}
