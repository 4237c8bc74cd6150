import { open, lstat, readdir, readlink, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import path from 'node:path';
import { BadPatternError, goMatch, hasWildcard } from '../../dockerfile/glob.js';
import { isIgnored, skipsDirectory, type IgnoreFile } from '../../dockerfile/ignore.js';
import { dockerfileError } from './instructions.js';
import type { CopyStep } from './evaluate.js';
import type { TarEntry } from './tar.js';
import { layerTimes } from '../../image/timestamps.js';

/** A tar entry and, for files, where its content is read from. */
export interface LayerEntry extends TarEntry {
  source?: string;
  /** the source file's mtime in whole seconds (what survives a tar round trip), for layer cache keys */
  sourceTime?: number;
}

export interface CopyContext {
  /** the build context (the staged artifacts) */
  dir: string;
  ignore?: IgnoreFile;
  /** the Dockerfile's name, for errors */
  file: string;
  /** directories known to exist in the image at this point (earlier layers, WORKDIR) */
  knownDirs: ReadonlySet<string>;
  /** SOURCE_DATE_EPOCH: the entries' mtime (pinned ones get npm's fixed time), never the disk's */
  mtime: number;
}

export interface CopyResult {
  entries: LayerEntry[];
  /** context-relative paths of native addons (*.node) among the copied files */
  nativeAddons: string[];
}

const DIR_MODE = 0o755;

/**
 * The entries of one COPY/ADD layer, with docker's semantics: a directory source copies its
 * contents (not itself) into the destination; a file goes to `dest` or, when the destination
 * is a directory (written with a trailing slash, or one known to exist), into it; several
 * sources need a directory. Symlinks inside a directory stay links; a source that is itself a
 * link is followed, as BuildKit does; hard links become separate regular files.
 *
 * Normalised for reproducibility: times are `layerTimes`' (npm's fixed time for node_modules and
 * the package manifests, the build's epoch for other files, a directory's newest entry); owners are 0:0 or --chown's; modes are
 * --chmod's, else 0755 for directories and for files with any execute bit, 0644 for other
 * files. Directories above the destination are not added: a layer entry for /home would
 * overwrite the base's owner and mode of it (0755 root), whereas an absent parent keeps the
 * base's, and one missing there is created 0755 when the layer is unpacked.
 */
export async function collectCopy(step: CopyStep, ctx: CopyContext): Promise<CopyResult> {
  const sources: { rel: string; stats: Stats; written: string }[] = [];
  for (const source of step.sources) {
    const matched = await resolveSource(source, step, ctx);
    for (const rel of matched) sources.push({ rel, stats: await followed(rel, source, step, ctx), written: source });
  }
  const destIsDir =
    step.destIsDir || ctx.knownDirs.has(step.dest) || sources.length > 1 || sources.some((s) => s.stats.isDirectory());
  if (sources.length > 1 && !step.destIsDir && !ctx.knownDirs.has(step.dest)) {
    throw dockerfileError(
      ctx.file,
      step.line,
      `${step.keyword}: the sources match ${sources.length} files, so the destination must be a directory ending in / ("${step.dest}/")`,
    );
  }
  const entries = new Map<string, LayerEntry>();
  const nativeAddons: string[] = [];
  const owner = { uid: step.uid, gid: step.gid, mtime: ctx.mtime };
  const add = (entry: LayerEntry): void => {
    if (entry.path === '') return;
    entries.set(entry.path, entry);
  };
  const destPath = tarPath(step.dest);
  if (destIsDir) add({ path: destPath, type: 'directory', mode: step.mode ?? DIR_MODE, size: 0, ...owner });
  for (const source of sources) {
    if (source.stats.isDirectory()) {
      await walk(source.rel, destPath, step, ctx, owner, add, nativeAddons);
      continue;
    }
    const target = destIsDir ? joinTar(destPath, path.posix.basename(source.rel)) : destPath;
    if (step.keyword === 'ADD' && (await isArchive(path.join(ctx.dir, source.rel)))) {
      throw dockerfileError(
        ctx.file,
        step.line,
        `ADD ${source.written}: ADD would unpack this archive, which the oci engine does not do; unpack it on the runner and COPY the result`,
      );
    }
    add(fileEntry(target, source.stats, path.join(ctx.dir, source.rel), step, owner));
    if (source.rel.endsWith('.node')) nativeAddons.push(source.rel);
  }
  const sorted = [...entries.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const times = layerTimes(sorted, ctx.mtime);
  return { entries: sorted.map((e, i) => ({ ...e, mtime: times[i]! })), nativeAddons: nativeAddons.sort() };
}

/** `/app/dist` → `app/dist`; the root is the empty path. */
export function tarPath(absolute: string): string {
  return absolute.replace(/^\/+/, '').replace(/\/+$/, '');
}

function joinTar(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`;
}

/** Context-relative paths a source names: itself, or its wildcard's matches (sorted). */
async function resolveSource(source: string, step: CopyStep, ctx: CopyContext): Promise<string[]> {
  // sources are relative to the context root, with or without a leading slash; ".." stops there
  const clean = path.posix.normalize(`/${source}`).slice(1).replace(/\/$/, '');
  const notFound = (): never => {
    throw dockerfileError(
      ctx.file,
      step.line,
      `${step.keyword} ${source}: not found in the build context (the context holds only the target's declared artifacts${ctx.ignore ? ', minus what the .dockerignore excludes' : ''})`,
    );
  };
  if (!hasWildcard(clean)) {
    if (clean !== '' && isIgnored(ctx.ignore, clean)) notFound();
    try {
      await lstat(path.join(ctx.dir, clean));
    } catch {
      notFound();
    }
    return [clean];
  }
  let matches: string[];
  try {
    matches = await glob(ctx.dir, clean.split('/'), '', ctx.ignore);
  } catch (error: unknown) {
    if (error instanceof BadPatternError)
      throw dockerfileError(ctx.file, step.line, `${step.keyword} ${source}: ${error.message}`);
    throw error;
  }
  if (matches.length === 0) notFound();
  return matches.sort();
}

async function glob(
  root: string,
  segments: string[],
  prefix: string,
  ignore: IgnoreFile | undefined,
): Promise<string[]> {
  const [segment, ...rest] = segments;
  if (segment === undefined) return [prefix];
  let names: string[];
  if (!hasWildcard(segment)) {
    names = [segment];
  } else {
    let listed: string[];
    try {
      listed = await readdir(path.join(root, prefix));
    } catch {
      return [];
    }
    names = listed.filter((n) => goMatch(segment, n));
  }
  const found: string[] = [];
  for (const name of names) {
    const rel = prefix ? `${prefix}/${name}` : name;
    if (isIgnored(ignore, rel)) continue;
    try {
      await lstat(path.join(root, rel));
    } catch {
      continue;
    }
    found.push(...(await glob(root, rest, rel, ignore)));
  }
  return found;
}

/** The source's own stats, a top-level symlink followed. */
async function followed(rel: string, written: string, step: CopyStep, ctx: CopyContext): Promise<Stats> {
  const full = path.join(ctx.dir, rel);
  try {
    const target = await stat(full);
    if (!target.isFile() && !target.isDirectory()) throw new Error('not a file');
    return target;
  } catch {
    throw dockerfileError(
      ctx.file,
      step.line,
      `${step.keyword} ${written}: ${rel || '.'} is not a file or directory (a dangling symlink?)`,
    );
  }
}

async function walk(
  relDir: string,
  destDir: string,
  step: CopyStep,
  ctx: CopyContext,
  owner: { uid: number; gid: number; mtime: number },
  add: (entry: LayerEntry) => void,
  nativeAddons: string[],
): Promise<void> {
  const names = await readdir(path.join(ctx.dir, relDir));
  // a directory's entries and subdirectories are read at once, not one lstat after another:
  // a node_modules is thousands of them; collectCopy sorts what was found
  await Promise.all(
    names.map(async (name) => {
      const rel = relDir ? `${relDir}/${name}` : name;
      if (isIgnored(ctx.ignore, rel)) {
        // an excluded directory may still hold re-included files ("!dir/keep")
        const stats = await lstat(path.join(ctx.dir, rel));
        if (!stats.isDirectory() || skipsDirectory(ctx.ignore, rel)) return;
        await walk(rel, joinTar(destDir, name), step, ctx, owner, add, nativeAddons);
        return;
      }
      const full = path.join(ctx.dir, rel);
      const stats = await lstat(full);
      const target = joinTar(destDir, name);
      if (stats.isDirectory()) {
        add({ path: target, type: 'directory', mode: step.mode ?? DIR_MODE, size: 0, ...owner });
        await walk(rel, target, step, ctx, owner, add, nativeAddons);
      } else if (stats.isSymbolicLink()) {
        add({ path: target, type: 'symlink', mode: 0o777, size: 0, linkname: await readlink(full), ...owner });
      } else if (stats.isFile()) {
        add(fileEntry(target, stats, full, step, owner));
        if (name.endsWith('.node')) nativeAddons.push(rel);
      }
      // sockets, FIFOs and devices have no place in an image layer built from artifacts
    }),
  );
}

function fileEntry(
  target: string,
  stats: Stats,
  source: string,
  step: CopyStep,
  owner: { uid: number; gid: number; mtime: number },
): LayerEntry {
  return {
    path: target,
    type: 'file',
    mode: step.mode ?? normalFileMode(stats.mode),
    size: stats.size,
    source,
    sourceTime: Math.floor(stats.mtimeMs / 1000),
    ...owner,
  };
}

/** 0755 when any execute bit is set, else 0644: the umask and the checkout never leak in. */
export function normalFileMode(mode: number): number {
  return mode & 0o111 ? 0o755 : 0o644;
}

/** What ADD would unpack: tar (ustar magic), gzip, bzip2, xz. */
async function isArchive(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(265);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const b = head.subarray(0, bytesRead);
    if (b[0] === 0x1f && b[1] === 0x8b) return true;
    if (b.subarray(0, 3).toString('latin1') === 'BZh') return true;
    if (b.subarray(0, 6).equals(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]))) return true;
    return b.subarray(257, 262).toString('latin1') === 'ustar';
  } finally {
    await handle.close();
  }
}
