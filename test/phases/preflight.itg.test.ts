import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EngineName } from '../../src/config/types.js';
import { DaemonImages } from '../../src/daemon-images.js';
import { createRunner } from '../../src/exec.js';
import { MemoryLogger } from '../../src/log.js';
import { preflightTarget, type PreflightFacts } from '../../src/phases/preflight.js';
import { preflightRegistry } from '../../src/setup.js';
import { appTree, targetFor } from '../validate/support.js';
import { AUTH_REGISTRY, REGISTRY, hasDocker } from '../support/docker.js';

/**
 * The preflight against the real engine and registries: the base image's config read where the
 * engine reads it (ONBUILD triggers refused, its ENV known), an unreachable base or registry
 * login named, a port in use found, all before anything is installed.
 */
const BASE = `${REGISTRY}/node:20-slim`;
const ONBUILD_IMAGE = `${REGISTRY}/adb-preflight-onbuild:${process.pid}`;
const ENV_IMAGE = `${REGISTRY}/adb-preflight-env:${process.pid}`;

describe.runIf(hasDocker)('preflightTarget', () => {
  const run = createRunner(new MemoryLogger());
  let dockerConfig: string;
  // one run's shared daemon answers per check, as a pipeline run has
  const deps = () => ({
    run,
    registry: preflightRegistry(run, new MemoryLogger(), dockerConfig),
    daemonImages: new DaemonImages(run),
  });
  const facts = (engine: EngineName, more: Partial<PreflightFacts> = {}): PreflightFacts => ({
    engine,
    daemon: true,
    push: false,
    buildPlatform: 'linux/amd64',
    repositoryRoot: os.tmpdir(),
    ...more,
  });

  beforeAll(() => {
    // an empty docker config: no login anywhere, whatever the machine has
    dockerConfig = mkdtempSync(path.join(os.tmpdir(), 'adb-preflight-docker-'));
    const dir = mkdtempSync(path.join(os.tmpdir(), 'adb-preflight-images-'));
    writeFileSync(path.join(dir, 'Dockerfile.onbuild'), `FROM ${BASE}\nONBUILD RUN echo pwned > /tmp/pwned\n`);
    writeFileSync(path.join(dir, 'Dockerfile.env'), `FROM ${BASE}\nENV OUT=dist\n`);
    for (const [file, tag] of [
      ['Dockerfile.onbuild', ONBUILD_IMAGE],
      ['Dockerfile.env', ENV_IMAGE],
    ] as const) {
      execFileSync('docker', ['build', '--network', 'host', '-q', '-f', path.join(dir, file), '-t', tag, dir], {
        stdio: 'pipe',
      });
      execFileSync('docker', ['push', '-q', tag], { stdio: 'pipe' });
    }
    rmSync(dir, { recursive: true, force: true });
  }, 180_000);

  afterAll(() => {
    rmSync(dockerConfig, { recursive: true, force: true });
    execFileSync('docker', ['image', 'rm', '-f', ONBUILD_IMAGE, ENV_IMAGE], { stdio: 'pipe' });
  });

  it.each(['oci', 'docker'] as const)('passes the fixture app with a base the %s engine can read', async (engine) => {
    const app = appTree({ buildArgs: { BASE_IMAGE: BASE } });
    const report = await preflightTarget(app.target, facts(engine), deps());
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.dockerfile?.instructions.map((i) => i.keyword)).toContain('copy');
  });

  it.each(['oci', 'docker'] as const)(
    'refuses a base image with ONBUILD triggers, read by the %s engine',
    async (engine) => {
      const app = appTree({ buildArgs: { BASE_IMAGE: ONBUILD_IMAGE } });
      const report = await preflightTarget(app.target, facts(engine), deps());
      expect(report.ok).toBe(false);
      const found = report.findings.find((f) => f.message.includes('ONBUILD triggers'));
      expect(found?.message).toContain('RUN echo pwned > /tmp/pwned');
      expect(found?.location?.line).toBeGreaterThan(0);
    },
  );

  it('knows the base image ENV a COPY expands, and refuses the COPY when the base does not set it', async () => {
    const app = appTree({ buildArgs: { BASE_IMAGE: ENV_IMAGE } });
    app.write(
      'Dockerfile',
      'ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\nWORKDIR /app\nCOPY package.json ./\nCOPY node_modules ./node_modules\nCOPY $OUT ./dist\n',
    );
    expect((await preflightTarget(app.target, facts('oci'), deps())).ok).toBe(true);
    const plain = appTree({ buildArgs: { BASE_IMAGE: BASE } });
    plain.write('Dockerfile', 'ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\nCOPY $OUT ./dist\n');
    const report = await preflightTarget(plain.target, facts('oci'), deps());
    expect(report.findings.map((f) => f.message).join('\n')).toContain('$OUT, which this Dockerfile does not declare');
  });

  it('names a base image that is in no registry, quickly, for the oci engine (which has no daemon to ask)', async () => {
    const app = appTree({ buildArgs: { BASE_IMAGE: 'local/node:20-slim-nowhere' } });
    app.write('Dockerfile', 'ARG BASE_IMAGE\nFROM 127.0.0.1:1/nothing/here:1\nCOPY dist /app/\n');
    const started = performance.now();
    const report = await preflightTarget(app.target, facts('oci'), deps());
    const seconds = (performance.now() - started) / 1000;
    const found = report.findings.find((f) => f.check === 'base-image');
    expect(found?.message).toContain('the base image 127.0.0.1:1/nothing/here:1 cannot be read from 127.0.0.1:1');
    expect(found?.location?.line).toBe(2);
    // a refused connection is retried once, not as a push would be
    expect(seconds).toBeLessThan(10);
  });

  it('reads a base only the daemon has (local/node:20-slim) for the oci engine, as for docker', async () => {
    const app = appTree({ buildArgs: { BASE_IMAGE: 'local/node:20-slim' } });
    const report = await preflightTarget(app.target, facts('oci'), deps());
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.base?.env.PATH).toBe('/usr/bin:/bin');
  });

  it('names a base in neither the daemon nor a registry, with the reference it tried and where it looked', async () => {
    const image = `adb-preflight-nowhere/node:${process.pid}`;
    const app = appTree({ buildArgs: { BASE_IMAGE: image } });
    const report = await preflightTarget(app.target, facts('oci'), deps());
    const found = report.findings.find((f) => f.check === 'base-image');
    expect(found?.message).toContain(
      `the base image ${image} (docker.io/${image}) cannot be read from registry-1.docker.io`,
    );
    expect(found?.message).toContain(
      `looked in the Docker daemon (\`docker image inspect ${image}\`: no such image) and in the registry`,
    );
    // the FROM line of the fixture's Dockerfile
    expect(found?.location?.line).toBeGreaterThan(0);
  });

  it('refuses a push to a registry that asks for a login this machine does not have; no push, no question', async () => {
    const app = appTree({ image: `${AUTH_REGISTRY}/adb-preflight/app` });
    const pushing = await preflightTarget(app.target, facts('oci', { push: true }), deps());
    expect(pushing.findings.find((f) => f.check === 'credentials')?.message).toContain(
      `pushes to ${AUTH_REGISTRY}, which refuses this machine's credentials`,
    );
    const notPushing = await preflightTarget(app.target, facts('oci', { push: false }), deps());
    expect(notPushing.findings.filter((f) => f.check === 'credentials')).toEqual([]);
  });

  it('finds the smoke port in use', async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as net.AddressInfo).port;
    try {
      const app = appTree({ smoke: { port, path: '/health', timeout: 5, env: {} } });
      const report = await preflightTarget(app.target, facts('oci'), deps());
      expect(report.findings.find((f) => f.check === 'smoke-port')?.message).toContain(
        `port ${port} of target \`app\` is already in use`,
      );
    } finally {
      server.close();
    }
  });

  it('does not take two targets that share a free smoke port, checked side by side, for a port in use', async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as net.AddressInfo).port;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const smoke = { port, path: '/health', timeout: 5, env: {} };
    const [one, two] = [appTree({ smoke }), appTree({ smoke })];
    const reports = await Promise.all([
      preflightTarget(one.target, facts('oci'), deps()),
      preflightTarget(two.target, facts('oci'), deps()),
    ]);
    for (const report of reports) expect(report.findings.filter((f) => f.check === 'smoke-port')).toEqual([]);
  });

  it("says once that the repository's .dockerignore is not used, and does not fail on it", async () => {
    const app = appTree();
    app.remove('Dockerfile.dockerignore');
    app.write('.dockerignore', 'node_modules\ndist\n.next\n');
    const report = await preflightTarget(app.target, facts('oci'), deps());
    expect(report.findings.filter((f) => f.check === 'dockerignore')).toEqual([]);
    expect(report.notes).toEqual([expect.stringContaining('.dockerignore is not used for the staged context')]);
  });

  it('refuses a declared artifact that is missing and no build output (git tracks its place), when nothing builds it', async () => {
    const app = appTree({ build: [], artifacts: ['package.json', 'node_modules', 'dist', 'prisma'] });
    execFileSync('git', ['init', '-q'], { cwd: app.dir });
    app.write('.gitignore', 'node_modules/\ndist/\n');
    const report = await preflightTarget(app.target, facts('oci'), deps());
    const missing = report.findings.filter((f) => f.check === 'artifacts');
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ severity: 'error' });
    expect(missing[0]!.message).toContain(
      'the artifact `prisma` of target `app` does not exist, and git does not ignore it',
    );
  });

  /** an app whose `generated` and `out` are build outputs git ignores, none of them built yet */
  function unbuiltApp(build: string[], scripts: Record<string, string>) {
    const app = appTree({ build, artifacts: ['package.json', 'node_modules', 'dist', 'generated', 'out/site'] });
    execFileSync('git', ['init', '-q'], { cwd: app.dir });
    app.write('.gitignore', 'node_modules/\ndist/\ngenerated/\nout/\n');
    app.remove('node_modules');
    app.write('package.json', JSON.stringify({ name: 'fixture-app', version: '1.0.0', scripts }, null, 2));
    return app;
  }

  it('refuses build outputs that nothing will write (no build commands) before any work, naming the build script', async () => {
    const app = unbuiltApp([], { build: 'tsc', start: 'node dist/server.js' });
    const report = await preflightTarget(app.target, facts('oci'), deps());
    expect(report.ok).toBe(false);
    // node_modules is the install's to make; dist exists
    expect(report.findings.filter((f) => f.check === 'artifacts')).toEqual([
      expect.objectContaining({
        severity: 'error',
        message:
          'the artifacts `generated`, `out/site` of target `app` are build outputs that do not exist yet, and the target has no build commands (`build` is empty) to write them: add them under `build` (package.json has a `build` script: `build: npm run build`).',
      }),
    ]);
  });

  it('only warns when install scripts could write them, and says nothing once build commands are declared', async () => {
    const scripted = unbuiltApp([], { postinstall: 'node gen.js' });
    const warned = await preflightTarget(scripted.target, facts('oci'), deps());
    expect(warned.findings.filter((f) => f.check === 'artifacts')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringContaining('only its install scripts (postinstall) could write them'),
      }),
    ]);
    expect(warned.findings.find((f) => f.check === 'artifacts')!.message).not.toContain('package.json has');

    const workspace = mkdtempSync(path.join(os.tmpdir(), 'adb-preflight-ws-'));
    try {
      cpSync(path.join('fixtures', 'workspaces', 'npm'), workspace, { recursive: true });
      execFileSync('git', ['init', '-q'], { cwd: workspace });
      writeFileSync(path.join(workspace, '.gitignore'), 'node_modules/\ndist/\n');
      const root = JSON.parse(readFileSync(path.join(workspace, 'package.json'), 'utf8')) as object;
      // the root's install script may build the apps: then only a warning
      writeFileSync(
        path.join(workspace, 'package.json'),
        JSON.stringify({ ...root, scripts: { postinstall: 'npm run build --workspaces' } }),
      );
      const member = targetFor(path.join(workspace, 'apps', 'api'), { build: [], artifacts: ['package.json', 'dist'] });
      const report = await preflightTarget(member, facts('oci', { repositoryRoot: workspace }), deps());
      expect(report.findings.filter((f) => f.check === 'artifacts')).toEqual([
        expect.objectContaining({
          severity: 'warning',
          message: expect.stringContaining(
            "only its install scripts (the workspace root's postinstall) could write it",
          ),
        }),
      ]);
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }

    const built = unbuiltApp(['npm run build'], { build: 'tsc' });
    const report = await preflightTarget(built.target, facts('oci'), deps());
    expect(report.findings.filter((f) => f.check === 'artifacts')).toEqual([]);
  });
});
