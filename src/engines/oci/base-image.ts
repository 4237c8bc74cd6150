import { BuildError } from '../../errors.js';
import type { ImageConfigFile } from './image-config.js';
import { isIndexType, isManifestType, type ImageIndex, type ImageManifest } from '../../registry/media-types.js';
import { formatPlatform, pickPlatform, samePlatform, toPlatform, type Platform } from './platform.js';
import { apiHost, formatReference, manifestReference, type ImageReference } from '../../registry/reference.js';
import type { FetchedManifest, RegistryClient } from '../../registry/client.js';

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
}

/**
 * Resolves FROM references: an index (OCI index or Docker manifest list) is narrowed to the
 * platform asked for; a plain manifest is taken as it is. The top manifest of a reference is
 * fetched once however many platforms are built.
 */
export class BaseResolver {
  private readonly tops = new Map<string, Promise<FetchedManifest>>();

  constructor(private readonly clientFor: (host: string) => RegistryClient) {}

  async resolve(reference: ImageReference, platform: Platform): Promise<ResolvedBase> {
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
    const base: ResolvedBase = { reference, host, manifestDigest: fetched.digest, manifest, config };
    const actual: Platform = config.variant
      ? { os: config.os, architecture: config.architecture, variant: config.variant }
      : { os: config.os, architecture: config.architecture };
    if (!samePlatform(actual, platform)) base.platformMismatch = formatPlatform(actual);
    return base;
  }
}
