import { existsSync, readFileSync } from 'node:fs';
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { SourceLocation, TargetConfig } from '../config/types.js';
import { defaultPruneCommand } from '../pm/commands.js';
import { detectPackageManager, type PackageJson } from '../pm/detect.js';
import { error, listSome, type Finding } from './types.js';

/**
 * After the prune step no devDependency may be left in a node_modules that goes into the image.
 * A dev dependency that a production package also needs (hoisted to the top level) is
 * legitimately there: npm's hidden lockfile says so directly (no `"dev": true`), otherwise the
 * production dependency tree is walked with Node's own resolution.
 */
export async function checkDevDependencies(target: TargetConfig): Promise<Finding[]> {
  if (target.allowDevDependencies) return [];
  const findings: Finding[] = [];
  for (const { packageDir, nodeModules } of shippedNodeModules(target)) {
    const pkg = await readJson<Manifest>(path.join(packageDir, 'package.json'));
    if (!pkg) continue;
    const left = await leftoverDevDependencies(packageDir, nodeModules, pkg);
    if (left.direct.length > 0) findings.push(finding(target, packageDir, nodeModules, left, pkg));
  }
  return findings;
}

interface Manifest extends PackageJson {
  peerDependencies?: Record<string, string>;
}

interface Leftovers {
  /** the package.json's devDependencies still installed */
  direct: string[];
  /** every dev-only package still installed, when npm's hidden lockfile tells */
  allDevOnly?: number;
}

/** node_modules directories among the artifacts, with the package.json they belong to. */
function shippedNodeModules(target: TargetConfig): { packageDir: string; nodeModules: string }[] {
  const found: { packageDir: string; nodeModules: string }[] = [];
  for (const artifact of target.artifacts) {
    const dir = path.join(target.context, artifact);
    if (path.basename(artifact) === 'node_modules') found.push({ packageDir: path.dirname(dir), nodeModules: dir });
    // e.g. a Next.js standalone output: its own package.json and node_modules
    else if (existsSync(path.join(dir, 'node_modules')) && existsSync(path.join(dir, 'package.json'))) {
      found.push({ packageDir: dir, nodeModules: path.join(dir, 'node_modules') });
    }
  }
  return found.filter((f) => existsSync(f.nodeModules));
}

async function leftoverDevDependencies(packageDir: string, nodeModules: string, pkg: Manifest): Promise<Leftovers> {
  const production = new Set([
    ...Object.keys(pkg.dependencies ?? {}),
    ...Object.keys(pkg.optionalDependencies ?? {}),
    ...Object.keys(pkg.peerDependencies ?? {}),
  ]);
  const devOnly = Object.keys(pkg.devDependencies ?? {}).filter((name) => !production.has(name));
  const installed = devOnly.filter((name) => existsSync(path.join(nodeModules, name, 'package.json')));
  if (installed.length === 0) return { direct: [] };
  const hidden = await readJson<HiddenLockfile>(path.join(nodeModules, '.package-lock.json'));
  const fromLockfile = hidden?.packages ? fromHiddenLockfile(hidden, nodeModules, installed) : undefined;
  const toWalk = fromLockfile ? fromLockfile.unknown : installed;
  const result: Leftovers = fromLockfile ? fromLockfile.known : { direct: [] };
  if (toWalk.length === 0) return result;
  const needed = await productionClosure(packageDir, [...production]);
  for (const name of toWalk) {
    if (!needed.has(await realpath(path.join(nodeModules, name)))) result.direct.push(name);
  }
  return result;
}

interface HiddenLockfile {
  packages?: Record<string, { dev?: boolean }>;
}

/** npm (7+) keeps node_modules/.package-lock.json in step with the tree; `dev: true` is dev-only. */
function fromHiddenLockfile(
  hidden: HiddenLockfile,
  nodeModules: string,
  installed: string[],
): { known: Leftovers; unknown: string[] } {
  const packages = hidden.packages ?? {};
  const direct = installed.filter((name) => packages[`node_modules/${name}`]?.dev === true);
  const root = path.dirname(nodeModules);
  const allDevOnly = Object.entries(packages).filter(
    ([key, meta]) => meta.dev === true && existsSync(path.join(root, key)),
  ).length;
  // a package the lockfile does not list was put there behind npm's back: walk for it
  const unknown = installed.filter((name) => !packages[`node_modules/${name}`]);
  return { known: { direct, allDevOnly }, unknown };
}

/**
 * The real paths of every package the production dependencies need, found the way Node finds
 * them (node_modules of the requiring package's real directory, then of each parent), which
 * also walks pnpm's symlinked layout correctly.
 */
async function productionClosure(packageDir: string, roots: string[]): Promise<Set<string>> {
  const needed = new Set<string>();
  const queue: { name: string; from: string }[] = roots.map((name) => ({ name, from: packageDir }));
  while (queue.length > 0) {
    const { name, from } = queue.shift()!;
    const found = resolvePackage(name, from);
    if (!found) continue; // optional or peer dependency that is not installed
    const real = await realpath(found);
    if (needed.has(real)) continue;
    needed.add(real);
    const manifest = await readJson<Manifest>(path.join(real, 'package.json'));
    for (const dep of Object.keys({
      ...manifest?.dependencies,
      ...manifest?.optionalDependencies,
      ...manifest?.peerDependencies,
    })) {
      queue.push({ name: dep, from: real });
    }
  }
  return needed;
}

function resolvePackage(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (path.basename(dir) !== 'node_modules') {
      const candidate = path.join(dir, 'node_modules', name);
      if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

function finding(
  target: TargetConfig,
  packageDir: string,
  nodeModules: string,
  left: Leftovers,
  pkg: Manifest,
): Finding {
  const where = path.relative(target.context, nodeModules).split(path.sep).join('/') || 'node_modules';
  const count = left.direct.length;
  const more =
    left.allDevOnly && left.allDevOnly > count
      ? ` (${left.allDevOnly} dev-only packages in all, counting what they pulled in)`
      : '';
  const message =
    `${where} still holds ${count} devDependenc${count === 1 ? 'y' : 'ies'} of ${path.join(packageDir, 'package.json')}: ${listSome(left.direct)}${more}. ` +
    `They would ship in the image. ${pruneAdvice(target, packageDir, pkg)} ` +
    `To ship them on purpose, set \`allow-dev-dependencies: true\` on target \`${target.name}\`.`;
  return error('dev-dependencies', message, target.locations.prune ?? devDependenciesLine(packageDir));
}

/** Where package.json lists devDependencies: the annotation points at what is being shipped. */
function devDependenciesLine(packageDir: string): SourceLocation {
  const file = path.join(packageDir, 'package.json');
  try {
    const lines = readFileSync(file, 'utf8').split('\n');
    const index = lines.findIndex((l) => l.includes('"devDependencies"'));
    return index < 0 ? { file } : { file, line: index + 1 };
  } catch {
    return { file };
  }
}

function pruneAdvice(target: TargetConfig, packageDir: string, pkg: Manifest): string {
  if (target.prune === false)
    return '`prune: false` keeps them: remove it so the default prune runs, or set a prune command.';
  if (target.prune)
    return `The prune command \`${target.prune}\` left them: make it remove dev dependencies from this node_modules.`;
  const command = defaultPrune(packageDir, pkg);
  return command
    ? `The default prune (\`${command}\`) left them: check that it ran in ${packageDir}, or set \`prune\` to a command that removes them.`
    : 'Set `prune` to the command that removes dev dependencies for your package manager.';
}

function defaultPrune(packageDir: string, pkg: Manifest): string | undefined {
  try {
    return defaultPruneCommand(detectPackageManager(packageDir, pkg, { file: path.join(packageDir, 'package.json') }));
  } catch {
    // no or several lockfiles: the install phase has complained about that already
    return undefined;
  }
}

async function readJson<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}
