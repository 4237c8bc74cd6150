import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isInside } from '../paths.js';

/**
 * What a prune did to an npm tree, so a warm run can do the same without running the package
 * manager: the package directories and .bin links it removed, and the hidden lockfile it left.
 * Kept as deletions rather than as a copy of the pruned tree because build commands may write
 * into node_modules (generated clients, caches) and a cached tree would bring back last run's.
 */
export interface PrunePlan {
  removed: string[];
  hiddenLockfile?: string;
}

export function isPrunePlan(value: unknown): value is PrunePlan {
  const plan = value as Partial<PrunePlan> | null;
  return (
    Array.isArray(plan?.removed) && plan.removed.every((p) => typeof p === 'string' && !p.split('/').includes('..'))
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

export async function applyPrunePlan(nodeModules: string, plan: PrunePlan): Promise<void> {
  await Promise.all(plan.removed.map((p) => rm(path.join(nodeModules, p), { recursive: true, force: true })));
  if (plan.hiddenLockfile !== undefined)
    await writeFile(path.join(nodeModules, '.package-lock.json'), plan.hiddenLockfile);
}
