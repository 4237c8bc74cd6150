import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImagesOutput, TimingsOutput } from '../../src/report/outputs.js';
import { hasDocker, REGISTRY } from '../support/docker.js';
import { checkoutFixture, cleanEnv, CLI_BUNDLE, docker, runNode, waitForHttp } from '../support/fixture.js';
import { blobUploads, startRegistryProxy, type RegistryProxy } from '../support/registry-proxy.js';

interface CliJson {
  images: ImagesOutput;
  timings: TimingsOutput;
}

/**
 * The daemonless engine through the built CLI, with DOCKER_HOST pointing nowhere: the base image
 * comes from the registry, the image goes back to it through a recording proxy, and the test
 * (which does have Docker) pulls and runs what was pushed.
 */
describe.runIf(hasDocker)('engine oci without a Docker daemon', () => {
  let proxy: RegistryProxy;
  let checkout: ReturnType<typeof checkoutFixture>;
  let cacheDir: string;
  const home = mkdtempSync(path.join(os.tmpdir(), 'adb-oci-home-'));

  beforeAll(async () => {
    proxy = await startRegistryProxy({ upstream: REGISTRY });
    checkout = checkoutFixture('app');
    cacheDir = mkdtempSync(path.join(os.tmpdir(), 'adb-oci-cache-'));
    const file = path.join(checkout.dir, 'artifact-build.yml');
    const config = readFileSync(file, 'utf8')
      .replace(/^registry: .*$/m, `registry: ${proxy.host}/oci-e2e`)
      .replace('BASE_IMAGE: local/node:20-slim', `BASE_IMAGE: ${proxy.host}/node:20-slim`);
    writeFileSync(file, config);
  });
  afterAll(async () => {
    await proxy?.close();
    checkout?.cleanup();
  });

  const cli = (args: string[]) =>
    runNode(CLI_BUNDLE, ['--engine', 'oci', '--baseline', 'off', '--json', '--cache-dir', cacheDir, ...args], {
      cwd: checkout.dir,
      env: cleanEnv({ XDG_CACHE_HOME: home, DOCKER_HOST: 'unix:///nonexistent/docker.sock' }),
    });

  it('builds and pushes; the pushed image runs under Docker; a rerun gives the same digest and uploads nothing', async () => {
    const first = await cli(['--push']);
    expect(first.code, first.stderr).toBe(0);
    const image = (JSON.parse(first.stdout) as CliJson).images.app!;
    expect(image.digest).toMatch(/^sha256:/);
    expect(first.stderr).toMatch(/smoke test needs the image in a Docker daemon/);

    // the daemon pulls from the registry itself, not through the recording proxy
    const byDigest = `${image.image.replace(proxy.host, REGISTRY)}@${image.digest}`;
    docker('pull', byDigest);
    // with no daemon to ask, the engine counted the unpacked layers itself: the daemon agrees
    expect(image.size).toBe(Number(docker('image', 'inspect', '--format', '{{.Size}}', byDigest)));
    const container = docker('run', '--detach', '--network', 'host', '--env', 'PORT=18181', byDigest);
    try {
      expect((await waitForHttp('http://127.0.0.1:18181/health')).status).toBe(200);
    } finally {
      docker('rm', '--force', container);
      docker('image', 'rm', '--force', byDigest);
    }

    const before = blobUploads(proxy.requests).length;
    const second = await cli(['--push']);
    expect(second.code, second.stderr).toBe(0);
    expect((JSON.parse(second.stdout) as CliJson).images.app!.digest).toBe(image.digest);
    expect(blobUploads(proxy.requests).length).toBe(before);
  });

  it('without --push leaves an archive that docker load accepts', async () => {
    const run = await cli([]);
    expect(run.code, run.stderr).toBe(0);
    const archive = /the image is in (\S+\.docker\.tar)/.exec(run.stderr)?.[1];
    expect(archive, run.stderr).toBeDefined();
    expect(existsSync(archive!)).toBe(true);
    const loaded = docker('load', '--input', archive!);
    expect(loaded).toMatch(/Loaded image/);
    const tag = /Loaded image: (\S+)/.exec(loaded)?.[1];
    expect(tag, loaded).toBeDefined();
    // the uncompressed size, as `docker image inspect` reports it, not the registry's compressed one
    const size = (JSON.parse(run.stdout) as CliJson).images.app!.size;
    expect(size).toBe(Number(docker('image', 'inspect', '--format', '{{.Size}}', tag!)));
  });
});
