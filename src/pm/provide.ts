import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BuildError } from '../errors.js';
import type { Runner } from '../exec.js';
import type { Logger } from '../log.js';
import type { PackageManagerSpec } from './detect.js';

/**
 * The parts of @actions/tool-cache used here, so the CLI and tests can hand in the real module.
 * `find` is asynchronous because the module is loaded when a package manager is first looked up.
 */
export interface ToolCache {
  find(name: string, version: string): Promise<string>;
  downloadTool(url: string): Promise<string>;
  extractTar(file: string, dest?: string, flags?: string | string[]): Promise<string>;
  cacheDir(source: string, tool: string, version: string): Promise<string>;
}

export interface ProvidedPackageManager {
  version: string;
  /** a directory to put first on PATH for the install and build commands, when one was provided */
  binDir?: string;
}

export interface ProvideDeps {
  run: Runner;
  logger: Logger;
  toolCache: ToolCache;
  /** directory corepack may write its shims to */
  shimDir: string;
  registryUrl: string;
  platform: NodeJS.Platform;
  arch: string;
  libc: 'glibc' | 'musl';
  /** the `node` on PATH, as the run's start-up probe found it (src/machine.ts) */
  nodeVersion: string;
}

/**
 * Makes sure the package manager a project asks for can run, as actions/setup-node users expect
 * from `corepack enable`: the one on PATH when it fits, else corepack's shim (which honours the
 * packageManager field), else the package fetched once from the npm registry and kept in the
 * tool cache.
 */
export async function providePackageManager(
  pm: PackageManagerSpec,
  cwd: string,
  deps: ProvideDeps,
): Promise<ProvidedPackageManager> {
  const onPath = await versionOf(pm.name, cwd, deps.run);
  if (onPath && (!pm.version || onPath === pm.version)) return { version: onPath };
  if (pm.name === 'npm') {
    if (onPath) {
      deps.logger.warning(
        `package.json asks for npm ${pm.version}, the runner has npm ${onPath}; installing with npm ${onPath}`,
      );
      return { version: onPath };
    }
    throw new BuildError('npm is not on PATH; set up Node.js first (actions/setup-node)');
  }
  if (pm.name !== 'bun' && (await versionOf('corepack', cwd, deps.run))) {
    const enabled = await deps.run(['corepack', 'enable', '--install-directory', deps.shimDir, pm.name], {
      cwd,
      quiet: true,
      allowFailure: true,
    });
    const version = enabled.code === 0 ? await versionOf(path.join(deps.shimDir, pm.name), cwd, deps.run) : undefined;
    if (version) {
      deps.logger.info(`using ${pm.name} ${version} from corepack`);
      return { version, binDir: deps.shimDir };
    }
  }
  return fromToolCache(pm, cwd, deps);
}

async function versionOf(binary: string, cwd: string, run: Runner): Promise<string | undefined> {
  try {
    const result = await run([binary, '--version'], {
      cwd,
      quiet: true,
      allowFailure: true,
      // corepack must not stop to ask on a headless runner
      env: { COREPACK_ENABLE_DOWNLOAD_PROMPT: '0' },
    });
    const version = result.stdout.trim().split('\n').pop()?.trim();
    return result.code === 0 && version && /^\d+\.\d+/.test(version) ? version : undefined;
  } catch {
    return undefined;
  }
}

/** Where each package manager lives on the npm registry, and the file its shim runs. */
export function registryPackage(
  pm: PackageManagerSpec,
  platform: string,
  arch: string,
  libc: 'glibc' | 'musl' = 'glibc',
): { name: string; entry: string; native: boolean } {
  switch (pm.name) {
    case 'pnpm':
      return { name: 'pnpm', entry: 'bin/pnpm.cjs', native: false };
    case 'yarn':
      return pm.yarnBerry
        ? { name: '@yarnpkg/cli-dist', entry: 'bin/yarn.js', native: false }
        : { name: 'yarn', entry: 'bin/yarn.js', native: false };
    case 'bun':
      return {
        name: `@oven/bun-${platform === 'win32' ? 'windows' : platform}-${arch === 'arm64' ? 'aarch64' : arch}${libc === 'musl' ? '-musl' : ''}`,
        entry: 'bin/bun',
        native: true,
      };
    case 'npm':
      return { name: 'npm', entry: 'bin/npm-cli.js', native: false };
  }
}

async function fromToolCache(pm: PackageManagerSpec, cwd: string, deps: ProvideDeps): Promise<ProvidedPackageManager> {
  const pkg = registryPackage(pm, deps.platform, deps.arch, deps.libc);
  const version = pm.version ?? (await latestVersion(deps.registryUrl, pkg.name));
  const toolName = `adb-${pkg.name.replace(/[@/]/g, '-').replace(/^-/, '')}`;
  let dir = await deps.toolCache.find(toolName, version);
  if (!dir) {
    deps.logger.info(`fetching ${pkg.name}@${version} from the npm registry`);
    const tarball = await deps.toolCache.downloadTool(await tarballUrl(deps.registryUrl, pkg.name, version));
    const extracted = await deps.toolCache.extractTar(tarball, undefined, ['xz', '--strip-components=1']);
    await writeShim(extracted, pm.name, pkg.entry, pkg.native);
    dir = await deps.toolCache.cacheDir(extracted, toolName, version);
  }
  const binDir = path.join(dir, 'shim');
  const provided = await versionOf(path.join(binDir, pm.name), cwd, deps.run);
  if (!provided) throw new BuildError(await wontRun(pm, version, dir, binDir, cwd, deps));
  return { version: provided, binDir };
}

/**
 * Why a fetched package manager does not start, and the fix: most often a release newer than
 * the project (taken as the latest because package.json pins none) that needs a newer Node.
 */
async function wontRun(
  pm: PackageManagerSpec,
  version: string,
  dir: string,
  binDir: string,
  cwd: string,
  deps: ProvideDeps,
): Promise<string> {
  const tried = await deps.run([path.join(binDir, pm.name), '--version'], { cwd, quiet: true, allowFailure: true });
  const said = `${tried.stderr}\n${tried.stdout}`
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '');
  const engines = await readFile(path.join(dir, 'package.json'), 'utf8')
    .then((text) => (JSON.parse(text) as { engines?: { node?: string } }).engines?.node)
    .catch(() => undefined);
  const needs = engines ? `; it asks for Node ${engines}, this runner's \`node\` is ${deps.nodeVersion}` : '';
  const fix = pm.version
    ? `set up a Node it supports before this step (actions/setup-node), or pin another ${pm.name} in package.json's "packageManager"`
    : `package.json pins no ${pm.name}, so the latest was taken: pin the one your lockfile was written with in its "packageManager" field (e.g. "${pm.name}@<version>"), or set up a Node that ${pm.name} ${version} supports`;
  return `${pm.name} ${version} from the npm registry does not run on this runner${said ? ` (${said})` : ''}${needs}. Fix: ${fix}`;
}

async function writeShim(dir: string, name: string, entry: string, native: boolean): Promise<void> {
  await mkdir(path.join(dir, 'shim'), { recursive: true });
  const shim = path.join(dir, 'shim', name);
  const target = path.join('..', entry);
  const body = native
    ? `#!/bin/sh\nexec "$(dirname "$0")/${target}" "$@"\n`
    : `#!/bin/sh\nexec node "$(dirname "$0")/${target}" "$@"\n`;
  await writeFile(shim, body);
  await chmod(shim, 0o755);
  if (native) await chmod(path.join(dir, entry), 0o755);
}

async function registryJson(url: string): Promise<Record<string, unknown>> {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new BuildError(`the npm registry answered ${response.status} for ${url}`);
  return (await response.json()) as Record<string, unknown>;
}

async function latestVersion(registry: string, name: string): Promise<string> {
  const doc = await registryJson(`${registry.replace(/\/$/, '')}/${name.replace('/', '%2F')}/latest`);
  if (typeof doc.version !== 'string') throw new BuildError(`no latest version of ${name} on the npm registry`);
  return doc.version;
}

async function tarballUrl(registry: string, name: string, version: string): Promise<string> {
  const doc = await registryJson(`${registry.replace(/\/$/, '')}/${name.replace('/', '%2F')}/${version}`);
  const dist = doc.dist as { tarball?: unknown } | undefined;
  if (typeof dist?.tarball !== 'string') throw new BuildError(`${name}@${version} is not on the npm registry`);
  return dist.tarball;
}
