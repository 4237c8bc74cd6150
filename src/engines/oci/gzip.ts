import { Transform, type TransformCallback } from 'node:stream';
import zlib from 'node:zlib';

/**
 * Compression settings are part of a layer's digest, so they are fixed here rather than left
 * to zlib's defaults: level 6 (what Go's gzip and so docker and containerd use by default),
 * the full window and default memory. zlib writes no file name and a zero mtime; the one
 * byte that depends on how zlib was built is the header's OS field (3 on Unix, 10 on Windows),
 * so it is overwritten with 255, "unknown", as Go's writer sets it.
 *
 * The compressed bytes are reproducible for one zlib (one Node version); the uncompressed
 * digest (the diff_id) is reproducible everywhere.
 */
const GZIP_OPTIONS: zlib.ZlibOptions = {
  level: 6,
  windowBits: 15,
  memLevel: 8,
  strategy: zlib.constants.Z_DEFAULT_STRATEGY,
};
const OS_OFFSET = 9;
const OS_UNKNOWN = 0xff;

/** The gzip stream and the header fix behind it, to be placed one after the other in a pipeline. */
export function deterministicGzipStages(): [zlib.Gzip, Transform] {
  let offset = 0;
  const fixHeader = new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      if (offset <= OS_OFFSET && offset + chunk.length > OS_OFFSET) chunk[OS_OFFSET - offset] = OS_UNKNOWN;
      offset += chunk.length;
      callback(null, chunk);
    },
  });
  return [zlib.createGzip(GZIP_OPTIONS), fixHeader];
}
