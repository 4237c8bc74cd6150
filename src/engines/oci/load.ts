import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { BuildError } from '../../errors.js';
import type { Runner } from '../../exec.js';
import type { Logger } from '../../log.js';
import { daemonLayerFile } from './base-image.js';
import type { PlatformImage } from './build.js';
import { DigestTap, digestHex } from '../../registry/digest.js';
import { writeDockerArchive } from './docker-archive.js';
import { formatBytes } from '../../report/format.js';
import { blobFile } from './layout.js';
import { formatReference, type ImageReference } from '../../registry/reference.js';
import type { RegistryClient } from '../../registry/client.js';
import { isNetworkError } from '../../registry/retry.js';

export interface ArchiveDirs {
  /** the image's OCI layout, holding this build's layers */
  layoutDir: string;
  /** where base layers are downloaded to, shared by every target of a run */
  baseLayersDir: string;
}

/**
 * Writes one platform's image as a `docker load` archive. The first `present` layers (the
 * daemon has them: `docker load` skips a layer whose chain it has, file or not) are named but
 * left out, so a base the daemon already has is neither downloaded nor written. Other base
 * layers are downloaded first (once per run: targets on the same base share them), each
 * checked against its digest.
 */
export async function writeArchive(
  image: PlatformImage,
  dirs: ArchiveDirs,
  tags: readonly ImageReference[],
  file: string,
  deps: { clientFor: (host: string) => RegistryClient; logger: Logger },
  present = 0,
): Promise<void> {
  const layers: { digest: string; file?: string }[] = [];
  await mkdir(dirs.baseLayersDir, { recursive: true });
  for (const layer of image.base?.manifest.layers ?? []) {
    if (layers.length < present) {
      layers.push({ digest: layer.digest });
      continue;
    }
    if (image.base?.daemon) {
      layers.push({ digest: layer.digest, file: daemonLayerFile(image.base.daemon, layer.digest) });
      continue;
    }
    const target = path.join(dirs.baseLayersDir, digestHex(layer.digest));
    if (!existsSync(target)) {
      const base = image.base!;
      await download(deps.clientFor(base.host), base.reference.repository, layer.digest, target);
      deps.logger.info(
        `fetched base layer ${layer.digest} (${formatBytes(layer.size)}) from ${base.host}/${base.reference.repository}`,
      );
    }
    layers.push({ digest: layer.digest, file: target });
  }
  for (const layer of image.layers)
    layers.push(
      layers.length < present
        ? { digest: layer.digest }
        : { digest: layer.digest, file: blobFile(dirs.layoutDir, layer.digest) },
    );
  // docker load wants docker names: tags as written, no digests
  const repoTags = tags
    .filter((t) => t.tag !== undefined)
    .map((t) => formatReference({ registry: t.registry, repository: t.repository, tag: t.tag! }));
  await writeDockerArchive(file, {
    config: { digest: image.config.digest, bytes: image.config.bytes },
    layers,
    repoTags,
  });
}

/** Streams a blob to `target`, checking its digest; a dropped download is started over once. */
async function download(client: RegistryClient, repository: string, digest: string, target: string): Promise<void> {
  // unique, so that two targets fetching the same layer at once do not write one file
  const partial = `${target}.${process.pid}-${Math.random().toString(36).slice(2)}.partial`;
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await client.openBlob(repository, digest);
      if (!response.body) throw new BuildError(`GET blob ${digest}: no body`);
      const tap = new DigestTap();
      await pipeline(Readable.fromWeb(response.body as WebReadableStream<Uint8Array>), tap, createWriteStream(partial));
      if (tap.digest() !== digest)
        throw new BuildError(`${client.host}/${repository}: blob ${digest} arrived with digest ${tap.digest()}`);
      await rename(partial, target);
      return;
    } catch (error: unknown) {
      await rm(partial, { force: true });
      if (attempt >= 2 || !isNetworkError(error)) throw error;
    }
  }
}

/**
 * How many leading layers of `diffIds` the daemon already has: the longest prefix shared with
 * the layers of an image it holds among `candidates` (the base, earlier loads of the same tags).
 * Layers are identified by their chain, so only a common prefix counts.
 */
export async function layersInDaemon(
  diffIds: readonly string[],
  candidates: readonly string[],
  run: Runner,
): Promise<number> {
  if (candidates.length === 0) return 0;
  const result = await run(['docker', 'image', 'inspect', '--format', '{{json .RootFS.Layers}}', ...candidates], {
    quiet: true,
    allowFailure: true,
  });
  let best = 0;
  for (const line of result.stdout.split('\n')) {
    let layers: unknown;
    try {
      layers = JSON.parse(line);
    } catch {
      continue;
    }
    if (!Array.isArray(layers)) continue;
    let n = 0;
    while (n < diffIds.length && n < layers.length && layers[n] === diffIds[n]) n++;
    best = Math.max(best, n);
  }
  return best;
}

/**
 * `docker load`s the archive. Docker names the image by its config's digest, which is what
 * the caller then runs.
 */
export async function dockerLoad(file: string, run: Runner): Promise<void> {
  await run(['docker', 'load', '--input', file], { quiet: true });
}
