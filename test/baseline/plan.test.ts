import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  baselineFor,
  chooseBaselineBuilder,
  describeBuilder,
  figureOf,
  fixedFigure,
  isBaselineRecord,
  isFresh,
  pickSourceFile,
  planBaselineBuild,
  stageCacheCollision,
} from '../../src/baseline/plan.js';
import { insideSpread, spreadOf } from '../../src/report/figures.js';
import { comparedFigure } from '../../src/report/outputs.js';

describe('chooseBaselineBuilder', () => {
  it.each([
    {
      name: 'buildx when installed',
      tools: { client: '28.2.2', server: '28.2.2', buildx: { version: '0.19.3', command: ['docker', 'buildx'] } },
      kind: 'buildx',
    },
    {
      name: 'the daemon’s BuildKit through a CLI before 23',
      tools: { client: '20.10.24+dfsg1', server: '20.10.24+dfsg1' },
      kind: 'buildkit',
    },
    {
      name: 'legacy when a CLI from 23 on has no buildx',
      tools: { client: '28.2.2', server: '20.10.24+dfsg1' },
      kind: 'legacy',
    },
    {
      name: 'legacy when the daemon predates BuildKit',
      tools: { client: '18.06.1', server: '18.06.1' },
      kind: 'legacy',
    },
    { name: 'BuildKit from daemon 18.09', tools: { client: '18.09.0', server: '18.09.0' }, kind: 'buildkit' },
  ])('$name', ({ tools, kind }) => {
    expect(chooseBaselineBuilder(tools).kind).toBe(kind);
  });

  it('names the builder as the report and the record key say it', () => {
    expect(describeBuilder({ kind: 'buildkit', client: '20.10.24' })).toBe(
      'BuildKit (docker 20.10.24, DOCKER_BUILDKIT=1)',
    );
    expect(describeBuilder({ kind: 'legacy', client: '28.2.2' })).toBe(
      'the legacy builder (docker 28.2.2, no BuildKit)',
    );
  });
});

describe('planBaselineBuild', () => {
  const build = {
    dockerfile: '/c/Dockerfile.multistage',
    context: '/c',
    tag: 'adb-baseline/app:1',
    buildArgs: { NODE_ENV: 'production' },
    noCache: true,
  };
  it.each([
    {
      name: 'buildx, cold: loaded so its size can be read',
      builder: { kind: 'buildx' as const, command: ['docker', 'buildx'], version: '0.19.3' },
      build,
      argv: [
        'docker',
        'buildx',
        'build',
        '--load',
        '--no-cache',
        '--network',
        'host',
        '--file',
        '/c/Dockerfile.multistage',
        '--tag',
        'adb-baseline/app:1',
        '--build-arg',
        'NODE_ENV=production',
        '--',
        '/c',
      ],
      env: {},
    },
    {
      name: 'built-in BuildKit, cached',
      builder: { kind: 'buildkit' as const, client: '20.10.24' },
      build: { ...build, noCache: false },
      argv: [
        'docker',
        'build',
        '--progress',
        'plain',
        '--network',
        'host',
        '--file',
        '/c/Dockerfile.multistage',
        '--tag',
        'adb-baseline/app:1',
        '--build-arg',
        'NODE_ENV=production',
        '--',
        '/c',
      ],
      env: { DOCKER_BUILDKIT: '1' },
    },
    {
      name: 'legacy, cold',
      builder: { kind: 'legacy' as const, client: '28.2.2' },
      build,
      argv: [
        'docker',
        'build',
        '--no-cache',
        '--network',
        'host',
        '--file',
        '/c/Dockerfile.multistage',
        '--tag',
        'adb-baseline/app:1',
        '--build-arg',
        'NODE_ENV=production',
        '--',
        '/c',
      ],
      env: { DOCKER_BUILDKIT: '0' },
    },
  ])('$name', ({ builder, build: b, argv, env }) => {
    expect(planBaselineBuild(builder, b)).toEqual({ argv, env });
  });
});

describe('figures', () => {
  it.each([
    { name: 'two samples: their mean and range', samples: [10, 14], seconds: 12, min: 10, max: 14, spread: 4 },
    { name: 'one sample: no spread known', samples: [9], seconds: 9, min: 9, max: 9, spread: 0 },
  ])('figureOf: $name', ({ samples, seconds, min, max, spread }) => {
    const f = figureOf(samples, 'measured')!;
    expect(f).toMatchObject({ seconds, min, max, samples: samples.length, source: 'measured' });
    expect(spreadOf(f)).toBe(spread);
  });

  it('a fixed figure has no samples', () => {
    expect(fixedFigure(900)).toEqual({ seconds: 900, samples: 0, min: 900, max: 900, source: 'fixed' });
    expect(figureOf([], 'measured')).toBeUndefined();
  });

  it.each([
    { name: 'a cache hit is compared with cached', hit: true, cached: true, compared: 'cached', seconds: 40 },
    { name: 'an install is compared with cold', hit: false, cached: true, compared: 'cold', seconds: 100 },
    {
      name: 'a cache hit without a cached figure falls back to cold',
      hit: true,
      cached: false,
      compared: 'cold',
      seconds: 100,
    },
  ])('baselineFor: $name', ({ hit, cached, compared, seconds }) => {
    const b = baselineFor(
      { cold: figureOf([100], 'measured')!, cached: cached ? figureOf([40], 'measured') : undefined },
      hit,
    );
    expect(b.comparedWith).toBe(compared);
    expect(comparedFigure(b).seconds).toBe(seconds);
  });

  it.each([
    { name: 'a saving bigger than the spread', seconds: 30, baseline: 40, spread: 4, samples: 2, inside: false },
    { name: 'a saving inside the spread', seconds: 38, baseline: 40, spread: 4, samples: 2, inside: true },
    { name: 'slower, inside the spread', seconds: 43, baseline: 40, spread: 4, samples: 2, inside: true },
    {
      name: 'one sample: nothing is inside an unknown spread',
      seconds: 40,
      baseline: 40,
      spread: 0,
      samples: 1,
      inside: false,
    },
  ])('insideSpread: $name', ({ seconds, baseline, spread, samples, inside }) => {
    expect(insideSpread(seconds, baseline, spread, samples)).toBe(inside);
  });
});

describe('records', () => {
  const now = new Date('2025-03-01T00:00:00Z');
  it.each([
    { name: 'a day old', at: '2025-02-28T00:00:00Z', fresh: true },
    { name: 'thirty days old', at: '2025-01-30T00:00:00Z', fresh: true },
    { name: 'older than thirty days', at: '2025-01-29T23:59:00Z', fresh: false },
    { name: 'in the future', at: '2025-03-02T00:00:00Z', fresh: false },
    { name: 'not a date', at: 'yesterday', fresh: false },
  ])('isFresh: $name', ({ at, fresh }) => {
    expect(isFresh(at, now)).toBe(fresh);
  });

  it.each([
    {
      name: 'a full record',
      value: { cold: [10, 11], cached: [3, 4], imageSize: 5, builder: 'b', recordedAt: 'x' },
      valid: true,
    },
    {
      name: 'no cached samples (no git checkout)',
      value: { cold: [10], cached: [], builder: 'b', recordedAt: 'x' },
      valid: true,
    },
    { name: 'the older one-figure shape', value: { seconds: 10, recordedAt: 'x' }, valid: false },
    { name: 'no cold sample', value: { cold: [], cached: [], builder: 'b', recordedAt: 'x' }, valid: false },
    { name: 'a negative sample', value: { cold: [-1], cached: [], builder: 'b', recordedAt: 'x' }, valid: false },
  ])('isBaselineRecord: $name', ({ value, valid }) => {
    expect(isBaselineRecord(value)).toBe(valid);
  });
});

describe('pickSourceFile', () => {
  it.each([
    { name: 'a source under src/ first', files: ['index.js', 'src/main.ts', 'package.json'], file: 'src/main.ts' },
    {
      name: 'never a manifest, lockfile, config or Dockerfile',
      files: ['package.json', 'next.config.js', 'Dockerfile.multistage', 'server.js'],
      file: 'server.js',
    },
    {
      name: 'nothing the ignore file keeps out',
      files: ['src/a.ts', 'src/b.ts'],
      sent: (f: string) => f !== 'src/a.ts',
      file: 'src/b.ts',
    },
    {
      name: "the app's code before its tests (a NestJS starter's files)",
      files: [
        'src/app.controller.spec.ts',
        'src/app.controller.ts',
        'src/app.module.ts',
        'src/app.service.ts',
        'src/main.ts',
        'test/app.e2e-spec.ts',
      ],
      file: 'src/app.controller.ts',
    },
    { name: 'a test when there is nothing else', files: ['src/a.test.ts', 'package.json'], file: 'src/a.test.ts' },
    { name: 'none at all', files: ['package.json', 'README.md'], file: undefined },
  ])('$name', ({ files, sent, file }) => {
    expect(pickSourceFile(files, sent)).toBe(file);
  });
});

describe('stageCacheCollision', () => {
  // the legacy builder's output for a NestJS starter's multi-stage Dockerfile (deps, build,
  // prod-deps and the final stage all start with `FROM node:20-slim` and `WORKDIR /app`):
  // the cold build with --no-cache, then the same build after a source change
  const fixture = (name: string): string => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
  const cold = fixture('legacy-cold.txt');
  const legacyCached = fixture('legacy-cached.txt');
  // what a build whose dependency stages came from the cold build's cache prints
  const goodCached = [
    'Step 1/4 : FROM node:20-slim AS deps',
    ' ---> 465ac5d6d397',
    'Step 2/4 : WORKDIR /app',
    ' ---> Using cache',
    ' ---> 6c55abd29ce8',
    'Step 3/4 : COPY package.json package-lock.json ./',
    ' ---> Using cache',
    ' ---> b1e0c0ffee01',
    'Step 4/4 : RUN npm ci',
    ' ---> Using cache',
    ' ---> b1e0c0ffee02',
  ].join('\n');

  it.each([
    {
      name: "the first stage's WORKDIR taken from the last stage's: its COPY and npm install ran again",
      cached: legacyCached,
      expected: {
        step: 2,
        instruction: 'WORKDIR /app',
        rebuilt: 3,
        rebuiltInstruction: 'COPY package.json package-lock.json ./',
      },
    },
    { name: 'every dependency step from its own cold image', cached: goodCached, expected: undefined },
    {
      name: 'the source COPY ran after a cached step whose image the cold build did not make',
      cached: [
        'Step 5/7 : FROM deps AS build',
        ' ---> b1e0c0ffee02',
        'Step 6/7 : COPY tsconfig.json ./',
        ' ---> Using cache',
        ' ---> b1e0c0ffee03',
        'Step 7/7 : COPY src ./src',
        ' ---> b1e0c0ffee04',
      ].join('\n'),
      expected: undefined,
    },
    {
      name: "BuildKit's output, which has no legacy steps",
      cached: '#5 [deps 2/4] WORKDIR /app\n#5 CACHED',
      expected: undefined,
    },
    { name: 'no output', cached: '', expected: undefined },
  ])('$name', ({ cached, expected }) => {
    expect(stageCacheCollision(cold, cached)).toEqual(expected);
  });

  it('the build after that one, which finds the images the first cached build made, takes its dependency steps from them', () => {
    const again = fixture('legacy-cached-again.txt');
    expect(again).toMatch(/Step 4\/19 : RUN npm install --no-audit --no-fund\n ---> Using cache/);
    expect(stageCacheCollision(fixture('legacy-cold-2.txt'), again)).toBeUndefined();
  });
});
