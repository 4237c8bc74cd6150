import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as cache from '@actions/cache';
import { execFileSync } from 'node:child_process';
import { actionsEntryPaths, ActionsCacheStore } from '../../src/cache/actions-store.js';
import { digestFile, sha256OfFile } from '../../src/cache/entry.js';
import { createRunner } from '../../src/exec.js';
import { MemoryLogger } from '../../src/log.js';
import { CACHE_ENV_TO_UNSET, startCacheServer, type CacheServer } from '../support/actions-cache-server.js';

const PREFIX = 'adb-v1-next-linux-x64-glibc-node20-npm-0123-';

/** Points @actions/cache at the server (and the workspace the runner would have); returns an undo. */
function applyEnv(vars: Record<string, string>): () => void {
  const names = [...new Set([...Object.keys(vars), ...CACHE_ENV_TO_UNSET, 'RUNNER_DEBUG'])];
  const saved = new Map(names.map((name) => [name, process.env[name]]));
  for (const name of [...CACHE_ENV_TO_UNSET, 'RUNNER_DEBUG']) delete process.env[name];
  Object.assign(process.env, vars);
  return () => {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}

/**
 * The action's store with the real @actions/cache client against the local v1 cache server.
 * The client logs through @actions/core on stdout; the store's own words go to the logger.
 */
describe('ActionsCacheStore', () => {
  let server: CacheServer;
  let undoEnv: () => void;
  let work: string;
  let dir: string;
  const logger = new MemoryLogger();
  const run = createRunner(new MemoryLogger());
  const staging = () => path.join(work, 'staging');
  const store = () =>
    new ActionsCacheStore(logger, { restoreTimeoutMs: 20_000, saveTimeoutMs: 20_000, stagingDir: staging(), run });

  beforeAll(async () => {
    // the client's debug and tar chatter (workflow commands on stdout) would bury the test output
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    server = await startCacheServer();
    work = await mkdtemp(path.join(tmpdir(), 'adb-actions-store-'));
    dir = path.join(work, 'app', '.next', 'cache');
    undoEnv = applyEnv({ ...server.env, GITHUB_WORKSPACE: work });
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    undoEnv();
    await server.close();
    await rm(work, { recursive: true, force: true });
  });
  afterEach(() => {
    logger.lines.length = 0;
  });

  async function saveEntry(key: string): Promise<void> {
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'which'), key);
    expect(await store().save(dir, key)).toBe(true);
  }
  const restoredName = () => readFile(path.join(dir, 'which'), 'utf8');

  it(
    'restoreNearest: the exact key, else the newest entry of the prefix, else nothing',
    { timeout: 60_000 },
    async () => {
      await saveEntry(`${PREFIX}aaa`);
      await saveEntry(`${PREFIX}bbb`);

      await rm(dir, { recursive: true, force: true });
      expect(await store().restoreNearest(dir, `${PREFIX}aaa`, PREFIX)).toBe(`${PREFIX}aaa`);
      expect(await restoredName()).toBe(`${PREFIX}aaa`);

      await rm(dir, { recursive: true, force: true });
      expect(await store().restoreNearest(dir, `${PREFIX}ccc`, PREFIX)).toBe(`${PREFIX}bbb`);
      expect(await restoredName()).toBe(`${PREFIX}bbb`);

      await rm(dir, { recursive: true, force: true });
      expect(await store().restoreNearest(dir, 'adb-v1-next-other-aaa', 'adb-v1-next-other-')).toBeUndefined();
      expect(existsSync(dir)).toBe(false);
      expect(logger.lines.filter((l) => l.startsWith('warning'))).toEqual([]);
    },
  );

  it('restore stays exact: a prefix of a saved key is a miss', { timeout: 60_000 }, async () => {
    expect(await store().restore(dir, PREFIX)).toBe(false);
    expect(await store().restore(dir, `${PREFIX}aaa`)).toBe(true);
  });

  /** Saves an entry the store itself would not make: `files` (relative to dir's parent) archived as they are. */
  async function saveCrafted(
    key: string,
    files: Record<string, string>,
    options: { digest?: string } = {},
  ): Promise<void> {
    const source = await mkdtemp(path.join(work, 'crafted-'));
    for (const [name, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(source, name)), { recursive: true });
      await writeFile(path.join(source, name), text);
    }
    const { archive, paths } = actionsEntryPaths(staging(), dir);
    await mkdir(path.dirname(archive), { recursive: true });
    execFileSync('tar', ['-cf', archive, '-C', source, ...Object.keys(files)]);
    await writeFile(digestFile(archive), `${options.digest ?? (await sha256OfFile(archive))}\n`);
    expect(await cache.saveCache(paths, key)).not.toBe(-1);
    await rm(path.dirname(archive), { recursive: true, force: true });
  }

  it.each<{ name: string; files: Record<string, string>; digest?: string; says: RegExp }>([
    {
      name: 'a file beside the directory (package.json with a build script of its own)',
      files: { 'cache/which': 'x', 'package.json': '{"scripts":{"build":"echo pwned"}}' },
      says: /the archive holds "package\.json", outside cache\//,
    },
    {
      name: 'an archive that does not match its digest',
      files: { 'cache/which': 'x' },
      digest: '0'.repeat(64),
      says: /the archive's digest is .*, not the 000000000000… written/,
    },
  ])(
    'an entry holding $name is refused: a warning, nothing written, a miss',
    { timeout: 60_000 },
    async ({ files, digest, says }) => {
      const key = `${PREFIX}crafted-${Object.keys(files).length}-${digest ? 'digest' : 'files'}`;
      await saveCrafted(key, files, digest ? { digest } : {});
      await rm(dir, { recursive: true, force: true });
      expect(await store().restore(dir, key)).toBe(false);
      expect(await store().restoreNearest(dir, key, `${key}-`)).toBeUndefined();
      expect(logger.lines).toEqual([
        expect.stringMatching(
          new RegExp(`^warning: the entry ${key} cannot be used, going on without it: ${says.source}`),
        ),
        expect.stringMatching(says),
      ]);
      expect(existsSync(dir)).toBe(false);
      expect(existsSync(path.join(work, 'app', '.next', 'package.json'))).toBe(false);
      expect(existsSync(staging()) ? readdirSync(staging()) : []).toEqual([]);
    },
  );

  it(
    'restoreNearest against a service that never answers: a warning, no half tree, a miss',
    { timeout: 30_000 },
    async () => {
      const hung = await startCacheServer({ mode: 'hang' });
      const undo = applyEnv({ ...hung.env, GITHUB_WORKSPACE: work });
      try {
        await mkdir(dir, { recursive: true });
        const impatient = new ActionsCacheStore(logger, {
          restoreTimeoutMs: 500,
          saveTimeoutMs: 500,
          stagingDir: staging(),
          run,
        });
        expect(await impatient.restoreNearest(dir, `${PREFIX}aaa`, PREFIX)).toBeUndefined();
        expect(logger.lines).toEqual([
          expect.stringMatching(
            /^warning: cache restore of .* failed, going on without it: the cache service did not answer within 1 s; no more cache restores in this run$/,
          ),
        ]);
        expect(existsSync(dir)).toBe(false);

        // the run's later restores do without it: none waits out another deadline or warns again
        let started = performance.now();
        expect(await impatient.restore(dir, `${PREFIX}aaa`)).toBe(false);
        expect(await impatient.restoreNearest(dir, `${PREFIX}aaa`, PREFIX)).toBeUndefined();
        expect(performance.now() - started).toBeLessThan(400);
        expect(logger.lines).toHaveLength(1);

        // a save goes elsewhere (a reservation, then the blob store): it is tried once, then no more
        await mkdir(dir, { recursive: true });
        await writeFile(path.join(dir, 'which'), 'later');
        expect(await impatient.save(dir, `${PREFIX}later`)).toBe(false);
        expect(logger.lines[1]).toMatch(
          /^warning: cache save of .*later failed, a later run makes it again: the cache service did not answer within 1 s; no more cache saves in this run$/,
        );
        started = performance.now();
        expect(await impatient.save(dir, `${PREFIX}later`)).toBe(false);
        expect(performance.now() - started).toBeLessThan(400);
        expect(hung.entries()).toEqual([]);
        expect(logger.lines).toHaveLength(2);
      } finally {
        undo();
        await hung.close();
      }
    },
  );
});
