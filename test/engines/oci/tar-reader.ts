import { gunzipSync } from 'node:zlib';

/** What the tests check of a tar entry, PAX records applied. */
export interface ReadEntry {
  name: string;
  type: string;
  mode: number;
  uid: number;
  gid: number;
  size: number;
  mtime: number;
  linkname: string;
  /** the PAX records that preceded it */
  pax: Record<string, string>;
  content: Buffer;
}

/** A minimal ustar/PAX reader, enough to check what the writer wrote (no GNU extensions). */
export function readTar(archive: Buffer): ReadEntry[] {
  const data = archive[0] === 0x1f && archive[1] === 0x8b ? gunzipSync(archive) : archive;
  const entries: ReadEntry[] = [];
  let pax: Record<string, string> = {};
  for (let offset = 0; offset + 512 <= data.length;) {
    const header = data.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const text = (start: number, length: number): string =>
      header
        .subarray(start, start + length)
        .toString('utf8')
        .replace(/\0.*$/s, '');
    const octal = (start: number, length: number): number => parseInt(text(start, length).trim() || '0', 8);
    const checksum = octal(148, 8);
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : header[i]!;
    if (sum !== checksum) throw new Error(`bad checksum at ${offset}`);
    const type = text(156, 1);
    let size = octal(124, 12);
    if (pax.size) size = Number(pax.size);
    const content = data.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    if (type === 'x') {
      pax = parsePax(content);
      continue;
    }
    const prefix = text(345, 155);
    entries.push({
      name: pax.path ?? (prefix ? `${prefix}/${text(0, 100)}` : text(0, 100)),
      type,
      mode: octal(100, 8),
      uid: pax.uid ? Number(pax.uid) : octal(108, 8),
      gid: pax.gid ? Number(pax.gid) : octal(116, 8),
      size,
      mtime: octal(136, 12),
      linkname: pax.linkpath ?? text(157, 100),
      pax,
      content: Buffer.from(content),
    });
    pax = {};
  }
  return entries;
}

function parsePax(records: Buffer): Record<string, string> {
  const result: Record<string, string> = {};
  let rest = records;
  while (rest.length > 0) {
    const space = rest.indexOf(0x20);
    const length = Number(rest.subarray(0, space).toString());
    const record = rest.subarray(space + 1, length - 1).toString('utf8');
    const eq = record.indexOf('=');
    result[record.slice(0, eq)] = record.slice(eq + 1);
    rest = rest.subarray(length);
  }
  return result;
}
