import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  filesViaNodeModules,
  isKeptTrace,
  keptTraceHolds,
  keptTraceKey,
  type KeptTrace,
} from '../../src/trace/result.js';
import { traceFrontier, traceNodeModules } from '../../src/trace/trace.js';

let dir: string;

async function write(files: Record<string, string>): Promise<void> {
  for (const [rel, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), text);
  }
}

const pkg = (name: string) => JSON.stringify({ name, version: '1.0.0', main: 'index.js' });

/** an app of two files entering `used` (which requires `dep`); `plugin-loader` requires an app file by a relative path */
const APP = {
  'package.json': pkg('app'),
  'dist/main.js': "require('./routes');\nmodule.exports = require('used');\n",
  'dist/routes.js': 'module.exports = [];\n',
  'node_modules/used/package.json': pkg('used'),
  'node_modules/used/index.js': "require('dep');\n",
  'node_modules/dep/package.json': pkg('dep'),
  'node_modules/dep/index.js': 'module.exports = 2;\n',
  'node_modules/other/package.json': pkg('other'),
  'node_modules/other/index.js': 'module.exports = 3;\n',
  'node_modules/plugin-loader/package.json': pkg('plugin-loader'),
  'node_modules/plugin-loader/index.js': "module.exports = require('../../dist/plugin.js');\n",
  'dist/plugin.js': 'module.exports = 1;\n',
};

const kept = (viaNodeModules: Record<string, string>): KeptTrace => ({
  files: ['node_modules/used/index.js'],
  included: 0,
  unmatched: [],
  before: { files: 8, bytes: 100 },
  after: { files: 1, bytes: 10 },
  largest: [{ name: 'used', bytes: 10 }],
  viaNodeModules,
});

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'adb-trace-result-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('traceFrontier', () => {
  it('lists where the app files enter node_modules and the app files, without walking the packages', async () => {
    await write(APP);
    const frontier = await traceFrontier(dir, ['dist/main.js']);
    expect(frontier.appFiles).toEqual(['dist/main.js', 'dist/routes.js', 'package.json']);
    expect(frontier.nodeModules).toContain('node_modules/used/index.js');
    // what `used` requires is the full trace's business
    expect(frontier.nodeModules.some((f) => f.startsWith('node_modules/dep/'))).toBe(false);
    expect(frontier.nodeModules.some((f) => f.startsWith('node_modules/other/'))).toBe(false);
  });
});

describe('keptTraceKey', () => {
  const key = async () => keptTraceKey('prod', 'nft-1', await traceFrontier(dir, ['dist/main.js']), []);

  it('stays the same after a source change that loads no new package', async () => {
    await write(APP);
    const before = await key();
    await write({ 'dist/routes.js': "module.exports = ['/health'];\n" });
    expect(await key()).toBe(before);
  });

  it('changes when the app loads another package, or with the include globs or the production tree', async () => {
    await write(APP);
    const frontier = await traceFrontier(dir, ['dist/main.js']);
    const before = keptTraceKey('prod', 'nft-1', frontier, []);
    expect(keptTraceKey('prod', 'nft-1', frontier, ['node_modules/other/**'])).not.toBe(before);
    expect(keptTraceKey('prod2', 'nft-1', frontier, [])).not.toBe(before);
    await write({ 'dist/routes.js': "module.exports = require('other');\n" });
    expect(await key()).not.toBe(before);
  });
});

describe('a kept trace', () => {
  it('records the app files only node_modules code reached, and holds only while they are unchanged', async () => {
    await write({ ...APP, 'dist/main.js': "module.exports = require('plugin-loader');\n" });
    const frontier = await traceFrontier(dir, ['dist/main.js']);
    const traced = await traceNodeModules({ context: dir, entries: ['dist/main.js'], include: [] });
    const via = await filesViaNodeModules(dir, traced.appFiles, frontier);
    expect(Object.keys(via)).toEqual(['dist/plugin.js']);
    expect(await keptTraceHolds(kept(via), dir)).toBe(true);
    await write({ 'dist/plugin.js': "module.exports = require('other');\n" });
    expect(await keptTraceHolds(kept(via), dir)).toBe(false);
  });

  it.each([
    ['a whole record', kept({}), true],
    ['files missing', { ...kept({}), files: undefined }, false],
    ['a size without bytes', { ...kept({}), after: { files: 1 } }, false],
    ['a hash that is not a string', kept({ 'a.json': 1 as unknown as string }), false],
    ['null', null, false],
  ])('isKeptTrace: %s', (_name, value, expected) => {
    expect(isKeptTrace(value)).toBe(expected);
  });
});
