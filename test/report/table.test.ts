import { describe, expect, it } from 'vitest';
import { renderTable, textTable } from '../../src/report/table.js';
import { stripAnsi, visibleWidth } from '../../src/report/format.js';
import { cacheMiss, failedBuild, hostileStrings, imageSize, oneTarget, twoInParallel } from './fixtures.js';

const CASES = [
  { name: 'one-target', run: oneTarget },
  { name: 'two-in-parallel', run: twoInParallel },
  { name: 'cache-miss', run: cacheMiss },
  { name: 'failed-build', run: failedBuild },
  { name: 'hostile-strings', run: hostileStrings },
  { name: 'image-size', run: imageSize },
];

/** The blocks of the output that are tables: two or more lines of columns two spaces apart. */
function tables(text: string): string[][] {
  return text
    .split('\n\n')
    .map((block) => block.split('\n'))
    .filter((lines) => lines[0]!.startsWith('target  ') || lines[0]!.startsWith('phase  '));
}

describe('renderTable', () => {
  it.each(CASES)('$name', async ({ name, run }) => {
    await expect(renderTable(run())).toMatchFileSnapshot(`__snapshots__/${name}.txt`);
  });

  it.each(CASES)('aligns every line of each table to one visible width: $name', ({ run }) => {
    for (const color of [false, true]) {
      const found = tables(renderTable(run(), { color }));
      expect(found).toHaveLength(2);
      for (const lines of found) expect(new Set(lines.map(visibleWidth)).size, lines.join('\n')).toBe(1);
    }
  });

  it('colours only when asked, and colour changes nothing a reader sees', () => {
    const plain = renderTable(failedBuild());
    const coloured = renderTable(failedBuild(), { color: true });
    expect(plain).not.toContain('\x1b[');
    expect(coloured).toContain('\x1b[31mFAILED');
    expect(stripAnsi(coloured)).toBe(plain);
  });

  it('does not end a failure line with a colon that promises lines it does not show', () => {
    const plain = renderTable(failedBuild());
    expect(plain).toContain(
      'FAILED frontend in build commands: `npm run build` exited with code 2; its last lines are in the log',
    );
    expect(plain).not.toContain('last lines of its output:');
  });

  it('keeps user text from moving the cursor', () => {
    const r = oneTarget();
    r.targets[0]!.name = 'evil\x1b[2J\nname';
    const out = renderTable(r);
    expect(out).not.toContain('\x1b');
    expect(out).toContain('evil name');
  });
});

describe('textTable', () => {
  it.each([
    {
      name: 'plain',
      rows: [
        ['a', 'bb'],
        ['ccc', 'd'],
      ],
      lines: ['a    bb', 'ccc   d'],
    },
    {
      name: 'colour codes take no width',
      rows: [
        ['\x1b[31mred\x1b[0m', 'x'],
        ['r', 'y'],
      ],
      lines: ['\x1b[31mred\x1b[0m  x', 'r    y'],
    },
    {
      name: 'emoji take two columns',
      rows: [
        ['✅', 'x'],
        ['ok', 'y'],
      ],
      lines: ['✅  x', 'ok  y'],
    },
  ])('$name', ({ rows, lines }) => {
    expect(textTable(rows, ['left', 'right'])).toEqual(lines);
  });
});

describe('visibleWidth', () => {
  it.each([
    { name: 'ascii', text: 'abc', width: 3 },
    { name: 'colour codes', text: '\x1b[1mab\x1b[0m', width: 2 },
    { name: 'em dash', text: '—', width: 1 },
    { name: 'emoji', text: '✅', width: 2 },
    { name: 'text pictograph with an emoji selector', text: '⏭️', width: 2 },
    { name: 'combining accent', text: 'e\u0301', width: 1 },
    { name: 'CJK', text: '漢字', width: 4 },
  ])('$name', ({ text, width }) => {
    expect(visibleWidth(text)).toBe(width);
  });
});
