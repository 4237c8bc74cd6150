import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BuildError } from '../../src/errors.js';
import { planProductionTree, writeProductionTree } from '../../src/workspace/production-tree.js';
import { missingEntryPoints, publishedFiles } from '../../src/workspace/published.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'adb-tree-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function write(relative: string, content: unknown = ''): void {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
}

function pkg(
  dir: string,
  name: string,
  version: string,
  deps: Record<string, string> = {},
  extra: Record<string, unknown> = {},
): void {
  write(`${dir}/package.json`, { name, version, dependencies: deps, ...extra });
  write(`${dir}/index.js`, `module.exports = '${name}@${version}';`);
}

function link(relative: string, target: string): void {
  mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
  symlinkSync(target, path.join(root, relative));
}

/** An npm workspace as `npm install` lays it out: hoisted, local packages linked from the root. */
function npmWorkspace(): void {
  pkg('apps/api', '@acme/api', '1.0.0', { '@acme/shared': '*', ms: '2.1.3' }, { devDependencies: { typescript: '5' } });
  pkg('apps/web', '@acme/web', '1.0.0', { '@acme/shared': '*', 'escape-html': '1.0.3' });
  pkg('packages/shared', '@acme/shared', '1.0.0', { picocolors: '1' }, { main: 'dist/index.js', files: ['dist'] });
  write('packages/shared/dist/index.js', 'built');
  write('packages/shared/src/index.ts', 'source');
  for (const [name, version] of [
    ['ms', '2.1.3'],
    ['escape-html', '1.0.3'],
    ['picocolors', '1.1.1'],
    ['typescript', '5.9.0'],
  ] as const)
    pkg(`node_modules/${name}`, name, version);
  link('node_modules/@acme/shared', '../../packages/shared');
  link('node_modules/@acme/api', '../../apps/api');
  link('node_modules/@acme/web', '../../apps/web');
}

const plan = (app: string, includeDev = false) =>
  planProductionTree({
    app: path.join(root, app),
    root,
    localDirs: new Set(['apps/api', 'apps/web', 'packages/shared'].map((d) => path.join(root, d))),
    includeDev,
  });

describe('planProductionTree', () => {
  it('an app gets its production dependencies and its local packages, not the other app’s nor dev ones', async () => {
    npmWorkspace();
    const entries = await plan('apps/api');
    expect(entries.map((e) => [e.at, e.local])).toEqual([
      ['node_modules/@acme/shared', true],
      ['node_modules/ms', false],
      ['node_modules/picocolors', false],
    ]);
    expect(entries[0]!.from).toBe(path.join(root, 'packages/shared'));
  });

  it('prune: false keeps the app’s dev dependencies', async () => {
    npmWorkspace();
    expect((await plan('apps/api', true)).map((e) => e.at)).toContain('node_modules/typescript');
  });

  it('two versions of one package: each dependent resolves the version it resolved in the workspace', async () => {
    npmWorkspace();
    // the app has picocolors 2 of its own; @acme/shared uses the root's 1.1.1
    write('apps/web/package.json', { name: '@acme/web', dependencies: { '@acme/shared': '*', picocolors: '2' } });
    pkg('apps/web/node_modules/picocolors', 'picocolors', '2.0.0');
    const entries = await plan('apps/web');
    const at = Object.fromEntries(
      entries.map((e) => [e.at, JSON.parse(readFileSync(path.join(e.from, 'package.json'), 'utf8')).version as string]),
    );
    expect(at).toEqual({
      'node_modules/@acme/shared': '1.0.0',
      'node_modules/@acme/shared/node_modules/picocolors': '1.1.1',
      'node_modules/picocolors': '2.0.0',
    });
  });

  it('a symlinked store (pnpm, bun isolated) is followed to the real packages', async () => {
    pkg('apps/api', '@acme/api', '1.0.0', { a: '1' });
    pkg('node_modules/.pnpm/a@1.0.0/node_modules/a', 'a', '1.0.0', { b: '1' });
    pkg('node_modules/.pnpm/b@1.0.0/node_modules/b', 'b', '1.0.0');
    link('node_modules/.pnpm/a@1.0.0/node_modules/b', '../../b@1.0.0/node_modules/b');
    link('apps/api/node_modules/a', '../../../node_modules/.pnpm/a@1.0.0/node_modules/a');
    expect((await plan('apps/api')).map((e) => e.at)).toEqual(['node_modules/a', 'node_modules/b']);
  });

  it('a missing dependency is an error naming it; a missing optional one is left out', async () => {
    pkg('apps/api', '@acme/api', '1.0.0', { absent: '1' }, { optionalDependencies: { 'fsevents-like': '1' } });
    await expect(plan('apps/api')).rejects.toThrow(BuildError);
    await expect(plan('apps/api')).rejects.toThrow(/absent, a dependency of @acme\/api, is not installed/);
    write('apps/api/package.json', { name: '@acme/api', optionalDependencies: { 'fsevents-like': '1' } });
    expect(await plan('apps/api')).toEqual([]);
  });
});

describe('writeProductionTree', () => {
  it('real directories: installed packages whole, local packages as they publish', async () => {
    npmWorkspace();
    const out = path.join(root, 'out');
    await writeProductionTree(await plan('apps/api'), out);
    const shared = path.join(out, 'node_modules/@acme/shared');
    expect(lstatSync(shared).isDirectory()).toBe(true);
    expect(existsSync(path.join(shared, 'dist/index.js'))).toBe(true);
    expect(existsSync(path.join(shared, 'src'))).toBe(false);
    expect(existsSync(path.join(out, 'node_modules/ms/index.js'))).toBe(true);
    expect(existsSync(path.join(out, 'node_modules/escape-html'))).toBe(false);
  });
});

describe('publishedFiles', () => {
  it.each([
    {
      name: 'files: the listed directory, package.json, readme and licence',
      manifest: { files: ['dist'] },
      expected: ['LICENSE', 'README.md', 'dist/index.js', 'dist/util/x.js', 'package.json'],
    },
    {
      name: 'files with a glob and main',
      manifest: { files: ['dist/*.js'], main: 'lib/main.js' },
      expected: ['LICENSE', 'README.md', 'dist/index.js', 'lib/main.js', 'package.json'],
    },
    {
      name: 'a negation takes files out',
      manifest: { files: ['dist', '!dist/util'] },
      expected: ['LICENSE', 'README.md', 'dist/index.js', 'package.json'],
    },
    {
      name: 'no files: everything but node_modules',
      manifest: {},
      expected: [
        'LICENSE',
        'README.md',
        'dist/index.js',
        'dist/util/x.js',
        'lib/main.js',
        'package.json',
        'src/index.ts',
      ],
    },
  ])('$name', async ({ manifest, expected }) => {
    for (const f of [
      'package.json',
      'README.md',
      'LICENSE',
      'dist/index.js',
      'dist/util/x.js',
      'src/index.ts',
      'lib/main.js',
      'node_modules/x/index.js',
    ])
      write(`p/${f}`);
    expect(await publishedFiles(path.join(root, 'p'), manifest)).toEqual(expected);
  });

  it('missingEntryPoints: main and exports files that a build has not written', async () => {
    write('p/package.json');
    write('p/dist/index.js');
    expect(
      await missingEntryPoints(path.join(root, 'p'), {
        main: 'dist/index.js',
        exports: { '.': { import: './dist/index.mjs', require: './dist/index.js' }, './*': './dist/*.js' },
      }),
    ).toEqual(['dist/index.mjs']);
    expect(await missingEntryPoints(path.join(root, 'p'), { main: './dist/index' })).toEqual([]);
  });
});
