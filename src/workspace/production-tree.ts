import { copyFile, link, lstat, mkdir, readdir, readFile, readlink, realpath, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { BuildError } from '../errors.js';
import { publishedFiles, type PublishManifest } from './published.js';

interface Manifest extends PublishManifest {
  name?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  devDependencies?: Record<string, string>;
}

/** One package of the tree: where it goes (relative to the tree's root) and where it comes from. */
export interface TreeEntry {
  /** e.g. node_modules/ms or node_modules/a/node_modules/b */
  at: string;
  /** the real directory it is copied from */
  from: string;
  /** a workspace package: only what it publishes is copied */
  local: boolean;
}

export interface TreeRequest {
  /** the app's directory (its package.json says what it needs) */
  app: string;
  /** the workspace root: resolution never looks above it */
  root: string;
  /** real directories of the workspace's packages */
  localDirs: ReadonlySet<string>;
  /** devDependencies too (prune: false) */
  includeDev: boolean;
}

async function readManifest(dir: string): Promise<Manifest> {
  return JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as Manifest;
}

/**
 * Where Node finds `name` from a package's real directory: the first node_modules/<name> up
 * the directory chain (never a node_modules inside a node_modules, never above the root),
 * followed to its real directory, as pnpm's and bun's symlinked layouts need.
 */
async function resolveInstalled(name: string, fromDir: string, root: string): Promise<string | undefined> {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    if (path.basename(dir) !== 'node_modules') {
      const candidate = path.join(dir, 'node_modules', name);
      try {
        await lstat(path.join(candidate, 'package.json'));
        return await realpath(candidate);
      } catch {
        // not here: one level up
      }
    }
    if (dir === root || path.dirname(dir) === dir || !dir.startsWith(root)) return undefined;
  }
}

/** Where `name` resolves from `at` in the tree being planned (the same lookup, over the plan). */
function resolvePlanned(name: string, at: string, placed: ReadonlyMap<string, TreeEntry>): string | undefined {
  const parts = at ? at.split('/') : [];
  for (let i = parts.length; i >= 0; i--) {
    if (i > 0 && parts[i - 1] === 'node_modules') continue;
    const candidate = [...parts.slice(0, i), 'node_modules', name].join('/');
    if (placed.has(candidate)) return candidate;
  }
  return undefined;
}

function needed(manifest: Manifest, includeDev: boolean): { name: string; optional: boolean }[] {
  const deps = new Map<string, boolean>();
  for (const name of Object.keys(manifest.dependencies ?? {})) deps.set(name, false);
  if (includeDev) for (const name of Object.keys(manifest.devDependencies ?? {})) deps.set(name, false);
  for (const name of Object.keys(manifest.optionalDependencies ?? {})) deps.set(name, true);
  // a peer is what the app provides; when nothing installed it, nothing ships it either
  for (const name of Object.keys(manifest.peerDependencies ?? {})) if (!deps.has(name)) deps.set(name, true);
  return [...deps].map(([name, optional]) => ({ name, optional }));
}

/**
 * The packages an app needs at run time, laid out as one node_modules of its own: every
 * production dependency, followed transitively from where the workspace install put it. A
 * package goes to the top level when that name is free there, else under the package that
 * needs it, so each package resolves the very version it resolved in the workspace.
 */
export async function planProductionTree(request: TreeRequest): Promise<TreeEntry[]> {
  const root = await realpath(request.root);
  const placed = new Map<string, TreeEntry>();
  const queue: { at: string; from: string; isApp: boolean }[] = [
    { at: '', from: await realpath(request.app), isApp: true },
  ];
  while (queue.length > 0) {
    const { at, from, isApp } = queue.shift()!;
    const manifest = await readManifest(from);
    for (const dep of needed(manifest, isApp && request.includeDev)) {
      const real = await resolveInstalled(dep.name, from, root);
      if (!real) {
        if (dep.optional) continue;
        throw new BuildError(
          `${dep.name}, a dependency of ${manifest.name ?? from}, is not installed in the workspace at ${request.root}; run the install again`,
        );
      }
      const current = resolvePlanned(dep.name, at, placed);
      if (current && placed.get(current)!.from === real) continue;
      // the top level is free (nothing resolved), or taken by another version: then nest
      const spot = current ? [at, 'node_modules', dep.name].filter(Boolean).join('/') : `node_modules/${dep.name}`;
      if (spot.split('/node_modules/').length > 64)
        throw new BuildError(`the dependencies of ${manifest.name ?? from} nest too deep to lay out (${spot})`);
      placed.set(spot, { at: spot, from: real, local: request.localDirs.has(real) });
      queue.push({ at: spot, from: real, isApp: false });
    }
  }
  return [...placed.values()].sort((a, b) => a.at.localeCompare(b.at));
}

async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error: unknown) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP') throw error;
    await copyFile(from, to);
  }
}

/** Copies a package directory (hard links), without its own node_modules: its nested dependencies are entries of their own. */
async function copyPackage(from: string, to: string, relative = ''): Promise<void> {
  await mkdir(path.join(to, relative), { recursive: true });
  for (const entry of await readdir(path.join(from, relative), { withFileTypes: true })) {
    if (!relative && entry.name === 'node_modules') continue;
    const child = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) await copyPackage(from, to, child);
    else if (entry.isSymbolicLink()) await symlink(await readlink(path.join(from, child)), path.join(to, child));
    else if (entry.isFile()) await linkOrCopy(path.join(from, child), path.join(to, child));
  }
}

/**
 * Writes the planned tree under `out` (which it replaces): installed packages as they are, local
 * packages as what they publish. Real directories throughout, no link into the repository.
 */
export async function writeProductionTree(entries: readonly TreeEntry[], out: string): Promise<void> {
  await rm(out, { recursive: true, force: true });
  await mkdir(path.join(out, 'node_modules'), { recursive: true });
  for (const entry of entries) {
    const to = path.join(out, entry.at);
    if (!entry.local) {
      await copyPackage(entry.from, to);
      continue;
    }
    for (const file of await publishedFiles(entry.from, await readManifest(entry.from))) {
      await mkdir(path.dirname(path.join(to, file)), { recursive: true });
      const source = path.join(entry.from, file);
      if ((await lstat(source)).isSymbolicLink()) await copyFile(await realpath(source), path.join(to, file));
      else await linkOrCopy(source, path.join(to, file));
    }
  }
}
