import { lstatSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEPENDENCY_TIME, layerTime, normaliseTimes } from '../../src/image/timestamps.js';

const EPOCH = 1_700_000_000;

describe('layerTime', () => {
  it.each([
    { name: 'a dependency file', path: 'node_modules/next/dist/server.js', expected: DEPENDENCY_TIME },
    { name: 'the node_modules directory itself', path: 'app/node_modules', expected: DEPENDENCY_TIME },
    { name: 'a nested workspace dependency', path: 'apps/web/node_modules/.bin/next', expected: DEPENDENCY_TIME },
    { name: "the app's build output", path: 'app/dist/main.js', expected: EPOCH },
    { name: 'a name that only contains node_modules', path: 'app/my_node_modules/x.js', expected: EPOCH },
    { name: 'the context root', path: '', expected: EPOCH },
  ])('$name', ({ path: relative, expected }) => {
    expect(layerTime(relative, EPOCH)).toBe(expected);
  });
});

describe('normaliseTimes', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("sets dependencies to npm's time and clamps the app's files to the epoch, older ones kept", async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'adb-times-'));
    mkdirSync(path.join(dir, 'node_modules/dep'), { recursive: true });
    mkdirSync(path.join(dir, 'dist'));
    writeFileSync(path.join(dir, 'node_modules/dep/index.js'), '');
    symlinkSync('dep/index.js', path.join(dir, 'node_modules/link'));
    writeFileSync(path.join(dir, 'dist/new.js'), '');
    writeFileSync(path.join(dir, 'dist/old.js'), '');
    utimesSync(path.join(dir, 'dist/old.js'), 1000, 1000);
    await normaliseTimes(dir, EPOCH);
    const mtime = (relative: string): number => lstatSync(path.join(dir, relative)).mtimeMs / 1000;
    expect(['node_modules', 'node_modules/dep', 'node_modules/dep/index.js', 'node_modules/link'].map(mtime)).toEqual(
      Array(4).fill(DEPENDENCY_TIME),
    );
    expect(['', 'dist', 'dist/new.js', 'dist/old.js'].map(mtime)).toEqual([EPOCH, EPOCH, EPOCH, 1000]);
  });
});
