import { describe, expect, it } from 'vitest';
import { renderSummary } from '../../src/report/summary.js';
import { runFigures, targetFigures } from '../../src/report/figures.js';
import { formatBytes, formatDuration, formatSeconds } from '../../src/report/format.js';
import { ganttText } from '../../src/report/gantt.js';
import { codeSpan, escapeMarkdown } from '../../src/report/markdown.js';
import { comparedFigure, overallSpeedup, speedupPercent, targetTotal } from '../../src/report/outputs.js';
import { cacheHitSteps, measured, run, target } from './builders.js';
import {
  againstMain,
  cacheMiss,
  failedBuild,
  hostileStrings,
  imageSize,
  oneReused,
  oneSample,
  oneTarget,
  twoInParallel,
  withinNoise,
} from './fixtures.js';

describe('renderSummary snapshots', () => {
  it.each([
    { name: 'one-target', run: oneTarget },
    { name: 'two-in-parallel', run: twoInParallel },
    { name: 'cache-miss', run: cacheMiss },
    { name: 'failed-build', run: failedBuild },
    { name: 'hostile-strings', run: hostileStrings },
    { name: 'one-reused', run: oneReused },
    { name: 'image-size', run: imageSize },
    { name: 'within-noise', run: withinNoise },
    { name: 'one-sample', run: oneSample },
    { name: 'against-main', run: againstMain },
  ])('$name', async ({ name, run }) => {
    await expect(renderSummary(run())).toMatchFileSnapshot(`__snapshots__/${name}.md`);
  });
});

describe('renderSummary content', () => {
  it('names the failed target, its phase and the first line of the error, pointing at the log for the rest', () => {
    const md = renderSummary(failedBuild());
    expect(md).toContain(
      '❌ **frontend** failed in **build commands**: `` `npm run build` exited with code 2; its last lines are in the log ``',
    );
    expect(md).not.toContain('last lines of its output:');
    expect(md).not.toContain('TS2304');
    expect(md).toContain('| build commands | 45.2 s | ❌ 12.3 s |');
  });

  it('escapes user strings everywhere outside code spans', () => {
    const md = renderSummary(hostileStrings());
    expect(withoutCodeSpans(md)).not.toMatch(/<script>|<b>|<tag>/);
    expect(md).toContain('`` ghcr.io/acme/x:v1|`<tag>` ``');
    expect(md).toContain('**api\\|&lt;script&gt;alert(1)&lt;/script&gt;\\`x\\`**');
    expect(md).toContain('**a\\_b\\*c**');
    // every row of a table keeps the header's cell count, whatever the strings hold
    for (const table of tables(md)) {
      const counts = table.map((row) => row.split(/(?<!\\)\|/).length);
      expect(new Set(counts).size, table.join('\n')).toBe(1);
    }
  });

  it('leaves a reused image out of the comparison: it was not built', () => {
    const result = oneReused();
    const md = renderSummary(result);
    const frontend = result.targets[1]!;
    expect(overallSpeedup(result)).toBe(speedupPercent(targetTotal(frontend), 600));
    expect(md).toMatch(/^\*\*frontend: .* against 10m 00s for the multi-stage build without cache/m);
    expect(md).toMatch(/^\| \*\*backend\*\* \| ✅ ok \(image reused\) \|.*\| not built \(reused\) \|/m);
    const allReused = run([result.targets[0]!]);
    expect(overallSpeedup(allReused)).toBeUndefined();
    expect(renderSummary(allReused)).toContain(
      '**Nothing to build: the image of these same inputs was already in the registry, tagged in',
    );
  });

  it('says "in parallel" only when targets overlapped', () => {
    expect(renderSummary(twoInParallel())).toContain('The 2 targets ran in parallel');
    const a = target('a', 0, cacheHitSteps());
    const b = target('b', a.end, cacheHitSteps());
    expect(renderSummary(run([a, b]))).toContain('The 2 targets ran one after another');
  });

  it('writes a title of the caller’s choosing, escaped', () => {
    expect(renderSummary(oneTarget(), { title: 'Build <web>' }).split('\n')[0]).toBe('## Build &lt;web&gt;');
  });

  it('says so when no target ran', () => {
    expect(renderSummary(run([]))).toBe('## Artifact-first Docker build\n\nNo targets ran.\n');
  });

  it('renders a gantt chart mermaid can lex: no : # ; % in task text, no keyword at a line start', () => {
    const keywordTarget = target('title', 0, cacheHitSteps(), {
      baseline: measured({ cold: [300, 310], cached: [100, 104], cacheHit: true, measuring: { start: 72, end: 900 } }),
    });
    const md = renderSummary(run([keywordTarget, ...twoInParallel().targets]));
    const chart = /```mermaid\n([\s\S]*?)\n```/.exec(md)?.[1] ?? '';
    const [first, ...lines] = chart.split('\n');
    expect(first).toBe('gantt');
    const header = /^ {4}(title [^#;\n]+|dateFormat x|axisFormat %s|todayMarker off)$/;
    const section = /^ {4}section [^#:;%\n]+$/;
    const task = /^ {4}([^#:;%\n]+) :((crit|done), )?\d+, \d+$/;
    for (const line of lines) expect(header.test(line) || section.test(line) || task.test(line), line).toBe(true);
    expect(chart).toContain('    target title measured 13m 48s :done, 72000, 900000');
  });

  it('draws a baseline where its measurement ran, and none that was recorded or fixed', () => {
    const chart = /```mermaid\n([\s\S]*?)\n```/.exec(renderSummary(oneTarget()))?.[1] ?? '';
    expect(chart).toContain(
      'section measuring the multi-stage baseline\n    backend measured 11m 30s :done, 71600, 761400',
    );
    expect(renderSummary(twoInParallel())).not.toContain('measuring the multi-stage baseline');
  });

  it('shows a pull request the change against the default branch: size, time and the largest layers', () => {
    const md = renderSummary(againstMain());
    expect(md).toContain(
      '- **backend**: **+12.4 MB, +3.1 s vs main** (`9f8e7d6`, 2025-03-03): image 183 MB against 171 MB, time 71.2 s against 68.1 s',
    );
    expect(md).toContain(
      '  - largest layers: `base image layer` 117 MB (±0 B), `COPY … ./node_modules` 64.2 MB (+12.4 MB), `COPY … ./dist` 1.3 MB (±0 B)',
    );
    expect(renderSummary(oneTarget())).not.toContain(' vs main');
  });

  it.each([
    {
      name: 'the oci engine: what it loaded into the daemon',
      smoke: [
        'smoke',
        1.6,
        'ok',
        'ran the image after loading 3 of 4 layers (4.7 kB compressed) into the daemon: http://127.0.0.1:8080/health answered 200',
      ] as const,
      says: '  - smoke test ran the image after loading 3 of 4 layers (4.7 kB compressed) into the daemon: http://127.0.0.1:8080/health answered 200',
    },
    {
      name: 'a daemonless run: why it did not run',
      smoke: ['smoke', 0, 'skipped', 'image not runnable here'] as const,
      says: '  - smoke test skipped: image not runnable here',
    },
    {
      name: 'no smoke test configured: nothing said',
      smoke: ['smoke', 0, 'skipped', 'no smoke check configured'] as const,
    },
  ])('says what the smoke test ran: $name', ({ smoke, says }) => {
    const steps = cacheHitSteps().map((step) => (step[0] === 'smoke' ? [...smoke] : step)) as ReturnType<
      typeof cacheHitSteps
    >;
    const md = renderSummary(
      run([
        target('api', 0, steps, { image: { image: 'ghcr.io/acme/api', tags: ['ghcr.io/acme/api:1'], pushed: true } }),
      ]),
    );
    if (says) expect(md).toContain(`  - \`ghcr.io/acme/api:1\`\n${says.replaceAll('_', '\\_')}`);
    else expect(md).not.toContain('smoke test skipped');
  });

  it('counts the measurement in the wall time and shows it apart', () => {
    const result = oneTarget();
    expect(result.seconds).toBeCloseTo(761.8);
    expect(renderSummary(result)).toContain(
      'The step took 12m 42s of wall time (1m 12s building, + 11m 30s measuring the baseline, once: later runs reuse the record).',
    );
  });

  it.each([
    {
      name: 'a cache hit against the cached build, naming the cold one',
      run: oneTarget,
      says: '**1m 11s against 1m 41s for the multi-stage build with its dependency stages cached: 29.6 % less time.**',
      also: 'The multi-stage build without cache takes 4m 03s.',
    },
    {
      name: 'an install against the cold build, naming the cached one',
      run: cacheMiss,
      says: '**2m 00s against 5m 02s for the multi-stage build without cache: 60.3 % less time.**',
      also: 'The multi-stage build with its dependency stages cached takes 1m 30s.',
    },
    {
      name: 'a difference inside the spread claims nothing',
      run: withinNoise,
      says: "the difference is inside the baseline's own spread (4.8 s between its samples), so no saving is claimed.**",
      also: '| within noise |',
    },
    {
      name: 'one sample is marked',
      run: oneSample,
      says: '1 sample, built with',
      also: 'One sample: how much it varies is not known.',
    },
  ])('headline: $name', ({ run: make, says, also }) => {
    const md = renderSummary(make());
    expect(md).toContain(says);
    expect(md).toContain(also);
  });
});

describe('figures add up', () => {
  it.each([
    { name: 'a third saved', seconds: 200, baseline: 300, percent: 33.3 },
    { name: 'nothing saved', seconds: 300, baseline: 300, percent: 0 },
    { name: 'slower than the baseline', seconds: 330, baseline: 300, percent: -10 },
    { name: 'no baseline', seconds: 10, baseline: undefined, percent: undefined },
    { name: 'a zero baseline is no baseline', seconds: 10, baseline: 0, percent: undefined },
  ])('speedupPercent: $name', ({ seconds, baseline, percent }) => {
    expect(speedupPercent(seconds, baseline)).toBe(percent);
  });

  it.each([
    // a cache hit: 71.2 s against the cached build's 101.2 s, not the cold build's 242.7 s
    { name: 'one target, against the cached baseline', run: oneTarget, spent: ['backend'], percent: 29.6 },
    // (71.2 + 114.4) s against (98.3 + 600) s, not the mean of the two percentages
    { name: 'both targets, summed before dividing', run: twoInParallel, spent: ['backend', 'frontend'], percent: 73.4 },
    // installed: 119.9 s against the cold build's 301.95 s
    { name: 'a cache miss, against the cold baseline', run: cacheMiss, spent: ['frontend'], percent: 60.3 },
    // 71.2 s against 240 s; the failed frontend's 600 s baseline is not counted
    { name: 'failed targets left out', run: failedBuild, spent: ['backend'], percent: 70.3 },
  ])('overall speedup: $name', ({ run, spent, percent }) => {
    const r = run();
    const counted = r.targets.filter((t) => spent.includes(t.name));
    const seconds = counted.reduce((sum, t) => sum + targetTotal(t), 0);
    const baseline = counted.reduce((sum, t) => sum + (t.baseline ? comparedFigure(t.baseline).seconds : 0), 0);
    expect(overallSpeedup(r)).toBe(speedupPercent(seconds, baseline));
    expect(overallSpeedup(r)).toBe(percent);
    expect(runFigures(r).comparison?.saved).toBe(percent);
  });

  it.each([
    { name: 'cache hit', run: oneTarget },
    { name: 'cache miss', run: cacheMiss },
    { name: 'failed build', run: failedBuild },
    { name: 'parallel targets', run: twoInParallel },
  ])('phases and the time between them add up to the total, in tenths: $name', ({ run }) => {
    for (const t of run().targets) {
      const f = targetFigures(t);
      const tenths = f.phases.reduce((sum, p) => sum + Math.round(p.seconds * 10), 0) + Math.round(f.other * 10);
      expect(tenths).toBe(Math.round(f.total * 10));
      expect(Math.abs(f.total - targetTotal(t))).toBeLessThanOrEqual(0.1);
      expect(Math.round((f.userSeconds + f.overheadSeconds) * 10)).toBe(Math.round(f.total * 10));
    }
  });

  it('rounds clock readings, not durations, so back-to-back phases add up to the total', () => {
    // three phases of 0.16 s with no gap: rounded one by one they would show 0.2 s each, 0.6 s
    // against a total of 0.5 s
    const t = target('t', 0, [['restore', 0.48]]);
    t.phases = [
      { name: 'restore', start: 0, end: 0.16, status: 'ok' },
      { name: 'build', start: 0.16, end: 0.32, status: 'ok' },
      { name: 'image', start: 0.32, end: 0.48, status: 'ok' },
    ];
    t.end = 0.48;
    const f = targetFigures(t);
    expect(f.phases.filter((p) => p.state === 'ran').map((p) => p.seconds)).toEqual([0.2, 0.1, 0.2]);
    expect(f.total).toBe(0.5);
    expect(f.other).toBe(0);
  });

  it.each([
    { name: 'bytes', bytes: 999, text: '999 B' },
    { name: 'kilobytes are decimal', bytes: 1000, text: '1 kB' },
    { name: 'three significant digits', bytes: 182_400_000, text: '182 MB' },
    { name: 'tens keep a decimal', bytes: 96_740_000, text: '96.7 MB' },
    { name: 'trailing zeros dropped', bytes: 1_200_000_000, text: '1.2 GB' },
    { name: 'carries after rounding', bytes: 999_600_000, text: '1 GB' },
    { name: 'decimal, as docker prints sizes: 1,500,000 bytes', bytes: 1_500_000, text: '1.5 MB' },
    { name: 'zero', bytes: 0, text: '0 B' },
    { name: 'negative is no size', bytes: -1, text: '—' },
  ])('formatBytes: $name', ({ bytes, text }) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  it.each([
    { name: 'tenths under a minute', seconds: 12.34, duration: '12.3 s', plain: '12.3 s' },
    { name: 'zero', seconds: 0, duration: '0.0 s', plain: '0.0 s' },
    { name: 'rounds up into minutes', seconds: 59.96, duration: '1m 00s', plain: '60.0 s' },
    { name: 'minutes and padded seconds', seconds: 65.4, duration: '1m 05s', plain: '65.4 s' },
    { name: 'hours', seconds: 3725, duration: '1h 02m 05s', plain: '3725.0 s' },
    { name: 'clock jitter below zero', seconds: -0.01, duration: '0.0 s', plain: '0.0 s' },
  ])('formatDuration and formatSeconds: $name', ({ seconds, duration, plain }) => {
    expect(formatDuration(seconds)).toBe(duration);
    expect(formatSeconds(seconds)).toBe(plain);
  });
});

describe('escaping', () => {
  it.each([
    { name: 'pipe', text: 'a|b', md: 'a\\|b' },
    { name: 'html', text: '<script>&', md: '&lt;script&gt;&amp;' },
    { name: 'backticks', text: '`x`', md: '\\`x\\`' },
    { name: 'newlines', text: 'a\nb\r\nc', md: 'a b c' },
    { name: 'emphasis and links', text: '*a* _b_ [c]', md: '\\*a\\* \\_b\\_ \\[c\\]' },
  ])('escapeMarkdown: $name', ({ text, md }) => {
    expect(escapeMarkdown(text)).toBe(md);
  });

  it.each([
    { name: 'plain', text: 'a b', md: '`a b`' },
    { name: 'inner backticks get a longer fence', text: 'run `npm ci`', md: '`` run `npm ci` ``' },
    { name: 'pipes shown as they are on a line', text: 'a|b', md: '`a|b`' },
    { name: 'pipes escaped in a table cell', text: 'a|b', where: 'table' as const, md: '`a\\|b`' },
    { name: 'html is shown, not run', text: '<b>', md: '`<b>`' },
  ])('codeSpan: $name', ({ text, where, md }) => {
    expect(codeSpan(text, where)).toBe(md);
  });

  it.each([
    { name: 'plain', text: 'backend', safe: 'backend' },
    { name: 'mermaid separators', text: 'a:b#c;d%%e', safe: 'a b c d e' },
    { name: 'a keyword at the start', text: 'Gantt-svc', safe: 'target Gantt-svc' },
    { name: 'a keyword later is fine', text: 'my-title', safe: 'my-title' },
    { name: 'nothing left', text: '###', safe: 'target' },
  ])('ganttText: $name', ({ text, safe }) => {
    expect(ganttText(text)).toBe(safe);
  });
});

/** The markdown with its code spans cut out: what GitHub would read as markup. */
function withoutCodeSpans(md: string): string {
  let out = '';
  for (let i = 0; i < md.length;) {
    const fence = /^`+/.exec(md.slice(i))?.[0];
    if (!fence) {
      out += md[i];
      i += 1;
      continue;
    }
    // a span closes at the next run of exactly as many backticks
    const close = new RegExp(`(?<!\`)${fence}(?!\`)`, 'g');
    close.lastIndex = i + fence.length;
    const end = close.exec(md);
    i = end ? end.index + fence.length : i + fence.length;
  }
  return out;
}

/** The pipe tables in the markdown, each as its lines. */
function tables(md: string): string[][] {
  return md
    .split('\n\n')
    .map((block) => block.split('\n'))
    .filter((lines) => lines.length > 1 && lines.every((line) => line.startsWith('| ')));
}
