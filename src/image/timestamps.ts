import { lstat, lutimes, readdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * Clamps every file time in a staged context to `epoch`, as BuildKit's rewrite-timestamp does,
 * for builders that copy times into layers as they find them (the legacy builder). Without it
 * a fresh checkout or a replayed prune gives node_modules new times, a new layer digest and a
 * full upload of a layer whose bytes did not change. The staged files are hard links, so the
 * workspace's files get the clamped times too; nothing reads them after the build.
 */
export async function clampTimes(dir: string, epoch: number): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (let i = 0; i < entries.length; i += 64) {
    await Promise.all(
      entries.slice(i, i + 64).map(async (entry) => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) await clampTimes(full, epoch);
        await clampOne(full, epoch);
      }),
    );
  }
  await clampOne(dir, epoch);
}

async function clampOne(file: string, epoch: number): Promise<void> {
  const stat = await lstat(file);
  if (stat.mtimeMs / 1000 > epoch || stat.atimeMs / 1000 > epoch) await lutimes(file, epoch, epoch);
}
