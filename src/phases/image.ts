import path from 'node:path';
import { inNamedRegistry } from '../registry/reference.js';
import { cacheTags, computeTags } from '../image/tags.js';
import { ociLabels } from '../image/labels.js';
import { stageContext } from '../image/stage.js';
import type { PipelineDeps, PipelineOptions, TargetState } from '../pipeline/context.js';
import type { PhaseOutcome } from '../pipeline/timeline.js';
import type { ImageBuildRequest } from '../engines/engine.js';
import { INPUTS_LABEL } from './reuse.js';

/** The full references a target's image gets: the input's tags, or the computed ones. */
export function imageTags(state: TargetState, options: PipelineOptions): string[] {
  if (options.tags && options.tags.length > 0) return options.tags;
  const version = state.plan.pkg.version;
  const ctx = version === undefined ? { git: options.git } : { git: options.git, version };
  return computeTags(state.target.tags, ctx).map((tag) => `${state.target.image}:${tag}`);
}

/** Stages the declared artifacts and builds the COPY-only Dockerfile from them. */
export async function image(state: TargetState, options: PipelineOptions, deps: PipelineDeps): Promise<PhaseOutcome> {
  const { target } = state;
  const staged = await stageContext({
    context: target.context,
    artifacts: target.artifacts,
    dockerfile: target.dockerfile,
    into: path.join(deps.tempDir, 'contexts', target.name),
  });
  const version = state.plan.pkg.version;
  const request: ImageBuildRequest = {
    target: target.name,
    contextDir: staged.dir,
    dockerfile: staged.dockerfile,
    tags: imageTags(state, options),
    buildArgs: target.buildArgs,
    labels: { ...ociLabels(options.git, version === undefined ? { name: target.name } : { name: target.name, version }), ...options.labels },
    platforms: target.platforms,
    cacheFrom: inNamedRegistry(target.image) ? cacheTags(options.git).map((tag) => `${target.image}:${tag}`) : [],
    willPush: options.push,
  };
  if (options.git.commitTime !== undefined) request.sourceDateEpoch = options.git.commitTime;
  if (state.inputs) {
    // recorded on the image, and as a tag when pushed, so an unchanged rerun can find it
    request.labels[INPUTS_LABEL] = state.inputs.fingerprint;
    if (options.push) request.tags.push(`${target.image}:${state.inputs.tag}`);
  }
  state.request = request;
  state.tags = request.tags;
  state.built = await deps.engine.build(request, { run: state.run, logger: state.logger, tempDir: deps.tempDir });
  return { status: 'ok', detail: `${deps.engine.name}: ${request.tags[0]}` };
}
