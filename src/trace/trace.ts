import { createHash } from 'node:crypto';
import { access, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import nftPackage from '@vercel/nft/package.json' with { type: 'json' };
import { expandIncludes } from './include.js';
import { candidatePackages, loadedByName } from './known.js';

/**
 * Which node_modules files a server needs, found by @vercel/nft (the tracer Next.js uses for its
 * standalone output): it follows require/import from the entry files, resolves them the way Node
 * does, and adds the files packages read by computed paths it can evaluate (native addons,
 * templates next to __dirname). A module named only at run time (`require(name)`) it cannot see:
 * `trace-include` adds those by glob.
 */

export const TRACER_VERSION = `nft-${nftPackage.version}`;

/**
 * nft and its parser are most of a megabyte of code: loaded when a trace runs, so a run whose
 * trace is kept (or a target without one) does not compile them.
 */
async function nodeFileTrace(...args: Parameters<typeof import('@vercel/nft').nodeFileTrace>) {
  return (await import('@vercel/nft')).nodeFileTrace(...args);
}

/**
 * nft's analysis of one file (what it requires, imports and reads), kept between runs: a file
 * under node_modules only changes with the production tree, so a warm run parses the app's own
 * files alone. Paths are relative to the context so the record survives another checkout path.
 */
export interface SavedAnalysis {
  /** the analysed file's content hash: a build step that writes into node_modules invalidates it */
  sha: string;
  isESM: boolean;
  deps: string[];
  imports: string[];
  assets: string[];
}
export type SavedAnalyses = Record<string, SavedAnalysis>;

export interface TraceInput {
  /** absolute directory the image's WORKDIR mirrors (holds node_modules and the entries) */
  context: string;
  /** relative to the context */
  entries: readonly string[];
  /** globs relative to the context, under node_modules/ */
  include: readonly string[];
  /** the analyses a previous trace of the same production tree saved */
  analyses?: SavedAnalyses;
}

export interface TraceOutput {
  /** files and links under node_modules the server needs, relative to the context, sorted */
  files: string[];
  /** of these, how many only `trace-include` brought in */
  included: number;
  /** the node_modules analyses, for the next run */
  analyses: SavedAnalyses;
  /** how many files nft analysed itself (the others came from the saved analyses) */
  analysed: number;
  /** include globs that matched no file: most likely a typo */
  unmatched: string[];
  /** the files outside node_modules the trace went through (the entries and what they load), sorted */
  appFiles: string[];
}

/**
 * Where the app's own code enters node_modules: every node_modules path the entries and the app
 * files they load require, import or read, and those app files. nft is run with node_modules
 * left out, so only the app's files are parsed and no package is walked. Which node_modules files
 * a full trace keeps depends on nothing else but this frontier, the `trace-include` globs and the
 * production tree: a source change that loads no new package leaves it as it was, and the full
 * trace's result can be taken from the cache.
 */
export interface TraceFrontier {
  /** node_modules paths reached straight from the app's files, relative to the context, sorted */
  nodeModules: string[];
  /** app files reached from the entries, relative to the context, sorted */
  appFiles: string[];
}

export async function traceFrontier(context: string, entries: readonly string[]): Promise<TraceFrontier> {
  const reached = new Set<string>();
  const result = await nodeFileTrace(
    entries.map((e) => path.join(context, e)),
    {
      ...traceOptions(context),
      // called for every path nft would emit, so it also sees assets and the package.json files
      // resolution reads; answering true keeps nft out of the package
      ignore: (file: string) => {
        const rel = file.split(path.sep).join('/');
        if (!isNodeModulesPath(rel)) return false;
        reached.add(rel);
        return true;
      },
    },
  );
  return {
    nodeModules: [...reached].sort(),
    appFiles: [...result.fileList]
      .map((f) => f.split(path.sep).join('/'))
      .filter((f) => !isNodeModulesPath(f))
      .sort(),
  };
}

function isNodeModulesPath(rel: string): boolean {
  return rel.startsWith('node_modules/');
}

function traceOptions(context: string) {
  // moduleSyncCatchall: the image's Node may honour the "module-sync" export condition (Node
  // 20.19+, 22.12+) while the runner's does not, or the other way round: ship both targets
  return { base: context, processCwd: context, moduleSyncCatchall: true };
}

interface Analysis {
  isESM: boolean;
  deps: Set<string>;
  imports: Set<string>;
  assets: Set<string>;
}

export async function traceNodeModules(input: TraceInput): Promise<TraceOutput> {
  const { context } = input;
  const nodeModules = path.join(context, 'node_modules') + path.sep;
  const analysisCache = new Map<string, Analysis>();
  const hashes = new Map<string, string>();
  await Promise.all(
    Object.entries(input.analyses ?? {}).map(async ([file, saved]) => {
      const absolute = path.join(context, file);
      const sha = await hashFile(absolute);
      if (sha !== saved.sha) return;
      hashes.set(absolute, sha);
      analysisCache.set(absolute, {
        isESM: saved.isESM,
        deps: new Set(saved.deps),
        imports: new Set(saved.imports),
        assets: new Set(saved.assets.map((a) => path.join(context, a))),
      });
    }),
  );
  const restored = analysisCache.size;
  const expanded = await expandIncludes(context, input.include);
  // included code is traced too: a package brought in by glob needs what it requires
  const entries = [
    ...input.entries.map((e) => path.join(context, e)),
    ...(await loadedByNameEntries(context)),
    ...expanded.files.filter((f) => /\.[cm]?js$/.test(f)).map((f) => path.join(context, f)),
  ];
  const options = { ...traceOptions(context), cache: { analysisCache } };
  const traced = new Set<string>();
  const appFiles = new Set<string>();
  const seenEntries = new Set(entries);
  // nft skips "module-sync" targets inside an exports array (async-function's); a second pass
  // traces those as entries, so Node versions with require(esm) find them too
  for (let next = entries, pass = 0; next.length > 0 && pass < 3; pass += 1) {
    const result = await nodeFileTrace(next, options);
    const listed = [...result.fileList].map((f) => f.split(path.sep).join('/'));
    for (const f of listed) if (!isNodeModulesPath(f)) appFiles.add(f);
    const added = listed.filter((f) => isNodeModulesPath(f) && !traced.has(f));
    for (const file of added) traced.add(file);
    next = (
      await moduleSyncTargets(
        context,
        added.filter((f) => f.endsWith('/package.json')),
      )
    ).filter((f) => !seenEntries.has(f));
    for (const file of next) seenEntries.add(file);
  }
  let included = 0;
  for (const file of expanded.files) {
    if (traced.has(file)) continue;
    traced.add(file);
    included += 1;
  }

  const analyses: SavedAnalyses = {};
  for (const [file, analysis] of analysisCache) {
    if (!file.startsWith(nodeModules)) continue;
    const assets = [...analysis.assets].map((a) => path.relative(context, a));
    // an analysis naming files outside the context, or absolute specifiers, is not portable
    if (
      assets.some((a) => a.startsWith('..')) ||
      [...analysis.deps, ...analysis.imports].some((d) => path.isAbsolute(d))
    )
      continue;
    const sha = hashes.get(file) ?? (await hashFile(file));
    if (sha === undefined) continue;
    analyses[path.relative(context, file).split(path.sep).join('/')] = {
      sha,
      isESM: analysis.isESM,
      deps: [...analysis.deps],
      imports: [...analysis.imports],
      assets: assets.map((a) => a.split(path.sep).join('/')),
    };
  }
  return {
    files: [...traced].sort(),
    included,
    analyses,
    analysed: Math.max(0, analysisCache.size - restored),
    unmatched: expanded.unmatched,
    appFiles: [...appFiles].sort(),
  };
}

/** Files named by a "module-sync" condition in these package.json files' exports, that exist. */
async function moduleSyncTargets(context: string, manifests: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  await Promise.all(
    manifests.map(async (manifest) => {
      let exportsField: unknown;
      try {
        exportsField = (JSON.parse(await readFile(path.join(context, manifest), 'utf8')) as { exports?: unknown })
          .exports;
      } catch {
        return;
      }
      const targets = new Set<string>();
      const visit = (node: unknown, underModuleSync: boolean): void => {
        if (typeof node === 'string') {
          if (underModuleSync && node.startsWith('./') && !node.includes('*')) targets.add(node);
        } else if (Array.isArray(node)) {
          for (const item of node) visit(item, underModuleSync);
        } else if (typeof node === 'object' && node !== null) {
          for (const [key, value] of Object.entries(node)) visit(value, underModuleSync || key === 'module-sync');
        }
      };
      visit(exportsField, false);
      for (const target of targets) {
        const file = path.join(context, path.dirname(manifest), target);
        if (await exists(file)) found.push(file);
      }
    }),
  );
  return found;
}

/** The main files of the packages installed loaders would load by name (see known.ts). */
async function loadedByNameEntries(context: string): Promise<string[]> {
  const installed = new Set<string>();
  await Promise.all(
    candidatePackages().map(async (name) => {
      if (await exists(path.join(context, 'node_modules', name, 'package.json'))) installed.add(name);
    }),
  );
  const resolve = createRequire(path.join(context, 'package.json')).resolve;
  const found: string[] = [];
  for (const name of loadedByName(installed)) {
    try {
      found.push(resolve(name));
    } catch {
      // not loadable with require (an ESM-only package): its loader could not load it either
    }
  }
  return found;
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/** sha1 of a file, base64url; undefined when it cannot be read */
export async function hashFile(file: string): Promise<string | undefined> {
  try {
    return createHash('sha1')
      .update(await readFile(file))
      .digest('base64url');
  } catch {
    return undefined;
  }
}
