import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImagesOutput, TimingsOutput } from '../../src/report/outputs.js';
import { runnerEnv } from '../support/action-env.js';
import { hasDocker } from '../support/docker.js';
import { baseNodeMajor, nodeMismatchWarning, RUNNER_NODE_MAJOR as RUNNER_MAJOR } from '../support/node-major.js';
import { ACTION_BUNDLE, CLI_BUNDLE, cleanEnv, docker, ROOT, runNode, type ProcessResult } from '../support/fixture.js';
import { registryTags } from '../support/registry.js';
import { fakeElf } from '../validate/elf.js';
import { brokenApp, REGISTRY_PREFIX, twoApps, type BrokenApp, type Checkout } from './broken-app.js';
import { emptyRepository } from './registry-reset.js';

/**
 * Issue 4, end to end: each gate gets a copy of fixtures/app broken in one small way, run
 * through the built CLI with --push. Each case asserts the exit code, the phase that failed,
 * the file (and line) the message points at, what it tells the user to do, that nothing reached
 * the registry, and that no secret used anywhere in this file shows in any run's output.
 */

/** Values planted in the broken fixtures; no run may print any of them. */
const SECRETS = {
  env: 'supersecretvalue123',
  awsKeyId: 'AKIAQWERTYUIOPASDFGH',
  awsSecret: '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',
  npmToken: 'npm_abcdefghijklmnopqrstuvwxyz0123456789',
  // a real key: the check looks for a PEM body, and its body must not be printed either
  privateKey: generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
};
const privateKeyBody = SECRETS.privateKey.split('\n')[1]!;
const NEVER_PRINTED = [SECRETS.env, SECRETS.awsKeyId, SECRETS.awsSecret, SECRETS.npmToken, privateKeyBody];

function expectNoSecret(output: string): void {
  for (const secret of NEVER_PRINTED) expect(output, 'a secret was printed').not.toContain(secret);
}

/** A base image whose node says it is v18 (the runner's is 20 or 24), for the Node version check. */
const NODE_18_BASE = 'adb-test/node-reports-18:gates';
/** CPU of a binary that cannot run here, whatever this machine is */
const OTHER_ARCH = process.arch === 'arm64' ? 'x64' : 'arm64';
const RUNNER_ARCH = process.arch === 'arm64' ? 'arm64' : 'x64';
const RUN_LINE = /^RUN npm ci$/;
/** a key of the target in artifact-build.yml: four spaces in (the target's own name is at two) */
const key = (name: string): RegExp => new RegExp(`^ {4}${name}:`);

/**
 * A package with a compiled addon, put into node_modules by a build command. npm prune would
 * remove it (it is not in the lockfile), so these cases keep node_modules unpruned, dev
 * dependencies allowed: what is checked is the addon, not the prune.
 */
function addAddon(app: BrokenApp, elf: Buffer): void {
  app.write('fake-addon.node', elf);
  app.set('build', [
    'npm run build',
    'mkdir -p node_modules/fake-addon/build/Release && cp fake-addon.node node_modules/fake-addon/build/Release/addon.node',
  ]);
  app.set('prune', false);
  app.set('allow-dev-dependencies', true);
}

/** Builds the app with the secret of `leak/<name>` copied to `to`, as a careless build step would. */
function leak(app: BrokenApp, name: string, content: string, to: string): void {
  // from a file, not inlined into the command, which the run logs as `$ <command>`
  app.write(`leak/${name}`, content);
  app.set('build', ['npm run build', `cp leak/${name} ${to}`]);
}

const addRun = (app: Checkout, dockerfile = 'Dockerfile'): void =>
  app.edit(dockerfile, (t) => t.replace(/^EXPOSE/m, 'RUN npm ci\nEXPOSE'));

interface Where {
  /** relative to the checkout */
  file: string;
  line?: number;
}

interface GateCase {
  /** the target's name and the image gates-<name> */
  name: string;
  /** the check of issue 4 it breaks, and how */
  title: string;
  breakIt(app: BrokenApp): void;
  /** preflight: stopped before any work, and the message names no phase ("<name> failed: ") */
  phase: 'preflight' | 'validate' | 'image' | 'smoke';
  /** what the error points at; undefined when it names no file */
  at?(app: BrokenApp): Where;
  /** what the user must be told: what is wrong and how to fix it */
  says(app: BrokenApp): RegExp[];
}

const CASES: GateCase[] = [
  {
    name: 'dockerfile-run',
    title: 'Dockerfile: a RUN step',
    breakIt: (app) => addRun(app),
    phase: 'preflight',
    at: (app) => ({ file: 'Dockerfile', line: app.lineOf('Dockerfile', RUN_LINE) }),
    says: (app) => [
      /`RUN npm ci` runs inside the image build/,
      new RegExp(`set \`allow-run: true\` on target \`${app.name}\``),
    ],
  },
  {
    name: 'dockerfile-copy',
    title: 'Dockerfile: COPY of a path that is not an artifact',
    breakIt: (app) => app.edit('Dockerfile', (t) => t.replace('COPY dist ./dist', 'COPY dist ./dist\nCOPY src ./src')),
    phase: 'preflight',
    at: (app) => ({ file: 'Dockerfile', line: app.lineOf('Dockerfile', /^COPY src/) }),
    says: () => [/`COPY src` copies src, which is not a declared artifact/, /add src to `artifacts`/],
  },
  {
    name: 'artifact-missing',
    title: 'artifacts: one that the build does not write',
    breakIt: (app) => app.set('artifacts', ['package.json', 'node_modules', 'dist', 'public']),
    phase: 'validate',
    at: (app) => ({ file: 'artifact-build.yml', line: app.lineOf('artifact-build.yml', key('artifacts')) }),
    says: () => [
      // the preflight's warning (`public` is not git-ignored as a build output) comes first;
      // the failure is validate's, once the build did not write it
      /artifact `public` of target `artifact-missing` does not exist in .*: the build commands \(`npm run build`\) did not write it there/,
      /Make the build produce it, or correct the path in `artifacts`/,
      /^warning: the artifact `public` of target `artifact-missing` does not exist, and git does not ignore it as a build output/m,
    ],
  },
  {
    name: 'artifact-empty',
    title: 'artifacts: an empty directory',
    breakIt: (app) => {
      app.set('build', ['npm run build', 'mkdir -p empty']);
      app.set('artifacts', ['package.json', 'node_modules', 'dist', 'empty']);
    },
    phase: 'validate',
    at: (app) => ({ file: 'artifact-build.yml', line: app.lineOf('artifact-build.yml', key('artifacts')) }),
    says: () => [
      /artifact `empty` of target `artifact-empty` \(.*\/empty\) is an empty directory/,
      /remove it from `artifacts`/,
    ],
  },
  {
    name: 'dockerignore',
    title: '.dockerignore: Dockerfile.dockerignore copied from the multi-stage build hides dist',
    breakIt: (app) => {
      // only <Dockerfile>.dockerignore applies to the staged context; here it is the multi-stage
      // build's, which leaves out the installs and the build output
      app.write(
        'Dockerfile.dockerignore',
        '# installs and build output stay out of the multi-stage build\nnode_modules\ndist\n',
      );
    },
    // node_modules and dist do not exist before the build, so the preflight cannot judge them yet
    phase: 'validate',
    at: (app) => ({ file: 'Dockerfile.dockerignore', line: app.lineOf('Dockerfile.dockerignore', /^dist$/) }),
    says: () => [
      /Dockerfile\.dockerignore line 3 \(`dist`\) hides the artifact `dist` from docker build/,
      /Dockerfile\.dockerignore line 2 \(`node_modules`\) hides the artifact `node_modules` from docker build/,
      /Remove that line from Dockerfile\.dockerignore or add `!dist` after it/,
    ],
  },
  {
    name: 'dev-dependencies',
    title: 'dev dependencies: prune: false',
    breakIt: (app) => app.set('prune', false),
    phase: 'validate',
    at: (app) => ({ file: 'artifact-build.yml', line: app.lineOf('artifact-build.yml', key('prune')) }),
    says: () => [
      /node_modules still holds 3 devDependencies of .*package\.json/,
      /typescript/,
      /@types\/node/,
      /`prune: false` keeps them/,
      /`allow-dev-dependencies: true`/,
    ],
  },
  {
    name: 'secret-env',
    title: 'secrets: a .env file in dist',
    breakIt: (app) => leak(app, 'env', `API_KEY=${SECRETS.env}\n`, 'dist/.env'),
    phase: 'validate',
    at: () => ({ file: 'dist/.env' }),
    says: () => [/dist\/\.env is an environment file/, /docker run --env-file/],
  },
  {
    name: 'secret-aws',
    title: 'secrets: AWS credentials in a bundle',
    breakIt: (app) =>
      leak(
        app,
        'config.js',
        `module.exports = {\n  region: 'eu-west-1',\n  accessKeyId: '${SECRETS.awsKeyId}',\n  awsSecretAccessKey: '${SECRETS.awsSecret}',\n};\n`,
        'dist/config.js',
      ),
    phase: 'validate',
    at: (app) => ({ file: 'dist/config.js', line: app.lineOf('leak/config.js', /accessKeyId/) }),
    says: () => [
      /dist\/config\.js line 3 holds an AWS access key ID/,
      /dist\/config\.js line 4 holds an AWS secret access key/,
      /rotate it/,
    ],
  },
  {
    name: 'secret-npmrc',
    title: 'secrets: an .npmrc with an auth token as an artifact',
    breakIt: (app) => {
      leak(app, 'npmrc', `//registry.npmjs.org/:_authToken=${SECRETS.npmToken}\n`, '.npmrc');
      app.set('artifacts', ['package.json', 'node_modules', 'dist', '.npmrc']);
      // sent to docker build, as it would be with an ignore file written for it
      app.edit('Dockerfile.dockerignore', (t) => `${t}!.npmrc\n`);
    },
    phase: 'validate',
    at: () => ({ file: '.npmrc', line: 1 }),
    says: () => [/\.npmrc line 1 holds a registry credential/, /as a reference \(`\$\{NPM_TOKEN\}`\)/],
  },
  {
    name: 'secret-private-key',
    title: 'secrets: a private key file in dist',
    breakIt: (app) => leak(app, 'server.key', SECRETS.privateKey, 'dist/server.key'),
    phase: 'validate',
    at: () => ({ file: 'dist/server.key', line: 1 }),
    says: () => [/dist\/server\.key line 1 holds a private key/],
  },
  {
    name: 'native-arch',
    title: `native addons: a .node addon built for ${OTHER_ARCH}`,
    breakIt: (app) => addAddon(app, fakeElf({ arch: OTHER_ARCH, libc: 'glibc', api: 'napi' })),
    phase: 'validate',
    at: () => ({ file: 'node_modules/fake-addon/build/Release/addon.node' }),
    says: () => [
      new RegExp(
        `native package fake-addon is built for linux-${OTHER_ARCH}-glibc, which does not run on linux/${RUNNER_ARCH === 'x64' ? 'amd64' : 'arm64'}`,
      ),
      new RegExp(`build on a runner with ${RUNNER_ARCH} CPUs`),
    ],
  },
  {
    name: 'native-musl',
    title: 'native addons: a .node addon linked against musl, for a glibc base image',
    breakIt: (app) => addAddon(app, fakeElf({ arch: RUNNER_ARCH, libc: 'musl', api: 'napi' })),
    phase: 'validate',
    at: () => ({ file: 'node_modules/fake-addon/build/Release/addon.node' }),
    says: () => [
      /native package fake-addon is built for linux-\w+-musl, which does not run on .* with glibc [\d.]+ \(base image local\/node:20-slim\)/,
      /Install on a glibc runner \(not an Alpine container job\) or use a musl \(Alpine\) base image\./,
    ],
  },
  {
    name: 'node-version',
    title: 'Node version: a base image with another major, with a native addon',
    breakIt: (app) => {
      app.set('build-args', { BASE_IMAGE: NODE_18_BASE });
      // right CPU and libc: only its Node ABI is wrong
      addAddon(app, fakeElf({ arch: RUNNER_ARCH, libc: 'glibc', api: 'v8' }));
    },
    phase: 'validate',
    at: (app) => ({ file: 'Dockerfile', line: app.lineOf('Dockerfile', /^FROM /) }),
    says: () => [
      new RegExp(`the base image ${NODE_18_BASE} runs Node v18\\.20\\.0`),
      new RegExp(`compiled for Node ${RUNNER_MAJOR}'s ABI and fail to load on Node 18: fake-addon`),
      new RegExp(`actions/setup-node with node-version: 18, or a Node ${RUNNER_MAJOR} base image`),
    ],
  },
  {
    name: 'budget',
    title: 'budget: image-size 1MB',
    breakIt: (app) => app.set('budget', { 'image-size': '1MB' }),
    phase: 'image',
    at: (app) => ({ file: 'artifact-build.yml', line: app.lineOf('artifact-build.yml', key('budget')) }),
    says: () => [
      /The image of target `budget` is [\d.]+ MB, over its budget `image-size` of 1 MB\./,
      /Biggest artifacts: node_modules/,
      /or raise the budget/,
    ],
  },
  {
    name: 'smoke-404',
    title: 'smoke test: the health path answers 404',
    breakIt: (app) => app.set('smoke', { port: app.port, path: '/nope', timeout: 15 }),
    phase: 'smoke',
    at: (app) => ({ file: 'artifact-build.yml', line: app.lineOf('artifact-build.yml', key('smoke')) }),
    says: (app) => [
      new RegExp(`http://127\\.0\\.0\\.1:${app.port}/nope did not answer 2xx within 15 s \\(last: 404\\)`),
      new RegExp(
        `the container's last lines:\\n(.*\\n)*.*fixture-app 1\\.0\\.0 listening on 0\\.0\\.0\\.0:${app.port}`,
      ),
    ],
  },
  {
    name: 'smoke-crash',
    title: 'smoke test: the app exits on start',
    breakIt: (app) =>
      app.edit('Dockerfile', (t) =>
        t.replace(/^CMD .*$/m, `CMD ["node", "-e", "console.error('boom: DATABASE_URL is not set'); process.exit(3)"]`),
      ),
    phase: 'smoke',
    at: (app) => ({ file: 'artifact-build.yml', line: app.lineOf('artifact-build.yml', key('smoke')) }),
    says: () => [
      /smoke test: the container exited \(code 3\) before http:\/\/127\.0\.0\.1:\d+\/health answered/,
      /the container's last lines:\n.*boom: DATABASE_URL is not set/,
    ],
  },
];

interface BadInput {
  name: string;
  title: string;
  breakIt(app: BrokenApp): void;
  /** the line of artifact-build.yml the error points at */
  line: RegExp;
  says: RegExp;
}

const BAD_INPUT: BadInput[] = [
  {
    name: 'bad-tag',
    title: 'a tag that would become a docker flag',
    breakIt: (app) => app.set('tags', ['latest', '--push']),
    line: key('tags'),
    says: /tag "--push": a tag must not start with - or \./,
  },
  {
    name: 'bad-image',
    title: 'an image name with uppercase letters',
    breakIt: (app) => app.set('image', 'Gates-Upper'),
    line: key('image'),
    says: /image "localhost:5000\/fixtures\/Gates-Upper" is not a valid repository name: lowercase letters/,
  },
  {
    name: 'bad-build-arg',
    title: 'a build-arg name that starts with a digit',
    breakIt: (app) => app.set('build-args', { BASE_IMAGE: 'local/node:20-slim', '1BAD': 'x' }),
    line: key('build-args'),
    says: /build-arg name "1BAD" must be a letter or _ followed by letters, digits or _/,
  },
  {
    name: 'bad-platform',
    title: 'a platform without a CPU',
    breakIt: (app) => app.set('platforms', ['linux']),
    line: key('platforms'),
    says: /platform "linux" must look like linux\/amd64/,
  },
  {
    name: 'bad-key',
    title: 'an unknown key',
    breakIt: (app) => app.set('allow-runs', true),
    line: key('allow-runs'),
    says: /unknown key `allow-runs` in target `bad-key`; did you mean `allow-run`\?/,
  },
];

interface CliJson {
  images: ImagesOutput;
  timings: TimingsOutput;
}

interface Bundles {
  dir: string;
  cli: string;
  action: string;
}

const CONCURRENT_RUNS = 3;

describe.runIf(hasDocker)('gates before the push: broken fixtures through the built CLI', () => {
  const checkouts: Checkout[] = [];
  let cacheDir: string;
  let home: string;
  let bundles: Bundles;

  // cases run side by side, but no more than this many builds at once on a small machine
  let running = 0;
  const waiting: (() => void)[] = [];
  async function slot<T>(fn: () => Promise<T>): Promise<T> {
    if (running >= CONCURRENT_RUNS) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await fn();
    } finally {
      running--;
      waiting.shift()?.();
    }
  }

  function fresh(name: string): BrokenApp {
    const app = brokenApp(name);
    checkouts.push(app);
    return app;
  }

  /** The CLI as a user runs it, with what keeps the suite fast: one shared cache, no baseline. */
  async function cli(dir: string, args: string[] = []): Promise<ProcessResult & { output: string }> {
    const run = await slot(() =>
      runNode(bundles.cli, ['--push', '--baseline', 'off', '--cache-dir', cacheDir, ...args], {
        cwd: dir,
        env: cleanEnv({ XDG_CACHE_HOME: home }),
      }),
    );
    const output = `${run.stdout}\n${run.stderr}`;
    expectNoSecret(output);
    return { ...run, output };
  }

  const repositories = [
    ...CASES.map((c) => c.name),
    ...BAD_INPUT.map((c) => c.name),
    ...['passes', 'allow-run', 'allow-dev-dependencies', 'node-version-warning', 'multi-app1', 'multi-app2', 'action'],
  ].map((name) => `${REGISTRY_PREFIX}/gates-${name}`);

  beforeAll(async () => {
    bundles = snapshotBundles();
    cacheDir = mkdtempSync(path.join(os.tmpdir(), 'adb-gates-cache-'));
    home = mkdtempSync(path.join(os.tmpdir(), 'adb-gates-home-'));
    await Promise.all(repositories.map((r) => emptyRepository(r)));
    buildNode18Base();
  });

  afterAll(() => {
    checkouts.forEach((c) => c.cleanup());
    rmSync(cacheDir, { recursive: true, force: true });
    rmSync(bundles.dir, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
    // the images the cases built stay in the daemon otherwise; the registry is emptied next run
    const built = docker('image', 'ls', '--format', '{{.Repository}}:{{.Tag}}')
      .split('\n')
      .filter((ref) => ref.startsWith(`${REGISTRY_PREFIX}/gates-`));
    if (built.length > 0) docker('image', 'rm', '--force', ...built);
    docker('image', 'rm', '--force', NODE_18_BASE);
  });

  // first and alone: it fills the shared cache, so that no other case installs
  it('the unbroken fixture passes every gate and is pushed', async () => {
    const app = fresh('passes');
    const run = await cli(app.dir);
    expect(run.code, run.output).toBe(0);
    expect(run.stderr).not.toMatch(/^error:/m);
    // no gate warns either; the engine may (no buildx on this machine). The base image is this
    // machine's Node: when the suite runs on another major, that mismatch is the one warning due.
    const mismatch = nodeMismatchWarning(baseNodeMajor());
    expect(run.stderr.split('\n').filter((l) => l.startsWith('warning:') && !l.includes('buildx'))).toEqual(
      mismatch ? [expect.stringMatching(new RegExp(`^warning: ${mismatch.source}`))] : [],
    );
    expect(await registryTags(app.image)).toEqual(
      expect.arrayContaining(['latest', 'main', `sha-${app.sha.slice(0, 7)}`]),
    );
  });

  describe.concurrent('then side by side', () => {
    describe('each broken fixture fails its gate, names the place and pushes nothing', () => {
      it.for(CASES)('$title', async (gate, { expect }) => {
        const app = fresh(gate.name);
        gate.breakIt(app);
        const run = await cli(app.dir);

        expect(run.code, run.output).toBe(1);
        expect(run.stderr).toContain(
          gate.phase === 'preflight' ? `error: ${gate.name} failed: ` : `error: ${gate.name} failed in ${gate.phase}:`,
        );
        // a target the preflight stops does no work: its cache restore may have run beside the
        // preflight (it only reads), but nothing is installed, built or pushed
        if (gate.phase === 'preflight')
          for (const phase of ['install', 'build', 'image'])
            expect(run.stderr).not.toContain(`── ${gate.name}: ${phase}`);
        const where = gate.at?.(app);
        if (where)
          expect(run.stderr).toContain(`${app.path(where.file)}${where.line === undefined ? '' : `:${where.line}`}`);
        const [first, ...rest] = gate.says(app);
        // reported once: the run's failure does not repeat what the target's failure said
        expect(run.stderr.match(new RegExp(first!.source, 'g')), run.stderr).toHaveLength(1);
        for (const pattern of rest) expect(run.stderr).toMatch(pattern);
        expect(run.stderr).toContain(`nothing is pushed: ${gate.name} failed`);
        expect(await registryTags(app.image)).toEqual([]);
        if (gate.phase === 'smoke')
          expect(docker('ps', '--all', '--quiet', '--filter', `name=adb-smoke-${gate.name}-`)).toBe('');
      });

      it.for(BAD_INPUT)('bad input, exit 2 before any command runs: $title', async (bad, { expect }) => {
        const app = fresh(bad.name);
        bad.breakIt(app);
        const run = await cli(app.dir);

        expect(run.code, run.output).toBe(2);
        expect(run.stderr).toMatch(bad.says);
        expect(run.stderr).toContain(
          `${app.path('artifact-build.yml')}:${app.lineOf('artifact-build.yml', bad.line)}:`,
        );
        expect(run.stderr).not.toMatch(/^\$ /m);
        expect(await registryTags(app.image)).toEqual([]);
      });
    });

    describe('what the gates let through, and what they hold back', () => {
      it('allow-run: true lets a RUN step through the Dockerfile check', async ({ expect }) => {
        const app = fresh('allow-run');
        addRun(app);
        app.set('allow-run', true);
        const run = await cli(app.dir);
        // past the gates, docker build itself runs the step
        expect(run.stderr).toContain('── allow-run: image');
        expect(run.stderr).not.toMatch(/runs inside the image build/);
        expect(run.stderr).not.toMatch(/failed in validate/);
      });

      it('allow-dev-dependencies: true ships them on purpose: the run passes and pushes', async ({ expect }) => {
        const app = fresh('allow-dev-dependencies');
        app.set('prune', false);
        app.set('allow-dev-dependencies', true);
        const run = await cli(app.dir);
        expect(run.code, run.output).toBe(0);
        // the dev-dependency gate is off; the size advice about build-time tools (typescript)
        // still warns, which is not a failure, and its fix is the prune, not devDependencies
        expect(run.stderr).not.toMatch(/still holds \d+ devDependencies/);
        expect(run.stderr).toContain('`prune: false` and `allow-dev-dependencies: true` ship the devDependencies too');
        expect(run.stderr).not.toContain('move it to devDependencies');
        expect(run.stderr).not.toMatch(/^error:/m);
        expect(await registryTags(app.image)).toContain('latest');
      });

      it('Node version: another major without native addons is a warning; the run passes', async ({ expect }) => {
        const app = fresh('node-version-warning');
        app.set('build-args', { BASE_IMAGE: NODE_18_BASE });
        const run = await cli(app.dir);
        expect(run.code, run.output).toBe(0);
        expect(run.stderr).toMatch(
          new RegExp(
            `^warning: The runner's Node ${RUNNER_MAJOR} installed node_modules and ran the build, but the base image ${NODE_18_BASE} runs Node v18\\.20\\.0\\. ` +
              '.*Use the same major on both',
            'm',
          ),
        );
        expect(await registryTags(app.image)).toContain('latest');
      });

      it('two targets, one failing a gate: nothing is pushed, unless the config says they are independent', async ({
        expect,
      }) => {
        const repo = twoApps();
        checkouts.push(repo);
        addRun(repo, 'app2/Dockerfile');

        const run = await cli(repo.dir, ['--json']);
        expect(run.code, run.output).toBe(1);
        expect(run.stderr).toMatch(/app2 failed: .*app2\/Dockerfile:\d+/);
        // the preflight stopped app2 before any work (its restore ran beside the preflight, reading only)
        for (const phase of ['install', 'build', 'image']) expect(run.stderr).not.toContain(`[app2] ── ${phase}`);
        expect(run.stderr).toContain(
          'nothing is pushed: app2 failed (set `independent: true` to push the targets that passed)',
        );
        const out = JSON.parse(run.stdout) as CliJson;
        // app1 went all the way to a smoke-tested image; only the push was held back
        expect(out.timings.targets.app1!.phases.image).toBeGreaterThan(0);
        expect(out.timings.targets.app1!.phases.smoke).toBeGreaterThan(0);
        expect(out.images.app1!.digest).toBeNull();
        expect(await registryTags(repo.images.app1)).toEqual([]);
        expect(await registryTags(repo.images.app2)).toEqual([]);

        repo.edit('artifact-build.yml', (t) => t.replace(/^targets:/m, 'independent: true\ntargets:'));
        const independent = await cli(repo.dir, ['--json']);
        expect(independent.code, independent.output).toBe(1);
        const out2 = JSON.parse(independent.stdout) as CliJson;
        expect(out2.images.app1!.digest).toMatch(/^sha256:/);
        expect(await registryTags(repo.images.app1)).toContain('latest');
        expect(await registryTags(repo.images.app2)).toEqual([]);
      });

      it('in the action, a gate failure is an annotation on the Dockerfile line, and the outputs are still written', async ({
        expect,
      }) => {
        const app = fresh('action');
        addRun(app);
        const runner = runnerEnv({
          workspace: app.dir,
          sha: app.sha,
          event: 'push',
          // no Actions cache service here: install instead of warning about it
          inputs: { config: 'artifact-build.yml', baseline: 'off', cache: 'false' },
        });
        const run = await slot(() => runNode(bundles.action, [], { cwd: app.dir, env: runner.env }));
        const output = `${run.stdout}\n${run.stderr}`;
        expectNoSecret(output);
        expect(run.code, output).toBe(1);
        expect(run.stdout).toMatch(/^push: yes/m);
        const line = app.lineOf('Dockerfile', RUN_LINE);
        const annotation = `^::error file=Dockerfile,line=${line}::action failed: .*\`RUN npm ci\` runs inside the image build`;
        expect(run.stdout).toMatch(new RegExp(annotation, 'm'));
        // once: failing the step does not annotate the same finding again, and "nothing is
        // pushed" is a warning, the failure's consequence
        expect(run.stdout.match(/^::error\b/gm)).toHaveLength(1);
        expect(run.stdout).toMatch(/^::warning::nothing is pushed: action failed/m);
        const outputs = runner.outputs();
        rmSync(path.dirname(runner.env.GITHUB_OUTPUT!), { recursive: true, force: true });
        const timings = JSON.parse(outputs.timings ?? '') as TimingsOutput;
        // the preflight stopped it: the target is in the outputs, with no phase run
        expect(timings.targets.action!.phases).toEqual({});
        const images = JSON.parse(outputs.images ?? '') as ImagesOutput;
        expect(images.action?.digest ?? null).toBeNull();
        expect(await registryTags(app.image)).toEqual([]);
      });
    });
  });
});

/**
 * The built bundles, copied: `npm run build` deletes and rewrites dist/, and a rebuild while
 * this suite runs must not fail the cases that start after it, nor mix two builds in one run.
 */
function snapshotBundles(): Bundles {
  for (const bundle of [CLI_BUNDLE, ACTION_BUNDLE]) {
    if (!existsSync(bundle)) throw new Error(`${path.relative(ROOT, bundle)} is missing: run \`npm run build\` first`);
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'adb-gates-dist-'));
  cpSync(path.join(ROOT, 'dist'), path.join(dir, 'dist'), { recursive: true });
  const copy = (bundle: string): string => path.join(dir, path.relative(ROOT, bundle));
  return { dir, cli: copy(CLI_BUNDLE), action: copy(ACTION_BUNDLE) };
}

/** local/node:20-slim with process.version patched through NODE_OPTIONS, as the probe reads it. */
function buildNode18Base(): void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'adb-gates-node18-'));
  try {
    writeFileSync(
      path.join(dir, 'fake-version.cjs'),
      "Object.defineProperty(process, 'version', { value: 'v18.20.0' });\n",
    );
    writeFileSync(
      path.join(dir, 'Dockerfile'),
      'FROM local/node:20-slim\nCOPY fake-version.cjs /opt/fake-version.cjs\nENV NODE_OPTIONS="--require /opt/fake-version.cjs"\n',
    );
    execFileSync('docker', ['build', '--network', 'host', '--quiet', '--tag', NODE_18_BASE, dir], { stdio: 'pipe' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
