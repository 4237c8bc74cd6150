import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { traceNodeModules } from '../../src/trace/trace.js';

let dir: string;

async function write(files: Record<string, string>): Promise<void> {
  for (const [rel, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), text);
  }
}

const pkg = (name: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ name, version: '1.0.0', main: 'index.js', ...extra });

/** A server requiring `used` (which requires `dep` and reads a template), a dynamic `plugin`, and an unused package. */
const APP = {
  'package.json': pkg('app'),
  'dist/main.js':
    "const used = require('used');\nconst name = process.env.PLUGIN;\nif (name) require(name);\nmodule.exports = used;\n",
  'node_modules/used/package.json': pkg('used'),
  'node_modules/used/index.js':
    "const path = require('path');\nconst fs = require('fs');\nrequire('./lib/inner');\nrequire('dep');\nfs.readFileSync(path.join(__dirname, 'template.txt'));\n",
  'node_modules/used/lib/inner.js': 'module.exports = 1;\n',
  'node_modules/used/template.txt': 'hello\n',
  'node_modules/used/README.md': '# used\n',
  'node_modules/dep/package.json': pkg('dep'),
  'node_modules/dep/index.js': 'module.exports = 2;\n',
  'node_modules/unused/package.json': pkg('unused'),
  'node_modules/unused/index.js': 'module.exports = 3;\n',
  'node_modules/plugin/package.json': pkg('plugin'),
  'node_modules/plugin/index.js': "require('plugin-dep');\n",
  'node_modules/plugin/assets/logo.svg': '<svg/>\n',
  'node_modules/plugin-dep/package.json': pkg('plugin-dep'),
  'node_modules/plugin-dep/index.js': 'module.exports = 4;\n',
};

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'adb-trace-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('traceNodeModules', () => {
  it('keeps the required files, their package.json and the files read by a computed path, nothing else', async () => {
    await write(APP);
    const out = await traceNodeModules({ context: dir, entries: ['dist/main.js'], include: [] });
    expect(out.files).toEqual([
      'node_modules/dep/index.js',
      'node_modules/dep/package.json',
      'node_modules/used/index.js',
      'node_modules/used/lib/inner.js',
      'node_modules/used/package.json',
      'node_modules/used/template.txt',
    ]);
    expect(out.included).toBe(0);
  });

  it('adds trace-include globs, and traces the code they bring in', async () => {
    await write(APP);
    const out = await traceNodeModules({
      context: dir,
      entries: ['dist/main.js'],
      include: ['node_modules/plugin/**', 'node_modules/nothing-here/**'],
    });
    expect(out.files).toEqual(
      expect.arrayContaining([
        'node_modules/plugin/index.js',
        'node_modules/plugin/assets/logo.svg',
        'node_modules/plugin/package.json',
        'node_modules/plugin-dep/index.js',
      ]),
    );
    expect(out.files).not.toContain('node_modules/unused/index.js');
    expect(out.unmatched).toEqual(['node_modules/nothing-here/**']);
  });

  it("traces the packages NestJS's core loads by name when they are installed", async () => {
    await write({
      'package.json': pkg('app'),
      'dist/main.js': "require('@nestjs/core');\n",
      'node_modules/@nestjs/core/package.json': pkg('@nestjs/core'),
      'node_modules/@nestjs/core/index.js':
        'function loadPackage(name) { return require(name); }\nmodule.exports = loadPackage;\n',
      'node_modules/@nestjs/platform-express/package.json': pkg('@nestjs/platform-express'),
      'node_modules/@nestjs/platform-express/index.js': "require('express');\n",
      'node_modules/express/package.json': pkg('express'),
      'node_modules/express/index.js': 'module.exports = 5;\n',
    });
    const out = await traceNodeModules({ context: dir, entries: ['dist/main.js'], include: [] });
    expect(out.files).toEqual(
      expect.arrayContaining(['node_modules/@nestjs/platform-express/index.js', 'node_modules/express/index.js']),
    );
  });

  it('ships the "module-sync" target of an exports array too, for a Node that loads it', async () => {
    await write({
      'package.json': pkg('app'),
      'dist/main.js': "require('af');\n",
      'node_modules/af/package.json': pkg('af', {
        exports: {
          '.': [{ 'module-sync': './require.mjs', import: './index.mjs', default: './index.js' }, './index.js'],
        },
      }),
      'node_modules/af/index.js': "module.exports = require('./legacy.js');\n",
      'node_modules/af/legacy.js': 'module.exports = 1;\n',
      'node_modules/af/require.mjs': "export { default } from './index.mjs';\n",
      'node_modules/af/index.mjs': 'export default 1;\n',
    });
    const out = await traceNodeModules({ context: dir, entries: ['dist/main.js'], include: [] });
    expect(out.files).toEqual(
      expect.arrayContaining([
        'node_modules/af/index.js',
        'node_modules/af/legacy.js',
        'node_modules/af/require.mjs',
        'node_modules/af/index.mjs',
      ]),
    );
  });

  it('reuses saved analyses of node_modules files, and drops the analysis of a file that changed', async () => {
    await write(APP);
    const first = await traceNodeModules({ context: dir, entries: ['dist/main.js'], include: [] });
    expect(Object.keys(first.analyses)).toContain('node_modules/used/index.js');
    expect(Object.keys(first.analyses).every((f) => f.startsWith('node_modules/'))).toBe(true);

    const warm = await traceNodeModules({
      context: dir,
      entries: ['dist/main.js'],
      include: [],
      analyses: first.analyses,
    });
    expect(warm.files).toEqual(first.files);
    // only the app's own entry is parsed again
    expect(warm.analysed).toBe(1);

    // a build step rewrote a file under node_modules: its saved analysis no longer applies
    await write({ 'node_modules/dep/index.js': "require('unused');\n" });
    const changed = await traceNodeModules({
      context: dir,
      entries: ['dist/main.js'],
      include: [],
      analyses: first.analyses,
    });
    expect(changed.files).toContain('node_modules/unused/index.js');
  });
});
