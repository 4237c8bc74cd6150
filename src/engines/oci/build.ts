import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseDockerfile } from '../../dockerfile/parse.js';
import { applicableIgnoreFile, type IgnoreFile } from '../../dockerfile/ignore.js';
import { BuildError } from '../../errors.js';
import type { Logger } from '../../log.js';
import type { ImageBuildRequest } from '../engine.js';
import type { BaseResolver, ResolvedBase } from './base-image.js';
import { collectCopy } from './copy.js';
import { canonicalJson } from '../../registry/digest.js';
import { evaluateStage, resolveFrom, unusedBuildArgs, type CopyStep } from './evaluate.js';
import { deriveImageConfig, type HistoryEntry } from './image-config.js';
import { dockerfileError, readCopyOnlyDockerfile, type CopyOnlyDockerfile } from './instructions.js';
import { writeLayer, type LayerBlob } from './layer.js';
import { blobsDir, writeLayout } from './layout.js';
import { descriptorOf, imageIndex, imageManifest, jsonBlob, type JsonBlob } from './manifest.js';
import { formatBytes } from './format.js';
import { OCI_CONFIG, ociLayerType, type Descriptor } from '../../registry/media-types.js';
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
}

/** what this engine writes into history entries, where BuildKit writes buildkit.dockerfile.v0 */
const HISTORY_COMMENT = 'artifact-docker-build oci engine';

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
    if (platform.os !== 'linux') throw new BuildError(`${request.target}: platform ${formatPlatform(platform)}: the oci engine builds linux images only`);
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

  const top = images.length === 1 ? images[0]!.manifest : imageIndex(images.map((i) => ({ ...descriptorOf(i.manifest), platform: toDescriptor(i.platform) })));
  const documents = images.flatMap((i) => [i.config, i.manifest]);
  await writeLayout(input.layoutDir, images.length === 1 ? documents : [...documents, top], top, tags[0]?.tag);
  const first = images[0]!;
  const size = (first.base?.manifest.layers ?? []).reduce((sum, l) => sum + l.size, 0) + first.layers.reduce((sum, l) => sum + l.size, 0) + first.config.size;
  return { layoutDir: input.layoutDir, images, top, tags, size };
}

async function buildPlatform(dockerfile: CopyOnlyDockerfile, platform: Platform, input: BuildInput, layers: LayerWriter): Promise<PlatformImage> {
  const { request, logger } = input;
  const stageInput = { dockerfile, buildArgs: request.buildArgs, platform, buildPlatform: input.runner };
  const from = resolveFrom(stageInput);
  let base: ResolvedBase | undefined;
  if (from.image !== 'scratch') {
    const reference = parseReference(from.image);
    base = await input.bases.resolve(reference, from.platform ? parsePlatform(from.platform) : platform);
    logger.info(`${formatPlatform(platform)}: FROM ${formatReference(reference)} → ${base.manifestDigest}`);
    if (base.platformMismatch) {
      logger.warning(`${formatReference(reference)} is a ${base.platformMismatch} image, not ${formatPlatform(platform)}; using it anyway, as docker does for a single-platform base`);
    }
    if ((base.config.config?.OnBuild ?? []).length > 0) {
      throw dockerfileError(dockerfile.file, from.line, `the base image has ONBUILD triggers, which the oci engine cannot run`);
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
    own.push(layer.blob);
    history.push({ created, created_by: step.createdBy, comment: HISTORY_COMMENT });
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
  const baseLayers: Descriptor[] = (base?.manifest.layers ?? []).map((l) => ({ ...l, mediaType: ociLayerType(l.mediaType) }));
  const ownLayers: Descriptor[] = own.map((l) => ({ mediaType: l.mediaType, digest: l.digest, size: l.size }));
  const annotations = base ? { 'org.opencontainers.image.base.name': formatReference(base.reference), 'org.opencontainers.image.base.digest': base.manifestDigest } : undefined;
  const manifest = imageManifest(descriptorOf(configBlob), [...baseLayers, ...ownLayers], annotations);
  const image: PlatformImage = { platform, config: configBlob, manifest, layers: own };
  if (base) image.base = base;
  return image;
}

function addWithParents(dirs: Set<string>, dir: string): void {
  for (let d = dir; d !== '/' && d !== '.' && !dirs.has(d); d = path.posix.dirname(d)) dirs.add(d);
}

/**
 * Writes each distinct layer once: platforms that evaluate a COPY to the same step (and the
 * same destination kind) share its blob.
 */
class LayerWriter {
  private readonly written = new Map<string, Promise<{ blob: LayerBlob; dirs: string[] }>>();
  private readonly native = new Set<string>();

  constructor(
    private readonly blobs: string,
    private readonly context: { dir: string; file: string; mtime: number; ignore: IgnoreFile | undefined },
  ) {}

  write(step: CopyStep, knownDirs: ReadonlySet<string>, logger: Logger): Promise<{ blob: LayerBlob; dirs: string[] }> {
    const key = JSON.stringify({ ...step, destKnown: knownDirs.has(step.dest) });
    let layer = this.written.get(key);
    if (!layer) {
      layer = (async () => {
        const { ignore, ...rest } = this.context;
        const copied = await collectCopy(step, { ...rest, ...(ignore ? { ignore } : {}), knownDirs });
        const blob = await writeLayer(copied.entries, this.blobs);
        const files = copied.entries.filter((e) => e.type === 'file').length;
        logger.info(`layer ${step.keyword} (line ${step.line}) → ${step.dest}: ${files} files, ${formatBytes(blob.uncompressedSize)}, ${formatBytes(blob.size)} gzip'd, ${blob.digest}`);
        for (const addon of copied.nativeAddons) this.native.add(addon);
        return { blob, dirs: copied.entries.filter((e) => e.type === 'directory').map((e) => `/${e.path}`) };
      })();
      this.written.set(key, layer);
    }
    return layer;
  }

  /** Native addons (*.node) among everything written so far. */
  nativeAddons(): string[] {
    return [...this.native].sort();
  }
}
