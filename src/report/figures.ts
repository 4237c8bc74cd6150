import type { BaselineFigure, BaselineKind, PhaseName, PhaseRecord, RunResult, TargetResult } from './model.js';
import { PHASES } from './model.js';
import { comparable, comparedFigure, otherFigure, overallSpeedup, speedupPercent, targetTotal } from './outputs.js';
import { changePercent, formatBytes, formatDuration, formatPercent, formatSeconds, isoDate, tenths } from './format.js';

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
  /** the difference from the compared baseline is no bigger than its samples' own spread */
  withinSpread?: boolean;
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
  comparison?: {
    seconds: number;
    baselineSeconds: number;
    saved: number;
    /** the baselines' spread added up (slowest minus fastest sample); 0 when not known */
    spread: number;
    /** the lowest number of samples behind a compared figure (0: a fixed figure) */
    samples: number;
    /** which baseline the targets were held against; both when they differ */
    kinds: BaselineKind[];
  };
  /** wall seconds this run spent measuring baselines, apart from building */
  measuring: number;
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
  const compared = t.baseline ? comparedFigure(t.baseline) : undefined;
  const saved = comparable(t) ? speedupPercent(targetTotal(t), compared?.seconds) : undefined;
  if (saved !== undefined && compared) {
    figures.saved = saved;
    figures.withinSpread = insideSpread(targetTotal(t), compared.seconds, spreadOf(compared), compared.samples);
  }
  const size = t.image?.size;
  const baseSize = t.baseline?.cold.imageSize;
  const sizeChange = size !== undefined && baseSize !== undefined ? changePercent(size, baseSize) : undefined;
  if (sizeChange !== undefined) figures.sizeChange = sizeChange;
  return figures;
}

/** True when some two targets were running at the same moment. */
function ranInParallel(targets: TargetResult[]): boolean {
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
    measuring: measuringSeconds(run),
  };
  const saved = overallSpeedup(run);
  if (saved !== undefined) {
    // The same targets overallSpeedup adds up
    const figuresOf = run.targets.filter(comparable).map((t) => ({ t, f: comparedFigure(t.baseline!) }));
    figures.comparison = {
      seconds: figuresOf.reduce((sum, { t }) => sum + targetTotal(t), 0),
      baselineSeconds: figuresOf.reduce((sum, { f }) => sum + f.seconds, 0),
      saved,
      spread: figuresOf.reduce((sum, { f }) => sum + spreadOf(f), 0),
      samples: Math.min(...figuresOf.map(({ f }) => f.samples)),
      kinds: [...new Set(figuresOf.map(({ t }) => t.baseline!.comparedWith))].sort(),
    };
  }
  return figures;
}

/** Seconds between the fastest and the slowest sample: how much the same build varies by itself. */
export function spreadOf(f: BaselineFigure): number {
  return f.samples >= 2 ? Math.max(0, f.max - f.min) : 0;
}

/**
 * Whether a difference says nothing: it is no bigger than the spread of the baseline's own
 * samples. Needs two samples at least; with one, the spread is unknown and the report says so.
 */
export function insideSpread(seconds: number, baselineSeconds: number, spread: number, samples: number): boolean {
  return samples >= 2 && Math.abs(baselineSeconds - seconds) <= spread;
}

/** Wall seconds spent measuring baselines in this run; they run one after another. */
function measuringSeconds(run: RunResult): number {
  const seconds = run.targets.reduce((sum, t) => {
    const m = t.baseline?.measuring;
    return m ? sum + tenths(m.end) - tenths(m.start) : sum;
  }, 0);
  return Math.max(0, seconds) / 10;
}

export const BASELINE_NAMES: Record<BaselineKind, string> = {
  cold: 'the multi-stage build without cache',
  cached: 'the multi-stage build with its dependency stages cached',
};

/** "2 samples, 44.0 s–50.2 s, measured": what a baseline figure rests on. */
function figureBasis(f: BaselineFigure): string {
  if (f.source === 'fixed') return 'fixed in the config';
  const samples =
    f.samples === 1 ? '1 sample' : `${f.samples} samples, ${formatDuration(f.min)}–${formatDuration(f.max)}`;
  const date = isoDate(f.recordedAt);
  const source = f.source === 'recorded' ? (date ? `recorded on ${date}` : 'recorded') : 'measured in this run';
  return `${samples}, ${source}`;
}

/**
 * What the smoke test ran, as its phase recorded it ("ran the image after loading 3 of 4 layers
 * (4.7 kB compressed) into the daemon: http://127.0.0.1:8080/health answered 200, 0.4 s after the
 * container started"), or why it
 * did not run; nothing when the target has no smoke test or it failed (the failure says why).
 */
export function smokeText(t: TargetResult): string | undefined {
  const smoke = t.phases.find((p) => p.name === 'smoke');
  if (!smoke?.detail || smoke.status === 'failed') return undefined;
  if (smoke.status === 'skipped') return smoke.detail === NO_SMOKE ? undefined : `smoke test skipped: ${smoke.detail}`;
  return `smoke test ${smoke.detail}`;
}

/** the smoke phase's detail for a target without a smoke test */
export const NO_SMOKE = 'no smoke check configured';

/**
 * An error's first line, as the summary and the terminal table show it alone: a line that
 * announces what follows ("…; last lines of its output:") would promise lines that are not
 * there, so it points at the log, where they are, instead.
 */
export function failureHeadline(message: string): string {
  const first = firstLine(message);
  const rest = message.slice(message.indexOf(first) + first.length).trim() !== '';
  if (!rest || !first.endsWith(':')) return first;
  const command = /^(.*); last lines of its output:$/.exec(first);
  return command ? `${command[1]}; its last lines are in the log` : `${first.slice(0, -1)} (the rest is in the log)`;
}

export function firstLine(message: string): string {
  return (
    message
      .split(/\r?\n/)
      .find((line) => line.trim() !== '')
      ?.trim() ?? ''
  );
}

/*
 * Plain-text cells both renderers share; the summary escapes and decorates them, the terminal
 * table prints them as they are.
 */

/** "cached 47.1 s (2 samples, 44.0 s–50.2 s, measured in this run)": the figure the target is held against */
export function baselineText(t: TargetResult): string {
  if (!t.baseline) return '—';
  const f = comparedFigure(t.baseline);
  return `${t.baseline.comparedWith} ${formatDuration(f.seconds)} (${figureBasis(f)})`;
}

/** "cold 4m 02s": the other figure, for scale */
export function otherBaselineText(t: TargetResult): string {
  const other = t.baseline ? otherFigure(t.baseline) : undefined;
  return other ? `${other.kind} ${formatDuration(other.figure.seconds)}` : '—';
}

/** "71.6 %", "-12.0 % (slower)" when the baseline was faster, "within noise" inside its spread */
export function savedText(f: TargetFigures): string {
  if (f.target.reused) return 'not built (reused)';
  if (f.saved === undefined) return '—';
  if (f.withinSpread) return 'within noise';
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
  const base = f.target.baseline?.cold.imageSize;
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

export interface LayerChange {
  step: string;
  size: number;
  /** against the default branch's layer of the same step; undefined when it had none */
  delta?: number;
}

export interface BranchChange {
  branch: string;
  sha: string;
  recordedAt: string;
  /** bytes, uncompressed, this image minus the default branch's */
  sizeDelta?: number;
  /** seconds, this target's time minus the default branch's */
  secondsDelta: number;
  /** this image's largest layers, each with its change */
  layers: LayerChange[];
}

/**
 * The change against the default branch's last successful run: size, time, and the largest
 * layers matched by the step that made them (the n-th layer of a step with the n-th of the same).
 */
export function branchChange(t: TargetResult, largest = 3): BranchChange | undefined {
  const record = t.defaultBranch;
  if (!record || t.status !== 'ok') return undefined;
  const change: BranchChange = {
    branch: record.branch,
    sha: record.sha,
    recordedAt: record.recordedAt,
    secondsDelta: (tenths(t.end - t.start) - tenths(record.seconds)) / 10,
    layers: [],
  };
  if (t.image?.size !== undefined && record.size !== undefined) change.sizeDelta = t.image.size - record.size;
  const before = [...(record.layers ?? [])];
  const matched = (t.image?.layers ?? []).map((layer) => {
    const i = before.findIndex((b) => b.step === layer.step);
    const found = i >= 0 ? before.splice(i, 1)[0] : undefined;
    const entry: LayerChange = { step: layer.step, size: layer.size };
    if (found) entry.delta = layer.size - found.size;
    return entry;
  });
  change.layers = matched.sort((a, b) => b.size - a.size).slice(0, largest);
  return change;
}

/** "+12.4 MB", "-3 kB", "±0 B": a change in bytes, in the units sizes are shown in. */
export function signedBytes(delta: number): string {
  if (delta === 0) return '±0 B';
  return `${delta > 0 ? '+' : '-'}${formatBytes(Math.abs(delta))}`;
}

/** "+3.1 s", "-0.4 s", "±0.0 s" */
export function signedSeconds(delta: number): string {
  if (tenths(delta) === 0) return '±0.0 s';
  return `${delta > 0 ? '+' : '-'}${formatSeconds(Math.abs(delta))}`;
}

/** "+12.4 MB, +3.1 s vs main": the line a pull request reads first */
export function branchChangeText(c: BranchChange): string {
  const parts = [
    c.sizeDelta === undefined ? undefined : signedBytes(c.sizeDelta),
    signedSeconds(c.secondsDelta),
  ].filter((p) => p !== undefined);
  return `${parts.join(', ')} vs ${c.branch}`;
}
