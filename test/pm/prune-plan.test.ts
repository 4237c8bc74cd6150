import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lstat, readlink } from 'node:fs/promises';
import { listPnpmTree } from '../../src/pm/pnpm-tree.js';
import { applyPrunePlan, isPrunePlan, listInstalled, recordPnpmPrune, recordPrune } from '../../src/pm/prune-plan.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function tree(packages: string[], bins: string[] = []): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'adb-prune-'));
  dirs.push(root);
  const nm = path.join(root, 'node_modules');
  for (const p of packages) {
    await mkdir(path.join(nm, p), { recursive: true });
    await writeFile(path.join(nm, p, 'package.json'), '{}');
  }
  await mkdir(path.join(nm, '.bin'), { recursive: true });
  for (const b of bins) await symlink(`../${b}/cli.js`, path.join(nm, '.bin', b));
  return nm;
}

describe('prune plans', () => {
  it('lists packages, scoped and nested ones and .bin links', async () => {
    const nm = await tree(['ms', '@types/node', 'typescript', 'a/node_modules/b'], ['tsc']);
    expect((await listInstalled(nm)).sort()).toEqual([
      '.bin/tsc',
      '@types/node',
      'a',
      'a/node_modules/b',
      'ms',
      'typescript',
    ]);
  });

  it('records what a prune removed and replays it on the same tree', async () => {
    const packages = ['ms', '@types/node', 'typescript', 'dev-only/node_modules/nested'];
    const first = await tree(packages, ['tsc']);
    const before = await listInstalled(first);
    // what `npm prune --omit=dev` would do to this tree
    for (const p of ['@types/node', 'typescript', 'dev-only', '.bin/tsc'])
      await rm(path.join(first, p), { recursive: true });
    await writeFile(path.join(first, '.package-lock.json'), '{"pruned":true}');
    const plan = await recordPrune(first, before);
    // the nested package goes with its parent: only the outermost path is recorded
    expect(plan.removed.sort()).toEqual(['.bin/tsc', '@types/node', 'dev-only', 'typescript']);
    expect(isPrunePlan(JSON.parse(JSON.stringify(plan)))).toBe(true);

    const second = await tree(packages, ['tsc']);
    await applyPrunePlan(second, plan);
    expect(await listInstalled(second)).toEqual(await listInstalled(first));
    expect(await readFile(path.join(second, '.package-lock.json'), 'utf8')).toBe('{"pruned":true}');
  });

  it.each([
    { name: 'not an object', value: 'x', valid: false },
    { name: 'removed is not a list', value: { removed: 'ms' }, valid: false },
    { name: 'a path climbing out of node_modules', value: { removed: ['../../etc'] }, valid: false },
    { name: 'a plain plan', value: { removed: ['typescript'] }, valid: true },
    { name: "npm's plan with its hidden lockfile", value: { removed: [], hiddenLockfile: '{}' }, valid: true },
    {
      name: "pnpm's plan",
      value: {
        removed: ['.pnpm/typescript@5.9.3'],
        written: [{ path: '.modules.yaml', content: '{}', mode: 0o644 }],
        linked: [{ path: '.pnpm/node_modules/ms', target: '../ms@2.1.3/node_modules/ms' }],
        inputs: 'abc',
      },
      valid: true,
    },
    {
      name: 'a written file outside node_modules',
      value: { removed: [], written: [{ path: '../package.json', content: '', mode: 0o644 }] },
      valid: false,
    },
    { name: 'an absolute link path', value: { removed: [], linked: [{ path: '/etc/x', target: 'y' }] }, valid: false },
    {
      name: 'a written file without its mode',
      value: { removed: [], written: [{ path: 'a', content: '' }] },
      valid: false,
    },
  ])('isPrunePlan: $name', ({ value, valid }) => {
    expect(isPrunePlan(value)).toBe(valid);
  });
});

describe("pnpm's prune plans", () => {
  async function pnpmTree(): Promise<string> {
    const nm = await tree([
      '.pnpm/ms@2.1.3/node_modules/ms',
      '.pnpm/ms@2.0.0/node_modules/ms',
      '.pnpm/tsc@1.0.0/node_modules/tsc',
    ]);
    await mkdir(path.join(nm, '.pnpm', 'node_modules'), { recursive: true });
    await symlink('../ms@2.0.0/node_modules/ms', path.join(nm, '.pnpm', 'node_modules', 'ms'));
    await symlink('.pnpm/ms@2.1.3/node_modules/ms', path.join(nm, 'ms'));
    await symlink('.pnpm/tsc@1.0.0/node_modules/tsc', path.join(nm, 'tsc'));
    await writeFile(path.join(nm, '.bin', 'tsc'), '#!/bin/sh\n', { mode: 0o755 });
    await writeFile(path.join(nm, '.modules.yaml'), 'dev: true\n');
    return nm;
  }

  it('records removals, rewritten files and re-pointed links, and replays them', async () => {
    const first = await pnpmTree();
    const before = await listPnpmTree(first);
    // a prune that drops the dev package and the older ms, hoisting the newer one instead
    for (const p of ['tsc', '.bin/tsc', '.pnpm/tsc@1.0.0', '.pnpm/ms@2.0.0', '.pnpm/node_modules/ms'])
      await rm(path.join(first, p), { recursive: true });
    await symlink('../ms@2.1.3/node_modules/ms', path.join(first, '.pnpm', 'node_modules', 'ms'));
    await writeFile(path.join(first, '.modules.yaml'), 'dev: false\n');
    const plan = await recordPnpmPrune(first, before, await listPnpmTree(first), 'inputs');
    expect(plan?.removed.sort()).toEqual(['.bin/tsc', '.pnpm/ms@2.0.0', '.pnpm/tsc@1.0.0', 'tsc']);
    expect(plan?.linked).toEqual([{ path: '.pnpm/node_modules/ms', target: '../ms@2.1.3/node_modules/ms' }]);
    expect(plan?.written).toEqual([{ path: '.modules.yaml', content: 'dev: false\n', mode: 0o644 }]);

    const second = await pnpmTree();
    await applyPrunePlan(second, JSON.parse(JSON.stringify(plan)) as NonNullable<typeof plan>);
    expect(await listPnpmTree(second)).toEqual(await listPnpmTree(first));
    expect(await readlink(path.join(second, '.pnpm', 'node_modules', 'ms'))).toBe('../ms@2.1.3/node_modules/ms');
    expect((await lstat(path.join(second, '.modules.yaml'))).mode & 0o777).toBe(0o644);
  });

  it('records nothing when the prune made a directory (a reinstall, not a prune)', async () => {
    const first = await pnpmTree();
    const before = await listPnpmTree(first);
    await mkdir(path.join(first, '.pnpm', 'left-pad@1.0.0'));
    expect(await recordPnpmPrune(first, before, await listPnpmTree(first), 'inputs')).toBeUndefined();
  });

  it('records nothing when a rewritten file is not text', async () => {
    const first = await pnpmTree();
    const before = await listPnpmTree(first);
    await writeFile(path.join(first, '.modules.yaml'), Buffer.from([0xff, 0xfe, 0x00]));
    expect(await recordPnpmPrune(first, before, await listPnpmTree(first), 'inputs')).toBeUndefined();
  });
});
