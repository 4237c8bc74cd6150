import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImagesOutput, TimingsOutput } from '../../src/report/outputs.js';
import { hasDocker, REGISTRY } from '../support/docker.js';
import { checkoutFixture, cleanEnv, CLI_BUNDLE, commitChange, runNode } from '../support/fixture.js';

interface CliJson {
  images: ImagesOutput;
  timings: TimingsOutput;
}

/**
 * `engine: auto` on the app fixture as it is written, with its base local/node:20-slim, which
 * only the daemon has (it names Docker Hub, which has no such image): the daemonless oci engine
 * builds it, reading the base from the daemon once, smoke-tests it in the daemon and pushes it,
 * base layers included, to the local registry. The next run reuses the kept base.
 */
describe.runIf(hasDocker)('engine auto on a COPY-only app with a daemon-only base', () => {
  let checkout: ReturnType<typeof checkoutFixture>;
  const work = mkdtempSync(path.join(os.tmpdir(), 'adb-auto-engine-'));

  beforeAll(() => {
    checkout = checkoutFixture('app');
    const file = path.join(checkout.dir, 'artifact-build.yml');
    const config = readFileSync(file, 'utf8').replace(/^registry: localhost:5000\//m, `registry: ${REGISTRY}/`);
    expect(config).toContain(`registry: ${REGISTRY}/`);
    expect(config).toContain('BASE_IMAGE: local/node:20-slim');
    writeFileSync(file, config);
  });
  afterAll(() => {
    checkout?.cleanup();
    rmSync(work, { recursive: true, force: true });
  });

  // RUNNER_TEMP holds the records (and so the kept bases) between runs: one of this test's own
  const cli = () =>
    runNode(CLI_BUNDLE, ['--push', '--baseline', 'off', '--json', '--cache-dir', path.join(work, 'cache')], {
      cwd: checkout.dir,
      env: cleanEnv({ XDG_CACHE_HOME: path.join(work, 'home'), RUNNER_TEMP: path.join(work, 'runner-temp') }),
    });

  async function pushedLayersPresent(image: string, digest: string): Promise<void> {
    const repository = image.slice(`${REGISTRY}/`.length);
    const response = await fetch(`http://${REGISTRY}/v2/${repository}/manifests/${digest}`, {
      headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
    });
    expect(response.status).toBe(200);
    const manifest = (await response.json()) as { layers: { digest: string }[] };
    // the base's layers too: the registry holds every layer the image names
    for (const layer of manifest.layers) {
      const blob = await fetch(`http://${REGISTRY}/v2/${repository}/blobs/${layer.digest}`, { method: 'HEAD' });
      expect(blob.status, layer.digest).toBe(200);
    }
  }

  it('builds with oci, saying why; smoke-tests and pushes; the next run does not save the base again', async () => {
    const first = await cli();
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain(
      'engine oci: COPY-only Dockerfile, no daemon build needed; the image is loaded into the daemon for the smoke test',
    );
    expect(first.stderr).toMatch(/\$ docker image save --output \S+ sha256:[a-f0-9]{64}/);
    expect(first.stderr).toMatch(/base docker\.io\/local\/node:20-slim: read from the Docker daemon/);
    const out = JSON.parse(first.stdout) as CliJson;
    const app = out.images.app!;
    expect(out.timings.targets.app!.phases.smoke).toBeGreaterThan(0);
    expect(app.image.startsWith(`${REGISTRY}/`)).toBe(true);
    expect(app.digest).toMatch(/^sha256:/);
    await pushedLayersPresent(app.image, app.digest!);

    commitChange(checkout.dir);
    const second = await cli();
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).not.toContain('docker image save');
    expect(second.stderr).toMatch(
      /FROM docker\.io\/local\/node:20-slim → image sha256:[a-f0-9]{64} of the Docker daemon/,
    );
    const again = (JSON.parse(second.stdout) as CliJson).images.app!;
    expect(again.digest).not.toBe(app.digest);
    expect((JSON.parse(second.stdout) as CliJson).timings.targets.app!.phases.smoke).toBeGreaterThan(0);
    await pushedLayersPresent(again.image, again.digest!);
  });
});
