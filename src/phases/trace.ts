import { access } from 'node:fs/promises';
import path from 'node:path';
import { sha256 } from '../cache/key.js';
import { readRecord, writeRecord } from '../cache/records.js';
import { GateError } from '../errors.js';
import type { PipelineDeps, PipelineOptions, TargetState } from '../pipeline/context.js';
import type { PhaseOutcome } from '../pipeline/timeline.js';
import { tracedFilter } from '../trace/filter.js';
import { packageSizes, treeSize } from '../trace/packages.js';
import { TRACER_VERSION, traceNodeModules, type SavedAnalyses } from '../trace/trace.js';
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
 * image phase stages only the traced files, and the checks judge what ships. nft's analyses of
 * node_modules files are kept under the production tree's key, so a warm run, even after a
 * source change, only parses the app's own files.
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
  for (const glob of traced.unmatched) {
    state.logger.warning(
      `trace-include "${glob}" matches no file under ${context}`,
      state.target.locations['trace-include'],
    );
  }

  const filter = tracedFilter(traced.files);
  const tree = await readArtifactTree(context, ['node_modules']);
  const before = treeSize(tree.entries);
  const after = treeSize(tree.entries, filter.keepsFile);
  const seconds = deps.clock() - started;
  state.trace = {
    // what the node_modules layer holds: the production tree, cut to these files
    key: sha256(productionKey, ...traced.files),
    filter,
    report: {
      entries: config.entries,
      before,
      after,
      largest: packageSizes(tree.entries, filter.keepsFile)
        .slice(0, LARGEST)
        .map(({ name, bytes }) => ({ name, bytes })),
      included: traced.included,
      seconds,
      analysesReused: saved !== undefined,
    },
  };
  const share = before.bytes > 0 ? Math.round((after.bytes / before.bytes) * 100) : 100;
  state.logger.info(
    `traced ${config.entries.join(', ')}: node_modules ${before.files} files, ${formatBytes(before.bytes)} → ${after.files} files, ${formatBytes(after.bytes)} (${share} %)` +
      ` in ${seconds.toFixed(2)} s (${traced.analysed} files analysed${saved ? ', the rest from the cache' : ''})`,
  );
  return { status: 'ok', detail: `node_modules ${formatBytes(before.bytes)} → ${formatBytes(after.bytes)} (traced)` };
}
