import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runActionBundle } from '../support/action-env.js';
import { AUTH_REGISTRY, AUTH_USER, hasDocker, REGISTRY } from '../support/docker.js';
import { checkoutFixture, cleanEnv, CLI_BUNDLE, runNode } from '../support/fixture.js';
import { startRegistryProxy, type RegistryProxy } from '../support/registry-proxy.js';

/**
 * A push that does not happen must fail the run: the CLI exits 1 and the action's step goes
 * red, whatever the reason the registry gave, with each engine that runs here end to end.
 */

/** A port on 127.0.0.1 that nothing listens on (taken, then given back). */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function dockerConfig(auths: Record<string, { auth: string }>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'adb-push-fail-docker-'));
  writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ auths }));
  return dir;
}

describe.runIf(hasDocker)('a push that fails fails the run', () => {
  let checkout: ReturnType<typeof checkoutFixture>;
  let cacheDir: string;
  let home: string;
  let noLogin: string;
  let wrongPassword: string;
  let dropping: RegistryProxy;
  let unreachable: string;

  beforeAll(async () => {
    checkout = checkoutFixture('app');
    // no smoke test: its fixed port would race the other suites' containers, and the push is what is tested
    const config = path.join(checkout.dir, 'artifact-build.yml');
    // the base from the local registry, which the daemonless engine reads it from
    writeFileSync(
      config,
      readFileSync(config, 'utf8')
        .replace(/^\s+smoke:.*\n/m, '')
        .replace('BASE_IMAGE: local/node:20-slim', `BASE_IMAGE: localhost:5000/node:20-slim`),
    );
    cacheDir = mkdtempSync(path.join(os.tmpdir(), 'adb-push-fail-cache-'));
    home = mkdtempSync(path.join(os.tmpdir(), 'adb-push-fail-home-'));
    noLogin = dockerConfig({});
    wrongPassword = dockerConfig({
      [AUTH_REGISTRY]: { auth: Buffer.from(`${AUTH_USER}:not-the-password`).toString('base64') },
    });
    // a registry that dies once the layers start to go up: every upload's connection is cut
    dropping = await startRegistryProxy({
      upstream: REGISTRY,
      rules: [{ methods: ['PATCH', 'PUT'], path: /\/blobs\/uploads\//, times: Infinity, failure: 'reset' }],
    });
    unreachable = `127.0.0.1:${await closedPort()}`;
  });

  afterAll(async () => {
    await dropping?.close();
    checkout?.cleanup();
    for (const dir of [cacheDir, home, noLogin, wrongPassword]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  // resolved when the test runs: the registries exist only after beforeAll
  const cases: { name: string; registry: () => string; dockerConfig: () => string }[] = [
    { name: 'no credentials', registry: () => AUTH_REGISTRY, dockerConfig: () => noLogin },
    { name: 'a wrong password', registry: () => AUTH_REGISTRY, dockerConfig: () => wrongPassword },
    { name: 'an unreachable registry', registry: () => unreachable, dockerConfig: () => noLogin },
    {
      name: 'a registry that drops the connection mid-push',
      registry: () => dropping.host,
      dockerConfig: () => noLogin,
    },
  ];

  describe.each(['oci', 'docker'] as const)('%s engine, CLI', (engine) => {
    it.each(cases)('$name: exits 1, nothing pushed', async (c) => {
      const registry = c.registry();
      writeRegistry(checkout.dir, registry, `${engine}-${cases.indexOf(c)}`);
      const args = ['--push', '--engine', engine, '--baseline', 'off', '--cache-dir', cacheDir, '--json'];
      const env = cleanEnv({ XDG_CACHE_HOME: home, DOCKER_CONFIG: c.dockerConfig() });
      const run = await runNode(CLI_BUNDLE, args, { cwd: checkout.dir, env, timeoutMs: 420_000 });
      expect(run.code, run.stderr).toBe(1);
      // the preflight already refuses credentials it can test; what it cannot see fails the push
      expect(run.stderr).toMatch(/app failed( in push)?: /);
      const out = JSON.parse(run.stdout) as { images: Record<string, { digest: string | null }> };
      expect(out.images.app?.digest ?? null).toBeNull();
    });
  });

  it('the action: a refused push is a failed step, with the outputs still written', async () => {
    writeRegistry(checkout.dir, AUTH_REGISTRY, 'action');
    const run = await runActionBundle(checkout.dir, {
      workspace: checkout.dir,
      sha: 'f'.repeat(40),
      inputs: { config: 'artifact-build.yml', baseline: 'off', push: 'true', engine: 'oci', cache: 'false' },
      extra: { DOCKER_CONFIG: noLogin },
    });
    expect(run.code, run.log).toBe(1);
    expect(run.stdout).toMatch(/^::error[^:]*::app failed( in push)?: /m);
    expect(run.images.app?.digest ?? null).toBeNull();
  });
});

/** Points the checkout's registry prefix at `registry`, under a namespace of the case's own. */
function writeRegistry(dir: string, registry: string, namespace: string): void {
  const config = path.join(dir, 'artifact-build.yml');
  writeFileSync(
    config,
    readFileSync(config, 'utf8').replace(/^registry: .*$/m, `registry: ${registry}/push-fail-${namespace}`),
  );
}
