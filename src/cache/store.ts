/**
 * Where node_modules (and small records such as a measured baseline) are kept between runs.
 * Only exact keys: a partial node_modules from a near-miss is worse than none, because the
 * install would then have to clean up someone else's tree.
 */
export interface CacheStore {
  readonly name: string;
  /** restores `dir` when an entry with exactly `key` exists; returns whether it did */
  restore(dir: string, key: string): Promise<boolean>;
  /** saves `dir` under `key`; returns false when the entry exists already or could not be saved */
  save(dir: string, key: string): Promise<boolean>;
}
