import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseDockerfile } from '../../dockerfile/parse.js';
import { applicableIgnoreFile, type IgnoreFile } from '../../dockerfile/ignore.js';
import { BuildError } from '../../errors.js';
import type { LayerCache } from '../../cache/layers.js';
import type { Logger } from '../../log.js';
import type { ImageBuildRequest } from '../engine.js';
import type { BaseResolver, ResolvedBase } from './base-image.js';
import { collectCopy, tarPath, type LayerEntry } from './copy.js';
import { canonicalJson, digestHex } from '../../registry/digest.js';
import { evaluateStage, resolveFrom, unusedBuildArgs, type CopyStep } from './evaluate.js';
import { deriveImageConfig, type HistoryEntry } from './image-config.js';
import { dockerfileError, readCopyOnlyDockerfile, type CopyOnlyDockerfile } from './instructions.js';
import { writeLayer, type LayerBlob } from './layer.js';
import { contentKey, splitDependencies } from './split.js';
import { blobsDir, writeLayout } from './layout.js';
import { descriptorOf, imageIndex, imageManifest, jsonBlob, type JsonBlob } from './manifest.js';
import { formatBytes } from '../../report/format.js';
import { OCI_CONFIG, OCI_LAYER_GZIP, ociLayerType, type Descriptor } from '../../registry/media-types.js';
import { formatPlatform, parsePlatform, samePlatform, toDescriptor, type Platform } from './platform.js';
import { formatReference, parseReference, type ImageReference } from '../../registry/reference.js';

/** The image for one platform, as written to the layout. */
export interface PlatformImage {
  platform: Platform;
  base?: ResolvedBase;
  config: JsonBlob;
  manifest: JsonBlob;
  /** this build's layers (the base's are in base.manifest) */
  layers: LayerBlob[];
}

export interface BuiltOciImage {
  /** an OCI image layout directory */
  layoutDir: string;
  images: PlatformImage[];
  /** the manifest (one platform) or index (several) that tags point at */
  top: JsonBlob;
  tags: ImageReference[];
  /** bytes of the first platform's image as pushed: compressed layers (base included) + config */
  size: number;
}

export interface BuildInput {
  request: ImageBuildRequest;
  layoutDir: string;
  /** the machine building: its platform is the default and limits images with native addons */
  runner: Platform;
  bases: BaseResolver;
  logger: Logger;
  /** layers kept between runs (the production node_modules) */
  layers?: LayerCache;
}

/** bumped when the layer writer's output for equal entries changes */
const LAYER_KEY_VERSION = 1;

/** what this engine writes into history entries, where BuildKit writes buildkit.dockerfile.v0 */
const HISTORY_COMMENT = 'artifact-docker-build oci engine';

/** what each layer of a split COPY holds, after the instruction in its history entry */
const PART_NOTE = { dependencies: 'its node_modules', rest: 'its files outside node_modules' } as const;

/** One layer a COPY wrote; `part` when the COPY was split in two (see splitDependencies). */
interface WrittenLayer {
  blob: LayerBlob;
  part?: keyof typeof PART_NOTE;
}

/**
 * Builds a COPY-only Dockerfile into an OCI layout: per platform, the base is resolved, the
 * instructions evaluated, each COPY/ADD written as a layer (layers identical across
 * platforms are written once and shared), and config and manifest derived; several platforms
 * get an index over their manifests.
 */
export async function buildOciImage(input: BuildInput): Promise<BuiltOciImage> {
  const { request, logger } = input;
  const file = path.basename(request.dockerfile);
  const dockerfile = readCopyOnlyDockerfile(parseDockerfile(await readFile(request.dockerfile, 'utf8')), file);
  const platforms = request.platforms.length > 0 ? request.platforms.map(parsePlatform) : [input.runner];
  for (const platform of platforms) {
    if (platform.os !== 'linux')
      throw new BuildError(
        `${request.target}: platform ${formatPlatform(platform)}: the oci engine builds linux images only`,
      );
  }
  const tags = request.tags.map(parseReference);
  const unused = unusedBuildArgs(dockerfile, request.buildArgs);
  if (unused.length > 0) logger.info(`build args not declared by an ARG in ${file}, so unused: ${unused.join(', ')}`);

  await rm(input.layoutDir, { recursive: true, force: true });
  const layers = new LayerWriter(blobsDir(input.layoutDir), {
    dir: request.contextDir,
    file,
    mtime: request.sourceDateEpoch ?? 0,
    ignore: await applicableIgnoreFile(request.contextDir, request.dockerfile),
    ...(input.layers ? { cache: input.layers } : {}),
    ...(request.treeKeys ? { treeKeys: request.treeKeys } : {}),
  });
  const images: PlatformImage[] = [];
  for (const platform of platforms) images.push(await buildPlatform(dockerfile, platform, input, layers));

  const native = layers.nativeAddons();
  const foreign = platforms.filter((p) => !samePlatform(p, input.runner));
  if (native.length > 0 && foreign.length > 0) {
    throw new BuildError(
      `${request.target}: the artifacts hold native addons (${native.slice(0, 3).join(', ')}${native.length > 3 ? ', ...' : ''}) built on this ${formatPlatform(input.runner)} runner, ` +
        `so they cannot serve ${foreign.map(formatPlatform).join(', ')}; build each platform on a runner of its own, or drop those platforms`,
    );
  }

  const top =
    images.length === 1
      ? images[0]!.manifest
      : imageIndex(images.map((i) => ({ ...descriptorOf(i.manifest), platform: toDescriptor(i.platform) })));
  const documents = images.flatMap((i) => [i.config, i.manifest]);
  await writeLayout(input.layoutDir, images.length === 1 ? documents : [...documents, top], top, tags[0]?.tag);
  const first = images[0]!;
  const size =
    (first.base?.manifest.layers ?? []).reduce((sum, l) => sum + l.size, 0) +
    first.layers.reduce((sum, l) => sum + l.size, 0) +
    first.config.size;
  return { layoutDir: input.layoutDir, images, top, tags, size };
}

async function buildPlatform(
  dockerfile: CopyOnlyDockerfile,
  platform: Platform,
  input: BuildInput,
  layers: LayerWriter,
): Promise<PlatformImage> {
  const { request, logger } = input;
  const stageInput = { dockerfile, buildArgs: request.buildArgs, platform, buildPlatform: input.runner };
  const from = resolveFrom(stageInput);
  let base: ResolvedBase | undefined;
  if (from.image !== 'scratch') {
    const reference = parseReference(from.image);
    base = await input.bases.resolve(reference, from.platform ? parsePlatform(from.platform) : platform);
    logger.info(
      `${formatPlatform(platform)}: FROM ${formatReference(reference)} → ${base.daemon ? `image ${base.daemon.imageId} of the Docker daemon` : base.manifestDigest}`,
    );
    if (base.platformMismatch) {
      logger.warning(
        `${formatReference(reference)} is a ${base.platformMismatch} image, not ${formatPlatform(platform)}; using it anyway, as docker does for a single-platform base`,
      );
    }
    if ((base.config.config?.OnBuild ?? []).length > 0) {
      throw dockerfileError(
        dockerfile.file,
        from.line,
        `the base image has ONBUILD triggers, which the oci engine cannot run`,
      );
    }
  }
  const stage = evaluateStage(stageInput, base?.config.config);
  const created = new Date((request.sourceDateEpoch ?? 0) * 1000).toISOString().replace(/\.000Z$/, 'Z');
  // directories the image is known to have here, so that `COPY file /app` lands in /app like docker's
  const knownDirs = new Set<string>(['/']);
  const history: HistoryEntry[] = [];
  const own: LayerBlob[] = [];
  for (const step of stage.steps) {
    if (step.kind === 'config') {
      // docker also creates WORKDIR's directory (BuildKit in a layer of its own, when missing);
      // here it only goes into the config: the runtime creates it when a container starts, and
      // a COPY into it creates it in that COPY's layer
      if (step.workdir) addWithParents(knownDirs, step.workdir);
      history.push({ created, created_by: step.createdBy, comment: HISTORY_COMMENT, empty_layer: true });
      continue;
    }
    const layer = await layers.write(step.copy, knownDirs, logger);
    for (const dir of layer.dirs) addWithParents(knownDirs, dir);
    for (const { blob, part } of layer.layers) {
      own.push(blob);
      const createdBy = part ? `${step.createdBy} # ${PART_NOTE[part]}` : step.createdBy;
      history.push({ created, created_by: createdBy, comment: HISTORY_COMMENT });
    }
  }
  const config = deriveImageConfig({
    ...(base ? { base: base.config } : {}),
    config: stage.config,
    labels: request.labels,
    diffIds: own.map((l) => l.diffId),
    history,
    platform,
    created,
    ...(stage.author !== undefined ? { author: stage.author } : {}),
  });
  const configBlob = jsonBlob(OCI_CONFIG, canonicalJson(config));
  const baseLayers: Descriptor[] = (base?.manifest.layers ?? []).map((l) => ({
    ...l,
    mediaType: ociLayerType(l.mediaType),
  }));
  const ownLayers: Descriptor[] = own.map((l) => ({ mediaType: l.mediaType, digest: l.digest, size: l.size }));
  const annotations = base
    ? {
        'org.opencontainers.image.base.name': formatReference(base.reference),
        'org.opencontainers.image.base.digest': base.manifestDigest,
      }
    : undefined;
  const manifest = imageManifest(descriptorOf(configBlob), [...baseLayers, ...ownLayers], annotations);
  const image: PlatformImage = { platform, config: configBlob, manifest, layers: own };
  if (base) image.base = base;
  return image;
}

function addWithParents(dirs: Set<string>, dir: string): void {
  for (let d = dir; d !== '/' && d !== '.' && !dirs.has(d); d = path.posix.dirname(d)) dirs.add(d);
}

/** `./node_modules/` → `node_modules`: how a COPY source names a context-relative artifact. */
function artifactName(source: string): string {
  return path.posix
    .normalize(source)
    .replace(/^\.\/+/, '')
    .replace(/\/+$/, '');
}

interface WriterContext {
  dir: string;
  file: string;
  mtime: number;
  ignore: IgnoreFile | undefined;
  /** layers kept between runs: COPYs of pinned trees, by tree key; split-off node_modules, by content */
  cache?: LayerCache;
  treeKeys?: Record<string, string>;
}

/**
 * Writes each distinct layer once: platforms that evaluate a COPY to the same step (and the
 * same destination kind) share its blobs. A COPY of artifacts pinned by a tree key (the
 * production node_modules) is looked up in the layer cache first, and kept there when made; a
 * COPY carrying a node_modules beside other files is written as two layers, the node_modules one
 * kept by its content.
 */
class LayerWriter {
  private readonly written = new Map<string, Promise<{ layers: WrittenLayer[]; dirs: string[] }>>();
  private readonly native = new Set<string>();

  constructor(
    private readonly blobs: string,
    private readonly context: WriterContext,
  ) {}

  write(
    step: CopyStep,
    knownDirs: ReadonlySet<string>,
    logger: Logger,
  ): Promise<{ layers: WrittenLayer[]; dirs: string[] }> {
    const destKnown = knownDirs.has(step.dest);
    const key = JSON.stringify({ ...step, destKnown });
    let layer = this.written.get(key);
    if (!layer) {
      layer = (async () => {
        const { ignore, cache: _cache, treeKeys: _trees, ...rest } = this.context;
        const copied = await collectCopy(step, { ...rest, ...(ignore ? { ignore } : {}), knownDirs });
        for (const addon of copied.nativeAddons) this.native.add(addon);
        const dirs = copied.entries.filter((e) => e.type === 'directory').map((e) => `/${e.path}`);
        const label = `layer ${step.keyword} (line ${step.line}) → ${step.dest}`;
        const pinned = this.keptKey(step, destKnown, copied.entries);
        if (pinned)
          return { layers: [{ blob: await this.keptOrWritten(pinned, copied.entries, label, logger) }], dirs };
        const split = step.keyword === 'COPY' ? splitDependencies(copied.entries, tarPath(step.dest)) : undefined;
        if (!split)
          return { layers: [{ blob: await this.keptOrWritten(undefined, copied.entries, label, logger) }], dirs };
        const { line: _line, ...what } = step;
        const byContent = this.context.cache
          ? `adb-v1-layer-${(await contentKey(JSON.stringify({ version: LAYER_KEY_VERSION, split: 'dependencies', what, destKnown }), split.dependencies)).slice(0, 40)}`
          : undefined;
        const [dependencies, files] = await Promise.all([
          this.keptOrWritten(byContent, split.dependencies, `${label}, ${PART_NOTE.dependencies}`, logger),
          this.keptOrWritten(undefined, split.rest, `${label}, ${PART_NOTE.rest}`, logger),
        ]);
        return {
          layers: [
            { blob: dependencies, part: 'dependencies' },
            { blob: files, part: 'rest' },
          ],
          dirs,
        };
      })();
      this.written.set(key, layer);
    }
    return layer;
  }

  /** The layer of `entries`: the kept one under `key` when there is one, else written (and kept). */
  private async keptOrWritten(
    key: string | undefined,
    entries: readonly LayerEntry[],
    label: string,
    logger: Logger,
  ): Promise<LayerBlob> {
    const files = entries.filter((e) => e.type === 'file').length;
    const cache = key ? this.context.cache : undefined;
    const found = key && cache ? await cache.get(key, (digest) => path.join(this.blobs, digestHex(digest))) : undefined;
    if (found) {
      logger.info(
        `${label}: ${files} files, ${formatBytes(found.size)} gzip'd, ${found.digest}, kept from an earlier run`,
      );
      return {
        mediaType: OCI_LAYER_GZIP,
        digest: found.digest,
        diffId: found.diffId,
        size: found.size,
        uncompressedSize: found.uncompressedSize,
        file: path.join(this.blobs, digestHex(found.digest)),
      };
    }
    const blob = await writeLayer(entries, this.blobs);
    logger.info(
      `${label}: ${files} files, ${formatBytes(blob.uncompressedSize)}, ${formatBytes(blob.size)} gzip'd, ${blob.digest}`,
    );
    if (key && cache) await cache.put(key, blob, blob.file);
    return blob;
  }

  /**
   * The layer cache key of a COPY whose every source is a pinned artifact: the trees' keys, the
   * step, and every entry as it goes into the tar plus its file's mtime, so that a build command
   * that wrote into node_modules makes a new layer.
   */
  private keptKey(step: CopyStep, destKnown: boolean, entries: readonly LayerEntry[]): string | undefined {
    const treeKeys = this.context.treeKeys;
    if (!this.context.cache || !treeKeys || step.keyword !== 'COPY') return undefined;
    const trees = step.sources.map((source) => treeKeys[artifactName(source)]);
    if (trees.length === 0 || trees.some((t) => t === undefined)) return undefined;
    const { line: _line, ...what } = step;
    const hash = createHash('sha256').update(JSON.stringify({ version: LAYER_KEY_VERSION, trees, what, destKnown }));
    for (const e of entries) {
      // npm rewrites its hidden lockfile on every install and prune (a replayed one too); its
      // content follows from the tree's key, so its time would only make every run a miss
      const time = e.path.endsWith('node_modules/.package-lock.json') ? '' : (e.sourceTime ?? '');
      hash.update(
        `\n${e.path}\0${e.type}\0${e.mode}\0${e.uid}\0${e.gid}\0${e.mtime}\0${e.size}\0${e.linkname ?? ''}\0${time}`,
      );
    }
    return `adb-v1-layer-${hash.digest('hex').slice(0, 40)}`;
  }

  /** Native addons (*.node) among everything written so far. */
  nativeAddons(): string[] {
    return [...this.native].sort();
  }
}
