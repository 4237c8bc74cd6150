import { describe, expect, it } from 'vitest';
import { baselineKey, nodeModulesKey, sha256, type CacheKeyInput } from '../../src/cache/key.js';

const LOCKFILE = JSON.stringify({ name: 'app', lockfileVersion: 3, packages: { '': { name: 'app' } } }, null, 2);

const BASE: CacheKeyInput = {
  os: 'linux',
  arch: 'x64',
  libc: 'glibc',
  nodeVersion: 'v20.11.1',
  packageManager: 'npm',
  packageManagerVersion: '10.2.4',
  lockfile: Buffer.from(LOCKFILE),
  installCommand: 'npm ci',
  root: 'apps/backend',
};

// @actions/cache refuses keys holding a comma and keys of 512 characters or more
function expectAcceptedByActionsCache(key: string): void {
  expect(key).not.toContain(',');
  expect(key.length).toBeLessThan(512);
  expect(key).toMatch(/^[A-Za-z0-9._-]+$/);
}

describe('nodeModulesKey', () => {
  it('is the same for the same inputs, whether the lockfile comes as text or bytes', () => {
    const key = nodeModulesKey(BASE);
    expect(nodeModulesKey({ ...BASE, lockfile: Buffer.from(LOCKFILE) })).toBe(key);
    expect(nodeModulesKey({ ...BASE, lockfile: LOCKFILE })).toBe(key);
    expectAcceptedByActionsCache(key);
  });

  it('reads plainly in the cache list: platform, Node major and package manager up front', () => {
    expect(nodeModulesKey(BASE)).toMatch(/^adb-v1-node_modules-linux-x64-glibc-node20-npm10\.2\.4-[0-9a-f]{32}$/);
  });

  it.each([
    { name: 'another os', change: { os: 'darwin' } },
    { name: 'another arch', change: { arch: 'arm64' } },
    { name: 'another C library', change: { libc: 'musl' } },
    // native addons are built for one ABI, which changes with Node's major version
    { name: 'another Node major', change: { nodeVersion: 'v22.11.1' } },
    { name: 'another package manager', change: { packageManager: 'pnpm' } },
    { name: 'another package manager version', change: { packageManagerVersion: '10.2.5' } },
    { name: 'one byte more in the lockfile', change: { lockfile: Buffer.from(`${LOCKFILE}\n`) } },
    { name: 'another install command', change: { installCommand: 'npm ci --ignore-scripts' } },
    { name: 'another root', change: { root: 'apps/frontend' } },
    { name: 'the repository root', change: { root: '.' } },
  ])('changes with $name', ({ change }) => {
    const key = nodeModulesKey({ ...BASE, ...change });
    expect(key).not.toBe(nodeModulesKey(BASE));
    expectAcceptedByActionsCache(key);
  });

  // node_modules only depends on Node's ABI (NODE_MODULE_VERSION), which is fixed within a
  // major: a runner image moving from 20.11.1 to 20.18.0 must still hit the cache
  it.each([
    { name: 'a patch release', nodeVersion: 'v20.11.2' },
    { name: 'a minor release', nodeVersion: 'v20.18.0' },
    { name: 'no leading v', nodeVersion: '20.11.1' },
  ])('stays the same for $name of the same major', ({ nodeVersion }) => {
    expect(nodeModulesKey({ ...BASE, nodeVersion })).toBe(nodeModulesKey(BASE));
  });

  it('treats a Windows root like the same POSIX root', () => {
    expect(nodeModulesKey({ ...BASE, root: 'apps\\backend' })).toBe(nodeModulesKey(BASE));
  });

  it('does not let two fields run into each other', () => {
    const a = nodeModulesKey({ ...BASE, installCommand: 'npm ci', root: 'x/y' });
    const b = nodeModulesKey({ ...BASE, installCommand: 'npm cix', root: '/y' });
    expect(a).not.toBe(b);
  });

  it('stays short with long inputs', () => {
    const key = nodeModulesKey({ ...BASE, root: 'a/'.repeat(500), lockfile: 'x'.repeat(100_000), installCommand: 'npm ci, then more' });
    expectAcceptedByActionsCache(key);
  });
});

describe('baselineKey', () => {
  const DOCKERFILE = 'FROM node:20 AS build\nCOPY . .\nRUN npm ci && npm run build\n';
  const base = baselineKey(DOCKERFILE, LOCKFILE, 'linux', 'x64');

  it('is the same for the same inputs', () => {
    expect(baselineKey(Buffer.from(DOCKERFILE), Buffer.from(LOCKFILE), 'linux', 'x64')).toBe(base);
    expect(base).toMatch(/^adb-v1-baseline-linux-x64-[0-9a-f]{32}$/);
    expectAcceptedByActionsCache(base);
  });

  it.each([
    { name: 'another Dockerfile', key: () => baselineKey(`${DOCKERFILE}# comment\n`, LOCKFILE, 'linux', 'x64') },
    { name: 'another lockfile', key: () => baselineKey(DOCKERFILE, `${LOCKFILE} `, 'linux', 'x64') },
    { name: 'another os', key: () => baselineKey(DOCKERFILE, LOCKFILE, 'darwin', 'x64') },
    { name: 'another arch', key: () => baselineKey(DOCKERFILE, LOCKFILE, 'linux', 'arm64') },
    { name: 'the Dockerfile and lockfile swapped', key: () => baselineKey(LOCKFILE, DOCKERFILE, 'linux', 'x64') },
  ])('changes with $name', ({ key }) => {
    expect(key()).not.toBe(base);
    expectAcceptedByActionsCache(key());
  });
});

describe('sha256', () => {
  it('separates its parts, so ("ab", "c") and ("a", "bc") differ', () => {
    expect(sha256('ab', 'c')).not.toBe(sha256('a', 'bc'));
    expect(sha256('a', 'b')).toBe(sha256(Buffer.from('a'), 'b'));
  });
});
