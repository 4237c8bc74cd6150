import { readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { baselineKey } from '../cache/key.js';
import { readNewestRecord, writeNewestRecord } from '../cache/records.js';
import { applicableIgnoreFile, isIgnored } from '../dockerfile/ignore.js';
import { checkoutFiles } from '../git/read.js';
import { linkPaths } from '../image/stage.js';
import {
  BASELINE_SAMPLES,
  baselineFor,
  chooseBaselineBuilder,
  describeBuilder,
  figureOf,
  fixedFigure,
  isBaselineRecord,
  isFresh,
  pickSourceFile,
  planBaselineBuild,
  stageCacheCollision,
  type BaselineBuilder,
  type BaselineRecord,
} from '../baseline/plan.js';
import type { BaselineResult } from '../report/model.js';
import type { PipelineDeps, PipelineOptions, TargetState } from '../pipeline/context.js';

/**
 * The multi-stage figures each target is compared with: a fixed number, a recorded measurement,
 * or a fresh one. Measured one target at a time, after the real work, so it neither slows the
 * run's own phases nor competes with them for the machine; a target that failed gets none (its
 * run says nothing a comparison could use).
 */
export async function measureBaselines(
  states: readonly TargetState[],
  options: PipelineOptions,
  deps: PipelineDeps,
): Promise<Map<string, BaselineResult>> {
  const baselines = new Map<string, BaselineResult>();
  for (const state of states) {
    const config = state.target.baseline;
    if (!config) continue;
    try {
      const baseline =
        config.kind === 'seconds'
          ? baselineFor({ cold: fixedFigure(config.seconds) }, state.cacheHit)
          : await dockerfileBaseline(state, config.dockerfile, options, deps);
      if (baseline) baselines.set(state.target.name, baseline);
    } catch (error: unknown) {
      // a baseline is a comparison, never a reason to fail the build
      state.logger.warning(
        `baseline of ${state.target.name} not measured: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  return baselines;
}

async function dockerfileBaseline(
  state: TargetState,
  dockerfile: string,
  options: PipelineOptions,
  deps: PipelineDeps,
): Promise<BaselineResult | undefined> {
  if (!deps.docker) {
    state.logger.warning(
      'measuring the multi-stage baseline needs a Docker daemon; none answers, so there is no baseline',
    );
    return undefined;
  }
  const builder = chooseBaselineBuilder(deps.docker);
  const described = describeBuilder(builder);
  const prefix = `${baselineKey(await readFile(dockerfile), await readFile(state.plan.pm.lockfile), deps.platform, deps.arch, described)}-`;
  const recordDir = path.join(deps.recordsDir, prefix.slice(0, -1));
  if (options.baseline === 'auto' && deps.store) {
    const recorded = await readNewestRecord(deps.store, recordDir, prefix, isBaselineRecord);
    if (recorded && isFresh(recorded.recordedAt, new Date())) {
      state.logger.info(`baseline: recorded on ${recorded.recordedAt.slice(0, 10)} with ${recorded.builder}`);
      return fromRecord(recorded, 'recorded', state.cacheHit);
    }
    if (recorded)
      state.logger.info(`baseline: the record of ${recorded.recordedAt.slice(0, 10)} is too old; measuring again`);
  }
  const start = deps.clock();
  const measured = await state.logger.group(
    `${state.target.name}: baseline (multi-stage build with ${described}, ${BASELINE_SAMPLES} × cold and cached)`,
    () => measure(state, dockerfile, builder, deps),
  );
  const end = deps.clock();
  const record: BaselineRecord = { ...measured, builder: described, recordedAt: new Date().toISOString() };
  if (deps.store)
    await writeNewestRecord(deps.store, recordDir, prefix, record.recordedAt.replace(/\D/g, '').slice(0, 14), record);
  const result = fromRecord(record, 'measured', state.cacheHit);
  if (result) result.measuring = { start, end };
  return result;
}

function fromRecord(
  record: BaselineRecord,
  source: 'measured' | 'recorded',
  cacheHit: boolean,
): BaselineResult | undefined {
  const at = source === 'recorded' ? record.recordedAt : undefined;
  const cold = figureOf(record.cold, source, at);
  if (!cold) return undefined;
  const withSize = record.imageSize === undefined ? cold : { ...cold, imageSize: record.imageSize };
  return baselineFor({ cold: withSize, cached: figureOf(record.cached, source, at) }, cacheHit, {
    builder: record.builder,
  });
}

/** The files a fresh checkout would have: git's tracked files, not this run's node_modules and dist. */
async function freshCheckout(state: TargetState, into: string): Promise<{ dir: string; files?: string[] }> {
  const files = await checkoutFiles(state.run, state.target.context);
  if (!files) return { dir: state.target.context };
  await linkPaths(state.target.context, files, into);
  return { dir: into, files };
}

/**
 * A source-only change, as a commit makes one: a line added at the end of a source file. The
 * file is written anew rather than appended to, because the checkout copy is made of hard links
 * to the user's own files.
 */
async function changeSource(file: string, round: number): Promise<void> {
  const text = await readFile(file, 'utf8');
  await unlink(file);
  await writeFile(file, `${text}\n// baseline measurement: source change ${round}\n`);
}

async function measure(
  state: TargetState,
  dockerfile: string,
  builder: BaselineBuilder,
  deps: PipelineDeps,
): Promise<Omit<BaselineRecord, 'builder' | 'recordedAt'>> {
  const checkout = await freshCheckout(state, path.join(deps.tempDir, 'baseline', state.target.name));
  const context = checkout.dir;
  // the Dockerfile as the checkout has it, inside the context docker is sent
  const file = path.join(context, path.relative(state.target.context, dockerfile));
  let source: string | undefined;
  if (checkout.files) {
    const ignore = await applicableIgnoreFile(context, file);
    source = pickSourceFile(checkout.files, (f) => !isIgnored(ignore, f));
  }
  if (!source)
    state.logger.warning('baseline: no source file in a git checkout to change, so only the cold build is measured');
  const build = async (tag: string, noCache: boolean): Promise<{ seconds: number; output: string }> => {
    const { argv, env } = planBaselineBuild(builder, {
      dockerfile: file,
      context,
      tag,
      buildArgs: state.target.buildArgs,
      noCache,
    });
    const started = deps.clock();
    const { stdout } = await state.run(argv, { env });
    return { seconds: deps.clock() - started, output: stdout };
  };
  const result: Omit<BaselineRecord, 'builder' | 'recordedAt'> = { cold: [], cached: [] };
  const tags: string[] = [];
  try {
    for (let round = 1; round <= BASELINE_SAMPLES; round++) {
      const tag = `adb-baseline/${state.target.name}:${randomBytes(4).toString('hex')}`;
      tags.push(tag);
      const cold = await build(tag, true);
      result.cold.push(cold.seconds);
      if (result.imageSize === undefined) {
        const size = Number(
          (
            await state.run(['docker', 'image', 'inspect', '--format', '{{.Size}}', tag], { quiet: true })
          ).stdout.trim(),
        );
        if (Number.isFinite(size) && size > 0) result.imageSize = size;
      }
      if (!source) continue;
      // the same build once more after a source-only change: its dependency stages come from the cold build's cache
      await changeSource(path.join(context, source), round);
      let cached = await build(`${tag}-cached`, false);
      tags.push(`${tag}-cached`);
      let collision = builder.kind === 'legacy' ? stageCacheCollision(cold.output, cached.output) : undefined;
      if (collision) {
        // the images that build made are the children the colliding step lacked: one more build
        // after another source change takes its dependency steps from them, as a warm runner would
        state.logger.info(
          `baseline: the legacy builder took step ${collision.step} (\`${collision.instruction}\`) from another ` +
            `stage that starts the same way and ran step ${collision.rebuilt} ` +
            `(\`${collision.rebuiltInstruction}\`) and the ones after it again; measuring the cached build once more`,
        );
        await changeSource(path.join(context, source), round + 0.5);
        cached = await build(`${tag}-cached2`, false);
        tags.push(`${tag}-cached2`);
        collision = stageCacheCollision(cold.output, cached.output);
      }
      if (collision) {
        state.logger.warning(
          `baseline: the cached multi-stage build ran its dependency steps again (the legacy builder took step ` +
            `${collision.step}, \`${collision.instruction}\`, from another stage), so no cached figure is ` +
            `reported and this target is compared with the cold build. BuildKit caches each stage on its own ` +
            `(docker buildx, or DOCKER_BUILDKIT=1 with a docker CLI before 23.0)`,
        );
        result.cached = [];
        source = undefined;
        continue;
      }
      result.cached.push(cached.seconds);
    }
    state.logger.info(
      `baseline: cold ${result.cold.map((s) => `${s.toFixed(1)} s`).join(', ')}` +
        (result.cached.length > 0
          ? `; cached ${result.cached.map((s) => `${s.toFixed(1)} s`).join(', ')} (${source} changed)`
          : ''),
    );
    return result;
  } finally {
    for (const tag of tags)
      await state.run(['docker', 'image', 'rm', '--force', tag], { quiet: true, allowFailure: true });
    if (context !== state.target.context) await rm(context, { recursive: true, force: true });
  }
}
