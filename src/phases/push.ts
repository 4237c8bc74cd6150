import type { PushedImage } from '../engines/engine.js';
import type { PipelineDeps, TargetState } from '../pipeline/context.js';
import type { PhaseVerdict } from '../pipeline/timeline.js';
import { ociPlatform, pulledSize } from '../image/pull-size.js';
import { retag } from '../registry/images.js';
import { onInterrupt } from '../interrupt.js';
import type { BuiltTargetImage, TargetImage } from './image.js';

/**
 * With a push to follow, the engine may send the built image's blobs now, while the smoke test
 * (and the other targets' gates) run: the push then only moves the tags. An interrupt stops it.
 */
export function startUploadAhead(state: TargetState, image: BuiltTargetImage, deps: PipelineDeps): void {
  if (!deps.engine.uploadAhead) return;
  const upload = deps.engine.uploadAhead(image.request, {
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

/**
 * Pushes every tag of the target's image, or points them at the reused one; the digest is the
 * registry's answer, not computed here.
 */
export async function push(
  state: TargetState,
  image: TargetImage,
  deps: PipelineDeps,
): Promise<PhaseVerdict & { pushed: PushedImage }> {
  if (image.kind === 'reused') {
    await retag(deps.registry, image.manifest, image.tags);
    const { digest } = image.manifest;
    state.logger.info(`tagged the existing image ${digest} as ${image.tags.join(', ')}`);
    return { status: 'ok', detail: 'retagged the reused image', pushed: { digest } };
  }
  const { request } = image;
  const pushed = await deps.engine.push(request, { run: state.run, logger: state.logger, tempDir: deps.tempDir });
  state.logger.info(`pushed ${request.tags.join(', ')} (${pushed.digest})`);
  // the pull size as the registry states it, for the report: compressed, never compared with the uncompressed size
  const platform = request.platforms[0] ?? ociPlatform(deps.platform, deps.arch);
  const compressedSize = await pulledSize(deps.registry, `${state.target.image}@${pushed.digest}`, platform);
  return {
    status: 'ok',
    detail: pushed.digest,
    pushed: compressedSize === undefined ? pushed : { ...pushed, compressedSize },
  };
}
