import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import path from 'node:path';
import { sha256 } from '../cache/key.js';

/**
 * One entry of the part of a pnpm tree that `pnpm prune` manages: `d` a directory, `l:<target>`
 * a symlink, `f:<mode>:<sha256>` a file.
 */
export type PnpmEntry = string;

/**
 * The entries of a pnpm (isolated linker) node_modules that `pnpm prune` reads and changes, by
 * path relative to node_modules: the top level (and scopes), .bin, the virtual store's entries
 * (.pnpm/*, its lock.yaml) with each package's own node_modules links, and the hoisted
 * .pnpm/node_modules (and its .bin). Package contents are not listed: the prune removes a
 * package whole or leaves it alone.
 */
export async function listPnpmTree(nodeModules: string): Promise<Map<string, PnpmEntry>> {
  const found = new Map<string, PnpmEntry>();
  await listLevel(nodeModules, '', found, true);
  const store = found.get('.pnpm') === 'd' ? await names(nodeModules, '.pnpm') : [];
  for (const name of store) {
    const relative = `.pnpm/${name}`;
    const entry = await describe(nodeModules, relative);
    if (entry === undefined) continue;
    found.set(relative, entry);
    if (entry !== 'd') continue;
    if (name === 'node_modules') await listLevel(nodeModules, relative, found, true);
    else if ((await describe(nodeModules, `${relative}/node_modules`)) === 'd') {
      found.set(`${relative}/node_modules`, 'd');
      await listLevel(nodeModules, `${relative}/node_modules`, found, false);
    }
  }
  return found;
}

/** One node_modules level: its entries, scopes' entries, and (where asked) its .bin. */
async function listLevel(root: string, dir: string, found: Map<string, PnpmEntry>, withBin: boolean): Promise<void> {
  for (const name of await names(root, dir)) {
    const relative = dir ? `${dir}/${name}` : name;
    // the virtual store is listed by the caller, package by package
    const entry = await describe(root, relative);
    if (entry === undefined) continue;
    found.set(relative, entry);
    if (relative === '.pnpm' || entry !== 'd') continue;
    if ((name === '.bin' && withBin) || name.startsWith('@')) {
      for (const inner of await names(root, relative)) {
        const innerEntry = await describe(root, `${relative}/${inner}`);
        if (innerEntry !== undefined) found.set(`${relative}/${inner}`, innerEntry);
      }
    }
  }
}

async function names(root: string, dir: string): Promise<string[]> {
  try {
    return (await readdir(path.join(root, dir))).sort();
  } catch {
    return [];
  }
}

async function describe(root: string, relative: string): Promise<PnpmEntry | undefined> {
  const full = path.join(root, relative);
  const stat = await lstat(full).catch(() => undefined);
  if (!stat) return undefined;
  if (stat.isSymbolicLink()) return `l:${await readlink(full)}`;
  if (stat.isDirectory()) return 'd';
  const digest = createHash('sha256')
    .update(await readFile(full))
    .digest('hex');
  return `f:${(stat.mode & 0o777).toString(8)}:${digest}`;
}

/**
 * What a pnpm prune's outcome depends on besides the installed tree (which the cache key
 * fixes): the tree as the build left it, the project's pnpm settings, and the environment that
 * points pnpm at a store or settings (a different store makes pnpm purge and reinstall the
 * whole tree). A replay is only exact when all of these are what they were when recorded.
 */
export function pnpmPruneInputs(
  listing: ReadonlyMap<string, PnpmEntry>,
  settings: readonly string[],
  env: Record<string, string | undefined>,
): string {
  const lines = [...listing].map(([p, e]) => `${p}\t${e}`).sort();
  const relevant = Object.entries(env)
    .filter(([k, v]) => v !== undefined && /^(npm_config_|pnpm_config_|pnpm_home$|xdg_data_home$|home$|ci$)/i.test(k))
    .map(([k, v]) => `${k}=${v}`)
    .sort();
  return sha256(lines.join('\n'), settings.join('\0'), relevant.join('\n'));
}

/** The project's pnpm settings files, as text ('' when absent), in a fixed order. */
export async function pnpmSettings(dirs: readonly string[]): Promise<string[]> {
  const texts: string[] = [];
  for (const dir of [...new Set(dirs)])
    for (const file of ['.npmrc', 'pnpm-workspace.yaml', '.pnpmfile.cjs'])
      texts.push(await readFile(path.join(dir, file), 'utf8').catch(() => ''));
  return texts;
}
