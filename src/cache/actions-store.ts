import * as cache from '@actions/cache';
import { rm } from 'node:fs/promises';
import type { Logger } from '../log.js';
import type { CacheStore } from './store.js';

/** How long one cache call may take before the build goes on without it. */
export interface ActionsStoreOptions {
  restoreTimeoutMs: number;
  saveTimeoutMs: number;
}

class TimeoutError extends Error {}

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
 */
export class ActionsCacheStore implements CacheStore {
  readonly name = 'GitHub Actions cache';

  constructor(
    private readonly logger: Logger,
    private readonly options: ActionsStoreOptions,
  ) {}

  static isAvailable(): boolean {
    return cache.isFeatureAvailable();
  }

  async restore(dir: string, key: string): Promise<boolean> {
    try {
      // the service also matches the primary key as a prefix: look first, download only an exact entry
      const found = await withTimeout(cache.restoreCache([dir], key, [], { lookupOnly: true }), this.options.restoreTimeoutMs, 'the cache service');
      if (found !== key) return false;
      const hit = await withTimeout(cache.restoreCache([dir], key), this.options.restoreTimeoutMs, 'the cache service');
      return hit === key;
    } catch (error: unknown) {
      this.logger.warning(`cache restore failed, installing instead: ${describe(error)}`);
      // a restore cut off half way leaves half a tree; start clean
      await rm(dir, { recursive: true, force: true });
      return false;
    }
  }

  async restoreNearest(dir: string, key: string, prefix: string): Promise<string | undefined> {
    try {
      // the service matches the primary key exactly first, then the prefix by newest entry
      return await withTimeout(cache.restoreCache([dir], key, [prefix]), this.options.restoreTimeoutMs, 'the cache service');
    } catch (error: unknown) {
      this.logger.warning(`cache restore of ${dir} failed, going on without it: ${describe(error)}`);
      // a restore cut off half way leaves half a tree; start clean
      await rm(dir, { recursive: true, force: true });
      return undefined;
    }
  }

  async save(dir: string, key: string): Promise<boolean> {
    try {
      const id = await withTimeout(cache.saveCache([dir], key), this.options.saveTimeoutMs, 'the cache service');
      // -1: the client already logged why (entry exists, reserved by a parallel job, service error)
      return id !== -1;
    } catch (error: unknown) {
      if (error instanceof cache.ReserveCacheError) {
        this.logger.info(`cache entry ${key} exists already`);
        return false;
      }
      this.logger.warning(`cache save failed; the next run installs again: ${describe(error)}`);
      return false;
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
