import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OciEngine } from '../../../src/engines/oci/index.js';
import { hasDocker, REGISTRY } from '../../support/docker.js';
import { blobUploads, startRegistryProxy, type RegistryProxy } from '../../support/registry-proxy.js';
import {
  appFixture,
  BASE,
  buildRequest,
  digestAt,
  docker,
  freePort,
  makeApp,
  uniqueTag,
  waitForStatus,
} from './itg-helpers.js';

/** digests of the blobs an upload closed (PUT .../uploads/...?digest=) */
function uploadedDigests(proxy: RegistryProxy): string[] {
  return blobUploads(proxy.requests)
    .filter((r) => r.method === 'PUT' && r.outcome === 201)
    .map((r) => new URL(r.url, 'http://x').searchParams.get('digest')!)
    .sort();
}

describe.runIf(hasDocker)('oci engine: build and push without a daemon', () => {
  const fixture = appFixture();
  const { deps } = fixture;

  it('pushes an image that docker pulls by digest and runs', async () => {
    const tag = uniqueTag('run');
    const request = buildRequest(fixture.app, [`${REGISTRY}/oci-test/app:${tag}`, `${REGISTRY}/oci-test/app:${tag}-b`]);
    const engine = new OciEngine();
    const built = await engine.build(request, deps);
    expect(built.runnable).toBe(false);
    expect(built.size).toBeGreaterThan(1_000_000);
    const { digest } = await engine.push(request, deps);
    expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(await digestAt(REGISTRY, 'oci-test/app', tag)).toBe(digest);
    expect(await digestAt(REGISTRY, 'oci-test/app', `${tag}-b`)).toBe(digest);

    const ref = `${REGISTRY}/oci-test/app@${digest}`;
    docker('pull', ref);
    const port = await freePort();
    const container = docker('run', '-d', '--network', 'host', '-e', `PORT=${port}`, ref);
    try {
      expect(await waitForStatus(`http://127.0.0.1:${port}/health`)).toBe(200);
      const health = (await (await fetch(`http://127.0.0.1:${port}/health`)).json()) as {
        greeting: string;
        user: number;
      };
      expect(health).toMatchObject({ greeting: 'hello', user: 1000 });
      expect(docker('inspect', '--format', '{{.Config.WorkingDir}} {{json .Config.Cmd}} {{.Config.User}}', ref)).toBe(
        '/app ["node","server.js"] 1000:1000',
      );
    } finally {
      docker('rm', '-f', container);
      docker('rmi', ref);
    }
  });

  it('gives equal inputs an equal digest and re-uploads only what changed', async () => {
    const proxy = await startRegistryProxy({ upstream: REGISTRY });
    try {
      const repo = `oci-test/${uniqueTag('repro')}`;
      const request = buildRequest(fixture.app, [`${proxy.host}/${repo}:1`]);
      const first = await new OciEngine().push(request, deps);
      // the base lives on another host (the registry itself, not the proxy): its layer is
      // copied through, and at 40 MB in chunks
      const patches = blobUploads(proxy.requests).filter((r) => r.method === 'PATCH');
      expect(patches.length).toBeGreaterThan(1);
      expect(patches[0]!.headers['content-range']).toMatch(/^0-\d+$/);

      proxy.clear();
      const second = await new OciEngine().push(request, deps);
      expect(second.digest).toBe(first.digest);
      expect(blobUploads(proxy.requests)).toEqual([]);

      const engine = new OciEngine();
      fixture.app.touchServer('v2');
      proxy.clear();
      await engine.build(request, deps);
      const third = await engine.push(request, deps);
      expect(third.digest).not.toBe(first.digest);
      // the server.js layer and the config, nothing else
      expect(uploadedDigests(proxy)).toHaveLength(2);
    } finally {
      fixture.app.touchServer('v1');
      await proxy.close();
    }
  });

  it('uploads a large layer in chunks', async () => {
    const proxy = await startRegistryProxy({ upstream: REGISTRY });
    // random bytes do not compress: a layer of about 12 MB, over the 5 MB of one PUT
    const big = makeApp({ extraFiles: { 'assets/blob.bin': randomBytes(12 * 1024 * 1024).toString('base64') } });
    writeFileSync(big.dockerfile, `FROM ${BASE}\nCOPY assets /assets\n`);
    try {
      const repo = `oci-test/${uniqueTag('chunks')}`;
      const { digest } = await new OciEngine().push(buildRequest(big, [`${proxy.host}/${repo}:1`]), deps);
      const layer = deps.logger.lines
        .find((l) => l.includes('→ /assets'))!
        .split(' ')
        .at(-1)!;
      // the upload session that closed with the layer's digest, and its PATCHes
      const uploads = blobUploads(proxy.requests);
      const session = (url: string): string => new URL(url, 'http://x').pathname;
      const closing = uploads.find((r) => r.method === 'PUT' && r.url.includes(`digest=${encodeURIComponent(layer)}`))!;
      const ranges = uploads
        .filter((r) => r.method === 'PATCH' && session(r.url) === session(closing.url))
        .map((r) => r.headers['content-range']);
      // about 12 MB gzip'd (base64 of random bytes), in chunks of 8 MiB
      expect(ranges).toEqual(['0-8388607', expect.stringMatching(/^8388608-\d+$/)]);
      expect(await digestAt(REGISTRY, repo, '1')).toBe(digest);
    } finally {
      big.cleanup();
      await proxy.close();
    }
  });

  it('mounts the base layers when the base is in the same registry', async () => {
    const proxy = await startRegistryProxy({ upstream: REGISTRY });
    const mountApp = makeApp({ from: BASE.replace(REGISTRY, proxy.host) });
    try {
      const repo = `oci-test/${uniqueTag('mount')}`;
      await new OciEngine().push(buildRequest(mountApp, [`${proxy.host}/${repo}:1`]), deps);
      const uploads = blobUploads(proxy.requests);
      expect(
        uploads.some(
          (r) => r.method === 'POST' && r.url.includes('mount=') && r.url.includes('from=node') && r.outcome === 201,
        ),
      ).toBe(true);
      expect(uploads.filter((r) => r.method === 'PATCH')).toEqual([]);
    } finally {
      mountApp.cleanup();
      await proxy.close();
    }
  });

  it('loads the image into docker when asked, so it can be run before the push', async () => {
    const tag = `${REGISTRY}/oci-test/app:${uniqueTag('load')}`;
    const built = await new OciEngine({ loadIntoDocker: true }).build(buildRequest(fixture.app, [tag]), deps);
    expect(built.runnable).toBe(true);
    expect(docker('image', 'inspect', '--format', '{{.Id}}', tag)).toBe(built.id);
    expect(
      docker(
        'run',
        '--rm',
        '--network',
        'host',
        '--entrypoint',
        'node',
        tag,
        '-e',
        'console.log(require("tiny-dep")())',
      ),
    ).toBe('hello');
    docker('rmi', tag);
  });
});
