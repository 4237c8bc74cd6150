import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BuildError } from '../../../src/errors.js';
import { OciEngine } from '../../../src/engines/oci/index.js';
import { AUTH_PASSWORD, AUTH_REGISTRY, AUTH_USER, hasDocker, REGISTRY } from '../../support/docker.js';
import { startRegistryProxy, type RegistryProxy } from '../../support/registry-proxy.js';
import { rejectionOf } from './context.js';
import { buildRequest, digestAt, engineDeps, ensureBaseImage, makeApp, uniqueTag, type App } from './itg-helpers.js';

function dockerConfig(config: object): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'adb-docker-config-'));
  writeFileSync(path.join(dir, 'config.json'), JSON.stringify(config));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

const auth = (user: string, password: string): string => Buffer.from(`${user}:${password}`).toString('base64');

describe.runIf(hasDocker)('oci engine: registry credentials', () => {
  let app: App;
  const deps = engineDeps();
  const configs: { cleanup(): void }[] = [];

  beforeAll(async () => {
    await ensureBaseImage();
    app = makeApp();
  });
  afterEach(() => {
    for (const c of configs.splice(0)) c.cleanup();
  });
  afterAll(() => {
    app?.cleanup();
    deps.cleanup();
  });

  describe('Basic auth (htpasswd registry)', () => {
    it('fails clearly without credentials, and moves no tag', async () => {
      const config = dockerConfig({ auths: {} });
      configs.push(config);
      const tag = uniqueTag('noauth');
      const error = await rejectionOf(
        new OciEngine({ dockerConfigDir: config.dir }).push(
          buildRequest(app, [`${AUTH_REGISTRY}/oci-test/app:${tag}`]),
          deps,
        ),
      );
      expect(error).toBeInstanceOf(BuildError);
      expect(error.message).toContain(`${AUTH_REGISTRY} requires credentials`);
      expect(error.message).toContain(`docker login ${AUTH_REGISTRY}`);
      expect(error.message).toContain(path.join(config.dir, 'config.json'));
    });

    it('pushes with the credentials docker login stored, never showing the password', async () => {
      const config = dockerConfig({ auths: { [AUTH_REGISTRY]: { auth: auth(AUTH_USER, AUTH_PASSWORD) } } });
      configs.push(config);
      const tag = uniqueTag('auth');
      const { digest } = await new OciEngine({ dockerConfigDir: config.dir }).push(
        buildRequest(app, [`${AUTH_REGISTRY}/oci-test/app:${tag}`]),
        deps,
      );
      expect(digest).toMatch(/^sha256:/);
      const check = await fetch(`http://${AUTH_REGISTRY}/v2/oci-test/app/manifests/${tag}`, {
        method: 'HEAD',
        headers: {
          authorization: `Basic ${auth(AUTH_USER, AUTH_PASSWORD)}`,
          accept: 'application/vnd.oci.image.manifest.v1+json',
        },
      });
      expect(check.headers.get('docker-content-digest')).toBe(digest);
      expect(deps.logger.lines.join('\n')).not.toContain(AUTH_PASSWORD);
    });

    it('names the config file, not the password, when the registry refuses the credentials', async () => {
      const wrong = 'wrong-secret-123';
      const config = dockerConfig({ auths: { [`https://${AUTH_REGISTRY}`]: { auth: auth(AUTH_USER, wrong) } } });
      configs.push(config);
      const error = await rejectionOf(
        new OciEngine({ dockerConfigDir: config.dir }).push(
          buildRequest(app, [`${AUTH_REGISTRY}/oci-test/app:${uniqueTag('wrong')}`]),
          deps,
        ),
      );
      expect(error).toBeInstanceOf(BuildError);
      expect(error.message).toContain('refused the credentials');
      expect(error.message).not.toContain(wrong);
      expect(deps.logger.lines.join('\n')).not.toContain(wrong);
    });

    it('asks the credential helper config.json names, and skips a helper that is not installed', async () => {
      const bin = mkdtempSync(path.join(os.tmpdir(), 'adb-cred-helper-'));
      const helper = path.join(bin, 'docker-credential-adbtest');
      writeFileSync(
        helper,
        `#!/bin/sh\nread host\n[ "$host" = "${AUTH_REGISTRY}" ] || { echo "credentials not found in native keychain"; exit 1; }\necho '{"ServerURL":"${AUTH_REGISTRY}","Username":"${AUTH_USER}","Secret":"${AUTH_PASSWORD}"}'\n`,
      );
      chmodSync(helper, 0o755);
      const savedPath = process.env.PATH;
      process.env.PATH = `${bin}${path.delimiter}${savedPath ?? ''}`;
      try {
        const viaHelper = dockerConfig({ credHelpers: { [AUTH_REGISTRY]: 'adbtest' } });
        configs.push(viaHelper);
        const tag = uniqueTag('helper');
        await new OciEngine({ dockerConfigDir: viaHelper.dir }).push(
          buildRequest(app, [`${AUTH_REGISTRY}/oci-test/app:${tag}`]),
          deps,
        );
        expect(deps.logger.lines).toContain('$ docker-credential-adbtest get');

        // a missing store falls back to the inline auths
        const missing = dockerConfig({
          credsStore: 'not-installed-anywhere',
          auths: { [AUTH_REGISTRY]: { auth: auth(AUTH_USER, AUTH_PASSWORD) } },
        });
        configs.push(missing);
        await new OciEngine({ dockerConfigDir: missing.dir }).push(
          buildRequest(app, [`${AUTH_REGISTRY}/oci-test/app:${uniqueTag('fallback')}`]),
          deps,
        );
      } finally {
        process.env.PATH = savedPath;
        rmSync(bin, { recursive: true, force: true });
      }
      expect(deps.logger.lines.join('\n')).not.toContain(AUTH_PASSWORD);
    });
  });

  describe('Bearer tokens (a token endpoint in front of the registry)', () => {
    let proxy: RegistryProxy;
    beforeAll(async () => {
      proxy = await startRegistryProxy({
        upstream: REGISTRY,
        bearer: { username: AUTH_USER, password: AUTH_PASSWORD },
      });
    });
    afterAll(() => proxy?.close());

    it('gets a token scoped to the target (push) and the base (pull), and mounts with it', async () => {
      const config = dockerConfig({ auths: { [proxy.host]: { auth: auth(AUTH_USER, AUTH_PASSWORD) } } });
      configs.push(config);
      const from = makeApp({ from: `${proxy.host}/node:20-slim` });
      try {
        const repo = `oci-test/${uniqueTag('bearer')}`;
        const { digest } = await new OciEngine({ dockerConfigDir: config.dir }).push(
          buildRequest(from, [`${proxy.host}/${repo}:1`]),
          deps,
        );
        expect(await digestAt(REGISTRY, repo, '1')).toBe(digest);
        expect(proxy.tokenScopes.at(-1)).toEqual([`repository:node:pull`, `repository:${repo}:pull,push`]);
        expect(proxy.requests.some((r) => r.url.includes('mount=') && r.outcome === 201)).toBe(true);
      } finally {
        from.cleanup();
      }
    });

    it('pulls anonymously but cannot push without a login', async () => {
      const config = dockerConfig({});
      configs.push(config);
      const tag = uniqueTag('anon');
      const error = await rejectionOf(
        new OciEngine({ dockerConfigDir: config.dir }).push(
          buildRequest(app, [`${proxy.host}/oci-test/app:${tag}`]),
          deps,
        ),
      );
      expect(error).toBeInstanceOf(BuildError);
      expect(error.message).toMatch(/HTTP 401.*not logged in to 127\.0\.0\.1:\d+: run `docker login/);
      expect(await digestAt(REGISTRY, 'oci-test/app', tag)).toBeUndefined();
    });
  });
});
