import type { RunResult } from '../../src/report/model.js';
import {
  DIGEST,
  GB,
  MB,
  cacheHitSteps,
  cacheMissSteps,
  failedAt,
  fixed,
  image,
  measured,
  recorded,
  run,
  target,
} from './builders.js';

/** The runs the summary and table snapshots are taken of, one per situation a reader meets. */

const REGISTRY = 'ghcr.io/acme';

/** Measured in this run: two cold and two cached builds, after the target's own work. */
export function oneTarget(): RunResult {
  const backend = target('backend', 0.2, cacheHitSteps(), {
    baseline: measured({
      cold: [240.1, 245.3],
      cached: [98.4, 104],
      imageSize: 1.21 * GB,
      cacheHit: true,
      measuring: { start: 71.6, end: 761.4 },
    }),
    image: image(`${REGISTRY}/backend`, ['latest', 'sha-1a2b3c4'], { size: 182.4 * MB, digest: DIGEST, pushed: true }),
    packages: { production: 212, all: 1034 },
  });
  return run([backend]);
}

export function twoInParallel(): RunResult {
  const backend = target('backend', 0.2, cacheHitSteps(), {
    baseline: recorded(
      { cold: [251, 248.2], cached: [97.5, 99.1], imageSize: 1.21 * GB, cacheHit: true },
      '2025-01-12T08:31:00Z',
    ),
    image: image(`${REGISTRY}/backend`, ['latest'], {
      size: 182.4 * MB,
      compressedSize: 61.2 * MB,
      digest: DIGEST,
      pushed: true,
    }),
    packages: { production: 212, all: 1034 },
  });
  const frontend = target('frontend', 0.3, cacheHitSteps(88.4), {
    baseline: fixed(600),
    image: image(`${REGISTRY}/frontend`, ['latest'], {
      size: 96.7 * MB,
      digest: DIGEST.replace('3f', '9a'),
      pushed: true,
    }),
    packages: { production: 48, all: 911 },
  });
  return run([backend, frontend]);
}

/** A pushing rerun of an unchanged backend (image reused, only tagged) beside a frontend that was built. */
export function oneReused(): RunResult {
  const backend = target('backend', 0.2, [['push', 0.6, 'ok', 'tagged']], {
    reused: true,
    userSeconds: 0,
    baseline: recorded(
      { cold: [251, 248.2], cached: [97.5, 99.1], imageSize: 1.21 * GB, cacheHit: false },
      '2025-01-12T08:31:00Z',
    ),
    image: image(`${REGISTRY}/backend`, ['latest', 'sha-1a2b3c4'], { digest: DIGEST, pushed: true }),
  });
  const frontend = target('frontend', 0.3, cacheHitSteps(88.4), {
    baseline: fixed(600),
    image: image(`${REGISTRY}/frontend`, ['latest', 'sha-1a2b3c4'], {
      size: 96.7 * MB,
      digest: DIGEST.replace('3f', '9a'),
      pushed: true,
    }),
  });
  return run([backend, frontend]);
}

export function cacheMiss(): RunResult {
  const frontend = target('frontend', 0.2, cacheMissSteps(), {
    baseline: measured({
      cold: [305.2, 298.7],
      cached: [88.1, 91.4],
      imageSize: 842 * MB,
      cacheHit: false,
      measuring: { start: 128.8, end: 913.1 },
      builder: 'the legacy builder (docker 28.2.2, no BuildKit)',
    }),
    image: image(`${REGISTRY}/frontend`, ['pr-42'], { size: 96.7 * MB }),
  });
  return run([frontend], { engine: 'docker' });
}

export function failedBuild(): RunResult {
  const backend = target('backend', 0.2, cacheHitSteps(), {
    baseline: fixed(240),
    image: image(`${REGISTRY}/backend`, ['pr-42'], { size: 182.4 * MB }),
  });
  // a failed target gets no baseline: nothing to compare
  const frontend = failedAt(
    target('frontend', 0.3, cacheHitSteps()),
    'build',
    12.34,
    '`npm run build` exited with code 2; last lines of its output:\nsrc/app.tsx(3,1): error TS2304',
  );
  return run([backend, frontend]);
}

export function hostileStrings(): RunResult {
  const name = 'api|<script>alert(1)</script>`x`';
  const t = failedAt(
    target(name, 0, cacheHitSteps()),
    'smoke',
    3,
    'GET /health answered 500: <b>boom</b> | `oops` & more\nsecond line',
  );
  const other = target('a_b*c', 0, cacheHitSteps(), {
    image: image('ghcr.io/acme/x', ['v1|`<tag>`']),
  });
  return run([t, other]);
}

/** A traced backend and a Next.js frontend in the classic layout, with what its tree holds in vain. */
export function imageSize(): RunResult {
  const backend = target('backend', 0.2, cacheHitSteps(), {
    image: image(`${REGISTRY}/backend`, ['latest'], { size: 120.2 * MB }),
    trace: {
      entries: ['dist/main.js'],
      before: { files: 4023, bytes: 9.53 * MB },
      after: { files: 911, bytes: 2.95 * MB },
      largest: [
        { name: '@nestjs/core', bytes: 0.61 * MB },
        { name: 'rxjs', bytes: 0.52 * MB },
      ],
      included: 0,
      seconds: 0.42,
      analysesReused: true,
    },
  });
  const frontend = target('frontend', 0.3, cacheHitSteps(88.4), {
    image: image(`${REGISTRY}/frontend`, ['latest'], { size: 434 * MB }),
    nextStandalone: { classic: 316.8 * MB, standalone: 25.6 * MB },
    productionTree: {
      buildTools: [
        {
          name: '@next/swc-linux-x64-gnu',
          version: '15.5.7',
          path: 'node_modules/@next/swc-linux-x64-gnu',
          bytes: 137.5 * MB,
        },
        { name: 'typescript', version: '5.9.3', path: 'node_modules/typescript', bytes: 23.6 * MB },
      ],
      foreign: [
        {
          name: '@img/sharp-libvips-linuxmusl-x64',
          version: '1.2.4',
          path: 'node_modules/@img/sharp-libvips-linuxmusl-x64',
          bytes: 7.6 * MB,
        },
      ],
      duplicates: [
        {
          name: 'semver',
          copies: [
            { name: 'semver', version: '7.7.3', path: 'node_modules/semver', bytes: 0.1 * MB },
            { name: 'semver', version: '6.3.1', path: 'node_modules/a/node_modules/semver', bytes: 0.07 * MB },
          ],
        },
      ],
    },
  });
  return run([backend, frontend]);
}

/** A cache hit whose time is within the cached baseline's own spread: no saving is claimed. */
export function withinNoise(): RunResult {
  const backend = target('backend', 0.2, cacheHitSteps(), {
    baseline: recorded(
      { cold: [140.2, 151.9], cached: [69.8, 74.6], imageSize: 412 * MB, cacheHit: true },
      '2025-02-20T16:02:00Z',
    ),
    image: image(`${REGISTRY}/backend`, ['pr-7'], { size: 188.1 * MB }),
  });
  return run([backend]);
}

/** One sample each: the figure is marked so, and no spread is claimed either way. */
export function oneSample(): RunResult {
  const backend = target('backend', 0.2, cacheMissSteps(), {
    baseline: recorded({ cold: [262.4], cached: [84.3], cacheHit: false }, '2025-02-20T16:02:00Z'),
    image: image(`${REGISTRY}/backend`, ['pr-7'], { size: 188.1 * MB }),
  });
  return run([backend]);
}

/** A pull request's run against the default branch's last successful one. */
export function againstMain(): RunResult {
  const layers = [
    { step: 'base image layer', size: 117.3 * MB },
    { step: 'COPY … ./', size: 493 },
    { step: 'COPY … ./node_modules', size: 64.2 * MB },
    { step: 'COPY … ./dist', size: 1.3 * MB },
  ];
  const backend = target('backend', 0.2, cacheHitSteps(), {
    image: image(`${REGISTRY}/backend`, ['pr-42'], { size: 183.1 * MB + 493, layers }),
    defaultBranch: {
      branch: 'main',
      sha: '9f8e7d6c5b4a39281706f5e4d3c2b1a098765432',
      recordedAt: '2025-03-03T17:12:00.000Z',
      seconds: 68.1,
      size: 170.7 * MB + 493,
      layers: [
        { step: 'base image layer', size: 117.3 * MB },
        { step: 'COPY … ./', size: 493 },
        { step: 'COPY … ./node_modules', size: 51.8 * MB },
        { step: 'COPY … ./dist', size: 1.3 * MB },
      ],
    },
  });
  return run([backend]);
}
