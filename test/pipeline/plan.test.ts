import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, parseConfig } from '../../src/config/load.js';
import { ConfigError, UsageError } from '../../src/errors.js';
import { checkSingleTargetInputs, planTarget, selectTargets } from '../../src/pipeline/plan.js';
import { PhaseFailure, Timeline, type PhaseOutcome } from '../../src/pipeline/timeline.js';
import type { PhaseName } from '../../src/report/model.js';

const THREE = parseConfig(
  `version: 1
targets:
  backend: { context: apps/backend, artifacts: [dist] }
  frontend: { context: apps/frontend, artifacts: [dist] }
  worker: { context: apps/worker, artifacts: [dist] }
`,
  '/repo/artifact-build.yml',
);

describe('selectTargets', () => {
  it.each([
    { name: 'no names: every target', names: [], expected: ['backend', 'frontend', 'worker'] },
    { name: 'one name', names: ['frontend'], expected: ['frontend'] },
    { name: 'config order, whatever the order asked', names: ['worker', 'backend'], expected: ['backend', 'worker'] },
    { name: 'a name asked twice runs once', names: ['worker', 'worker'], expected: ['worker'] },
  ])('$name', ({ names, expected }) => {
    expect(selectTargets(THREE, names).map((t) => t.name)).toEqual(expected);
  });

  it.each([
    {
      name: 'a typo suggests the nearest',
      names: ['frontent'],
      message:
        'no target "frontent" in /repo/artifact-build.yml; did you mean "frontend"? (targets: backend, frontend, worker)',
    },
    {
      name: 'nothing close lists the targets',
      names: ['backend', 'database'],
      message: 'no target "database" in /repo/artifact-build.yml (targets: backend, frontend, worker)',
    },
  ])('$name', ({ names, message }) => {
    expect(() => selectTargets(THREE, names)).toThrow(UsageError);
    expect(() => selectTargets(THREE, names)).toThrow(message);
  });
});

describe('checkSingleTargetInputs', () => {
  const [backend, frontend] = THREE.targets;
  const TAGS = ['ghcr.io/acme/api:1'];
  const LABELS = { 'org.opencontainers.image.vendor': 'acme' };

  it.each([
    { name: 'tags and labels for one target', targets: [backend!], inputs: { tags: TAGS, labels: LABELS } },
    { name: 'empty tags and labels for two targets', targets: [backend!, frontend!], inputs: { tags: [], labels: {} } },
    { name: 'neither given for two targets', targets: [backend!, frontend!], inputs: {} },
  ])('accepts $name', ({ targets, inputs }) => {
    expect(() => checkSingleTargetInputs(targets, inputs)).not.toThrow();
  });

  it.each([
    {
      name: 'tags for two targets',
      inputs: { tags: TAGS },
      message: 'the `tags` input describes one image but 2 targets run (backend, frontend)',
    },
    {
      name: 'labels for two targets',
      inputs: { labels: LABELS },
      message: 'the `labels` input describes one image but 2 targets run (backend, frontend)',
    },
    {
      name: 'both for two targets',
      inputs: { tags: TAGS, labels: LABELS },
      message: 'the `tags` and `labels` inputs describe one image but 2 targets run',
    },
  ])('refuses $name, naming the inputs and the targets', ({ inputs, message }) => {
    expect(() => checkSingleTargetInputs([backend!, frontend!], inputs)).toThrow(ConfigError);
    expect(() => checkSingleTargetInputs([backend!, frontend!], inputs)).toThrow(message);
  });
});

describe('planTarget', () => {
  let repo: string;

  beforeAll(async () => {
    repo = await mkdtemp(path.join(os.tmpdir(), 'adb-plan-'));
    const app = async (dir: string, name: string, lockfile: string, packageManager?: string): Promise<void> => {
      await mkdir(path.join(repo, dir), { recursive: true });
      await writeFile(path.join(repo, dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', packageManager }));
      await writeFile(path.join(repo, dir, lockfile), '');
      await writeFile(path.join(repo, dir, 'Dockerfile'), 'FROM scratch\nCOPY dist ./dist\n');
    };
    await app('apps/backend', 'backend', 'package-lock.json');
    await app('apps/web', 'web', 'pnpm-lock.yaml', 'pnpm@9.12.0');
    await app('.', 'site', 'yarn.lock');
    await mkdir(path.join(repo, 'apps/empty'), { recursive: true });
    await writeFile(
      path.join(repo, 'artifact-build.yml'),
      `version: 1
targets:
  backend:
    context: apps/backend
    artifacts: [dist]
  web:
    context: apps/web
    install: pnpm install --frozen-lockfile --prefer-offline
    prune: false
    allow-dev-dependencies: true
    artifacts: [.next]
  site:
    context: .
    prune: yarn autoclean --force
    artifacts: [public]
  empty:
    context: apps/empty
    artifacts: [dist]
`,
    );
  });

  afterAll(async () => {
    await rm(repo, { recursive: true, force: true });
  });

  const target = (name: string) =>
    loadConfig(path.join(repo, 'artifact-build.yml')).targets.find((t) => t.name === name)!;

  it.each([
    {
      name: 'npm defaults',
      target: 'backend',
      expected: { pm: 'npm', installCommand: 'npm ci', pruneCommand: 'npm prune --omit=dev', root: 'apps/backend' },
    },
    {
      name: 'the config’s install, prune false',
      target: 'web',
      expected: {
        pm: 'pnpm',
        installCommand: 'pnpm install --frozen-lockfile --prefer-offline',
        pruneCommand: false,
        root: 'apps/web',
      },
    },
    {
      name: 'the config’s prune, the context at the repository root',
      target: 'site',
      expected: {
        pm: 'yarn',
        installCommand: 'yarn install --frozen-lockfile',
        pruneCommand: 'yarn autoclean --force',
        root: '.',
      },
    },
  ])('$name', ({ target: name, expected }) => {
    const plan = planTarget(target(name), repo);
    expect({
      pm: plan.pm.name,
      installCommand: plan.installCommand,
      pruneCommand: plan.pruneCommand,
      root: plan.root,
    }).toEqual(expected);
    expect(plan.pkg.name).toBe(name);
  });

  it('keys the cache by the context relative to the repository, wherever the checkout is', () => {
    expect(planTarget(target('backend'), path.join(repo, 'apps')).root).toBe('backend');
  });

  it('names the context’s line in the config when the context has no package.json', () => {
    expect(() => planTarget(target('empty'), repo)).toThrow(
      `${path.join(repo, 'artifact-build.yml')}:17:14: no package.json in ${path.join(repo, 'apps/empty')}`,
    );
  });
});

describe('planTarget in a workspace', () => {
  let repo: string;
  beforeAll(async () => {
    repo = await mkdtemp(path.join(os.tmpdir(), 'adb-plan-ws-'));
    const write = async (file: string, value: unknown): Promise<void> => {
      await mkdir(path.dirname(path.join(repo, file)), { recursive: true });
      await writeFile(path.join(repo, file), typeof value === 'string' ? value : JSON.stringify(value));
    };
    await write('package.json', { name: 'root', private: true, packageManager: 'pnpm@10.0.0' });
    await write('pnpm-workspace.yaml', "packages: ['apps/*', 'packages/*']\n");
    await write('pnpm-lock.yaml', '');
    await write('apps/api/package.json', {
      name: 'api',
      dependencies: { '@acme/db': 'workspace:*' },
      devDependencies: { '@acme/config': 'workspace:*' },
    });
    await write('apps/own/package.json', { name: 'own' });
    await write('apps/own/package-lock.json', '{}');
    await write('apps/api/Dockerfile', 'FROM scratch\nCOPY dist ./dist\n');
    await write('apps/own/Dockerfile', 'FROM scratch\nCOPY dist ./dist\n');
    await write('packages/db/package.json', { name: '@acme/db' });
    await write('packages/config/package.json', { name: '@acme/config' });
    await write(
      'artifact-build.yml',
      'version: 1\ntargets:\n  api: { context: apps/api, artifacts: [dist] }\n  own: { context: apps/own, artifacts: [dist] }\n',
    );
  });
  afterAll(async () => {
    await rm(repo, { recursive: true, force: true });
  });
  const target = (name: string) =>
    loadConfig(path.join(repo, 'artifact-build.yml')).targets.find((t) => t.name === name)!;

  it('an app without a lockfile installs at the workspace root, with its root lockfile and package manager', () => {
    const plan = planTarget(target('api'), repo);
    expect({
      pm: plan.pm.name,
      lockfile: plan.pm.lockfile,
      installDir: plan.installDir,
      root: plan.root,
      installCommand: plan.installCommand,
    }).toEqual({
      pm: 'pnpm',
      lockfile: path.join(repo, 'pnpm-lock.yaml'),
      installDir: repo,
      root: '.',
      installCommand: 'pnpm install --frozen-lockfile',
    });
    expect(plan.pkg.name).toBe('api');
    expect(plan.workspace!.member.name).toBe('api');
    expect(plan.workspace!.local.map((p) => p.name)).toEqual(['@acme/config', '@acme/db']);
    expect(plan.workspace!.shipped.map((p) => p.name)).toEqual(['@acme/db']);
  });

  it('an app with a lockfile of its own stays standalone', () => {
    const plan = planTarget(target('own'), repo);
    expect({ pm: plan.pm.name, installDir: plan.installDir, workspace: plan.workspace }).toEqual({
      pm: 'npm',
      installDir: path.join(repo, 'apps/own'),
      workspace: undefined,
    });
  });
});

describe('Timeline', () => {
  /** A clock the phases move forward themselves: each phase takes the seconds it says. */
  function timeline(): { line: Timeline; advance: (seconds: number) => void } {
    let now = 10;
    return { line: new Timeline(() => now), advance: (seconds) => (now += seconds) };
  }

  it.each([
    { name: 'a phase that returns nothing is ok', outcome: undefined, expected: { status: 'ok' } },
    {
      name: 'a phase that says ok with a note',
      outcome: { status: 'ok', detail: 'exact hit' },
      expected: { status: 'ok', detail: 'exact hit' },
    },
    {
      name: 'a skipped phase keeps its reason',
      outcome: { status: 'skipped', detail: 'cache hit' },
      expected: { status: 'skipped', detail: 'cache hit' },
    },
  ] satisfies { name: string; outcome: PhaseOutcome; expected: object }[])('$name', async ({ outcome, expected }) => {
    const { line, advance } = timeline();
    await line.phase('install', async () => {
      advance(2.5);
      return outcome;
    });
    expect(line.phases).toEqual([{ name: 'install', start: 10, end: 12.5, ...expected }]);
  });

  it('records a phase that throws as failed and rethrows it as a PhaseFailure naming the phase', async () => {
    const { line, advance } = timeline();
    await line.phase('restore', async () => advance(1));
    const original = new Error('`npm run build` exited with code 2');
    const failure = await line
      .phase('build', async () => {
        advance(3);
        throw original;
      })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PhaseFailure);
    expect(failure).toMatchObject({ phase: 'build', original, cause: original, message: original.message });
    expect(line.phases).toEqual([
      { name: 'restore', start: 10, end: 11, status: 'ok' },
      { name: 'build', start: 11, end: 14, status: 'failed' },
    ]);
  });

  it('keeps the innermost phase when a failure passes through another phase', async () => {
    const { line } = timeline();
    const inner = new Timeline(() => 0);
    const failure = await line
      .phase('image', () => inner.phase('push' as PhaseName, async () => Promise.reject(new Error('denied'))))
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({ phase: 'push', message: 'denied' });
    expect(line.phases.map((p) => [p.name, p.status])).toEqual([['image', 'failed']]);
  });

  it('wraps a thrown non-error too', async () => {
    const failure = await timeline()
      .line.phase('smoke', () => Promise.reject('connection refused'))
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({ phase: 'smoke', original: 'connection refused', message: 'connection refused' });
  });
});

describe('planTarget in a yarn 2+ workspace', () => {
  it.each([
    {
      name: "Plug'n'Play (no nodeLinker) is refused, naming .yarnrc.yml and the fix",
      yarnrc: 'enableTelemetry: false\n',
      error: /no nodeLinker in \.yarnrc\.yml.*add `nodeLinker: node-modules`/,
    },
    { name: 'nodeLinker: node-modules is planned', yarnrc: 'nodeLinker: node-modules\n', error: undefined },
  ])('$name', async ({ yarnrc, error }) => {
    const repo = await mkdtemp(path.join(os.tmpdir(), 'adb-plan-yarn-'));
    try {
      await mkdir(path.join(repo, 'apps/api'), { recursive: true });
      await writeFile(
        path.join(repo, 'package.json'),
        JSON.stringify({ name: 'root', private: true, workspaces: ['apps/*'], packageManager: 'yarn@4.5.0' }),
      );
      await writeFile(path.join(repo, 'yarn.lock'), '');
      await writeFile(path.join(repo, '.yarnrc.yml'), yarnrc);
      await writeFile(path.join(repo, 'apps/api/package.json'), JSON.stringify({ name: 'api' }));
      await writeFile(path.join(repo, 'apps/api/Dockerfile'), 'FROM scratch\nCOPY dist ./dist\n');
      await writeFile(
        path.join(repo, 'artifact-build.yml'),
        'version: 1\ntargets:\n  api: { context: apps/api, artifacts: [dist] }\n',
      );
      const plan = () => planTarget(loadConfig(path.join(repo, 'artifact-build.yml')).targets[0]!, repo);
      if (error) expect(plan).toThrow(error);
      else expect(plan().installCommand).toBe('yarn install --immutable');
    } finally {
      await rm(repo, { recursive: true, force: true });
    }
  });
});
