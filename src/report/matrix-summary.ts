import { formatDuration } from './format.js';
import { escapeMarkdown } from './markdown.js';
import { criticalPath, criticalPathText, type MergedRun } from './merge.js';
import { renderSummary } from './summary.js';
import { renderTable } from './table.js';

/**
 * The summary of a job matrix: the one-run summary of the merged run (one table for all
 * targets, totals, the baseline comparison, the timeline), with the jobs and the critical path
 * under its heading.
 */

const MATRIX_TITLE = 'Artifact-first Docker build';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Plain sentences both renderers share; the markdown one escapes the names. */
function matrixFacts(merged: MergedRun, name: (text: string) => string): string[] {
  const { run, jobs } = merged;
  const jobSeconds = jobs.reduce((sum, j) => sum + (j.end - j.start), 0);
  const lines = [
    `${plural(run.targets.length, 'target')} from ${plural(jobs.length, 'job')}: ${formatDuration(run.seconds)} from the first job's start to the last one's end, ${formatDuration(jobSeconds)} of job time.`,
  ];
  const path = criticalPath(run);
  if (path) lines.push(`Critical path: ${name(criticalPathText(path))}.`);
  if (merged.duplicates.length > 0)
    lines.push(`Reported more than once (the latest run is shown): ${merged.duplicates.map(name).join(', ')}.`);
  return lines;
}

export function renderMatrixSummary(merged: MergedRun, title = MATRIX_TITLE): string {
  if (merged.jobs.length === 0) return `## ${escapeMarkdown(title)}\n\nNo result files: no target was built.\n`;
  const summary = renderSummary(merged.run, { title });
  const cut = summary.indexOf('\n\n');
  const facts = matrixFacts(merged, escapeMarkdown).join('\n');
  return cut < 0 ? `${summary}\n${facts}\n` : `${summary.slice(0, cut)}\n\n${facts}${summary.slice(cut)}`;
}

export function renderMatrixTable(merged: MergedRun): string {
  if (merged.jobs.length === 0) return 'No result files: no target was built.';
  return `${matrixFacts(merged, (t) => t).join('\n')}\n\n${renderTable(merged.run)}`;
}
