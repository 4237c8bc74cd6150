import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { Runner } from '../../exec.js';
import type { Logger } from '../../log.js';
import type { BuiltImage, EngineDeps, ImageBuildRequest, ImageEngine, PushedImage, UploadAhead } from '../engine.js';
import { BaseResolver, daemonLayerFile, type DaemonSource } from './base-image.js';
import { DaemonBases } from './daemon-base.js';
import { DaemonImages } from '../../daemon-images.js';
import type { CacheStore } from '../../cache/store.js';
import { buildOciImage, type BuiltOciImage, type PlatformImage } from './build.js';
import { gzipLayerContentSize } from './content-size.js';
import { inspectImage } from '../docker.js';
import { formatBytes } from '../../report/format.js';
import { dockerLoad, layersInDaemon, writeArchive, type ArchiveDirs } from './load.js';
import { blobFile } from './layout.js';
import { formatPlatform, runnerPlatform, samePlatform, type Platform } from './platform.js';
import { planPushSteps, putManifests, uploadBlobs, type PushBlob, type PushDeps, type PushPlan } from './push.js';
import { formatReference, parseReference } from '../../registry/reference.js';
import { registrySession, type RegistrySession, type RegistrySessionOptions } from '../../registry/session.js';

export interface OciEngineOptions extends RegistrySessionOptions {
  /** also `docker load` the built image (the runner's platform), so the smoke test can run it */
  loadIntoDocker?: boolean;
  /** the runner's architecture, Node's (x64, arm64) or OCI's (amd64) name; default process.arch */
  runnerArch?: string;
  /** where an image that is neither loaded nor pushed is left as a `docker load` archive */
  archiveDir?: string;
  /**
   * a Docker daemon answers: base images are looked for there first, and the ones read from it
   * kept under `keptDir` (the machine's records, kept between runs)
   */
  daemonBases?: { keptDir: string; store?: CacheStore };
}

/**
 * Builds COPY-only images without a Docker daemon and pushes them with the registry API.
 * Equal inputs (context, Dockerfile, base manifest, build args, labels, SOURCE_DATE_EPOCH)
 * give an image of equal digest, so an unchanged rebuild pushes nothing but its tags.
 */
export class OciEngine implements ImageEngine {
  readonly name = 'oci' as const;
  private readonly built = new Map<string, BuiltOciImage>();
  private readonly baseLayerSizes = new Map<string, number>();
  /** per target, the blobs sent while the gates run: the push waits for them */
  private readonly ahead = new Map<string, { done: Promise<void>; controller: AbortController }>();
  private readonly runner: Platform;
  private daemonBases: DaemonBases | undefined;

  constructor(private readonly options: OciEngineOptions = {}) {
    this.runner = runnerPlatform(options.runnerArch ?? process.arch);
  }

  async build(request: ImageBuildRequest, deps: EngineDeps): Promise<BuiltImage> {
    const session = this.session(deps.run, deps.logger);
    const image = await buildOciImage({
      request,
      layoutDir: this.layoutDir(request, deps),
      runner: this.runner,
      bases: new BaseResolver(session.clientFor, this.daemonSource(deps)),
      logger: deps.logger,
      ...(deps.layers ? { layers: deps.layers } : {}),
    });
    this.built.set(request.target, image);
    deps.logger.info(
      `${image.images.length > 1 ? 'index' : 'manifest'} ${image.top.digest} (${image.images.map((i) => formatPlatform(i.platform)).join(', ')}), ${formatBytes(image.size)} compressed, in ${image.layoutDir}`,
    );
    // the figure reported is the runner's platform's (else the first), as `docker image inspect` would show it
    const shown = this.runnerImage(image) ?? image.images[0]!;
    const compressedSize = compressedLayers(shown);
    if (!this.options.loadIntoDocker) {
      if (!request.willPush && this.options.archiveDir) {
        const file = path.join(this.options.archiveDir, `${safeName(request.target)}.docker.tar`);
        await mkdir(this.options.archiveDir, { recursive: true });
        await this.writeDockerArchive(request, file, deps);
        deps.logger.info(`no registry push and no daemon: the image is in ${file} (docker load -i ${file})`);
      }
      return { ...(await this.unpackedSize(shown, image, session, deps)), compressedSize, runnable: false };
    }
    const native = this.runnerImage(image);
    if (!native) {
      deps.logger.warning(
        `not loading ${request.target} into Docker: none of its platforms is this runner's ${formatPlatform(this.runner)}`,
      );
      return { ...(await this.unpackedSize(shown, image, session, deps)), compressedSize, runnable: false };
    }
    const archive = path.join(deps.tempDir, `${safeName(request.target)}.docker.tar`);
    const diffIds =
      (JSON.parse(native.config.bytes.toString('utf8')) as { rootfs?: { diff_ids?: string[] } }).rootfs?.diff_ids ?? [];
    // the base by its image id (its config's digest) and by name, and this target's earlier loads
    const candidates = [
      ...(native.base ? [native.base.manifest.config.digest, formatReference(native.base.reference)] : []),
      ...image.tags.map(formatReference),
    ];
    const present = await layersInDaemon(diffIds, candidates, deps.run);
    if (present > 0)
      deps.logger.info(
        `the daemon has ${present} of the image's ${diffIds.length} layers: loading the other ${diffIds.length - present}`,
      );
    await writeArchive(
      native,
      this.archiveDirs(image, deps),
      image.tags,
      archive,
      { clientFor: session.clientFor, logger: deps.logger },
      present,
    );
    await dockerLoad(archive, deps.run);
    // loaded: the daemon's own figure is the one to match
    const inspected = await inspectImage(native.config.digest, deps);
    return { ...inspected, compressedSize, runnable: true, runs: loadedText(native, present) };
  }

  /**
   * The image's unpacked size without a daemon to ask: its layers read through once, the base's
   * from the registry (remembered by digest, so targets on one base read it once per run).
   */
  private async unpackedSize(
    platform: PlatformImage,
    image: BuiltOciImage,
    session: RegistrySession,
    deps: EngineDeps,
  ): Promise<{ size?: number }> {
    try {
      let size = 0;
      const base = platform.base;
      for (const layer of base?.manifest.layers ?? []) {
        let known = this.baseLayerSizes.get(layer.digest);
        if (known === undefined && base!.daemon) {
          known = await gzipLayerContentSize(daemonLayerFile(base!.daemon, layer.digest));
          this.baseLayerSizes.set(layer.digest, known);
        }
        if (known === undefined) {
          const response = await session.clientFor(base!.host).openBlob(base!.reference.repository, layer.digest);
          if (!response.body) throw new Error(`GET blob ${layer.digest}: no body`);
          known = await gzipLayerContentSize(Readable.fromWeb(response.body as WebReadableStream<Uint8Array>));
          this.baseLayerSizes.set(layer.digest, known);
        }
        size += known;
      }
      for (const layer of platform.layers) size += await gzipLayerContentSize(blobFile(image.layoutDir, layer.digest));
      return { size };
    } catch (error: unknown) {
      // a size is a report, not a reason to fail the build
      deps.logger.warning(
        `the image's unpacked size could not be read: ${error instanceof Error ? error.message : String(error)}`,
      );
      return {};
    }
  }

  async push(request: ImageBuildRequest, deps: EngineDeps): Promise<PushedImage> {
    const image = this.built.get(request.target) ?? (await this.buildFor(request, deps));
    const session = this.session(deps.run, deps.logger);
    const plan = pushPlan(image);
    const steps = planPushSteps(plan, request.tags.map(parseReference));
    const pushDeps: PushDeps = { clientFor: session.clientFor, logger: deps.logger };
    const ahead = this.ahead.get(request.target);
    this.ahead.delete(request.target);
    // an upload that failed while the gates ran fails the push here, with the registry's words
    if (ahead) await ahead.done;
    else await uploadBlobs(plan, steps, pushDeps);
    return { digest: await putManifests(steps, pushDeps) };
  }

  /**
   * The blobs go up while the smoke test runs; no manifest and no tag moves, so a failed gate
   * leaves only blobs nothing refers to, which the registry collects.
   */
  uploadAhead(request: ImageBuildRequest, deps: EngineDeps): UploadAhead | undefined {
    const image = this.built.get(request.target);
    if (!image || request.tags.length === 0) return undefined;
    const session = this.session(deps.run, deps.logger);
    const plan = pushPlan(image);
    const steps = planPushSteps(plan, request.tags.map(parseReference));
    const controller = new AbortController();
    deps.logger.info(`uploading ${plan.blobs.length} blobs while the gates run; the tags move only once they passed`);
    const done = uploadBlobs(plan, steps, {
      clientFor: session.clientFor,
      logger: deps.logger,
      signal: controller.signal,
    });
    // read by push(); a run that does not push cancels it, and its failure then means nothing
    done.catch(() => undefined);
    const entry = { done, controller };
    this.ahead.set(request.target, entry);
    return {
      cancel: async () => {
        if (this.ahead.get(request.target) === entry) this.ahead.delete(request.target);
        controller.abort();
        await done.catch(() => undefined);
      },
    };
  }

  /**
   * Writes the runner's platform of a built image as an archive `docker load` reads (the
   * `--no-push` path, and for callers that load it themselves). Builds first when needed.
   */
  async writeDockerArchive(request: ImageBuildRequest, file: string, deps: EngineDeps): Promise<void> {
    const image = this.built.get(request.target) ?? (await this.buildFor(request, deps));
    const native = this.runnerImage(image) ?? image.images[0]!;
    const session = this.session(deps.run, deps.logger);
    await writeArchive(native, this.archiveDirs(image, deps), request.tags.map(parseReference), file, {
      clientFor: session.clientFor,
      logger: deps.logger,
    });
  }

  /** The image last built for a target: its OCI layout, manifests and configs. */
  builtImage(target: string): BuiltOciImage | undefined {
    return this.built.get(target);
  }

  private async buildFor(request: ImageBuildRequest, deps: EngineDeps): Promise<BuiltOciImage> {
    await this.build(request, deps);
    return this.built.get(request.target)!;
  }

  private runnerImage(image: BuiltOciImage): PlatformImage | undefined {
    return image.images.find((i) => samePlatform(i.platform, this.runner));
  }

  private layoutDir(request: ImageBuildRequest, deps: EngineDeps): string {
    return path.join(deps.tempDir, 'oci', safeName(request.target));
  }

  private archiveDirs(image: BuiltOciImage, deps: EngineDeps): ArchiveDirs {
    // beside the per-target layouts, under a name no target can have (safeName keeps no '@')
    return { layoutDir: image.layoutDir, baseLayersDir: path.join(deps.tempDir, 'oci', '@base-layers') };
  }

  /** The daemon as a source of base images; one reader per engine, so targets on one base save it once. */
  private daemonSource(deps: EngineDeps): DaemonSource | undefined {
    const options = this.options.daemonBases;
    if (!options) return undefined;
    this.daemonBases ??= new DaemonBases(options.keptDir, deps.run, deps.logger, options.store);
    // a build outside a pipeline run (no shared answers) asks the daemon itself
    return { images: deps.daemonImages ?? new DaemonImages(deps.run), bases: this.daemonBases };
  }

  /** Registry clients for one build or push: tokens are shared between its requests. */
  private session(run: Runner, logger: Logger): RegistrySession {
    return registrySession({ ...this.options, run, logger });
  }
}

/** Every blob the image needs once, each with where its bytes are. */
export function pushPlan(image: BuiltOciImage): PushPlan {
  const blobs = new Map<string, PushBlob>();
  for (const platform of image.images) {
    const { base } = platform;
    for (const layer of base?.manifest.layers ?? []) {
      // foreign (non-distributable) layers are fetched from their URLs, never pushed
      if (layer.urls && layer.urls.length > 0) continue;
      if (!blobs.has(layer.digest))
        blobs.set(layer.digest, {
          digest: layer.digest,
          size: layer.size,
          // a base read from the daemon is pushed from its kept, gzip'd copy
          source: base!.daemon
            ? { kind: 'file', file: daemonLayerFile(base!.daemon, layer.digest) }
            : { kind: 'remote', host: base!.host, repository: base!.reference.repository },
        });
    }
    for (const layer of platform.layers)
      blobs.set(layer.digest, {
        digest: layer.digest,
        size: layer.size,
        source: { kind: 'file', file: blobFile(image.layoutDir, layer.digest) },
      });
    blobs.set(platform.config.digest, {
      digest: platform.config.digest,
      size: platform.config.size,
      source: { kind: 'bytes', bytes: platform.config.bytes },
    });
  }
  return {
    blobs: [...blobs.values()],
    children: image.images.length > 1 ? image.images.map((i) => i.manifest) : [],
    top: image.top,
  };
}

/** What a pull of one platform downloads: its compressed layers, base included, as the manifest lists them. */
function compressedLayers(platform: PlatformImage): number {
  return (
    (platform.base?.manifest.layers ?? []).reduce((sum, l) => sum + l.size, 0) +
    platform.layers.reduce((sum, l) => sum + l.size, 0)
  );
}

/** What the smoke test runs: "the image after loading 3 of 4 layers (4.7 kB compressed) into the daemon". */
export function loadedText(platform: PlatformImage, present: number): string {
  const all = [...(platform.base?.manifest.layers ?? []), ...platform.layers];
  const loaded = all.slice(present);
  if (loaded.length === 0) return `the image, its ${all.length} layers all in the daemon already`;
  const bytes = formatBytes(loaded.reduce((sum, l) => sum + l.size, 0));
  return `the image after loading ${loaded.length} of ${all.length} layers (${bytes} compressed) into the daemon`;
}

function safeName(target: string): string {
  return target.replace(/[^\w.-]/g, '_');
}
