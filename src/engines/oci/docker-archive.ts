import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { digestHex } from '../../registry/digest.js';
import { tarStream, type TarItem } from './tar.js';

export interface DockerArchiveImage {
  config: { digest: string; bytes: Buffer };
  /**
   * every layer, base first, as files (gzip'd or plain: docker load takes both); a layer
   * without a file is one the daemon has, named in the manifest only
   */
  layers: { digest: string; file?: string }[];
  repoTags: string[];
}

/**
 * The `docker save` format that `docker load` of every engine version reads (20.10 does not
 * read an OCI layout): manifest.json naming the config and the layer files by path. Layers
 * may stay gzip'd, docker decompresses them and checks each against the config's diff_ids.
 */
export async function writeDockerArchive(file: string, image: DockerArchiveImage): Promise<void> {
  const mtime = 0;
  const dir = (p: string): TarItem => ({
    entry: { path: p, type: 'directory', mode: 0o755, uid: 0, gid: 0, mtime, size: 0 },
  });
  const bytes = (p: string, data: Buffer): TarItem => ({
    entry: { path: p, type: 'file', mode: 0o644, uid: 0, gid: 0, mtime, size: data.length },
    open: () => Readable.from([data]),
  });
  const configPath = `blobs/sha256/${digestHex(image.config.digest)}`;
  const layerPaths = image.layers.map((l) => `blobs/sha256/${digestHex(l.digest)}`);
  const manifest = Buffer.from(JSON.stringify([{ Config: configPath, RepoTags: image.repoTags, Layers: layerPaths }]));
  const items: TarItem[] = [dir('blobs'), dir('blobs/sha256'), bytes(configPath, image.config.bytes)];
  const seen = new Set<string>();
  for (const [i, layer] of image.layers.entries()) {
    // a layer may appear twice in one image (the same COPY twice); the archive holds it once
    if (seen.has(layer.digest) || layer.file === undefined) continue;
    seen.add(layer.digest);
    const source = layer.file;
    const size = (await stat(source)).size;
    items.push({
      entry: { path: layerPaths[i]!, type: 'file', mode: 0o644, uid: 0, gid: 0, mtime, size },
      open: () => createReadStream(source),
    });
  }
  items.push(bytes('manifest.json', manifest));
  await pipeline(Readable.from(tarStream(items)), createWriteStream(file));
}
