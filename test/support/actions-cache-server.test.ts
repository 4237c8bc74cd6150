/**
 * Runs the REAL @actions/cache client (v1 protocol) against the local cache server, both to prove
 * the server speaks the protocol and to pin down what the client does when the service fails:
 * our action has to treat a failing cache as a warning, and must bring its own timeout.
 */
import * as cache from '@actions/cache';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCacheServer, type CacheServer } from './actions-cache-server.js';
import { applyEnv, captureStdout, makePayload, MiB, settledWithin, snapshot, waitFor } from './cache-client.js';

describe('local v1 cache server with the real @actions/cache client', () => {
  let server: CacheServer;
  let restoreEnv: () => void;
  let root: string;
  let dir: string;
  let expected: Record<string, string>;
  const key = 'deps-linux-abc123';

  beforeAll(async () => {
    server = await startCacheServer();
    root = await mkdtemp(join(tmpdir(), 'cache-client-'));
    dir = join(root, 'payload');
    expected = await makePayload(dir);
    // The client resolves the cached paths against GITHUB_WORKSPACE (else process.cwd()) and
    // runs tar with -C there; pointing it at the payload's parent mirrors a real runner.
    restoreEnv = applyEnv({ ...server.env, GITHUB_WORKSPACE: root });
  });

  afterAll(async () => {
    restoreEnv();
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  it('saveCache reserves, uploads parallel chunks and commits one entry', { timeout: 60_000 }, async () => {
    const { value: cacheId } = await captureStdout(() => cache.saveCache([dir], key, { uploadChunkSize: MiB }));

    expect(cacheId).toBeGreaterThan(0);
    const entries = server.entries();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.key).toBe(key);
    expect(entries[0]?.version).toMatch(/^[0-9a-f]{64}$/);
    expect(entries[0]?.size).toBeGreaterThan(3 * MiB);

    const calls = server.requests.map((r) => `${r.method} ${r.path} ${r.status}`);
    expect(calls[0]).toBe('POST /_apis/artifactcache/caches 201');
    const patches = calls.filter((c) => c === `PATCH /_apis/artifactcache/caches/${cacheId} 204`);
    expect(patches.length).toBe(Math.ceil((entries[0]?.size ?? 0) / MiB));
    expect(calls.at(-1)).toBe(`POST /_apis/artifactcache/caches/${cacheId} 204`);
    expect(calls).toHaveLength(patches.length + 2);
  });

  it('restoreCache returns the key and brings the files back byte-identical', { timeout: 60_000 }, async () => {
    await rm(dir, { recursive: true, force: true });
    server.requests.length = 0;

    const { value } = await captureStdout(() => cache.restoreCache([dir], key));

    expect(value).toBe(key);
    expect(await snapshot(dir)).toEqual(expected);
    // One lookup, then a plain GET of archiveLocation (no Range: the concurrent, ranged
    // download is only used for *.blob.core.windows.net hosts).
    expect(server.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      'GET /_apis/artifactcache/cache 200',
      'GET /_archive/1/cache 200',
    ]);
  });

  it('an unknown key is a 204 miss: restoreCache resolves undefined', async () => {
    server.requests.length = 0;
    const { value, out } = await captureStdout(() => cache.restoreCache([dir], 'no-such-key'));
    expect(value).toBeUndefined();
    expect(out).not.toMatch(/::(warning|error)::/);
    expect(server.requests).toEqual([{ method: 'GET', path: '/_apis/artifactcache/cache', status: 204 }]);
  });

  it('with RUNNER_DEBUG=1 a miss also lists the caches of the primary key', async () => {
    const undo = applyEnv({ RUNNER_DEBUG: '1' });
    try {
      server.requests.length = 0;
      const { value, out } = await captureStdout(() => cache.restoreCache([`${dir}/`], key));
      expect(value).toBeUndefined();
      expect(server.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
        'GET /_apis/artifactcache/cache 204',
        'GET /_apis/artifactcache/caches 200',
      ]);
      // the entry exists under another version (other path spelling), which is what the list reports
      expect(out).toContain(`Cache Key: ${key}, Cache Version: ${server.entries()[0]?.version ?? '?'}`);
    } finally {
      undo();
    }
  });

  it('restore keys match by prefix and the client returns the matched entry key', { timeout: 60_000 }, async () => {
    await rm(dir, { recursive: true, force: true });
    // The result is the FULL key of the entry found, not the restore key that matched; a
    // caller detects a partial hit by comparing it with its primary key.
    const { value } = await captureStdout(() =>
      cache.restoreCache([dir], 'deps-linux-zzz999', ['deps-other-', 'deps-linux-']),
    );
    expect(value).toBe(key);
    expect(await snapshot(dir)).toEqual(expected);
  });

  it('the primary key is prefix-matched too', async () => {
    const { value } = await captureStdout(() => cache.restoreCache([dir], 'deps-linux-', [], { lookupOnly: true }));
    expect(value).toBe(key);
  });

  it('the version hashes the path strings as passed, so different spellings miss', async () => {
    const { value } = await captureStdout(() => cache.restoreCache([`${dir}/`], key, [], { lookupOnly: true }));
    expect(value).toBeUndefined();
  });

  it('saving a key that exists is a 409: saveCache resolves -1 and logs only info', { timeout: 60_000 }, async () => {
    server.requests.length = 0;
    const { value, out } = await captureStdout(() => cache.saveCache([dir], key));
    expect(value).toBe(-1);
    expect(out).toContain(
      `Failed to save: Unable to reserve cache with key ${key}, another job may be creating this cache.`,
    );
    expect(out).not.toMatch(/::(warning|error)::/);
    expect(server.requests).toEqual([{ method: 'POST', path: '/_apis/artifactcache/caches', status: 409 }]);
  });

  it('works without GITHUB_WORKSPACE as long as save and restore share the cwd', { timeout: 60_000 }, async () => {
    const undo = applyEnv({}, ['GITHUB_WORKSPACE']);
    try {
      // Paths become relative to process.cwd() (../../tmp/...) and tar runs with -P, so an
      // absolute path outside the cwd still round-trips.
      const other = join(root, 'elsewhere');
      const files = await makePayload(other);
      const saved = await captureStdout(() => cache.saveCache([other], 'no-workspace'));
      expect(saved.value).toBeGreaterThan(0);
      await rm(other, { recursive: true, force: true });
      const restored = await captureStdout(() => cache.restoreCache([other], 'no-workspace'));
      expect(restored.value).toBe('no-workspace');
      expect(await snapshot(other)).toEqual(files);
    } finally {
      undo();
    }
  });

  describe('the protocol, spoken directly', () => {
    const headers = (extra: Record<string, string> = {}) => ({
      Authorization: `Bearer ${server.env['ACTIONS_RUNTIME_TOKEN'] ?? ''}`,
      Accept: 'application/json;api-version=6.0-preview.1',
      ...extra,
    });
    const api = (resource: string) => `${server.url}_apis/artifactcache/${resource}`;

    it('requires a bearer token on _apis routes', async () => {
      const anonymous = await fetch(api('cache?keys=k&version=v'), { headers: { Accept: headers().Accept } });
      expect(anonymous.status).toBe(401);
      const emptyToken = await fetch(api('cache?keys=k&version=v'), { headers: headers({ Authorization: 'Bearer ' }) });
      expect(emptyToken.status).toBe(401);
      const ok = await fetch(api('cache?keys=k&version=v'), { headers: headers() });
      expect(ok.status).toBe(204);
    });

    it('commit verifies the size against the bytes received', async () => {
      const reserve = await fetch(api('caches'), {
        method: 'POST',
        headers: headers({ 'Content-Type': 'application/json' }),
        body: JSON.stringify({ key: 'manual', version: 'v1', cacheSize: 10 }),
      });
      expect(reserve.status).toBe(201);
      const { cacheId } = (await reserve.json()) as { cacheId: number };
      const patch = (start: number, body: string) =>
        fetch(api(`caches/${cacheId}`), {
          method: 'PATCH',
          headers: headers({
            'Content-Type': 'application/octet-stream',
            'Content-Range': `bytes ${start}-${start + body.length - 1}/*`,
          }),
          body,
        });
      expect((await patch(5, '56789')).status).toBe(204); // out of order, as parallel uploads are
      const commit = (size: number) =>
        fetch(api(`caches/${cacheId}`), {
          method: 'POST',
          headers: headers({ 'Content-Type': 'application/json' }),
          body: JSON.stringify({ size }),
        });
      expect((await commit(10)).status).toBe(400); // bytes 0-4 missing
      expect((await patch(0, '01234')).status).toBe(204);
      expect((await commit(11)).status).toBe(400);
      expect((await commit(10)).status).toBe(204);
      expect(server.entries()).toContainEqual({ key: 'manual', version: 'v1', size: 10 });

      const again = await fetch(api('caches'), {
        method: 'POST',
        headers: headers({ 'Content-Type': 'application/json' }),
        body: JSON.stringify({ key: 'manual', version: 'v1' }),
      });
      expect(again.status).toBe(409);

      const hit = await fetch(api('cache?keys=manual&version=v1'), { headers: headers() });
      expect(hit.status).toBe(200);
      const { archiveLocation, cacheKey } = (await hit.json()) as { archiveLocation: string; cacheKey: string };
      expect(cacheKey).toBe('manual');
      // The archive is fetched without Authorization, like a signed blob URL.
      const whole = await fetch(archiveLocation);
      expect(await whole.text()).toBe('0123456789');
      const part = await fetch(archiveLocation, { headers: { Range: 'bytes=2-4' } });
      expect(part.status).toBe(206);
      expect(part.headers.get('content-range')).toBe('bytes 2-4/10');
      expect(await part.text()).toBe('234');
    });
  });
});

describe('a failing cache service (mode "error": 500 to everything)', () => {
  let server: CacheServer;
  let restoreEnv: () => void;
  let root: string;
  let dir: string;

  beforeAll(async () => {
    server = await startCacheServer({ mode: 'error' });
    root = await mkdtemp(join(tmpdir(), 'cache-client-error-'));
    dir = join(root, 'payload');
    await mkdir(dir);
    await writeFile(join(dir, 'a.txt'), 'x');
    restoreEnv = applyEnv({ ...server.env, GITHUB_WORKSPACE: root });
  });

  afterAll(async () => {
    restoreEnv();
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  // 500 is not retried (only 502/503/504 and network errors are), and neither call throws: the
  // failure becomes a `::warning::` annotation, never `::error::`.
  it('saveCache resolves -1 with a warning after a single request', { timeout: 30_000 }, async () => {
    const { value, out } = await captureStdout(() => cache.saveCache([dir], 'k'));
    expect(value).toBe(-1);
    expect(out).toContain('::warning::Failed to save: reserveCache failed: Cache service responded with 500');
    expect(out).not.toContain('::error::');
    expect(server.requests).toEqual([{ method: 'POST', path: '/_apis/artifactcache/caches', status: 500 }]);
  });

  it('restoreCache resolves undefined with a warning after a single request', { timeout: 30_000 }, async () => {
    server.requests.length = 0;
    const { value, out } = await captureStdout(() => cache.restoreCache([dir], 'k', ['k-']));
    expect(value).toBeUndefined();
    expect(out).toContain('::warning::Failed to restore: getCacheEntry failed: Cache service responded with 500');
    expect(out).not.toContain('::error::');
    expect(server.requests).toEqual([{ method: 'GET', path: '/_apis/artifactcache/cache', status: 500 }]);
  });

  it('mode can be switched at runtime', { timeout: 30_000 }, async () => {
    server.mode = 'ok';
    try {
      expect((await captureStdout(() => cache.saveCache([dir], 'k'))).value).toBeGreaterThan(0);
      expect((await captureStdout(() => cache.restoreCache([dir], 'k', [], { lookupOnly: true }))).value).toBe('k');
    } finally {
      server.mode = 'error';
    }
  });
});

describe('a cache service that never answers (mode "hang")', () => {
  let server: CacheServer;
  let restoreEnv: () => void;
  let root: string;
  let dir: string;

  beforeAll(async () => {
    server = await startCacheServer({ mode: 'hang' });
    root = await mkdtemp(join(tmpdir(), 'cache-client-hang-'));
    dir = join(root, 'payload');
    await mkdir(dir);
    await writeFile(join(dir, 'a.txt'), 'x');
    restoreEnv = applyEnv({ ...server.env, GITHUB_WORKSPACE: root });
  });

  afterAll(async () => {
    restoreEnv();
    await server.close(); // already closed by the test unless it failed early; close() is idempotent
    await rm(root, { recursive: true, force: true });
  });

  // The client has no timeout of its own here: @actions/http-client's default socket timeout of
  // 3 minutes applies per attempt, a timeout is retried once, and the retry helper sleeps 5 s
  // after each failed attempt, so each call would take about 6 minutes (2 x 185 s). The test
  // shows the calls still pending, then ends them by closing the server.
  it('saveCache and restoreCache stay pending until the connection is dropped', { timeout: 30_000 }, async () => {
    await captureStdout(async () => {
      const restoring = cache.restoreCache([dir], 'k');
      const saving = cache.saveCache([dir], 'k');
      await waitFor(() => server.requests.length >= 2, 10_000);
      expect(await settledWithin(Promise.all([restoring, saving]), 1_500)).toBe('pending');
      expect(server.requests.map((r) => `${r.method} ${r.path} ${r.status}`).sort()).toEqual([
        'GET /_apis/artifactcache/cache 0',
        'POST /_apis/artifactcache/caches 0',
      ]);

      // close() destroys the hanging sockets: the client sees a reset, sleeps 5 s, is refused,
      // sleeps 5 s again and gives up the usual way (undefined / -1, no throw), ~10 s in all.
      await server.close();
      expect(await restoring).toBeUndefined();
      expect(await saving).toBe(-1);
    });
  });
});
