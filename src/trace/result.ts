import path from 'node:path';
import { sha256 } from '../cache/key.js';
import type { TreeSize } from '../report/model.js';
import { hashFile, type TraceFrontier } from './trace.js';

/**
 * A trace's outcome, kept between runs under the production tree's key and the app's frontier
 * (see traceFrontier): a warm run whose source change loads no new package takes it from here
 * instead of walking node_modules again.
 */
export interface KeptTrace {
  /** node_modules files the server needs, relative to the context, sorted */
  files: string[];
  included: number;
  unmatched: string[];
  before: TreeSize;
  after: TreeSize;
  largest: { name: string; bytes: number }[];
  /**
   * app files only node_modules code reached (a package reading a file by process.cwd()), with
   * their content hashes: the frontier does not see them, so the result holds only while they
   * are unchanged
   */
  viaNodeModules: Record<string, string>;
}

const isSize = (v: unknown): v is TreeSize =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as TreeSize).files === 'number' &&
  typeof (v as TreeSize).bytes === 'number';
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

export function isKeptTrace(value: unknown): value is KeptTrace {
  const v = value as Partial<KeptTrace> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    isStrings(v.files) &&
    typeof v.included === 'number' &&
    isStrings(v.unmatched) &&
    isSize(v.before) &&
    isSize(v.after) &&
    Array.isArray(v.largest) &&
    v.largest.every((p) => typeof p?.name === 'string' && typeof p.bytes === 'number') &&
    typeof v.viaNodeModules === 'object' &&
    v.viaNodeModules !== null &&
    Object.values(v.viaNodeModules).every((x) => typeof x === 'string')
  );
}

/** The kept result's key: the production tree's key, the tracer, the frontier and the include globs. */
export function keptTraceKey(
  productionKey: string,
  tracer: string,
  frontier: TraceFrontier,
  include: readonly string[],
): string {
  const inputs = sha256(...frontier.nodeModules, '--include', ...include).slice(0, 24);
  return `${productionKey}-traced-${tracer}-${inputs}`;
}

/** The app files of `appFiles` the frontier did not reach, with their hashes. */
export async function filesViaNodeModules(
  context: string,
  appFiles: readonly string[],
  frontier: TraceFrontier,
): Promise<Record<string, string>> {
  const seen = new Set(frontier.appFiles);
  const out: Record<string, string> = {};
  for (const file of appFiles) {
    if (seen.has(file)) continue;
    // a file nft listed but that cannot be read (a directory it emitted) is recorded as such
    out[file] = (await hashFile(path.join(context, file))) ?? '';
  }
  return out;
}

/** Whether the app files only node_modules code reached are as they were when `kept` was traced. */
export async function keptTraceHolds(kept: KeptTrace, context: string): Promise<boolean> {
  for (const [file, sha] of Object.entries(kept.viaNodeModules)) {
    if (((await hashFile(path.join(context, file))) ?? '') !== sha) return false;
  }
  return true;
}
