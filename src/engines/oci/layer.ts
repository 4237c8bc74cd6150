import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { LayerEntry } from './copy.js';
import { DigestTap, digestHex } from '../../registry/digest.js';
import { deterministicGzipStages } from './gzip.js';
import { OCI_LAYER_GZIP } from '../../registry/media-types.js';
import { tarStream, type TarItem } from './tar.js';

export interface LayerBlob {
  mediaType: typeof OCI_LAYER_GZIP;
  /** of the gzip blob: what manifests and registries name it by */
  digest: string;
  /** of the uncompressed tar: the config's rootfs.diff_ids entry */
  diffId: string;
  /** compressed bytes */
  size: number;
  uncompressedSize: number;
  /** the blob file, blobs/sha256/<hex> of the layout */
  file: string;
}

/** The tar items of a layer: files are opened only when the writer reaches them. */
function layerItems(entries: readonly LayerEntry[]): TarItem[] {
  return entries.map((entry) => {
    const { source, sourceTime: _time, ...tarEntry } = entry;
    return source === undefined ? { entry: tarEntry } : { entry: tarEntry, open: () => createReadStream(source) };
  });
}

/**
 * Writes a layer as gzip'd tar into `blobsDir` (blobs/sha256 of an OCI layout), hashing the
 * tar and the gzip in the same pass; nothing is held in memory but the stream's buffers.
 */
export async function writeLayer(entries: readonly LayerEntry[], blobsDir: string): Promise<LayerBlob> {
  await mkdir(blobsDir, { recursive: true });
  const partial = path.join(blobsDir, `.partial-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const tar = new DigestTap();
  const gz = new DigestTap();
  const [gzip, fixHeader] = deterministicGzipStages();
  try {
    await pipeline(Readable.from(tarStream(layerItems(entries))), tar, gzip, fixHeader, gz, createWriteStream(partial));
  } catch (error: unknown) {
    await rm(partial, { force: true });
    throw error;
  }
  const digest = gz.digest();
  const file = path.join(blobsDir, digestHex(digest));
  await rename(partial, file);
  return {
    mediaType: OCI_LAYER_GZIP,
    digest,
    diffId: tar.digest(),
    size: (await stat(file)).size,
    uncompressedSize: tar.bytes,
    file,
  };
}
