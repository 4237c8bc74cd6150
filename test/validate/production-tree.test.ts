import { describe, expect, it } from 'vitest';
import { findNativeFamilies, targetPlatforms } from '../../src/validate/native.js';
import { checkProductionTree } from '../../src/validate/production-tree.js';
import { readArtifactTree } from '../../src/validate/tree.js';
import { tracedFilter } from '../../src/trace/filter.js';
import { appTree, FACTS, installPackage, type AppTree } from './support.js';

async function check(tree: AppTree, shipped?: string[]) {
  const artifacts = await readArtifactTree(
    tree.dir,
    tree.target.artifacts,
    shipped ? tracedFilter(shipped) : undefined,
  );
  const families = await findNativeFamilies(tree.dir, artifacts);
  return checkProductionTree(tree.target, artifacts, families, targetPlatforms(tree.target, FACTS), FACTS);
}

/** A Next.js-like production tree: its compilers for both C libraries, TypeScript, two semvers. */
function nextLikeTree(): AppTree {
  const tree = appTree();
  installPackage(tree, 'next', '15.5.7');
  installPackage(tree, '@next/swc-linux-x64-gnu', '15.5.7', { os: ['linux'], cpu: ['x64'], libc: ['glibc'] });
  installPackage(tree, '@next/swc-linux-x64-musl', '15.5.7', { os: ['linux'], cpu: ['x64'], libc: ['musl'] });
  tree.write('node_modules/@next/swc-linux-x64-gnu/next-swc.linux-x64-gnu.node', Buffer.alloc(3000));
  tree.write('node_modules/@next/swc-linux-x64-musl/next-swc.linux-x64-musl.node', Buffer.alloc(2000));
  installPackage(tree, 'typescript', '5.9.3');
  installPackage(tree, 'semver', '7.7.3');
  installPackage(tree, 'semver', '6.3.1', {}, 'node_modules/make-dir/node_modules');
  installPackage(tree, 'make-dir', '3.1.0');
  tree.write('node_modules/semver/functions.js', 'x'.repeat(1_500_000));
  tree.write('node_modules/make-dir/node_modules/semver/functions.js', 'x'.repeat(1_000_000));
  return tree;
}

describe('checkProductionTree', () => {
  it('reports build-time tools, binaries for another C library and duplicates, one warning each with its fix', async () => {
    const { findings, report } = await check(nextLikeTree());
    expect(report.buildTools.map((p) => p.name)).toEqual([
      '@next/swc-linux-x64-gnu',
      '@next/swc-linux-x64-musl',
      'typescript',
    ]);
    expect(report.foreign.map((p) => p.name)).toEqual(['@next/swc-linux-x64-musl']);
    expect(report.duplicates).toEqual([
      {
        name: 'semver',
        copies: [
          expect.objectContaining({ version: '7.7.3', path: 'node_modules/semver' }),
          expect.objectContaining({ version: '6.3.1', path: 'node_modules/make-dir/node_modules/semver' }),
        ],
      },
    ]);
    expect(findings.map((f) => [f.check, f.severity])).toEqual([
      ['production-tree', 'warning'],
      ['production-tree', 'warning'],
      ['production-tree', 'warning'],
    ]);
    expect(findings[0]!.message).toContain('@next/swc-linux-x64-gnu@15.5.7');
    expect(findings[0]!.message).toContain('`trace: [<entry>]`');
    expect(findings[1]!.message).toContain('glibc');
    expect(findings[2]!.message).toContain('npm dedupe');
  });

  it.each([
    {
      name: 'the default prune: move the tool to devDependencies',
      config: {},
      says: ['move it to devDependencies'],
      not: ['prune: false'],
    },
    {
      name: 'dev dependencies shipped on purpose: the prune, not devDependencies, leaves them out',
      config: { prune: false as const, allowDevDependencies: true },
      says: ['`prune: false` and `allow-dev-dependencies: true` ship the devDependencies too', 'remove `prune: false`'],
      not: ['move it to devDependencies'],
    },
  ])('build-time tools, the fix for the config: $name', async ({ config, says, not }) => {
    const tree = appTree(config);
    installPackage(tree, 'typescript', '5.9.3');
    const [finding] = (await check(tree)).findings;
    for (const text of says) expect(finding!.message).toContain(text);
    for (const text of not) expect(finding!.message).not.toContain(text);
  });

  it('judges what ships: a traced tree without them has nothing to report', async () => {
    const { findings, report } = await check(nextLikeTree(), [
      'node_modules/next/index.js',
      'node_modules/next/package.json',
      'node_modules/semver/index.js',
      'node_modules/semver/package.json',
    ]);
    expect(findings).toEqual([]);
    expect(report).toEqual({ buildTools: [], foreign: [], duplicates: [] });
  });

  it('leaves out a few kB of nested copies: npm resolving ranges, not worth a warning', async () => {
    const tree = appTree();
    installPackage(tree, 'mime-db', '1.54.0');
    installPackage(tree, 'mime-db', '1.52.0', {}, 'node_modules/mime-types/node_modules');
    installPackage(tree, 'mime-types', '2.1.35');
    expect((await check(tree)).report.duplicates).toEqual([]);
  });

  it('a clean production tree passes silently', async () => {
    const tree = appTree();
    installPackage(tree, 'ms', '2.1.3');
    expect((await check(tree)).findings).toEqual([]);
  });
});
