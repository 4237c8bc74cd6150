import { baselineFor, figureOf, fixedFigure } from '../../src/baseline/plan.js';
import type {
  BaselineResult,
  ImageResult,
  PhaseName,
  PhaseRecord,
  RunResult,
  Status,
  TargetResult,
} from '../../src/report/model.js';

/**
 * Small builders for RunResult fixtures: a target is a start time and a list of phase
 * durations, laid end to end with a short gap, the way the pipeline records them.
 */

export type Step = [PhaseName, number] | [PhaseName, number, Status, string?];

const GAP = 0.1;

export function phases(start: number, steps: Step[]): PhaseRecord[] {
  let at = start;
  return steps.map(([name, seconds, status = 'ok', detail]) => {
    const record: PhaseRecord = { name, start: at, end: at + seconds, status };
    if (detail !== undefined) record.detail = detail;
    at += seconds + GAP;
    return record;
  });
}

/** The usual phases of a target whose node_modules came from the cache. */
export function cacheHitSteps(build = 45.2): Step[] {
  return [
    ['restore', 2.1, 'ok', 'exact hit'],
    ['install', 0, 'skipped', 'skipped: cache hit'],
    ['save', 0, 'skipped'],
    ['build', build],
    ['prune', 3.4],
    ['validate', 0.4],
    ['image', 8.9],
    ['smoke', 6.2],
    ['push', 4.1],
  ];
}

export function cacheMissSteps(): Step[] {
  return [
    ['restore', 1.3, 'ok', 'no entry for this lockfile'],
    ['install', 35.2],
    ['save', 4],
    ['build', 61.8],
    ['prune', 5.1],
    ['validate', 0.6],
    ['image', 11.3],
  ];
}

export function target(name: string, start: number, steps: Step[], extra: Partial<TargetResult> = {}): TargetResult {
  const records = phases(start, steps);
  const build = records.find((p) => p.name === 'build');
  return {
    name,
    status: 'ok',
    start,
    end: (records.at(-1)?.end ?? start) + GAP,
    phases: records,
    cacheHit: records.some((p) => p.name === 'restore' && p.detail === 'exact hit'),
    userSeconds: build ? build.end - build.start : 0,
    ...extra,
  };
}

/** A target whose `phase` failed after `seconds`; the phases after it never ran. */
export function failedAt(t: TargetResult, phase: PhaseName, seconds: number, message: string): TargetResult {
  const index = t.phases.findIndex((p) => p.name === phase);
  const failed: PhaseRecord = { ...t.phases[index]!, status: 'failed' };
  failed.end = failed.start + seconds;
  const kept = [...t.phases.slice(0, index), failed];
  const { image: _image, ...rest } = t;
  return {
    ...rest,
    status: 'failed',
    phases: kept,
    end: failed.end + GAP,
    userSeconds: phase === 'build' ? seconds : t.userSeconds,
    error: { phase, message },
  };
}

export function image(ref: string, tags: string[], extra: Partial<ImageResult> = {}): ImageResult {
  return { image: ref, tags: tags.map((tag) => `${ref}:${tag}`), pushed: false, ...extra };
}

export interface BaselineSpec {
  cold: number[];
  cached?: number[];
  imageSize?: number;
  /** whether the target restored node_modules exactly, which picks the compared figure */
  cacheHit: boolean;
  measuring?: { start: number; end: number };
  builder?: string;
}

function fromSpec(spec: BaselineSpec, source: 'measured' | 'recorded', recordedAt?: string): BaselineResult {
  const cold = figureOf(spec.cold, source, recordedAt)!;
  const extra: Pick<BaselineResult, 'builder' | 'measuring'> = { builder: spec.builder ?? 'BuildKit (buildx 0.19.3)' };
  if (spec.measuring) extra.measuring = spec.measuring;
  return baselineFor(
    {
      cold: spec.imageSize === undefined ? cold : { ...cold, imageSize: spec.imageSize },
      cached: spec.cached ? figureOf(spec.cached, source, recordedAt) : undefined,
    },
    spec.cacheHit,
    extra,
  );
}

export const measured = (spec: BaselineSpec): BaselineResult => fromSpec(spec, 'measured');
export const recorded = (spec: BaselineSpec, recordedAt: string): BaselineResult =>
  fromSpec(spec, 'recorded', recordedAt);
export const fixed = (seconds: number): BaselineResult => baselineFor({ cold: fixedFigure(seconds) }, false);

export function run(targets: TargetResult[], extra: Partial<RunResult> = {}): RunResult {
  const end = Math.max(0, ...targets.map((t) => Math.max(t.end, t.baseline?.measuring?.end ?? 0)));
  return {
    startedAt: '2025-03-04T10:00:00.000Z',
    seconds: end + 0.4,
    engine: 'buildx',
    pushed: targets.some((t) => t.image?.pushed),
    targets,
    ...extra,
  };
}

export const MB = 1e6;
export const GB = 1e9;
export const DIGEST = 'sha256:3f1c0a9e5b7d2c4e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e';
