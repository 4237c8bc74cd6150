import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * How many packages an installed tree holds: npm's hidden lockfile lists every installed
 * package; other layouts are counted by their package.json files below node_modules.
 */
export async function countPackages(nodeModules: string): Promise<number> {
  try {
    const hidden = JSON.parse(await readFile(path.join(nodeModules, '.package-lock.json'), 'utf8')) as {
      packages?: Record<string, unknown>;
    };
    if (hidden.packages) return Object.keys(hidden.packages).filter((k) => k.includes('node_modules/')).length;
  } catch {
    // not npm, or no hidden lockfile: count the tree
  }
  return countTree(nodeModules);
}

async function countTree(dir: string): Promise<number> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  let count = 0;
  for (const entry of entries) {
    if (entry.name.startsWith('.')) {
      // pnpm keeps the real packages in .pnpm/<name@version>/node_modules
      if (entry.name === '.pnpm' && entry.isDirectory())
        count += (await readdir(path.join(dir, entry.name))).filter((n) => n.includes('@')).length;
      continue;
    }
    const full = path.join(dir, entry.name);
    if (entry.name.startsWith('@') && entry.isDirectory()) {
      for (const scoped of await readdir(full)) count += 1 + (await countTree(path.join(full, scoped, 'node_modules')));
    } else if (entry.isDirectory() || entry.isSymbolicLink()) {
      count += 1 + (await countTree(path.join(full, 'node_modules')));
    }
  }
  return count;
}
