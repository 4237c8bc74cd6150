import { access } from 'node:fs/promises';
import path from 'node:path';
import { sha256 } from '../cache/key.js';
import { readRecord, writeRecord } from '../cache/records.js';
import { GateError } from '../errors.js';
import type { PipelineDeps, PipelineOptions, TargetState } from '../pipeline/context.js';
import type { PhaseOutcome } from '../pipeline/timeline.js';
import { tracedFilter } from '../trace/filter.js';
import { packageSizes, treeSize } from '../trace/packages.js';
import { filesViaNodeModules, isKeptTrace, keptTraceHolds, keptTraceKey, type KeptTrace } from '../trace/result.js';
import { TRACER_VERSION, traceFrontier, traceNodeModules, type SavedAnalyses } from '../trace/trace.js';
import { readArtifactTree } from '../validate/tree.js';
import { formatBytes } from '../report/format.js';
import { productionTreeKey } from './prune.js';

/** How many of the largest packages left the summary names. */
const LARGEST = 5;

function isSavedAnalyses(value: unknown): value is SavedAnalyses {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reduces the shipped node_modules to the files the server's entries require (`trace`), plus
 * the `trace-include` globs. node_modules itself is left as it is (it is the cached tree): the
 * image phase stages only the traced files, and the checks judge what ships. The result is kept
 * under the production tree's key and the point where the app's files enter node_modules, so a
 * warm run, even after a source change, only parses the app's own files; when the app loads a
 * new package, nft's analyses of node_modules files (kept under the production tree's key)
 * spare it parsing them again.
 */
export async function trace(state: TargetState, options: PipelineOptions, deps: PipelineDeps): Promise<PhaseOutcome> {
  const config = state.target.trace;
  if (!config) return { status: 'skipped', detail: 'no trace configured' };
  const { context } = state.target;
  for (const entry of config.entries) {
    try {
      await access(path.join(context, entry));
    } catch {
      throw new GateError(
        `trace entry ${entry} does not exist after the build; name the file the image's CMD runs (e.g. dist/main.js)`,
        state.target.locations.trace,
      );
    }
  }
  const started = deps.clock();
  const productionKey = productionTreeKey(state);
  const store = options.cache ? deps.store : undefined;
  // a warm run parses only the app's files to find where they enter node_modules; the full
  // trace's result under that frontier is taken from the cache when it is there
  const frontier = await traceFrontier(context, config.entries);
  const keptKey = keptTraceKey(productionKey, TRACER_VERSION, frontier, config.include);
  const keptDir = path.join(deps.recordsDir, keptKey);
  const kept = store ? await readRecord(store, keptDir, keptKey, isKeptTrace) : undefined;
  let result: KeptTrace;
  let reused: 'result' | 'analyses' | undefined;
  let analysed = 0;
  if (kept && (await keptTraceHolds(kept, context))) {
    result = kept;
    reused = 'result';
  } else {
    const recordKey = `${productionKey}-trace-${TRACER_VERSION}`;
    const recordDir = path.join(deps.recordsDir, recordKey);
    const saved = store ? await readRecord(store, recordDir, recordKey, isSavedAnalyses) : undefined;
    const traced = await traceNodeModules({
      context,
      entries: config.entries,
      include: config.include,
      ...(saved ? { analyses: saved } : {}),
    });
    // entries are immutable in the Actions cache: a tree's analyses are saved once
    if (store && !saved) await writeRecord(store, recordDir, recordKey, traced.analyses);
    const filter = tracedFilter(traced.files);
    const tree = await readArtifactTree(context, ['node_modules']);
    result = {
      files: traced.files,
      included: traced.included,
      unmatched: traced.unmatched,
      before: treeSize(tree.entries),
      after: treeSize(tree.entries, filter.keepsFile),
      largest: packageSizes(tree.entries, filter.keepsFile)
        .slice(0, LARGEST)
        .map(({ name, bytes }) => ({ name, bytes })),
      viaNodeModules: await filesViaNodeModules(context, traced.appFiles, frontier),
    };
    if (store) await writeRecord(store, keptDir, keptKey, result);
    reused = saved ? 'analyses' : undefined;
    analysed = traced.analysed;
  }
  for (const glob of result.unmatched) {
    state.logger.warning(
      `trace-include "${glob}" matches no file under ${context}`,
      state.target.locations['trace-include'],
    );
  }

  const { before, after } = result;
  const seconds = deps.clock() - started;
  state.trace = {
    // what the node_modules layer holds: the production tree, cut to these files
    key: sha256(productionKey, ...result.files),
    filter: tracedFilter(result.files),
    report: {
      entries: config.entries,
      before,
      after,
      largest: result.largest,
      included: result.included,
      seconds,
      analysesReused: reused !== undefined,
      ...(reused === 'result' ? { resultReused: true } : {}),
    },
  };
  const share = before.bytes > 0 ? Math.round((after.bytes / before.bytes) * 100) : 100;
  state.logger.info(
    `traced ${config.entries.join(', ')}: node_modules ${before.files} files, ${formatBytes(before.bytes)} → ${after.files} files, ${formatBytes(after.bytes)} (${share} %)` +
      ` in ${seconds.toFixed(2)} s (${
        reused === 'result'
          ? `${frontier.appFiles.length} app files read, the result from the cache`
          : `${analysed} files analysed${reused ? ', the rest from the cache' : ''}`
      })`,
  );
  return { status: 'ok', detail: `node_modules ${formatBytes(before.bytes)} → ${formatBytes(after.bytes)} (traced)` };
}
