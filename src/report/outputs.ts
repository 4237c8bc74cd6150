import type { BaselineFigure, BaselineKind, BaselineResult, RunResult, TargetResult } from './model.js';
import { PHASES } from './model.js';

/** The shapes of the `images` and `timings` outputs, as README.md's Outputs table gives them. */

export interface ImagesOutput {
  [target: string]: { image: string; tags: string[]; digest: string | null; size: number | null };
}

export interface TimingsOutput {
  total: number;
  targets: {
    [target: string]: {
      phases: Partial<Record<(typeof PHASES)[number], number>>;
      total: number;
      cacheHit: boolean;
      baseline?: {
        cold: BaselineOutput & { imageSize?: number };
        cached?: BaselineOutput;
        comparedWith: BaselineKind;
      };
      speedup?: number;
    };
  };
}

export interface BaselineOutput {
  seconds: number;
  samples: number;
  source: BaselineFigure['source'];
}

const round = (seconds: number): number => Math.round(seconds * 100) / 100;

const figureOutput = (f: BaselineFigure): BaselineOutput => ({
  seconds: round(f.seconds),
  samples: f.samples,
  source: f.source,
});

/** The figure `comparedWith` names. */
export function comparedFigure(baseline: BaselineResult): BaselineFigure {
  return baseline.comparedWith === 'cached' && baseline.cached ? baseline.cached : baseline.cold;
}

/** The other figure, shown beside the compared one. */
export function otherFigure(baseline: BaselineResult): { kind: BaselineKind; figure: BaselineFigure } | undefined {
  if (baseline.comparedWith === 'cached') return { kind: 'cold', figure: baseline.cold };
  return baseline.cached ? { kind: 'cached', figure: baseline.cached } : undefined;
}

export function targetTotal(t: TargetResult): number {
  return round(t.end - t.start);
}

/**
 * Percent of the baseline saved, one decimal; undefined without a baseline. Computed from the
 * seconds as the `timings` output reports them (hundredths), so that anyone recomputing it from
 * that output gets the same figure.
 */
export function speedupPercent(seconds: number, baselineSeconds: number | undefined): number | undefined {
  if (baselineSeconds === undefined || round(baselineSeconds) <= 0) return undefined;
  const base = round(baselineSeconds);
  return Math.round(((base - round(seconds)) / base) * 1000) / 10;
}

/**
 * Whether a target's time can stand against its baseline: it finished, has one, and was built.
 * A reused image was not built, so its second of tagging says nothing about build speed.
 */
export function comparable(t: TargetResult): boolean {
  return t.status === 'ok' && t.baseline !== undefined && !t.reused;
}

/** Over all comparable targets: their summed time against their summed `comparedWith` baselines. */
export function overallSpeedup(run: RunResult): number | undefined {
  const withBaseline = run.targets.filter(comparable);
  if (withBaseline.length === 0) return undefined;
  const spent = withBaseline.reduce((sum, t) => sum + targetTotal(t), 0);
  const baseline = withBaseline.reduce((sum, t) => sum + round(t.baseline ? comparedFigure(t.baseline).seconds : 0), 0);
  return speedupPercent(spent, baseline);
}

export function imagesOutput(run: RunResult): ImagesOutput {
  const out: ImagesOutput = {};
  for (const t of run.targets) {
    if (!t.image) continue;
    out[t.name] = {
      image: t.image.image,
      tags: t.image.tags,
      digest: t.image.digest ?? null,
      size: t.image.size ?? null,
    };
  }
  return out;
}

export function timingsOutput(run: RunResult): TimingsOutput {
  const targets: TimingsOutput['targets'] = {};
  for (const t of run.targets) {
    const phases: TimingsOutput['targets'][string]['phases'] = {};
    for (const p of t.phases) {
      if (p.status === 'skipped') continue;
      phases[p.name] = round((phases[p.name] ?? 0) + p.end - p.start);
    }
    const total = targetTotal(t);
    const entry: TimingsOutput['targets'][string] = { phases, total, cacheHit: t.cacheHit };
    if (t.baseline) {
      const { cold, cached, comparedWith } = t.baseline;
      entry.baseline = { cold: figureOutput(cold), comparedWith };
      if (cold.imageSize !== undefined) entry.baseline.cold.imageSize = cold.imageSize;
      if (cached) entry.baseline.cached = figureOutput(cached);
      const s = comparable(t) ? speedupPercent(total, comparedFigure(t.baseline).seconds) : undefined;
      if (s !== undefined) entry.speedup = s;
    }
    targets[t.name] = entry;
  }
  return { total: round(run.seconds), targets };
}

/** true only when every target that got as far as restoring found an exact entry */
export function allCacheHit(run: RunResult): boolean {
  return run.targets.length > 0 && run.targets.every((t) => t.cacheHit);
}
