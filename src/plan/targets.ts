import path from 'node:path';
import type { Config, TargetConfig } from '../config/types.js';
import { LOCKFILES } from '../pm/detect.js';
import {
  findWorkspace,
  localDependencyClosure,
  packageAt,
  type FileView,
  type WorkspaceGraph,
} from '../workspace/graph.js';
import type { TargetInputs } from './affected.js';

/** Files beside a workspace's root lockfile that every install there reads. */
const INSTALL_FILES = ['package.json', 'pnpm-workspace.yaml', '.npmrc', '.yarnrc.yml', '.pnpmfile.cjs', 'bunfig.toml'];

/** A repository-relative posix path, or undefined for one outside the repository. */
function relative(repositoryRoot: string, file: string): string | undefined {
  const rel = path.relative(repositoryRoot, file).split(path.sep).join('/');
  if (rel === '') return '';
  return rel.startsWith('../') || rel === '..' || path.isAbsolute(rel) ? undefined : rel;
}

function lockfileIn(view: FileView, dir: string): string | undefined {
  return LOCKFILES.map((l) => path.join(dir, l.file)).find((file) => view.readText(file) !== undefined);
}

/** The Dockerfiles a target reads, with the per-Dockerfile ignore files BuildKit prefers. */
function dockerfiles(target: TargetConfig): string[] {
  const files = [target.dockerfile];
  if (target.baseline?.kind === 'dockerfile') files.push(target.baseline.dockerfile);
  return files.flatMap((f) => [f, `${f}.dockerignore`]);
}

/** What each target reads, as repository-relative paths: the planner's view of the config. */
export function describeTargets(config: Config, view: FileView, repositoryRoot: string): TargetInputs[] {
  const workspaces = new Map<string, WorkspaceGraph | undefined>();
  return config.targets.map((target) => {
    const rel = (file: string): string | undefined => relative(repositoryRoot, file);
    const inputs: TargetInputs = {
      name: target.name,
      context: rel(target.context) ?? '',
      files: dockerfiles(target)
        .map(rel)
        .filter((f): f is string => f !== undefined),
      localPackages: [],
      installFiles: [],
    };
    if (!workspaces.has(target.context))
      workspaces.set(target.context, findWorkspace(view, target.context, repositoryRoot));
    const graph = workspaces.get(target.context);
    const member = graph && packageAt(graph, target.context);
    if (graph && member) {
      const locals = localDependencyClosure(graph, member.name);
      inputs.localPackages = locals.flatMap((p) => {
        const dir = rel(p.dir);
        return dir === undefined ? [] : [{ name: p.name, dir }];
      });
      inputs.installFiles = INSTALL_FILES.map((f) => rel(path.join(graph.root, f))).filter(
        (f): f is string => f !== undefined,
      );
      const lockfile = lockfileIn(view, graph.root);
      const file = lockfile && rel(lockfile);
      if (file !== undefined && file) {
        const members = [member, ...locals].map((p) => path.relative(graph.root, p.dir).split(path.sep).join('/'));
        // the root's own dependencies (typescript and the other build tools monorepos keep
        // there) are installed for, and used by, every member's build
        inputs.lockfile = { file, members: ['', ...members] };
      }
    } else {
      const lockfile = lockfileIn(view, target.context);
      const file = lockfile && rel(lockfile);
      if (file) inputs.lockfile = { file, members: [''] };
    }
    return inputs;
  });
}

/** The member manifests' dependencies, which yarn v1 lockfiles do not record themselves. */
export function memberDependencies(view: FileView, lockfileDir: string): Map<string, Record<string, string>> {
  const members = new Map<string, Record<string, string>>();
  const graph = findWorkspace(view, lockfileDir);
  if (!graph) return members;
  members.set('', graph.rootDependencies);
  for (const pkg of graph.packages.values())
    members.set(path.relative(graph.root, pkg.dir).split(path.sep).join('/'), pkg.dependencies);
  return members;
}
