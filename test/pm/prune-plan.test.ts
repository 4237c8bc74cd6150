import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyPrunePlan, isPrunePlan, listInstalled, recordPrune } from '../../src/pm/prune-plan.js';

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
  ])('isPrunePlan: $name', ({ value, valid }) => {
    expect(isPrunePlan(value)).toBe(valid);
  });
});
