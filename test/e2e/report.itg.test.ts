import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatSeconds } from '../../src/report/format.js';
import { PHASES } from '../../src/report/model.js';
import { runActionBundle } from '../support/action-env.js';
import { startCacheServer, type CacheServer } from '../support/actions-cache-server.js';
import { hasDocker, REGISTRY } from '../support/docker.js';
import { checkoutFixture, cleanEnv, CLI_BUNDLE, commitChange, docker, runNode } from '../support/fixture.js';
import { startGitHubApiServer, type GitHubApiServer } from '../support/github-api-server.js';

/**
 * The timing report end to end: the built action and CLI on fixtures/app, against the local
 * registry, a local Actions cache service and a local GitHub API. The multi-stage baseline is
 * measured once (two cold and two cached builds); every later run reuses the recorded figures or
 * turns them off.
 */

type Run = Awaited<ReturnType<typeof runActionIn>>;

/** a token-shaped secret that must never reach the job log */
const TOKEN = 'ghs_reportTest0123456789abcdefABCDEF';
const MARKER = '<!-- artifact-docker-build:build -->';

function runActionIn(
  ctx: { dir: string; sha: string; runnerTemp: string; cache: CacheServer },
  options: { event?: 'push' | 'pull_request'; inputs?: Record<string, string>; extra?: Record<string, string> } = {},
) {
  return runActionBundle(ctx.dir, {
    workspace: ctx.dir,
    sha: ctx.sha,
    event: options.event ?? 'push',
    runnerTemp: ctx.runnerTemp,
    inputs: { config: 'artifact-build.yml', ...options.inputs },
    extra: { ...ctx.cache.env, ARTIFACT_DOCKER_BUILD_CACHE_TIMEOUT: '10', ...options.extra },
  });
}

/** The markdown tables' header rows: the shape of a summary, whatever its figures. */
function tableHeaders(markdown: string): string[] {
  const lines = markdown.split('\n');
  return lines.filter((line, i) => line.startsWith('| ') && /^\| -/.test(lines[i + 1] ?? ''));
}

/** Every repository the local registry holds, page by page as the Link header leads. */
async function registryCatalog(): Promise<string[]> {
  const all: string[] = [];
  let next: string | undefined = `/v2/_catalog?n=1000`;
  while (next) {
    const response = await fetch(`http://${REGISTRY}${next}`);
    expect(response.status).toBe(200);
    all.push(...((await response.json()) as { repositories: string[] }).repositories);
    next = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1];
  }
  return all;
}

/** The single-target phase table of a summary: label -> seconds, for the rows that ran, and the total. */
function phaseRows(markdown: string): Record<string, number> {
  const table = markdown.slice(markdown.indexOf('| phase |'));
  const rows: Record<string, number> = {};
  for (const line of table.split('\n').slice(2)) {
    const m = /^\| (?:\*\*)?([^|*]+?)(?:\*\*)? \| (?:\*\*|❌ )?([\d.]+) s(?:\*\*)? \|$/.exec(line);
    if (m) rows[m[1]!] = Number(m[2]);
    if (!line.startsWith('|')) break;
  }
  return rows;
}

/** What the speedup must be, from the figures the timings output itself reports. */
function expectedSpeedup(total: number, baseline: number): number {
  return Math.round(((baseline - total) / baseline) * 1000) / 10;
}

describe.runIf(hasDocker)('the timing report of the built action (dist/index.js) and CLI', () => {
  let checkout: ReturnType<typeof checkoutFixture>;
  let cache: CacheServer;
  let github: GitHubApiServer;
  let runnerTemp: string;
  /** the commit the runs build; each push that should build moves it */
  let sha: string;
  let measured: Run;
  let recorded: Run;
  const runAction = (options?: Parameters<typeof runActionIn>[1]) =>
    runActionIn({ dir: checkout.dir, sha, runnerTemp, cache }, options);

  beforeAll(async () => {
    checkout = checkoutFixture('app');
    sha = commitChange(checkout.dir);
    cache = await startCacheServer();
    github = await startGitHubApiServer();
    runnerTemp = mkdtempSync(path.join(os.tmpdir(), 'adb-report-temp-'));
  });

  afterAll(async () => {
    await cache?.close();
    await github?.close();
    checkout?.cleanup();
    if (runnerTemp) rmSync(runnerTemp, { recursive: true, force: true });
  });

  it('baseline: measure builds the multi-stage image once, reports it, and neither pushes nor keeps it', async () => {
    const started = Date.now();
    measured = await runAction({ inputs: { baseline: 'measure' } });
    const elapsed = (Date.now() - started) / 1000;
    const run = measured;
    expect(run.code, run.log).toBe(0);

    // the first run installs: held against the cold build, with the cached one measured beside it
    const app = run.timings!.targets.app!;
    expect(app.baseline).toMatchObject({
      cold: { source: 'measured', samples: 2 },
      cached: { source: 'measured', samples: 2 },
      comparedWith: 'cold',
    });
    expect(app.cacheHit).toBe(false);
    // the cached builds took their dependency stages from the cold build's cache (which is faster depends on the app)
    expect(run.log).toMatch(/Using cache|CACHED/);
    expect(app.baseline!.cold.imageSize).toBeGreaterThan(0);
    expect(run.outputs.speedup).toMatch(/^-?\d+(\.\d)?$/);
    expect(typeof app.speedup).toBe('number');
    expect(run.log).toMatch(/::group::app: baseline \(multi-stage build with .*, 2 × cold and cached\)/);
    expect(run.log.match(/docker build --no-cache --network host --file \S+Dockerfile\.multistage/g)).toHaveLength(2);
    // the legacy builder's first cached build can take a WORKDIR image of another stage (the
    // fixture's stages all start with FROM and WORKDIR /app) and run npm ci again: it says so and
    // builds once more, when the dependency steps come from the cache
    const again = run.log.match(/measuring the cached build once more/g)?.length ?? 0;
    expect(run.log.match(/docker build --network host --file \S+Dockerfile\.multistage/g)).toHaveLength(2 + again);
    expect(run.log).not.toContain('so no cached figure is reported');

    // the step's wall time is what the clock outside says, the baseline measurement included
    expect(run.timings!.total).toBeLessThanOrEqual(elapsed);
    expect(run.timings!.total).toBeGreaterThan(app.total + app.baseline!.cold.seconds * 2);

    const md = run.summary;
    expect(tableHeaders(md)).toEqual([
      '| target | status | time | compared with (multi-stage) | saved | other baseline | cache | image size | packages (production / all) |',
      '| phase | app |',
    ]);
    expect(md).toMatch(
      /^\| \*\*app\*\* \| ✅ ok \| [^|]+ \| cold [^|]+ \(2 samples, [^|]+, measured in this run\) \|/m,
    );
    expect(md).toMatch(
      /^The step took [\dhms. ]+ of wall time \([\dhms. ]+ building, \+ [\dhms. ]+ measuring the baseline, once/m,
    );
    for (const label of [
      'restore cache',
      'install',
      'save cache',
      'build commands',
      'prune dev deps',
      'validate',
      'smoke test',
      'build image',
      'push',
    ]) {
      expect(md).toMatch(new RegExp(`^\\| ${label} \\| [\\d.]+ s \\|$`, 'm'));
    }
    // in the order the phases ran: the image is built before the smoke test runs it
    expect(md.indexOf('| build image |')).toBeLessThan(md.indexOf('| smoke test |'));
    const gantt = /```mermaid\ngantt\n([\s\S]*?)```/.exec(md)?.[1];
    expect(gantt, md).toBeDefined();
    expect(gantt).toMatch(/^ {4}section app$/m);
    // drawn where it ran: after the target's last phase
    const bar =
      /^ {4}section measuring the multi-stage baseline\n {4}app measured [\dhms. ]+ :done, (\d+), (\d+)$/m.exec(gantt!);
    expect(bar, gantt).not.toBeNull();
    const lastPhaseEnd = Math.max(...[...gantt!.matchAll(/ :(?:crit, )?\d+, (\d+)$/gm)].map((m) => Number(m[1])));
    expect(Number(bar![1])).toBeGreaterThanOrEqual(lastPhaseEnd);

    // the image size is what `docker image inspect` says of the pushed tag
    const tag = run.images.app!.tags[0]!;
    expect(run.images.app!.size).toBe(Number(docker('image', 'inspect', '--format', '{{.Size}}', tag)));
    const digest = run.images.app!.digest;
    expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(md).toContain(`digest \`${digest}\``);

    // the baseline image is a measurement: never pushed, removed from the daemon afterwards
    expect((await registryCatalog()).filter((r) => r.includes('adb-baseline'))).toEqual([]);
    const baselineTag = /--tag (adb-baseline\/app:[a-f0-9]+)/.exec(run.log)?.[1];
    expect(baselineTag, run.log).toBeDefined();
    const left = docker('images', '--format', '{{.Repository}}:{{.Tag}}', 'adb-baseline/*').split('\n');
    expect(left).not.toContain(baselineTag);
    expect(docker('images', '--quiet', baselineTag!)).toBe('');
  });

  it('baseline: auto with the same cache reports the recorded figure without rebuilding the multi-stage image', async () => {
    // a later push with other sources: the same baseline Dockerfile and lockfile, a real build
    sha = commitChange(checkout.dir);
    recorded = await runAction({ inputs: { baseline: 'auto' } });
    const run = recorded;
    expect(run.code, run.log).toBe(0);
    const first = measured.timings!.targets.app!.baseline!;
    // node_modules came from the cache: held against the cached multi-stage build
    expect(run.timings!.targets.app!.cacheHit).toBe(true);
    expect(run.timings!.targets.app!.baseline).toEqual({
      cold: { source: 'recorded', seconds: first.cold.seconds, samples: 2, imageSize: first.cold.imageSize },
      cached: { source: 'recorded', seconds: first.cached!.seconds, samples: 2 },
      comparedWith: 'cached',
    });
    expect(run.log).not.toContain('baseline (multi-stage build');
    expect(run.log).not.toContain('docker build --no-cache');
    expect(run.log).toMatch(/baseline: recorded on \d{4}-\d{2}-\d{2} with /);
    expect(run.summary).toMatch(
      /^\| \*\*app\*\* \| ✅ ok \| [^|]+ \| cached [^|]+ \(2 samples, [^|]+, recorded on \d{4}-\d{2}-\d{2}\) \|/m,
    );
    expect(run.summary).not.toContain('measuring the');
  });

  it('the figures add up: phases within the target total, the target within the run, speedup from the two totals', () => {
    for (const run of [measured, recorded]) {
      const timings = run.timings!;
      const app = timings.targets.app!;
      const phaseSum = Object.values(app.phases).reduce((sum, s) => sum + s, 0);
      expect(phaseSum).toBeLessThanOrEqual(app.total + 0.05);
      expect(phaseSum).toBeGreaterThan(0);
      expect(app.total).toBeLessThanOrEqual(timings.total);
      const baseline = app.baseline!;
      const speedup = expectedSpeedup(app.total, baseline[baseline.comparedWith]!.seconds);
      expect(app.speedup).toBe(speedup);
      expect(Number(run.outputs.speedup)).toBe(speedup);
      // the summary shows the same percent as the output, unless the baseline's own spread swallows it
      expect(run.summary).toMatch(new RegExp(`${speedup.toFixed(1)} %|within noise`));

      // the summary's phase rows (with the time between phases) add up to its total, to the tenth,
      // and the gantt bars are labelled with the same figures as the rows
      const rows = phaseRows(run.summary);
      const { total, ...parts } = rows;
      expect(total).toBeGreaterThan(0);
      expect(Math.round(Object.values(parts).reduce((sum, s) => sum + s * 10, 0))).toBe(Math.round(total! * 10));
      for (const [label, seconds] of Object.entries(parts)) {
        if (label === 'setup and waiting') continue;
        expect(run.summary, label).toContain(`    ${label} ${seconds.toFixed(1)} s :`);
      }
    }
  });

  // A pull request pushes nothing, which keeps these runs short; the first one also turns the baseline off.
  const prInputs = { 'pr-comment': 'true', 'github-token': TOKEN };
  const prRun = (baseline: string) =>
    runAction({ event: 'pull_request', inputs: { ...prInputs, baseline }, extra: { GITHUB_API_URL: github.url } });
  let firstPr: Run;

  it('baseline: off reports no baseline and no speedup (a pull request, whose run posts the comment)', async () => {
    firstPr = await prRun('off');
    const run = firstPr;
    expect(run.code, run.log).toBe(0);
    expect(run.timings!.targets.app!.baseline).toBeUndefined();
    expect(run.timings!.targets.app!.speedup).toBeUndefined();
    expect(run.outputs.speedup).toBe('');
    expect(run.summary).toContain('No multi-stage baseline to compare with.');
    expect(run.summary).not.toContain('section measuring');
    expect(github.comments).toHaveLength(1);
    expect(run.log).toMatch(/pr-comment: created /);
  });

  it('pr-comment: one comment however many runs, updated in place; no permission only warns; the token stays out of the log', async () => {
    const firstBody = github.comments[0]!.body;
    const second = await prRun('auto');
    expect(second.code, second.log).toBe(0);

    expect(github.comments).toHaveLength(1);
    const [comment] = github.comments;
    expect(comment!.repository).toBe('acme/fixture');
    expect(comment!.issueNumber).toBe(7);
    expect(comment!.body.startsWith(`${MARKER}\n`)).toBe(true);
    expect(comment!.body).not.toBe(firstBody);
    expect(comment!.body).toContain('| target | status | time | compared with (multi-stage) |');
    expect(comment!.body).toContain('| phase | app |');
    expect(comment!.body).toContain(', recorded on ');
    // against the last successful push to main (the "recorded" run above): its size and time
    const main = recorded.timings!.targets.app!;
    const mainSize = recorded.images.app!.size!;
    const prSize = second.images.app!.size!;
    const sign = (n: number): string => (n > 0 ? '+' : n < 0 ? '-' : '±');
    expect(comment!.body).toMatch(
      new RegExp(
        `^- \\*\\*app\\*\\*: \\*\\*${sign(prSize - mainSize).replace('+', '\\+')}[\\d.]+ k?M?B, [-+±][\\d.]+ s vs main\\*\\* \\(\\\`${sha.slice(0, 7)}\\\`, \\d{4}-\\d{2}-\\d{2}\\): image [\\d.]+ [kMG]?B against [\\d.]+ [kMG]?B, time [\\d.]+ s against ${formatSeconds(main.total)}$`,
        'm',
      ),
    );
    expect(comment!.body).toMatch(/^ {2}- largest layers: `[^`]+` [\d.]+ [kMG]?B \((±0 B|[-+][\d.]+ [kMG]?B|new)\)/m);
    expect(github.requests.map((r) => r.method).filter((m) => m !== 'GET')).toEqual(['POST', 'PATCH']);
    expect(github.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
    expect(second.log).toMatch(/pr-comment: updated http:\/\/127\.0\.0\.1:\d+\/acme\/fixture\/pull\/7#issuecomment-1/);

    github.forbid = true;
    let forbidden: Run;
    try {
      forbidden = await prRun('off');
    } finally {
      github.forbid = false;
    }
    expect(forbidden.code, forbidden.log).toBe(0);
    expect(forbidden.log).toMatch(/::warning::pr-comment: .*403.*permissions: pull-requests: write/);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]!.body).toBe(comment!.body);

    for (const run of [firstPr, second, forbidden]) {
      // the runner consumes ::add-mask:: lines; everywhere else the token must not appear
      const shown = run.log
        .split('\n')
        .filter((line) => line !== `::add-mask::${TOKEN}`)
        .join('\n');
      expect(shown).not.toContain(TOKEN);
      expect(run.summary).not.toContain(TOKEN);
      expect(JSON.stringify(run.outputs)).not.toContain(TOKEN);
    }
  });

  it('a failing build command still writes a summary naming the target and phase, sets timings and exits 1', async () => {
    const broken = path.join(checkout.dir, 'src', 'broken.ts');
    writeFileSync(broken, 'export const answer: number = "forty-two";\n');
    let run: Run;
    try {
      run = await runAction({ inputs: { baseline: 'auto' } });
    } finally {
      rmSync(broken, { force: true });
    }
    expect(run.code, run.log).toBe(1);

    expect(run.summary).toMatch(/^❌ \*\*app\*\* failed in \*\*build commands\*\*: `+.*npm run build/m);
    expect(run.summary).toMatch(/^\| \*\*app\*\* \| ❌ failed in build commands \|/m);
    expect(run.summary).toMatch(/^\| build commands \| ❌ [\d.]+ s \|$/m);
    expect(run.summary).toContain('no image, the target failed');

    const app = run.timings!.targets.app!;
    const ran = Object.keys(app.phases);
    expect(ran).toContain('build');
    const afterBuild = PHASES.slice(PHASES.indexOf('build') + 1);
    expect(ran.filter((p) => (afterBuild as readonly string[]).includes(p))).toEqual([]);
    expect(app.speedup).toBeUndefined();
    expect(run.outputs.speedup).toBe('');
    // a failed target gets no baseline, neither measured nor recorded
    expect(app.baseline).toBeUndefined();
    expect(run.log).not.toMatch(/baseline: recorded|baseline \(multi-stage/);

    expect(run.log).toContain('$ npm run build');
    expect(run.log).toMatch(/src\/broken\.ts\(1,14\): error TS2322/);
    expect(run.log).toMatch(/::error::app failed in build: .*npm run build/);
  });

  it('the CLI writes the same markdown with --summary and prints the aligned tables', async () => {
    const cliCheckout = checkoutFixture('app');
    const home = mkdtempSync(path.join(os.tmpdir(), 'adb-report-cli-'));
    try {
      const summaryFile = path.join(home, 'summary.md');
      const env = cleanEnv({ XDG_CACHE_HOME: home });
      const run = await runNode(
        CLI_BUNDLE,
        ['--baseline', 'off', '--cache-dir', path.join(home, 'cache'), '--summary', summaryFile],
        { cwd: cliCheckout.dir, env },
      );
      expect(run.code, run.stderr).toBe(0);

      const md = readFileSync(summaryFile, 'utf8');
      expect(md.startsWith('## Artifact-first Docker build\n')).toBe(true);
      expect(tableHeaders(md)).toEqual(tableHeaders(measured.summary));
      expect(md).toContain('```mermaid\ngantt\n');

      const lines = run.stdout.split('\n');
      const header = lines.findIndex((line) => /^phase\s+app\s*$/.test(line));
      expect(header, run.stdout).toBeGreaterThan(-1);
      const end = lines.findIndex((line, i) => i > header && line.trim() === '');
      const phaseTable = lines.slice(header, end);
      for (const label of [
        'restore cache',
        'install',
        'save cache',
        'build commands',
        'prune dev deps',
        'validate',
        'smoke test',
        'build image',
        'total',
      ]) {
        expect(
          phaseTable.some((line) => line.startsWith(`${label} `)),
          run.stdout,
        ).toBe(true);
      }
      // aligned: every row as wide as the header, the figures right-aligned to one column
      expect(new Set(phaseTable.map((line) => line.length)).size, phaseTable.join('\n')).toBe(1);
      expect(phaseTable.filter((line) => /\d s/.test(line)).every((line) => / s(\s\(\d+\.\d %\))?$/.test(line))).toBe(
        true,
      );
      expect(run.stdout).toMatch(/^target\s+status\s+time\s+compared with \(multi-stage\)\s+saved/m);
    } finally {
      cliCheckout.cleanup();
      rmSync(home, { recursive: true, force: true });
    }
  });
});
