import type { RunResult } from './model.js';
import { PHASE_LABELS } from './figures.js';
import { formatDuration, formatSeconds, tenths } from './format.js';

/**
 * A mermaid gantt chart of the run: a section per target with a bar per phase, and the
 * baseline measurements this run made in a section of their own, drawn where they ran (after
 * the targets). Recorded and fixed baselines took no time here and are not drawn.
 *
 * Times are milliseconds since the run started, read with `dateFormat x` (epoch milliseconds)
 * and labelled with `axisFormat %s` (epoch seconds): the axis then counts seconds from 0, with
 * no time zone in play, and short phases keep their width instead of rounding to whole seconds.
 */

const BASELINE_SECTION = 'measuring the multi-stage baseline';

export function renderGantt(run: RunResult): string | undefined {
  const lines: string[] = [];
  for (const t of run.targets) {
    const bars = t.phases.filter((p) => p.status !== 'skipped');
    if (bars.length === 0) continue;
    lines.push(`section ${ganttText(t.name)}`);
    for (const p of bars) {
      // rounded at the clock readings, as the phase table rounds, so both show the same figure
      const label = `${PHASE_LABELS[p.name]} ${formatSeconds((tenths(p.end) - tenths(p.start)) / 10)}`;
      lines.push(task(label, p.status === 'failed' ? ['crit'] : [], p.start, p.end));
    }
  }
  const measured = run.targets.filter((t) => t.baseline?.measuring);
  if (measured.length > 0) {
    lines.push(`section ${BASELINE_SECTION}`);
    for (const t of measured) {
      const { start, end } = t.baseline!.measuring!;
      lines.push(
        task(
          `${ganttText(t.name)} measured ${formatDuration((tenths(end) - tenths(start)) / 10)}`,
          ['done'],
          start,
          end,
        ),
      );
    }
  }
  if (lines.length === 0) return undefined;
  const header = [
    'gantt',
    'title Where the time went, in seconds since the run started',
    'dateFormat x',
    'axisFormat %s',
    // the today line sits decades to the right of a chart that starts at the epoch
    'todayMarker off',
  ];
  return ['```mermaid', header[0], ...[...header.slice(1), ...lines].map((l) => `    ${l}`), '```'].join('\n');
}

function task(label: string, tags: string[], start: number, end: number): string {
  const from = Math.max(0, Math.round(start * 1000));
  const to = Math.max(from, Math.round(end * 1000));
  return `${label} :${[...tags, String(from), String(to)].join(', ')}`;
}

/**
 * Mermaid's gantt lexer is case-insensitive and tries its keywords before task text, with no
 * word boundary: a task named "title-svc" or "gantt" or "click x" would be read as a statement.
 * Text starting with one of them gets a neutral prefix.
 */
const KEYWORD_START =
  /^(gantt|dateformat|inclusiveenddates|topaxis|axisformat|tickinterval|includes|excludes|todaymarker|weekday|weekend|title|accdescr|acctitle|section|click|href|call|displaymode|\d{4}-\d{2}-\d{2})/i;

/** Text that is safe as a task name or section title: no `:`, `#`, `;` or `%%`, nothing markup-like. */
export function ganttText(text: string): string {
  const clean = text
    .replace(/[^\p{L}\p{N} ._\-/()+@=,]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (clean === '') return 'target';
  return KEYWORD_START.test(clean) ? `target ${clean}` : clean;
}
