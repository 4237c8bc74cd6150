import { chmod, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isInside } from '../paths.js';
import type { PnpmEntry } from './pnpm-tree.js';

/**
 * What a prune did to a tree, so a warm run can do the same without running the package
 * manager: the paths it removed (npm: package directories and .bin links; pnpm: packages, their
 * virtual store entries, hoisted links, .bin shims), and the metadata files it rewrote (npm's
 * hidden lockfile; pnpm's .modules.yaml, .pnpm/lock.yaml, workspace state) and links it made.
 * Kept as changes rather than as a copy of the pruned tree because build commands may write
 * into node_modules (generated clients, caches) and a cached tree would bring back last run's.
 * Records written before pnpm's were replayed have only `removed` and `hiddenLockfile`, and
 * read the same.
 */
export interface PrunePlan {
  removed: string[];
  hiddenLockfile?: string;
  /** files the prune wrote, with their text and mode */
  written?: { path: string; content: string; mode: number }[];
  /** symlinks the prune made or pointed elsewhere */
  linked?: { path: string; target: string }[];
  /**
   * What the prune's outcome depended on (see pnpmPruneInputs): the plan is replayed only onto
   * a tree and settings with the same digest, otherwise the package manager runs.
   */
  inputs?: string;
}

const safePath = (p: unknown): boolean =>
  typeof p === 'string' && p !== '' && !path.isAbsolute(p) && !p.split(/[\\/]/).includes('..');

export function isPrunePlan(value: unknown): value is PrunePlan {
  const plan = value as Partial<PrunePlan> | null;
  return (
    Array.isArray(plan?.removed) &&
    plan.removed.every(safePath) &&
    (plan.hiddenLockfile === undefined || typeof plan.hiddenLockfile === 'string') &&
    (plan.written === undefined ||
      (Array.isArray(plan.written) &&
        plan.written.every((w) => safePath(w?.path) && typeof w.content === 'string' && Number.isInteger(w.mode)))) &&
    (plan.linked === undefined ||
      (Array.isArray(plan.linked) && plan.linked.every((l) => safePath(l?.path) && typeof l.target === 'string'))) &&
    (plan.inputs === undefined || typeof plan.inputs === 'string')
  );
}

/** Package directories (and .bin entries) below node_modules, relative to it, nested ones too. */
export async function listInstalled(nodeModules: string, prefix = ''): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(path.join(nodeModules, prefix), { withFileTypes: true });
  } catch {
    return [];
  }
  const found: string[] = [];
  for (const entry of entries) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.name === '.bin') {
      for (const bin of await readdir(path.join(nodeModules, relative))) found.push(`${relative}/${bin}`);
    } else if (entry.name.startsWith('@') && entry.isDirectory()) {
      found.push(...(await listInstalled(nodeModules, relative)));
    } else if (!entry.name.startsWith('.') && (entry.isDirectory() || entry.isSymbolicLink())) {
      found.push(relative);
      if (entry.isDirectory()) found.push(...(await listInstalled(nodeModules, `${relative}/node_modules`)));
    }
  }
  return found;
}

export async function recordPrune(nodeModules: string, before: readonly string[]): Promise<PrunePlan> {
  const after = new Set(await listInstalled(nodeModules));
  // a removed package takes its nested packages with it: keep only the outermost paths
  const removed = before
    .filter((p) => !after.has(p))
    .filter((p, _i, all) => !all.some((q) => q !== p && isInside(p, q)));
  const plan: PrunePlan = { removed };
  try {
    plan.hiddenLockfile = await readFile(path.join(nodeModules, '.package-lock.json'), 'utf8');
  } catch {
    // no hidden lockfile: nothing to restore
  }
  return plan;
}

/**
 * What `pnpm prune` did, from listings of the tree before and after it (see listPnpmTree), or
 * undefined when it did more than remove entries, rewrite text files and (re)point links (e.g.
 * made a directory: a reinstall), which a replay could not reproduce.
 */
export async function recordPnpmPrune(
  nodeModules: string,
  before: ReadonlyMap<string, PnpmEntry>,
  after: ReadonlyMap<string, PnpmEntry>,
  inputs: string,
): Promise<PrunePlan | undefined> {
  const gone = [...before.keys()].filter((p) => !after.has(p));
  const removed = gone.filter((p) => !gone.some((q) => q !== p && isInside(p, q)));
  const written: NonNullable<PrunePlan['written']> = [];
  const linked: NonNullable<PrunePlan['linked']> = [];
  for (const [p, entry] of after) {
    if (before.get(p) === entry) continue;
    if (entry.startsWith('l:')) linked.push({ path: p, target: entry.slice(2) });
    else if (entry.startsWith('f:')) {
      const bytes = await readFile(path.join(nodeModules, p));
      const content = bytes.toString('utf8');
      // metadata is text; bytes that do not survive as text are not replayed
      if (!Buffer.from(content, 'utf8').equals(bytes)) return undefined;
      written.push({ path: p, content, mode: parseInt(entry.split(':')[1]!, 8) });
    } else return undefined;
  }
  return { removed, written, linked, inputs };
}

export async function applyPrunePlan(nodeModules: string, plan: PrunePlan): Promise<void> {
  await Promise.all(plan.removed.map((p) => rm(path.join(nodeModules, p), { recursive: true, force: true })));
  if (plan.hiddenLockfile !== undefined)
    await writeFile(path.join(nodeModules, '.package-lock.json'), plan.hiddenLockfile);
  for (const link of plan.linked ?? []) {
    const full = path.join(nodeModules, link.path);
    await rm(full, { recursive: true, force: true });
    await symlink(link.target, full);
  }
  for (const file of plan.written ?? []) {
    const full = path.join(nodeModules, file.path);
    await rm(full, { recursive: true, force: true });
    await writeFile(full, file.content, { mode: file.mode });
    // the umask may have narrowed the mode given at creation
    await chmod(full, file.mode);
  }
}
