import { lstat, lutimes, readdir } from 'node:fs/promises';
import path from 'node:path';
import { inNodeModules } from '../paths.js';

/**
 * The time npm gives every file it packs (1985-10-26T08:15:00Z), so what installed packages
 * already carry. Files under node_modules get it in layers instead of the commit's time: a
 * dependency layer is then the same bytes, and the same digest, on every commit that leaves
 * the lockfile alone, and a source-only change uploads only the app's own layers. The app's
 * own files keep the commit's time, so that servers deriving ETags from size and mtime
 * (express.static, Next.js's public/) still see a new version on each commit.
 */
export const DEPENDENCY_TIME = 499_162_500;

/** The mtime a layer entry at `relative` gets, for a build at `epoch` (SOURCE_DATE_EPOCH). */
export function layerTime(relative: string, epoch: number): number {
  return inNodeModules(relative) ? DEPENDENCY_TIME : epoch;
}

/**
 * Sets the file times of a staged context to what `layerTime` says, for builders that copy
 * times into layers as they find them (the legacy builder, BuildKit before rewrite-timestamp):
 * dependency files are set to DEPENDENCY_TIME, the app's own files are clamped to `epoch` as
 * BuildKit's rewrite-timestamp does. Without it a fresh checkout, a cache restore or a replayed
 * prune gives files new times and a layer whose bytes did not change a new digest. The staged
 * files are hard links, so the workspace's files get these times too; nothing reads them after.
 */
export async function normaliseTimes(dir: string, epoch: number, relative = ''): Promise<void> {
  const entries = await readdir(path.join(dir, relative), { withFileTypes: true });
  for (let i = 0; i < entries.length; i += 64) {
    await Promise.all(
      entries.slice(i, i + 64).map(async (entry) => {
        const child = relative ? `${relative}/${entry.name}` : entry.name;
        if (entry.isDirectory()) await normaliseTimes(dir, epoch, child);
        await normaliseOne(path.join(dir, child), child, epoch);
      }),
    );
  }
  if (relative === '') await normaliseOne(dir, '', epoch);
}

async function normaliseOne(file: string, relative: string, epoch: number): Promise<void> {
  const stat = await lstat(file);
  const mtime = stat.mtimeMs / 1000;
  const atime = stat.atimeMs / 1000;
  if (inNodeModules(relative)) {
    if (mtime !== DEPENDENCY_TIME || atime !== DEPENDENCY_TIME) await lutimes(file, DEPENDENCY_TIME, DEPENDENCY_TIME);
  } else if (mtime > epoch || atime > epoch) {
    await lutimes(file, epoch, epoch);
  }
}
