import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Runner } from '../exec.js';
import type { CacheStore } from './store.js';

/**
 * The CLI's cache: one archive per key in a local directory, written under a temporary name
 * and renamed so a crash never leaves a half-written entry that a later run would restore.
 * zstd when the machine has it (as @actions/cache prefers), gzip otherwise.
 */
export class LocalDirectoryStore implements CacheStore {
  readonly name = 'local directory';

  constructor(
    private readonly root: string,
    private readonly run: Runner,
    private readonly compression: 'zstd' | 'gzip',
  ) {}

  static async create(root: string, run: Runner): Promise<LocalDirectoryStore> {
    const zstd = await run(['zstd', '--version'], { quiet: true, allowFailure: true }).then(
      (r) => r.code === 0,
      () => false,
    );
    return new LocalDirectoryStore(root, run, zstd ? 'zstd' : 'gzip');
  }

  private archive(key: string): string {
    return path.join(this.root, `${key}.tar.${this.compression === 'zstd' ? 'zst' : 'gz'}`);
  }

  private compressFlags(direction: 'compress' | 'decompress'): string[] {
    if (this.compression === 'gzip') return ['-z'];
    // -T0: all cores; level 3 is zstd's default and the sweet spot for node_modules
    return ['--use-compress-program', direction === 'compress' ? 'zstd -T0 -3' : 'zstd -d'];
  }

  async restore(dir: string, key: string): Promise<boolean> {
    const archive = this.archive(key);
    if (!existsSync(archive)) return false;
    await rm(dir, { recursive: true, force: true });
    await mkdir(path.dirname(dir), { recursive: true });
    await this.run(['tar', ...this.compressFlags('decompress'), '-xf', archive, '-C', path.dirname(dir)], { quiet: true });
    return true;
  }

  async save(dir: string, key: string): Promise<boolean> {
    const archive = this.archive(key);
    if (existsSync(archive)) return false;
    await mkdir(this.root, { recursive: true });
    const partial = `${archive}.${process.pid}.partial`;
    try {
      await this.run(['tar', ...this.compressFlags('compress'), '-cf', partial, '-C', path.dirname(dir), path.basename(dir)], { quiet: true });
      await rename(partial, archive);
    } finally {
      await rm(partial, { force: true });
    }
    return true;
  }
}
