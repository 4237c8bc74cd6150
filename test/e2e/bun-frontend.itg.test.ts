import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImagesOutput, TimingsOutput } from '../../src/report/outputs.js';
import { hasDocker } from '../support/docker.js';
import { checkoutFixture, cleanEnv, CLI_BUNDLE, docker, runNode } from '../support/fixture.js';

interface CliJson {
  images: ImagesOutput;
  timings: TimingsOutput;
}

/**
 * The monorepo's Next.js frontend on Bun: bun.lock, Bun from the npm registry on the runner,
 * `bun install --production`, and an image on local/bun:1.3.9 (scripts/bun-base-image.sh)
 * that has no node at all, so the smoke test passing means Bun serves the app.
 */
describe.runIf(hasDocker)('the Next.js frontend on a Bun base image', () => {
  let checkout: ReturnType<typeof checkoutFixture>;
  let home: string;
  beforeAll(() => {
    checkout = checkoutFixture('bun-frontend');
    home = mkdtempSync(path.join(os.tmpdir(), 'adb-bun-home-'));
  });
  afterAll(() => {
    checkout.cleanup();
    rmSync(home, { recursive: true, force: true });
  });

  it('installs with bun, prunes with bun install --production, passes its smoke test on Bun', async () => {
    const run = await runNode(CLI_BUNDLE, ['--json', '--baseline', 'off', '--cache-dir', path.join(home, 'cache')], {
      cwd: checkout.dir,
      env: cleanEnv({ XDG_CACHE_HOME: home }),
    });
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as CliJson;
    const frontend = out.timings.targets.frontend!;
    expect(frontend.phases.smoke).toBeGreaterThan(0);
    expect(run.stderr).toMatch(/^\$ bun install --frozen-lockfile$/m);
    expect(run.stderr).toMatch(/^\$ rm -rf node_modules && bun install --production --frozen-lockfile$/m);
    // the Bun base was recognised: no "could not read Node's version" warning
    expect(run.stderr).not.toMatch(/Could not read Node's version/);
    const image = out.images.frontend!.tags[0]!;
    expect(docker('run', '--rm', '--network', 'none', '--entrypoint', 'bun', image, '--version')).toBe('1.3.9');
    expect(() => docker('run', '--rm', '--network', 'none', '--entrypoint', 'node', image, '--version')).toThrow();
    // the dev dependency did not ship
    expect(
      docker(
        'run',
        '--rm',
        '--network',
        'none',
        '--entrypoint',
        'bun',
        image,
        '-p',
        "require('fs').existsSync('/app/node_modules/@types/react')",
      ),
    ).toBe('false');
  });
});
