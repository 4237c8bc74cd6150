import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TimingsOutput } from '../../src/report/outputs.js';
import { hasDocker } from '../support/docker.js';
import { checkoutFixture, cleanEnv, CLI_BUNDLE, runNode } from '../support/fixture.js';

/**
 * A single-package pnpm app (the real pnpm from the npm registry, the real engine) whose build
 * writes a file into node_modules that the server reads at start: the second run restores
 * node_modules, replays the first run's `pnpm prune --prod`, and its smoke test proves the
 * generated file survived the replay.
 */
describe.runIf(hasDocker)('a pnpm app built twice', () => {
  const checkouts: ReturnType<typeof checkoutFixture>[] = [];
  let cacheDir: string;
  let home: string;
  beforeAll(() => {
    cacheDir = mkdtempSync(path.join(os.tmpdir(), 'adb-pnpm-app-cache-'));
    home = mkdtempSync(path.join(os.tmpdir(), 'adb-pnpm-app-home-'));
  });
  afterAll(() => {
    checkouts.forEach((c) => c.cleanup());
    rmSync(cacheDir, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  });

  const cli = async (): Promise<{ timings: TimingsOutput; stderr: string }> => {
    const checkout = checkoutFixture('pnpm-app');
    checkouts.push(checkout);
    const run = await runNode(CLI_BUNDLE, ['--json', '--baseline', 'off', '--cache-dir', cacheDir], {
      cwd: checkout.dir,
      env: cleanEnv({ XDG_CACHE_HOME: home, XDG_DATA_HOME: home }),
    });
    expect(run.code, run.stderr).toBe(0);
    return { timings: (JSON.parse(run.stdout) as { timings: TimingsOutput }).timings, stderr: run.stderr };
  };

  it('runs pnpm prune on a miss and replays it on a hit; the image starts with what the build generated', async () => {
    const first = await cli();
    expect(first.timings.targets.app!.cacheHit).toBe(false);
    expect(first.stderr).toMatch(/^\$ pnpm prune --prod/m);
    expect(first.timings.targets.app!.phases.smoke).toBeGreaterThan(0);

    const second = await cli();
    expect(second.timings.targets.app!.cacheHit).toBe(true);
    expect(second.stderr).not.toMatch(/^\$ pnpm prune/m);
    expect(second.stderr).toMatch(
      /replayed the recorded `pnpm prune --prod`: \d+ packages and links removed, 3 metadata files and links rewritten/,
    );
    // the smoke test's server reads node_modules/.build-info, which the build wrote before the prune
    expect(second.timings.targets.app!.phases.smoke).toBeGreaterThan(0);
  }, 600_000);
});
