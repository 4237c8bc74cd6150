import * as cache from '@actions/cache';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Runner } from '../exec.js';
import type { Logger } from '../log.js';
import { CacheEntryError, digestFile, packEntry, unpackEntry } from './entry.js';
import { sha256 } from './key.js';
import type { CacheStore } from './store.js';

export interface ActionsStoreOptions {
  /** how long one cache call may take before the build goes on without it */
  restoreTimeoutMs: number;
  saveTimeoutMs: number;
  /**
   * Where entries are packed and unpacked (the runner's temp directory): the service keeps
   * the archive of one directory and its digest, which this store checks and unpacks itself.
   * The path is part of the entry's version, so it must be the same on every run.
   */
  stagingDir: string;
  run: Runner;
}

class TimeoutError extends Error {}

type CallKind = 'restore' | 'save';

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what} did not answer within ${Math.round(ms / 1000)} s`)), ms);
    // a hung cache service must not keep the process alive after the build is done
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The GitHub Actions cache through @actions/cache. The service being absent, slow or failing
 * is never the build's problem: every failure here is a warning and a miss. The client itself
 * waits forever on a hung service, so each call has its own deadline.
 *
 * A restore that ran out of time ends the run's restores, and a save that did its saves: a run
 * makes a dozen cache calls (node_modules, records, layers), and each would wait out its deadline
 * (minutes by default) on a service that hangs. The two are apart because they reach different
 * places (a lookup and a download; a reservation and an upload to the blob store), so a slow
 * answer to one does not give up on the other.
 *
 * An entry holds one file, the tar archive of the directory, with its digest (entry.ts): the
 * client unpacks that file into the staging directory, and this store checks the digest and
 * the members' names before anything reaches the directory itself.
 */
export class ActionsCacheStore implements CacheStore {
  readonly name = 'GitHub Actions cache';

  /** the kinds of call that ran out of time once: later calls of that kind are misses without asking */
  private readonly gaveUp = new Set<CallKind>();

  constructor(
    private readonly logger: Logger,
    private readonly options: ActionsStoreOptions,
  ) {}

  /** One call to the service within its deadline; one that runs out of time ends the calls of its kind. */
  private async ask<T>(kind: CallKind, call: () => Promise<T>): Promise<T> {
    const ms = kind === 'restore' ? this.options.restoreTimeoutMs : this.options.saveTimeoutMs;
    try {
      return await withTimeout(call(), ms, 'the cache service');
    } catch (error: unknown) {
      if (error instanceof TimeoutError) this.gaveUp.add(kind);
      throw error;
    }
  }

  /** A failed call's reason, and what follows when it ended the calls of its kind. */
  private why(kind: CallKind, error: unknown): string {
    return error instanceof TimeoutError ? `${describe(error)}; no more cache ${kind}s in this run` : describe(error);
  }

  static isAvailable(): boolean {
    return cache.isFeatureAvailable();
  }

  private entryPaths(dir: string): { archive: string; paths: string[] } {
    return actionsEntryPaths(this.options.stagingDir, dir);
  }

  async restore(dir: string, key: string): Promise<boolean> {
    if (this.gaveUp.has('restore')) return false;
    const { archive, paths } = this.entryPaths(dir);
    try {
      // the service also matches the primary key as a prefix: look first, download only an exact entry
      const found = await this.ask('restore', () => cache.restoreCache(paths, key, [], { lookupOnly: true }));
      if (found !== key) return false;
      await this.clear(archive);
      const hit = await this.ask('restore', () => cache.restoreCache(paths, key, [], this.download()));
      if (hit !== key) return false;
      await unpackEntry(archive, dir, 'none', this.options.run);
      return true;
    } catch (error: unknown) {
      const what =
        error instanceof CacheEntryError ? `the entry ${key} cannot be used` : `cache restore of ${key} failed`;
      this.logger.warning(`${what}, going on without it: ${this.why('restore', error)}`);
      // a restore cut off half way leaves half a tree; start clean
      await rm(dir, { recursive: true, force: true });
      return false;
    } finally {
      await this.clear(archive);
    }
  }

  async restoreNearest(dir: string, key: string, prefix: string): Promise<string | undefined> {
    if (this.gaveUp.has('restore')) return undefined;
    const { archive, paths } = this.entryPaths(dir);
    try {
      await this.clear(archive);
      // the service matches the primary key exactly first, then the prefix by newest entry
      const found = await this.ask('restore', () => cache.restoreCache(paths, key, [prefix], this.download()));
      if (found === undefined) return undefined;
      await unpackEntry(archive, dir, 'none', this.options.run);
      return found;
    } catch (error: unknown) {
      this.logger.warning(`cache restore of ${dir} failed, going on without it: ${this.why('restore', error)}`);
      // a restore cut off half way leaves half a tree; start clean
      await rm(dir, { recursive: true, force: true });
      return undefined;
    } finally {
      await this.clear(archive);
    }
  }

  /**
   * Our deadline cannot stop the client: a download it goes on with would later unpack its
   * archive into the staging directory, over the one the save of the fresh install is packing
   * and uploading. The v2 service's Azure download aborts itself after a segment timeout (10
   * minutes by default); ending it with our deadline stops it from unpacking afterwards
   * (archives up to one 128 MiB segment; a larger one gets the deadline per segment).
   */
  private download(): cache.DownloadOptions {
    return { segmentTimeoutInMs: this.options.restoreTimeoutMs };
  }

  async save(dir: string, key: string): Promise<boolean> {
    if (this.gaveUp.has('save')) return false;
    const { archive, paths } = this.entryPaths(dir);
    try {
      await this.clear(archive);
      await mkdir(path.dirname(archive), { recursive: true });
      // uncompressed: the client compresses the entry (zstd) as it uploads it
      await packEntry(dir, archive, 'none', this.options.run);
      const id = await this.ask('save', () => cache.saveCache(paths, key));
      // -1: the client already logged why (entry exists, reserved by a parallel job, service error)
      return id !== -1;
    } catch (error: unknown) {
      if (error instanceof cache.ReserveCacheError) {
        this.logger.info(`cache entry ${key} exists already`);
        return false;
      }
      this.logger.warning(`cache save of ${key} failed, a later run makes it again: ${this.why('save', error)}`);
      return false;
    } finally {
      await this.clear(archive);
    }
  }

  private async clear(archive: string): Promise<void> {
    await rm(path.dirname(archive), { recursive: true, force: true });
  }
}

/**
 * The archive of `dir` in the staging directory, and the paths the service's entry holds: one
 * place per directory whatever the key, so a prefix match finds entries saved under other keys.
 */
export function actionsEntryPaths(stagingDir: string, dir: string): { archive: string; paths: string[] } {
  const archive = path.join(stagingDir, sha256(dir).slice(0, 16), `${path.basename(dir)}.tar`);
  return { archive, paths: [archive, digestFile(archive)] };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
