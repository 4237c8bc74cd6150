// The matrix workflow at scale: generates a 50-app npm workspace (in a temp dir, not kept),
// times `plan --since` on it and `report` merging 50 result files, and works out the Actions
// cache budget of 50 apps with a week of builds simulated against GitHub's eviction rules.
// Prints markdown; docs/scale.md holds a run of it. Needs `npm run build` first (it runs the
// CLI bundle, as a user would) and the npm registry (for the workspace's lockfile).
//
//   node scripts/scale.mjs [--apps 50] [--runs 5]
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { apps: { type: 'string', default: '50' }, runs: { type: 'string', default: '5' } },
});
const APPS = Number(values.apps);
const RUNS = Number(values.runs);
const SHARED = 10;
const CLI = path.resolve('dist/cli/index.js');
const REGISTRY_DEPS = ['ms', 'picocolors', 'escape-html', 'debug'];

const pad = (n) => String(n).padStart(2, '0');
const appName = (i) => `app-${pad(i)}`;
/** app i uses shared packages i % 10 and (i + 3) % 10, and one registry package */
const sharedOf = (i) => [i % SHARED, (i + 3) % SHARED];

function git(dir, ...args) {
  return execFileSync('git', ['-c', 'user.name=scale', '-c', 'user.email=scale@example.com', ...args], {
    cwd: dir,
    encoding: 'utf8',
  }).trim();
}

function generate() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'adb-scale-'));
  const write = (file, text) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  write(
    'package.json',
    JSON.stringify({ name: 'scale', private: true, workspaces: ['apps/*', 'packages/*'] }, null, 2),
  );
  for (let s = 0; s < SHARED; s++) {
    write(
      `packages/shared-${s}/package.json`,
      JSON.stringify({ name: `@scale/shared-${s}`, version: '1.0.0', main: 'index.js' }, null, 2),
    );
    write(`packages/shared-${s}/index.js`, `export const shared${s} = ${s};\n`);
  }
  let config = 'version: 1\nregistry: localhost:5000/scale\ntargets:\n';
  for (let i = 0; i < APPS; i++) {
    const deps = Object.fromEntries([
      ...sharedOf(i).map((s) => [`@scale/shared-${s}`, '1.0.0']),
      [REGISTRY_DEPS[i % REGISTRY_DEPS.length], '*'],
    ]);
    write(
      `apps/${appName(i)}/package.json`,
      JSON.stringify({ name: appName(i), version: '1.0.0', private: true, dependencies: deps }, null, 2),
    );
    write(`apps/${appName(i)}/src/main.js`, `console.log('${appName(i)}');\n`);
    write(
      `apps/${appName(i)}/Dockerfile`,
      'FROM local/node:20-slim\nWORKDIR /app\nCOPY . .\nCMD ["node", "src/main.js"]\n',
    );
    config += `  ${appName(i)}:\n    context: apps/${appName(i)}\n    artifacts: [package.json, src, node_modules]\n`;
  }
  write('artifact-build.yml', config);
  execFileSync('npm', ['install', '--package-lock-only', '--no-audit', '--no-fund', '--ignore-scripts'], {
    cwd: dir,
    stdio: 'ignore',
  });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'generated');
  return dir;
}

/** Wall milliseconds of a CLI run, the process included, as a user or a job would see it. */
function timed(dir, args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  return { ms, stdout: result.stdout };
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted[sorted.length - 1] };
}

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

function measurePlan(dir) {
  const bumpLock = () => {
    const file = path.join(dir, 'package-lock.json');
    const lock = JSON.parse(readFileSync(file, 'utf8'));
    lock.packages['node_modules/picocolors'].integrity = 'sha512-changed';
    writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
  };
  /** @type {Array<[string, () => void]>} */
  const scenarios = [
    ["one app's source", () => appendFileSync(path.join(dir, 'apps/app-07/src/main.js'), '// change\n')],
    ['a shared local package', () => appendFileSync(path.join(dir, 'packages/shared-4/index.js'), '// change\n')],
    ['a root lockfile entry (picocolors)', bumpLock],
    ['documentation only', () => writeFileSync(path.join(dir, 'NOTES.md'), 'notes\n')],
    [
      "the config's top level",
      () =>
        writeFileSync(
          path.join(dir, 'artifact-build.yml'),
          readFileSync(path.join(dir, 'artifact-build.yml'), 'utf8').replace('/scale', '/scale2'),
        ),
    ],
  ];
  const rows = [];
  for (const [name, change] of scenarios) {
    change();
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', name);
    const samples = [];
    let planned = 0;
    for (let r = 0; r < RUNS; r++) {
      const { ms, stdout } = timed(dir, ['plan', '--since', 'HEAD~1']);
      samples.push(ms);
      planned = JSON.parse(stdout).include.length;
    }
    rows.push({ name, planned, ...stats(samples) });
  }
  return rows;
}

const PHASES = ['restore', 'install', 'save', 'build', 'prune', 'validate', 'smoke', 'image', 'push'];

/** A plausible job's result: the phases of a cached build, the job starting within a minute. */
function resultFile(i) {
  let at = 2;
  const phases = PHASES.map((name) => {
    const seconds = name === 'install' || name === 'save' ? 0 : 2 + ((i * 7 + name.length) % 40);
    const record = { name, start: at, end: at + seconds, status: seconds === 0 ? 'skipped' : 'ok' };
    at += seconds + 0.1;
    return record;
  });
  const buildPhase = /** @type {{ start: number, end: number }} */ (phases.find((p) => p.name === 'build'));
  const target = {
    name: appName(i),
    status: 'ok',
    start: 1,
    end: at,
    phases,
    cacheHit: true,
    userSeconds: buildPhase.end - buildPhase.start,
    image: {
      image: `ghcr.io/acme/${appName(i)}`,
      tags: [`ghcr.io/acme/${appName(i)}:sha-1234567`],
      digest: `sha256:${'a'.repeat(64)}`,
      size: 120e6 + i * 1e6,
      pushed: true,
    },
    baseline: {
      cold: {
        seconds: 300 + i,
        samples: 2,
        min: 295 + i,
        max: 305 + i,
        source: 'recorded',
        recordedAt: '2026-01-01T00:00:00Z',
        imageSize: 900e6,
      },
      cached: {
        seconds: 120 + i,
        samples: 2,
        min: 118 + i,
        max: 122 + i,
        source: 'recorded',
        recordedAt: '2026-01-01T00:00:00Z',
      },
      comparedWith: 'cached',
    },
  };
  const run = {
    startedAt: new Date(Date.UTC(2026, 0, 2, 10, 0, i % 60)).toISOString(),
    seconds: at + 1,
    engine: 'buildx',
    pushed: true,
    targets: [target],
  };
  return { format: 'artifact-docker-build/result@1', images: {}, timings: {}, run };
}

function measureReport() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'adb-scale-results-'));
  for (let i = 0; i < APPS; i++) {
    mkdirSync(path.join(dir, `result-${appName(i)}`));
    writeFileSync(
      path.join(dir, `result-${appName(i)}`, `result-build-${appName(i)}.json`),
      JSON.stringify(resultFile(i)),
    );
  }
  const samples = [];
  let bytes = 0;
  for (let r = 0; r < RUNS; r++) {
    samples.push(timed(dir, ['report', dir, '--summary', path.join(dir, 'summary.md')]).ms);
    bytes = readFileSync(path.join(dir, 'summary.md')).length;
  }
  rmSync(dir, { recursive: true, force: true });
  return { ...stats(samples), bytes };
}

// ---- the cache budget -------------------------------------------------------------------------

const MB = 1e6;
const GB = 1e9;
/**
 * Entry sizes as zstd archives, measured on this machine from the fixtures' entries: a NestJS
 * API's node_modules 10.9 MB and its production layer 2.2 MB; a Next.js app's node_modules
 * 80.6 MB, its production layer 90.2 MB and its .next/cache 3.2 MB. Records (production tree,
 * baseline) are under 10 kB.
 */
const KINDS = {
  api: { nodeModules: 10.9 * MB, layer: 2.2 * MB, next: 0 },
  web: { nodeModules: 80.6 * MB, layer: 90.2 * MB, next: 3.2 * MB },
};
const RECORD = 0.01 * MB;

function budget(layout) {
  const apps = Array.from({ length: APPS }, (_, i) => (i % 2 === 0 ? 'api' : 'web'));
  const entries = [];
  if (layout === 'standalone')
    apps.forEach((k, i) => entries.push({ what: 'node_modules', app: i, bytes: KINDS[k].nodeModules }));
  // one root install: the union of the apps' dependencies, which is one API's and one web app's
  // (the generated apps share their versions); real monorepos add what their apps do not share
  else entries.push({ what: 'node_modules', app: 'root', bytes: KINDS.api.nodeModules + KINDS.web.nodeModules });
  apps.forEach((k, i) => {
    entries.push({ what: 'production layer', app: i, bytes: KINDS[k].layer });
    entries.push({ what: 'records', app: i, bytes: 2 * RECORD });
    if (KINDS[k].next) entries.push({ what: '.next/cache', app: i, bytes: KINDS[k].next });
  });
  const sum = (what) => entries.filter((e) => e.what === what).reduce((s, e) => s + e.bytes, 0);
  return {
    entries: entries.length,
    bytes: entries.reduce((s, e) => s + e.bytes, 0),
    byKind: ['node_modules', 'production layer', '.next/cache', 'records'].map((w) => ({
      what: w,
      count: entries.filter((e) => e.what === w).length,
      bytes: sum(w),
    })),
  };
}

/**
 * A week of builds against GitHub's rules: an entry unused for 7 days goes, and beyond 10 GB the
 * least recently used go first. Each workday: 8 pull requests touching one app each (their
 * entries are scoped to the PR's ref; a PR that changes a lockfile saves a new node_modules entry
 * there), 8 merges to main building that app again, one lockfile update on main every other day.
 * Seeded, so the run repeats.
 */
function simulate(layout) {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const apps = Array.from({ length: APPS }, (_, i) => (i % 2 === 0 ? 'api' : 'web'));
  const cache = new Map(); // key -> { bytes, used, scope, what }
  const evicted = { lru: new Map(), stale: new Map() };
  let peak = 0;
  let lockRevision = Array(APPS).fill(0);
  let rootRevision = 0;
  let misses = 0;
  let builds = 0;
  const touch = (key, bytes, now, what) => {
    const hit = cache.has(key);
    if (!hit) cache.set(key, { bytes, used: now, what });
    else cache.get(key).used = now;
    return hit;
  };
  const enforce = (now) => {
    for (const [key, e] of cache)
      if (now - e.used > 7 * 24) {
        cache.delete(key);
        evicted.stale.set(e.what, (evicted.stale.get(e.what) ?? 0) + 1);
      }
    let total = [...cache.values()].reduce((s, e) => s + e.bytes, 0);
    peak = Math.max(peak, total);
    const byAge = [...cache.entries()].sort((a, b) => a[1].used - b[1].used);
    while (total > 10 * GB && byAge.length > 0) {
      const [key, e] = /** @type {[string, { bytes: number, used: number, what: string }]} */ (byAge.shift());
      cache.delete(key);
      total -= e.bytes;
      evicted.lru.set(e.what, (evicted.lru.get(e.what) ?? 0) + 1);
    }
  };
  const build = (i, scope, now, lockChanged) => {
    builds++;
    const k = apps[i];
    const nm = layout === 'standalone' ? `nm-${i}-${lockRevision[i]}` : `nm-root-${rootRevision}`;
    const nmBytes = layout === 'standalone' ? KINDS[k].nodeModules : KINDS.api.nodeModules + KINDS.web.nodeModules;
    // a branch reads its own entries and the default branch's
    const hit = cache.has(`main:${nm}`) || cache.has(`${scope}:${nm}`);
    if (hit) touch(cache.has(`${scope}:${nm}`) ? `${scope}:${nm}` : `main:${nm}`, nmBytes, now, 'node_modules');
    else {
      misses++;
      touch(`${scope}:${nm}`, nmBytes, now, 'node_modules');
    }
    touch(
      `${scope}:layer-${i}-${layout === 'standalone' ? lockRevision[i] : rootRevision}`,
      KINDS[k].layer,
      now,
      'production layer',
    );
    if (KINDS[k].next) touch(`${scope}:next-${i}-${now}`, KINDS[k].next, now, '.next/cache');
    void lockChanged;
  };
  // the first week's start: main builds every app once
  apps.forEach((_, i) => build(i, 'main', 0));
  for (let day = 0; day < 14; day++) {
    if (day % 7 >= 5) continue;
    for (let n = 0; n < 8; n++) {
      const now = day * 24 + 9 + n;
      const i = Math.floor(random() * APPS);
      const lockChange = n === 0 && day % 2 === 0;
      if (lockChange) {
        if (layout === 'standalone') lockRevision[i]++;
        else rootRevision++;
      }
      if (lockChange && layout === 'root') apps.forEach((_, j) => build(j, `pr${day}-${n}`, now));
      else build(i, `pr${day}-${n}`, now);
      enforce(now);
      if (lockChange && layout === 'root') apps.forEach((_, j) => build(j, 'main', now + 0.5));
      else build(i, 'main', now + 0.5);
      enforce(now + 0.5);
    }
  }
  return {
    peak,
    misses,
    builds,
    lru: Object.fromEntries(evicted.lru),
    stale: Object.fromEntries(evicted.stale),
    left: cache.size,
  };
}

const dir = generate();
try {
  const startup = stats(Array.from({ length: RUNS }, () => timed(dir, ['--version']).ms));
  const plan = measurePlan(dir);
  const report = measureReport();
  const out = [];
  out.push(
    `Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), Node ${process.version}; ${RUNS} runs each, wall time of the CLI process.`,
    '',
  );
  out.push(
    `Starting the CLI alone (\`--version\`, the same ${(readFileSync(CLI).length / 1e6).toFixed(1)} MB bundle): median ${seconds(startup.median)}, min ${seconds(startup.min)}, max ${seconds(startup.max)}.`,
    '',
  );
  out.push(
    `### plan --since on ${APPS} apps and ${SHARED} shared packages`,
    '',
    '| change | targets planned | median | min | max |',
    '|---|---:|---:|---:|---:|',
  );
  for (const r of plan)
    out.push(`| ${r.name} | ${r.planned} | ${seconds(r.median)} | ${seconds(r.min)} | ${seconds(r.max)} |`);
  out.push(
    '',
    `### report merging ${APPS} result files`,
    '',
    '| median | min | max | summary |',
    '|---:|---:|---:|---:|',
  );
  out.push(
    `| ${seconds(report.median)} | ${seconds(report.min)} | ${seconds(report.max)} | ${(report.bytes / 1000).toFixed(0)} kB of markdown |`,
  );
  for (const layout of ['standalone', 'root']) {
    const b = budget(layout);
    out.push(
      '',
      `### cache entries after one build of every app: ${layout === 'root' ? 'one root lockfile' : 'a lockfile per app'}`,
      '',
      '| entry | count | bytes |',
      '|---|---:|---:|',
    );
    for (const k of b.byKind) out.push(`| ${k.what} | ${k.count} | ${(k.bytes / MB).toFixed(1)} MB |`);
    out.push(`| **total** | **${b.entries}** | **${(b.bytes / GB).toFixed(2)} GB** |`);
    const s = simulate(layout);
    out.push(
      '',
      `Two weeks simulated: ${s.builds} builds, ${s.misses} node_modules misses, peak ${(s.peak / GB).toFixed(2)} GB; evicted beyond 10 GB (least recently used): ${JSON.stringify(s.lru)}; unused for 7 days: ${JSON.stringify(s.stale)}.`,
    );
  }
  console.log(out.join('\n'));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
