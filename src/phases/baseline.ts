import { readFile, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { baselineKey } from '../cache/key.js';
import { readRecord, writeRecord } from '../cache/records.js';
import { checkoutFiles } from '../git/read.js';
import { linkPaths } from '../image/stage.js';
import type { BaselineResult } from '../report/model.js';
import type { PipelineDeps, PipelineOptions, TargetState } from '../pipeline/context.js';

interface Measurement {
  seconds: number;
  imageSize?: number;
  recordedAt: string;
}

function isMeasurement(value: unknown): value is Measurement {
  const m = value as Partial<Measurement> | null;
  return typeof m?.seconds === 'number' && typeof m.recordedAt === 'string';
}

/**
 * The multi-stage figure each target is compared with: a fixed number, a recorded measurement,
 * or a fresh one. Measured one target at a time, after the real work, so it neither slows the
 * run's own phases nor competes with them for the machine.
 */
export async function measureBaselines(states: readonly TargetState[], options: PipelineOptions, deps: PipelineDeps): Promise<void> {
  for (const state of states) {
    const config = state.target.baseline;
    if (!config) continue;
    try {
      if (config.kind === 'seconds') state.baseline = { seconds: config.seconds, source: 'fixed' };
      else state.baseline = await dockerfileBaseline(state, config.dockerfile, options, deps);
    } catch (error: unknown) {
      // a baseline is a comparison, never a reason to fail the build
      state.logger.warning(`baseline of ${state.target.name} not measured: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

async function dockerfileBaseline(state: TargetState, dockerfile: string, options: PipelineOptions, deps: PipelineDeps): Promise<BaselineResult | undefined> {
  const key = baselineKey(await readFile(dockerfile), await readFile(state.plan.pm.lockfile), deps.platform, deps.arch);
  const recordDir = path.join(deps.recordsDir, key);
  if (options.baseline === 'auto' && deps.store) {
    const recorded = await readRecord(deps.store, recordDir, key, isMeasurement);
    if (recorded) {
      state.logger.info(`baseline: recorded on ${recorded.recordedAt.slice(0, 10)}, ${recorded.seconds.toFixed(1)} s`);
      const result: BaselineResult = { seconds: recorded.seconds, source: 'recorded', recordedAt: recorded.recordedAt };
      if (recorded.imageSize !== undefined) result.imageSize = recorded.imageSize;
      return result;
    }
  }
  if (!deps.daemon) {
    state.logger.warning('measuring the multi-stage baseline needs a Docker daemon; none answers, so there is no baseline');
    return undefined;
  }
  const measured = await state.logger.group(`${state.target.name}: baseline (multi-stage build, no cache)`, () => buildBaseline(state, dockerfile, deps));
  if (deps.store) await writeRecord(deps.store, recordDir, key, measured);
  const result: BaselineResult = { seconds: measured.seconds, source: 'measured' };
  if (measured.imageSize !== undefined) result.imageSize = measured.imageSize;
  return result;
}

/** The files a fresh checkout would have: git's tracked files, not this run's node_modules and dist. */
async function freshCheckout(state: TargetState, into: string): Promise<string> {
  const files = await checkoutFiles(state.run, state.target.context);
  if (!files) return state.target.context;
  await linkPaths(state.target.context, files, into);
  return into;
}

async function buildBaseline(state: TargetState, dockerfile: string, deps: PipelineDeps): Promise<Measurement> {
  const tag = `adb-baseline/${state.target.name}:${randomBytes(4).toString('hex')}`;
  const context = await freshCheckout(state, path.join(deps.tempDir, 'baseline', state.target.name));
  // the Dockerfile as the checkout has it, inside the context docker is sent
  const file = path.join(context, path.relative(state.target.context, dockerfile));
  const argv = ['docker', 'build', '--no-cache', '--network', 'host', '--file', file, '--tag', tag];
  for (const [name, value] of Object.entries(state.target.buildArgs)) argv.push('--build-arg', `${name}=${value}`);
  argv.push('--', context);
  const started = deps.clock();
  try {
    await state.run(argv);
    const seconds = deps.clock() - started;
    const size = Number((await state.run(['docker', 'image', 'inspect', '--format', '{{.Size}}', tag], { quiet: true })).stdout.trim());
    const record: Measurement = { seconds, recordedAt: new Date().toISOString() };
    if (Number.isFinite(size)) record.imageSize = size;
    return record;
  } finally {
    await state.run(['docker', 'image', 'rm', '--force', tag], { quiet: true, allowFailure: true });
    if (context !== state.target.context) await rm(context, { recursive: true, force: true });
  }
}
