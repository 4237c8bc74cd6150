import { sha256 } from '../cache/key.js';
import type { ProductionTreeReport } from '../report/model.js';
import type { NativeFamily } from './native.js';
import { inNodeModules, isInside } from '../paths.js';
import type { ArtifactTree } from './tree.js';
import type { Finding } from './types.js';

/**
 * What the checks of a production tree (the shipped node_modules) found, kept under the tree's
 * key so a later run with the same tree replays it instead of reading the tree again. Findings
 * are kept whole, warnings included, so a replay reports exactly what the checks did.
 */
export interface TreeChecks {
  devDependencies: Finding[];
  secrets: Finding[];
  /** the native binaries in the tree: the native and Node version checks judge them with the user's own */
  families: NativeFamily[];
  productionTree: { findings: Finding[]; report: ProductionTreeReport };
}

/** The artifact that is the production tree: the target's own node_modules. */
export const PRODUCTION_TREE = 'node_modules';

const CONTEXT = '<context>';

function isFindingList(value: unknown): value is Finding[] {
  return (
    Array.isArray(value) &&
    value.every(
      (f: Partial<Finding> | null) =>
        typeof f?.check === 'string' &&
        (f.severity === 'error' || f.severity === 'warning') &&
        typeof f.message === 'string',
    )
  );
}

export function isTreeChecks(value: unknown): value is TreeChecks {
  const v = value as Partial<TreeChecks> | null;
  const report = v?.productionTree?.report as Partial<ProductionTreeReport> | undefined;
  return (
    isFindingList(v?.devDependencies) &&
    isFindingList(v.secrets) &&
    Array.isArray(v.families) &&
    v.families.every((f: Partial<NativeFamily> | null) => typeof f?.name === 'string' && Array.isArray(f.variants)) &&
    isFindingList(v.productionTree?.findings) &&
    Array.isArray(report?.buildTools) &&
    Array.isArray(report.foreign) &&
    Array.isArray(report.duplicates)
  );
}

/**
 * `value` with every string that is a path under `from` moved under `to`: a record names files
 * by absolute path (annotations need them), and the next run may check out elsewhere.
 */
export function relocate<T>(value: T, from: string, to: string): T {
  const move = (v: unknown): unknown => {
    if (typeof v === 'string') return v === from ? to : v.startsWith(`${from}/`) ? `${to}${v.slice(from.length)}` : v;
    if (Array.isArray(v)) return v.map(move);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, move(x)]));
    return v;
  };
  return move(value) as T;
}

/** The record as kept: paths relative to the target's context. */
export function toRecord(checks: TreeChecks, context: string): TreeChecks {
  return relocate(checks, context, CONTEXT);
}

/** The kept record as this run's checks: paths under this run's context. */
export function fromRecord(checks: TreeChecks, context: string): TreeChecks {
  return relocate(checks, CONTEXT, context);
}

/**
 * The tree split into the production tree (the node_modules artifact) and the user's own
 * artifacts; undefined when the tree has node_modules elsewhere too (a Next.js standalone
 * output's, built by the build), which no install key describes: then everything is checked.
 */
export function splitProductionTree(
  tree: ArtifactTree,
  artifacts: readonly string[],
): { production: ArtifactTree; own: ArtifactTree } | undefined {
  if (!artifacts.some((a) => normal(a) === PRODUCTION_TREE)) return undefined;
  const production = tree.entries.filter((e) => isInside(e.path, PRODUCTION_TREE));
  const own = tree.entries.filter((e) => !isInside(e.path, PRODUCTION_TREE));
  if (own.some((e) => inNodeModules(e.path))) return undefined;
  return {
    production: { ...tree, entries: production },
    own: { ...tree, entries: own },
  };
}

/**
 * The production tree as listed: paths, kinds, sizes and files' mtimes, in the walk's (sorted)
 * order. The restore keeps the times the cache entry was packed with, so a warm run lists the
 * same tree; a file a build command rewrote (a secret, same size or not) changes the listing and
 * the checks run again. npm's hidden lockfile is the exception: every prune rewrites it (a
 * replayed one too), and its content follows from the tree's key.
 */
export function treeListing(tree: ArtifactTree): string {
  return sha256(
    tree.entries
      .map((e) => {
        const time = e.path.endsWith('node_modules/.package-lock.json') ? '' : (e.mtime ?? '');
        return `${e.kind} ${e.size} ${time} ${e.path}`;
      })
      .join('\n'),
  );
}

function normal(artifact: string): string {
  return artifact.replace(/^\.\//, '').replace(/\/+$/, '');
}
