import path from 'node:path';
import { digestHex } from '../../registry/digest.js';
import { BuildError } from '../../errors.js';
import type { ImageConfigFile } from './image-config.js';
import { isIndexType, isManifestType, type ImageIndex, type ImageManifest } from '../../registry/media-types.js';
import { formatPlatform, pickPlatform, samePlatform, toPlatform, type Platform } from './platform.js';
import { apiHost, formatReference, manifestReference, type ImageReference } from '../../registry/reference.js';
import type { FetchedManifest, RegistryClient } from '../../registry/client.js';
import { registryCopyOf, type DaemonBases } from './daemon-base.js';
import type { DaemonImages } from '../../daemon-images.js';

/** A base image for one platform: its manifest and config, read from its registry. */
export interface ResolvedBase {
  reference: ImageReference;
  /** the API host it was read from (registry-1.docker.io for Docker Hub) */
  host: string;
  /** the platform manifest's digest (not the index's) */
  manifestDigest: string;
  manifest: ImageManifest;
  config: ImageConfigFile;
  /** set when a single-platform base was asked for another platform; it is used anyway */
  platformMismatch?: string;
  /**
   * set when the base was read from the Docker daemon: its layers (gzip'd once) are files in
   * this blobs directory, not blobs of `host`
   */
  daemon?: { imageId: string; blobsDir: string };
}

/** The kept file of a layer of a base read from the daemon. */
export function daemonLayerFile(daemon: NonNullable<ResolvedBase['daemon']>, digest: string): string {
  return path.join(daemon.blobsDir, digestHex(digest));
}

/** Where base images are looked for besides their registry: the Docker daemon, when one answers. */
export interface DaemonSource {
  /** the run's answers about the daemon's images, shared with the phases that asked before */
  images: DaemonImages;
  bases: DaemonBases;
}

/**
 * Resolves FROM references: an index (OCI index or Docker manifest list) is narrowed to the
 * platform asked for; a plain manifest is taken as it is. The top manifest of a reference is
 * fetched once however many platforms are built.
 *
 * With a daemon at hand the daemon is asked first, as `docker build` does without --pull: a
 * base the runner built or pulled is the one the user means, and a `FROM node:20-slim` the
 * daemon has must not send a request to Docker Hub. When the daemon's copy came from the same
 * repository of a registry other than Docker Hub (it carries that repository's digest), the
 * registry's manifest is read by that digest: the same image, with the registry's compressed
 * layers, which a push to that registry then finds there instead of uploading copies. Otherwise
 * the daemon's copy is saved once and its layers gzip'd (DaemonBases). A base the daemon lacks
 * comes from its registry.
 */
export class BaseResolver {
  private readonly tops = new Map<string, Promise<FetchedManifest>>();

  constructor(
    private readonly clientFor: (host: string) => RegistryClient,
    private readonly daemon?: DaemonSource,
  ) {}

  async resolve(reference: ImageReference, platform: Platform): Promise<ResolvedBase> {
    if (this.daemon && reference.digest === undefined) {
      // docker itself could not be started: the registry is asked instead
      const image = await this.daemon.images.lookUp(formatReference(reference)).catch(() => undefined);
      if (image) {
        const digest = registryCopyOf(image, reference);
        if (digest) {
          try {
            return await this.fromRegistry({ ...reference, digest }, platform);
          } catch {
            // the registry no longer has it, or cannot be reached: the daemon's copy serves
          }
        }
        const kept = await this.daemon.bases.read(image, formatReference(reference));
        const manifest = JSON.parse(kept.manifest.bytes.toString('utf8')) as ImageManifest;
        const base: ResolvedBase = {
          reference,
          host: 'the Docker daemon',
          manifestDigest: kept.manifest.digest,
          manifest,
          config: kept.config,
          daemon: { imageId: kept.imageId, blobsDir: kept.blobsDir },
        };
        return withPlatformCheck(base, platform);
      }
    }
    return this.fromRegistry(reference, platform);
  }

  private async fromRegistry(reference: ImageReference, platform: Platform): Promise<ResolvedBase> {
    const host = apiHost(reference.registry);
    const client = this.clientFor(host);
    client.allow(reference.repository, ['pull']);
    const name = formatReference(reference);
    const key = `${host}/${reference.repository}@${manifestReference(reference)}`;
    let top = this.tops.get(key);
    if (!top) {
      top = client.getManifest(reference.repository, manifestReference(reference));
      this.tops.set(key, top);
    }
    let fetched = await top;
    if (isIndexType(fetched.mediaType)) {
      const index = JSON.parse(fetched.bytes.toString('utf8')) as ImageIndex;
      const entry = pickPlatform(index.manifests, platform);
      if (!entry) {
        const offered = index.manifests
          .filter((m) => m.platform && m.platform.os !== 'unknown')
          .map((m) => formatPlatform(toPlatform(m.platform!)));
        throw new BuildError(
          `${name}: no image for ${formatPlatform(platform)} (it has ${offered.join(', ') || 'no platforms'})`,
        );
      }
      fetched = await client.getManifest(reference.repository, entry.digest);
    }
    if (!isManifestType(fetched.mediaType))
      throw new BuildError(
        `${name}: unsupported manifest type ${fetched.mediaType || '(none)'}; expected an OCI or Docker schema 2 image`,
      );
    const manifest = JSON.parse(fetched.bytes.toString('utf8')) as ImageManifest;
    const config = JSON.parse(
      (await client.getBlob(reference.repository, manifest.config.digest)).toString('utf8'),
    ) as ImageConfigFile;
    if (config.rootfs?.diff_ids?.length !== manifest.layers.length) {
      throw new BuildError(
        `${name}: its config lists ${config.rootfs?.diff_ids?.length ?? 0} layers but its manifest ${manifest.layers.length}`,
      );
    }
    return withPlatformCheck({ reference, host, manifestDigest: fetched.digest, manifest, config }, platform);
  }
}

function withPlatformCheck(base: ResolvedBase, platform: Platform): ResolvedBase {
  const { config } = base;
  const actual: Platform = config.variant
    ? { os: config.os, architecture: config.architecture, variant: config.variant }
    : { os: config.os, architecture: config.architecture };
  if (!samePlatform(actual, platform)) base.platformMismatch = formatPlatform(actual);
  return base;
}
