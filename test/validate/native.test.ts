import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkNativeAddons,
  ownerPackage,
  platformOfName,
  runtimeAddons,
  targetPlatforms,
} from '../../src/validate/native.js';
import { readArtifactTree } from '../../src/validate/tree.js';
import type { ValidationFacts } from '../../src/validate/types.js';
import { fakeElf, fakeMachO } from './elf.js';
import { FACTS, appTree, facts, installPackage, type AppTree } from './support.js';

async function check(app: AppTree, f: ValidationFacts = FACTS) {
  return checkNativeAddons(app.target, await readArtifactTree(app.target.context, app.target.artifacts), f);
}

const X64_GLIBC = fakeElf({ arch: 'x64', libc: 'glibc', glibcVersion: '2.17', api: 'napi' });
const X64_MUSL = fakeElf({ arch: 'x64', libc: 'musl', api: 'napi' });
const ARM64_GLIBC = fakeElf({ arch: 'arm64', libc: 'glibc', glibcVersion: '2.17', api: 'napi' });

/** A platform package as npm installs it: package.json with os/cpu/libc and its binary. */
function platformPackage(
  app: AppTree,
  name: string,
  fields: { os: string[]; cpu: string[]; libc?: string[] },
  binary?: { file: string; bytes: Buffer },
): void {
  installPackage(app, name, '1.0.0', fields);
  if (binary) app.write(`node_modules/${name}/${binary.file}`, binary.bytes);
}

const sharp = (app: AppTree, libc: 'glibc' | 'musl', cpu = 'x64'): void =>
  platformPackage(
    app,
    `@img/sharp-${libc === 'musl' ? 'linuxmusl' : 'linux'}-${cpu}`,
    { os: ['linux'], cpu: [cpu], libc: [libc] },
    {
      file: `lib/sharp-${libc === 'musl' ? 'linuxmusl' : 'linux'}-${cpu}.node`,
      bytes: fakeElf({ arch: cpu === 'arm64' ? 'arm64' : 'x64', libc, api: 'napi' }),
    },
  );

describe('checkNativeAddons', () => {
  it.each([
    { name: 'no native code', setup: () => {} },
    {
      name: 'an x64 glibc addon on a glibc image',
      setup: (app: AppTree) => app.write('node_modules/bcrypt/build/Release/bcrypt.node', X64_GLIBC),
    },
    { name: "sharp's glibc package on a glibc image", setup: (app: AppTree) => sharp(app, 'glibc') },
    {
      name: 'sharp installed for both C libraries, on a musl image',
      setup: (app: AppTree) => {
        sharp(app, 'glibc');
        sharp(app, 'musl');
      },
      facts: facts({ libc: 'musl', glibcVersion: undefined }),
    },
    {
      name: 'prebuilds for several platforms in one package',
      setup: (app: AppTree) => {
        app.write('node_modules/bufferutil/package.json', '{"name":"bufferutil"}');
        app.write('node_modules/bufferutil/prebuilds/linux-x64/node.napi.node', X64_GLIBC);
        app.write('node_modules/bufferutil/prebuilds/darwin-arm64/node.napi.node', fakeMachO());
      },
    },
    {
      name: 'Prisma engines for the runner and for the musl image',
      setup: (app: AppTree) => {
        app.write('node_modules/.prisma/client/libquery_engine-debian-openssl-3.0.x.so.node', X64_GLIBC);
        app.write('node_modules/.prisma/client/libquery_engine-linux-musl-openssl-3.0.x.so.node', X64_MUSL);
      },
      facts: facts({ libc: 'musl', glibcVersion: undefined }),
    },
    {
      name: 'a package with an OS word but no CPU is no platform package',
      setup: (app: AppTree) => installPackage(app, 'is-darwin'),
    },
    {
      name: 'a statically linked binary runs on either C library',
      setup: (app: AppTree) =>
        platformPackage(
          app,
          '@esbuild/linux-x64',
          { os: ['linux'], cpu: ['x64'] },
          { file: 'bin/esbuild', bytes: fakeElf({ arch: 'x64' }) },
        ),
      facts: facts({ libc: 'musl' }),
    },
  ])('passes: $name', async ({ setup, facts: f }) => {
    const app = appTree();
    setup(app);
    expect((await check(app, f)).findings).toEqual([]);
  });

  it.each([
    {
      name: 'an arm64 .node file for linux/amd64',
      setup: (app: AppTree) => app.write('node_modules/bcrypt/build/Release/bcrypt.node', ARM64_GLIBC),
      file: 'node_modules/bcrypt/build/Release/bcrypt.node',
      says: [
        'native package bcrypt is built for linux-arm64-glibc, which does not run on linux/amd64 with glibc 2.36 (base image local/node:20-slim)',
        'build on a runner with x64 CPUs',
      ],
    },
    {
      name: 'a musl .node file on a glibc image',
      setup: (app: AppTree) => app.write('node_modules/bcrypt/build/Release/bcrypt.node', X64_MUSL),
      file: 'node_modules/bcrypt/build/Release/bcrypt.node',
      says: ['built for linux-x64-musl', 'Install on a glibc runner'],
    },
    {
      name: "sharp's musl package on a glibc image",
      setup: (app: AppTree) => sharp(app, 'musl'),
      file: 'node_modules/@img/sharp-linuxmusl-x64/package.json',
      says: [
        'native package @img/sharp-* is built for linux-x64-musl',
        '`npm install --os=linux --cpu=x64 --libc=glibc`',
        "pnpm's `supportedArchitectures`",
      ],
    },
    {
      name: "sharp's glibc package on an Alpine image",
      setup: (app: AppTree) => sharp(app, 'glibc'),
      facts: facts({ image: 'node:20-alpine', libc: 'musl', glibcVersion: undefined }),
      file: 'node_modules/@img/sharp-linux-x64/package.json',
      says: [
        'does not run on linux/amd64 with musl (base image node:20-alpine)',
        'Use a glibc base image',
        '--libc=musl',
      ],
    },
    {
      name: 'a Prisma engine for Debian only, on an Alpine image',
      setup: (app: AppTree) =>
        app.write('node_modules/.prisma/client/libquery_engine-debian-openssl-3.0.x.so.node', X64_GLIBC),
      facts: facts({ image: 'node:20-alpine', libc: 'musl', glibcVersion: undefined }),
      file: 'node_modules/.prisma/client/libquery_engine-debian-openssl-3.0.x.so.node',
      says: [
        'Prisma engines in node_modules/.prisma/client is built for linux-x64-glibc',
        'binaryTargets = ["native", "linux-musl-openssl-3.0.x"]',
      ],
    },
    {
      name: 'an addon needing a newer glibc than the image has',
      setup: (app: AppTree) =>
        app.write(
          'node_modules/canvas/build/Release/canvas.node',
          fakeElf({ arch: 'x64', libc: 'glibc', glibcVersion: '2.38', api: 'napi' }),
        ),
      file: 'node_modules/canvas/build/Release/canvas.node',
      says: [
        'native package canvas (node_modules/canvas/build/Release/canvas.node) needs glibc 2.38, but the image has 2.36',
        'ubuntu-22.04',
      ],
    },
    {
      name: 'a macOS addon copied from a laptop',
      setup: (app: AppTree) => app.write('node_modules/fsevents-like/build/Release/x.node', fakeMachO()),
      file: 'node_modules/fsevents-like/build/Release/x.node',
      says: ['built for darwin-arm64', 'node_modules was installed on linux'],
    },
    {
      name: "the app's own addon in dist",
      setup: (app: AppTree) => app.write('dist/native/addon.node', ARM64_GLIBC),
      file: 'dist/native/addon.node',
      says: ['native package dist/native/addon.node is built for linux-arm64-glibc'],
    },
  ])('refuses $name, naming the package', async ({ setup, facts: f, file, says }) => {
    const app = appTree();
    setup(app);
    const { findings } = await check(app, f);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      check: 'native-addons',
      severity: 'error',
      location: { file: path.join(app.dir, file) },
    });
    for (const text of says) expect(findings[0]!.message).toContain(text);
  });

  it('checks every platform of a multi-platform image', async () => {
    const app = appTree({ platforms: ['linux/amd64', 'linux/arm64'] });
    sharp(app, 'glibc');
    const { findings } = await check(app);
    expect(findings.map((f) => f.severity)).toEqual(['error']);
    expect(findings[0]!.message).toContain('does not run on linux/arm64');
    expect(findings[0]!.message).toContain('`npm install --os=linux --cpu=arm64 --libc=glibc`');
  });

  it('passes a multi-platform image when both platforms are installed', async () => {
    const app = appTree({ platforms: ['linux/amd64', 'linux/arm64/v8'] });
    sharp(app, 'glibc');
    sharp(app, 'glibc', 'arm64');
    expect((await check(app)).findings).toEqual([]);
  });

  it.each([
    {
      name: '@next/swc for musl on a glibc image',
      pkg: '@next/swc-linux-x64-musl',
      fields: { os: ['linux'], cpu: ['x64'], libc: ['musl'] },
      binary: X64_MUSL,
      says: 'next.config.ts',
    },
    {
      name: '@esbuild for arm64 on amd64',
      pkg: '@esbuild/linux-arm64',
      fields: { os: ['linux'], cpu: ['arm64'] },
      binary: fakeElf({ arch: 'arm64' }),
      says: 'only needed while building',
    },
    {
      name: '@rollup for musl on a glibc image',
      pkg: '@rollup/rollup-linux-x64-musl',
      fields: { os: ['linux'], cpu: ['x64'], libc: ['musl'] },
      binary: X64_MUSL,
      says: 'only needed while building',
    },
  ])('only warns about build-time packages: $name', async ({ pkg, fields, binary, says }) => {
    const app = appTree();
    platformPackage(app, pkg, fields, { file: 'native.node', bytes: binary });
    const { findings, families } = await check(app);
    expect(findings).toMatchObject([
      {
        check: 'native-addons',
        severity: 'warning',
        location: { file: path.join(app.dir, 'node_modules', pkg, 'package.json') },
      },
    ]);
    expect(findings[0]!.message).toContain(says);
    expect(runtimeAddons(families)).toEqual([]);
  });

  it('warns that nothing was checked against an unknown C library', async () => {
    const app = appTree();
    sharp(app, 'glibc');
    const { findings } = await check(app, facts({ libc: 'unknown', glibcVersion: undefined }));
    expect(findings).toMatchObject([{ check: 'native-addons', severity: 'warning' }]);
    expect(findings[0]!.message).toContain('Could not tell which C library the base image local/node:20-slim uses');
    expect(findings[0]!.message).toContain('@img/sharp-*');
  });

  it('lists the runtime addons with their binding for the Node version check', async () => {
    const app = appTree();
    sharp(app, 'glibc');
    app.write('node_modules/bcrypt/build/Release/bcrypt.node', fakeElf({ arch: 'x64', libc: 'glibc', api: 'v8' }));
    const { families } = await check(app);
    expect(runtimeAddons(families)).toEqual([
      { name: '@img/sharp-*', nodeApi: 'napi' },
      { name: 'bcrypt', nodeApi: 'v8' },
    ]);
  });
});

describe('names and platforms', () => {
  it.each([
    { name: '@img/sharp-linuxmusl-x64', expected: { family: '@img/sharp-', os: 'linux', arch: 'x64', libc: 'musl' } },
    { name: '@img/sharp-libvips-linux-arm64', expected: { family: '@img/sharp-libvips-', os: 'linux', arch: 'arm64' } },
    { name: '@next/swc-linux-x64-gnu', expected: { family: '@next/swc-', os: 'linux', arch: 'x64', libc: 'glibc' } },
    {
      name: '@swc/core-linux-arm64-musl',
      expected: { family: '@swc/core-', os: 'linux', arch: 'arm64', libc: 'musl' },
    },
    { name: '@esbuild/linux-x64', expected: { family: '@esbuild/', os: 'linux', arch: 'x64' } },
    { name: '@rollup/rollup-darwin-arm64', expected: { family: '@rollup/rollup-', os: 'darwin', arch: 'arm64' } },
    {
      name: 'lightningcss-linux-arm-gnueabihf',
      expected: { family: 'lightningcss-', os: 'linux', arch: 'arm', libc: 'glibc' },
    },
    { name: '@swc/core-win32-x64-msvc', expected: { family: '@swc/core-', os: 'win32', arch: 'x64' } },
    { name: 'turbo-linux-64', expected: { family: 'turbo-', os: 'linux', arch: 'x64' } },
    { name: 'ms', expected: undefined },
    { name: 'foo-constructor-toString', expected: undefined },
    { name: 'node-gyp-build', expected: undefined },
  ])('platformOfName: $name', ({ name, expected }) => {
    expect(platformOfName(name)).toEqual(expected);
  });

  it.each([
    { name: 'top level', rel: 'node_modules/ms/index.js', expected: { name: 'ms', dir: 'node_modules/ms' } },
    {
      name: 'scoped',
      rel: 'node_modules/@img/sharp-linux-x64/lib/x.node',
      expected: { name: '@img/sharp-linux-x64', dir: 'node_modules/@img/sharp-linux-x64' },
    },
    {
      name: 'nested',
      rel: 'node_modules/a/node_modules/b/x.node',
      expected: { name: 'b', dir: 'node_modules/a/node_modules/b' },
    },
    {
      name: "Prisma's generated client",
      rel: 'node_modules/.prisma/client/libquery_engine.so.node',
      expected: { name: '.prisma/client', dir: 'node_modules/.prisma/client' },
    },
    {
      name: 'pnpm store',
      rel: 'node_modules/.pnpm/ms@2.1.3/node_modules/ms/index.js',
      expected: { name: 'ms', dir: 'node_modules/.pnpm/ms@2.1.3/node_modules/ms' },
    },
    { name: 'outside node_modules', rel: 'dist/addon.node', expected: undefined },
    { name: 'node_modules itself', rel: 'node_modules', expected: undefined },
  ])('ownerPackage: $name', ({ rel, expected }) => {
    expect(ownerPackage(rel)).toEqual(expected);
  });

  it.each([
    {
      name: 'none: the runner',
      platforms: [],
      arch: 'arm64',
      expected: [{ platform: 'linux/arm64', os: 'linux', arch: 'arm64' }],
    },
    {
      name: 'amd64 and arm64/v8',
      platforms: ['linux/amd64', 'linux/arm64/v8'],
      arch: 'x64',
      expected: [
        { platform: 'linux/amd64', os: 'linux', arch: 'x64' },
        { platform: 'linux/arm64/v8', os: 'linux', arch: 'arm64' },
      ],
    },
    {
      name: 'arm/v7 and 386',
      platforms: ['linux/arm/v7', 'linux/386'],
      arch: 'x64',
      expected: [
        { platform: 'linux/arm/v7', os: 'linux', arch: 'arm' },
        { platform: 'linux/386', os: 'linux', arch: 'ia32' },
      ],
    },
  ])('targetPlatforms: $name', ({ platforms, arch, expected }) => {
    expect(targetPlatforms(appTree({ platforms }).target, facts({}, { arch }))).toEqual(expected);
  });
});
