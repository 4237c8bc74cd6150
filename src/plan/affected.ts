import { isInside } from '../paths.js';
import { changedEntries, closureOf, type LockGraph } from './lockfile.js';

/**
 * Which targets a change affects: a pure function of the targets' inputs (described once from
 * the config and the workspace graph), the changed files, the config's change and the lockfiles
 * before and after. Git only supplies those facts (see ./git.ts).
 *
 * A target is affected by a changed file in its context, in a local workspace package it
 * depends on (transitively), its Dockerfile or baseline Dockerfile, a file every install from
 * its lockfile reads (root package.json, pnpm-workspace.yaml, .npmrc, .yarnrc.yml), an entry of
 * its shared lockfile inside its own dependency closure, its entry in the config, and the
 * config's top level (registry, engine, ...), which every target reads.
 */

export interface TargetInputs {
  name: string;
  /** repository-relative posix directory; '' for the repository root */
  context: string;
  /** repository-relative files outside the usual rules: Dockerfiles and their ignore files */
  files: string[];
  /** the local workspace packages it depends on, directly or not */
  localPackages: { name: string; dir: string }[];
  /** the lockfile it installs from, when that lies outside its context */
  lockfile?: {
    file: string;
    /** members (directories relative to the lockfile's) whose dependency closure the target uses */
    members: string[];
  };
  /** files outside the context that every install of its workspace reads */
  installFiles: string[];
}

export interface ConfigChange {
  /** repository-relative path of the config file */
  file: string;
  /** there was no config at the base: everything is new */
  added: boolean;
  topLevel: boolean;
  /** names of targets whose entry changed, appeared or is new */
  targets: string[];
}

export interface LockfileChange {
  /** undefined when the file did not exist or could not be read as a graph */
  before?: LockGraph;
  after?: LockGraph;
}

export interface Changes {
  /** repository-relative posix paths changed between the base and HEAD */
  files: string[];
  config: ConfigChange;
  /** the changed lockfiles, by repository-relative path */
  lockfiles: Map<string, LockfileChange>;
}

export interface PlannedTarget {
  name: string;
  /** why it is in the plan, one short line each */
  reasons: string[];
}

export interface Plan {
  targets: PlannedTarget[];
  /** the targets left out: nothing they use changed */
  unaffected: string[];
}

/** Every target, for one reason: when there is no base to compare with. */
export function planAll(targets: TargetInputs[], reason: string): Plan {
  return { targets: targets.map((t) => ({ name: t.name, reasons: [reason] })), unaffected: [] };
}

/** "a", "a and b", "a, b and 3 more" */
function some(items: string[], shown = 2): string {
  if (items.length <= shown) return items.join(' and ');
  return `${items.slice(0, shown).join(', ')} and ${items.length - shown} more`;
}

export function planAffected(targets: TargetInputs[], changes: Changes): Plan {
  if (changes.config.added) return planAll(targets, `${changes.config.file} is new`);
  const plan: Plan = { targets: [], unaffected: [] };
  // the config file is judged by what changed in it, not as a file of a context it may sit in
  const files = changes.files.filter((f) => f !== changes.config.file);
  for (const target of targets) {
    const reasons: string[] = [];
    if (changes.config.topLevel) reasons.push(`the top level of ${changes.config.file} changed`);
    if (changes.config.targets.includes(target.name)) reasons.push(`its entry in ${changes.config.file} changed`);
    const inContext = files.filter((f) => isInside(f, target.context));
    if (inContext.length > 0) reasons.push(`${some(inContext)} changed in its context`);
    const own = files.filter((f) => target.files.includes(f) && !isInside(f, target.context));
    if (own.length > 0) reasons.push(`${some(own)} changed`);
    for (const pkg of target.localPackages) {
      const inPackage = files.filter((f) => isInside(f, pkg.dir));
      if (inPackage.length > 0) reasons.push(`local package ${pkg.name} changed: ${some(inPackage)}`);
    }
    const install = files.filter((f) => target.installFiles.includes(f));
    if (install.length > 0) reasons.push(`${some(install)} changed (read by every install of its workspace)`);
    const lock = target.lockfile;
    const lockChange = lock && !isInside(lock.file, target.context) ? changes.lockfiles.get(lock.file) : undefined;
    if (lock && lockChange) {
      const reason = lockfileReason(lock.file, lock.members, lockChange);
      if (reason) reasons.push(reason);
    }
    if (reasons.length > 0) plan.targets.push({ name: target.name, reasons });
    else plan.unaffected.push(target.name);
  }
  return plan;
}

function lockfileReason(file: string, members: string[], change: LockfileChange): string | undefined {
  const { before, after } = change;
  if (!before || !after) return `${file} changed (read as a whole: no entry-level comparison for it)`;
  const changed = changedEntries(before, after);
  // entries it used before count as much as the ones it uses now: a removed dependency changes it too
  const closure = new Set([...closureOf(before, members), ...closureOf(after, members)]);
  const hits = [...changed].filter((key) => closure.has(key)).sort();
  if (hits.length === 0) return undefined;
  return `${hits.length} ${hits.length === 1 ? 'entry' : 'entries'} of its dependency closure changed in ${file}: ${some(hits.map(displayKey), 3)}`;
}

/** The lockfile key as a reader finds it in the file: without the prefixes the graph adds. */
function displayKey(key: string): string {
  return key.replace(/^(pkg|snap|importer|member):/, '');
}

/** `{"include":[{"target":"api"}]}`: what a job matrix reads. */
export interface Matrix {
  include: { target: string }[];
}

export function matrixOf(plan: Plan): Matrix {
  return { include: plan.targets.map((t) => ({ target: t.name })) };
}
