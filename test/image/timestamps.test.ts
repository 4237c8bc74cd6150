import { lstatSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEPENDENCY_TIME, isPinnedPath, layerTime, layerTimes, normaliseTimes } from '../../src/image/timestamps.js';

const EPOCH = 1_700_000_000;

describe('layerTime', () => {
  it.each([
    { name: 'a dependency file', path: 'node_modules/next/dist/server.js', expected: DEPENDENCY_TIME },
    { name: 'the node_modules directory itself', path: 'app/node_modules', expected: DEPENDENCY_TIME },
    { name: 'a nested workspace dependency', path: 'apps/web/node_modules/.bin/next', expected: DEPENDENCY_TIME },
    { name: "the app's build output", path: 'app/dist/main.js', expected: EPOCH },
    { name: 'a name that only contains node_modules', path: 'app/my_node_modules/x.js', expected: EPOCH },
    { name: 'the context root', path: '', expected: EPOCH },
    { name: "the app's package.json", path: 'app/package.json', expected: DEPENDENCY_TIME },
    { name: 'a lockfile', path: 'pnpm-lock.yaml', expected: DEPENDENCY_TIME },
    {
      name: "Next.js standalone's package.json",
      path: 'app/apps/web/package.json',
      expected: DEPENDENCY_TIME,
    },
    { name: 'a JSON file of the app', path: 'app/dist/package.json.bak', expected: EPOCH },
  ])('$name', ({ path: relative, expected }) => {
    expect(layerTime(relative, EPOCH)).toBe(expected);
    expect(isPinnedPath(relative)).toBe(expected === DEPENDENCY_TIME);
  });
});

describe('layerTimes', () => {
  const dir = (p: string) => ({ path: p, type: 'directory' });
  const file = (p: string) => ({ path: p, type: 'file' });
  it.each([
    {
      name: "`COPY package.json ./`: the workdir entry takes the manifest's time, not the commit's",
      entries: [dir('app'), file('app/package.json')],
      expected: [DEPENDENCY_TIME, DEPENDENCY_TIME],
    },
    {
      name: '`COPY dist ./dist`: the directory is as new as its newest file',
      entries: [dir('app/dist'), file('app/dist/main.js'), dir('app/dist/sub'), file('app/dist/sub/x.js')],
      expected: [EPOCH, EPOCH, EPOCH, EPOCH],
    },
    {
      name: "a standalone server: its root holds app files, so it is the commit's",
      entries: [
        dir('app'),
        dir('app/node_modules'),
        file('app/node_modules/a.js'),
        file('app/package.json'),
        file('app/server.js'),
      ],
      expected: [EPOCH, DEPENDENCY_TIME, DEPENDENCY_TIME, DEPENDENCY_TIME, EPOCH],
    },
    { name: 'an empty directory', entries: [dir('app/uploads')], expected: [EPOCH] },
    {
      name: 'an empty directory in node_modules',
      entries: [dir('app/node_modules/.cache')],
      expected: [DEPENDENCY_TIME],
    },
  ])('$name', ({ entries, expected }) => {
    expect(layerTimes(entries, EPOCH)).toEqual(expected);
  });
});

describe('normaliseTimes', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("sets dependencies and manifests to npm's time, clamps the app's files to the epoch, older ones kept", async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'adb-times-'));
    mkdirSync(path.join(dir, 'node_modules/dep'), { recursive: true });
    mkdirSync(path.join(dir, 'dist'));
    writeFileSync(path.join(dir, 'node_modules/dep/index.js'), '');
    symlinkSync('dep/index.js', path.join(dir, 'node_modules/link'));
    writeFileSync(path.join(dir, 'dist/new.js'), '');
    writeFileSync(path.join(dir, 'dist/old.js'), '');
    mkdirSync(path.join(dir, 'meta'));
    writeFileSync(path.join(dir, 'meta/package.json'), '{}');
    utimesSync(path.join(dir, 'dist/old.js'), 1000, 1000);
    await normaliseTimes(dir, EPOCH);
    const mtime = (relative: string): number => lstatSync(path.join(dir, relative)).mtimeMs / 1000;
    expect(['node_modules', 'node_modules/dep', 'node_modules/dep/index.js', 'node_modules/link'].map(mtime)).toEqual(
      Array(4).fill(DEPENDENCY_TIME),
    );
    expect(['', 'dist', 'dist/new.js', 'dist/old.js'].map(mtime)).toEqual([EPOCH, EPOCH, EPOCH, 1000]);
    // a directory holding only pinned files is pinned with them
    expect(['meta', 'meta/package.json'].map(mtime)).toEqual([DEPENDENCY_TIME, DEPENDENCY_TIME]);
  });
});
