import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import type { ImagesOutput, TimingsOutput } from '../../src/report/outputs.js';
import { hasDocker } from '../support/docker.js';
import {
  checkoutFixture,
  cleanEnv,
  CLI_BUNDLE,
  commitChange,
  docker,
  runNode,
  waitForHttp,
} from '../support/fixture.js';
import { registryLayers } from '../support/registry.js';

interface CliJson {
  images: ImagesOutput;
  timings: TimingsOutput;
}

describe.runIf(hasDocker)('the built CLI (dist/cli/index.js)', () => {
  const checkouts: ReturnType<typeof checkoutFixture>[] = [];
  let cacheDir: string;
  let home: string;

  beforeAll(() => {
    cacheDir = mkdtempSync(path.join(os.tmpdir(), 'adb-cli-cache-'));
    home = mkdtempSync(path.join(os.tmpdir(), 'adb-cli-home-'));
  });
  afterAll(() => checkouts.forEach((c) => c.cleanup()));

  function fresh() {
    const checkout = checkoutFixture('app');
    checkouts.push(checkout);
    return checkout;
  }

  const cli = (cwd: string, args: string[]) =>
    runNode(CLI_BUNDLE, args, { cwd, env: cleanEnv({ XDG_CACHE_HOME: home }) });

  it('builds and pushes the fixture; a second fresh checkout restores node_modules and skips the install', async () => {
    const first = fresh();
    const target = loadConfig(path.join(first.dir, 'artifact-build.yml')).targets[0]!;
    const summaryFile = path.join(first.dir, 'summary.md');
    const run1 = await cli(first.dir, [
      '--push',
      '--json',
      '--baseline',
      'off',
      '--cache-dir',
      cacheDir,
      '--summary',
      summaryFile,
    ]);
    expect(run1.code, run1.stderr).toBe(0);
    const out1 = JSON.parse(run1.stdout) as CliJson;
    expect(out1.timings.targets.app!.cacheHit).toBe(false);
    expect(out1.timings.targets.app!.phases.install).toBeGreaterThan(0);
    const image = out1.images.app!;
    expect(image.digest).toMatch(/^sha256:/);
    expect(image.size).toBeGreaterThan(0);
    expect(readFileSync(summaryFile, 'utf8')).toContain('app');

    const byDigest = `${target.image}@${image.digest}`;
    for (const tag of image.tags) docker('image', 'rm', '--force', tag);
    docker('pull', byDigest);
    const port = target.smoke!.port;
    const container = docker('run', '--detach', '--network', 'host', '--env', `PORT=${port}`, byDigest);
    try {
      expect((await waitForHttp(`http://127.0.0.1:${port}/health`)).status).toBe(200);
    } finally {
      docker('rm', '--force', container);
    }

    const second = fresh();
    const run2 = await cli(second.dir, ['--json', '--baseline', 'off', '--cache-dir', cacheDir]);
    expect(run2.code, run2.stderr).toBe(0);
    const out2 = JSON.parse(run2.stdout) as CliJson;
    expect(out2.timings.targets.app!.cacheHit).toBe(true);
    expect(out2.timings.targets.app!.phases.install ?? 0).toBe(0);
    // the warm run replays the first run's prune instead of running npm prune again
    expect(run2.stderr).toMatch(/replayed the recorded `npm prune --omit=dev`/);
    expect(run2.stderr).not.toMatch(/^\$ npm prune/m);
    // without --push nothing is pushed
    expect(out2.images.app!.digest).toBeNull();
  });

  it('a source change on an engine that kept nothing uploads only the app layer: the earlier push lends the rest as cache', async () => {
    const checkout = fresh();
    // a base image of this test's own (a label-only child), so that no other build on this engine
    // shares the layers above it: once the first image is removed, nothing of it is left
    const base = `local/adb-fresh-base:${randomBytes(4).toString('hex')}`;
    execFileSync('docker', ['build', '--quiet', '--tag', base, '-'], {
      input: `FROM local/node:20-slim\nLABEL adb.test.base="${base}"\n`,
    });
    const configFile = path.join(checkout.dir, 'artifact-build.yml');
    writeFileSync(
      configFile,
      readFileSync(configFile, 'utf8').replace('BASE_IMAGE: local/node:20-slim', `BASE_IMAGE: "${base}"`),
    );
    const target = loadConfig(configFile).targets[0]!;
    // the docker engine's cache of earlier pushes is what this is about (auto would build with oci)
    const args = ['--engine', 'docker', '--push', '--json', '--baseline', 'off', '--cache-dir', cacheDir];
    try {
      const run1 = await cli(checkout.dir, args);
      expect(run1.code, run1.stderr).toBe(0);
      const first = (JSON.parse(run1.stdout) as CliJson).images.app!;
      // as on a fresh runner: nothing of the first build is left in the engine
      for (const tag of first.tags) docker('image', 'rm', '--force', tag);
      // a new commit, with a later commit time (SOURCE_DATE_EPOCH) than the first
      commitChange(checkout.dir);
      const run2 = await cli(checkout.dir, args);
      expect(run2.code, run2.stderr).toBe(0);
      expect(run2.stderr).toContain(`layers of ${target.image}:main offered as cache`);
      const second = (JSON.parse(run2.stdout) as CliJson).images.app!;
      const [before, after] = [
        await registryLayers(target.image, first.digest!),
        await registryLayers(target.image, second.digest!),
      ];
      expect(after).toHaveLength(before.length);
      // base, WORKDIR, package.json and node_modules keep their digests; dist/ is new
      expect(after.slice(0, -1)).toEqual(before.slice(0, -1));
      expect(after.at(-1)).not.toBe(before.at(-1));
      for (const tag of second.tags) docker('image', 'rm', '--force', tag);
    } finally {
      docker('image', 'rm', '--force', base);
    }
  });

  it.each([
    { name: 'an unknown flag', args: ['--pushh'], expected: /--pushh/ },
    { name: 'a bad engine', args: ['--engine', 'podman'], expected: /--engine must be one of/ },
    { name: 'an unknown target', args: ['--target', 'ap'], expected: /did you mean "app"/ },
  ])('exit 2 on $name', async ({ args, expected }) => {
    const checkout = fresh();
    const run = await cli(checkout.dir, args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(expected);
    expect(run.stdout).toBe('');
  });

  it('exit 2 on a config error, naming the file, line and column and the nearest key', async () => {
    const checkout = fresh();
    const file = path.join(checkout.dir, 'artifact-build.yml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^(\s+)artifacts:/m, '$1artefacts:'));
    const run = await cli(checkout.dir, []);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/artifact-build\.yml:\d+:\d+: unknown key `artefacts`.*did you mean `artifacts`/);
  });

  it('exit 1 when a build command fails, naming the command and showing its output', async () => {
    const checkout = fresh();
    writeFileSync(path.join(checkout.dir, 'src', 'broken.ts'), 'const x: number = "not a number";\n');
    const run = await cli(checkout.dir, ['--baseline', 'off', '--cache-dir', cacheDir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/failed in build/);
    expect(run.stderr).toMatch(/TS2322/);
  });
});
