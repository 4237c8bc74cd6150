/**
 * Runs the REAL @actions/cache client (v2 protocol, Azure SDK transfers) against the local v2
 * server and its blob emulator: proof that the server speaks the protocol as the client sends
 * it, and a record of what the client does when the service or the blob store fails.
 */
import * as cache from '@actions/cache';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startCacheV2Server, type CacheV2Server } from './actions-cache-v2-server.js';
import { applyEnv, captureStdout, makePayload, MiB, snapshot } from './cache-client.js';

describe('local v2 cache service and blob emulator with the real @actions/cache client', { timeout: 60_000 }, () => {
  let server: CacheV2Server;
  let restoreEnv: () => void;
  let root: string;
  let dir: string;
  let expected: Record<string, string>;
  const key = 'deps-linux-abc123';

  beforeAll(async () => {
    server = await startCacheV2Server();
    root = await mkdtemp(join(tmpdir(), 'cache-v2-client-'));
    dir = join(root, 'payload');
    expected = await makePayload(dir);
    restoreEnv = applyEnv({ ...server.env, GITHUB_WORKSPACE: root, GITHUB_SERVER_URL: 'https://github.com' }, [
      'ACTIONS_CACHE_URL',
    ]);
    // azurite takes a few seconds to load, many more on a busy machine
  }, 120_000);

  afterAll(async () => {
    restoreEnv?.();
    await server?.close();
    if (root) await rm(root, { recursive: true, force: true });
  }, 30_000);

  beforeEach(() => {
    server.calls.length = 0;
    server.blobRequests.length = 0;
    server.mode = 'ok';
    server.blobFault = 'none';
  });

  const calls = () => server.calls.map((c) => `${c.method} ${c.status}`);
  const blobs = () => server.blobRequests.map((r) => `${r.method} ${r.outcome}`);

  it('isFeatureAvailable: v2 needs ACTIONS_RESULTS_URL only', () => {
    expect(cache.isFeatureAvailable()).toBe(true);
  });

  it('saveCache creates the entry, uploads with the Azure SDK through the blob host, finalizes it', async () => {
    const { value: id, out } = await captureStdout(() => cache.saveCache([dir], key));
    expect(out).not.toMatch(/::(warning|error)::/);
    expect(id).toBeGreaterThan(0);
    expect(calls()).toEqual(['CreateCacheEntry 200', 'FinalizeCacheEntryUpload 200']);
    // one PUT: under 128 MiB the SDK sends the archive in a single request
    expect(blobs()).toEqual(['PUT 201']);
    const entries = server.entries();
    expect(entries).toEqual([
      { key, version: expect.stringMatching(/^[0-9a-f]{64}$/) as string, size: expect.any(Number) as number },
    ]);
    expect(entries[0]!.size).toBeGreaterThan(3 * MiB);
  });

  it('restoreCache brings the files back byte-identical, downloaded by the Azure SDK', async () => {
    await rm(dir, { recursive: true, force: true });
    const { value, out } = await captureStdout(() => cache.restoreCache([dir], key));
    expect(out).not.toMatch(/::(warning|error)::/);
    expect(value).toBe(key);
    expect(await snapshot(dir)).toEqual(expected);
    expect(calls()).toEqual(['GetCacheEntryDownloadURL 200']);
    // the SDK's path: the blob's properties, then ranged GETs (a plain GET would be one request)
    expect(blobs()[0]).toBe('HEAD 200');
    expect(
      blobs()
        .slice(1)
        .every((b) => b === 'GET 206' || b === 'GET 200'),
    ).toBe(true);
    expect(server.blobRequests.every((r) => r.path === server.blobRequests[0]!.path)).toBe(true);
  });

  it('a miss is ok:false: restoreCache resolves undefined without a warning', async () => {
    const { value, out } = await captureStdout(() => cache.restoreCache([dir], 'no-such-key'));
    expect(value).toBeUndefined();
    expect(out).not.toMatch(/::(warning|error)::/);
    expect(calls()).toEqual(['GetCacheEntryDownloadURL 200']);
    expect(blobs()).toEqual([]);
  });

  it('restore keys and the primary key match by prefix; the client returns the matched key', async () => {
    const nearest = await captureStdout(() =>
      cache.restoreCache([dir], 'deps-linux-zzz999', ['deps-other-', 'deps-linux-'], { lookupOnly: true }),
    );
    expect(nearest.value).toBe(key);
    const prefix = await captureStdout(() => cache.restoreCache([dir], 'deps-linux-', [], { lookupOnly: true }));
    expect(prefix.value).toBe(key);
    // lookupOnly never touches the blob store
    expect(blobs()).toEqual([]);
  });

  it('the version hashes the path strings as passed, so another spelling misses', async () => {
    const { value } = await captureStdout(() => cache.restoreCache([`${dir}/`], key, [], { lookupOnly: true }));
    expect(value).toBeUndefined();
  });

  it('a key that exists is a 409 Conflict: saveCache resolves -1 and logs only info', async () => {
    const { value, out } = await captureStdout(() => cache.saveCache([dir], key));
    expect(value).toBe(-1);
    expect(out).toContain(
      `Failed to save: Unable to reserve cache with key ${key}, another job may be creating this cache.`,
    );
    expect(out).not.toMatch(/::(warning|error)::/);
    expect(calls()).toEqual(['CreateCacheEntry 409']);
    expect(blobs()).toEqual([]);
  });

  it('a key another run reserved is refused the same way', async () => {
    server.takenByAnotherRun('deps-linux-taken');
    const { value } = await captureStdout(() => cache.saveCache([dir], 'deps-linux-taken-1'));
    expect(value).toBe(-1);
    expect(calls()).toEqual(['CreateCacheEntry 409']);
  });

  it('a dropped connection is not retried: -1 and undefined with a warning, at once', async () => {
    server.mode = 'reset';
    const saved = await captureStdout(() => cache.saveCache([dir], 'reset-key'));
    expect(saved.value).toBe(-1);
    const restored = await captureStdout(() => cache.restoreCache([dir], key));
    expect(restored.value).toBeUndefined();
    expect(restored.out).toMatch(/::warning::Failed to restore: .*ECONNRESET/);
    expect(calls()).toEqual(['CreateCacheEntry 0', 'GetCacheEntryDownloadURL 0']);
  });

  it('a download cut off mid-body fails the restore with a warning and extracts nothing', async () => {
    await rm(dir, { recursive: true, force: true });
    server.blobFault = 'download';
    const { value, out } = await captureStdout(() => cache.restoreCache([dir], key));
    expect(value).toBeUndefined();
    expect(out).toMatch(/::warning::Failed to restore/);
    expect(blobs()).toContain('GET cut');
    expect(await snapshot(dir).catch(() => 'absent')).toBe('absent');
  });

  it(
    'an upload cut off mid-body: the SDK retries it, then saveCache resolves -1 with a warning and no entry',
    { timeout: 120_000 },
    async () => {
      const other = join(root, 'upload');
      await makePayload(other);
      server.blobFault = 'upload';
      const { value, out } = await captureStdout(() => cache.saveCache([other], 'cut-upload'));
      expect(value).toBe(-1);
      expect(out).toMatch(/::warning::Failed to save: /);
      // several tries, each cut; FinalizeCacheEntryUpload is never called
      expect(blobs().filter((b) => b === 'PUT cut').length).toBeGreaterThan(1);
      expect(calls()).toEqual(['CreateCacheEntry 200']);
      expect(server.entries().map((e) => e.key)).not.toContain('cut-upload');
    },
  );
});
