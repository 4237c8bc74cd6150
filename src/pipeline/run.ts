import { BuildError, ConfigError, GateError } from '../errors.js';
import type { BaselineResult, PhaseName, RunResult, TargetResult } from '../report/model.js';
import type { PushedImage } from '../engines/engine.js';
import type { BaseImageConfig } from '../validate/dockerfile.js';
import { build } from '../phases/build.js';
import { image, imageTags, type TargetImage } from '../phases/image.js';
import { lookUpReuse, type ReuseLookup } from '../phases/reuse.js';
import { install } from '../phases/install.js';
import { preparePackageManager } from '../phases/prepare.js';
import { prune } from '../phases/prune.js';
import { endUploadAhead, push, startUploadAhead } from '../phases/push.js';
import { restore } from '../phases/restore.js';
import { save, saveNextCache } from '../phases/save.js';
import { smoke } from '../phases/smoke.js';
import { trace } from '../phases/trace.js';
import { validate, checkImageBudget, raise } from '../phases/validate.js';
import { preflightTarget, type PreflightFacts } from '../phases/preflight.js';
import { DaemonImages } from '../daemon-images.js';
import { formatPlatform, runnerPlatform } from '../engines/oci/platform.js';
import { measureBaselines } from '../phases/baseline.js';
import { compareWithDefaultBranch } from './default-branch.js';
import type { PipelineDeps, PipelineOptions, TargetState } from './context.js';
import { mapLimit } from '../map-limit.js';
import { KeyLock } from './key-lock.js';
import { checkSingleTargetInputs, planTarget, selectTargets } from './plan.js';
import { PhaseFailure, Timeline, type PhaseOutcome } from './timeline.js';
import { SharedWork } from './shared.js';
import type { TargetPlan } from './plan.js';

/**
 * One SharedWork per workspace root with targets in this run: they install once. Their install
 * commands must agree, since they share the one tree it writes.
 */
function sharedWorkByWorkspace(plans: readonly TargetPlan[]): Map<string, SharedWork> {
  const byRoot = new Map<string, SharedWork>();
  const firstOf = new Map<string, TargetPlan>();
  for (const plan of plans) {
    if (!plan.workspace) continue;
    const first = firstOf.get(plan.installDir);
    if (!first) {
      firstOf.set(plan.installDir, plan);
      byRoot.set(plan.installDir, new SharedWork());
    } else if (first.installCommand !== plan.installCommand) {
      throw new ConfigError(
        `targets ${first.target.name} and ${plan.target.name} are in one workspace (${plan.root}) but install it differently (\`${first.installCommand}\` and \`${plan.installCommand}\`); the workspace is installed once: give them the same \`install\``,
        plan.target.locations.install ?? plan.target.locations[''],
      );
    }
  }
  return byRoot;
}

interface Running {
  state: TargetState;
  timeline: Timeline;
  start: number;
  end: number;
  error?: { phase?: PhaseName; message: string; cause: unknown };
  /** failed before any work: nothing ran, so no baseline is measured for it */
  stoppedInPreflight?: boolean;
  /**
   * the target's preflight, running; it records a failure rather than throwing one, and gives
   * the base image's configuration when it could read it
   */
  preflight?: Promise<BaseImageConfig | undefined>;
  /** the image the image phase built, or the reused one */
  image?: TargetImage;
  /** the registry's answer to the push */
  pushed?: PushedImage;
}

export interface PipelineOutcome {
  result: RunResult;
  /** the first failure, to be raised after the outputs are written */
  error?: unknown;
}

/**
 * Runs every selected target through its phases, several at once. A failing target does not
 * stop the others: all are reported. Nothing is pushed until every target passed its gates,
 * unless the config says the targets are independent.
 */
export async function runPipeline(options: PipelineOptions, deps: PipelineDeps): Promise<PipelineOutcome> {
  const startedAt = new Date().toISOString();
  // the step's wall time, setup included, when the glue knows when the step started
  const runStart = deps.startedAt ?? deps.clock();
  const targets = selectTargets(options.config, options.targets);
  checkSingleTargetInputs(targets, {
    ...(options.tags ? { tags: options.tags } : {}),
    ...(options.labels ? { labels: options.labels } : {}),
  });
  // every config-level problem (lockfiles, package.json) surfaces before anything runs
  const plans = targets.map((t) => planTarget(t, options.repositoryRoot));
  const shared = sharedWorkByWorkspace(plans);
  // every phase of every target asks the daemon about the base image: it is asked once
  const daemonImages = new DaemonImages(deps.runner(deps.logger));
  const concurrency = Math.max(1, Math.min(options.config.concurrency ?? deps.concurrency, plans.length));
  const side = concurrency > 1;

  const running: Running[] = plans.map((plan) => {
    const logger = side ? deps.logger.child(plan.target.name) : deps.logger;
    return {
      state: {
        plan,
        target: plan.target,
        logger,
        run: deps.runner(logger),
        env: {},
        cacheHit: false,
        userSeconds: 0,
        daemonImages,
        ...(shared.has(plan.installDir) ? { shared: shared.get(plan.installDir)! } : {}),
      },
      timeline: new Timeline(deps.clock),
      start: 0,
      end: 0,
    };
  });

  // not awaited here: each target's restore runs while it is checked (see runUntilPush)
  preflight(running, options, deps);
  // targets on one smoke port take turns: two containers on the host network cannot share it
  const smokePorts = new KeyLock<number>();
  await mapLimit(running, concurrency, (r) => runUntilPush(r, options, deps, side, smokePorts));

  const failedBeforePush = running.filter((r) => r.error);
  const mayPush = failedBeforePush.length === 0 || options.config.independent;
  if (options.push && !mayPush) {
    // a consequence of the failures already annotated, not an error of its own
    deps.logger.warning(
      `nothing is pushed: ${failedBeforePush.map((r) => r.state.target.name).join(', ')} failed (set \`independent: true\` to push the targets that passed)`,
    );
  }
  const pushing =
    options.push && mayPush ? running.flatMap((r) => (!r.error && r.image ? [{ r, image: r.image }] : [])) : [];
  const pushes = new Set(pushing.map(({ r }) => r));
  await Promise.all(running.filter((r) => !pushes.has(r)).map((r) => endUploadAhead(r.state)));
  await mapLimit(pushing, concurrency, async ({ r, image }) => {
    try {
      r.pushed = (await step(r, 'push', side, () => push(r.state, image, deps))).pushed;
    } catch (error: unknown) {
      // a push that failed fails its target; the other targets' pushes go on
      recordFailure(r, error);
    }
  });
  await Promise.all(pushing.map(({ r }) => endUploadAhead(r.state)));

  // the step waits for a measured baseline too: it is part of the wall time, shown apart as such
  const baselines =
    options.baseline === 'off'
      ? new Map<string, BaselineResult>()
      : await measureBaselines(
          running.filter((r) => !r.error).map((r) => r.state),
          options,
          deps,
        );
  const seconds = deps.clock() - runStart;

  const targetResults = running.map((r) => targetResult(r, runStart, baselines.get(r.state.target.name)));
  await compareWithDefaultBranch(
    targetResults,
    new Map(running.map((r) => [r.state.target.name, r.state.plan.root])),
    options,
    deps,
  );
  const result: RunResult = {
    startedAt,
    seconds,
    engine: deps.engine.name,
    pushed: options.push && running.some((r) => r.pushed),
    targets: targetResults,
  };
  // read after the push: a push that failed fails the run like any other phase
  const failed = running.filter((r) => r.error);
  if (failed.length === 0) return { result };
  // one line per failed target; the details (command, output tail) were logged as they happened
  const lines = failed.map(
    (r) =>
      `${r.state.target.name} failed${r.error!.phase ? ` in ${r.error!.phase}` : ''}: ${r.error!.message.split('\n')[0]}`,
  );
  const error =
    failed.length === 1
      ? failed[0]!.error!.cause
      : new BuildError(`${failed.length} of ${running.length} targets failed:\n${lines.join('\n')}`, {
          cause: failed[0]!.error!.cause,
        });
  return { result, error };
}

/**
 * Every check that needs no install or build, for all targets at once, before any work: a
 * missing Dockerfile, a gate failure, an unreachable base image or a port in use fails the
 * target before its install and build. Each target's check is left running in `preflight`.
 */
function preflight(running: Running[], options: PipelineOptions, deps: PipelineDeps): void {
  const facts: PreflightFacts = {
    engine: deps.engine.name,
    daemon: deps.daemon,
    push: options.push,
    buildPlatform: formatPlatform(runnerPlatform(deps.arch)),
    repositoryRoot: options.repositoryRoot,
  };
  const said = new Set<string>();
  for (const r of running) {
    r.start = deps.clock();
    r.preflight = (async () => {
      try {
        const report = await preflightTarget(r.state.target, facts, {
          run: r.state.run,
          registry: deps.preflightRegistry ?? deps.registry,
          daemonImages: r.state.daemonImages,
        });
        for (const note of report.notes) {
          if (said.has(note)) continue;
          said.add(note);
          deps.logger.info(note);
        }
        raise(r.state, report.findings);
        return report.base;
      } catch (error: unknown) {
        r.stoppedInPreflight = true;
        recordFailure(r, error);
        // its end, unless a restore running meanwhile ends it later
        r.end = Math.max(r.end, deps.clock());
      }
    })();
  }
}

async function runUntilPush(
  r: Running,
  options: PipelineOptions,
  deps: PipelineDeps,
  side: boolean,
  smokePorts: KeyLock<number>,
): Promise<void> {
  // waiting for a slot, it may have failed its checks already: then nothing is started for it
  if (r.stoppedInPreflight) return;
  const { state } = r;
  try {
    // the restore phase first asks whether anything needs building at all: its time is the
    // action's either way, and a reused target's speedup is left out of the report. It needs
    // nothing the preflight finds, so it runs while the target is checked; a target that fails
    // its checks stops after it, before anything a user would see (install, build, push).
    let reuse: ReuseLookup = {};
    const restoring = step(r, 'restore', side, async () => {
      reuse = await lookUpReuse(state, options, deps);
      if (reuse.existing) return { status: 'ok', detail: 'image reused: same inputs as an existing one' };
      await preparePackageManager(state, deps);
      return restore(state, options, deps);
    });
    const [restored, checked] = await Promise.allSettled([restoring, r.preflight]);
    if (r.stoppedInPreflight) return;
    if (restored.status === 'rejected') throw restored.reason;
    // nothing to build: the push (when there is one) tags the existing image
    if (reuse.existing) {
      r.image = {
        kind: 'reused',
        manifest: reuse.existing,
        tags: imageTags(state, options),
      };
      return;
    }
    await step(r, 'install', side, () => install(state));
    await step(r, 'save', side, () => save(state, options, deps));
    await step(r, 'build', side, () => build(state));
    // the build wrote it: saving is the action's time, booked to save like node_modules'
    if (state.buildCache) await step(r, 'save', side, () => saveNextCache(state, options, deps));
    await step(r, 'prune', side, () => prune(state, options, deps));
    // cutting the production tree to what the server loads is part of making it
    if (state.target.trace) await step(r, 'prune', side, () => trace(state, options, deps));
    const baseConfig = checked.status === 'fulfilled' ? checked.value : undefined;
    await step(r, 'validate', side, () => validate(state, options, deps, baseConfig));
    const made = await step(r, 'image', side, async () => {
      const outcome = await image(state, options, deps, reuse.inputs);
      // an image over its budget is still the image: the report shows its size
      r.image = outcome.image;
      checkImageBudget(state, outcome.image.built);
      return outcome;
    });
    // the blobs go up during the smoke test; the tags move only after every gate passed
    if (options.push) startUploadAhead(state, made.image, deps);
    const port = state.target.smoke?.port;
    // the wait for the port is not the smoke test's time: it shows as waiting
    if (port === undefined) await step(r, 'smoke', side, () => smoke(state, made.image, deps));
    else await smokePorts.run(port, () => step(r, 'smoke', side, () => smoke(state, made.image, deps)));
  } catch (error: unknown) {
    recordFailure(r, error);
  } finally {
    r.end = deps.clock();
  }
}

/** Runs one phase of a target in its log group and returns what the phase returned. */
async function step<T extends PhaseOutcome>(
  r: Running,
  phase: PhaseName,
  side: boolean,
  fn: () => Promise<T>,
): Promise<T> {
  const title = side ? phase : `${r.state.target.name}: ${phase}`;
  try {
    return await r.state.logger.group(title, () => r.timeline.phase(phase, fn));
  } finally {
    r.end = Math.max(r.end, r.timeline.phases.at(-1)?.end ?? r.end);
  }
}

function recordFailure(r: Running, error: unknown): void {
  const cause = error instanceof PhaseFailure ? error.original : error;
  const message = cause instanceof Error ? cause.message : String(cause);
  r.error = error instanceof PhaseFailure ? { phase: error.phase, message, cause } : { message, cause };
  const location = cause instanceof GateError || cause instanceof ConfigError ? cause.location : undefined;
  r.state.logger.error(
    `${r.state.target.name}${r.error.phase ? ` failed in ${r.error.phase}` : ' failed'}: ${message}`,
    location,
  );
}

function targetResult(r: Running, runStart: number, baseline: BaselineResult | undefined): TargetResult {
  const { state } = r;
  const result: TargetResult = {
    name: state.target.name,
    status: r.error ? 'failed' : 'ok',
    start: r.start - runStart,
    end: r.end - runStart,
    phases: r.timeline.phases.map((p) => ({ ...p, start: p.start - runStart, end: p.end - runStart })),
    cacheHit: state.cacheHit,
    userSeconds: state.userSeconds,
  };
  if (r.image?.kind === 'reused') result.reused = true;
  if (r.image) {
    const built = r.image.kind === 'built' ? r.image.built : undefined;
    result.image = { image: state.target.image, tags: r.image.tags, pushed: Boolean(r.pushed) };
    if (r.pushed) result.image.digest = r.pushed.digest;
    if (built?.size !== undefined) result.image.size = built.size;
    const compressed = r.pushed?.compressedSize ?? built?.compressedSize;
    if (compressed !== undefined) result.image.compressedSize = compressed;
    if (built?.layers) result.image.layers = built.layers;
  }
  if (baseline) {
    const { measuring } = baseline;
    result.baseline = measuring
      ? { ...baseline, measuring: { start: measuring.start - runStart, end: measuring.end - runStart } }
      : baseline;
  }
  if (state.packages) result.packages = state.packages;
  if (state.trace) result.trace = state.trace.report;
  if (state.productionTree) result.productionTree = state.productionTree;
  if (state.gates && (state.gates.productionTree?.replayed || state.gates.baseImage?.replayed))
    result.gates = state.gates;
  if (state.nextStandalone) result.nextStandalone = state.nextStandalone;
  if (r.error)
    result.error = r.error.phase ? { phase: r.error.phase, message: r.error.message } : { message: r.error.message };
  return result;
}
