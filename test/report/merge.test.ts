import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { renderMatrixSummary } from '../../src/report/matrix-summary.js';
import { criticalPath, criticalPathText, mergeRuns } from '../../src/report/merge.js';
import type { RunResult, TargetResult } from '../../src/report/model.js';
import { readResultDocument, resultDocument, resultFileName } from '../../src/report/result-file.js';
import { findResultFiles } from '../../src/report/result-files.js';
import { cacheHitSteps, cacheMissSteps, target } from './builders.js';

function job(startedAt: string, targets: TargetResult[], engine = 'buildx'): RunResult {
  return { startedAt, seconds: Math.max(...targets.map((t) => t.end)) + 0.5, engine, pushed: false, targets };
}

const API = job('2026-01-02T10:00:00.000Z', [target('api', 0.5, cacheHitSteps())]);
// started 20 s later on another runner, and slower: the workflow waits for it
const WEB = job('2026-01-02T10:00:20.000Z', [target('web', 0.5, cacheMissSteps())]);

describe('mergeRuns', () => {
  const merged = mergeRuns([
    { source: 'results/web/result-build-web.json', run: WEB },
    { source: 'results/api/result-build-api.json', run: API },
  ]);

  it("puts every job on the first job's clock", () => {
    expect(merged.run.startedAt).toBe('2026-01-02T10:00:00.000Z');
    const web = merged.run.targets.find((t) => t.name === 'web')!;
    expect(web.start).toBeCloseTo(20.5);
    expect(web.phases[0]!.start).toBeCloseTo(20.5);
    expect(merged.run.seconds).toBeCloseTo(20 + WEB.seconds);
    expect(merged.jobs.map((j) => j.targets)).toEqual([['api'], ['web']]);
  });

  it('one table: the targets by name, whatever the file order', () => {
    expect(merged.run.targets.map((t) => t.name)).toEqual(['api', 'web']);
  });

  it('a target reported twice (a rerun job) keeps its later run', () => {
    const rerun = job('2026-01-02T10:05:00.000Z', [target('api', 0.5, cacheHitSteps(10))]);
    const again = mergeRuns([
      { source: 'a', run: API },
      { source: 'b', run: rerun },
    ]);
    expect(again.duplicates).toEqual(['api']);
    expect(again.run.targets).toHaveLength(1);
    expect(again.run.targets[0]!.start).toBeCloseTo(300.5);
  });

  it('the critical path is the target that finished last, with its phases in order', () => {
    const path = criticalPath(merged.run)!;
    expect(path.target.name).toBe('web');
    expect(path.phases.map((p) => p.name)).toEqual([
      'restore',
      'install',
      'save',
      'build',
      'prune',
      'validate',
      'image',
    ]);
    expect(criticalPathText(path)).toMatch(
      /^web, 2m \d\ds: restore cache 1\.3 s → install 35\.2 s → .*; the longest step is build commands; it ended 1m \d\ds after the next target$/,
    );
  });

  it('the summary names the jobs and the critical path under its heading, then the one-run summary', () => {
    const md = renderMatrixSummary(merged);
    expect(md).toMatch(/^## Artifact-first Docker build\n\n2 targets from 2 jobs: /);
    expect(md).toContain('Critical path: web, ');
    expect(md).toContain('| **api** |');
    expect(md).toContain('| **web** |');
  });

  it('no files: says so', () => {
    expect(renderMatrixSummary(mergeRuns([]))).toContain('No result files');
  });
});

describe('result files', () => {
  it('round-trip: the document a job writes is the run the report reads', () => {
    const doc = resultDocument(API);
    expect(Object.keys(doc)).toEqual(['format', 'images', 'timings', 'run']);
    expect(readResultDocument(JSON.stringify(doc), 'x.json')).toEqual(API);
  });

  it.each([
    { name: 'not JSON', text: '{', message: /x\.json is not JSON/ },
    {
      name: 'the outputs alone, no record',
      text: JSON.stringify({ images: {}, timings: {} }),
      message: /no "run" record/,
    },
    {
      name: 'a record without targets',
      text: JSON.stringify({ run: { startedAt: '2026-01-01T00:00:00Z', seconds: 1 } }),
      message: /lacks startedAt, seconds or targets/,
    },
  ])('a wrong file is named: $name', ({ text, message }) => {
    expect(() => readResultDocument(text, 'x.json')).toThrow(UsageError);
    expect(() => readResultDocument(text, 'x.json')).toThrow(message);
  });

  it('names unique per job and target', () => {
    expect(resultFileName('build', API)).toBe('result-build-api.json');
    expect(resultFileName(undefined, { ...API, targets: [] })).toBe('result-run.json');
  });

  it('finds files, directories as download-artifact lays them out, and globs', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'adb-results-'));
    for (const sub of ['result-api', 'result-web']) {
      mkdirSync(path.join(dir, 'results', sub), { recursive: true });
      writeFileSync(path.join(dir, 'results', sub, `${sub}.json`), '{}');
    }
    writeFileSync(path.join(dir, 'results', 'notes.txt'), '');
    const all = [
      path.join(dir, 'results/result-api/result-api.json'),
      path.join(dir, 'results/result-web/result-web.json'),
    ];
    expect(findResultFiles(['results'], dir)).toEqual(all);
    expect(findResultFiles(['results/**/*.json'], dir)).toEqual(all);
    expect(findResultFiles(['results/*/result-web.json'], dir)).toEqual([all[1]]);
    expect(() => findResultFiles(['missing'], dir)).toThrow(/missing does not exist/);
    expect(() => findResultFiles(['results/*.yml'], dir)).toThrow(/no file matches/);
  });
});
