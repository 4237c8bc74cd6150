import type { PhaseName, RunResult, TargetResult } from './model.js';
import { formatDuration } from './format.js';
import { PHASE_LABELS, phaseFigure } from './figures.js';
import { PHASES } from './model.js';

/**
 * The runs of a job matrix (one result file per job) as one run on one clock: each job's times
 * are shifted by when it started after the first job, so the summary's tables, its gantt chart
 * and its totals read the whole workflow as they read one job with several targets.
 */

export interface JobSpan {
  /** where the job's result came from */
  source: string;
  targets: string[];
  /** seconds since the first job started */
  start: number;
  end: number;
}

export interface MergedRun {
  run: RunResult;
  jobs: JobSpan[];
  /** targets that came in more than one file: the latest run of each is kept */
  duplicates: string[];
}

function shift(t: TargetResult, by: number): TargetResult {
  return {
    ...t,
    start: t.start + by,
    end: t.end + by,
    phases: t.phases.map((p) => ({ ...p, start: p.start + by, end: p.end + by })),
  };
}

export function mergeRuns(inputs: { source: string; run: RunResult }[]): MergedRun {
  if (inputs.length === 0)
    return {
      run: { startedAt: new Date(0).toISOString(), seconds: 0, engine: 'none', pushed: false, targets: [] },
      jobs: [],
      duplicates: [],
    };
  const sorted = [...inputs].sort((a, b) => Date.parse(a.run.startedAt) - Date.parse(b.run.startedAt));
  const t0 = Date.parse(sorted[0]!.run.startedAt);
  const byName = new Map<string, TargetResult>();
  const duplicates = new Set<string>();
  const jobs: JobSpan[] = [];
  for (const { source, run } of sorted) {
    const offset = (Date.parse(run.startedAt) - t0) / 1000;
    jobs.push({ source, targets: run.targets.map((t) => t.name), start: offset, end: offset + run.seconds });
    for (const t of run.targets) {
      // a rerun of a failed job uploads its target again; the later run is the one that counts
      if (byName.has(t.name)) duplicates.add(t.name);
      byName.set(t.name, shift(t, offset));
    }
  }
  const engines = [...new Set(sorted.map((i) => i.run.engine))];
  const run: RunResult = {
    startedAt: new Date(t0).toISOString(),
    seconds: Math.max(...jobs.map((j) => j.end)),
    engine: engines.join(', '),
    pushed: sorted.some((i) => i.run.pushed),
    targets: [...byName.values()].sort((a, b) => a.name.localeCompare(b.name)),
  };
  return { run, jobs, duplicates: [...duplicates].sort() };
}

export interface CriticalPath {
  /** the target that finished last: the workflow waited for it */
  target: TargetResult;
  /** its phases that took time, in the order they ran, in seconds */
  phases: { name: PhaseName; seconds: number }[];
  /** how much earlier the next-to-last target finished; undefined with one target */
  leadSeconds?: number;
}

/**
 * The chain the workflow's wall time waited on. Jobs of a matrix run side by side, so the
 * critical path is the target that finished last, made of its own phases one after another:
 * shortening any other target does not end the workflow sooner.
 */
export function criticalPath(run: RunResult): CriticalPath | undefined {
  if (run.targets.length === 0) return undefined;
  const byEnd = [...run.targets].sort((a, b) => b.end - a.end);
  const target = byEnd[0]!;
  const phases = PHASES.map((name) => ({ name, seconds: phaseFigure(name, target.phases).seconds })).filter(
    (p) => p.seconds > 0,
  );
  const path: CriticalPath = { target, phases };
  if (byEnd[1]) path.leadSeconds = target.end - byEnd[1].end;
  return path;
}

/** "web: restore cache 3.1 s → install 1m 52s → build commands 48.2 s (ended 12.0 s after the next)" */
export function criticalPathText(path: CriticalPath): string {
  const chain = path.phases.map((p) => `${PHASE_LABELS[p.name]} ${formatDuration(p.seconds)}`).join(' → ');
  const longest = [...path.phases].sort((a, b) => b.seconds - a.seconds)[0];
  const lead =
    path.leadSeconds === undefined ? '' : `; it ended ${formatDuration(path.leadSeconds)} after the next target`;
  const most = longest ? `; the longest step is ${PHASE_LABELS[longest.name]}` : '';
  return `${path.target.name}, ${formatDuration(path.target.end - path.target.start)}: ${chain || 'no timed phase'}${most}${lead}`;
}
