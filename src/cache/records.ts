import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CacheStore } from './store.js';

const FILE = 'record.json';

/**
 * Small JSON facts kept in the same store as node_modules (a measured baseline, what a prune
 * removed), so they follow the same keys and expire the same way. `dir` must be the same path
 * on every run: the Actions cache ties an entry to the paths it was saved from.
 */
export async function readRecord<T>(
  store: CacheStore,
  dir: string,
  key: string,
  isValid: (value: unknown) => value is T,
): Promise<T | undefined> {
  try {
    // an entry that fails its checks is only a record measured again
    if (!(await store.restore(dir, key))) return undefined;
  } catch {
    return undefined;
  }
  return readRestored(dir, isValid);
}

/** The record a restore put in `dir`; a missing, unreadable or outdated one is none. */
async function readRestored<T>(dir: string, isValid: (value: unknown) => value is T): Promise<T | undefined> {
  try {
    const value: unknown = JSON.parse(await readFile(path.join(dir, FILE), 'utf8'));
    return isValid(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The newest record whose key starts with `prefix`: records that are renewed (a baseline measured
 * again, the default branch's latest run) are saved under new keys, because a cache service's
 * entries cannot be overwritten.
 */
export async function readNewestRecord<T>(
  store: CacheStore,
  dir: string,
  prefix: string,
  isValid: (value: unknown) => value is T,
): Promise<T | undefined> {
  try {
    // the prefix itself is never a saved key: this finds the newest entry under it
    if ((await store.restoreNearest(dir, prefix, prefix)) === undefined) return undefined;
  } catch {
    return undefined;
  }
  return readRestored(dir, isValid);
}

/** Best effort: a record that cannot be saved is measured again next time. */
export async function writeRecord(store: CacheStore, dir: string, key: string, value: unknown): Promise<boolean> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, FILE), JSON.stringify(value));
  return store.save(dir, key).catch(() => false);
}

/**
 * Saves a renewed record under `prefix` + `suffix`; a store that never evicts on its own (a local
 * directory) drops the older ones under the prefix, which nothing reads any more.
 */
export async function writeNewestRecord(
  store: CacheStore,
  dir: string,
  prefix: string,
  suffix: string,
  value: unknown,
): Promise<boolean> {
  const saved = await writeRecord(store, dir, `${prefix}${suffix}`, value);
  if (saved && store.removeOthers) await store.removeOthers(prefix, `${prefix}${suffix}`).catch(() => undefined);
  return saved;
}
