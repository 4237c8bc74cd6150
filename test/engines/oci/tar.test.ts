import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { paxRecord, tarHeader, tarStream, type TarEntry, type TarItem } from '../../../src/engines/oci/tar.js';
import { readTar } from './tar-reader.js';

async function archive(items: TarItem[]): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of tarStream(items)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

const base = { mode: 0o644, uid: 0, gid: 0, mtime: 1_700_000_000, size: 0 };
const file = (p: string, content: string, extra: Partial<TarEntry> = {}): TarItem => ({
  entry: { ...base, path: p, type: 'file', size: Buffer.byteLength(content), ...extra },
  open: () => Readable.from([Buffer.from(content)]),
});

describe('tar writer', () => {
  it('writes directories with a trailing slash, files with content, symlinks with targets', async () => {
    const bytes = await archive([
      { entry: { ...base, path: 'app', type: 'directory', mode: 0o755 } },
      file('app/server.js', 'console.log(1)\n', { mode: 0o755, uid: 1000, gid: 1000 }),
      { entry: { ...base, path: 'app/link', type: 'symlink', mode: 0o777, linkname: 'server.js' } },
    ]);
    expect(bytes.length % 512).toBe(0);
    expect(bytes.subarray(-1024).every((b) => b === 0)).toBe(true);
    const entries = readTar(bytes);
    expect(entries.map((e) => [e.name, e.type, e.mode.toString(8), e.uid, e.gid, e.size, e.mtime, e.linkname])).toEqual(
      [
        ['app/', '5', '755', 0, 0, 0, 1_700_000_000, ''],
        ['app/server.js', '0', '755', 1000, 1000, 15, 1_700_000_000, ''],
        ['app/link', '2', '777', 0, 0, 0, 1_700_000_000, 'server.js'],
      ],
    );
    expect(entries[1]!.content.toString()).toBe('console.log(1)\n');
  });

  it('writes the same bytes for the same entries', async () => {
    const items = (): TarItem[] => [file('a.txt', 'a'), file('b/c.txt', 'c')];
    expect((await archive(items())).equals(await archive(items()))).toBe(true);
  });

  it.each<{ name: string; entry: TarEntry; key: string }>([
    {
      name: 'a path over 100 bytes',
      entry: { ...base, path: `node_modules/${'deep/'.repeat(30)}index.js`, type: 'file' },
      key: 'path',
    },
    { name: 'a non-ASCII path', entry: { ...base, path: 'assets/häkchen-✓.txt', type: 'file' }, key: 'path' },
    {
      name: 'a long symlink target',
      entry: { ...base, path: 'l', type: 'symlink', linkname: `../${'x'.repeat(120)}` },
      key: 'linkpath',
    },
    { name: 'a uid over 2097151', entry: { ...base, path: 'u', type: 'file', uid: 3_000_000 }, key: 'uid' },
  ])('adds a PAX header for $name', async ({ entry, key }) => {
    const [read] = readTar(await archive([{ entry, open: () => Readable.from([]) }]));
    expect(Object.keys(read!.pax)).toEqual([key]);
    expect(read!.name).toBe(entry.path);
    expect(read!.linkname).toBe(entry.linkname ?? '');
    expect(read!.uid).toBe(entry.uid);
  });

  it('puts a size over 8 GiB in PAX (header only: the content is not written here)', () => {
    const header = tarHeader({ ...base, path: 'big', type: 'file', size: 9 * 1024 ** 3 });
    expect(header.length).toBe(3 * 512);
    expect(header.subarray(512, 1024).toString()).toContain(`size=${9 * 1024 ** 3}\n`);
  });

  it.each([
    ['path', 'a', '9 path=a\n'],
    // 98 bytes after the length: 2 digits would make 100, which has 3, so the length is 101
    ['path', 'x'.repeat(91), `101 path=${'x'.repeat(91)}\n`],
    ['path', 'x'.repeat(90), `99 path=${'x'.repeat(90)}\n`],
  ])('counts a PAX record %s=%s with its own length', (key, value, expected) => {
    const record = paxRecord(key, value);
    expect(record).toBe(expected);
    expect(Buffer.byteLength(record)).toBe(Number(record.split(' ')[0]));
  });

  it('fails when a file is not the size it was listed with', async () => {
    await expect(
      archive([{ ...file('a', 'abc'), entry: { ...base, path: 'a', type: 'file', size: 5 } }]),
    ).rejects.toThrow('changed while it was being archived');
  });

  it('is read back by GNU tar', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'adb-tar-'));
    try {
      const long = `${'long-directory-name/'.repeat(6)}file.txt`;
      writeFileSync(path.join(dir, 'x.tar'), await archive([file(long, 'hi'), file('ü.txt', 'u')]));
      expect(
        execFileSync('tar', ['-tf', path.join(dir, 'x.tar')], { encoding: 'utf8' })
          .trim()
          .split('\n'),
      ).toEqual([long, 'ü.txt']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
