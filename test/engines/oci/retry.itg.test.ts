import { describe, expect, it } from 'vitest';
import { BuildError } from '../../../src/errors.js';
import { OciEngine } from '../../../src/engines/oci/index.js';
import { hasDocker, REGISTRY } from '../../support/docker.js';
import { blobUploads, startRegistryProxy, type FailureRule } from '../../support/registry-proxy.js';
import { appFixture, buildRequest, digestAt, uniqueTag } from './itg-helpers.js';

const FAST_RETRY = { attempts: 4, baseDelayMs: 20 };

describe.runIf(hasDocker)('oci engine: a flaky or failing registry', () => {
  const fixture = appFixture();
  const { deps } = fixture;

  async function pushThrough(rules: FailureRule[], repo: string, marker: string) {
    const proxy = await startRegistryProxy({ upstream: REGISTRY, rules });
    fixture.app.touchServer(marker);
    try {
      const result = await new OciEngine({ retry: FAST_RETRY })
        .push(buildRequest(fixture.app, [`${proxy.host}/${repo}:latest`]), deps)
        .then(
          (pushed) => ({ pushed, error: undefined }),
          (error: unknown) => ({ pushed: undefined, error: error as Error }),
        );
      return { ...result, requests: [...proxy.requests] };
    } finally {
      await proxy.close();
    }
  }

  it('retries uploads the registry answers with 500', async () => {
    const repo = `oci-test/${uniqueTag('flaky500')}`;
    const { pushed, error, requests } = await pushThrough(
      [{ methods: ['PATCH', 'PUT'], times: 2, failure: { status: 500 } }],
      repo,
      'flaky-500',
    );
    expect(error).toBeUndefined();
    expect(requests.filter((r) => r.outcome === 500)).toHaveLength(2);
    expect(await digestAt(REGISTRY, repo, 'latest')).toBe(pushed!.digest);
  });

  it('retries when the connection drops mid-upload', async () => {
    const repo = `oci-test/${uniqueTag('reset')}`;
    const { pushed, error, requests } = await pushThrough(
      [{ methods: ['PATCH', 'PUT'], path: /\/blobs\/uploads\//, times: 2, failure: 'reset' }],
      repo,
      'flaky-reset',
    );
    expect(error).toBeUndefined();
    expect(requests.filter((r) => r.outcome === 'reset')).toHaveLength(2);
    expect(await digestAt(REGISTRY, repo, 'latest')).toBe(pushed!.digest);
  });

  it('gives up with a clear error and leaves the tag where it was when the registry keeps failing', async () => {
    const repo = `oci-test/${uniqueTag('broken')}`;
    const good = await pushThrough([], repo, 'before');
    expect(good.error).toBeUndefined();

    const { error, requests } = await pushThrough(
      [{ methods: ['PATCH', 'PUT'], path: /\/blobs\/uploads\//, times: Infinity, failure: { status: 503 } }],
      repo,
      'after',
    );
    expect(error).toBeInstanceOf(BuildError);
    expect(error!.message).toMatch(
      /upload sha256:[a-f0-9]{64} .* HTTP 503 UNKNOWN: injected failure \(gave up after 4 tries\)/,
    );
    expect(blobUploads(requests).filter((r) => r.outcome === 503).length).toBeGreaterThanOrEqual(4);
    expect(requests.some((r) => r.method === 'PUT' && r.url.includes('/manifests/'))).toBe(false);
    expect(await digestAt(REGISTRY, repo, 'latest')).toBe(good.pushed!.digest);
  });

  it('never moves a tag when the manifest PUT fails', async () => {
    const repo = `oci-test/${uniqueTag('nomanifest')}`;
    const { error } = await pushThrough(
      [{ methods: ['PUT'], path: /\/manifests\//, times: Infinity, failure: { status: 500 } }],
      repo,
      'manifest-500',
    );
    expect(error).toBeInstanceOf(BuildError);
    expect(error!.message).toContain('PUT manifest');
    expect(await digestAt(REGISTRY, repo, 'latest')).toBeUndefined();
  });
});
