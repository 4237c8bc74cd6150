import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BuildError } from '../errors.js';
import type { PackageManagerSpec } from './detect.js';

const FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'] as const;

type Manifest = Partial<Record<(typeof FIELDS)[number], Record<string, string>>>;

function names(manifest: Manifest): Set<string> {
  return new Set(FIELDS.flatMap((field) => Object.keys(manifest[field] ?? {})));
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * The dependencies a package.json names that its npm lockfile does not record, or records
 * that package.json no longer names: for the lockfile's root and each workspace member it
 * lists. Names only: the lockfile keeps ranges as npm normalised them, and a range changed
 * in place is left to `npm ci`, which the node_modules key sends it to (see cache/manifests.ts).
 */
function npmLockfileDrift(lockfile: string): { manifest: string; added: string[]; removed: string[] }[] {
  const lock = readJson(lockfile) as { packages?: Record<string, Manifest> } | undefined;
  if (!lock?.packages) return [];
  const root = path.dirname(lockfile);
  const drift: { manifest: string; added: string[]; removed: string[] }[] = [];
  for (const [where, locked] of Object.entries(lock.packages)) {
    // the root and workspace members; installed packages live under node_modules
    if (where.split('/').includes('node_modules')) continue;
    const manifestFile = path.join(root, where, 'package.json');
    const manifest = readJson(manifestFile) as Manifest | undefined;
    if (!manifest) continue;
    const wanted = names(manifest);
    const recorded = names(locked);
    const added = [...wanted].filter((n) => !recorded.has(n)).sort();
    const removed = [...recorded].filter((n) => !wanted.has(n)).sort();
    if (added.length > 0 || removed.length > 0) drift.push({ manifest: manifestFile, added, removed });
  }
  return drift;
}

/**
 * Fails as `npm ci` would when package.json and the lockfile disagree, before a cache hit could
 * restore a tree that lacks what package.json asks for. Other package managers' frozen installs
 * make the same check themselves; the cache key keeps a hit from skipping it.
 */
export function checkLockfileInSync(pm: PackageManagerSpec): void {
  if (pm.name !== 'npm') return;
  const drift = npmLockfileDrift(pm.lockfile);
  if (drift.length === 0) return;
  const lines = drift.map((d) => {
    const parts = [
      d.added.length ? `names ${d.added.join(', ')} that it does not record` : '',
      d.removed.length ? `no longer names ${d.removed.join(', ')}` : '',
    ].filter(Boolean);
    return `${d.manifest} ${parts.join(' and ')}`;
  });
  const lockName = path.basename(pm.lockfile);
  throw new BuildError(
    `${pm.lockfile} is out of date with package.json: ${lines.join('; ')}. Run \`npm install\` and commit ${lockName}; npm ci refuses a lockfile out of sync.`,
  );
}
