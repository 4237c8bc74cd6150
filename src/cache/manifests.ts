import { readFileSync } from 'node:fs';
import path from 'node:path';
import { diskView, readWorkspaceGraph } from '../workspace/graph.js';

/** The package.json fields an install reads besides the lockfile. */
const FIELDS = [
  'dependencies',
  'devDependencies',
  'optionalDependencies',
  'peerDependencies',
  'bundleDependencies',
  'bundledDependencies',
  'overrides',
  'resolutions',
  'pnpm',
  'workspaces',
] as const;

function fieldsOf(dir: string): Record<string, unknown> {
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
  const picked: Record<string, unknown> = {};
  for (const field of FIELDS) if (manifest[field] !== undefined) picked[field] = manifest[field];
  return picked;
}

/** JSON with sorted keys at every level: the same manifest always gives the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * What the manifests beside a lockfile ask of the install (the root's and, in a workspace,
 * every member's dependency fields), as one text for the node_modules key. A package.json
 * changed without its lockfile then misses the cache, and the package manager's clean install
 * refuses the out-of-date lockfile as it would without a cache.
 */
export function dependencyManifests(lockfileDir: string): string {
  const dirs = [lockfileDir];
  const graph = readWorkspaceGraph(diskView, lockfileDir);
  if (graph) dirs.push(...[...graph.packages.values()].map((p) => p.dir).sort());
  return canonical(dirs.map((dir) => [path.relative(lockfileDir, dir).replace(/\\/g, '/'), fieldsOf(dir)]));
}
