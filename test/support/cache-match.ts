/**
 * The matching order documented for actions/cache, which both local cache servers follow: for
 * each key in turn (the primary key, then the restore keys), an exact match wins, else the most
 * recently created entry whose key starts with it. The version always has to match exactly.
 */
export function matchEntry<T extends { key: string; version: string; createdAt: number }>(
  complete: T[],
  keys: string[],
  version: string,
): T | undefined {
  const candidates = complete.filter((e) => e.version === version);
  for (const key of keys) {
    const exact = candidates.find((e) => e.key === key);
    if (exact) return exact;
    const newest = candidates.filter((e) => e.key.startsWith(key)).sort((a, b) => b.createdAt - a.createdAt)[0];
    if (newest) return newest;
  }
  return undefined;
}
