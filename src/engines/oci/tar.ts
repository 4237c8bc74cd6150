import type { Readable } from 'node:stream';

/**
 * A tar writer for image layers and docker-load archives: ustar headers, with a PAX extended
 * header in front of an entry only when ustar cannot hold it (a path or link target over 100
 * bytes or not ASCII, a size over 8 GiB, large ids). Nothing machine-specific goes in: no user
 * or group names, no device numbers, no access times, so equal entries give equal bytes.
 */
export type TarEntryType = 'file' | 'directory' | 'symlink';

export interface TarEntry {
  /** relative, `/`-separated, without a leading or trailing slash */
  path: string;
  type: TarEntryType;
  /** permission bits (and setuid/setgid/sticky), no file type bits */
  mode: number;
  uid: number;
  gid: number;
  /** seconds since the epoch */
  mtime: number;
  /** bytes of content; 0 for directories and symlinks */
  size: number;
  /** a symlink's target */
  linkname?: string;
}

export interface TarItem {
  entry: TarEntry;
  /** a file's content; it must yield exactly entry.size bytes */
  open?: () => Readable | AsyncIterable<Buffer>;
}

const BLOCK = 512;
/** the end of an archive: two zero blocks */
const TAR_TRAILER = Buffer.alloc(2 * BLOCK);
const TYPE_FLAG: Record<TarEntryType | 'pax', string> = { file: '0', directory: '5', symlink: '2', pax: 'x' };
const MAX_OCTAL_11 = 0o77777777777;
const MAX_OCTAL_7 = 0o7777777;

function tarName(entry: TarEntry): string {
  return entry.type === 'directory' ? `${entry.path}/` : entry.path;
}

/** The header block(s) of one entry: a PAX header first when ustar fields overflow. */
export function tarHeader(entry: TarEntry): Buffer {
  const name = tarName(entry);
  const linkname = entry.linkname ?? '';
  const pax: [string, string][] = [];
  if (!fitsUstar(name)) pax.push(['path', name]);
  if (!fitsUstar(linkname)) pax.push(['linkpath', linkname]);
  if (entry.size > MAX_OCTAL_11) pax.push(['size', String(entry.size)]);
  if (entry.uid > MAX_OCTAL_7) pax.push(['uid', String(entry.uid)]);
  if (entry.gid > MAX_OCTAL_7) pax.push(['gid', String(entry.gid)]);
  const header = ustarHeader({
    name: fitsUstar(name) ? name : fallbackName(name),
    linkname: fitsUstar(linkname) ? linkname : '',
    type: TYPE_FLAG[entry.type],
    mode: entry.mode & 0o7777,
    uid: entry.uid,
    gid: entry.gid,
    size: entry.type === 'file' ? entry.size : 0,
    mtime: entry.mtime,
  });
  if (pax.length === 0) return header;
  const records = Buffer.from(pax.map(([key, value]) => paxRecord(key, value)).join(''), 'utf8');
  const paxHeader = ustarHeader({
    name: paxHeaderName(name),
    linkname: '',
    type: TYPE_FLAG.pax,
    mode: 0o644,
    uid: 0,
    gid: 0,
    size: records.length,
    mtime: entry.mtime,
  });
  return Buffer.concat([paxHeader, records, padding(records.length), header]);
}

/** Zeros up to the next 512-byte boundary. */
export function padding(size: number): Buffer {
  const rest = size % BLOCK;
  return rest === 0 ? Buffer.alloc(0) : Buffer.alloc(BLOCK - rest);
}

/** The archive as a stream of buffers: each header, its content and padding, then the trailer. */
export async function* tarStream(items: Iterable<TarItem> | AsyncIterable<TarItem>): AsyncGenerator<Buffer> {
  for await (const { entry, open } of items) {
    yield tarHeader(entry);
    if (entry.type !== 'file') continue;
    let written = 0;
    if (entry.size > 0) {
      if (!open) throw new Error(`${entry.path}: no content for a file of ${entry.size} bytes`);
      for await (const chunk of open()) {
        const buffer = chunk as Buffer;
        written += buffer.length;
        if (written > entry.size) break;
        yield buffer;
      }
    }
    // a file that grew or shrank since it was listed would corrupt every entry after it
    if (written !== entry.size)
      throw new Error(
        `${entry.path} changed while it was being archived (${entry.size} bytes listed, ${written} read)`,
      );
    yield padding(entry.size);
  }
  yield TAR_TRAILER;
}

function fitsUstar(text: string): boolean {
  return text.length <= 100 && /^[\x20-\x7e]*$/.test(text);
}

/** What readers without PAX see: the ASCII-safe tail of the path, which PAX then overrides. */
function fallbackName(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_');
  return ascii.length <= 100 ? ascii : ascii.slice(ascii.length - 100);
}

/** Fixed, like Go's archive/tar ("PaxHeaders.0"), so the bytes never depend on a process id. */
function paxHeaderName(name: string): string {
  const base = name.replace(/\/$/, '').split('/').pop() ?? '';
  return `PaxHeaders.0/${base.replace(/[^\x20-\x7e]/g, '_')}`.slice(0, 100);
}

/** "<length> <key>=<value>\n", where length counts the whole record, its own digits included. */
export function paxRecord(key: string, value: string): string {
  const rest = ` ${key}=${value}\n`;
  const restBytes = Buffer.byteLength(rest, 'utf8');
  let length = restBytes + 1;
  while (String(length).length + restBytes !== length) length = String(length).length + restBytes;
  return `${length}${rest}`;
}

function ustarHeader(fields: {
  name: string;
  linkname: string;
  type: string;
  mode: number;
  uid: number;
  gid: number;
  size: number;
  mtime: number;
}): Buffer {
  const block = Buffer.alloc(BLOCK);
  block.write(fields.name, 0, 100, 'ascii');
  writeOctal(block, fields.mode, 100, 8);
  writeOctal(block, fields.uid > MAX_OCTAL_7 ? 0 : fields.uid, 108, 8);
  writeOctal(block, fields.gid > MAX_OCTAL_7 ? 0 : fields.gid, 116, 8);
  writeOctal(block, fields.size > MAX_OCTAL_11 ? 0 : fields.size, 124, 12);
  writeOctal(block, Math.min(Math.max(0, Math.floor(fields.mtime)), MAX_OCTAL_11), 136, 12);
  block.write(fields.type, 156, 1, 'ascii');
  block.write(fields.linkname, 157, 100, 'ascii');
  block.write('ustar\u000000', 257, 8, 'ascii');
  writeOctal(block, 0, 329, 8);
  writeOctal(block, 0, 337, 8);
  // the checksum is computed with its own field read as eight spaces
  block.fill(0x20, 148, 156);
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\u0000 `, 148, 8, 'ascii');
  return block;
}

function writeOctal(block: Buffer, value: number, offset: number, width: number): void {
  block.write(`${value.toString(8).padStart(width - 1, '0')}\u0000`, offset, width, 'ascii');
}
