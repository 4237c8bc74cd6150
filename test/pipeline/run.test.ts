import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalDirectoryStore } from '../../src/cache/local-store.js';
import type { CacheStore } from '../../src/cache/store.js';
import { loadConfig } from '../../src/config/load.js';
import type {
  BuiltImage,
  EngineDeps,
  ImageBuildRequest,
  ImageEngine,
  PushedImage,
  UploadAhead,
} from '../../src/engines/engine.js';
import type { RegistrySession } from '../../src/registry/session.js';
import type { RegistryClient } from '../../src/registry/client.js';
import { BuildError, CommandError } from '../../src/errors.js';
import { createRunner } from '../../src/exec.js';
import { MemoryLogger } from '../../src/log.js';
import type { PipelineDeps, PipelineOptions } from '../../src/pipeline/context.js';
import { runPipeline } from '../../src/pipeline/run.js';
import type { ToolCache } from '../../src/pm/provide.js';

/**
 * The orchestrator on its own: real apps on disk and the real phases up to the image, with an
 * engine that records what it is asked to build and push, an in-memory registry for the reuse
 * lookup, a memory logger and a clock that advances one second per reading.
 */

const REGISTRY = 'registry.test:5000/acme';

/** Builds nothing; pushes fail for the targets named in `failPush`. */
class RecordingEngine implements ImageEngine {
  readonly name = 'docker' as const;
  readonly built: string[] = [];
  readonly pushed: string[] = [];
  constructor(private readonly failPush: ReadonlySet<string> = new Set()) {}
  async build(request: ImageBuildRequest, _deps: EngineDeps): Promise<BuiltImage> {
    this.built.push(request.target);
    return { size: 1000, runnable: false };
  }
  async push(request: ImageBuildRequest, _deps: EngineDeps): Promise<PushedImage> {
    if (this.failPush.has(request.target)) {
      throw new BuildError(`push of ${request.tags[0]} refused: unauthorized: authentication required`);
    }
    this.pushed.push(request.target);
    return { digest: `sha256:${request.target.padEnd(64, '0').slice(0, 64)}` };
  }
}

/** Splits its push like the oci engine: blobs ahead, tags in push(); records the order of events. */
class UploadingEngine extends RecordingEngine {
  readonly events: string[] = [];
  override async build(request: ImageBuildRequest, deps: EngineDeps): Promise<BuiltImage> {
    this.events.push(`build ${request.target}`);
    return super.build(request, deps);
  }
  private readonly tagged = new Set<string>();
  override async push(request: ImageBuildRequest, deps: EngineDeps): Promise<PushedImage> {
    this.tagged.add(request.target);
    this.events.push(`tags ${request.target}`);
    return super.push(request, deps);
  }
  uploadAhead(request: ImageBuildRequest, _deps: EngineDeps): UploadAhead {
    this.events.push(`upload ${request.target}`);
    return {
      // after the push there is nothing left to cancel
      cancel: async () => {
        if (!this.tagged.has(request.target)) this.events.push(`cancel ${request.target}`);
      },
    };
  }
}

/** Manifests by `repository:tag`, enough for the reuse lookup and a retag. */
class MemoryRegistry implements RegistrySession {
  readonly manifests = new Map<string, { digest: string; bytes: Buffer }>();
  readonly clientFor = (host: string): RegistryClient => {
    const client = {
      // the preflight asks whether a push would be allowed
      allow: () => undefined,
      hasBlob: async () => false,
      getManifest: async (repository: string, reference: string) => {
        const found = this.manifests.get(`${host}/${repository}:${reference}`);
        if (!found) throw new Error(`${host}/${repository}:${reference}: manifest unknown`);
        return { digest: found.digest, mediaType: 'application/vnd.oci.image.manifest.v1+json', bytes: found.bytes };
      },
      putManifest: async (repository: string, reference: string, _mediaType: string, bytes: Buffer) => {
        const digest = `sha256:${'f'.repeat(64)}`;
        this.manifests.set(`${host}/${repository}:${reference}`, { digest, bytes });
        return digest;
      },
    };
    return client as unknown as RegistryClient;
  };
}

const noToolCache: ToolCache = {
  find: async () => '',
  downloadTool: () => Promise.reject(new Error('no downloads in unit tests')),
  extractTar: () => Promise.reject(new Error('no downloads in unit tests')),
  cacheDir: () => Promise.reject(new Error('no downloads in unit tests')),
};

interface TargetSpec {
  name: string;
  /** a shell command line; the default installs nothing */
  install?: string;
  /** a shell command line; the default succeeds */
  build?: string;
  /** a fixed multi-stage baseline, in seconds */
  baseline?: number;
}

let root: string;
let counter = 0;

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'adb-pipeline-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A repository of small apps whose install and build are shell one-liners; committed, as on a runner. */
function repository(targets: readonly TargetSpec[], extra = ''): string {
  const dir = path.join(root, `repo-${++counter}`);
  const lines = ['version: 1', `registry: ${REGISTRY}`, extra, 'targets:'];
  for (const t of targets) {
    const app = path.join(dir, t.name);
    mkdirSync(path.join(app, 'dist'), { recursive: true });
    writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: t.name, version: '1.0.0', private: true }));
    writeFileSync(
      path.join(app, 'package-lock.json'),
      JSON.stringify({
        name: t.name,
        version: '1.0.0',
        lockfileVersion: 3,
        requires: true,
        packages: { '': { name: t.name, version: '1.0.0' } },
      }),
    );
    writeFileSync(path.join(app, 'dist', 'main.js'), 'console.log("hi");\n');
    writeFileSync(path.join(app, 'Dockerfile'), 'FROM scratch\nCOPY package.json ./\nCOPY dist ./dist\n');
    lines.push(
      `  ${t.name}:`,
      `    context: ${t.name}`,
      `    install: ${JSON.stringify(t.install ?? 'true')}`,
      `    build: ${JSON.stringify(t.build ?? 'true')}`,
      '    prune: false',
      '    artifacts: [package.json, dist]',
      `    image: ${t.name}`,
      '    tags: [latest]',
    );
    if (t.baseline !== undefined) lines.push(`    baseline: { seconds: ${t.baseline} }`);
  }
  writeFileSync(path.join(dir, 'artifact-build.yml'), `${lines.filter(Boolean).join('\n')}\n`);
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=ci', '-c', 'user.email=ci@example.com', ...args], { cwd: dir });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'apps');
  return dir;
}

function setup(dir: string, engine: ImageEngine, registry = new MemoryRegistry(), store?: CacheStore) {
  const logger = new MemoryLogger();
  let now = 100;
  const deps: PipelineDeps = {
    logger,
    runner: createRunner,
    engine,
    daemon: false,
    tempDir: mkdtempSync(path.join(root, 'temp-')),
    clock: () => now++,
    toolCache: noToolCache,
    registryUrl: 'https://registry.npmjs.org',
    platform: 'linux',
    arch: 'x64',
    libc: 'glibc',
    nodeVersion: process.versions.node,
    // one at a time: the order of the log lines is the order of the targets
    concurrency: 1,
    recordsDir: mkdtempSync(path.join(root, 'records-')),
    registry,
  };
  if (store) deps.store = store;
  const options = (push: boolean): PipelineOptions => ({
    config: loadConfig(path.join(dir, 'artifact-build.yml')),
    targets: [],
    push,
    cache: store !== undefined,
    baseline: 'off',
    git: { event: 'push', ref: 'refs/heads/main', branch: 'main', defaultBranch: 'main', sha: 'a'.repeat(40) },
    repositoryRoot: dir,
  });
  return { deps, logger, options };
}

/** A local-directory store over a new, empty directory of entries. */
function freshStore(entries = mkdtempSync(path.join(root, 'entries-'))): LocalDirectoryStore {
  return new LocalDirectoryStore(entries, createRunner(new MemoryLogger()), 'gzip');
}

/** A local-directory store with some calls replaced, to see when the pipeline makes them. */
function storeWith(replace: (local: LocalDirectoryStore) => Partial<CacheStore>): CacheStore {
  const local = freshStore();
  return Object.assign(Object.create(local) as CacheStore, replace(local));
}

const statuses = (targets: readonly { name: string; status: string; error?: { phase?: string } }[]) =>
  Object.fromEntries(targets.map((t) => [t.name, t.error?.phase ? `${t.status} in ${t.error.phase}` : t.status]));

describe('runPipeline', () => {
  it('every target passes: all are built and pushed, and the run succeeds', async () => {
    const engine = new RecordingEngine();
    const { deps, options } = setup(repository([{ name: 'api' }, { name: 'web' }]), engine);
    const outcome = await runPipeline(options(true), deps);
    expect(outcome.error).toBeUndefined();
    expect(engine.pushed).toEqual(['api', 'web']);
    expect(outcome.result.pushed).toBe(true);
    expect(statuses(outcome.result.targets)).toEqual({ api: 'ok', web: 'ok' });
    expect(outcome.result.targets[0]!.image).toMatchObject({
      tags: expect.arrayContaining([`${REGISTRY}/api:latest`, expect.stringMatching(/:inputs-/)]),
      pushed: true,
    });
  });

  it('without push nothing is pushed and the run succeeds', async () => {
    const engine = new RecordingEngine();
    const { deps, options } = setup(repository([{ name: 'api' }]), engine);
    const outcome = await runPipeline(options(false), deps);
    expect(outcome.error).toBeUndefined();
    expect(engine.built).toEqual(['api']);
    expect(engine.pushed).toEqual([]);
    expect(outcome.result.pushed).toBe(false);
  });

  it('one failing target: its own error fails the run, and nothing is pushed', async () => {
    const engine = new RecordingEngine();
    const { deps, logger, options } = setup(
      repository([{ name: 'api' }, { name: 'web', build: 'echo broken >&2; exit 3' }]),
      engine,
    );
    const outcome = await runPipeline(options(true), deps);
    expect(outcome.error).toBeInstanceOf(CommandError);
    expect((outcome.error as CommandError).code).toBe(3);
    expect(statuses(outcome.result.targets)).toEqual({ api: 'ok', web: 'failed in build' });
    expect(engine.built).toEqual(['api']);
    expect(engine.pushed).toEqual([]);
    expect(logger.lines).toContain(
      'warning: nothing is pushed: web failed (set `independent: true` to push the targets that passed)',
    );
  });

  it('several failing targets: one error that names each, with the first as its cause', async () => {
    const engine = new RecordingEngine();
    const { deps, options } = setup(
      repository([{ name: 'api', build: 'exit 4' }, { name: 'web' }, { name: 'worker', build: 'exit 5' }]),
      engine,
    );
    const outcome = await runPipeline(options(true), deps);
    expect(outcome.error).toBeInstanceOf(BuildError);
    expect((outcome.error as Error).message).toBe(
      '2 of 3 targets failed:\napi failed in build: `exit 4` exited with code 4\nworker failed in build: `exit 5` exited with code 5',
    );
    expect(((outcome.error as Error).cause as CommandError).code).toBe(4);
    expect(engine.pushed).toEqual([]);
  });

  it('independent targets: the ones that passed are pushed, and the run still fails', async () => {
    const engine = new RecordingEngine();
    const { deps, logger, options } = setup(
      repository([{ name: 'api' }, { name: 'web', build: 'exit 3' }], 'independent: true'),
      engine,
    );
    const outcome = await runPipeline(options(true), deps);
    expect(engine.pushed).toEqual(['api']);
    expect(outcome.result.pushed).toBe(true);
    expect(outcome.error).toBeInstanceOf(CommandError);
    expect(logger.lines.some((l) => l.includes('nothing is pushed'))).toBe(false);
  });

  it.each([
    { name: 'the only target', targets: ['api'], failing: ['api'], pushed: [], expected: { api: 'failed in push' } },
    {
      name: 'one of two',
      targets: ['api', 'web'],
      failing: ['web'],
      pushed: ['api'],
      expected: { api: 'ok', web: 'failed in push' },
    },
  ])('a push that fails fails the run: $name', async ({ targets, failing, pushed, expected }) => {
    const engine = new RecordingEngine(new Set(failing));
    const { deps, logger, options } = setup(repository(targets.map((name) => ({ name }))), engine);
    const outcome = await runPipeline(options(true), deps);
    expect(outcome.error).toBeDefined();
    expect((outcome.error as Error).message).toContain('unauthorized: authentication required');
    expect(statuses(outcome.result.targets)).toEqual(expected);
    expect(engine.pushed).toEqual(pushed);
    expect(logger.lines.filter((l) => l.startsWith('error:') || l.includes('] error:'))).toEqual(
      failing.map((name) => expect.stringContaining(`${name} failed in push: push of ${REGISTRY}/${name}:`)),
    );
  });

  it.each([
    {
      name: 'every gate passed: the blobs go up after each build, the tags only after all gates',
      targets: [{ name: 'api' }, { name: 'web' }],
      push: true,
      events: ['build api', 'upload api', 'build web', 'upload web', 'tags api', 'tags web'],
    },
    {
      name: 'a later target fails: the upload ahead is cancelled, no tag moves',
      targets: [{ name: 'api' }, { name: 'web', build: 'exit 3' }],
      push: true,
      events: ['build api', 'upload api', 'cancel api'],
    },
    {
      name: 'no push: nothing uploads',
      targets: [{ name: 'api' }],
      push: false,
      events: ['build api'],
    },
  ])('uploads ahead of the push: $name', async ({ targets, push, events }) => {
    const engine = new UploadingEngine();
    const { deps, options } = setup(repository(targets), engine);
    await runPipeline(options(push), deps);
    expect(engine.events).toEqual(events);
  });

  it('an image built from the same inputs is reused: no install, no build, only a retag', async () => {
    const dir = repository([{ name: 'api', build: 'touch built-here' }]);
    const first = new RecordingEngine();
    const registry = new MemoryRegistry();
    const one = setup(dir, first, registry);
    const built = await runPipeline(one.options(true), one.deps);
    expect(built.error).toBeUndefined();
    const inputsTag = built.result.targets[0]!.image!.tags.find((t) => t.includes(':inputs-'))!;
    // what the engine's push would have left in the registry
    registry.manifests.set(inputsTag, { digest: `sha256:${'1'.repeat(64)}`, bytes: Buffer.from('{}') });
    rmSync(path.join(dir, 'api', 'built-here'));
    execFileSync('git', ['checkout', '-q', '--', '.'], { cwd: dir });

    const second = new RecordingEngine();
    const two = setup(dir, second, registry);
    const reused = await runPipeline(two.options(true), two.deps);
    expect(reused.error).toBeUndefined();
    expect(second.built).toEqual([]);
    expect(second.pushed).toEqual([]);
    const target = reused.result.targets[0]!;
    expect(target.reused).toBe(true);
    expect(target.phases.map((p) => p.name)).toEqual(['restore', 'push']);
    expect(target.image).toMatchObject({ pushed: true, digest: `sha256:${'1'.repeat(64)}` });
    expect(registry.manifests.get(`${REGISTRY}/api:latest`)?.digest).toBe(`sha256:${'f'.repeat(64)}`);
  });

  it('the restore runs while the preflight checks the target: it starts before the checks end', async () => {
    const dir = repository([{ name: 'api', install: 'mkdir -p node_modules/dep' }]);
    let restoreStarted!: () => void;
    const started = new Promise<void>((resolve) => (restoreStarted = resolve));
    // the preflight's credential check answers only once the restore has begun: run one after
    // the other, the two would wait for each other and the run would never end
    const store = storeWith((local) => ({
      restore: (dir: string, key: string) => {
        restoreStarted();
        return local.restore(dir, key);
      },
    }));
    const preflightRegistry = new MemoryRegistry();
    const clientFor = preflightRegistry.clientFor;
    Object.assign(preflightRegistry, {
      clientFor: (host: string) =>
        Object.assign(clientFor(host), { hasBlob: () => started.then(() => false) }) as RegistryClient,
    });
    const { deps, options } = setup(dir, new RecordingEngine(), new MemoryRegistry(), store);
    deps.preflightRegistry = preflightRegistry;
    const outcome = await runPipeline(options(true), deps);
    expect(outcome.error).toBeUndefined();
    expect(outcome.result.targets[0]!.phases.map((p) => p.name)).toEqual([
      'restore',
      'install',
      'save',
      'build',
      'prune',
      'validate',
      'image',
      'smoke',
      'push',
    ]);
  }, 20_000);

  it("a Next.js app's .next/cache is restored while its node_modules is", async () => {
    const dir = repository([{ name: 'web', install: 'mkdir -p node_modules/next' }]);
    const app = path.join(dir, 'web');
    writeFileSync(
      path.join(app, 'package.json'),
      JSON.stringify({ name: 'web', version: '1.0.0', private: true, dependencies: { next: '1.0.0' } }),
    );
    writeFileSync(
      path.join(app, 'package-lock.json'),
      JSON.stringify({
        name: 'web',
        version: '1.0.0',
        lockfileVersion: 3,
        requires: true,
        packages: {
          '': { name: 'web', version: '1.0.0', dependencies: { next: '1.0.0' } },
          'node_modules/next': { version: '1.0.0' },
        },
      }),
    );
    execFileSync('git', ['-c', 'user.name=ci', '-c', 'user.email=ci@example.com', 'commit', '-qam', 'next'], {
      cwd: dir,
    });
    let nearestAsked!: () => void;
    const asked = new Promise<void>((resolve) => (nearestAsked = resolve));
    // node_modules' restore answers only once .next/cache's has been asked for: one after the
    // other, they would wait for each other and the run would never end
    const store = storeWith((local) => ({
      restore: (into: string, key: string) => asked.then(() => local.restore(into, key)),
      restoreNearest: (into: string, key: string, prefix: string) => {
        nearestAsked();
        return local.restoreNearest(into, key, prefix);
      },
    }));
    const { deps, logger, options } = setup(dir, new RecordingEngine(), new MemoryRegistry(), store);
    const outcome = await runPipeline(options(false), deps);
    expect(outcome.error).toBeUndefined();
    expect(logger.lines).toContainEqual(expect.stringContaining('no .next/cache entry starting with'));
    expect(logger.lines).toContain('no exact cache entry: installing');
  }, 20_000);

  it('a warm run says how long unpacking node_modules took, the time that bounds its restore phase', async () => {
    const dir = repository([{ name: 'api', install: 'mkdir -p node_modules/dep' }]);
    const store = freshStore();
    const first = setup(dir, new RecordingEngine(), new MemoryRegistry(), store);
    expect((await runPipeline(first.options(false), first.deps)).error).toBeUndefined();
    const second = setup(dir, new RecordingEngine(), new MemoryRegistry(), store);
    const outcome = await runPipeline(second.options(false), second.deps);
    expect(outcome.result.targets[0]!.cacheHit).toBe(true);
    expect(second.logger.lines).toContainEqual(
      expect.stringMatching(/^restored node_modules from the local directory in \d+\.\d s$/),
    );
  });

  it('a cache entry cut short is a warning and a fresh install, never a failed build', async () => {
    const dir = repository([
      { name: 'api', install: 'mkdir -p node_modules/dep && echo installed > node_modules/dep/index.js' },
    ]);
    const entries = mkdtempSync(path.join(root, 'entries-'));
    const store = freshStore(entries);
    const first = setup(dir, new RecordingEngine(), new MemoryRegistry(), store);
    expect((await runPipeline(first.options(false), first.deps)).error).toBeUndefined();
    const archive = readdirSync(entries).find((f) => f.startsWith('adb-v1-node_modules-') && f.endsWith('.tar.gz'))!;
    truncateSync(path.join(entries, archive), 200);

    const second = setup(dir, new RecordingEngine(), new MemoryRegistry(), store);
    const outcome = await runPipeline(second.options(false), second.deps);
    expect(outcome.error).toBeUndefined();
    const target = outcome.result.targets[0]!;
    expect(target.cacheHit).toBe(false);
    expect(target.phases.find((p) => p.name === 'install')).toMatchObject({ status: 'ok' });
    expect(second.logger.lines).toContainEqual(
      expect.stringMatching(
        /^warning: the cached node_modules \(adb-v1-node_modules-.*\) cannot be used, installing instead: the archive's digest is/,
      ),
    );
    // the bad entry made way for the fresh one
    expect(readFileSync(path.join(dir, 'api', 'node_modules', 'dep', 'index.js'), 'utf8')).toBe('installed\n');
    expect(readdirSync(entries)).toContain(archive);
  });

  it('a dependency added to package.json without its lockfile: the warm cache does not hide it, npm ci refuses', async () => {
    const dir = repository([{ name: 'api', install: 'npm ci --no-audit --no-fund' }]);
    const app = path.join(dir, 'api');
    // a local package: npm links it without asking the registry
    for (const name of ['dep', 'other']) {
      mkdirSync(path.join(app, name));
      writeFileSync(path.join(app, name, 'package.json'), JSON.stringify({ name, version: '1.0.0' }));
    }
    const manifest = (dependencies: Record<string, string>) =>
      writeFileSync(
        path.join(app, 'package.json'),
        JSON.stringify({ name: 'api', version: '1.0.0', private: true, dependencies }),
      );
    manifest({ dep: 'file:dep' });
    execFileSync('npm', ['install', '--package-lock-only', '--no-audit', '--no-fund'], { cwd: app, stdio: 'ignore' });
    const store = freshStore();
    const first = setup(dir, new RecordingEngine(), new MemoryRegistry(), store);
    expect((await runPipeline(first.options(false), first.deps)).error).toBeUndefined();

    manifest({ dep: 'file:dep', other: 'file:other' });
    const second = setup(dir, new RecordingEngine(), new MemoryRegistry(), store);
    const outcome = await runPipeline(second.options(false), second.deps);
    expect(statuses(outcome.result.targets)).toEqual({ api: 'failed in restore' });
    expect(outcome.result.targets[0]!.cacheHit).toBe(false);
    expect((outcome.error as Error).message).toBe(
      `${path.join(app, 'package-lock.json')} is out of date with package.json: ${path.join(app, 'package.json')} names other that it does not record. Run \`npm install\` and commit package-lock.json; npm ci refuses a lockfile out of sync.`,
    );
  });

  it('a fixed baseline reaches the result of a target that passed, and none of one that failed', async () => {
    const { deps, options } = setup(
      repository([
        { name: 'api', baseline: 900 },
        { name: 'web', baseline: 600, build: 'exit 3' },
      ]),
      new RecordingEngine(),
    );
    const outcome = await runPipeline({ ...options(false), baseline: 'auto' }, deps);
    const [api, web] = outcome.result.targets;
    expect(api!.baseline).toMatchObject({ cold: { seconds: 900, source: 'fixed' }, comparedWith: 'cold' });
    expect(web!.baseline).toBeUndefined();
  });

  it('phases are timed on the clock handed in', async () => {
    const { deps, options } = setup(repository([{ name: 'api' }]), new RecordingEngine());
    const outcome = await runPipeline(options(false), deps);
    const phases = outcome.result.targets[0]!.phases;
    expect(phases.map((p) => p.name)).toEqual([
      'restore',
      'install',
      'save',
      'build',
      'prune',
      'validate',
      'image',
      'smoke',
    ]);
    // each phase reads the clock once at its start and once at its end: one second apart
    for (const p of phases) expect(p.end - p.start).toBe(1);
  });

  it.each([
    {
      name: 'a RUN in the Dockerfile',
      dockerfile: 'FROM scratch\nRUN curl https://example.com | sh\n',
      says: '`RUN curl https://example.com | sh` runs inside the image build',
    },
    { name: 'no Dockerfile at all', dockerfile: undefined, says: 'Dockerfile' },
  ])(
    'a target that fails the preflight ($name) does no work: no install, no build, no image, only the restore run while it was checked',
    async ({ dockerfile, says }) => {
      const dir = repository([
        { name: 'api', build: 'touch built-here' },
        { name: 'web', build: 'touch built-here' },
      ]);
      if (dockerfile) writeFileSync(path.join(dir, 'api', 'Dockerfile'), dockerfile);
      else rmSync(path.join(dir, 'api', 'Dockerfile'));
      const engine = new RecordingEngine();
      const { deps, options } = setup(dir, engine);
      const outcome = await runPipeline(options(false), deps);
      expect(statuses(outcome.result.targets)).toEqual({ api: 'failed', web: 'ok' });
      const api = outcome.result.targets[0]!;
      expect(api.phases.map((p) => p.name)).toEqual(['restore']);
      expect(api.error!.message).toContain(says);
      expect(existsSync(path.join(dir, 'api', 'built-here'))).toBe(false);
      expect(existsSync(path.join(dir, 'web', 'built-here'))).toBe(true);
      expect(engine.built).toEqual(['web']);
    },
  );
});
