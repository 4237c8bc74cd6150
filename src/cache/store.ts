/**
 * Where node_modules, build caches and small records (such as a measured baseline) are kept
 * between runs.
 */
export interface CacheStore {
  readonly name: string;
  /**
   * Restores `dir` when an entry with exactly `key` exists; returns whether it did. Only exact
   * keys: a partial node_modules from a near-miss is worse than none, because the install would
   * then have to clean up someone else's tree.
   */
  restore(dir: string, key: string): Promise<boolean>;
  /**
   * Restores `dir` from the entry with exactly `key`, else from the newest entry whose key starts
   * with `prefix`; returns the key it restored, undefined when nothing matched. For caches that
   * check themselves, such as Next.js's build cache: a near-miss is a warm start, never wrong.
   */
  restoreNearest(dir: string, key: string, prefix: string): Promise<string | undefined>;
  /** saves `dir` under `key`; returns false when the entry exists already or could not be saved */
  save(dir: string, key: string): Promise<boolean>;
  /**
   * Removes the entries starting with `prefix` other than `keep`, for stores that never evict
   * on their own (a local directory); services with their own eviction leave it out.
   */
  removeOthers?(prefix: string, keep: string): Promise<void>;
}
