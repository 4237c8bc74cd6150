import { describe, expect, it } from 'vitest';
import { recordedGateItems } from '../../src/report/gates.js';
import { renderSummary } from '../../src/report/summary.js';
import { renderTable } from '../../src/report/table.js';
import type { RecordedGates } from '../../src/report/model.js';
import { cacheHitSteps, run, target } from './builders.js';

const KEY = 'adb-v1-node_modules-linux-x64-glibc-node20-npm10.2.4-0123-production-abcd1234-checks-5678';
const ID = 'sha256:465ac5d6d39700d9ef48cb7e250a129962755314eff07e3a1f44ca377819c050';

const CASES: { name: string; gates: RecordedGates | undefined; lines: string[] }[] = [
  { name: 'nothing recorded', gates: undefined, lines: [] },
  {
    name: 'recorded on this run, replayed on none',
    gates: { productionTree: { key: KEY, replayed: false }, baseImage: { identity: ID, replayed: false } },
    lines: [],
  },
  {
    name: 'both replayed',
    gates: { productionTree: { key: KEY, replayed: true }, baseImage: { identity: ID, replayed: true } },
    lines: [
      `production tree checks: recorded for key ${KEY}, not repeated`,
      `base image probe: recorded for ${ID}, not repeated`,
    ],
  },
];

describe('recorded gates in the summary', () => {
  it.each(CASES)('$name', ({ gates, lines }) => {
    const result = run([target('api', 0, cacheHitSteps(), gates ? { gates } : {})]);
    expect(recordedGateItems(result).map((i) => i.text)).toEqual(lines);
    const summary = renderSummary(result);
    const table = renderTable(result);
    expect(summary.includes('### Gates from records')).toBe(lines.length > 0);
    expect(table.includes('gates from records')).toBe(lines.length > 0);
    for (const line of lines) expect(table).toContain(`api: ${line}`);
    if (lines.length > 0) expect(summary).toContain('production tree checks: recorded for key');
  });
});
