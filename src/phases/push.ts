import type { PipelineDeps, TargetState } from '../pipeline/context.js';
import type { PhaseOutcome } from '../pipeline/timeline.js';
import { ociPlatform, pulledSize } from '../image/pull-size.js';
import { retag } from '../registry/images.js';
import { onInterrupt } from '../interrupt.js';

/**
 * With a push to follow, the engine may send the built image's blobs now, while the smoke test
 * (and the other targets' gates) run: the push then only moves the tags. An interrupt stops it.
 */
export function startUploadAhead(state: TargetState, deps: PipelineDeps): void {
  if (!state.request || !deps.engine.uploadAhead) return;
  const upload = deps.engine.uploadAhead(state.request, {
    run: state.run,
    logger: state.logger,
    tempDir: deps.tempDir,
  });
  if (!upload) return;
  const dispose = onInterrupt(() => upload.cancel());
  state.uploadAhead = {
    cancel: async () => {
      dispose();
      await upload.cancel();
    },
  };
}

/**
 * Ends a target's upload ahead: a target that will not push drops what was not sent yet (the
 * registry collects the blobs nothing refers to); after a push there is nothing left to stop.
 */
export async function endUploadAhead(state: TargetState): Promise<void> {
  const upload = state.uploadAhead;
  delete state.uploadAhead;
  await upload?.cancel();
}

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
