import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImagesOutput, TimingsOutput } from '../../src/report/outputs.js';
import { hasDocker } from '../support/docker.js';
import { checkoutFixture, cleanEnv, CLI_BUNDLE, commitChange, docker, runNode } from '../support/fixture.js';

interface CliJson {
  images: ImagesOutput;
  timings: TimingsOutput;
}

/** Every path under /app/node_modules in an image, read from its exported file system. */
function shippedModules(image: string): string[] {
  const id = docker('create', image);
  try {
    const listing = execFileSync('sh', ['-c', `docker export ${id} | tar -t`], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    return listing
      .split('\n')
      .filter((p) => p.startsWith('app/node_modules/'))
      .map((p) => p.slice('app/node_modules/'.length).replace(/\/$/, ''));
  } finally {
    docker('rm', '--force', id);
  }
}

/**
 * One workspace per package manager, each with two apps (api uses ms, web escape-html) and a
 * local package both use (@acme/shared, published as its built dist/). Real package managers
 * from the npm registry, the real engine and registry.
 */
const FROM_INSTALL = /\d+ packages from the workspace's lockfile install/;
/** each package manager's own tool where it has one, else the tree laid out from the install */
const WORKSPACES = [
  { pm: 'npm', fixture: 'workspaces/npm', how: FROM_INSTALL },
  { pm: 'pnpm', fixture: 'workspaces/pnpm', how: /pnpm deploy --prod/ },
  { pm: 'yarn 4', fixture: 'workspaces/yarn', how: /yarn workspaces focus --production/ },
  { pm: 'yarn 1', fixture: 'workspaces/yarn-classic', how: FROM_INSTALL },
  { pm: 'bun', fixture: 'workspaces/bun', how: FROM_INSTALL },
];

describe.runIf(hasDocker).each(WORKSPACES)('a $pm workspace', ({ fixture, how }) => {
  let checkout: ReturnType<typeof checkoutFixture>;
  let cacheDir: string;
  let home: string;
  beforeAll(() => {
    checkout = checkoutFixture(fixture);
    cacheDir = mkdtempSync(path.join(os.tmpdir(), 'adb-ws-cache-'));
    home = mkdtempSync(path.join(os.tmpdir(), 'adb-ws-home-'));
  });
  afterAll(() => {
    checkout.cleanup();
    rmSync(cacheDir, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  });
  const cli = async (): Promise<{ out: CliJson; stderr: string }> => {
    const run = await runNode(CLI_BUNDLE, ['--json', '--push', '--baseline', 'off', '--cache-dir', cacheDir], {
      cwd: checkout.dir,
      env: cleanEnv({ XDG_CACHE_HOME: home }),
    });
    expect(run.code, run.stderr).toBe(0);
    return { out: JSON.parse(run.stdout) as CliJson, stderr: run.stderr };
  };

  it('installs once at the root, builds the shared package, ships each app its own production tree', async () => {
    const { out, stderr } = await cli();
    for (const name of ['api', 'web']) {
      expect(out.timings.targets[name]!.cacheHit, name).toBe(false);
      expect(out.timings.targets[name]!.phases.smoke, name).toBeGreaterThan(0);
    }
    // one install and one build of @acme/shared for both apps
    expect(
      stderr.match(/installed once for the workspace \(by (api|web)\)|was built for this run by/g)?.length ?? 0,
    ).toBeGreaterThanOrEqual(1);
    expect(stderr).toMatch(/@acme\/shared was built for this run by (api|web)/);
    for (const app of ['api', 'web'])
      expect(stderr).toMatch(new RegExp(`production tree of @acme/${app}: ${how.source}, with @acme/shared`));

    const api = shippedModules(out.images.api!.tags[0]!);
    const web = shippedModules(out.images.web!.tags[0]!);
    // pnpm deploy keeps pnpm's layout (links inside node_modules to .pnpm/<name>@<version>/…)
    const has = (files: string[], pkg: string): boolean =>
      files.some((p) => p === `${pkg}/package.json` || p.endsWith(`/node_modules/${pkg}/package.json`));
    expect(has(api, 'ms')).toBe(true);
    expect(has(web, 'escape-html')).toBe(true);
    // another app's dependencies never ship, nor dev dependencies
    expect(api.filter((p) => p.includes('escape-html'))).toEqual([]);
    expect(has(web, 'ms')).toBe(false);
    expect([...api, ...web].filter((p) => p.includes('@types'))).toEqual([]);
    for (const [files, other] of [
      [api, 'web'],
      [web, 'api'],
    ] as const) {
      // the local package as it publishes: built, without its sources
      expect(has(files, '@acme/shared')).toBe(true);
      expect(
        files.some((p) => p === '@acme/shared/dist/index.js' || p.endsWith('/node_modules/@acme/shared/dist/index.js')),
      ).toBe(true);
      expect(files.filter((p) => /@acme\/shared\/src\b/.test(p))).toEqual([]);
      expect(has(files, 'picocolors')).toBe(true);
      expect(files.filter((p) => p.includes(`@acme/${other}`))).toEqual([]);
    }
  });

  it('a change to one app: one cache entry restored for both, only that app rebuilt', async () => {
    commitChange(checkout.dir, 'apps/api/src/server.js');
    const { out, stderr } = await cli();
    expect(out.timings.targets.api!.cacheHit).toBe(true);
    expect(stderr).toMatch(/\[web\] \S+:inputs-\w+ was built from these same inputs: reusing it/);
    expect(stderr).not.toMatch(/\[api\] \S+:inputs-\w+ was built from these same inputs/);
  });
});
