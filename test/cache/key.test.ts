import { describe, expect, it } from 'vitest';
import {
  baselineKey,
  nextCacheKey,
  nextCachePrefix,
  nodeModulesKey,
  sha256,
  type BuildCacheKeyInput,
  type CacheKeyInput,
} from '../../src/cache/key.js';

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
  manifests: '[[".",{"dependencies":{"express":"^4.21.0"}}]]',
};

// @actions/cache refuses keys holding a comma and keys of 512 characters or more
function expectAcceptedByActionsCache(key: string): void {
  expect(key).not.toContain(',');
  expect(key.length).toBeLessThan(512);
  expect(key).toMatch(/^[A-Za-z0-9._-]+$/);
}

/** What both caches are keyed by: the kind of machine and the dependencies. */
const MACHINE_AND_LOCKFILE = [
  { name: 'another os', change: { os: 'darwin' } },
  { name: 'another arch', change: { arch: 'arm64' } },
  { name: 'another C library', change: { libc: 'musl' } },
  // native addons are built for one ABI, which changes with Node's major version
  { name: 'another Node major', change: { nodeVersion: 'v22.11.1' } },
  { name: 'another package manager', change: { packageManager: 'pnpm' } },
  { name: 'one byte more in the lockfile', change: { lockfile: Buffer.from(`${LOCKFILE}\n`) } },
];

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
    ...MACHINE_AND_LOCKFILE,
    { name: 'another package manager version', change: { packageManagerVersion: '10.2.5' } },
    { name: 'another install command', change: { installCommand: 'npm ci --ignore-scripts' } },
    { name: 'another root', change: { root: 'apps/frontend' } },
    // a dependency added to package.json without updating the lockfile must not hit the old tree
    {
      name: 'a dependency added to the manifest',
      change: { manifests: '[[".",{"dependencies":{"express":"^4.21.0","zod":"^3"}}]]' },
    },
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
    const key = nodeModulesKey({
      ...BASE,
      root: 'a/'.repeat(500),
      lockfile: 'x'.repeat(100_000),
      installCommand: 'npm ci, then more',
    });
    expectAcceptedByActionsCache(key);
  });
});

describe('nextCachePrefix and nextCacheKey', () => {
  const NEXT: BuildCacheKeyInput = {
    os: 'linux',
    arch: 'x64',
    libc: 'glibc',
    nodeVersion: 'v20.11.1',
    packageManager: 'npm',
    lockfile: Buffer.from(LOCKFILE),
    root: 'apps/frontend',
  };
  const SHA = 'd6cd1e2bd19e03a81132a23b2025920577f84e37';
  const prefix = nextCachePrefix(NEXT);

  it('reads plainly in the cache list, and the key is the prefix and the revision', () => {
    expect(prefix).toMatch(/^adb-v1-next-linux-x64-glibc-node20-npm-[0-9a-f]{32}-$/);
    expect(nextCacheKey(NEXT, SHA)).toBe(`${prefix}${SHA}`);
    expectAcceptedByActionsCache(nextCacheKey(NEXT, SHA));
  });

  it('is the same for the same inputs, whether the lockfile comes as text or bytes', () => {
    expect(nextCachePrefix({ ...NEXT, lockfile: LOCKFILE })).toBe(prefix);
  });

  it('never shares a prefix with node_modules, whose entries must not be restored by it', () => {
    const nodeModules = nodeModulesKey({ ...BASE, root: NEXT.root });
    expect(nodeModules.startsWith(prefix)).toBe(false);
  });

  it.each([
    ...MACHINE_AND_LOCKFILE,
    // two Next apps with the same lockfile must not warm-start from each other's cache
    { name: 'another app', change: { root: 'apps/docs' } },
    { name: 'the repository root', change: { root: '.' } },
  ])('the prefix changes with $name', ({ change }) => {
    const changed = nextCachePrefix({ ...NEXT, ...change });
    expect(changed).not.toBe(prefix);
    // neither may restore the other's entries through the prefix match
    expect(changed.startsWith(prefix) || prefix.startsWith(changed)).toBe(false);
    expectAcceptedByActionsCache(nextCacheKey({ ...NEXT, ...change }, SHA));
  });

  it.each([
    { name: 'a minor release of the same Node major', change: { nodeVersion: 'v20.18.0' } },
    { name: 'a Windows spelling of the same root', change: { root: 'apps\\frontend' } },
  ])('the prefix stays the same for $name', ({ change }) => {
    expect(nextCachePrefix({ ...NEXT, ...change })).toBe(prefix);
  });

  it.each([
    { name: 'another commit', revision: 'a'.repeat(40) },
    { name: 'a hash of the sources (no git)', revision: sha256('src/page.tsx', 'export default 1').slice(0, 40) },
  ])('the key changes with $name, the prefix it restores from does not', ({ revision }) => {
    const key = nextCacheKey(NEXT, revision);
    expect(key).not.toBe(nextCacheKey(NEXT, SHA));
    expect(key.startsWith(prefix)).toBe(true);
    expectAcceptedByActionsCache(key);
  });

  it('stays short with long inputs', () => {
    expectAcceptedByActionsCache(nextCacheKey({ ...NEXT, root: 'a/'.repeat(500), lockfile: 'x'.repeat(100_000) }, SHA));
  });
});

describe('baselineKey', () => {
  const DOCKERFILE = 'FROM node:20 AS build\nCOPY . .\nRUN npm ci && npm run build\n';
  const BUILDER = 'BuildKit (buildx 0.19.3)';
  const base = baselineKey(DOCKERFILE, LOCKFILE, 'linux', 'x64', BUILDER);

  it('is the same for the same inputs', () => {
    expect(baselineKey(Buffer.from(DOCKERFILE), Buffer.from(LOCKFILE), 'linux', 'x64', BUILDER)).toBe(base);
    expect(base).toMatch(/^adb-v1-baseline3-linux-x64-[0-9a-f]{32}$/);
    // the record's key is the prefix and a time stamp
    expectAcceptedByActionsCache(`${base}-20250312103000`);
  });

  it.each([
    {
      name: 'another Dockerfile',
      key: () => baselineKey(`${DOCKERFILE}# comment\n`, LOCKFILE, 'linux', 'x64', BUILDER),
    },
    { name: 'another lockfile', key: () => baselineKey(DOCKERFILE, `${LOCKFILE} `, 'linux', 'x64', BUILDER) },
    { name: 'another os', key: () => baselineKey(DOCKERFILE, LOCKFILE, 'darwin', 'x64', BUILDER) },
    { name: 'another arch', key: () => baselineKey(DOCKERFILE, LOCKFILE, 'linux', 'arm64', BUILDER) },
    {
      name: 'another builder',
      key: () => baselineKey(DOCKERFILE, LOCKFILE, 'linux', 'x64', 'the legacy builder (docker 28.2.2, no BuildKit)'),
    },
    {
      name: 'the Dockerfile and lockfile swapped',
      key: () => baselineKey(LOCKFILE, DOCKERFILE, 'linux', 'x64', BUILDER),
    },
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
