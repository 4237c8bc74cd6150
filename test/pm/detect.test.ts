import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SourceLocation } from '../../src/config/types.js';
import { ConfigError } from '../../src/errors.js';
import { defaultInstallCommand, defaultPruneCommand } from '../../src/pm/commands.js';
import {
  detectPackageManager,
  parsePackageManagerField,
  readPackageJson,
  type PackageJson,
  type PackageManagerSpec,
} from '../../src/pm/detect.js';
import { registryPackage } from '../../src/pm/provide.js';

const WHERE: SourceLocation = { file: '/repo/artifact-build.yml', line: 4, column: 14 };

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'adb-pm-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes package.json (with the given packageManager field) and the named files into the context. */
async function context(files: readonly string[], packageManager?: string): Promise<PackageJson> {
  const pkg: PackageJson = { name: 'app', version: '1.0.0', ...(packageManager ? { packageManager } : {}) };
  await writeFile(path.join(dir, 'package.json'), JSON.stringify(pkg));
  for (const file of files) await writeFile(path.join(dir, file), '');
  return pkg;
}

function detectionError(pkg: PackageJson): ConfigError {
  try {
    detectPackageManager(dir, pkg, WHERE);
  } catch (error: unknown) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('detectPackageManager', () => {
  it.each([
    {
      name: 'npm from package-lock.json',
      files: ['package-lock.json'],
      field: undefined,
      expected: { name: 'npm', yarnBerry: false, lockfile: 'package-lock.json' },
    },
    {
      name: 'npm from npm-shrinkwrap.json',
      files: ['npm-shrinkwrap.json'],
      field: undefined,
      expected: { name: 'npm', yarnBerry: false, lockfile: 'npm-shrinkwrap.json' },
    },
    // npm reads the shrinkwrap and ignores package-lock.json; the cache key must hash what npm reads
    {
      name: 'npm with both lockfiles: the shrinkwrap wins',
      files: ['package-lock.json', 'npm-shrinkwrap.json'],
      field: undefined,
      expected: { name: 'npm', yarnBerry: false, lockfile: 'npm-shrinkwrap.json' },
    },
    {
      name: 'pnpm from pnpm-lock.yaml',
      files: ['pnpm-lock.yaml'],
      field: undefined,
      expected: { name: 'pnpm', yarnBerry: false, lockfile: 'pnpm-lock.yaml' },
    },
    {
      name: 'yarn classic from yarn.lock alone',
      files: ['yarn.lock'],
      field: undefined,
      expected: { name: 'yarn', yarnBerry: false, lockfile: 'yarn.lock' },
    },
    {
      name: 'yarn berry from .yarnrc.yml',
      files: ['yarn.lock', '.yarnrc.yml'],
      field: undefined,
      expected: { name: 'yarn', yarnBerry: true, lockfile: 'yarn.lock' },
    },
    {
      name: 'yarn berry from packageManager yarn@4',
      files: ['yarn.lock'],
      field: 'yarn@4.5.1',
      expected: { name: 'yarn', version: '4.5.1', yarnBerry: true, lockfile: 'yarn.lock' },
    },
    {
      name: 'yarn classic from packageManager yarn@1 despite .yarnrc.yml',
      files: ['yarn.lock', '.yarnrc.yml'],
      field: 'yarn@1.22.22',
      expected: { name: 'yarn', version: '1.22.22', yarnBerry: false, lockfile: 'yarn.lock' },
    },
    {
      name: 'bun from bun.lock',
      files: ['bun.lock'],
      field: undefined,
      expected: { name: 'bun', yarnBerry: false, lockfile: 'bun.lock' },
    },
    {
      name: 'bun from bun.lockb',
      files: ['bun.lockb'],
      field: undefined,
      expected: { name: 'bun', yarnBerry: false, lockfile: 'bun.lockb' },
    },
    {
      name: 'the packageManager field wins over a stale lockfile',
      files: ['package-lock.json', 'pnpm-lock.yaml'],
      field: 'pnpm@9.12.0+sha512.abc',
      expected: { name: 'pnpm', version: '9.12.0', yarnBerry: false, lockfile: 'pnpm-lock.yaml' },
    },
    {
      name: 'a packageManager field without a version',
      files: ['pnpm-lock.yaml'],
      field: 'pnpm',
      expected: { name: 'pnpm', yarnBerry: false, lockfile: 'pnpm-lock.yaml' },
    },
  ])('$name', async ({ files, field, expected }) => {
    const pkg = await context(files, field);
    const spec = detectPackageManager(dir, pkg, WHERE);
    expect(spec).toEqual({ ...expected, lockfile: path.join(dir, expected.lockfile) });
  });

  it.each([
    {
      name: 'packageManager names a manager whose lockfile is missing',
      files: ['package-lock.json'],
      field: 'pnpm@9.12.0',
      message: `no lockfile in {dir} (looked for pnpm-lock.yaml); commit the lockfile`,
      location: WHERE,
    },
    {
      name: 'several lockfiles without packageManager are named',
      files: ['package-lock.json', 'yarn.lock'],
      field: undefined,
      message: `several lockfiles in {dir} (package-lock.json, yarn.lock); delete the stale ones or set "packageManager" in package.json`,
      location: WHERE,
    },
    {
      name: 'no lockfile at all names every lockfile looked for',
      files: [],
      field: undefined,
      message: 'looked for npm-shrinkwrap.json, package-lock.json, pnpm-lock.yaml, yarn.lock, bun.lock, bun.lockb',
      location: WHERE,
    },
    {
      name: 'packageManager that is no package manager this action knows',
      files: ['package-lock.json'],
      field: 'deno@2.0.0',
      message: `package.json's packageManager "deno@2.0.0" is not one of npm, pnpm, yarn, bun`,
      location: undefined,
    },
  ])('$name', async ({ files, field, message, location }) => {
    const error = detectionError(await context(files, field));
    expect(error.message).toContain(message.replace('{dir}', dir));
    expect(error.location).toEqual(location ?? { file: path.join(dir, 'package.json') });
  });
});

describe('readPackageJson', () => {
  it('reads the context’s package.json', async () => {
    await context([], 'npm@10.2.4');
    expect(readPackageJson(dir, WHERE)).toEqual({ name: 'app', version: '1.0.0', packageManager: 'npm@10.2.4' });
  });

  it.each([
    {
      name: 'missing, pointing at the context in the config',
      content: undefined,
      message: `/repo/artifact-build.yml:4:14: no package.json in {dir}`,
    },
    {
      name: 'not JSON, pointing at the file',
      content: '{ "name": ',
      message: '{dir}/package.json: {dir}/package.json is not valid JSON',
    },
  ])('$name', async ({ content, message }) => {
    if (content !== undefined) await writeFile(path.join(dir, 'package.json'), content);
    expect(() => readPackageJson(dir, WHERE)).toThrow(message.replaceAll('{dir}', dir));
  });
});

describe('parsePackageManagerField', () => {
  it.each([
    { name: 'with a corepack hash', field: 'pnpm@9.12.0+sha512.abc', expected: { name: 'pnpm', version: '9.12.0' } },
    { name: 'plain', field: 'yarn@4.5.1', expected: { name: 'yarn', version: '4.5.1' } },
    { name: 'a prerelease', field: 'pnpm@10.0.0-rc.1', expected: { name: 'pnpm', version: '10.0.0-rc.1' } },
    { name: 'without a version', field: 'npm', expected: { name: 'npm' } },
    { name: 'surrounding spaces', field: ' bun@1.1.38 ', expected: { name: 'bun', version: '1.1.38' } },
    { name: 'a scoped name', field: '@yarnpkg/cli@4.0.0', expected: { name: '@yarnpkg/cli', version: '4.0.0' } },
  ])('$name: $field', ({ field, expected }) => {
    expect(parsePackageManagerField(field)).toEqual(expected);
  });
});

function spec(name: PackageManagerSpec['name'], yarnBerry = false): PackageManagerSpec {
  return { name, yarnBerry, lockfile: '/app/lock' };
}

describe('default commands', () => {
  it.each([
    { name: 'npm', pm: spec('npm'), install: 'npm ci', prune: 'npm prune --omit=dev' },
    { name: 'pnpm', pm: spec('pnpm'), install: 'pnpm install --frozen-lockfile', prune: 'pnpm prune --prod' },
    {
      name: 'yarn classic',
      pm: spec('yarn'),
      install: 'yarn install --frozen-lockfile',
      prune: 'yarn install --production --frozen-lockfile --ignore-scripts --prefer-offline',
    },
    {
      name: 'yarn berry',
      pm: spec('yarn', true),
      install: 'yarn install --immutable',
      prune: 'yarn workspaces focus --all --production',
    },
    {
      name: 'bun',
      pm: spec('bun'),
      install: 'bun install --frozen-lockfile',
      prune: 'rm -rf node_modules && bun install --production --frozen-lockfile',
    },
  ])('$name', ({ pm, install, prune }) => {
    expect(defaultInstallCommand(pm)).toBe(install);
    expect(defaultPruneCommand(pm)).toBe(prune);
  });
});

describe('registryPackage', () => {
  it.each([
    {
      name: 'npm',
      pm: spec('npm'),
      platform: 'linux',
      arch: 'x64',
      expected: { name: 'npm', entry: 'bin/npm-cli.js', native: false },
    },
    {
      name: 'pnpm',
      pm: spec('pnpm'),
      platform: 'linux',
      arch: 'x64',
      expected: { name: 'pnpm', entry: 'bin/pnpm.cjs', native: false },
    },
    {
      name: 'yarn classic',
      pm: spec('yarn'),
      platform: 'linux',
      arch: 'x64',
      expected: { name: 'yarn', entry: 'bin/yarn.js', native: false },
    },
    {
      name: 'yarn berry',
      pm: spec('yarn', true),
      platform: 'linux',
      arch: 'x64',
      expected: { name: '@yarnpkg/cli-dist', entry: 'bin/yarn.js', native: false },
    },
    {
      name: 'bun on linux x64',
      pm: spec('bun'),
      platform: 'linux',
      arch: 'x64',
      expected: { name: '@oven/bun-linux-x64', entry: 'bin/bun', native: true },
    },
    {
      name: 'bun on linux arm64 is aarch64',
      pm: spec('bun'),
      platform: 'linux',
      arch: 'arm64',
      expected: { name: '@oven/bun-linux-aarch64', entry: 'bin/bun', native: true },
    },
    {
      name: 'bun on macOS arm64',
      pm: spec('bun'),
      platform: 'darwin',
      arch: 'arm64',
      expected: { name: '@oven/bun-darwin-aarch64', entry: 'bin/bun', native: true },
    },
    {
      name: 'bun on Windows',
      pm: spec('bun'),
      platform: 'win32',
      arch: 'x64',
      expected: { name: '@oven/bun-windows-x64', entry: 'bin/bun', native: true },
    },
  ])('$name', ({ pm, platform, arch, expected }) => {
    expect(registryPackage(pm, platform, arch)).toEqual(expected);
  });
});
