import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Runner } from '../exec.js';
import { digestFile, packEntry, unpackEntry } from './entry.js';
import type { CacheStore } from './store.js';
import { which } from '../which.js';

/**
 * The CLI's cache: one archive per key in a local directory, with its digest beside it (see
 * entry.ts), written under a temporary name and renamed so a crash never leaves a half-written
 * entry that a later run would restore. An entry that fails its checks is removed, so the next
 * save replaces it instead of every later run tripping over it. zstd when the machine has it
 * (as @actions/cache prefers), gzip otherwise.
 */
export class LocalDirectoryStore implements CacheStore {
  readonly name = 'local directory';

  constructor(
    private readonly root: string,
    private readonly run: Runner,
    readonly compression: 'zstd' | 'gzip',
  ) {}

  /** zstd when it is on PATH (looked up, not started: a run that reuses an image never packs) */
  static create(root: string, run: Runner, searchPath: string | undefined = process.env.PATH): LocalDirectoryStore {
    return new LocalDirectoryStore(root, run, which('zstd', searchPath) ? 'zstd' : 'gzip');
  }

  private get extension(): string {
    return `.tar.${this.compression === 'zstd' ? 'zst' : 'gz'}`;
  }

  private archive(key: string): string {
    return path.join(this.root, `${key}${this.extension}`);
  }

  async restore(dir: string, key: string): Promise<boolean> {
    if (!existsSync(this.archive(key))) return false;
    await this.unpack(key, dir);
    return true;
  }

  async restoreNearest(dir: string, key: string, prefix: string): Promise<string | undefined> {
    const found = existsSync(this.archive(key)) ? key : await this.newest(prefix);
    if (found === undefined) return undefined;
    await this.unpack(found, dir);
    return found;
  }

  /** Unpacks a checked entry into `dir`; a bad entry is removed and the error (CacheEntryError) thrown. */
  private async unpack(key: string, dir: string): Promise<void> {
    await mkdir(path.dirname(dir), { recursive: true });
    try {
      await unpackEntry(this.archive(key), dir, this.compression, this.run);
    } catch (error: unknown) {
      await this.remove(key);
      throw error;
    }
  }

  private async remove(key: string): Promise<void> {
    await rm(this.archive(key), { force: true });
    await rm(digestFile(this.archive(key)), { force: true });
  }

  /**
   * Each commit of a Next.js app adds a build cache entry, and this directory has no eviction:
   * once the newest is saved, the older ones of its prefix are only disk space.
   */
  async removeOthers(prefix: string, keep: string): Promise<void> {
    for (const key of await this.keys(prefix)) {
      if (key !== keep) await this.remove(key);
    }
  }

  /** Keys of the complete archives starting with `prefix` (of this store's compression). */
  private async keys(prefix: string): Promise<string[]> {
    let names: string[];
    try {
      names = await readdir(this.root);
    } catch (error: unknown) {
      // no cache directory yet: nothing was ever saved
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    return names
      .filter((n) => n.startsWith(prefix) && n.endsWith(this.extension))
      .map((n) => n.slice(0, -this.extension.length));
  }

  /**
   * The key of the most recently written complete archive starting with `prefix`. Archives in
   * the making end in `.partial`, so the extension alone keeps them out; an archive of the
   * other compression is left for the machine that can read it.
   */
  private async newest(prefix: string): Promise<string | undefined> {
    let best: { key: string; mtime: number } | undefined;
    for (const key of await this.keys(prefix)) {
      const mtime = await stat(this.archive(key)).then(
        (s) => s.mtimeMs,
        // removed since the listing (someone clearing the cache directory)
        () => undefined,
      );
      if (mtime === undefined) continue;
      // the same mtime breaks by name, so the choice does not depend on the listing's order
      if (!best || mtime > best.mtime || (mtime === best.mtime && key > best.key)) best = { key, mtime };
    }
    return best?.key;
  }

  async save(dir: string, key: string): Promise<boolean> {
    const archive = this.archive(key);
    if (existsSync(archive)) return false;
    await mkdir(this.root, { recursive: true });
    const partial = `${archive}.${process.pid}.partial`;
    try {
      await packEntry(dir, partial, this.compression, this.run);
      // the digest first: an archive is only ever found with its digest beside it
      await rename(digestFile(partial), digestFile(archive));
      await rename(partial, archive);
    } finally {
      await rm(partial, { force: true });
      await rm(digestFile(partial), { force: true });
    }
    return true;
  }
}
