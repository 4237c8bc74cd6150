import path from 'node:path';
import { baseProbeKey, treeChecksKey } from '../cache/key.js';
import { readRecord, writeRecord } from '../cache/records.js';
import type { CacheStore } from '../cache/store.js';
import { GateError } from '../errors.js';
import type { BuiltImage } from '../engines/engine.js';
import type { PipelineDeps, PipelineOptions, TargetState } from '../pipeline/context.js';
import type { RecordedGates } from '../report/model.js';
import type { PhaseOutcome } from '../pipeline/timeline.js';
import { finalBaseImage, isBaseImageFacts, probeBaseImage, type BaseImageFacts } from '../validate/base-image.js';
import {
  checkBudget,
  inspectTarget,
  type Finding,
  type RecallTreeChecks,
  type ValidationFacts,
} from '../validate/index.js';
import { fromRecord, isTreeChecks, toRecord, type TreeChecks } from '../validate/tree-record.js';
import { productionTreeKey } from './prune.js';
import { baseImageIdentity } from './reuse.js';
import { measureNextStandalone } from '../validate/next-standalone.js';
import { formatBytes } from '../report/format.js';
import { usesNext } from './restore.js';
import { partsText, STANDALONE_HOWTO } from '../report/size.js';
import type { BaseImageConfig } from '../validate/dockerfile.js';

/**
 * The gates before an image is built: everything a multi-stage build would have caught by
 * failing, and what prebuilt artifacts get wrong (dev deps, secrets, addons for another libc).
 * Every finding is reported (with its file and line) before the phase fails.
 */
export async function validate(
  state: TargetState,
  options: PipelineOptions,
  deps: PipelineDeps,
  /** the base image's ENV and ONBUILD triggers, as the preflight read them */
  baseConfig: BaseImageConfig | undefined,
): Promise<PhaseOutcome> {
  const store = options.cache ? deps.store : undefined;
  const { facts: baseImage, recorded: baseRecorded } = await probeBase(state, deps, store);
  const facts: ValidationFacts = {
    runner: {
      platform: deps.platform,
      arch: deps.arch,
      libc: deps.libc,
      nodeMajor: Number(deps.nodeVersion.replace(/^v/, '').split('.')[0]),
      ...(state.plan.pm.name === 'bun' && state.packageManagerVersion
        ? { bunVersion: state.packageManagerVersion }
        : {}),
    },
    ...(baseImage ? { baseImage } : {}),
    ...(baseConfig ? { baseConfig } : {}),
  };
  // a workspace app's tree holds the local packages it uses, built from this run's sources:
  // those are the user's own files, which no install key describes
  const recordable = store && state.cacheKey !== undefined && !state.plan.workspace?.shipped.length;
  const records = recordable ? treeRecords(state, facts, store, deps) : undefined;
  const report = await inspectTarget(state.target, facts, state.trace?.filter, records?.recall);
  const gates: RecordedGates = {};
  if (baseRecorded) gates.baseImage = baseRecorded;
  if (records && report.production) {
    const key = records.keyOf(report.production.listing);
    gates.productionTree = { key, replayed: report.production.replayed };
    if (report.production.replayed) state.logger.info(`production tree checks: recorded for key ${key}, not repeated`);
    else await records.save(key, report.production.checks);
  }
  state.gates = gates;
  state.artifactSizes = report.artifactSizes;
  state.productionTree = report.productionTree;
  if (usesNext(state.plan.pkg)) await measureStandalone(state);
  raise(state, report.findings);
  const warnings = report.findings.filter((f) => f.severity === 'warning').length;
  const detail = [
    warnings ? `${warnings} warning${warnings === 1 ? '' : 's'}` : 'all checks passed',
    ...recordedGateNotes(gates),
  ];
  return { status: 'ok', detail: detail.join('; ') };
}

/** The image's size against the budget, once the engine knows it. */
export function checkImageBudget(state: TargetState, built: BuiltImage): void {
  const imageSize = built.size;
  raise(
    state,
    checkBudget(state.target, {
      ...(imageSize === undefined ? {} : { imageSize }),
      ...(state.artifactSizes ? { artifactSizes: state.artifactSizes } : {}),
    }),
  );
}

/** Logs warnings, annotates every error but the first, and throws the first as the failure. */
export function raise(state: Pick<TargetState, 'logger'>, findings: readonly Finding[]): void {
  const errors = findings.filter((f) => f.severity === 'error');
  for (const f of findings) {
    if (f.severity === 'warning') state.logger.warning(f.message, f.location);
  }
  // all but the first are annotated here; the first becomes the failure itself
  for (const f of errors.slice(1)) state.logger.error(f.message, f.location);
  const first = errors[0];
  if (first) {
    const more =
      errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length === 2 ? '' : 's'} above)` : '';
    throw new GateError(`${first.message}${more}`, first.location);
  }
}

/** A Next.js target in the classic layout: what the standalone output would ship, and how to switch. */
async function measureStandalone(state: TargetState): Promise<void> {
  const saving = await measureNextStandalone(state.target.context, state.target.artifacts, state.artifactSizes ?? {});
  if (!saving || saving.standalone >= saving.classic) return;
  state.nextStandalone = saving;
  state.logger.info(
    `Next.js classic layout: node_modules and .next ship ${formatBytes(saving.classic)}; its standalone output would ship ${formatBytes(saving.standalone)} ` +
      `(measured from next build's .nft.json traces); ${partsText(STANDALONE_HOWTO)}`,
  );
}

/**
 * What the final stage's base image really is (libc, Node version), read by running it once per
 * image content: the probe is recorded under the image's ID (or manifest digest), which the
 * daemon tells in a fraction of the time a container takes to start.
 */
async function probeBase(
  state: TargetState,
  deps: PipelineDeps,
  store: CacheStore | undefined,
): Promise<{ facts?: BaseImageFacts; recorded?: RecordedGates['baseImage'] }> {
  if (!deps.daemon) return {};
  const image = await finalBaseImage(state.target);
  if (!image) return {};
  const probe = () => probeBaseImage(image, state.run, { daemonImages: state.daemonImages });
  const identity = store
    ? await baseImageIdentity(state, deps, deps.preflightRegistry ?? deps.registry).catch(() => undefined)
    : undefined;
  if (!store || !identity) return { facts: await probe() };
  const key = baseProbeKey(identity);
  const dir = path.join(deps.recordsDir, key);
  const recorded = await readRecord(store, dir, key, isBaseImageFacts);
  if (recorded) {
    state.logger.info(`base image probe: recorded for ${image} (${identity}), not repeated`);
    return { facts: { ...recorded, image }, recorded: { identity, replayed: true } };
  }
  const facts = await probe();
  // a probe that read nothing may be a daemon's hiccup: it is not kept
  if (facts.libc !== 'unknown' || facts.nodeVersion) await writeRecord(store, dir, key, facts);
  return { facts, recorded: { identity, replayed: false } };
}

/**
 * The production tree's records: its checks are keyed by the tree's key, its listing as
 * shipped, and every fact they judge it by.
 */
function treeRecords(
  state: TargetState,
  facts: ValidationFacts,
  store: CacheStore,
  deps: PipelineDeps,
): {
  recall: RecallTreeChecks;
  keyOf: (listing: string) => string;
  save: (key: string, checks: TreeChecks) => Promise<void>;
} {
  const { target } = state;
  const where = target.locations.artifacts;
  const keyOf = (listing: string): string =>
    treeChecksKey({
      productionKey: productionTreeKey(state),
      listing,
      facts: {
        runner: facts.runner,
        base: facts.baseImage ? { ...facts.baseImage, image: undefined } : null,
        platforms: target.platforms,
        allowDevDependencies: target.allowDevDependencies ?? false,
        traced: Boolean(target.trace),
        artifacts: target.artifacts,
        // the production tree warnings point at the config's artifacts line
        where: where ? { line: where.line, column: where.column } : null,
      },
    });
  return {
    keyOf,
    recall: async (listing) => {
      const key = keyOf(listing);
      const kept = await readRecord(store, path.join(deps.recordsDir, key), key, isTreeChecks);
      if (!kept) return undefined;
      const checks = fromRecord(kept, target.context);
      // the config file may sit outside the context: its findings point at this run's
      const productionTree = {
        ...checks.productionTree,
        findings: checks.productionTree.findings.map((f) => {
          const { location: _old, ...rest } = f;
          return where ? { ...rest, location: where } : rest;
        }),
      };
      return { ...checks, productionTree };
    },
    save: async (key, checks) => {
      await writeRecord(store, path.join(deps.recordsDir, key), key, toRecord(checks, target.context));
    },
  };
}

/** The validate phase's words for the gates that came from records. */
export function recordedGateNotes(gates: RecordedGates): string[] {
  const notes: string[] = [];
  if (gates.productionTree?.replayed)
    notes.push(`production tree checks: recorded for key ${gates.productionTree.key}, not repeated`);
  if (gates.baseImage?.replayed) notes.push(`base image probe: recorded for ${gates.baseImage.identity}, not repeated`);
  return notes;
}
