import { lstat, lutimes, readdir } from 'node:fs/promises';
import path from 'node:path';
import { inNodeModules } from '../paths.js';

/**
 * The time npm gives every file it packs (1985-10-26T08:15:00Z), so what installed packages
 * already carry. Files whose content the lockfile pins (node_modules, and the package manifests
 * and lockfiles beside it) get it in layers instead of the commit's time: a dependency layer, or
 * the `COPY package.json ./` layer before it, is then the same bytes, and the same digest, on
 * every commit that leaves them alone. A source-only change uploads only the app's own layers,
 * and a daemon that has the image of an earlier commit keeps its node_modules layer: a layer's
 * identity there (its chain ID) covers every layer below it. The app's own files keep the
 * commit's time, so that servers deriving ETags and Last-Modified from size and mtime
 * (express.static, Next.js's public/) see a newer version on each commit.
 */
export const DEPENDENCY_TIME = 499_162_500;

/** The package manager's manifest and lockfiles: read at install time, never served. */
const MANIFESTS = new Set([
  'package.json',
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lock',
  'bun.lockb',
]);

/** Whether a file's content is pinned with the dependencies: under node_modules, or a package manifest or lockfile. */
export function isPinnedPath(relative: string): boolean {
  return inNodeModules(relative) || MANIFESTS.has(relative.slice(relative.lastIndexOf('/') + 1));
}

/** The mtime a layer entry at `relative` gets, for a build at `epoch` (SOURCE_DATE_EPOCH). */
export function layerTime(relative: string, epoch: number): number {
  return isPinnedPath(relative) ? DEPENDENCY_TIME : epoch;
}

/**
 * The mtimes of a layer's entries: files as `layerTime` says; a directory outside node_modules
 * as its newest entry in the layer (npm's time when it holds nothing else, so `COPY package.json
 * ./` does not change with the commit through its `app/` entry), the epoch when it is empty.
 */
export function layerTimes(entries: readonly { path: string; type: string }[], epoch: number): number[] {
  const times = entries.map((e) => (e.type === 'directory' ? undefined : layerTime(e.path, epoch)));
  const newest = new Map<string, number>();
  entries.forEach((e, i) => {
    const time = times[i];
    if (time === undefined) return;
    for (let at = e.path.lastIndexOf('/'); at > 0; at = e.path.lastIndexOf('/', at - 1)) {
      const dir = e.path.slice(0, at);
      newest.set(dir, Math.max(newest.get(dir) ?? time, time));
    }
    // the layer's root (the destination `.` of `COPY x ./` at /) holds it too
    newest.set('', Math.max(newest.get('') ?? time, time));
  });
  return entries.map((e, i) => {
    const time = times[i];
    if (time !== undefined) return time;
    if (inNodeModules(e.path)) return DEPENDENCY_TIME;
    return newest.get(e.path) ?? epoch;
  });
}

/**
 * Sets the file times of a staged context to what `layerTimes` says, for builders that copy
 * times into layers as they find them (the legacy builder, BuildKit before rewrite-timestamp):
 * pinned files are set to DEPENDENCY_TIME, the app's own files are clamped to `epoch` as
 * BuildKit's rewrite-timestamp does, a directory outside node_modules gets its newest entry's
 * time. Without it a fresh checkout, a cache restore or a replayed prune gives files new times
 * and a layer whose bytes did not change a new digest. The staged files are hard links, so the
 * workspace's files get these times too; nothing reads them after.
 */
export async function normaliseTimes(dir: string, epoch: number): Promise<void> {
  await normaliseDir(dir, '', epoch);
}

/** Normalises `relative` and everything under it; returns the newest time it set inside. */
async function normaliseDir(dir: string, relative: string, epoch: number): Promise<number | undefined> {
  const entries = await readdir(path.join(dir, relative), { withFileTypes: true });
  let newest: number | undefined;
  for (let i = 0; i < entries.length; i += 64) {
    const times = await Promise.all(
      entries.slice(i, i + 64).map(async (entry) => {
        const child = relative ? `${relative}/${entry.name}` : entry.name;
        if (!entry.isDirectory()) return normaliseFile(path.join(dir, child), child, epoch);
        const inside = await normaliseDir(dir, child, epoch);
        return setDirTime(path.join(dir, child), child, inside, epoch);
      }),
    );
    for (const t of times) newest = Math.max(newest ?? t, t);
  }
  if (relative === '') await setDirTime(dir, '', newest, epoch);
  return newest;
}

async function setDirTime(file: string, relative: string, inside: number | undefined, epoch: number): Promise<number> {
  const time = inNodeModules(relative) ? DEPENDENCY_TIME : (inside ?? epoch);
  await setTime(file, time);
  return time;
}

/** A file or link: pinned ones get npm's time, the others are clamped to the epoch (older times kept). */
async function normaliseFile(file: string, relative: string, epoch: number): Promise<number> {
  if (isPinnedPath(relative)) {
    await setTime(file, DEPENDENCY_TIME);
    return DEPENDENCY_TIME;
  }
  const stat = await lstat(file);
  const mtime = Math.floor(stat.mtimeMs / 1000);
  if (stat.mtimeMs / 1000 > epoch || stat.atimeMs / 1000 > epoch) {
    await lutimes(file, epoch, epoch);
    return epoch;
  }
  return mtime;
}

async function setTime(file: string, time: number): Promise<void> {
  const stat = await lstat(file);
  if (stat.mtimeMs / 1000 !== time || stat.atimeMs / 1000 !== time) await lutimes(file, time, time);
}
