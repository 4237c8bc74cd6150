import path from 'node:path';
import { StoreLayerCache } from '../cache/layers.js';
import { inNamedRegistry } from '../registry/reference.js';
import { cacheTags, computeTags } from '../image/tags.js';
import { ociLabels } from '../image/labels.js';
import { stageContext } from '../image/stage.js';
import type { PipelineDeps, PipelineOptions, TargetState } from '../pipeline/context.js';
import type { PhaseVerdict } from '../pipeline/timeline.js';
import { productionTreeKey } from './prune.js';
import type { BuiltImage, ImageBuildRequest } from '../engines/engine.js';
import { INPUTS_LABEL, type ReusedImage, type TargetInputs } from './reuse.js';

/** The full references a target's image gets: the input's tags, or the computed ones. */
export function imageTags(state: TargetState, options: PipelineOptions): string[] {
  if (options.tags && options.tags.length > 0) return options.tags;
  const version = state.plan.pkg.version;
  const ctx = version === undefined ? { git: options.git } : { git: options.git, version };
  return computeTags(state.target.tags, ctx).map((tag) => `${state.target.image}:${tag}`);
}

/**
 * The config's cache specs, then the input's, with `{target}` replaced by the target's name: one
 * cache-to input then gives each target of a run its own scope or reference
 * (`type=gha,scope={target}`), where a shared one would have them overwrite each other.
 */
export function buildCacheSpecs(target: string, fromConfig: string[] = [], fromInput: string[] = []): string[] {
  return [...new Set([...fromConfig, ...fromInput].map((spec) => spec.replaceAll('{target}', target)))];
}

/**
 * The artifacts a cache key pins: the production node_modules is what the lockfile's key
 * installed, less what the prune command removed, and, when traced, cut to the traced files
 * (the trace's key covers both). Its layer can then be kept between runs.
 */
export function treeKeys(state: TargetState): Record<string, string> | undefined {
  if (state.cacheKey === undefined) return undefined;
  const declared = state.target.artifacts.some(
    (a) => path.posix.normalize(a.split(path.sep).join('/')).replace(/^\.\/|\/+$/g, '') === 'node_modules',
  );
  if (!declared) return undefined;
  return { node_modules: state.trace?.key ?? productionTreeKey(state) };
}

/** What the image phase built: the request (the push sends the same one) and the engine's answer. */
export interface BuiltTargetImage {
  kind: 'built';
  request: ImageBuildRequest;
  built: BuiltImage;
  /** the full references it gets */
  tags: string[];
}

/** The image a target ends with: built by this run, or one built before from the same inputs. */
export type TargetImage = BuiltTargetImage | ReusedImage;

/**
 * Stages the declared artifacts and builds the COPY-only Dockerfile from them. `inputs`, when
 * the reuse lookup could hash them, are recorded on the image so a rerun can find it.
 */
export async function image(
  state: TargetState,
  options: PipelineOptions,
  deps: PipelineDeps,
  inputs: TargetInputs | undefined,
): Promise<PhaseVerdict & { image: BuiltTargetImage }> {
  const { target } = state;
  const staged = await stageContext({
    context: target.context,
    artifacts: target.artifacts,
    dockerfile: target.dockerfile,
    into: path.join(deps.tempDir, 'contexts', target.name),
    ...(state.trace ? { filter: state.trace.filter } : {}),
  });
  const version = state.plan.pkg.version;
  const request: ImageBuildRequest = {
    target: target.name,
    contextDir: staged.dir,
    dockerfile: staged.dockerfile,
    tags: imageTags(state, options),
    buildArgs: target.buildArgs,
    labels: {
      ...ociLabels(options.git, version === undefined ? { name: target.name } : { name: target.name, version }),
      ...options.labels,
    },
    platforms: target.platforms,
    cacheFrom: inNamedRegistry(target.image) ? cacheTags(options.git).map((tag) => `${target.image}:${tag}`) : [],
    willPush: options.push,
  };
  const imports = buildCacheSpecs(target.name, target.cacheFrom, options.buildCache?.from);
  const exports = buildCacheSpecs(target.name, target.cacheTo, options.buildCache?.to);
  if (imports.length > 0) request.cacheImports = imports;
  if (exports.length > 0) request.cacheExports = exports;
  if (options.git.commitTime !== undefined) request.sourceDateEpoch = options.git.commitTime;
  const trees = treeKeys(state);
  if (trees) request.treeKeys = trees;
  if (inputs) {
    // recorded on the image, and as a tag when pushed, so an unchanged rerun can find it
    request.labels[INPUTS_LABEL] = inputs.fingerprint;
    if (options.push) request.tags.push(`${target.image}:${inputs.tag}`);
  }
  const layers =
    options.cache && deps.store
      ? new StoreLayerCache(deps.store, path.join(deps.recordsDir, 'layers'), state.logger)
      : undefined;
  const built = await deps.engine.build(request, {
    run: state.run,
    logger: state.logger,
    tempDir: deps.tempDir,
    ...(layers ? { layers } : {}),
    daemonImages: state.daemonImages,
  });
  return {
    status: 'ok',
    detail: `${deps.engine.name}: ${request.tags[0]}`,
    image: { kind: 'built', request, built, tags: request.tags },
  };
}
