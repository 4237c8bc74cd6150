import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImagesOutput, TimingsOutput } from '../../src/report/outputs.js';
import { hasDocker } from '../support/docker.js';
import { checkoutFixture, cleanEnv, CLI_BUNDLE, docker, FIXTURES, runNode, waitForHttp } from '../support/fixture.js';

interface CliJson {
  images: ImagesOutput;
  timings: TimingsOutput;
}

describe.runIf(hasDocker)('several targets side by side', () => {
  const cleanups: (() => void)[] = [];
  afterAll(() => cleanups.forEach((c) => c()));
  const home = mkdtempSync(path.join(os.tmpdir(), 'adb-multi-home-'));
  const cli = (cwd: string, args: string[]) =>
    runNode(CLI_BUNDLE, args, { cwd, env: cleanEnv({ XDG_CACHE_HOME: home }) });
  /** the first build of the monorepo, whose cache entries the later tests start from */
  let first: { sha: string; stderr: string } | undefined;

  it('builds the monorepo backend and frontend; both images answer on the host network', async () => {
    const checkout = checkoutFixture('monorepo');
    cleanups.push(checkout.cleanup);
    const run = await cli(checkout.dir, ['--json', '--baseline', 'off']);
    expect(run.code, run.stderr).toBe(0);
    first = { sha: checkout.sha, stderr: run.stderr };
    const out = JSON.parse(run.stdout) as CliJson;
    expect(Object.keys(out.timings.targets).sort()).toEqual(['backend', 'frontend']);
    for (const name of ['backend', 'frontend']) {
      expect(out.timings.targets[name]!.phases.build, name).toBeGreaterThan(0);
      expect(out.timings.targets[name]!.phases.smoke, name).toBeGreaterThan(0);
    }
    // side by side: the wall time is less than the two targets' times added up
    expect(out.timings.total).toBeLessThan(out.timings.targets.backend!.total + out.timings.targets.frontend!.total);
    // interleaved logs stay readable: every target's lines carry its name
    expect(run.stderr).toMatch(/^\[backend\] \$ npm run generate$/m);
    expect(run.stderr).toMatch(/^\[frontend\] \$ npm run build$/m);

    const backend = docker(
      'run',
      '--detach',
      '--network',
      'host',
      '--env',
      'PORT=14400',
      '--env',
      'DATABASE_URL=postgres://db/app',
      out.images.backend!.tags[0]!,
    );
    const frontend = docker(
      'run',
      '--detach',
      '--network',
      'host',
      '--env',
      'PORT=14300',
      out.images.frontend!.tags[0]!,
    );
    try {
      const health = await waitForHttp('http://127.0.0.1:14400/health', 60_000);
      expect(health.status).toBe(200);
      const body = JSON.parse(health.body) as { services?: Record<string, unknown> };
      expect(JSON.stringify(body)).toContain('not configured');
      expect(JSON.stringify(body.services ?? body)).toMatch(/database[^}]*configured/);
      const page = await waitForHttp('http://127.0.0.1:14300/', 60_000);
      expect(page.status).toBe(200);
      expect(page.body).toMatch(/<html/i);
    } finally {
      docker('rm', '--force', backend, frontend);
    }
  });

  it('a later commit that changes a page restores .next/cache from the first build and saves its own', async () => {
    expect(first, 'runs after the first build').toBeDefined();
    // the frontend only (the backend uses no Next.js) starts cold and saves under its commit
    expect(first!.stderr).toMatch(
      /^\[frontend\] no \.next\/cache entry starting with adb-v1-next-\S+: next build starts cold$/m,
    );
    expect(first!.stderr).toMatch(
      new RegExp(`^\\[frontend\\] saved \\.next/cache as adb-v1-next-\\S+-${first!.sha}$`, 'm'),
    );
    expect(first!.stderr).not.toMatch(/^\[backend\] .*\.next\/cache/m);

    const checkout = checkoutFixture('monorepo');
    cleanups.push(checkout.cleanup);
    const page = path.join(checkout.dir, 'apps', 'frontend', 'app', 'page.js');
    writeFileSync(page, `${readFileSync(page, 'utf8')}\n// changed\n`);
    execFileSync(
      'git',
      ['-c', 'user.name=ci', '-c', 'user.email=ci@example.com', 'commit', '-q', '-am', 'change the page'],
      { cwd: checkout.dir },
    );
    const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: checkout.dir, encoding: 'utf8' }).trim();

    const run = await cli(checkout.dir, ['--target', 'frontend', '--baseline', 'off']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(
      new RegExp(
        `^restored \\.next/cache from the local directory in \\d+\\.\\d s: nearest entry adb-v1-next-\\S+-${first!.sha} \\(no entry \\S+-${sha} yet\\)$`,
        'm',
      ),
    );
    expect(run.stderr).toMatch(new RegExp(`^saved \\.next/cache as adb-v1-next-\\S+-${sha}$`, 'm'));
  });

  it('a target whose build fails does not hide the other: both are reported, the run fails', async () => {
    // two copies of the small app side by side, the second one broken
    const checkout = checkoutFixture('app');
    cleanups.push(checkout.cleanup);
    for (const name of ['good', 'broken'])
      cpSync(path.join(FIXTURES, 'app'), path.join(checkout.dir, name), {
        recursive: true,
        filter: (src) => !/node_modules|dist$/.test(src),
      });
    writeFileSync(path.join(checkout.dir, 'broken', 'src', 'broken.ts'), 'export const n: number = "x";\n');
    const single = readFileSync(path.join(checkout.dir, 'artifact-build.yml'), 'utf8');
    const target = (name: string): string =>
      single
        .slice(single.indexOf('  app:'))
        .replace('  app:', `  ${name}:`)
        .replace('context: .', `context: ${name}`)
        .replace(/image: .*/, `image: multi-${name}`);
    writeFileSync(
      path.join(checkout.dir, 'artifact-build.yml'),
      `version: 1\nconcurrency: 2\ntargets:\n${target('good')}${target('broken')}`,
    );
    const summary = path.join(checkout.dir, 'summary.md');
    const run = await cli(checkout.dir, ['--json', '--baseline', 'off', '--summary', summary]);
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as CliJson;
    expect(out.timings.targets.good!.phases.image).toBeGreaterThan(0);
    expect(out.timings.targets.broken!.phases.build).toBeGreaterThan(0);
    expect(out.timings.targets.broken!.phases.image).toBeUndefined();
    expect(out.images.good!.tags.length).toBeGreaterThan(0);
    expect(run.stderr).toMatch(/broken failed in build/);
    expect(run.stderr).toMatch(/TS2322/);
    expect(readFileSync(summary, 'utf8')).toMatch(/broken/);
  });
});
