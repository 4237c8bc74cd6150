import { open } from 'node:fs/promises';
import type { Libc } from './types.js';

/**
 * What a native binary was built for, read from its headers: ELF (Linux), Mach-O (macOS) or
 * PE (Windows). For ELF, the C library comes from the dynamic section (NEEDED libc.so.6 is
 * glibc, libc.musl-*.so.1 is musl) or the interpreter, and the newest GLIBC_x.y symbol
 * version it needs from the version-needs table. Files are read at offsets: an addon like
 * @next/swc is 40 MB and only a few KB of it matter.
 */

export interface BinaryInfo {
  format: 'elf' | 'mach-o' | 'pe' | 'unknown';
  os?: string;
  /** Node's names: x64, arm64, ia32, arm ... */
  arch?: string;
  libc?: Libc;
  /** the newest GLIBC_x.y the binary needs */
  glibcVersion?: string;
  /**
   * For Node addons: 'napi' when it only uses Node-API (works on every Node major), 'v8' when it
   * links V8 or Node internals directly (built for one Node major only).
   */
  nodeApi?: 'napi' | 'v8';
}

/** Reads `length` bytes at `offset` (fewer at the end of the file). */
export type ByteReader = (offset: number, length: number) => Promise<Buffer>;

const ELF_MACHINES: Record<number, string> = {
  3: 'ia32',
  8: 'mips',
  20: 'ppc',
  21: 'ppc64',
  22: 's390x',
  40: 'arm',
  62: 'x64',
  183: 'arm64',
  243: 'riscv64',
  258: 'loong64',
};

const PT_LOAD = 1;
const PT_DYNAMIC = 2;
const PT_INTERP = 3;
const DT_NULL = 0n;
const DT_NEEDED = 1n;
const DT_STRTAB = 5n;
const DT_STRSZ = 10n;
const DT_VERNEED = 0x6ffffffen;
const DT_VERNEEDNUM = 0x6fffffffn;
/** the string table is read whole for the NEEDED names and V8 symbol names; more is not an addon */
const MAX_STRTAB = 8 * 1024 * 1024;

export async function readBinaryInfo(file: string): Promise<BinaryInfo> {
  const handle = await open(file, 'r');
  try {
    return await parseBinary(async (offset, length) => {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, offset);
      return buffer.subarray(0, bytesRead);
    });
  } finally {
    await handle.close();
  }
}

export async function parseBinary(read: ByteReader): Promise<BinaryInfo> {
  const head = await read(0, 64);
  if (head.length >= 52 && head.readUInt32BE(0) === 0x7f454c46) return parseElf(head, read);
  if (head.length >= 8) {
    const macho = machO(head);
    if (macho) return macho;
    if (head.toString('latin1', 0, 2) === 'MZ') return { format: 'pe', os: 'win32' };
  }
  return { format: 'unknown' };
}

function machO(head: Buffer): BinaryInfo | undefined {
  const magic = head.readUInt32BE(0);
  const le = magic === 0xcefaedfe || magic === 0xcffaedfe;
  if (!le && magic !== 0xfeedface && magic !== 0xfeedfacf && magic !== 0xcafebabe) return undefined;
  // 0xcafebabe is a universal binary (several architectures) or a Java class file: both not Linux
  if (magic === 0xcafebabe) return { format: 'mach-o', os: 'darwin' };
  const cpu = le ? head.readUInt32LE(4) : head.readUInt32BE(4);
  const arch = cpu === 0x01000007 ? 'x64' : cpu === 0x0100000c ? 'arm64' : undefined;
  return arch ? { format: 'mach-o', os: 'darwin', arch } : { format: 'mach-o', os: 'darwin' };
}

interface Segment {
  type: number;
  offset: number;
  vaddr: number;
  filesz: number;
}

async function parseElf(head: Buffer, read: ByteReader): Promise<BinaryInfo> {
  const is64 = head[4] === 2;
  const le = head[5] !== 2;
  const u16 = (b: Buffer, o: number): number => (le ? b.readUInt16LE(o) : b.readUInt16BE(o));
  const u32 = (b: Buffer, o: number): number => (le ? b.readUInt32LE(o) : b.readUInt32BE(o));
  const word = (b: Buffer, o: number): bigint =>
    is64 ? (le ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o)) : BigInt(u32(b, o));
  const info: BinaryInfo = { format: 'elf', os: head[7] === 9 ? 'freebsd' : 'linux' };
  const arch = ELF_MACHINES[u16(head, 18)];
  if (arch) info.arch = arch;

  const phoff = Number(word(head, is64 ? 32 : 28));
  const phentsize = u16(head, is64 ? 54 : 42);
  const phnum = u16(head, is64 ? 56 : 44);
  const table = await read(phoff, phentsize * phnum);
  const segments: Segment[] = [];
  for (let i = 0; i < phnum && (i + 1) * phentsize <= table.length; i++) {
    const o = i * phentsize;
    segments.push(
      is64
        ? {
            type: u32(table, o),
            offset: Number(word(table, o + 8)),
            vaddr: Number(word(table, o + 16)),
            filesz: Number(word(table, o + 32)),
          }
        : { type: u32(table, o), offset: u32(table, o + 4), vaddr: u32(table, o + 8), filesz: u32(table, o + 16) },
    );
  }

  const interp = segments.find((s) => s.type === PT_INTERP);
  const interpreter = interp ? cString(await read(interp.offset, Math.min(interp.filesz, 256)), 0) : undefined;
  const dynamic = segments.find((s) => s.type === PT_DYNAMIC);
  const dyn = dynamic
    ? readDynamic(await read(dynamic.offset, dynamic.filesz), is64, word)
    : new Map<bigint, bigint[]>();
  const toOffset = (vaddr: number): number | undefined => {
    const load = segments.find((s) => s.type === PT_LOAD && vaddr >= s.vaddr && vaddr < s.vaddr + s.filesz);
    return load ? vaddr - load.vaddr + load.offset : undefined;
  };
  const strtabAt = toOffset(Number(dyn.get(DT_STRTAB)?.[0] ?? -1));
  const strtab =
    strtabAt === undefined
      ? undefined
      : await read(strtabAt, Math.min(Number(dyn.get(DT_STRSZ)?.[0] ?? 0), MAX_STRTAB));
  const needed = strtab ? (dyn.get(DT_NEEDED) ?? []).map((o) => cString(strtab, Number(o))) : [];

  const libc = libcOf(needed, interpreter);
  if (libc) info.libc = libc;
  if (strtab) {
    const glibc = await newestGlibc(read, toOffset, dyn, strtab, u16, u32);
    if (glibc) {
      info.glibcVersion = glibc;
      info.libc ??= 'glibc';
    }
    const api = nodeApiOf(strtab);
    if (api) info.nodeApi = api;
  }
  return info;
}

function readDynamic(data: Buffer, is64: boolean, word: (b: Buffer, o: number) => bigint): Map<bigint, bigint[]> {
  const size = is64 ? 16 : 8;
  const entries = new Map<bigint, bigint[]>();
  for (let o = 0; o + size <= data.length; o += size) {
    const tag = word(data, o);
    if (tag === DT_NULL) break;
    const values = entries.get(tag) ?? [];
    values.push(word(data, o + size / 2));
    entries.set(tag, values);
  }
  return entries;
}

export function libcOf(needed: readonly string[], interpreter?: string): Libc | undefined {
  if (needed.some((n) => /^libc\.musl-|^ld-musl-/.test(n) || n === 'libc.so') || interpreter?.includes('ld-musl'))
    return 'musl';
  if (needed.some((n) => n === 'libc.so.6' || /^ld-linux/.test(n)) || interpreter?.includes('ld-linux')) return 'glibc';
  return undefined;
}

/** Walks the version-needs table (.gnu.version_r) for the highest GLIBC_x.y[.z]. */
async function newestGlibc(
  read: ByteReader,
  toOffset: (vaddr: number) => number | undefined,
  dyn: Map<bigint, bigint[]>,
  strtab: Buffer,
  u16: (b: Buffer, o: number) => number,
  u32: (b: Buffer, o: number) => number,
): Promise<string | undefined> {
  const at = toOffset(Number(dyn.get(DT_VERNEED)?.[0] ?? -1));
  const count = Number(dyn.get(DT_VERNEEDNUM)?.[0] ?? 0);
  if (at === undefined || count === 0) return undefined;
  let newest: number[] | undefined;
  let entry = at;
  for (let i = 0; i < count; i++) {
    const need = await read(entry, 16);
    if (need.length < 16) break;
    const auxCount = u16(need, 2);
    let aux = entry + u32(need, 8);
    for (let j = 0; j < auxCount; j++) {
      const a = await read(aux, 16);
      if (a.length < 16) break;
      const m = /^GLIBC_(\d+(?:\.\d+)+)$/.exec(cString(strtab, u32(a, 8)));
      if (m) {
        const version = m[1]!.split('.').map(Number);
        if (!newest || compareVersions(version, newest) > 0) newest = version;
      }
      const next = u32(a, 12);
      if (next === 0) break;
      aux += next;
    }
    const next = u32(need, 12);
    if (next === 0) break;
    entry += next;
  }
  return newest?.join('.');
}

/**
 * Node-API addons export napi_register_module_v1 and import only napi_* functions; addons
 * built against V8 (nan, plain node-gyp) import mangled v8:: symbols (_ZN2v8...) or export
 * node_register_module_v<ABI>. Only the latter break when Node's major version changes.
 */
function nodeApiOf(strtab: Buffer): 'napi' | 'v8' | undefined {
  const text = strtab.toString('latin1');
  if (text.includes('_ZN2v8') || text.includes('_ZN4node') || /node_register_module_v\d/.test(text)) return 'v8';
  if (text.includes('napi_')) return 'napi';
  return undefined;
}

export function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function cString(buffer: Buffer, offset: number): string {
  if (offset < 0 || offset >= buffer.length) return '';
  const end = buffer.indexOf(0, offset);
  return buffer.toString('latin1', offset, end < 0 ? buffer.length : end);
}
