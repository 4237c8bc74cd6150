import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { sha256OfFile } from '../../cache/entry.js';
import { mapLimit } from '../../map-limit.js';
import { inNodeModules } from '../../paths.js';
import type { LayerEntry } from './copy.js';

/** A COPY's entries as two layers: the node_modules files it carries, then everything else. */
export interface DependencySplit {
  dependencies: LayerEntry[];
  rest: LayerEntry[];
}

/**
 * Splits a COPY whose tree carries a node_modules beside the app's own files (Next.js's
 * standalone output: server.js and .next/server beside the traced node_modules) into a
 * dependency layer and the rest, as jib splits a Java app's dependencies from its classes. A
 * source change then makes only the small second layer again, uploads only it, and loads only it
 * into the daemon; the first keeps its digest (node_modules entries get npm's fixed time) and
 * comes from the layer cache.
 *
 * The two layers unpack to the same files as the one layer docker would write: their paths do
 * not overlap but for the directories above node_modules, which only the second layer carries
 * (with their own mode, owner and time; the first layer leaves them to be created, the second
 * then sets them). No split when either side has no file, or the destination itself lies in a
 * node_modules.
 */
export function splitDependencies(entries: readonly LayerEntry[], dest: string): DependencySplit | undefined {
  if (inNodeModules(dest)) return undefined;
  const prefix = dest === '' ? '' : `${dest}/`;
  const dependencies: LayerEntry[] = [];
  const rest: LayerEntry[] = [];
  for (const entry of entries) {
    const below = entry.path.startsWith(prefix) ? entry.path.slice(prefix.length) : undefined;
    (below !== undefined && inNodeModules(below) ? dependencies : rest).push(entry);
  }
  const holdsFiles = (side: LayerEntry[]): boolean => side.some((e) => e.type !== 'directory');
  return holdsFiles(dependencies) && holdsFiles(rest) ? { dependencies, rest } : undefined;
}

/** files hashed at once: enough to keep the disk busy, few enough to leave descriptors to the rest */
const PARALLEL_READS = 16;

/** files up to this size are read whole (one call), larger ones streamed */
const READ_WHOLE = 1 << 20;

async function fileDigest(entry: LayerEntry): Promise<string> {
  if (entry.source === undefined || entry.type !== 'file') return '';
  if (entry.size > READ_WHOLE) return sha256OfFile(entry.source);
  return createHash('sha256')
    .update(await readFile(entry.source))
    .digest('hex');
}

/**
 * A key of a layer's bytes: every entry as the tar writes it plus each file's content digest.
 * The files are read, not tarred or compressed: hashing is several times faster than gzip, and
 * the sources' mtimes cannot stand in for their content here (Next.js copies its traced files
 * into the standalone output afresh on every build).
 */
export async function contentKey(prefix: string, entries: readonly LayerEntry[]): Promise<string> {
  const digests = await mapLimit(entries, PARALLEL_READS, fileDigest);
  const hash = createHash('sha256').update(prefix);
  entries.forEach((e, i) => {
    hash.update(
      `\n${e.path}\0${e.type}\0${e.mode}\0${e.uid}\0${e.gid}\0${e.mtime}\0${e.size}\0${e.linkname ?? ''}\0${digests[i]}`,
    );
  });
  return hash.digest('hex');
}
