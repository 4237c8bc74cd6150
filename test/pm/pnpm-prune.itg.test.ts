import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPnpmTree, pnpmPruneInputs, pnpmSettings } from '../../src/pm/pnpm-tree.js';
import { applyPrunePlan, isPrunePlan, recordPnpmPrune } from '../../src/pm/prune-plan.js';
import { FIXTURES } from '../support/fixture.js';

/** Every path below `root` with its type, symlink target, mode and content hash. */
function snapshot(root: string): string[] {
  const lines: string[] = [];
  const walk = (relative: string): void => {
    const full = path.join(root, relative);
    const stat = lstatSync(full);
    if (stat.isSymbolicLink()) lines.push(`link ${relative} -> ${readlinkSync(full)}`);
    else if (stat.isDirectory()) {
      lines.push(`dir ${relative} ${(stat.mode & 0o777).toString(8)}`);
      for (const name of readdirSync(full).sort()) walk(relative ? `${relative}/${name}` : name);
    } else {
      const digest = createHash('sha256').update(readFileSync(full)).digest('hex');
      lines.push(`file ${relative} ${(stat.mode & 0o777).toString(8)} ${digest}`);
    }
  };
  walk('');
  return lines;
}

const fixture = path.join(FIXTURES, 'pnpm-app');
const pnpmVersion = (
  JSON.parse(readFileSync(path.join(fixture, 'package.json'), 'utf8')) as { packageManager: string }
).packageManager.replace(/^pnpm@/, '');

/**
 * The real pnpm (from the npm registry) prunes one copy of an installed and built tree; the
 * recorded plan is replayed on another copy; both must be the same tree, file for file.
 */
describe('replaying a recorded `pnpm prune --prod`', () => {
  let work: string;
  let pnpm: string;
  let store: string;
  let env: Record<string, string>;
  const installed = (): string => path.join(work, 'installed');
  const run = (cwd: string, ...args: string[]): string => {
    try {
      return execFileSync(pnpm, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: string; stderr?: string };
      throw new Error(`pnpm ${args.join(' ')} failed in ${cwd}:\n${stdout ?? ''}${stderr ?? ''}`, { cause: error });
    }
  };

  beforeAll(() => {
    work = mkdtempSync(path.join(os.tmpdir(), 'adb-pnpm-prune-'));
    execFileSync(
      'npm',
      ['install', '--prefix', path.join(work, 'tool'), `pnpm@${pnpmVersion}`, '--no-audit', '--no-fund'],
      {
        stdio: 'ignore',
      },
    );
    pnpm = path.join(work, 'tool', 'node_modules', '.bin', 'pnpm');
    store = path.join(work, 'store');
    env = { ...(process.env as Record<string, string>), npm_config_store_dir: store, CI: 'true' };
    cpSync(fixture, installed(), { recursive: true, filter: (src) => !/(^|\/)(node_modules|dist)$/.test(src) });
    run(installed(), 'install', '--frozen-lockfile');
    // the build writes into node_modules, as code generators do: at the top, in a production
    // package's store entry, in a dev package (which goes with it), beside the hoisted packages
    run(installed(), 'run', 'build');
    const nm = path.join(installed(), 'node_modules');
    // debug is there twice: 4.4.3 for the app, 2.6.9 for a dev package
    const entry = (name: string): string => path.join(nm, '.pnpm', name, 'node_modules');
    for (const dir of [
      path.join(nm, '.cache', 'tool'),
      path.join(entry('debug@4.4.3'), '.prisma', 'client'),
      path.join(entry('typescript@5.9.3'), 'typescript', 'generated'),
      path.join(nm, '.pnpm', 'node_modules', '.generated'),
    ]) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'index.js'), `// generated into ${path.relative(nm, dir)}\n`);
    }
    // a warm runner has the restored tree but not pnpm's store
    rmSync(store, { recursive: true, force: true });
  }, 180_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('gives the same tree as pnpm itself: every path, type, link target, mode and content', async () => {
    const byPnpm = path.join(work, 'by-pnpm');
    const replayed = path.join(work, 'replayed');
    execFileSync('cp', ['-a', installed(), byPnpm]);
    execFileSync('cp', ['-a', installed(), replayed]);
    const settings = await pnpmSettings([byPnpm]);

    const before = await listPnpmTree(path.join(byPnpm, 'node_modules'));
    const inputs = pnpmPruneInputs(before, settings, env);
    run(byPnpm, 'prune', '--prod');
    const after = await listPnpmTree(path.join(byPnpm, 'node_modules'));
    const plan = JSON.parse(
      JSON.stringify(await recordPnpmPrune(path.join(byPnpm, 'node_modules'), before, after, inputs)),
    ) as unknown;
    expect(isPrunePlan(plan)).toBe(true);
    if (!isPrunePlan(plan)) return;
    // what pnpm changed: the dev packages and their links, and its metadata rewritten
    expect(plan.removed).toEqual(expect.arrayContaining(['typescript', 'finalhandler', '.bin', '@types']));
    expect(plan.written!.map((w) => w.path).sort()).toEqual([
      '.modules.yaml',
      '.pnpm-workspace-state-v1.json',
      '.pnpm/lock.yaml',
    ]);

    // the other copy is the same tree as the build left it, so the plan applies to it
    const replayedModules = path.join(replayed, 'node_modules');
    expect(pnpmPruneInputs(await listPnpmTree(replayedModules), await pnpmSettings([replayed]), env)).toBe(inputs);
    await applyPrunePlan(replayedModules, plan);

    const expected = snapshot(byPnpm);
    expect(snapshot(replayed)).toEqual(expected);
    // what the build generated outside dev packages survives both
    expect(expected).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^file node_modules\/\.build-info\/index\.json /),
        expect.stringMatching(/^file node_modules\/\.cache\/tool\/index\.js /),
        expect.stringMatching(/^file node_modules\/\.pnpm\/debug@4\.4\.3\/node_modules\/\.prisma\/client\/index\.js /),
        expect.stringMatching(/^file node_modules\/\.pnpm\/node_modules\/\.generated\/index\.js /),
      ]),
    );
    expect(expected.some((l) => l.includes('typescript/generated'))).toBe(false);
  }, 120_000);

  it('is not replayed onto a tree the build left otherwise, or with other pnpm settings or store', async () => {
    const modules = path.join(installed(), 'node_modules');
    const listing = await listPnpmTree(modules);
    const settings = await pnpmSettings([installed()]);
    const inputs = pnpmPruneInputs(listing, settings, env);
    expect(pnpmPruneInputs(await listPnpmTree(modules), settings, env)).toBe(inputs);
    // pnpm removes what it does not know in its virtual store: a file put there changes the tree
    writeFileSync(path.join(modules, '.pnpm', 'extra.txt'), 'x');
    expect(pnpmPruneInputs(await listPnpmTree(modules), settings, env)).not.toBe(inputs);
    rmSync(path.join(modules, '.pnpm', 'extra.txt'));
    expect(pnpmPruneInputs(listing, [...settings.slice(0, -1), 'hoist-pattern[]=none'], env)).not.toBe(inputs);
    // another store makes pnpm purge and reinstall the tree
    expect(pnpmPruneInputs(listing, settings, { ...env, npm_config_store_dir: '/elsewhere' })).not.toBe(inputs);
  });
});
