import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, truncate, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CacheEntryError, sha256OfFile } from '../../src/cache/entry.js';
import { LocalDirectoryStore } from '../../src/cache/local-store.js';
import { createRunner } from '../../src/exec.js';
import { MemoryLogger } from '../../src/log.js';

const PREFIX = 'adb-v1-next-linux-x64-glibc-node20-npm-0123-';
// gzip always; zstd where the machine has it, as LocalDirectoryStore.create decides
const COMPRESSIONS = spawnSync('zstd', ['--version']).status === 0 ? (['gzip', 'zstd'] as const) : (['gzip'] as const);

/**
 * The CLI's store against real tar (and zstd when the machine has it), in a temp directory.
 * Each test saves a few .next/cache trees that differ by one file, so which entry came back is
 * read from the restored tree itself.
 */
describe.each(COMPRESSIONS)('LocalDirectoryStore (%s)', (compression) => {
  let work: string;
  let store: LocalDirectoryStore;
  let dir: string;
  const entries = () => path.join(work, 'entries');
  const extension = compression === 'zstd' ? 'zst' : 'gz';

  beforeEach(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'adb-local-store-'));
    store = new LocalDirectoryStore(entries(), createRunner(new MemoryLogger()), compression);
    dir = path.join(work, 'app', '.next', 'cache');
  });
  afterEach(() => rm(work, { recursive: true, force: true }));

  /** saves a cache tree marked `name` under `key`, written `ageSeconds` ago */
  async function saveEntry(key: string, name: string, ageSeconds: number): Promise<void> {
    await rm(dir, { recursive: true, force: true });
    await mkdir(path.join(dir, 'webpack'), { recursive: true });
    await writeFile(path.join(dir, 'webpack', 'which'), name);
    expect(await store.save(dir, key)).toBe(true);
    const archive = readdirSync(entries()).find((f) => f.startsWith(`${key}.tar.`))!;
    const when = Date.now() / 1000 - ageSeconds;
    await utimes(path.join(entries(), archive), when, when);
  }

  const restoredName = () => readFile(path.join(dir, 'webpack', 'which'), 'utf8');

  it.each([
    {
      name: 'the exact key, even when a newer entry of the same prefix exists',
      saved: [
        { key: `${PREFIX}aaa`, age: 60 },
        { key: `${PREFIX}bbb`, age: 10 },
      ],
      key: `${PREFIX}aaa`,
      expected: `${PREFIX}aaa`,
    },
    {
      name: 'the newest entry of the prefix when the key has none',
      saved: [
        { key: `${PREFIX}old`, age: 300 },
        { key: `${PREFIX}new`, age: 10 },
        { key: `${PREFIX}mid`, age: 100 },
      ],
      key: `${PREFIX}ccc`,
      expected: `${PREFIX}new`,
    },
    {
      name: 'nothing when no entry starts with the prefix',
      saved: [{ key: 'adb-v1-next-linux-x64-glibc-node20-npm-4567-aaa', age: 10 }],
      key: `${PREFIX}aaa`,
      expected: undefined,
    },
  ])('restoreNearest restores $name', async ({ saved, key, expected }) => {
    for (const entry of saved) await saveEntry(entry.key, entry.key, entry.age);
    await rm(dir, { recursive: true, force: true });

    expect(await store.restoreNearest(dir, key, PREFIX)).toBe(expected);
    if (expected === undefined) expect(existsSync(dir)).toBe(false);
    else expect(await restoredName()).toBe(expected);
  });

  it('restoreNearest finds nothing before anything was saved (no cache directory yet)', async () => {
    expect(await store.restoreNearest(dir, `${PREFIX}aaa`, PREFIX)).toBeUndefined();
  });

  it('restoreNearest ignores an archive still being written, however new', async () => {
    await saveEntry(`${PREFIX}done`, 'done', 60);
    // what save leaves while tar runs: the archive's name with the pid and .partial after it
    const done = readdirSync(entries()).find((f) => f.startsWith(`${PREFIX}done`))!;
    await writeFile(path.join(entries(), `${done.replace('done', 'half')}.4242.partial`), 'not an archive');
    await rm(dir, { recursive: true, force: true });

    expect(await store.restoreNearest(dir, `${PREFIX}zzz`, PREFIX)).toBe(`${PREFIX}done`);
    expect(await restoredName()).toBe('done');
  });

  it('restoreNearest replaces what was in the directory, as restore does', async () => {
    await saveEntry(`${PREFIX}aaa`, 'saved', 10);
    await writeFile(path.join(dir, 'stale'), 'from an earlier build');

    expect(await store.restoreNearest(dir, `${PREFIX}bbb`, PREFIX)).toBe(`${PREFIX}aaa`);
    expect(await restoredName()).toBe('saved');
    expect(existsSync(path.join(dir, 'stale'))).toBe(false);
  });

  it('restoreNearest leaves no half tree behind when an archive cannot be read', async () => {
    await mkdir(entries(), { recursive: true });
    await writeFile(path.join(entries(), `${PREFIX}broken.tar.${extension}`), 'not an archive');

    await expect(store.restoreNearest(dir, `${PREFIX}aaa`, PREFIX)).rejects.toThrow(CacheEntryError);
    expect(existsSync(dir)).toBe(false);
  });

  it('a truncated entry is refused, leaves nothing, and is removed so the next save replaces it', async () => {
    await saveEntry(`${PREFIX}aaa`, 'first', 10);
    const archive = path.join(entries(), `${PREFIX}aaa.tar.${extension}`);
    await truncate(archive, 64);
    await writeFile(path.join(dir, 'webpack', 'which'), 'leftover');

    await expect(store.restore(dir, `${PREFIX}aaa`)).rejects.toThrow(
      /digest is .*, not the .* written when it was saved/,
    );
    expect(existsSync(dir)).toBe(false);
    expect(readdirSync(entries())).toEqual([]);

    await saveEntry(`${PREFIX}aaa`, 'second', 5);
    await rm(dir, { recursive: true });
    expect(await store.restore(dir, `${PREFIX}aaa`)).toBe(true);
    expect(await restoredName()).toBe('second');
  });

  it('an entry holding a file beside the directory it is for is refused: the file is not written', async () => {
    const evil = path.join(work, 'evil', '.next');
    await mkdir(path.join(evil, 'cache'), { recursive: true });
    await writeFile(path.join(evil, 'package.json'), '{"scripts":{"build":"echo pwned"}}');
    await mkdir(entries(), { recursive: true });
    const archive = path.join(entries(), `${PREFIX}evil.tar.${extension}`);
    execFileSync('tar', [
      ...(compression === 'zstd' ? ['--use-compress-program', 'zstd'] : ['-z']),
      '-cf',
      archive,
      '-C',
      evil,
      'cache',
      'package.json',
    ]);
    await writeFile(`${archive}.sha256`, `${await sha256OfFile(archive)}\n`);

    await expect(store.restoreNearest(dir, `${PREFIX}evil`, PREFIX)).rejects.toThrow(
      'the archive holds "package.json", outside cache/',
    );
    expect(existsSync(path.join(work, 'app', '.next', 'package.json'))).toBe(false);
    expect(existsSync(dir)).toBe(false);
  });

  it('save keeps the first entry of a key; exact restore is unchanged', async () => {
    await saveEntry(`${PREFIX}aaa`, 'first', 10);
    await writeFile(path.join(dir, 'webpack', 'which'), 'second');
    expect(await store.save(dir, `${PREFIX}aaa`)).toBe(false);
    expect(await store.restore(dir, `${PREFIX}aaa`)).toBe(true);
    expect(await restoredName()).toBe('first');
    // restore never falls back to the prefix
    expect(await store.restore(dir, `${PREFIX}a`)).toBe(false);
  });

  it("removeOthers keeps only the given entry of a prefix, and other prefixes' entries", async () => {
    await saveEntry(`${PREFIX}old`, 'old', 20);
    await saveEntry(`${PREFIX}new`, 'new', 10);
    await saveEntry('adb-v1-next-other-app-', 'other', 30);
    await store.removeOthers(PREFIX, `${PREFIX}new`);
    // each archive with its digest beside it
    const kept = [`${PREFIX}new`, 'adb-v1-next-other-app-'].flatMap((key) => [
      `${key}.tar.${extension}`,
      `${key}.tar.${extension}.sha256`,
    ]);
    expect(readdirSync(entries()).sort()).toEqual(kept.sort());
    await rm(work, { recursive: true, force: true });
    // nothing saved yet: nothing to remove, no error
    await store.removeOthers(PREFIX, `${PREFIX}new`);
  });
});
