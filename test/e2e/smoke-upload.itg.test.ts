import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasDocker, REGISTRY } from '../support/docker.js';
import { cleanEnv, CLI_BUNDLE, FIXTURES, runNode } from '../support/fixture.js';
import { registryTags } from '../support/registry.js';

/**
 * The daemonless engine with a daemon at hand and a push to follow: the blobs go up while the
 * smoke test runs and the tags move only once it passed. Two targets on one smoke port take
 * turns. Against the real engine and the registry on 127.0.0.1:5000.
 */

interface CliJson {
  images: Record<string, { digest: string | null; tags: string[] }>;
}

/** A repository holding one copy of the fixture app per target, every target on `port`. */
function repository(targets: string[], registry: string, port: number, smokePath = '/health'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'adb-smoke-upload-'));
  const lines = ['version: 1', `registry: ${registry}`, `concurrency: ${targets.length}`, 'targets:'];
  for (const name of targets) {
    cpSync(path.join(FIXTURES, 'app'), path.join(dir, name), {
      recursive: true,
      filter: (src) => !['node_modules', 'dist', 'artifact-build.yml'].includes(path.basename(src)),
    });
    lines.push(
      `  ${name}:`,
      `    context: ${name}`,
      '    artifacts: [package.json, node_modules, dist]',
      '    build: npm run build',
      `    image: ${name}`,
      '    tags: [latest]',
      `    build-args: { BASE_IMAGE: ${REGISTRY}/node:20-slim }`,
      `    smoke: { port: ${port}, path: ${smokePath}, timeout: 8 }`,
    );
  }
  writeFileSync(path.join(dir, 'artifact-build.yml'), `${lines.join('\n')}\n`);
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=ci', '-c', 'user.email=ci@example.com', ...args], { cwd: dir });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'apps');
  return dir;
}

describe.runIf(hasDocker)('oci engine: blobs during the smoke test, tags after it', () => {
  const namespace = `smoke-upload-${randomBytes(4).toString('hex')}`;
  const registry = `${REGISTRY}/${namespace}`;
  const dirs: string[] = [];
  let home: string;

  beforeAll(() => {
    home = mkdtempSync(path.join(os.tmpdir(), 'adb-smoke-upload-home-'));
    dirs.push(home);
  });
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  const cli = (dir: string, args: string[]) =>
    runNode(CLI_BUNDLE, ['--engine', 'oci', '--baseline', 'off', '--json', '--push', ...args], {
      cwd: dir,
      env: cleanEnv({ XDG_CACHE_HOME: home }),
      timeoutMs: 420_000,
    });

  it('the smoke test fails: no tag exists in the registry, though the blobs went up', async () => {
    const dir = repository(['broken'], `${registry}/failing`, 18491, '/not-there');
    dirs.push(dir);
    const summary = path.join(dir, 'summary.md');
    const run = await cli(dir, ['--summary', summary]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(
      /broken failed in smoke: \S+artifact-build\.yml:\d+:\d+: smoke test: http:\/\/127\.0\.0\.1:18491\/not-there did not answer 2xx/,
    );
    expect(run.stderr).toMatch(/uploading \d+ blobs while the gates run/);
    // the upload ran beside the smoke test and finished: the blobs are there, unreferenced
    expect(run.stderr).toMatch(/failing\/broken: \d+ blobs: \d+ uploaded/);
    const repo = `${namespace}/failing/broken`;
    // what a pull asks for: the tag's manifest
    const manifest = await fetch(`http://${REGISTRY}/v2/${repo}/manifests/latest`, {
      headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
    });
    expect(manifest.status).toBe(404);
    expect(await registryTags(`${REGISTRY}/${repo}`)).toEqual([]);
    expect((JSON.parse(run.stdout) as CliJson).images.broken?.digest ?? null).toBeNull();
  });

  it('two targets on one smoke port take turns; both pass, are pushed, and the summary says what ran', async () => {
    const dir = repository(['one', 'two'], `${registry}/passing`, 18492);
    dirs.push(dir);
    const summary = path.join(dir, 'summary.md');
    const run = await cli(dir, ['--summary', summary]);
    expect(run.code, run.stderr).toBe(0);
    const images = (JSON.parse(run.stdout) as CliJson).images;
    for (const name of ['one', 'two']) {
      expect(images[name]?.digest, name).toMatch(/^sha256:/);
      expect(await registryTags(`${REGISTRY}/${namespace}/passing/${name}`)).toContain('latest');
    }
    expect(run.stderr).not.toMatch(/already answers on port/);
    const markdown = readFileSync(summary, 'utf8');
    const ran =
      /smoke test ran the image after loading \d+ of \d+ layers \([\d.]+ [kM]?B compressed\) into the daemon: http:\/\/127\.0\.0\.1:18492\/health answered 200/g;
    expect(markdown.match(ran), markdown).toHaveLength(2);
  });
});
