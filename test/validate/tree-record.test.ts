import { readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseProbeKey, treeChecksKey, type TreeChecksKeyInput } from '../../src/cache/key.js';
import { isBaseImageFacts } from '../../src/validate/base-image.js';
import { inspectTarget, type TreeChecks } from '../../src/validate/index.js';
import {
  fromRecord,
  isTreeChecks,
  relocate,
  splitProductionTree,
  toRecord,
  treeListing,
} from '../../src/validate/tree-record.js';
import { readArtifactTree } from '../../src/validate/tree.js';
import { fakeElf } from './elf.js';
import { FACTS, appTree, installPackage } from './support.js';

const KEY: TreeChecksKeyInput = {
  productionKey: 'adb-v1-node_modules-linux-x64-glibc-node20-npm10.2.4-0123-production-abcd1234',
  listing: 'listing-1',
  facts: { runner: FACTS.runner, platforms: [] },
};

describe('treeChecksKey', () => {
  it('hangs off the production tree key', () => {
    expect(treeChecksKey(KEY).startsWith(`${KEY.productionKey}-checks-`)).toBe(true);
    expect(treeChecksKey(KEY)).toBe(treeChecksKey({ ...KEY }));
  });

  const changes: { name: string; change: Partial<TreeChecksKeyInput> }[] = [
    { name: 'another installed tree (lockfile, manifests, Node major)', change: { productionKey: 'adb-v1-other' } },
    { name: 'a build that wrote into node_modules', change: { listing: 'listing-2' } },
    { name: 'another base image C library', change: { facts: { ...(KEY.facts as object), base: { libc: 'musl' } } } },
    { name: 'another target platform', change: { facts: { ...(KEY.facts as object), platforms: ['linux/arm64'] } } },
    { name: 'dev dependencies allowed', change: { facts: { ...(KEY.facts as object), allowDevDependencies: true } } },
  ];
  it.each(changes)('another key for $name', ({ change }) => {
    expect(treeChecksKey({ ...KEY, ...change })).not.toBe(treeChecksKey(KEY));
  });
});

describe('baseProbeKey', () => {
  const ID = 'sha256:465ac5d6d39700d9ef48cb7e250a129962755314eff07e3a1f44ca377819c050';
  const cases = [
    { name: 'the same image ID, the same key', a: [ID], b: [ID], same: true },
    { name: 'another image ID', a: [ID], b: [ID.replace('465a', '999a')], same: false },
    { name: 'another platform of the same index', a: [ID, 'linux/amd64'], b: [ID, 'linux/arm64'], same: false },
  ] as const;
  it.each(cases)('$name', ({ a, b, same }) => {
    expect(baseProbeKey(a[0], a[1]) === baseProbeKey(b[0], b[1])).toBe(same);
    expect(baseProbeKey(a[0], a[1])).toMatch(/^adb-v1-base-probe-[a-f0-9]{32}$/);
  });

  const records = [
    { name: 'a glibc Node image', value: { image: 'node:20', libc: 'glibc', nodeVersion: 'v20.1.0' }, valid: true },
    { name: 'an image without node', value: { image: 'alpine', libc: 'musl' }, valid: true },
    { name: 'a record from elsewhere', value: { image: 'x', libc: 'bsd' }, valid: false },
    { name: 'no image', value: { libc: 'glibc' }, valid: false },
  ];
  it.each(records)('a kept probe: $name', ({ value, valid }) => {
    expect(isBaseImageFacts(value)).toBe(valid);
  });
});

describe('relocate', () => {
  const cases = [
    { name: 'a path under the old context', value: '/a/ctx/node_modules/x', expected: '/b/app/node_modules/x' },
    { name: 'the context itself', value: '/a/ctx', expected: '/b/app' },
    { name: 'a sibling that only starts alike', value: '/a/ctx2/file', expected: '/a/ctx2/file' },
    { name: 'a message', value: 'node_modules/x holds a token', expected: 'node_modules/x holds a token' },
  ];
  it.each(cases)('$name', ({ value, expected }) => {
    expect(relocate({ list: [{ file: value, line: 3 }] }, '/a/ctx', '/b/app')).toEqual({
      list: [{ file: expected, line: 3 }],
    });
  });

  it('a record made in one checkout reads back in another', () => {
    const checks: TreeChecks = {
      devDependencies: [],
      secrets: [
        { check: 'secrets', severity: 'error', message: 'm', location: { file: '/run/1/app/node_modules/.npmrc' } },
      ],
      families: [],
      productionTree: { findings: [], report: { buildTools: [], foreign: [], duplicates: [] } },
    };
    const kept = toRecord(checks, '/run/1/app');
    expect(JSON.stringify(kept)).not.toContain('/run/1');
    expect(isTreeChecks(JSON.parse(JSON.stringify(kept)))).toBe(true);
    expect(fromRecord(kept, '/run/2/app').secrets[0]!.location!.file).toBe('/run/2/app/node_modules/.npmrc');
  });
});

describe('splitProductionTree', () => {
  const cases = [
    { name: 'node_modules and dist', artifacts: ['package.json', 'node_modules', 'dist'], split: true },
    // a standalone output's node_modules is written by the build: no install key describes it
    { name: 'no node_modules artifact', artifacts: ['package.json', 'dist'], split: false },
  ];
  it.each(cases)('$name', async ({ artifacts, split }) => {
    const app = appTree({ artifacts });
    const tree = await readArtifactTree(app.target.context, artifacts);
    const parts = splitProductionTree(tree, artifacts);
    expect(parts !== undefined).toBe(split);
    if (parts) {
      expect(parts.production.entries.every((e) => e.path.startsWith('node_modules'))).toBe(true);
      expect(parts.own.entries.some((e) => e.path.startsWith('node_modules'))).toBe(false);
    }
  });

  it('not split when another artifact holds a node_modules too', async () => {
    const app = appTree({ artifacts: ['node_modules', 'dist'] });
    installPackage(app, 'ms', '2.1.3', {}, 'dist/node_modules');
    const tree = await readArtifactTree(app.target.context, app.target.artifacts);
    expect(splitProductionTree(tree, app.target.artifacts)).toBeUndefined();
  });

  it('a listing changes with a file added to the tree', async () => {
    const app = appTree();
    const before = treeListing(
      splitProductionTree(await readArtifactTree(app.target.context, app.target.artifacts), app.target.artifacts)!
        .production,
    );
    app.write('node_modules/.prisma/client/index.js', 'module.exports = {};\n');
    const after = treeListing(
      splitProductionTree(await readArtifactTree(app.target.context, app.target.artifacts), app.target.artifacts)!
        .production,
    );
    expect(after).not.toBe(before);
  });
});

describe('treeListing: what a rewritten file changes', () => {
  const listingOf = async (app: ReturnType<typeof appTree>): Promise<string> =>
    treeListing(
      splitProductionTree(await readArtifactTree(app.target.context, app.target.artifacts), app.target.artifacts)!
        .production,
    );
  const later = new Date(Date.now() + 60_000);

  it.each([
    {
      name: 'a file rewritten with other bytes of the same size (a secret a build step wrote)',
      file: 'node_modules/ms/index.js',
      changes: true,
    },
    {
      name: "npm's hidden lockfile, which every prune rewrites",
      file: 'node_modules/.package-lock.json',
      changes: false,
    },
  ])('$name', async ({ file, changes }) => {
    const app = appTree();
    installPackage(app, 'ms', '2.1.3');
    app.write('node_modules/.package-lock.json', '{"lockfileVersion":3}');
    const before = await listingOf(app);
    const full = path.join(app.target.context, file);
    writeFileSync(
      full,
      readFileSync(full, 'utf8').replace(/./, (c) => (c === 'x' ? 'y' : 'x')),
    );
    utimesSync(full, later, later);
    expect((await listingOf(app)) !== before).toBe(changes);
  });
});

describe('inspectTarget with a recorded production tree', () => {
  function brokenApp() {
    const app = appTree();
    installPackage(app, 'typescript', '5.9.3');
    app.write('node_modules/bcrypt/build/Release/bcrypt.node', fakeElf({ arch: 'arm64', libc: 'glibc', api: 'v8' }));
    return app;
  }

  it('records the checks on the first run and replays the same findings without reading the tree', async () => {
    const app = brokenApp();
    const kept = new Map<string, TreeChecks>();
    const recall = (listing: string) => Promise.resolve(kept.get(listing));
    const first = await inspectTarget(app.target, FACTS, undefined, recall);
    expect(first.production?.replayed).toBe(false);
    kept.set(first.production!.listing, JSON.parse(JSON.stringify(first.production!.checks)) as TreeChecks);

    // the tree's packages are gone from disk: only a record can still know what they held
    const second = await inspectTarget(app.target, FACTS, undefined, (listing) => {
      rmSync(path.join(app.target.context, 'node_modules/typescript'), { recursive: true, force: true });
      return recall(listing);
    });
    expect(second.production?.replayed).toBe(true);
    expect(second.findings).toEqual(first.findings);
    expect(first.findings.map((f) => `${f.check}:${f.severity}`)).toEqual([
      'dev-dependencies:error',
      'native-addons:error',
      'production-tree:warning',
    ]);
  });

  it("still checks the user's own artifacts on a replay", async () => {
    const app = appTree();
    const first = await inspectTarget(app.target, FACTS, undefined, () => Promise.resolve(undefined));
    const checks = first.production!.checks;
    app.write('dist/.env', 'SECRET=1\n');
    const second = await inspectTarget(app.target, FACTS, undefined, () => Promise.resolve(checks));
    expect(second.production?.replayed).toBe(true);
    expect(second.findings.map((f) => `${f.check}:${f.severity}`)).toEqual(['secrets:error']);
  });
});
