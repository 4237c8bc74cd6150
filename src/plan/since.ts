import path from 'node:path';
import type { Config } from '../config/types.js';
import type { Runner } from '../exec.js';
import { cachedView, diskView, type FileView } from '../workspace/graph.js';
import { planAffected, planAll, type LockfileChange, type Plan, type TargetInputs } from './affected.js';
import { diffConfig } from './config-diff.js';
import { changedFiles, fileAt, repositoryRoot } from './git.js';
import { parseLockfile } from './lockfile.js';
import { describeTargets, memberDependencies } from './targets.js';

export interface PlanResult extends Plan {
  /** the commit compared with; undefined when every target was planned without one */
  base?: string;
  /** how many files changed since base */
  changedFiles?: number;
}

/**
 * The glue between git and the pure planner: what changed since `since` (undefined: plan every
 * target, for `allReason`), read at both commits, then planAffected.
 */
export async function planSince(
  run: Runner,
  config: Config,
  since: string | undefined,
  allReason = 'no base commit to compare with',
  disk: FileView = diskView,
): Promise<PlanResult> {
  const view = cachedView(disk);
  const root = await repositoryRoot(run, config.dir).catch(() => undefined);
  const targets = describeTargets(config, view, root ?? config.dir);
  if (since === undefined) return planAll(targets, allReason);
  if (root === undefined) return planAll(targets, `${config.dir} is not in a git repository`);
  const changes = await changedFiles(run, root, since);
  const configFile = path.relative(root, config.file).split(path.sep).join('/');
  const head = (file: string): Promise<string | undefined> => fileAt(run, root, 'HEAD', file);
  const base = (file: string): Promise<string | undefined> => fileAt(run, root, changes.base, file);
  const configChange = diffConfig(configFile, await base(configFile), (await head(configFile)) ?? '');
  const lockfiles = new Map<string, LockfileChange>();
  for (const file of lockfilesToRead(targets, changes.files)) {
    const members = memberDependencies(view, path.join(root, path.dirname(file)));
    const [before, after] = await Promise.all([base(file), head(file)]);
    const change: LockfileChange = {};
    const beforeGraph = before === undefined ? undefined : parseLockfile(file, before, members);
    const afterGraph = after === undefined ? undefined : parseLockfile(file, after, members);
    if (beforeGraph) change.before = beforeGraph;
    if (afterGraph) change.after = afterGraph;
    lockfiles.set(file, change);
  }
  return {
    ...planAffected(targets, { files: changes.files, config: configChange, lockfiles }),
    base: changes.base,
    changedFiles: changes.files.length,
  };
}

/** The changed lockfiles some target installs from: only those are worth reading twice. */
function lockfilesToRead(targets: TargetInputs[], files: string[]): string[] {
  const changed = new Set(files);
  return [...new Set(targets.flatMap((t) => (t.lockfile && changed.has(t.lockfile.file) ? [t.lockfile.file] : [])))];
}

/** Lines for a person: what was compared, then each target with its reasons, then those left out. */
export function describePlan(plan: PlanResult): string[] {
  const lines: string[] = [];
  if (plan.base)
    lines.push(
      `compared with ${plan.base.slice(0, 12)}: ${plan.changedFiles ?? 0} changed ${plan.changedFiles === 1 ? 'file' : 'files'}`,
    );
  if (plan.targets.length === 0) lines.push('nothing to build: no target uses a changed file');
  for (const t of plan.targets) lines.push(`${t.name}: ${t.reasons.join('; ')}`);
  if (plan.unaffected.length > 0) lines.push(`unaffected: ${plan.unaffected.join(', ')}`);
  return lines;
}
