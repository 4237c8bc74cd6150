import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Config, TargetConfig } from '../config/types.js';
import { ConfigError, UsageError } from '../errors.js';
import { defaultInstallCommand, defaultPruneCommand } from '../pm/commands.js';
import {
  detectPackageManager,
  LOCKFILES,
  readPackageJson,
  type PackageJson,
  type PackageManagerSpec,
} from '../pm/detect.js';
import { nearest } from '../config/suggest.js';
import {
  diskView,
  findWorkspace,
  localDependencyClosure,
  packageAt,
  type WorkspaceGraph,
  type WorkspacePackage,
} from '../workspace/graph.js';

/** A target inside a workspace: installed once at the root, shipped with its own production tree. */
export interface WorkspacePlan {
  graph: WorkspaceGraph;
  /** the target's own package */
  member: WorkspacePackage;
  /** the local packages it depends on, any kind (built before it; part of its inputs) */
  local: WorkspacePackage[];
  /** those of them that ship in its production tree */
  shipped: WorkspacePackage[];
}

/** A target with everything decided that can be decided before running anything. */
export interface TargetPlan {
  target: TargetConfig;
  pkg: PackageJson;
  pm: PackageManagerSpec;
  installCommand: string;
  /** false: dev dependencies stay */
  pruneCommand: string | false;
  /** the repository-relative directory whose node_modules is cached */
  root: string;
  /** absolute directory the install runs in: the context, or its workspace root */
  installDir: string;
  workspace?: WorkspacePlan;
}

/** Picks the targets to run, in config order; a name that is not in the config is a usage error. */
export function selectTargets(config: Config, names: readonly string[]): TargetConfig[] {
  if (names.length === 0) return config.targets;
  const known = config.targets.map((t) => t.name);
  for (const name of names) {
    if (!known.includes(name)) {
      const guess = nearest(name, known);
      throw new UsageError(
        `no target "${name}" in ${config.file}${guess ? `; did you mean "${guess}"?` : ''} (targets: ${known.join(', ')})`,
      );
    }
  }
  return config.targets.filter((t) => names.includes(t.name));
}

export function planTarget(target: TargetConfig, repositoryRoot: string): TargetPlan {
  const where = target.locations.context ?? target.locations['']!;
  const pkg = readPackageJson(target.context, where);
  const workspace = hasLockfile(target.context) ? undefined : planWorkspace(target.context);
  const installDir = workspace?.graph.root ?? target.context;
  const pm = detectPackageManager(installDir, workspace ? readPackageJson(installDir, where) : pkg, where);
  const plan: TargetPlan = {
    target,
    pkg,
    pm,
    installCommand: target.install ?? defaultInstallCommand(pm),
    pruneCommand: target.prune === false ? false : (target.prune ?? defaultPruneCommand(pm)),
    root: path.relative(repositoryRoot, installDir) || '.',
    installDir,
  };
  if (workspace) {
    if (pm.yarnBerry) checkYarnLinker(installDir);
    plan.workspace = workspace;
  }
  return plan;
}

/**
 * Yarn 2+ installs Plug'n'Play by default: no node_modules, so nothing an app's production tree
 * (or a COPY-only image) could be made from.
 */
function checkYarnLinker(root: string): void {
  const file = path.join(root, '.yarnrc.yml');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const linker = /^nodeLinker:\s*["']?([\w-]+)/m.exec(text)?.[1];
  if (linker === 'node-modules' || linker === 'pnpm') return;
  throw new ConfigError(
    `the yarn workspace at ${root} installs with Plug'n'Play (${linker ? `nodeLinker: ${linker}` : 'no nodeLinker'} in .yarnrc.yml), which writes no node_modules for an image to copy; add \`nodeLinker: node-modules\` to .yarnrc.yml`,
    { file },
  );
}

function hasLockfile(dir: string): boolean {
  return LOCKFILES.some((l) => existsSync(path.join(dir, l.file)));
}

/**
 * The workspace a context without a lockfile of its own belongs to: its root holds the one
 * lockfile. A context that is the root itself is planned as a standalone app.
 */
function planWorkspace(context: string): WorkspacePlan | undefined {
  const graph = findWorkspace(diskView, context);
  if (!graph || graph.root === path.resolve(context)) return undefined;
  const member = packageAt(graph, context);
  if (!member) return undefined;
  return {
    graph,
    member,
    local: localDependencyClosure(graph, member.name),
    shipped: localDependencyClosure(graph, member.name, { production: true }),
  };
}

/** The `tags` and `labels` inputs (docker/metadata-action's output) describe one image: they fit one target only. */
export function checkSingleTargetInputs(
  targets: readonly TargetConfig[],
  inputs: { tags?: readonly string[]; labels?: Readonly<Record<string, string>> },
): void {
  if (targets.length <= 1) return;
  const given = [
    inputs.tags && inputs.tags.length > 0 ? 'tags' : undefined,
    inputs.labels && Object.keys(inputs.labels).length > 0 ? 'labels' : undefined,
  ].filter(Boolean);
  if (given.length === 0) return;
  throw new ConfigError(
    `the ${given.map((g) => `\`${g}\``).join(' and ')} input${given.length > 1 ? 's describe' : ' describes'} one image but ${targets.length} targets run (${targets.map((t) => t.name).join(', ')}); set tags per target in the config, or select one target with \`targets\``,
  );
}
