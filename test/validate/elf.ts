/**
 * Minimal 64-bit little-endian ELF shared objects, written byte by byte: the header, a PT_LOAD
 * covering the file, a PT_DYNAMIC with NEEDED/STRTAB/STRSZ (and VERNEED for a GLIBC_x.y need),
 * and a string table. Just enough for readBinaryInfo to see what a real addon would show.
 */
export interface FakeElf {
  arch: 'x64' | 'arm64' | 'ia32';
  /** which C library it links: NEEDED libc.so.6 or libc.musl-<arch>.so.1; none for static */
  libc?: 'glibc' | 'musl';
  /** adds a version need GLIBC_<version> */
  glibcVersion?: string;
  /** napi: imports napi_* only; v8: imports a mangled v8:: symbol */
  api?: 'napi' | 'v8';
  bigEndian?: false;
}

const MACHINE = { x64: 62, arm64: 183, ia32: 3 } as const;
const HEADER = 64;
const PHENT = 56;

export function fakeElf(spec: FakeElf): Buffer {
  const libName = spec.libc === 'musl' ? `libc.musl-${spec.arch === 'arm64' ? 'aarch64' : 'x86_64'}.so.1` : 'libc.so.6';
  const strings = ['', ...(spec.libc ? [libName] : []), ...(spec.glibcVersion ? [`GLIBC_${spec.glibcVersion}`] : [])];
  if (spec.api === 'napi') strings.push('napi_register_module_v1', 'napi_create_function');
  if (spec.api === 'v8') strings.push('_ZN2v87Isolate10GetCurrentEv');
  const strtab = Buffer.from(`${strings.join('\0')}\0`, 'latin1');
  const offsetOf = (s: string): number => strtab.indexOf(Buffer.from(`\0${s}\0`, 'latin1')) + 1;

  const dynamic: [number, number][] = [];
  const phoff = HEADER;
  const dynOff = phoff + 2 * PHENT;
  const dynCount = (spec.libc ? 1 : 0) + 2 + (spec.glibcVersion ? 2 : 0) + 1;
  const strOff = dynOff + dynCount * 16;
  const verOff = strOff + strtab.length + ((8 - (strtab.length % 8)) % 8);
  if (spec.libc) dynamic.push([1, offsetOf(libName)]);
  dynamic.push([5, strOff], [10, strtab.length]);
  if (spec.glibcVersion) dynamic.push([0x6ffffffe, verOff], [0x6fffffff, 1]);
  dynamic.push([0, 0]);
  const size = spec.glibcVersion ? verOff + 32 : verOff;

  const b = Buffer.alloc(size);
  b.writeUInt32BE(0x7f454c46, 0);
  b[4] = 2; // 64-bit
  b[5] = 1; // little endian
  b[6] = 1; // version
  b.writeUInt16LE(3, 16); // ET_DYN
  b.writeUInt16LE(MACHINE[spec.arch], 18);
  b.writeUInt32LE(1, 20);
  b.writeBigUInt64LE(BigInt(phoff), 32);
  b.writeUInt16LE(HEADER, 52);
  b.writeUInt16LE(PHENT, 54);
  b.writeUInt16LE(2, 56);
  // PT_LOAD: the whole file at vaddr 0
  b.writeUInt32LE(1, phoff);
  b.writeBigUInt64LE(0n, phoff + 8);
  b.writeBigUInt64LE(0n, phoff + 16);
  b.writeBigUInt64LE(BigInt(size), phoff + 32);
  b.writeBigUInt64LE(BigInt(size), phoff + 40);
  // PT_DYNAMIC
  b.writeUInt32LE(2, phoff + PHENT);
  b.writeBigUInt64LE(BigInt(dynOff), phoff + PHENT + 8);
  b.writeBigUInt64LE(BigInt(dynOff), phoff + PHENT + 16);
  b.writeBigUInt64LE(BigInt(dynCount * 16), phoff + PHENT + 32);
  dynamic.forEach(([tag, value], i) => {
    b.writeBigUInt64LE(BigInt(tag), dynOff + i * 16);
    b.writeBigUInt64LE(BigInt(value), dynOff + i * 16 + 8);
  });
  strtab.copy(b, strOff);
  if (spec.glibcVersion) {
    // Verneed { version 1, cnt 1, file libc, aux +16, next 0 } then Vernaux { hash, flags, other, name, next 0 }
    b.writeUInt16LE(1, verOff);
    b.writeUInt16LE(1, verOff + 2);
    b.writeUInt32LE(offsetOf(libName), verOff + 4);
    b.writeUInt32LE(16, verOff + 8);
    b.writeUInt32LE(0, verOff + 12);
    b.writeUInt32LE(0x0d696914, verOff + 16);
    b.writeUInt32LE(offsetOf(`GLIBC_${spec.glibcVersion}`), verOff + 24);
    b.writeUInt32LE(0, verOff + 28);
  }
  return b;
}

/** The first bytes of a 64-bit Mach-O for arm64. */
export function fakeMachO(): Buffer {
  const b = Buffer.alloc(32);
  b.writeUInt32LE(0xfeedfacf, 0);
  b.writeUInt32LE(0x0100000c, 4);
  return b;
}
