import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';

/**
 * The bytes a layer takes once unpacked, counted the way Docker's overlay2 driver counts them for
 * `docker image inspect`'s Size: every regular file's length, every symlink's target length
 * (what lstat reports for it), nothing for directories, devices or whiteouts, and a hard link
 * not again (it is the same inode). The tar's own headers and padding are not part of it.
 */
export async function tarContentSize(tar: AsyncIterable<Buffer | Uint8Array>): Promise<number> {
  const reader = new TarSizeReader();
  for await (const chunk of tar) reader.push(Buffer.from(chunk));
  return reader.total;
}

/** A gzip'd layer blob, from a file or a stream. */
export function gzipLayerContentSize(source: string | Readable): Promise<number> {
  const input = typeof source === 'string' ? createReadStream(source) : source;
  return tarContentSize(input.pipe(createGunzip()));
}

const BLOCK = 512;

class TarSizeReader {
  total = 0;
  private buffer: Buffer = Buffer.alloc(0);
  /** content bytes (with padding) still to skip, or to collect for a PAX or GNU long-name record */
  private skip = 0;
  private collect: { bytes: number; kind: 'pax' | 'longlink' | 'ignore'; parts: Buffer[] } | undefined;
  /** overrides for the next entry, from a PAX header or a GNU long link */
  private next: { size?: number; linkpath?: string } = {};
  private ended = false;

  push(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    for (;;) {
      if (this.ended) return;
      if (this.skip > 0) {
        const n = Math.min(this.skip, this.buffer.length);
        if (this.collect)
          this.collect.parts.push(
            this.buffer.subarray(0, Math.min(n, Math.max(0, this.collect.bytes - this.collected()))),
          );
        this.buffer = this.buffer.subarray(n);
        this.skip -= n;
        if (this.skip > 0) return;
        if (this.collect) this.finishRecord();
        continue;
      }
      if (this.buffer.length < BLOCK) return;
      const header = this.buffer.subarray(0, BLOCK);
      this.buffer = this.buffer.subarray(BLOCK);
      if (header.every((b) => b === 0)) {
        // the end-of-archive blocks
        this.ended = true;
        return;
      }
      this.entry(header);
    }
  }

  private collected(): number {
    return this.collect ? this.collect.parts.reduce((sum, p) => sum + p.length, 0) : 0;
  }

  private entry(header: Buffer): void {
    const type = String.fromCharCode(header[156] ?? 0);
    const size = this.next.size ?? readNumber(header.subarray(124, 136));
    const padded = Math.ceil(size / BLOCK) * BLOCK;
    if (type === 'x' || type === 'K' || type === 'L' || type === 'g') {
      this.collect = { bytes: size, kind: type === 'x' ? 'pax' : type === 'K' ? 'longlink' : 'ignore', parts: [] };
      this.skip = padded;
      if (padded === 0) this.finishRecord();
      return;
    }
    const linkname = this.next.linkpath ?? cString(header.subarray(157, 257));
    this.next = {};
    if (type === '0' || type === '\0' || type === '7') this.total += size;
    else if (type === '2') this.total += Buffer.byteLength(linkname);
    this.skip = type === '0' || type === '\0' || type === '7' ? padded : 0;
  }

  private finishRecord(): void {
    const record = this.collect!;
    this.collect = undefined;
    const text = Buffer.concat(record.parts).subarray(0, record.bytes);
    if (record.kind === 'longlink') this.next.linkpath = cString(text);
    if (record.kind !== 'pax') return;
    for (const [key, value] of paxRecords(text.toString('utf8'))) {
      if (key === 'size') this.next.size = Number(value);
      if (key === 'linkpath') this.next.linkpath = value;
    }
  }
}

/** "%d %s=%s\n" records; the length counts the whole record. */
function paxRecords(text: string): [string, string][] {
  const records: [string, string][] = [];
  const bytes = Buffer.from(text, 'utf8');
  let at = 0;
  while (at < bytes.length) {
    const space = bytes.indexOf(0x20, at);
    if (space < 0) break;
    const length = Number(bytes.subarray(at, space).toString());
    if (!(length > 0)) break;
    const record = bytes.subarray(space + 1, at + length - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (eq > 0) records.push([record.slice(0, eq), record.slice(eq + 1)]);
    at += length;
  }
  return records;
}

/** An octal field, or GNU's base-256 form (high bit set) for sizes over 8 GiB. */
function readNumber(field: Buffer): number {
  if ((field[0]! & 0x80) !== 0) {
    let value = 0;
    for (let i = 1; i < field.length; i++) value = value * 256 + field[i]!;
    return value;
  }
  const text = cString(field).trim();
  return text === '' ? 0 : Number.parseInt(text, 8);
}

function cString(field: Buffer): string {
  const end = field.indexOf(0);
  return field.subarray(0, end < 0 ? field.length : end).toString('utf8');
}
