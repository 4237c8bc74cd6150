import type { RunResult, TargetResult } from './model.js';
import type { PhaseFigure, RunFigures } from './figures.js';
import {
  BASELINE_NAMES,
  PHASE_LABELS,
  baselineText,
  otherBaselineText,
  cacheText,
  failureHeadline,
  packagesText,
  runFigures,
  savedText,
  sizeText,
  smokeText,
  userShare,
} from './figures.js';
import { formatDuration, formatPercent, formatSeconds, padEnd, padStart, stripAnsi, visibleWidth } from './format.js';
import { sizeItems } from './size.js';
import { recordedGateItems } from './gates.js';

/**
 * The summary for a terminal: the same figures as the markdown, in aligned plain-text columns.
 * Colour is opt-in, for the CLI to turn on when stdout is a TTY.
 */

export interface TableOptions {
  color?: boolean;
}

type Align = 'left' | 'right';
type Paint = (text: string) => string;
/** a colour by name; with colour off every painter returns the text untouched */
type Painter = (color: keyof typeof COLORS) => Paint;

const COLORS = { red: '\x1b[31m', green: '\x1b[32m', dim: '\x1b[2m', bold: '\x1b[1m' } as const;

export function renderTable(run: RunResult, opts: TableOptions = {}): string {
  const paint: Painter = (color) => (opts.color ? (text) => `${COLORS[color]}${text}\x1b[0m` : (text) => text);
  const figures = runFigures(run);
  if (run.targets.length === 0) return 'No targets ran.';
  return [
    [...overviewLines(run, figures, paint), ...figures.failed.map((t) => paint('red')(failureLine(t)))].join('\n'),
    targetTable(figures, paint).join('\n'),
    phaseTable(figures, paint).join('\n'),
    imageLines(run).join('\n'),
    ...gateLines(run),
    ...sizeLines(run),
  ].join('\n\n');
}

/**
 * Lines of equal visible width, columns two spaces apart. Every line is padded to the full
 * width, the last column too, so a table can be framed or pasted without ragged edges.
 */
export function textTable(rows: string[][], align: Align[]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => visibleWidth(row[i] ?? ''))));
  return rows.map((row) =>
    row.map((cell, i) => (align[i] === 'right' ? padStart(cell, widths[i]!) : padEnd(cell, widths[i]!))).join('  '),
  );
}

function overviewLines(run: RunResult, f: RunFigures, paint: Painter): string[] {
  const n = f.targets.length;
  const how = n === 1 ? '1 target' : `${n} targets ${f.parallel ? 'in parallel' : 'one after another'}`;
  const measuring = f.measuring > 0 ? `, of which ${formatDuration(f.measuring)} measuring the baseline (once)` : '';
  const time = `${formatDuration(f.wall)} wall time${measuring}${n > 1 ? ` (${formatDuration(f.targetSeconds)} of target time)` : ''}`;
  const lines = [
    `${paint('bold')('Artifact-first Docker build')}: ${how}, ${time}, engine ${clean(run.engine)}, ${run.pushed ? 'pushed' : 'not pushed'}`,
  ];
  const c = f.comparison;
  if (c) {
    const against =
      c.kinds.length === 1 ? BASELINE_NAMES[c.kinds[0]!] : 'the multi-stage builds (each target against its own)';
    const noise = c.samples >= 2 && Math.abs(c.baselineSeconds - c.seconds) <= c.spread;
    const verdict = noise
      ? `inside the baseline's own spread (${formatDuration(c.spread)}), no saving claimed`
      : paint(c.saved >= 0 ? 'green' : 'red')(
          c.saved >= 0 ? `${formatPercent(c.saved)} less time` : `${formatPercent(-c.saved)} more time`,
        );
    lines.push(`${formatDuration(c.seconds)} against ${formatDuration(c.baselineSeconds)} for ${against}: ${verdict}`);
  }
  return lines;
}

function failureLine(t: TargetResult): string {
  const where = t.error?.phase ? ` in ${PHASE_LABELS[t.error.phase]}` : '';
  const message = t.error ? clean(failureHeadline(t.error.message)) : '';
  return `FAILED ${clean(t.name)}${where}${message ? `: ${message}` : ''}`;
}

function targetTable(f: RunFigures, paint: Painter): string[] {
  const header = [
    'target',
    'status',
    'time',
    'compared with (multi-stage)',
    'saved',
    'other baseline',
    'cache',
    'image size',
    'packages (prod / all)',
  ];
  const rows = f.targets.map((t) => [
    clean(t.target.name),
    statusText(t.target, paint),
    formatDuration(t.total),
    clean(baselineText(t.target)),
    savedText(t),
    clean(otherBaselineText(t.target)),
    clean(cacheText(t.target)),
    sizeText(t),
    packagesText(t.target),
  ]);
  return textTable([header, ...rows], ['left', 'left', 'right', 'left', 'right', 'left', 'left', 'left', 'right']);
}

function statusText(t: TargetResult, paint: Painter): string {
  if (t.status === 'ok') return paint('green')(t.reused ? 'ok (reused)' : 'ok');
  if (t.status === 'skipped') return paint('dim')('skipped');
  return paint('red')('FAILED');
}

function phaseTable(f: RunFigures, paint: Painter): string[] {
  const cell = (p: PhaseFigure): string => {
    if (p.state === 'failed') return paint('red')(`✗ ${formatSeconds(p.seconds)}`);
    return p.state === 'ran' ? formatSeconds(p.seconds) : '—';
  };
  const rows = f.targets[0]!.phases.map((p, i) => [PHASE_LABELS[p.name], ...f.targets.map((t) => cell(t.phases[i]!))]);
  if (f.targets.some((t) => t.other > 0))
    rows.push(['setup and waiting', ...f.targets.map((t) => formatSeconds(t.other))]);
  rows.push(['total', ...f.targets.map((t) => formatSeconds(t.total))]);
  rows.push(['your commands', ...f.targets.map((t) => share(formatSeconds(t.userSeconds), userShare(t)))]);
  rows.push([
    "action's steps",
    ...f.targets.map((t) => {
      const user = userShare(t);
      return share(formatSeconds(t.overheadSeconds), user === undefined ? undefined : 100 - user);
    }),
  ]);
  const header = ['phase', ...f.targets.map((t) => clean(t.target.name))];
  return textTable([header, ...rows], ['left', ...f.targets.map(() => 'right' as const)]);
}

function share(text: string, percent: number | undefined): string {
  return percent === undefined ? text : `${text} (${formatPercent(percent)})`;
}

function imageLines(run: RunResult): string[] {
  const lines = ['images'];
  for (const t of run.targets) {
    const img = t.image;
    if (!img) {
      lines.push(`  ${clean(t.name)}: no image${t.status === 'failed' ? ', the target failed' : ''}`);
      continue;
    }
    const state = img.pushed ? `pushed${img.digest ? ` ${clean(img.digest)}` : ''}` : 'built, not pushed';
    lines.push(`  ${clean(t.name)}: ${state}`);
    for (const tag of img.tags.length > 0 ? img.tags : [img.image]) lines.push(`    ${clean(tag)}`);
    const smoke = smokeText(t);
    if (smoke) lines.push(`    ${clean(smoke)}`);
  }
  return lines;
}

function gateLines(run: RunResult): string[] {
  const items = recordedGateItems(run);
  if (items.length === 0) return [];
  return [['gates from records', ...items.map((g) => `  ${clean(g.target)}: ${clean(g.text)}`)].join('\n')];
}

function sizeLines(run: RunResult): string[] {
  const items = sizeItems(run);
  if (items.length === 0) return [];
  return [
    [
      'image size',
      ...items.map(
        (item) => `  ${clean(item.target)}: ${item.parts.map((p) => clean('code' in p ? p.code : p.text)).join('')}`,
      ),
    ].join('\n'),
  ];
}

/** User text on one line with no control characters: nothing in it may move the cursor or recolour. */
function clean(text: string): string {
  return (
    stripAnsi(text)
      .replace(/\s+/g, ' ')
      // eslint-disable-next-line no-control-regex -- control characters are what gets removed
      .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
  );
}
