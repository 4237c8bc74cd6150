import type { PipelineDeps, TargetState } from '../pipeline/context.js';
import type { PhaseOutcome } from '../pipeline/timeline.js';
import { ociPlatform, pulledSize } from '../image/pull-size.js';
import { retag } from '../registry/images.js';

/** Pushes every tag; the digest is the registry's answer, not computed here. */
export async function push(state: TargetState, deps: PipelineDeps): Promise<PhaseOutcome> {
  if (state.reused && state.inputs && state.tags) {
    const digest = await retag(deps.registry, `${state.target.image}:${state.inputs.tag}`, state.tags);
    state.pushed = { digest };
    state.logger.info(`tagged the existing image ${digest} as ${state.tags.join(', ')}`);
    return { status: 'ok', detail: 'retagged the reused image' };
  }
  if (!state.request) return { status: 'skipped', detail: 'no image' };
  const pushed = await deps.engine.push(state.request, { run: state.run, logger: state.logger, tempDir: deps.tempDir });
  state.logger.info(`pushed ${state.request.tags.join(', ')} (${pushed.digest})`);
  // the pull size as the registry states it, for the report: compressed, never compared with the uncompressed size
  const platform = state.request.platforms[0] ?? ociPlatform(deps.platform, deps.arch);
  const compressedSize = await pulledSize(deps.registry, `${state.target.image}@${pushed.digest}`, platform);
  state.pushed = compressedSize === undefined ? pushed : { ...pushed, compressedSize };
  return { status: 'ok', detail: state.pushed.digest };
}
