import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { runActionBundle } from '../support/action-env.js';
import { startCacheServer, type CacheServer } from '../support/actions-cache-server.js';
import { hasDocker } from '../support/docker.js';
import { checkoutFixture, docker, waitForHttp } from '../support/fixture.js';
import { registryDigest, registryTags } from '../support/registry.js';

describe.runIf(hasDocker)('the built action (dist/index.js) run as a runner runs it', () => {
  let checkout: ReturnType<typeof checkoutFixture>;
  let cache: CacheServer;
  let runnerTemp: string;
  let repository: string;
  let port: number;

  beforeAll(async () => {
    checkout = checkoutFixture('app');
    cache = await startCacheServer();
    runnerTemp = mkdtempSync(path.join(os.tmpdir(), 'adb-runner-temp-'));
    const target = loadConfig(path.join(checkout.dir, 'artifact-build.yml')).targets[0]!;
    repository = target.image;
    port = target.smoke!.port;
  });

  afterAll(async () => {
    await cache?.close();
    checkout?.cleanup();
  });

  async function runAction(
    options: {
      event?: 'push' | 'pull_request';
      inputs?: Record<string, string>;
      cacheEnv?: Record<string, string>;
    } = {},
  ) {
    return runActionBundle(checkout.dir, {
      workspace: checkout.dir,
      sha: checkout.sha,
      event: options.event ?? 'push',
      runnerTemp,
      // an input the runner would fill from action.yml's defaults is left empty on purpose
      inputs: { config: 'artifact-build.yml', baseline: 'off', ...options.inputs },
      extra: { ...(options.cacheEnv ?? cache.env), ARTIFACT_DOCKER_BUILD_CACHE_TIMEOUT: '10' },
    });
  }

  it('first push to main: installs, saves to the Actions cache, builds, pushes; the image answers /health', async () => {
    const run = await runAction();
    expect(run.code, run.log).toBe(0);
    expect(run.outputs['cache-hit']).toBe('false');
    const target = run.timings!.targets.app!;
    expect(target.cacheHit).toBe(false);
    expect(target.phases.install).toBeGreaterThan(0);
    expect(target.phases.build).toBeGreaterThan(0);
    expect(target.phases.push).toBeGreaterThan(0);
    // node_modules, and the record of what the prune removed
    expect(cache.entries().map((e) => e.key)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^adb-v1-node_modules-.*[0-9a-f]{32}$/),
        expect.stringMatching(/-production-/),
      ]),
    );

    const image = run.images.app!;
    expect(image.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(image.tags).toEqual(
      expect.arrayContaining([
        `${repository}:sha-${checkout.sha.slice(0, 7)}`,
        `${repository}:main`,
        `${repository}:latest`,
      ]),
    );
    expect(await registryTags(repository)).toEqual(
      expect.arrayContaining([`sha-${checkout.sha.slice(0, 7)}`, 'main', 'latest']),
    );
    expect(run.summary).toContain('app');

    // what the registry has, not what the daemon kept: drop the local tags and pull by digest
    for (const tag of image.tags) docker('image', 'rm', '--force', tag);
    const byDigest = `${repository}@${image.digest}`;
    docker('pull', byDigest);
    const labels = JSON.parse(docker('image', 'inspect', '--format', '{{json .Config.Labels}}', byDigest)) as Record<
      string,
      string
    >;
    expect(labels['org.opencontainers.image.revision']).toBe(checkout.sha);
    expect(labels['org.opencontainers.image.source']).toBe('https://github.com/acme/fixture');
    const container = docker('run', '--detach', '--network', 'host', '--env', `PORT=${port}`, byDigest);
    try {
      const health = await waitForHttp(`http://127.0.0.1:${port}/health`);
      expect(health.status).toBe(200);
    } finally {
      docker('rm', '--force', container);
    }
  });

  it('second run (a pull request): the exact cache hit restores node_modules and skips the install', async () => {
    const run = await runAction({ event: 'pull_request' });
    expect(run.code, run.log).toBe(0);
    expect(run.outputs['cache-hit']).toBe('true');
    const target = run.timings!.targets.app!;
    expect(target.cacheHit).toBe(true);
    expect(target.phases.install ?? 0).toBe(0);
    expect(target.phases.restore).toBeGreaterThan(0);
  });

  it('a push of unchanged inputs reuses the pushed image: no build, the new tags point at the same digest', async () => {
    const first = await registryTags(repository);
    const run = await runAction();
    expect(run.code, run.log).toBe(0);
    const target = run.timings!.targets.app!;
    expect(target.phases.build ?? 0).toBe(0);
    expect(target.phases.image ?? 0).toBe(0);
    expect(target.phases.push).toBeGreaterThan(0);
    expect(run.summary).toContain('reused');
    const digest = run.images.app!.digest;
    expect(digest).toMatch(/^sha256:/);
    expect(await registryTags(repository)).toEqual(expect.arrayContaining(first));
    expect(await registryDigest(repository, 'main')).toBe(digest);
    expect(await registryDigest(repository, `sha-${checkout.sha.slice(0, 7)}`)).toBe(digest);
  });

  it('a source change is built again (the cache still hits) and pushed', async () => {
    const server = path.join(checkout.dir, 'src', 'server.ts');
    writeFileSync(server, `${readFileSync(server, 'utf8')}\n// changed\n`);
    const run = await runAction();
    expect(run.code, run.log).toBe(0);
    expect(run.timings!.targets.app!.cacheHit).toBe(true);
    expect(run.timings!.targets.app!.phases.image).toBeGreaterThan(0);
  });

  it('a pull request builds and smoke-tests but pushes nothing', async () => {
    const before = await registryTags(repository);
    const run = await runAction({ event: 'pull_request' });
    expect(run.code, run.log).toBe(0);
    expect(run.images.app!.digest).toBeNull();
    expect(run.images.app!.tags).toContain(`${repository}:pr-7`);
    expect(await registryTags(repository)).toEqual(before);
  });

  it('a config file that is not there fails the step and names the path', async () => {
    const run = await runAction({ inputs: { config: 'missing.yml' } });
    expect(run.code).toBe(1);
    expect(run.log).toContain('missing.yml');
  });
});
