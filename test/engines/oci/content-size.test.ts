import { execFileSync } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { gzipLayerContentSize, tarContentSize } from '../../../src/engines/oci/content-size.js';
import { tarStream } from '../../../src/engines/oci/tar.js';

/**
 * The unpacked size of a layer, counted as overlay2 counts it for `docker image inspect`:
 * files' lengths and symlinks' target lengths, a hard link once, no directories, no tar headers.
 */
describe('tarContentSize', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'adb-content-size-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function tree(name: string): { root: string; expected: number } {
    const root = path.join(dir, name);
    const deep = path.join(root, 'a'.repeat(60), 'b'.repeat(60));
    mkdirSync(deep, { recursive: true });
    writeFileSync(path.join(root, 'one.txt'), 'x'.repeat(1000));
    writeFileSync(path.join(root, 'empty'), '');
    // a path over 100 bytes: a GNU long name or a PAX header, depending on the writer
    writeFileSync(path.join(deep, 'long-name.js'), 'y'.repeat(70_001));
    const target = `../${'c'.repeat(120)}`;
    symlinkSync(target, path.join(root, 'link'));
    linkSync(path.join(root, 'one.txt'), path.join(root, 'hard.txt'));
    return { root, expected: 1000 + 70_001 + Buffer.byteLength(target) };
  }

  it.each([
    { name: 'GNU tar', format: 'gnu' },
    { name: 'PAX (BuildKit, Go archive/tar)', format: 'pax' },
    { name: 'ustar, when names fit', format: 'ustar' },
  ])('reads a layer written by $name', async ({ format }) => {
    const { root, expected } = tree(format);
    const file = path.join(dir, `${format}.tar`);
    const members = format === 'ustar' ? ['one.txt', 'empty', 'hard.txt'] : ['.'];
    execFileSync('tar', [`--format=${format}`, '-C', root, '-cf', file, ...members]);
    const want = format === 'ustar' ? 1000 : expected;
    expect(await tarContentSize(Readable.from([readFileSync(file)]))).toBe(want);
    // the same, one byte at a time: no header or record may straddle a chunk unnoticed
    const bytes = readFileSync(file);
    expect(
      await tarContentSize(Readable.from(bytes.length < 400_000 ? [...bytes].map((b) => Buffer.of(b)) : [bytes])),
    ).toBe(want);
    execFileSync('gzip', ['-kf', file]);
    expect(await gzipLayerContentSize(`${file}.gz`)).toBe(want);
  });

  it('reads the layers this engine writes', async () => {
    const items = [
      { entry: { path: 'app', type: 'directory' as const, mode: 0o755, uid: 0, gid: 0, mtime: 0, size: 0 } },
      {
        entry: { path: 'app/index.js', type: 'file' as const, mode: 0o644, uid: 0, gid: 0, mtime: 0, size: 5 },
        open: () => Readable.from([Buffer.from('hello')]),
      },
      {
        entry: {
          path: `app/${'n'.repeat(150)}.js`,
          type: 'file' as const,
          mode: 0o644,
          uid: 0,
          gid: 0,
          mtime: 0,
          size: 3,
        },
        open: () => Readable.from([Buffer.from('abc')]),
      },
      {
        entry: {
          path: 'app/current',
          type: 'symlink' as const,
          mode: 0o777,
          uid: 0,
          gid: 0,
          mtime: 0,
          size: 0,
          linkname: 'index.js',
        },
      },
    ];
    expect(await tarContentSize(Readable.from(tarStream(items)))).toBe(5 + 3 + 'index.js'.length);
  });
});
