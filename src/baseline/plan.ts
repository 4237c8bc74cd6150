import type { BaselineFigure, BaselineKind, BaselineResult } from '../report/model.js';

/**
 * The multi-stage baseline, planned: which builder measures it, the argv of each build, the
 * figures made of its samples, and when a recorded measurement is still good. Pure, so every
 * decision is a table case; phases/baseline.ts runs it.
 */

/** Builds each baseline is the mean of: two show how far apart runs of the same build land. */
export const BASELINE_SAMPLES = 2;

/** A recorded measurement older than this is measured again: runners, base images and registries change. */
const BASELINE_MAX_AGE_DAYS = 30;

/** The docker CLI and daemon this machine has, and buildx when installed. */
export interface DockerTools {
  client: string;
  server: string;
  buildx?: { version: string; command: string[] };
}

/**
 * What measures the baseline. BuildKit when the machine has it, as the user's own multi-stage
 * build would use it: buildx, or the BuildKit built into the daemon, which CLIs before 23.0
 * drive themselves with DOCKER_BUILDKIT=1 (later ones hand that to buildx and fail without it).
 */
export type BaselineBuilder =
  | { kind: 'buildx'; command: string[]; version: string }
  | { kind: 'buildkit'; client: string }
  | { kind: 'legacy'; client: string };

export function chooseBaselineBuilder(tools: DockerTools): BaselineBuilder {
  if (tools.buildx) return { kind: 'buildx', command: tools.buildx.command, version: tools.buildx.version };
  const [clientMajor = 0] = tools.client.split('.').map((n) => Number.parseInt(n, 10));
  const [serverMajor = 0, serverMinor = 0] = tools.server.split('.').map((n) => Number.parseInt(n, 10));
  // BuildKit is built into daemons from 18.09
  const daemonHasBuildKit = serverMajor > 18 || (serverMajor === 18 && serverMinor >= 9);
  if (clientMajor > 0 && clientMajor < 23 && daemonHasBuildKit) return { kind: 'buildkit', client: tools.client };
  return { kind: 'legacy', client: tools.client };
}

/** "BuildKit (buildx 0.19.3)": said in the report, and part of the record's key. */
export function describeBuilder(builder: BaselineBuilder): string {
  switch (builder.kind) {
    case 'buildx':
      return `BuildKit (buildx ${builder.version})`;
    case 'buildkit':
      return `BuildKit (docker ${builder.client}, DOCKER_BUILDKIT=1)`;
    case 'legacy':
      return `the legacy builder (docker ${builder.client}, no BuildKit)`;
  }
}

export interface BaselineBuild {
  dockerfile: string;
  context: string;
  tag: string;
  buildArgs: Record<string, string>;
  /** true for the cold build: no cache at all */
  noCache: boolean;
}

export function planBaselineBuild(
  builder: BaselineBuilder,
  build: BaselineBuild,
): { argv: string[]; env: Record<string, string> } {
  const flags = ['--network', 'host', '--file', build.dockerfile, '--tag', build.tag];
  if (build.noCache) flags.unshift('--no-cache');
  for (const [name, value] of Object.entries(build.buildArgs)) flags.push('--build-arg', `${name}=${value}`);
  switch (builder.kind) {
    case 'buildx':
      // --load, so the image's size can be read as for the artifact-first one
      return { argv: [...builder.command, 'build', '--load', ...flags, '--', build.context], env: {} };
    case 'buildkit':
      return {
        argv: ['docker', 'build', '--progress', 'plain', ...flags, '--', build.context],
        env: { DOCKER_BUILDKIT: '1' },
      };
    case 'legacy':
      return { argv: ['docker', 'build', ...flags, '--', build.context], env: { DOCKER_BUILDKIT: '0' } };
  }
}

/** What is recorded in the cache store, under the Dockerfile, lockfile and builder it was measured with. */
export interface BaselineRecord {
  cold: number[];
  cached: number[];
  imageSize?: number;
  builder: string;
  recordedAt: string;
}

export function isBaselineRecord(value: unknown): value is BaselineRecord {
  const r = value as Partial<BaselineRecord> | null;
  const seconds = (list: unknown): boolean => Array.isArray(list) && list.every((n) => typeof n === 'number' && n > 0);
  return (
    typeof r === 'object' &&
    r !== null &&
    seconds(r.cold) &&
    (r.cold?.length ?? 0) > 0 &&
    seconds(r.cached) &&
    typeof r.builder === 'string' &&
    typeof r.recordedAt === 'string' &&
    (r.imageSize === undefined || typeof r.imageSize === 'number')
  );
}

/** Whether a record may stand in for a measurement: younger than the maximum age, and dated. */
export function isFresh(recordedAt: string, now: Date, maxAgeDays = BASELINE_MAX_AGE_DAYS): boolean {
  const at = Date.parse(recordedAt);
  if (Number.isNaN(at)) return false;
  const age = now.getTime() - at;
  // a date in the future is a clock gone wrong, not a fresh measurement
  return age >= 0 && age <= maxAgeDays * 86_400_000;
}

/** The mean of the samples, with the fastest and slowest; undefined without samples. */
export function figureOf(
  samples: readonly number[],
  source: BaselineFigure['source'],
  recordedAt?: string,
): BaselineFigure | undefined {
  if (samples.length === 0) return undefined;
  const figure: BaselineFigure = {
    seconds: samples.reduce((sum, s) => sum + s, 0) / samples.length,
    samples: samples.length,
    min: Math.min(...samples),
    max: Math.max(...samples),
    source,
  };
  if (recordedAt !== undefined) figure.recordedAt = recordedAt;
  return figure;
}

/** A figure nobody measured: the config's `baseline: { seconds }`. */
export function fixedFigure(seconds: number): BaselineFigure {
  return { seconds, samples: 0, min: seconds, max: seconds, source: 'fixed' };
}

/**
 * The baseline a target is held against: a run that restored node_modules exactly is compared
 * with the multi-stage build whose dependency stages came from cache, one that installed with
 * the build that had no cache. Without a `cached` figure there is only `cold`.
 */
export function baselineFor(
  figures: { cold: BaselineResult['cold']; cached?: BaselineFigure | undefined },
  cacheHit: boolean,
  extra: Pick<BaselineResult, 'builder' | 'measuring'> = {},
): BaselineResult {
  const comparedWith: BaselineKind = cacheHit && figures.cached ? 'cached' : 'cold';
  const result: BaselineResult = { cold: figures.cold, comparedWith };
  if (figures.cached) result.cached = figures.cached;
  if (extra.builder !== undefined) result.builder = extra.builder;
  if (extra.measuring !== undefined) result.measuring = extra.measuring;
  return result;
}

const SOURCE_EXTENSIONS = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs|vue|svelte|astro)$/;
const NOT_SOURCES =
  /(^|\/)(package\.json|package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|[^/]*\.config\.[a-z]+|[^/]*Dockerfile[^/]*|[^/]*\.dockerignore)$/;

/** Tests: a change to one reruns the build, but its output is the same, so later stages stay cached. */
const TESTS = /(^|\/)(__tests__|__mocks__|test|tests|e2e)\/|\.(spec|test|e2e-spec)\.[a-z]+$/;

/**
 * The file the `cached` measurement changes: a source file (the change a commit usually is),
 * never a manifest, lockfile, tool config or Dockerfile, which would invalidate the dependency
 * stages the measurement is meant to take from cache. Files under src/ or app/ first, and a
 * test file only when there is nothing else: the app's own code is what a change rebuilds.
 */
export function pickSourceFile(
  files: readonly string[],
  isSent: (file: string) => boolean = () => true,
): string | undefined {
  const sources = files.filter(
    (f) => SOURCE_EXTENSIONS.test(f) && !NOT_SOURCES.test(f) && !f.split('/').includes('node_modules') && isSent(f),
  );
  const code = sources.filter((f) => !TESTS.test(f));
  const preferred = code.filter((f) => /^(src|app|pages|lib)\//.test(f));
  return [...preferred].sort()[0] ?? [...code].sort()[0] ?? [...sources].sort()[0];
}

/** One step of the legacy builder's output: `Step 3/19 : COPY …`, then the image it ended with. */
interface LegacyStep {
  n: number;
  instruction: string;
  cached: boolean;
  image?: string;
}

function legacySteps(output: string): LegacyStep[] {
  const steps: LegacyStep[] = [];
  for (const line of output.split(/\r?\n/)) {
    const step = /^Step (\d+)\/\d+ : (.*)$/.exec(line);
    if (step) {
      steps.push({ n: Number(step[1]), instruction: step[2]!.trim(), cached: false });
      continue;
    }
    const current = steps.at(-1);
    if (!current) continue;
    if (/^ ---> Using cache\s*$/.test(line)) current.cached = true;
    const id = /^ ---> ([0-9a-f]{12,64})\s*$/.exec(line);
    if (id) current.image = id[1];
  }
  return steps;
}

/** A step of the `cached` build that took another step's image from the cache, and lost the rest of its stage's cache. */
export interface StageCacheCollision {
  step: number;
  instruction: string;
  /** the step that ran next instead of coming from the cache */
  rebuilt: number;
  rebuiltInstruction: string;
}

/**
 * The legacy builder looks a step up among every image with the same parent and instruction and
 * takes the newest. Stages that start alike (`FROM node` and `WORKDIR /app` in each) make such
 * images in every stage, so the `cached` build's first stage picks up the last stage's
 * `WORKDIR`, whose children are not its own, and runs its `npm ci` again: that build is then no
 * measure of a multi-stage build with its dependency stages cached. Seen in its output as a
 * cached step whose image the cold build made at another step, followed by a step that ran (a
 * step after a source change that ran for its own reason takes an image of its own stage).
 */
export function stageCacheCollision(coldOutput: string, cachedOutput: string): StageCacheCollision | undefined {
  const madeBy = new Map<string, number>();
  for (const s of legacySteps(coldOutput)) if (s.image && !/^FROM\s/i.test(s.instruction)) madeBy.set(s.image, s.n);
  const cached = legacySteps(cachedOutput);
  for (let i = 0; i + 1 < cached.length; i++) {
    const step = cached[i]!;
    const next = cached[i + 1]!;
    if (!step.cached || !step.image || next.cached || /^FROM\s/i.test(next.instruction)) continue;
    const madeAt = madeBy.get(step.image);
    if (madeAt !== undefined && madeAt !== step.n)
      return { step: step.n, instruction: step.instruction, rebuilt: next.n, rebuiltInstruction: next.instruction };
  }
  return undefined;
}
