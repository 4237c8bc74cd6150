import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig, parseConfig } from '../../src/config/load.js';
import type { Config } from '../../src/config/types.js';
import { ConfigError } from '../../src/errors.js';

const FILE = '/repo/artifact-build.yml';

/** Every key of README.md's config example, spread over two targets so both forms of each are covered. */
const FULL = `version: 1
registry: ghcr.io/acme/
concurrency: 2
independent: true
engine: buildx
targets:
  backend:
    context: apps/backend
    install: npm ci
    build:
      - npm run generate
      - npm run build
    prune: npm prune --omit=dev
    artifacts: [dist, node_modules/, ./prisma, package.json]
    dockerfile: Dockerfile
    image: backend
    tags: [latest, "sha-{sha7}", "{branch}"]
    build-args: { NODE_ENV: production, PORT: 4000, DEBUG: false }
    platforms: [linux/amd64]
    smoke: { port: 4000, path: /health, timeout: 30, env: { LOG_LEVEL: debug } }
    baseline: { dockerfile: Dockerfile.multistage }
    budget: { image-size: 500MB, artifacts-size: 1.5GiB }
  frontend:
    context: apps/frontend
    build: npm run build
    prune: false
    artifacts: [.next/standalone]
    dockerfile: docker/Dockerfile.web
    image: docker.io/acme/web
    baseline: { seconds: 900 }
    allow-run: true
    allow-dev-dependencies: true
`;

const EXPECTED: Config = {
  file: FILE,
  dir: '/repo',
  version: 1,
  registry: 'ghcr.io/acme',
  concurrency: 2,
  independent: true,
  engine: 'buildx',
  targets: [
    {
      name: 'backend',
      context: '/repo/apps/backend',
      install: 'npm ci',
      build: ['npm run generate', 'npm run build'],
      prune: 'npm prune --omit=dev',
      artifacts: ['dist', 'node_modules', 'prisma', 'package.json'],
      dockerfile: '/repo/apps/backend/Dockerfile',
      image: 'ghcr.io/acme/backend',
      tags: ['latest', 'sha-{sha7}', '{branch}'],
      buildArgs: { NODE_ENV: 'production', PORT: '4000', DEBUG: 'false' },
      platforms: ['linux/amd64'],
      smoke: { port: 4000, path: '/health', timeout: 30, env: { LOG_LEVEL: 'debug' } },
      baseline: { kind: 'dockerfile', dockerfile: '/repo/apps/backend/Dockerfile.multistage' },
      budget: { imageSize: 500_000_000, artifactsSize: Math.round(1.5 * 1024 ** 3) },
      allowRun: false,
      allowDevDependencies: false,
      allowCopyFrom: [],
      locations: expect.any(Object),
    },
    {
      name: 'frontend',
      context: '/repo/apps/frontend',
      build: ['npm run build'],
      prune: false,
      artifacts: ['.next/standalone'],
      dockerfile: '/repo/apps/frontend/docker/Dockerfile.web',
      image: 'docker.io/acme/web',
      tags: [],
      buildArgs: {},
      platforms: [],
      baseline: { kind: 'seconds', seconds: 900 },
      budget: {},
      allowRun: true,
      allowDevDependencies: true,
      allowCopyFrom: [],
      locations: expect.any(Object),
    },
  ],
};

/** A valid one-target config whose target gets `extra` (already indented) from line 6 on. */
function withTarget(extra: string): string {
  return `version: 1
targets:
  api:
    context: apps/api
    artifacts: [dist]
${extra}
`;
}

function parseError(text: string): ConfigError {
  try {
    parseConfig(text, FILE);
  } catch (error: unknown) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError, the config was accepted');
}

describe('parseConfig accepts', () => {
  it('every key of the documented example, into the typed config', () => {
    expect(parseConfig(FULL, FILE)).toEqual(EXPECTED);
  });

  it('records where each target and its keys sit, for annotations later on', () => {
    const [backend] = parseConfig(FULL, FILE).targets;
    expect(backend!.locations['']).toEqual({ file: FILE, line: 7, column: 3 });
    expect(backend!.locations.context).toEqual({ file: FILE, line: 8, column: 14 });
    expect(backend!.locations.smoke).toEqual({ file: FILE, line: 20, column: 12 });
  });

  it.each([
    {
      name: 'defaults: image is the target name, Dockerfile in the context, no tags, smoke timeout 60',
      text: withTarget('    smoke: { port: 3000 }'),
      expected: {
        image: 'api',
        dockerfile: '/repo/apps/api/Dockerfile',
        tags: [],
        build: [],
        smoke: { port: 3000, path: '/', timeout: 60, env: {} },
        allowRun: false,
      },
      absent: ['install', 'prune', 'baseline'],
    },
    {
      name: 'a registry that is a bare host with a port',
      text: `registry: localhost:5000\n${withTarget('')}`,
      expected: { image: 'localhost:5000/api' },
      absent: [],
    },
    {
      name: 'a full image reference is kept, not joined to the registry',
      text: `registry: ghcr.io/acme\n${withTarget('    image: localhost:5000/team/api')}`,
      expected: { image: 'localhost:5000/team/api' },
      absent: [],
    },
    {
      name: 'a relative image with a path is joined to the registry',
      text: `registry: ghcr.io/acme\n${withTarget('    image: team/api')}`,
      expected: { image: 'ghcr.io/acme/team/api' },
      absent: [],
    },
    {
      name: 'trace as a string or a list, with trace-include globs cleaned of ./',
      text: `version: 1\ntargets:\n  api:\n    context: apps/api\n    artifacts: [dist, node_modules]\n    trace: ./dist/main.js\n    trace-include: ["./node_modules/pkg/templates/**"]\n`,
      expected: { trace: { entries: ['dist/main.js'], include: ['node_modules/pkg/templates/**'] } },
      absent: [],
    },
  ])('$name', ({ text, expected, absent }) => {
    const target = parseConfig(text, FILE).targets[0]!;
    expect(target).toMatchObject(expected);
    for (const key of absent) expect(target).not.toHaveProperty(key);
  });

  it('leaves the top-level options unset when the file does not set them', () => {
    const config = parseConfig(withTarget(''), FILE);
    expect(config).toMatchObject({ version: 1, independent: false, dir: '/repo' });
    expect(config).not.toHaveProperty('registry');
    expect(config).not.toHaveProperty('concurrency');
    expect(config).not.toHaveProperty('engine');
  });
});

describe('parseConfig rejects, naming file:line:col and how to fix it', () => {
  it.each([
    // the top level
    {
      name: 'unknown top-level key suggests the nearest',
      text: 'version: 1\nregisty: ghcr.io/acme\ntargets:\n  api: { context: x, artifacts: [dist] }\n',
      at: '2:1',
      hint: 'unknown key `registy` in the top level; did you mean `registry`?',
    },
    {
      name: 'unknown top-level key far from any lists the valid keys',
      text: `colour: red\n${withTarget('')}`,
      at: '1:1',
      hint: 'valid keys: version, registry, concurrency, independent, engine, targets',
    },
    {
      name: 'missing version',
      text: 'targets:\n  api: { context: x, artifacts: [dist] }\n',
      at: '1:1',
      hint: '`version: 1` is missing',
    },
    {
      name: 'version 2',
      text: 'version: 2\ntargets:\n  api: { context: x, artifacts: [dist] }\n',
      at: '1:10',
      hint: 'this release reads `version: 1`',
    },
    {
      name: 'missing targets',
      text: 'version: 1\nregistry: ghcr.io/acme\n',
      at: '1:1',
      hint: '`targets` must map at least one target name',
    },
    {
      name: 'targets empty',
      text: 'version: 1\ntargets: {}\n',
      at: '2:10',
      hint: '`targets` must map at least one target name',
    },
    {
      name: 'engine not one of the engines',
      text: `engine: podman\n${withTarget('')}`,
      at: '1:9',
      hint: '`engine` must be one of auto, buildx, docker, oci',
    },
    {
      name: 'concurrency not a whole number',
      text: `concurrency: 1.5\n${withTarget('')}`,
      at: '1:14',
      hint: '`concurrency` must be a whole number',
    },
    {
      name: 'registry with capitals',
      text: `registry: ghcr.io/Acme\n${withTarget('')}`,
      at: '1:11',
      hint: 'is not a registry host or repository prefix',
    },
    {
      name: 'target name with a space',
      text: 'version: 1\ntargets:\n  my api: { context: x, artifacts: [dist] }\n',
      at: '3:3',
      hint: 'target name "my api" may hold only letters, digits, - and _',
    },
    {
      name: 'a target name too long to become a file or container name',
      text: `version: 1\ntargets:\n  ${'a'.repeat(300)}: { context: x, artifacts: [dist] }\n`,
      at: '3:3',
      hint: 'is 300 characters long; use at most 64',
    },
    {
      name: 'a build-arg value too long for a command line',
      text: `version: 1\ntargets:\n  api:\n    context: x\n    artifacts: [dist]\n    build-args:\n      BIG: ${'x'.repeat(70_000)}\n`,
      at: '7:7',
      hint: 'build-arg BIG is 70000 bytes; a value may hold at most 64 KiB (it goes on the command line)',
    },
    {
      name: 'build-args too long together',
      text: `version: 1\ntargets:\n  api:\n    context: x\n    artifacts: [dist]\n    build-args:\n${Array.from({ length: 9 }, (_, i) => `      A${i}: ${'x'.repeat(60_000)}\n`).join('')}`,
      at: '15:7',
      hint: 'the build-args are 540000 bytes together; they may hold at most 512 KiB',
    },
    {
      name: 'a Dockerfile above the repository',
      text: withTarget('    dockerfile: ../../../secret\n'),
      at: '6:17',
      hint: '`api.dockerfile` (/secret) is outside /repo; the Dockerfile must be in the repository',
    },
    {
      name: 'a Dockerfile at an absolute path outside the repository',
      text: withTarget('    dockerfile: /etc/passwd\n'),
      at: '6:17',
      hint: '`api.dockerfile` (/etc/passwd) is outside /repo',
    },
    // a target
    {
      name: 'unknown key in a target: contxt → context',
      text: 'version: 1\ntargets:\n  api:\n    contxt: apps/api\n    artifacts: [dist]\n',
      at: '4:5',
      hint: 'unknown key `contxt` in target `api`; did you mean `context`?',
    },
    {
      name: 'unknown key in a target: artefacts → artifacts',
      text: 'version: 1\ntargets:\n  api:\n    context: apps/api\n    artefacts: [dist]\n',
      at: '5:5',
      hint: 'did you mean `artifacts`?',
    },
    {
      name: 'target that is not a mapping',
      text: 'version: 1\ntargets:\n  api: apps/api\n',
      at: '3:3',
      hint: 'target `api` must be a mapping',
    },
    {
      name: 'target missing context',
      text: 'version: 1\ntargets:\n  api:\n    artifacts: [dist]\n',
      at: '3:3',
      hint: 'target `api` needs `context`',
    },
    {
      name: 'target missing artifacts',
      text: 'version: 1\ntargets:\n  api:\n    context: apps/api\n',
      at: '3:3',
      hint: 'target `api` needs `artifacts`',
    },
    {
      name: 'artifacts empty',
      text: 'version: 1\ntargets:\n  api:\n    context: apps/api\n    artifacts: []\n',
      at: '5:16',
      hint: '`artifacts` is empty; list what the image copies',
    },
    {
      name: 'artifacts not a list',
      text: 'version: 1\ntargets:\n  api:\n    context: apps/api\n    artifacts: dist\n',
      at: '5:16',
      hint: '`api.artifacts` must be a list',
    },
    {
      name: 'artifact outside the context (../x)',
      text: 'version: 1\ntargets:\n  api:\n    context: apps/api\n    artifacts: [dist, ../x]\n',
      at: '5:23',
      hint: 'artifact "../x" must be a path inside the target\'s context',
    },
    {
      name: 'artifact outside the context after normalising (dist/../../x)',
      text: 'version: 1\ntargets:\n  api:\n    context: apps/api\n    artifacts:\n      - dist/../../x\n',
      at: '6:9',
      hint: "must be a path inside the target's context",
    },
    {
      name: 'artifact that is an absolute path',
      text: 'version: 1\ntargets:\n  api:\n    context: apps/api\n    artifacts: [/abs]\n',
      at: '5:17',
      hint: 'artifact "/abs" must be a path inside',
    },
    {
      name: 'artifact that is the context itself',
      text: 'version: 1\ntargets:\n  api:\n    context: apps/api\n    artifacts: [.]\n',
      at: '5:17',
      hint: 'artifact "." must be a path inside',
    },
    {
      name: 'tag starting with -',
      text: withTarget('    tags: [latest, "-bad"]'),
      at: '6:20',
      hint: 'tag "-bad": a tag must not start with - or .',
    },
    {
      name: 'tag starting with .',
      text: withTarget('    tags: [".bad"]'),
      at: '6:12',
      hint: 'tag ".bad": a tag must not start with - or .',
    },
    {
      name: 'tag with a space',
      text: withTarget('    tags: ["a b"]'),
      at: '6:12',
      hint: 'a tag holds only letters, digits, _ . -',
    },
    {
      name: 'tag with an unknown placeholder',
      text: withTarget('    tags:\n      - latest\n      - "v{unknown}"'),
      at: '8:9',
      hint: 'unknown placeholder {unknown}; known: {sha} {sha7} {branch} {run} {version}',
    },
    {
      name: 'image with capitals',
      text: withTarget('    image: Backend'),
      at: '6:12',
      hint: 'image "Backend" is not a valid repository name',
    },
    {
      name: 'image starting with -',
      text: withTarget('    image: "-x"'),
      at: '6:12',
      hint: 'image "-x" is not a valid repository name',
    },
    { name: 'image with a tag', text: withTarget('    image: app:1'), at: '6:12', hint: 'no tag (use `tags`)' },
    {
      name: 'target name that is no valid image, when image is not set',
      text: 'version: 1\ntargets:\n  Api: { context: x, artifacts: [dist] }\n',
      at: '3:3',
      hint: 'image "Api" is not a valid repository name',
    },
    {
      name: 'platform without an architecture',
      text: withTarget('    platforms: [linux/amd64, linux]'),
      at: '6:30',
      hint: 'platform "linux" must look like linux/amd64',
    },
    {
      name: 'platform with capitals',
      text: withTarget('    platforms: [Linux/AMD64]'),
      at: '6:17',
      hint: 'platform "Linux/AMD64"',
    },
    {
      name: 'build-arg name starting with a digit',
      text: withTarget('    build-args:\n      OK: 1\n      9LIVES: x'),
      at: '8:7',
      hint: 'build-arg name "9LIVES" must be a letter or _',
    },
    {
      name: 'build-arg name with a dash',
      text: withTarget('    build-args: { NODE-ENV: production }'),
      at: '6:19',
      hint: 'build-arg name "NODE-ENV"',
    },
    {
      name: 'build-arg value that is a mapping',
      text: withTarget('    build-args: { A: { b: c } }'),
      at: '6:22',
      hint: '`api.build-args.A` must be a string, number or boolean',
    },
    {
      name: 'prune true',
      text: withTarget('    prune: true'),
      at: '6:12',
      hint: '`api.prune` must be a command or false',
    },
    {
      name: 'build that is a mapping',
      text: withTarget('    build: { a: b }'),
      at: '6:12',
      hint: '`api.build` must be a non-empty string',
    },
    {
      name: 'allow-run as a string',
      text: withTarget('    allow-run: "yes"'),
      at: '6:16',
      hint: '`api.allow-run` must be true or false',
    },
    // smoke, baseline, budget
    {
      name: 'unknown key in smoke suggests the nearest',
      text: withTarget('    smoke: { port: 3000, pth: /health }'),
      at: '6:26',
      hint: 'unknown key `pth` in api.smoke; did you mean `path`?',
    },
    {
      name: 'smoke without a value',
      text: withTarget('    smoke:'),
      at: '6:11',
      hint: '`api.smoke` must be a mapping',
    },
    {
      name: 'smoke without a port',
      text: withTarget('    smoke: { path: /health }'),
      at: '6:12',
      hint: '`api.smoke` needs `port`',
    },
    {
      name: 'smoke port 70000',
      text: withTarget('    smoke: { port: 70000 }'),
      at: '6:20',
      hint: '`api.smoke.port` must be at most 65535',
    },
    {
      name: 'smoke port 0',
      text: withTarget('    smoke: { port: 0 }'),
      at: '6:20',
      hint: '`api.smoke.port` must be a positive number',
    },
    {
      name: 'smoke path without /',
      text: withTarget('    smoke: { port: 3000, path: health }'),
      at: '6:32',
      hint: '`api.smoke.path` must start with /',
    },
    {
      name: 'baseline with both keys',
      text: withTarget('    baseline: { dockerfile: Dockerfile.multistage, seconds: 900 }'),
      at: '6:15',
      hint: 'takes exactly one of `dockerfile` or `seconds`',
    },
    {
      name: 'baseline with neither key',
      text: withTarget('    baseline: {}'),
      at: '6:15',
      hint: 'takes exactly one of `dockerfile` or `seconds`',
    },
    {
      name: 'baseline seconds negative',
      text: withTarget('    baseline: { seconds: -5 }'),
      at: '6:26',
      hint: '`api.baseline.seconds` must be a positive number',
    },
    {
      name: 'budget lots',
      text: withTarget('    budget: { image-size: lots }'),
      at: '6:27',
      hint: '`api.budget.image-size` must be a size like 500MB',
    },
    {
      name: 'budget of zero',
      text: withTarget('    budget: { artifacts-size: 0MB }'),
      at: '6:31',
      hint: '`api.budget.artifacts-size` must be a size',
    },
    {
      name: 'unknown key in budget',
      text: withTarget('    budget: { image_size: 1GB }'),
      at: '6:15',
      hint: 'did you mean `image-size`?',
    },
    // YAML itself
    {
      name: 'YAML syntax error: a nested mapping on one line',
      text: 'version: 1\ntargets:\n  api:\n    context: apps: api\n',
      at: '4:14',
      hint: 'invalid YAML: Nested mappings are not allowed in compact mappings',
    },
    {
      name: 'YAML syntax error: a tab as indentation',
      text: 'version: 1\ntargets:\n\tapi: {}\n',
      at: '3:1',
      hint: 'invalid YAML: Tabs are not allowed as indentation',
    },
    {
      name: 'trace without node_modules among the artifacts',
      text: withTarget('    trace: [dist/main.js]'),
      at: '6:12',
      hint: 'add node_modules to `artifacts` or remove `trace`',
    },
    {
      name: 'a trace entry in no artifact',
      text: `version: 1\ntargets:\n  api:\n    context: apps/api\n    artifacts: [dist, node_modules]\n    trace: [dist/main.js, src/main.ts]\n`,
      at: '6:27',
      hint: 'trace entry "src/main.ts" is in none of the artifacts',
    },
    {
      name: 'a trace entry inside node_modules',
      text: `version: 1\ntargets:\n  api:\n    context: apps/api\n    artifacts: [dist, node_modules]\n    trace: [node_modules/pkg/index.js]\n`,
      at: '6:13',
      hint: "name the app's own entry files",
    },
    {
      name: 'trace-include outside node_modules',
      text: `version: 1\ntargets:\n  api:\n    context: apps/api\n    artifacts: [dist, node_modules]\n    trace: [dist/main.js]\n    trace-include: [dist/templates/**]\n`,
      at: '7:21',
      hint: 'trace-include "dist/templates/**" must start with node_modules/',
    },
    {
      name: 'trace-include without trace',
      text: `version: 1\ntargets:\n  api:\n    context: apps/api\n    artifacts: [dist, node_modules]\n    trace-include: [node_modules/pkg/**]\n`,
      at: '6:20',
      hint: "set `trace` to the server's entry files",
    },
    {
      name: 'duplicate top-level key',
      text: `version: 1\n${withTarget('')}`,
      at: '2:1',
      hint: 'invalid YAML: Map keys must be unique',
    },
    {
      name: 'duplicate key in a target',
      text: withTarget('    context: apps/other'),
      at: '6:5',
      hint: 'invalid YAML: Map keys must be unique',
    },
    {
      name: 'a list instead of a mapping',
      text: '- version: 1\n',
      at: '1:1',
      hint: 'the config must be a mapping with `version` and `targets`',
    },
  ])('$name', ({ text, at, hint }) => {
    const error = parseError(text);
    const [line, column] = at.split(':').map(Number);
    expect(error.location).toEqual({ file: FILE, line, column });
    expect(error.message).toMatch(new RegExp(`^${FILE}:${at}: `));
    expect(error.message).toContain(hint);
    expect(error.exitCode).toBe(2);
  });

  it('an empty file names the file, with no position to point at', () => {
    const error = parseError('');
    expect(error.message).toBe(`${FILE}: the config must be a mapping with \`version\` and \`targets\``);
  });
});

describe('loadConfig', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'adb-config-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads the file and resolves paths against its directory', async () => {
    await mkdir(path.join(dir, 'ci'));
    const text = 'version: 1\ntargets:\n  api: { context: ../apps/api, artifacts: [dist] }\n';
    await writeFile(path.join(dir, 'ci', 'artifact-build.yml'), text);
    const relative = path.relative(process.cwd(), path.join(dir, 'ci', 'artifact-build.yml'));
    const config = loadConfig(relative);
    expect(config.file).toBe(path.join(dir, 'ci', 'artifact-build.yml'));
    expect(config.dir).toBe(path.join(dir, 'ci'));
    expect(config.targets[0]!.context).toBe(path.join(dir, 'apps', 'api'));
  });

  it.each([
    { name: 'a missing file names its absolute path', file: 'nope.yml', why: 'no such file' },
    { name: 'a directory names its path', file: '.', why: 'it is a directory' },
  ])('$name', ({ file, why }) => {
    const absolute = path.resolve(dir, file);
    const error = (() => {
      try {
        loadConfig(absolute);
      } catch (caught: unknown) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toBe(
      `${absolute}: cannot read the config file (${why}); set the \`config\` input or --config to its path`,
    );
  });

  it('reports errors with the path of the file it read', async () => {
    const file = path.join(dir, 'artifact-build.yml');
    await writeFile(file, 'version: 3\n');
    expect(() => loadConfig(file)).toThrow(`${file}:1:10: unsupported version`);
  });
});
