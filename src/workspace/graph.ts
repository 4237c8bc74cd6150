import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

/**
 * The workspace graph of a monorepo: its root, its local packages (name → directory) and which
 * local packages each one depends on. Read through a small file view so that it stays a pure
 * function of the files it is shown (tests pass a map, the glue the real file system).
 *
 * Workspaces are declared by package.json `workspaces` (npm, yarn, bun: a list of globs, or
 * yarn's `{ packages: [...] }`) or by pnpm-workspace.yaml `packages`. A `!glob` excludes.
 */

export interface FileView {
  /** the file's text, or undefined when it does not exist */
  readText(file: string): string | undefined;
  /** names of the subdirectories of dir; empty when dir does not exist */
  listDirs(dir: string): string[];
}

export interface WorkspacePackage {
  name: string;
  /** absolute directory */
  dir: string;
  /** every dependency name with its range, from dependencies, devDependencies, optional and peer */
  dependencies: Record<string, string>;
  /** names of the workspace's own packages among those dependencies */
  localDependencies: string[];
  /** those of them that ship with it (not only in devDependencies) */
  localProductionDependencies: string[];
}

export interface WorkspaceGraph {
  /** absolute directory holding the root package.json (and the shared lockfile) */
  root: string;
  /** where the package globs came from */
  declaredIn: 'package.json' | 'pnpm-workspace.yaml';
  patterns: string[];
  /** the root manifest's own dependencies (its build tools), as for a package */
  rootDependencies: Record<string, string>;
  /** the names of the root manifest's scripts (the install runs some of them) */
  rootScripts: string[];
  /** the local packages, by name */
  packages: Map<string, WorkspacePackage>;
}

interface Manifest {
  name?: unknown;
  workspaces?: unknown;
  dependencies?: unknown;
  devDependencies?: unknown;
  optionalDependencies?: unknown;
  peerDependencies?: unknown;
  scripts?: unknown;
}

const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'] as const;
type DependencyField = (typeof DEPENDENCY_FIELDS)[number];
/** what a package needs at run time: what ships with it */
const PRODUCTION_FIELDS: readonly DependencyField[] = ['dependencies', 'optionalDependencies', 'peerDependencies'];
/** never package directories, and far too large to walk */
const SKIPPED_DIRS = new Set(['node_modules', '.git']);
/** how deep a `**` glob looks below its fixed part */
const MAX_GLOB_DEPTH = 8;

function readManifest(view: FileView, dir: string): Manifest | undefined {
  const text = view.readText(path.join(dir, 'package.json'));
  if (text === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' ? (parsed as Manifest) : undefined;
  } catch {
    return undefined;
  }
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined;
}

/** The globs a directory declares as its workspace packages, if it is a workspace root. */
function declaredPatterns(
  view: FileView,
  dir: string,
): { patterns: string[]; declaredIn: WorkspaceGraph['declaredIn'] } | undefined {
  const pnpm = view.readText(path.join(dir, 'pnpm-workspace.yaml'));
  if (pnpm !== undefined) {
    let doc: unknown;
    try {
      doc = parseYaml(pnpm);
    } catch {
      doc = undefined;
    }
    const packages = doc && typeof doc === 'object' ? stringList((doc as { packages?: unknown }).packages) : undefined;
    return { patterns: packages ?? [], declaredIn: 'pnpm-workspace.yaml' };
  }
  const manifest = readManifest(view, dir);
  const field = manifest?.workspaces;
  const patterns =
    stringList(field) ??
    (field && typeof field === 'object' ? stringList((field as { packages?: unknown }).packages) : undefined);
  return patterns ? { patterns, declaredIn: 'package.json' } : undefined;
}

function segmentMatches(pattern: string, name: string): boolean {
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]');
  return new RegExp(`^${source}$`).test(name);
}

function segmentsMatch(pattern: string[], segments: string[]): boolean {
  if (pattern.length === 0) return segments.length === 0;
  const [head, ...rest] = pattern;
  // `**` takes any number of directories, none included (`apps/**` matches `apps` itself)
  if (head === '**')
    return segmentsMatch(rest, segments) || (segments.length > 0 && segmentsMatch(pattern, segments.slice(1)));
  return segments.length > 0 && segmentMatches(head!, segments[0]!) && segmentsMatch(rest, segments.slice(1));
}

/** Whether a workspace glob (`apps/*`, `packages/**`) takes in a relative posix directory. */
export function globMatches(glob: string, relative: string): boolean {
  const pattern = glob
    .replace(/^\.\//, '')
    .replace(/\/+$/, '')
    .split('/')
    .filter((s) => s !== '' && s !== '.');
  return segmentsMatch(pattern, relative.split('/').filter(Boolean));
}

/** Relative directories under root that the include globs match and no `!` glob excludes. */
function matchWorkspaceDirs(view: FileView, root: string, patterns: string[]): string[] {
  const include = patterns.filter((p) => !p.startsWith('!'));
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const depth = Math.max(
    0,
    ...patterns.map((p) => (p.includes('**') ? MAX_GLOB_DEPTH : p.replace(/^!/, '').split('/').length)),
  );
  const found: string[] = [];
  const walk = (relative: string, level: number): void => {
    if (level >= depth) return;
    for (const name of view.listDirs(path.join(root, relative)).sort()) {
      if (SKIPPED_DIRS.has(name) || name.startsWith('.')) continue;
      const child = relative ? `${relative}/${name}` : name;
      if (include.some((g) => globMatches(g, child)) && !exclude.some((g) => globMatches(g, child))) found.push(child);
      walk(child, level + 1);
    }
  };
  walk('', 0);
  return found;
}

/**
 * Whether a range taken by a workspace package's name links that package: `workspace:` and
 * plain ranges do (npm, yarn and bun prefer the local package); an `npm:` alias, a git or a
 * tarball URL fetch something else under the same name.
 */
function isLocalRange(range: string): boolean {
  if (range.startsWith('workspace:') || /^(?:file|link|portal):/.test(range)) return true;
  return !/^(?:npm:|git[+:]|https?:|github:|[\w-]+\/[\w.-]+(?:#.*)?$)/.test(range);
}

function dependenciesOf(
  manifest: Manifest,
  fields: readonly DependencyField[] = DEPENDENCY_FIELDS,
): Record<string, string> {
  const all: Record<string, string> = {};
  for (const field of fields) {
    const deps = manifest[field];
    if (!deps || typeof deps !== 'object') continue;
    for (const [name, range] of Object.entries(deps as Record<string, unknown>)) {
      if (typeof range === 'string' && !(name in all)) all[name] = range;
    }
  }
  return all;
}

/** The workspace graph rooted at `root`, or undefined when root declares no workspaces. */
export function readWorkspaceGraph(view: FileView, root: string): WorkspaceGraph | undefined {
  const declared = declaredPatterns(view, root);
  if (!declared) return undefined;
  const packages = new Map<string, WorkspacePackage>();
  const production = new Map<string, string[]>();
  for (const relative of matchWorkspaceDirs(view, root, declared.patterns)) {
    const dir = path.join(root, relative);
    const manifest = readManifest(view, dir);
    if (!manifest) continue;
    // an unnamed package cannot be depended on; it is still a member, known by its directory
    const name = typeof manifest.name === 'string' && manifest.name ? manifest.name : relative;
    if (!packages.has(name)) {
      packages.set(name, {
        name,
        dir,
        dependencies: dependenciesOf(manifest),
        localDependencies: [],
        localProductionDependencies: [],
      });
      production.set(name, Object.keys(dependenciesOf(manifest, PRODUCTION_FIELDS)));
    }
  }
  for (const pkg of packages.values()) {
    const local = (dep: string): boolean =>
      dep !== pkg.name && packages.has(dep) && isLocalRange(pkg.dependencies[dep]!);
    pkg.localDependencies = Object.keys(pkg.dependencies).filter(local).sort();
    pkg.localProductionDependencies = (production.get(pkg.name) ?? []).filter(local).sort();
  }
  const rootManifest = readManifest(view, root);
  return {
    root,
    declaredIn: declared.declaredIn,
    patterns: declared.patterns,
    rootDependencies: rootManifest ? dependenciesOf(rootManifest) : {},
    rootScripts:
      rootManifest?.scripts && typeof rootManifest.scripts === 'object' ? Object.keys(rootManifest.scripts).sort() : [],
    packages,
  };
}

/**
 * The workspace that a directory belongs to: the nearest ancestor (or the directory itself)
 * declaring workspaces whose globs take the directory in, or which is the directory. Undefined
 * for a standalone app.
 */
export function findWorkspace(view: FileView, dir: string, stopAt?: string): WorkspaceGraph | undefined {
  let current = path.resolve(dir);
  for (;;) {
    const graph = declaredPatterns(view, current) ? readWorkspaceGraph(view, current) : undefined;
    if (graph && (current === path.resolve(dir) || packageAt(graph, dir))) return graph;
    const parent = path.dirname(current);
    if (parent === current || (stopAt !== undefined && current === path.resolve(stopAt))) return undefined;
    current = parent;
  }
}

/** The local package whose directory is dir. */
export function packageAt(graph: WorkspaceGraph, dir: string): WorkspacePackage | undefined {
  const wanted = path.resolve(dir);
  for (const pkg of graph.packages.values()) if (pkg.dir === wanted) return pkg;
  return undefined;
}

/**
 * The local packages `name` depends on, directly or through other local packages; sorted by name.
 * `production` follows only what ships (not devDependencies), at every level.
 */
export function localDependencyClosure(
  graph: WorkspaceGraph,
  name: string,
  options: { production?: boolean } = {},
): WorkspacePackage[] {
  const seen = new Set<string>();
  const visit = (current: string): void => {
    const pkg = graph.packages.get(current);
    for (const dep of (options.production ? pkg?.localProductionDependencies : pkg?.localDependencies) ?? []) {
      if (seen.has(dep)) continue;
      seen.add(dep);
      visit(dep);
    }
  };
  visit(name);
  seen.delete(name);
  return [...seen].sort().map((n) => graph.packages.get(n)!);
}

/**
 * The order to build local packages in: each after the local packages it depends on (any kind
 * of dependency: a build needs its devDependencies built). A cycle is broken where it is met.
 */
export function buildOrder(graph: WorkspaceGraph, names: readonly string[]): WorkspacePackage[] {
  const wanted = new Set(names);
  const order: WorkspacePackage[] = [];
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    const pkg = graph.packages.get(name);
    if (!pkg) return;
    for (const dep of pkg.localDependencies) visit(dep);
    if (wanted.has(name)) order.push(pkg);
  };
  for (const name of [...names].sort()) visit(name);
  return order;
}

/** A view that reads each file and directory once: many targets share one workspace's files. */
export function cachedView(view: FileView): FileView {
  const texts = new Map<string, string | undefined>();
  const dirs = new Map<string, string[]>();
  return {
    readText(file) {
      if (!texts.has(file)) texts.set(file, view.readText(file));
      return texts.get(file);
    },
    listDirs(dir) {
      if (!dirs.has(dir)) dirs.set(dir, view.listDirs(dir));
      return dirs.get(dir)!;
    },
  };
}

/** The real file system as a FileView. */
export const diskView: FileView = {
  readText(file) {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  },
  listDirs(dir) {
    try {
      return readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name);
    } catch {
      return [];
    }
  },
};
