import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import path from 'node:path';
import { sha256 } from './key.js';

/** What installs, builds and git write: not sources, and node_modules alone is most of the tree. */
const NOT_SOURCES = new Set(['node_modules', '.next', '.git']);

/**
 * A hash of the files below `dir`, by relative path and content (a link by where it points), for
 * naming a revision when there is no commit to name it by. Walked in sorted order so the same
 * tree gives the same hash wherever it lies.
 */
export async function sourcesDigest(dir: string): Promise<string> {
  const parts: (string | Buffer)[] = [];
  await walk(dir, '', parts);
  return sha256(...parts);
}

async function walk(root: string, relative: string, parts: (string | Buffer)[]): Promise<void> {
  const names = (await readdir(path.join(root, relative))).sort();
  for (const name of names) {
    if (NOT_SOURCES.has(name)) continue;
    const entry = relative ? `${relative}/${name}` : name;
    const full = path.join(root, entry);
    const stats = await lstat(full);
    if (stats.isDirectory()) await walk(root, entry, parts);
    else if (stats.isSymbolicLink()) parts.push(`${entry} ->`, await readlink(full));
    else if (stats.isFile()) parts.push(entry, await readFile(full));
  }
}
