import { randomBytes } from 'node:crypto';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Runner } from '../exec.js';
import { isInside } from '../paths.js';

/**
 * One cache entry on disk: a tar archive of one directory and, next to it, the archive's
 * sha256 written when it was made. Both stores keep their entries in this form, so what a
 * restore puts on disk is checked the same way whichever store it came from: the digest must
 * match (a truncated or altered archive is refused), every member must sit under the one
 * directory the entry is for (an entry cannot write package.json or anything else), and the
 * archive is unpacked next to the target and moved into place only once complete.
 */

export type Compression = 'zstd' | 'gzip' | 'none';

/** A cache entry that cannot be used; the store removes what it unpacked and reports a miss. */
export class CacheEntryError extends Error {
  override name = 'CacheEntryError';
}

export function digestFile(archive: string): string {
  return `${archive}.sha256`;
}

function compressFlags(compression: Compression, direction: 'compress' | 'decompress'): string[] {
  if (compression === 'none') return [];
  if (compression === 'gzip') return ['-z'];
  // -T0: all cores; level 3 is zstd's default and the sweet spot for node_modules
  return ['--use-compress-program', direction === 'compress' ? 'zstd -T0 -3' : 'zstd -d'];
}

export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Archives `dir` (as its own name, nothing above it) into `archive` and writes the digest beside it. */
export async function packEntry(dir: string, archive: string, compression: Compression, run: Runner): Promise<void> {
  await run(
    ['tar', ...compressFlags(compression, 'compress'), '-cf', archive, '-C', path.dirname(dir), path.basename(dir)],
    { quiet: true },
  );
  await writeFile(digestFile(archive), `${await sha256OfFile(archive)}\n`);
}

/** The reason a member name does not belong in an entry for `name`, undefined when it does. */
export function strayMember(member: string, name: string): string | undefined {
  const clean = member.replace(/^\.\//, '').replace(/\/+$/, '');
  if (clean.startsWith('/')) return 'an absolute path';
  if (clean.split('/').includes('..')) return 'a path with ..';
  if (!isInside(clean, name)) return `outside ${name}/`;
  return undefined;
}

/**
 * Unpacks `archive` into `dir` after checking its digest and its member names. On any failure
 * nothing of the entry is left behind (neither `dir` nor the staging directory) and a
 * CacheEntryError says why.
 */
export async function unpackEntry(archive: string, dir: string, compression: Compression, run: Runner): Promise<void> {
  const name = path.basename(dir);
  const parent = path.dirname(dir);
  const staging = path.join(parent, `.${name}.restore-${randomBytes(4).toString('hex')}`);
  try {
    const expected = await readFile(digestFile(archive), 'utf8').then(
      (text) => text.trim(),
      () => undefined,
    );
    if (!expected) throw new CacheEntryError('the entry has no digest (written by an older version, or cut short)');
    await mkdir(staging, { recursive: true });
    // one pass over the archive, hashed while tar unpacks it: nothing reaches `dir` before both
    // checks passed, and tar without -P keeps every member (and every link it makes) inside the
    // staging directory, which is removed whatever happens. -v names the members as they go.
    const [actual, unpacked] = await Promise.all([
      sha256OfFile(archive),
      run(['tar', ...compressFlags(compression, 'decompress'), '-xvf', archive, '-C', staging], {
        quiet: true,
        allowFailure: true,
      }),
    ]);
    if (actual !== expected)
      throw new CacheEntryError(
        `the archive's digest is ${actual.slice(0, 12)}…, not the ${expected.slice(0, 12)}… written when it was saved`,
      );
    if (unpacked.code !== 0)
      throw new CacheEntryError(
        `tar cannot read the archive: ${unpacked.stderr.trim().split('\n')[0] ?? `exit ${unpacked.code}`}`,
      );
    for (const member of unpacked.stdout.split('\n')) {
      if (!member) continue;
      const why = strayMember(member, name);
      if (why)
        throw new CacheEntryError(
          `the archive holds ${JSON.stringify(member)}, ${why}: an entry for ${name} holds nothing else`,
        );
    }
    await rm(dir, { recursive: true, force: true });
    await rename(path.join(staging, name), dir);
  } catch (error: unknown) {
    await rm(dir, { recursive: true, force: true });
    throw error instanceof CacheEntryError
      ? error
      : new CacheEntryError(error instanceof Error ? error.message : String(error), { cause: error });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
