import type { RunResult, TargetResult } from './model.js';
import type { PhaseFigure, RunFigures, TargetFigures } from './figures.js';
import {
  BASELINE_NAMES,
  PHASE_LABELS,
  baselineText,
  branchChange,
  branchChangeText,
  otherBaselineText,
  signedBytes,
  cacheText,
  failureHeadline,
  packagesText,
  runFigures,
  savedText,
  sizeText,
  smokeText,
  userShare,
} from './figures.js';
import { formatBytes, formatDuration, formatPercent, formatSeconds } from './format.js';
import { comparedFigure, otherFigure } from './outputs.js';
import { renderGantt } from './gantt.js';
import { sizeItems } from './size.js';
import { recordedGateItems } from './gates.js';
import { codeSpan, escapeMarkdown, markdownTable } from './markdown.js';

/**
 * The job summary: where the time went and how it compares with the multi-stage build, in the
 * order a reader asks — did it work, how much faster, which phase took the time, what was built.
 */

export interface SummaryOptions {
  /** the heading; defaults to "Artifact-first Docker build" */
  title?: string;
}

const DEFAULT_TITLE = 'Artifact-first Docker build';

export function renderSummary(run: RunResult, opts: SummaryOptions = {}): string {
  const figures = runFigures(run);
  const blocks = [`## ${escapeMarkdown(opts.title ?? DEFAULT_TITLE)}`];
  if (run.targets.length === 0) return `${blocks[0]}\n\nNo targets ran.\n`;
  blocks.push(
    ...failureLines(figures),
    headline(figures),
    runLine(run, figures),
    ...branchLines(run),
    targetTable(figures),
    '### Where the time went',
    phaseTable(figures),
    ownCommandLines(figures),
  );
  const gantt = renderGantt(run);
  if (gantt) blocks.push(gantt);
  blocks.push('### Images', imageList(run));
  const gates = recordedGateItems(run);
  if (gates.length > 0)
    blocks.push(
      '### Gates from records',
      gates.map((g) => `- **${escapeMarkdown(g.target)}**: ${escapeMarkdown(g.text)}`).join('\n'),
    );
  const size = sizeItems(run);
  if (size.length > 0)
    blocks.push(
      '### Image size',
      size
        .map(
          (item) =>
            `- **${escapeMarkdown(item.target)}**: ${item.parts.map((p) => ('code' in p ? codeSpan(p.code) : escapeMarkdown(p.text))).join('')}`,
        )
        .join('\n'),
    );
  return `${blocks.join('\n\n')}\n`;
}

function failureLines(f: RunFigures): string[] {
  return f.failed.map((t) => {
    const where = t.error?.phase ? ` in **${PHASE_LABELS[t.error.phase]}**` : '';
    const message = t.error ? failureHeadline(t.error.message) : '';
    return `❌ **${escapeMarkdown(t.name)}** failed${where}${message ? `: ${codeSpan(message)}` : ''}`;
  });
}

/** The one sentence a reader should take away, and the figures behind it. */
function headline(f: RunFigures): string {
  const c = f.comparison;
  if (!c) {
    const n = f.targets.length;
    const done = f.targets.filter((t) => t.target.status === 'ok').length;
    const reused = f.targets.filter((t) => t.target.reused).length;
    if (reused === n) {
      return `**Nothing to build: ${n === 1 ? 'the image' : `all ${n} images`} of these same inputs ${n === 1 ? 'was' : 'were'} already in the registry, tagged in ${formatDuration(f.wall)}.**`;
    }
    const built =
      done === n ? `${n} ${plural(n, 'target')} built in ${formatDuration(f.wall)}` : `${done} of ${n} targets built`;
    const why = f.targets.some((t) => t.target.baseline)
      ? 'No finished target to compare with its multi-stage baseline.'
      : 'No multi-stage baseline to compare with.';
    return `**${built}.** ${why}`;
  }
  const compared = f.targets.filter((t) => t.saved !== undefined);
  const who =
    compared.length === f.targets.length ? '' : `${compared.map((t) => escapeMarkdown(t.target.name)).join(', ')}: `;
  const against =
    c.kinds.length === 1
      ? BASELINE_NAMES[c.kinds[0]!]
      : 'the multi-stage builds (each target against its own, see the table)';
  const figures = `${formatDuration(c.seconds)} against ${formatDuration(c.baselineSeconds)} for ${against}`;
  let sentence: string;
  if (c.samples >= 2 && Math.abs(c.baselineSeconds - c.seconds) <= c.spread) {
    sentence = `**${who}${figures}: the difference is inside the baseline's own spread (${formatDuration(c.spread)} between its samples), so no saving is claimed.**`;
  } else {
    const verdict = c.saved >= 0 ? `${formatPercent(c.saved)} less time` : `${formatPercent(-c.saved)} more time`;
    sentence = `**${who}${figures}: ${verdict}.**`;
  }
  return [sentence, ...compared.map(basisLine)].join('\n');
}

/** Per target: why this baseline, what it rests on, and the other one for scale. */
function basisLine(t: TargetFigures): string {
  const b = t.target.baseline!;
  const why =
    b.comparedWith === 'cached'
      ? 'node_modules came from the cache'
      : t.target.cacheHit
        ? 'no cached figure to compare with'
        : 'node_modules was installed';
  const figure = comparedFigure(b);
  const rest =
    figure.source === 'fixed'
      ? 'a fixed figure from the config'
      : `${plural(figure.samples, 'sample', `${figure.samples} `)}${b.builder ? `, built with ${escapeMarkdown(b.builder)}` : ''}`;
  const other = otherFigure(b);
  const scale = other
    ? ` ${capitalise(BASELINE_NAMES[other.kind])} takes ${formatDuration(other.figure.seconds)}.`
    : '';
  const single = figure.samples === 1 ? ' One sample: how much it varies is not known.' : '';
  return `- ${compareNote(t)}${escapeMarkdown(t.target.name)}: compared with ${b.comparedWith} (${why}; ${rest}).${single}${scale}`;
}

function compareNote(t: TargetFigures): string {
  return t.withinSpread ? '≈ ' : '';
}

function runLine(run: RunResult, f: RunFigures): string {
  const n = f.targets.length;
  const building = f.measuring > 0 ? Math.max(0, Math.round((f.wall - f.measuring) * 10) / 10) : f.wall;
  const apart =
    f.measuring > 0
      ? ` (${formatDuration(building)} building, + ${formatDuration(f.measuring)} measuring the ${plural(f.targets.filter((t) => t.target.baseline?.measuring).length, 'baseline')}, once: later runs reuse the record)`
      : '';
  const timing =
    n === 1
      ? `The step took ${formatDuration(f.wall)} of wall time${apart}.`
      : `The ${n} targets ran ${f.parallel ? 'in parallel' : 'one after another'}: ${formatDuration(f.wall)} of wall time${apart} for ${formatDuration(f.targetSeconds)} of target time.`;
  const pushed = run.pushed ? 'Images pushed.' : 'Images built, not pushed.';
  return `${timing} Engine: ${escapeMarkdown(run.engine)}. ${pushed}`;
}

/** On a pull request: each target against the default branch's last successful run. */
function branchLines(run: RunResult): string[] {
  const lines = run.targets.flatMap((t) => {
    const c = branchChange(t);
    if (!c) return [];
    const name = `**${escapeMarkdown(t.name)}**`;
    const date = c.recordedAt.slice(0, 10);
    const before = t.defaultBranch!;
    const size =
      t.image?.size !== undefined && before.size !== undefined
        ? `image ${formatBytes(t.image.size)} against ${formatBytes(before.size)}, `
        : '';
    const head = `- ${name}: **${escapeMarkdown(branchChangeText(c))}** (${codeSpan(c.sha.slice(0, 7))}, ${date}): ${size}time ${formatSeconds(t.end - t.start)} against ${formatSeconds(before.seconds)}`;
    const layers = c.layers.map(
      (l) => `${codeSpan(l.step)} ${formatBytes(l.size)} (${l.delta === undefined ? 'new' : signedBytes(l.delta)})`,
    );
    return layers.length > 0 ? [head, `  - largest layers: ${layers.join(', ')}`] : [head];
  });
  return lines.length > 0 ? [lines.join('\n')] : [];
}

function targetTable(f: RunFigures): string {
  const header = [
    'target',
    'status',
    'time',
    'compared with (multi-stage)',
    'saved',
    'other baseline',
    'cache',
    'image size',
    'packages (production / all)',
  ];
  const rows = f.targets.map((t) => [
    `**${escapeMarkdown(t.target.name)}**`,
    statusCell(t.target),
    formatDuration(t.total),
    escapeMarkdown(baselineText(t.target)),
    t.saved !== undefined && t.saved >= 0 && !t.withinSpread ? `**${savedText(t)}**` : savedText(t),
    escapeMarkdown(otherBaselineText(t.target)),
    t.target.cacheHit ? '✅ hit' : escapeMarkdown(cacheText(t.target)),
    sizeText(t),
    packagesText(t.target),
  ]);
  return markdownTable(header, rows, ['left', 'left', 'right', 'left', 'right', 'left', 'left', 'left', 'right']);
}

function statusCell(t: TargetResult): string {
  if (t.status === 'ok') return t.reused ? '✅ ok (image reused)' : '✅ ok';
  if (t.status === 'skipped') return '⏭️ skipped';
  return t.error?.phase ? `❌ failed in ${PHASE_LABELS[t.error.phase]}` : '❌ failed';
}

function phaseTable(f: RunFigures): string {
  const header = ['phase', ...f.targets.map((t) => escapeMarkdown(t.target.name))];
  const rows = f.targets[0]!.phases.map((p, i) => [
    PHASE_LABELS[p.name],
    ...f.targets.map((t) => phaseCell(t.phases[i]!)),
  ]);
  if (f.targets.some((t) => t.other > 0)) {
    rows.push(['setup and waiting', ...f.targets.map((t) => formatSeconds(t.other))]);
  }
  rows.push(['**total**', ...f.targets.map((t) => `**${formatSeconds(t.total)}**`)]);
  return markdownTable(header, rows, ['left', ...f.targets.map(() => 'right' as const)]);
}

function phaseCell(p: PhaseFigure): string {
  if (p.state === 'failed') return `❌ ${formatSeconds(p.seconds)}`;
  return p.state === 'ran' ? formatSeconds(p.seconds) : '—';
}

/** Time in the user's own commands against the action's own steps: what the action costs. */
function ownCommandLines(f: RunFigures): string {
  return f.targets
    .map((t) => {
      const name = `**${escapeMarkdown(t.target.name)}**`;
      const user = userShare(t);
      if (user === undefined) return `- ${name}: no time spent`;
      return (
        `- ${name}: ${formatSeconds(t.userSeconds)} in your build commands (${formatPercent(user)}), ` +
        `${formatSeconds(t.overheadSeconds)} in the action's own steps (${formatPercent(100 - user)})`
      );
    })
    .join('\n');
}

function imageList(run: RunResult): string {
  return run.targets.map(imageItem).join('\n');
}

function imageItem(t: TargetResult): string {
  const name = `**${escapeMarkdown(t.name)}**`;
  const img = t.image;
  if (!img) {
    if (t.status === 'failed') return `- ${name}: no image, the target failed`;
    return `- ${name}: no image`;
  }
  const facts = [img.pushed ? 'pushed' : 'built, not pushed'];
  if (t.reused) facts.push('reused, same inputs as an existing image');
  if (img.size !== undefined) facts.push(`${formatBytes(img.size)} uncompressed`);
  if (img.compressedSize !== undefined) facts.push(`${formatBytes(img.compressedSize)} to pull (compressed)`);
  if (img.digest) facts.push(`digest ${codeSpan(img.digest)}`);
  const tags = img.tags.length > 0 ? img.tags : [img.image];
  const smoke = smokeText(t);
  return [
    `- ${name}: ${facts.join(', ')}`,
    ...tags.map((tag) => `  - ${codeSpan(tag)}`),
    ...(smoke ? [`  - ${escapeMarkdown(smoke)}`] : []),
  ].join('\n');
}

function plural(n: number, word: string, prefix = ''): string {
  return `${prefix}${n === 1 ? word : `${word}s`}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
