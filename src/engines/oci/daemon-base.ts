import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import zlib from 'node:zlib';
import { BuildError } from '../../errors.js';
import type { CacheStore } from '../../cache/store.js';
import type { Runner } from '../../exec.js';
import type { Logger } from '../../log.js';
import { formatBytes } from '../../report/format.js';
import { DigestTap, digestHex, isDigest, sha256Digest } from '../../registry/digest.js';
import {
  isIndexType,
  OCI_CONFIG,
  OCI_LAYER_GZIP,
  type ImageIndex,
  type ImageManifest,
} from '../../registry/media-types.js';
import { DOCKER_HUB, parseReference, type ImageReference } from '../../registry/reference.js';
import { deterministicGzipStages } from './gzip.js';
import type { ImageConfigFile } from './image-config.js';
import { blobFile, blobsDir } from './layout.js';
import { imageManifest, type JsonBlob } from './manifest.js';

/** An image the daemon holds, as `docker image inspect` names it (DaemonImages reads it). */
export interface DaemonImage {
  /** the image ID: the digest of its config */
  id: string;
  /** `repo@sha256:…` for each registry it was pulled from or pushed to */
  repoDigests: string[];
}

/** A base read from the daemon: an OCI manifest over its layers, gzip'd once and kept. */
export interface KeptDaemonBase {
  imageId: string;
  manifest: JsonBlob;
  config: ImageConfigFile;
  /** blobs/sha256 of the kept copy: the layers, the config and the manifest */
  blobsDir: string;
}

/**
 * The digest under which `reference`'s registry holds the very image the daemon has, when the
 * daemon pulled it from (or pushed it to) that repository. Docker Hub is left out: it limits
 * pulls, and its blobs cannot be mounted into another registry anyway, so the daemon's copy
 * serves as well and costs it nothing.
 */
export function registryCopyOf(image: DaemonImage, reference: ImageReference): string | undefined {
  if (reference.registry === DOCKER_HUB) return undefined;
  for (const text of image.repoDigests) {
    let pulled: ImageReference;
    try {
      pulled = parseReference(text);
    } catch {
      continue;
    }
    if (pulled.registry === reference.registry && pulled.repository === reference.repository && pulled.digest)
      return pulled.digest;
  }
  return undefined;
}

/** One image of a `docker image save` archive, unpacked: its config and layer files. */
export interface SavedImage {
  config: Buffer;
  /** absolute paths, base layer first */
  layers: string[];
}

interface LegacyManifestEntry {
  Config?: string;
  Layers?: string[];
}

/**
 * Reads an unpacked `docker image save` archive. Docker 20.10 writes the legacy format
 * (manifest.json naming `<id>.json` and `<layer>/layer.tar`, uncompressed); docker 25+ writes
 * an OCI image layout (index.json, blobs/sha256) and, for older readers, a manifest.json naming
 * its blobs; with the containerd image store its layers may be gzip'd. manifest.json is read
 * when present, the OCI layout otherwise.
 */
export async function readSavedImage(dir: string, imageId: string): Promise<SavedImage> {
  const inside = (p: string): string => {
    const full = path.resolve(dir, p);
    if (!full.startsWith(`${path.resolve(dir)}${path.sep}`))
      throw new BuildError(`docker image save: a path outside the archive: ${p}`);
    return full;
  };
  if (existsSync(path.join(dir, 'manifest.json'))) {
    const entries = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as LegacyManifestEntry[];
    for (const entry of entries) {
      if (!entry.Config || !entry.Layers) continue;
      const config = await readFile(inside(entry.Config));
      if (sha256Digest(config) === imageId) return { config, layers: entry.Layers.map(inside) };
    }
    throw new BuildError(`docker image save: its manifest.json lists no image with the ID ${imageId}`);
  }
  const blob = (digest: string): string => inside(path.join('blobs', 'sha256', digestHex(digest)));
  const index = JSON.parse(await readFile(path.join(dir, 'index.json'), 'utf8')) as ImageIndex;
  // an index (the containerd store keeps the one it pulled) names platforms whose blobs may be
  // absent: the image is the manifest whose config is the ID asked for
  const pending = [...index.manifests];
  while (pending.length > 0) {
    const descriptor = pending.shift()!;
    if (!existsSync(blob(descriptor.digest))) continue;
    const document = JSON.parse(await readFile(blob(descriptor.digest), 'utf8')) as ImageIndex & ImageManifest;
    if (isIndexType(descriptor.mediaType) || isIndexType(document.mediaType) || Array.isArray(document.manifests)) {
      pending.push(...document.manifests);
      continue;
    }
    if (document.config?.digest !== imageId && descriptor.digest !== imageId) continue;
    return { config: await readFile(blob(document.config.digest)), layers: document.layers.map((l) => blob(l.digest)) };
  }
  throw new BuildError(`docker image save: its index.json names no image with the ID ${imageId}`);
}

const GZIP_MAGIC = [0x1f, 0x8b];
const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];

async function startsWith(file: string, magic: readonly number[]): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(magic.length);
    const { bytesRead } = await handle.read(head, 0, magic.length, 0);
    return bytesRead === magic.length && magic.every((b, i) => head[i] === b);
  } finally {
    await handle.close();
  }
}

const discard = (): Writable => new Writable({ write: (_chunk, _encoding, callback) => callback() });

/**
 * One saved layer as a gzip'd blob in `blobs`, checked against the config's diff_id: a plain
 * tar is compressed (with the settings every layer of this engine gets), a gzip'd one copied.
 */
async function keepLayer(file: string, diffId: string, blobs: string): Promise<{ digest: string; size: number }> {
  const partial = path.join(blobs, `.partial-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const tar = new DigestTap();
  const gz = new DigestTap();
  try {
    if (await startsWith(file, ZSTD_MAGIC))
      throw new BuildError('a zstd-compressed layer, which the oci engine cannot hand to `docker load`');
    if (await startsWith(file, GZIP_MAGIC)) {
      await pipeline(createReadStream(file), gz, createWriteStream(partial));
      await pipeline(createReadStream(partial), zlib.createGunzip(), tar, discard());
    } else {
      const [gzip, fixHeader] = deterministicGzipStages();
      await pipeline(createReadStream(file), tar, gzip, fixHeader, gz, createWriteStream(partial));
    }
    if (tar.digest() !== diffId)
      throw new BuildError(`its content is ${tar.digest()}, where the config says ${diffId}`);
    const digest = gz.digest();
    await rename(partial, path.join(blobs, digestHex(digest)));
    return { digest, size: gz.bytes };
  } finally {
    await rm(partial, { force: true });
  }
}

const KEPT = 'base.json';

/**
 * Base images read from the Docker daemon, kept between runs in a directory of this machine
 * (the daemon's images are this machine's too) under their image ID: the first build on a base
 * the daemon holds runs `docker image save` and gzips its layers once; later ones, in this run
 * or the next, read the kept copy. An ID names exact bytes, so a kept copy never goes stale: a
 * base rebuilt under the same name has a new ID, and the copies of the IDs the name had before
 * are removed.
 */
export class DaemonBases {
  private readonly reads = new Map<string, Promise<KeptDaemonBase>>();

  constructor(
    private readonly dir: string,
    private readonly run: Runner,
    private readonly logger: Logger,
    /** the cache store node_modules and its layers are kept in: a fresh runner finds the base there by its ID */
    private readonly store?: CacheStore,
  ) {}

  read(image: DaemonImage, name: string): Promise<KeptDaemonBase> {
    let read = this.reads.get(image.id);
    if (!read) {
      read = this.kept(image.id)
        .then(async (kept) => kept ?? ((await this.restore(image.id)) ? await this.kept(image.id) : undefined))
        .then(async (kept) => kept ?? (await this.keep(await this.save(image, name))));
      this.reads.set(image.id, read);
      read.catch(() => this.reads.delete(image.id));
    }
    return read;
  }

  private storeKey(imageId: string): string {
    return `adb-v1-daemon-base-${digestHex(imageId)}`;
  }

  /** The kept copy from the cache store, when it has one; best effort. */
  private async restore(imageId: string): Promise<boolean> {
    if (!this.store) return false;
    try {
      return await this.store.restore(this.entry(imageId), this.storeKey(imageId));
    } catch (error: unknown) {
      this.logger.debug(`daemon base ${imageId}: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  }

  /** Saves a new copy to the cache store too; best effort. */
  private async keep(base: KeptDaemonBase): Promise<KeptDaemonBase> {
    if (this.store) {
      await this.store
        .save(this.entry(base.imageId), this.storeKey(base.imageId))
        .catch((error: unknown) =>
          this.logger.warning(
            `could not keep the base ${base.imageId} in the ${this.store!.name}: ${error instanceof Error ? error.message : String(error)}`,
          ),
        );
    }
    return base;
  }

  private entry(imageId: string): string {
    return path.join(this.dir, digestHex(imageId));
  }

  /** The kept copy of `imageId`, when it is complete. */
  private async kept(imageId: string): Promise<KeptDaemonBase | undefined> {
    const entry = this.entry(imageId);
    try {
      const meta = JSON.parse(await readFile(path.join(entry, KEPT), 'utf8')) as { manifest?: string; name?: string };
      if (!meta.manifest || !isDigest(meta.manifest)) return undefined;
      const blobs = blobsDir(entry);
      const bytes = await readFile(blobFile(entry, meta.manifest));
      const manifest = JSON.parse(bytes.toString('utf8')) as ImageManifest;
      for (const layer of manifest.layers) {
        if ((await stat(blobFile(entry, layer.digest))).size !== layer.size) return undefined;
      }
      const config = JSON.parse(await readFile(blobFile(entry, manifest.config.digest), 'utf8')) as ImageConfigFile;
      return {
        imageId,
        manifest: { mediaType: manifest.mediaType!, digest: meta.manifest, size: bytes.length, bytes },
        config,
        blobsDir: blobs,
      };
    } catch {
      return undefined;
    }
  }

  private async save(image: DaemonImage, name: string): Promise<KeptDaemonBase> {
    const entry = this.entry(image.id);
    const work = `${entry}.${process.pid}-${Math.random().toString(36).slice(2)}.partial`;
    const unpacked = path.join(work, 'saved');
    const started = performance.now();
    try {
      await mkdir(unpacked, { recursive: true });
      const archive = path.join(work, 'image.tar');
      // by ID: the name may be moved to another image while this runs
      await this.run(['docker', 'image', 'save', '--output', archive, image.id], { quiet: true });
      await this.run(['tar', '-x', '-f', archive, '-C', unpacked], { quiet: true });
      await rm(archive, { force: true });
      const saved = await readSavedImage(unpacked, image.id);
      const config = JSON.parse(saved.config.toString('utf8')) as ImageConfigFile;
      const diffIds = config.rootfs?.diff_ids ?? [];
      if (diffIds.length !== saved.layers.length)
        throw new BuildError(`its config lists ${diffIds.length} layers, the archive ${saved.layers.length}`);
      const blobs = blobsDir(work);
      await mkdir(blobs, { recursive: true });
      const layers = await Promise.all(
        saved.layers.map(async (file, i) => {
          try {
            return await keepLayer(file, diffIds[i]!, blobs);
          } catch (error: unknown) {
            throw new BuildError(`layer ${i + 1}: ${error instanceof Error ? error.message : String(error)}`, {
              cause: error,
            });
          }
        }),
      );
      await rm(unpacked, { recursive: true, force: true });
      await writeFile(blobFile(work, image.id), saved.config);
      const manifest = imageManifest(
        { mediaType: OCI_CONFIG, digest: image.id, size: saved.config.length },
        layers.map((l) => ({ mediaType: OCI_LAYER_GZIP, digest: l.digest, size: l.size })),
      );
      await writeFile(blobFile(work, manifest.digest), manifest.bytes);
      await writeFile(path.join(work, KEPT), JSON.stringify({ manifest: manifest.digest, name }));
      await rm(entry, { recursive: true, force: true });
      await mkdir(this.dir, { recursive: true });
      await rename(work, entry);
      const size = layers.reduce((sum, l) => sum + l.size, 0);
      this.logger.info(
        `base ${name}: read from the Docker daemon (image ${image.id.slice(0, 19)}), ${layers.length} ${layers.length === 1 ? 'layer' : 'layers'} gzip'd to ${formatBytes(size)} in ${((performance.now() - started) / 1000).toFixed(1)} s, kept in ${entry}`,
      );
      await this.forgetOthers(name, image.id);
      return { imageId: image.id, manifest, config, blobsDir: blobsDir(entry) };
    } catch (error: unknown) {
      throw new BuildError(
        `base image ${name}: reading it from the Docker daemon failed: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }

  /** Copies of other IDs under the same name: that name was rebuilt, and its old copies are only disk. */
  private async forgetOthers(name: string, keep: string): Promise<void> {
    for (const hex of await readdir(this.dir).catch(() => [] as string[])) {
      if (hex === digestHex(keep) || !/^[a-f0-9]{64}$/.test(hex)) continue;
      const meta = await readFile(path.join(this.dir, hex, KEPT), 'utf8').then(
        (text) => JSON.parse(text) as { name?: string },
        () => undefined,
      );
      if (meta?.name === name) await rm(path.join(this.dir, hex), { recursive: true, force: true });
    }
  }
}
