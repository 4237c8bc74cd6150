import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { NextStandaloneSaving } from '../report/model.js';

/**
 * What a Next.js app in the classic layout (node_modules and .next, served by `next start`)
 * would ship with `output: 'standalone'`, measured from the build's own traces: `next build`
 * writes a `.nft.json` beside the server and each route, naming every file it needs, whatever
 * the output mode. The standalone server is those files, plus .next/static and public/.
 * Undefined when the target is not a classic Next.js layout or the build left no traces.
 */
export async function measureNextStandalone(
  context: string,
  artifacts: readonly string[],
  artifactSizes: Record<string, number>,
): Promise<NextStandaloneSaving | undefined> {
  if (!artifacts.includes('node_modules') || !artifacts.includes('.next')) return undefined;
  const dotNext = path.join(context, '.next');
  const traces = await findTraces(dotNext);
  // the full server's trace: without it the build is not one whose output we can measure
  if (!traces.some((t) => path.basename(t) === 'next-server.js.nft.json')) return undefined;
  const files = new Set<string>();
  for (const trace of traces) {
    if (path.basename(trace) === 'next-minimal-server.js.nft.json') continue;
    try {
      const listed = (JSON.parse(await readFile(trace, 'utf8')) as { files?: unknown }).files;
      if (!Array.isArray(listed)) continue;
      for (const file of listed) if (typeof file === 'string') files.add(path.resolve(path.dirname(trace), file));
      // the route's own compiled file sits beside its trace
      files.add(trace.slice(0, -'.nft.json'.length));
    } catch {
      // an unreadable trace: measured without it
    }
  }
  let standalone = 0;
  const seen = new Set<string>();
  for (const file of files) standalone += await sizeOnce(file, seen);
  standalone += await treeBytes(path.join(dotNext, 'static'), seen);
  standalone += await treeBytes(path.join(context, 'public'), seen);
  const classic = (artifactSizes['node_modules'] ?? 0) + (artifactSizes['.next'] ?? 0);
  return { classic, standalone };
}

async function findTraces(dir: string, depth = 0): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const found: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    // .next/cache holds no traces, and .next/standalone is the output itself
    if (entry.isDirectory() && depth < 8 && !(depth === 0 && (entry.name === 'cache' || entry.name === 'standalone')))
      found.push(...(await findTraces(full, depth + 1)));
    else if (entry.isFile() && entry.name.endsWith('.nft.json')) found.push(full);
  }
  return found;
}

async function sizeOnce(file: string, seen: Set<string>): Promise<number> {
  try {
    const stats = await lstat(file);
    if (!stats.isFile()) return 0;
    const id = `${stats.dev}:${stats.ino}`;
    if (seen.has(id)) return 0;
    seen.add(id);
    return stats.size;
  } catch {
    return 0;
  }
}

async function treeBytes(dir: string, seen: Set<string>): Promise<number> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  let total = 0;
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? await treeBytes(full, seen) : await sizeOnce(full, seen);
  }
  return total;
}
