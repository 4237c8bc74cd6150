import { describe, expect, it } from 'vitest';
import { defaultBranchPrefix, isDefaultBranchRecord, recordOf } from '../../src/pipeline/default-branch.js';
import { branchChange, signedBytes, signedSeconds } from '../../src/report/figures.js';
import { cacheHitSteps, image, MB, target } from '../report/builders.js';

describe('the default branch record', () => {
  it('is kept per target, directory and machine', () => {
    const base = defaultBranchPrefix('app', 'apps/web', 'linux', 'x64');
    expect(base).toMatch(/^adb-v1-branch-linux-x64-[0-9a-f]{24}-$/);
    expect(defaultBranchPrefix('api', 'apps/web', 'linux', 'x64')).not.toBe(base);
    expect(defaultBranchPrefix('app', 'apps/api', 'linux', 'x64')).not.toBe(base);
    expect(defaultBranchPrefix('app', 'apps\\web', 'linux', 'x64')).toBe(base);
    expect(defaultBranchPrefix('app', 'apps/web', 'linux', 'arm64')).not.toBe(base);
  });

  it('holds the target time, the uncompressed size and the layers', () => {
    const t = target('app', 1, cacheHitSteps(), {
      image: image('r/app', ['main'], { size: 120 * MB, layers: [{ step: 'COPY dist ./dist', size: 2 * MB }] }),
    });
    const record = recordOf(t, 'main', 'abc', new Date('2025-03-01T00:00:00Z'));
    expect(record).toEqual({
      branch: 'main',
      sha: 'abc',
      recordedAt: '2025-03-01T00:00:00.000Z',
      seconds: 71.2,
      size: 120 * MB,
      layers: [{ step: 'COPY dist ./dist', size: 2 * MB }],
    });
    expect(isDefaultBranchRecord(record)).toBe(true);
    expect(isDefaultBranchRecord({ ...record, seconds: '71.2' })).toBe(false);
    expect(isDefaultBranchRecord({ ...record, layers: [{ step: 1 }] })).toBe(false);
  });
});

describe('branchChange', () => {
  const record = {
    branch: 'main',
    sha: 'abc1234',
    recordedAt: '2025-03-01T00:00:00Z',
    seconds: 70,
    size: 100 * MB,
    layers: [
      { step: 'COPY a', size: 10 },
      { step: 'COPY a', size: 20 },
    ],
  };
  it.each([
    {
      name: 'layers of the same step matched in order, a new one marked new',
      layers: [
        { step: 'COPY a', size: 15 },
        { step: 'COPY a', size: 20 },
        { step: 'COPY b', size: 5 },
      ],
      changes: [
        { step: 'COPY a', size: 20, delta: 0 },
        { step: 'COPY a', size: 15, delta: 5 },
        { step: 'COPY b', size: 5 },
      ],
    },
    { name: 'no layers known', layers: undefined, changes: [] },
  ])('$name', ({ layers, changes }) => {
    const t = target('app', 0, cacheHitSteps(), {
      image: image('r/app', ['pr-1'], { size: 112.4 * MB, ...(layers ? { layers } : {}) }),
      defaultBranch: record,
    });
    const c = branchChange(t)!;
    expect(c.layers).toEqual(changes);
    expect(c.sizeDelta).toBeCloseTo(12.4 * MB);
    expect(c.secondsDelta).toBe(1.2);
  });

  it('is none for a failed target or without a record', () => {
    expect(branchChange(target('app', 0, cacheHitSteps()))).toBeUndefined();
    expect(
      branchChange(target('app', 0, cacheHitSteps(), { status: 'failed', defaultBranch: record })),
    ).toBeUndefined();
  });

  it.each([
    { delta: 12_400_000, text: '+12.4 MB' },
    { delta: -3000, text: '-3 kB' },
    { delta: 0, text: '±0 B' },
  ])('signedBytes $delta', ({ delta, text }) => expect(signedBytes(delta)).toBe(text));

  it.each([
    { delta: 3.14, text: '+3.1 s' },
    { delta: -0.4, text: '-0.4 s' },
    { delta: 0.02, text: '±0.0 s' },
  ])('signedSeconds $delta', ({ delta, text }) => expect(signedSeconds(delta)).toBe(text));
});
