import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { globMatches } from './graph.js';

/** What npm always packs, whatever `files` says. */
const ALWAYS = /^(?:package\.json|readme(?:\.[^/]*)?|licen[sc]e(?:\.[^/]*)?|notice(?:\.[^/]*)?)$/i;
/** What npm never packs. */
const NEVER = new Set(['node_modules', '.git', '.npmrc', '.DS_Store']);

export interface PublishManifest {
  main?: string;
  files?: string[];
  bin?: string | Record<string, string>;
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    if (NEVER.has(entry.name)) continue;
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...(await listFiles(dir, relative)));
    else if (entry.isFile() || entry.isSymbolicLink()) found.push(relative);
  }
  return found;
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

function normalize(entry: string): string {
  return entry.replace(/^\.\//, '').replace(/\/+$/, '');
}

/**
 * The files of a local package that `npm pack` would publish (relative, posix): with a `files`
 * list, those entries (a directory with everything under it, or a glob), package.json, the
 * readme and licence, `main` and the `bin` files; without one, everything but node_modules and
 * VCS files. This is what the package is when installed from a registry, so an app's image
 * gets the same (built) package in production as its users would.
 */
export async function publishedFiles(dir: string, manifest: PublishManifest): Promise<string[]> {
  const all = await listFiles(dir);
  if (!Array.isArray(manifest.files)) return all.sort();
  const entries = manifest.files.filter((f): f is string => typeof f === 'string').map(normalize);
  const include = entries.filter((e) => !e.startsWith('!'));
  const exclude = entries.filter((e) => e.startsWith('!')).map((e) => normalize(e.slice(1)));
  const bins = typeof manifest.bin === 'string' ? [manifest.bin] : Object.values(manifest.bin ?? {});
  const always = new Set([manifest.main, ...bins].filter((f): f is string => typeof f === 'string').map(normalize));
  const taken = (file: string): boolean => {
    if (!file.includes('/') && ALWAYS.test(file)) return true;
    if (always.has(file)) return true;
    const covered = (pattern: string): boolean =>
      file === pattern ||
      file.startsWith(`${pattern}/`) ||
      globMatches(pattern, file) ||
      globMatches(`${pattern}/**`, file);
    return include.some(covered) && !exclude.some(covered);
  };
  return all.filter(taken).sort();
}

/** The entry points a package declares (main, and the files its exports name) that are not there. */
export async function missingEntryPoints(
  dir: string,
  manifest: PublishManifest & { exports?: unknown },
): Promise<string[]> {
  const declared = new Set<string>();
  if (typeof manifest.main === 'string') declared.add(normalize(manifest.main));
  const collect = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value.startsWith('./') && !value.includes('*')) declared.add(normalize(value));
    } else if (value && typeof value === 'object') for (const v of Object.values(value)) collect(v);
  };
  collect(manifest.exports);
  const missing: string[] = [];
  for (const file of declared) {
    const candidates = [file, `${file}.js`, `${file}.json`, `${file}/index.js`];
    let found = false;
    for (const c of candidates) if (await exists(path.join(dir, c))) found = true;
    if (!found) missing.push(file);
  }
  return missing.sort();
}
