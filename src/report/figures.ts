import type { PhaseName, PhaseRecord, RunResult, TargetResult } from './model.js';
import { PHASES } from './model.js';
import { comparable, overallSpeedup, speedupPercent, targetTotal } from './outputs.js';
import { changePercent, formatBytes, formatDuration, formatPercent, isoDate, tenths } from './format.js';

/**
 * The figures the summary and the terminal table show, computed once so that both agree.
 *
 * Durations are rounded at the clock readings, not per duration: a phase shows
 * tenths(end) - tenths(start). Because the phases of a target run one after another, the shown
 * phases and the gaps between them then add up to the shown total exactly, to the tenth, which
 * rounding each duration on its own cannot promise.
 */

export const PHASE_LABELS: Record<PhaseName, string> = {
  restore: 'restore cache',
  install: 'install',
  save: 'save cache',
  build: 'build commands',
  prune: 'prune dev deps',
  validate: 'validate',
  smoke: 'smoke test',
  image: 'build image',
  push: 'push',
};

export type PhaseState = 'ran' | 'failed' | 'skipped' | 'absent';

export interface PhaseFigure {
  name: PhaseName;
  state: PhaseState;
  /** shown seconds, a whole number of tenths; 0 unless the phase ran or failed */
  seconds: number;
}

export interface TargetFigures {
  target: TargetResult;
  /** shown seconds from the target's start to its end */
  total: number;
  /** one entry per phase, in PHASES order */
  phases: PhaseFigure[];
  /** shown seconds outside any phase (setup, waiting for the other targets before the push) */
  other: number;
  /** percent of the baseline saved, as the `timings` output reports it; only for finished targets */
  saved?: number;
  /** the image's size change against the multi-stage image, in percent */
  sizeChange?: number;
  /** the user's own build commands, and everything else the target spent */
  userSeconds: number;
  overheadSeconds: number;
}

export interface RunFigures {
  targets: TargetFigures[];
  wall: number;
  /** the targets' totals added up; more than `wall` when they ran side by side */
  targetSeconds: number;
  parallel: boolean;
  /** over the finished targets with a baseline: their time, their baselines, the percent saved */
  comparison?: { seconds: number; baselineSeconds: number; saved: number };
  failed: TargetResult[];
}

const shown = (from: number, to: number): number => Math.max(0, tenths(to) - tenths(from)) / 10;

/** Shown seconds of a phase, with its records (a phase may be recorded more than once) added up. */
export function phaseFigure(name: PhaseName, records: PhaseRecord[]): PhaseFigure {
  const own = records.filter((r) => r.name === name);
  if (own.length === 0) return { name, state: 'absent', seconds: 0 };
  const counted = own.filter((r) => r.status !== 'skipped');
  if (counted.length === 0) return { name, state: 'skipped', seconds: 0 };
  const t = counted.reduce((sum, r) => sum + tenths(r.end) - tenths(r.start), 0);
  return { name, state: counted.some((r) => r.status === 'failed') ? 'failed' : 'ran', seconds: Math.max(0, t) / 10 };
}

export function targetFigures(t: TargetResult): TargetFigures {
  const total = shown(t.start, t.end);
  const phases = PHASES.map((name) => phaseFigure(name, t.phases));
  const phaseTenths = phases.reduce((sum, p) => sum + tenths(p.seconds), 0);
  const userTenths = Math.min(Math.max(0, tenths(t.userSeconds)), tenths(total));
  const figures: TargetFigures = {
    target: t,
    total,
    phases,
    other: Math.max(0, tenths(total) - phaseTenths) / 10,
    userSeconds: userTenths / 10,
    overheadSeconds: (tenths(total) - userTenths) / 10,
  };
  // The same figure as the `speedup` output, so the summary never disagrees with it.
  const saved = comparable(t) ? speedupPercent(targetTotal(t), t.baseline?.seconds) : undefined;
  if (saved !== undefined) figures.saved = saved;
  const size = t.image?.size;
  const baseSize = t.baseline?.imageSize;
  const sizeChange = size !== undefined && baseSize !== undefined ? changePercent(size, baseSize) : undefined;
  if (sizeChange !== undefined) figures.sizeChange = sizeChange;
  return figures;
}

/** True when some two targets were running at the same moment. */
export function ranInParallel(targets: TargetResult[]): boolean {
  const sorted = [...targets].sort((a, b) => a.start - b.start);
  return sorted.some((t, i) => i > 0 && t.start < Math.max(...sorted.slice(0, i).map((p) => p.end)));
}

export function runFigures(run: RunResult): RunFigures {
  const targets = run.targets.map(targetFigures);
  const figures: RunFigures = {
    targets,
    wall: shown(0, run.seconds),
    targetSeconds: targets.reduce((sum, t) => sum + tenths(t.total), 0) / 10,
    parallel: ranInParallel(run.targets),
    failed: run.targets.filter((t) => t.status === 'failed'),
  };
  const saved = overallSpeedup(run);
  if (saved !== undefined) {
    // The same targets overallSpeedup adds up
    const compared = run.targets.filter(comparable);
    figures.comparison = {
      seconds: compared.reduce((sum, t) => sum + targetTotal(t), 0),
      baselineSeconds: compared.reduce((sum, t) => sum + (t.baseline?.seconds ?? 0), 0),
      saved,
    };
  }
  return figures;
}

/** "measured", "recorded on 2025-01-12", "fixed": where the baseline figure came from. */
export function baselineSource(t: TargetResult): string | undefined {
  const b = t.baseline;
  if (!b) return undefined;
  if (b.source !== 'recorded') return b.source;
  const date = isoDate(b.recordedAt);
  return date ? `recorded on ${date}` : 'recorded';
}

/** The first line of a message, which is what fits in a summary line. */
export function firstLine(message: string): string {
  return message.split(/\r?\n/).find((line) => line.trim() !== '')?.trim() ?? '';
}

/*
 * Plain-text cells both renderers share; the summary escapes and decorates them, the terminal
 * table prints them as they are.
 */

/** "4m 11s (recorded on 2025-01-12)" */
export function baselineText(t: TargetResult): string {
  return t.baseline ? `${formatDuration(t.baseline.seconds)} (${baselineSource(t)})` : '—';
}

/** "71.6 %", or "-12.0 % (slower)" when the baseline was faster */
export function savedText(f: TargetFigures): string {
  if (f.target.reused) return 'not built (reused)';
  if (f.saved === undefined) return '—';
  return f.saved >= 0 ? formatPercent(f.saved) : `${formatPercent(f.saved)} (slower)`;
}

/** "hit", "miss (why)", or "—" when the target restored no cache */
export function cacheText(t: TargetResult): string {
  const restore = t.phases.find((p) => p.name === 'restore');
  if (!restore) return '—';
  if (restore.status === 'skipped') return restore.detail ? `off (${restore.detail})` : 'off';
  return t.cacheHit ? 'hit' : 'miss';
}

/** "182 MB vs 1.21 GB (-84.9 %)": the image against the multi-stage one, when both were measured */
export function sizeText(f: TargetFigures): string {
  const size = f.target.image?.size;
  const base = f.target.baseline?.imageSize;
  if (size === undefined) return base === undefined ? '—' : `— vs ${formatBytes(base)}`;
  if (base === undefined || f.sizeChange === undefined) return formatBytes(size);
  const change = f.sizeChange > 0 ? `+${formatPercent(f.sizeChange)}` : formatPercent(f.sizeChange);
  return `${formatBytes(size)} vs ${formatBytes(base)} (${change})`;
}

/** "212 / 1034": production against all installed packages */
export function packagesText(t: TargetResult): string {
  return t.packages ? `${t.packages.production} / ${t.packages.all}` : '—';
}

/** The user's share of the target's time in percent, one decimal; the action's is the rest. */
export function userShare(f: TargetFigures): number | undefined {
  return f.total > 0 ? Math.round((f.userSeconds / f.total) * 1000) / 10 : undefined;
}
