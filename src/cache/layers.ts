import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, link, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../log.js';
import type { CacheStore } from './store.js';

/** A layer blob as kept between runs: what a manifest and config need without reading it again. */
export interface KeptLayer {
  mediaType: string;
  /** of the compressed blob */
  digest: string;
  /** of the uncompressed tar */
  diffId: string;
  size: number;
  uncompressedSize: number;
}

/**
 * Layers made once and kept in the cache store beside node_modules, under a key of their inputs
 * (the production tree's key and the layer's entries), so a warm run neither reads, tars nor
 * compresses them again: it links the kept blob into its layout and knows its digest.
 */
export interface LayerCache {
  /** the kept layer for `key`, its blob linked to `file`; undefined when none (or a damaged one) */
  get(key: string, file: (digest: string) => string): Promise<KeptLayer | undefined>;
  /** keeps the layer whose blob is `file`; best effort */
  put(key: string, layer: KeptLayer, file: string): Promise<void>;
}

const META = 'layer.json';
const BLOB = 'layer.blob';

function isKeptLayer(value: unknown): value is KeptLayer {
  const v = value as Partial<KeptLayer> | null;
  return (
    typeof v?.mediaType === 'string' &&
    typeof v.digest === 'string' &&
    /^sha256:[a-f0-9]{64}$/.test(v.digest) &&
    typeof v.diffId === 'string' &&
    typeof v.size === 'number' &&
    typeof v.uncompressedSize === 'number'
  );
}

/** A layer cache in a CacheStore (the Actions cache or a local directory), staged under `dir`. */
export class StoreLayerCache implements LayerCache {
  constructor(
    private readonly store: CacheStore,
    /** stable across runs: the Actions cache ties an entry to the paths it was saved from */
    private readonly dir: string,
    private readonly logger: Logger,
  ) {}

  async get(key: string, file: (digest: string) => string): Promise<KeptLayer | undefined> {
    const entry = path.join(this.dir, key);
    try {
      if (!(await this.store.restore(entry, key))) return undefined;
      const meta: unknown = JSON.parse(await readFile(path.join(entry, META), 'utf8'));
      if (!isKeptLayer(meta)) return undefined;
      const blob = path.join(entry, BLOB);
      // a kept blob is checked before use: its digest goes into the manifest unread otherwise
      const hash = createHash('sha256');
      let bytes = 0;
      for await (const chunk of createReadStream(blob) as AsyncIterable<Buffer>) {
        hash.update(chunk);
        bytes += chunk.length;
      }
      if (`sha256:${hash.digest('hex')}` !== meta.digest || bytes !== meta.size) {
        this.logger.warning(`the kept layer ${key} does not match its digest; making the layer again`);
        return undefined;
      }
      const to = file(meta.digest);
      await mkdir(path.dirname(to), { recursive: true });
      await rm(to, { force: true });
      await link(blob, to).catch(() => copyFile(blob, to));
      return meta;
    } catch (error: unknown) {
      this.logger.debug(`layer cache ${key}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }

  async put(key: string, layer: KeptLayer, file: string): Promise<void> {
    const entry = path.join(this.dir, key);
    try {
      await rm(entry, { recursive: true, force: true });
      await mkdir(entry, { recursive: true });
      await link(file, path.join(entry, BLOB)).catch(() => copyFile(file, path.join(entry, BLOB)));
      const { mediaType, digest, diffId, size, uncompressedSize } = layer;
      if ((await stat(path.join(entry, BLOB))).size !== size) return;
      await writeFile(path.join(entry, META), JSON.stringify({ mediaType, digest, diffId, size, uncompressedSize }));
      await this.store.save(entry, key);
    } catch (error: unknown) {
      this.logger.warning(`could not keep the layer ${key}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
