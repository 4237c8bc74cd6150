import { describe, expect, it } from 'vitest';
import { libcOf, parseBinary, readBinaryInfo, type ByteReader } from '../../src/validate/binary.js';
import { fakeElf, fakeMachO } from './elf.js';

/** Reads from bytes in memory, as readBinaryInfo reads from a file. */
const bufferReader =
  (data: Buffer): ByteReader =>
  async (offset, length) =>
    data.subarray(offset, offset + length);

describe('parseBinary', () => {
  it.each([
    {
      name: 'an x64 glibc Node-API addon',
      bytes: fakeElf({ arch: 'x64', libc: 'glibc', glibcVersion: '2.17', api: 'napi' }),
      expected: { format: 'elf', os: 'linux', arch: 'x64', libc: 'glibc', glibcVersion: '2.17', nodeApi: 'napi' },
    },
    {
      name: 'an arm64 musl addon',
      bytes: fakeElf({ arch: 'arm64', libc: 'musl', api: 'napi' }),
      expected: { format: 'elf', os: 'linux', arch: 'arm64', libc: 'musl', nodeApi: 'napi' },
    },
    {
      name: 'an addon built against V8',
      bytes: fakeElf({ arch: 'x64', libc: 'glibc', api: 'v8' }),
      expected: { format: 'elf', arch: 'x64', libc: 'glibc', nodeApi: 'v8' },
    },
    {
      name: 'a static binary links no libc',
      bytes: fakeElf({ arch: 'x64' }),
      expected: { format: 'elf', os: 'linux', arch: 'x64' },
    },
    {
      name: 'a GLIBC version need alone means glibc',
      bytes: fakeElf({ arch: 'ia32', glibcVersion: '2.28' }),
      expected: { format: 'elf', arch: 'ia32', libc: 'glibc', glibcVersion: '2.28' },
    },
    { name: 'a Mach-O binary', bytes: fakeMachO(), expected: { format: 'mach-o', os: 'darwin', arch: 'arm64' } },
    {
      name: 'a Windows DLL',
      bytes: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62)]),
      expected: { format: 'pe', os: 'win32' },
    },
    { name: 'text', bytes: Buffer.from('module.exports = 1;\n'.repeat(4)), expected: { format: 'unknown' } },
    {
      name: 'a truncated ELF header',
      bytes: fakeElf({ arch: 'x64' }).subarray(0, 20),
      expected: { format: 'unknown' },
    },
  ])('$name', async ({ bytes, expected }) => {
    const info = await parseBinary(bufferReader(bytes));
    expect(info).toMatchObject(expected);
    if (!('libc' in expected)) expect(info.libc).toBeUndefined();
  });

  it('reads the node binary running this test (a real, large ELF) by offsets', async () => {
    const info = await readBinaryInfo(process.execPath);
    expect(info).toMatchObject({ format: 'elf', os: 'linux', arch: process.arch, libc: 'glibc' });
    expect(info.glibcVersion).toMatch(/^2\.\d+/);
  });

  it.each([
    { name: 'glibc', needed: ['libstdc++.so.6', 'libc.so.6'], expected: 'glibc' },
    { name: 'Alpine musl', needed: ['libc.musl-x86_64.so.1'], expected: 'musl' },
    { name: 'other musl distributions', needed: ['libc.so'], expected: 'musl' },
    { name: 'the musl interpreter', needed: [], interpreter: '/lib/ld-musl-aarch64.so.1', expected: 'musl' },
    { name: 'the glibc interpreter', needed: [], interpreter: '/lib64/ld-linux-x86-64.so.2', expected: 'glibc' },
    { name: 'nothing', needed: ['libm.so.6'], expected: undefined },
  ])('libcOf: $name', ({ needed, interpreter, expected }) => {
    expect(libcOf(needed, interpreter)).toBe(expected);
  });
});
