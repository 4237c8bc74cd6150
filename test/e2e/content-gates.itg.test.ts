import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TimingsOutput } from '../../src/report/outputs.js';
import { hasDocker } from '../support/docker.js';
import { checkoutFixture, cleanEnv, CLI_BUNDLE, runNode } from '../support/fixture.js';

/**
 * Gates keyed by content, end to end on the app fixture with a real local cache directory: a
 * second run of the same lockfile and base image replays the production tree's checks and the
 * base image probe (and the prune) instead of running them, and still reports their warnings;
 * a changed lockfile runs the checks again.
 */
describe.runIf(hasDocker)('gates recorded by content', () => {
  let cacheDir: string;
  let checkout: ReturnType<typeof checkoutFixture>;
  beforeAll(() => {
    cacheDir = mkdtempSync(path.join(os.tmpdir(), 'adb-gates-cache-'));
    checkout = checkoutFixture('app');
  });
  afterAll(() => checkout.cleanup());

  function edit(file: string, change: (text: string) => string): void {
    const full = path.join(checkout.dir, file);
    const before = readFileSync(full, 'utf8');
    const after = change(before);
    expect(after).not.toBe(before);
    writeFileSync(full, after);
  }

  /** typescript as a production dependency (a warning of the production tree check) or a dev one again. */
  function typescriptIn(field: 'dependencies' | 'devDependencies'): void {
    const other = field === 'dependencies' ? 'devDependencies' : 'dependencies';
    const move = (manifest: Record<string, Record<string, string> | undefined>) => {
      manifest[field] = { ...manifest[field], typescript: manifest[other]!.typescript! };
      delete manifest[other]!.typescript;
    };
    edit('package.json', (text) => {
      const pkg = JSON.parse(text) as Record<string, Record<string, string> | undefined>;
      move(pkg);
      return `${JSON.stringify(pkg, null, 2)}\n`;
    });
    edit('package-lock.json', (text) => {
      const lock = JSON.parse(text) as { packages: Record<string, Record<string, unknown>> };
      move(lock.packages['']! as Record<string, Record<string, string>>);
      const entry = lock.packages['node_modules/typescript']!;
      if (field === 'dependencies') delete entry.dev;
      else entry.dev = true;
      return `${JSON.stringify(lock, null, 2)}\n`;
    });
  }

  const cli = async (summary: string) => {
    const args = [
      '--json',
      '--baseline',
      'off',
      '--cache-dir',
      cacheDir,
      '--summary',
      path.join(checkout.dir, summary),
    ];
    const run = await runNode(CLI_BUNDLE, args, { cwd: checkout.dir, env: cleanEnv({}) });
    expect(run.code, run.stderr).toBe(0);
    const timings = (JSON.parse(run.stdout) as { timings: TimingsOutput }).timings.targets.app!;
    const warnings = run.stderr
      .split('\n')
      .filter((l) => l.startsWith('warning:') && l.includes('build-time tools in the image'));
    return { ...run, timings, warnings, summary: readFileSync(path.join(checkout.dir, summary), 'utf8') };
  };

  const PROBE = /^\$ docker run --rm --network none .*local\/node:20-slim/m;
  const TREE_REPLAYED =
    /production tree checks: recorded for key adb-v1-node_modules-\S+-production-\S+-checks-\w+, not repeated/;
  const PROBE_REPLAYED = /base image probe: recorded for local\/node:20-slim \(sha256:[a-f0-9]{64}\), not repeated/;

  it('replays the production tree checks and the base image probe on a second run with the same lockfile and base, until the lockfile changes', async () => {
    typescriptIn('dependencies');

    const first = await cli('first.md');
    expect(first.timings.cacheHit).toBe(false);
    expect(first.stderr).toMatch(/^\$ npm prune --omit=dev/m);
    expect(first.stderr).toMatch(PROBE);
    expect(first.stderr).not.toMatch(TREE_REPLAYED);
    expect(first.warnings).toHaveLength(1);
    expect(first.warnings[0]).toContain('typescript@5.9.3');
    expect(first.summary).not.toContain('Gates from records');

    const second = await cli('second.md');
    expect(second.timings.cacheHit).toBe(true);
    // no package manager prune, no probe container, no tree checks: all from records
    expect(second.stderr).not.toMatch(/^\$ npm prune/m);
    expect(second.stderr).toMatch(/replayed the recorded `npm prune --omit=dev`/);
    expect(second.stderr).not.toMatch(PROBE);
    expect(second.stderr).toMatch(PROBE_REPLAYED);
    expect(second.stderr).toMatch(TREE_REPLAYED);
    // the user still sees what the checks found
    expect(second.warnings).toEqual(first.warnings);
    expect(second.summary).toContain('### Gates from records');
    expect(second.summary).toMatch(/production tree checks: recorded for key/);

    // a dependency change: another tree, checked again (the base is the same: its probe is not)
    typescriptIn('devDependencies');
    const third = await cli('third.md');
    expect(third.timings.cacheHit).toBe(false);
    expect(third.stderr).not.toMatch(TREE_REPLAYED);
    expect(third.stderr).toMatch(PROBE_REPLAYED);
    expect(third.warnings).toEqual([]);
  });
});
