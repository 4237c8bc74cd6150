import { describe, expect, it } from 'vitest';
import {
  parseMetadataDigest,
  planBuildx,
  supportsRewriteTimestamp,
  type BuildxCapabilities,
  type BuildxOutput,
} from '../../src/engines/buildx.js';
import {
  buildDisplay,
  DockerEngine,
  parsePushDigest,
  planDockerBuild,
  planDockerPull,
  planDockerPush,
} from '../../src/engines/docker.js';
import type { ImageBuildRequest } from '../../src/engines/engine.js';
import { BuildError, CommandError } from '../../src/errors.js';
import { createRunner, type Runner } from '../../src/exec.js';
import { MemoryLogger } from '../../src/log.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const DIGEST = 'sha256:9f4e2a0c1b3d5e7f9a1b3c5d7e9f1a3b5c7d9e1f3a5b7c9d1e3f5a7b9c1d3e5f';
const FILES = { metadata: '/tmp/adb/api.push.metadata.json', iid: '/tmp/adb/api.push.iid' };
const BUILDX: BuildxCapabilities = { version: '0.19.3', command: ['docker', 'buildx'] };

const REQUEST: ImageBuildRequest = {
  target: 'api',
  contextDir: '/tmp/adb/api/context',
  dockerfile: '/tmp/adb/api/context/Dockerfile',
  tags: ['ghcr.io/acme/api:sha-1234567', 'ghcr.io/acme/api:latest'],
  buildArgs: { NODE_ENV: 'production' },
  labels: { 'org.opencontainers.image.title': 'api' },
  platforms: ['linux/amd64'],
  cacheFrom: ['ghcr.io/acme/api:main', 'ghcr.io/acme/api:latest'],
  willPush: true,
};

/**
 * Strings that would be flags if they ever stood alone in argv. Config validation rejects them
 * long before, so this only proves the plan never relies on that: each is a flag's value.
 */
const HOSTILE: ImageBuildRequest = {
  target: 'api',
  contextDir: '-context',
  dockerfile: '-context/Dockerfile',
  tags: ['--push', '-t'],
  buildArgs: { A: '--privileged', B: '-v=/:/host' },
  labels: { x: '--output=type=local,dest=/' },
  platforms: ['linux/amd64'],
  cacheFrom: ['--no-cache'],
  willPush: true,
};

const FLAGS_WITH_VALUES = new Set([
  '--file',
  '--tag',
  '--build-arg',
  '--label',
  '--iidfile',
  '--metadata-file',
  '--platform',
  '--output',
  '--cache-from',
  '--cache-to',
]);

/**
 * Reads argv after the command as docker's flag parser would: every element before `--` is a
 * known flag followed by its value, and only the context follows `--`.
 */
function readFlags(
  argv: readonly string[],
  command: readonly string[],
): { flags: [string, string][]; context: string } {
  expect(argv.slice(0, command.length)).toEqual(command);
  const flags: [string, string][] = [];
  let i = command.length;
  while (argv[i] !== '--') {
    const flag = argv[i]!;
    if (!FLAGS_WITH_VALUES.has(flag)) {
      throw new Error(`argv[${i}] "${flag}" is not a flag of the plan, in ${JSON.stringify(argv)}`);
    }
    if (i + 1 >= argv.length) throw new Error(`${flag} has no value`);
    flags.push([flag, argv[i + 1]!]);
    i += 2;
  }
  const rest = argv.slice(i + 1);
  expect(rest).toHaveLength(1);
  return { flags, context: rest[0]! };
}

function values(flags: readonly [string, string][], name: string): string[] {
  return flags.filter(([flag]) => flag === name).map(([, value]) => value);
}

describe('planDockerBuild', () => {
  it('passes tags, build-args and labels as flag pairs, the context after --', () => {
    expect(planDockerBuild(REQUEST, '/tmp/adb/api.iid')).toEqual([
      'docker',
      'build',
      '--file',
      '/tmp/adb/api/context/Dockerfile',
      '--tag',
      'ghcr.io/acme/api:sha-1234567',
      '--tag',
      'ghcr.io/acme/api:latest',
      '--build-arg',
      'NODE_ENV=production',
      '--label',
      'org.opencontainers.image.title=api',
      '--iidfile',
      '/tmp/adb/api.iid',
      '--platform',
      'linux/amd64',
      '--',
      '/tmp/adb/api/context',
    ]);
  });

  it.each([
    { name: 'no platform: the daemon’s own', platforms: [], expected: [] },
    { name: 'one platform', platforms: ['linux/arm64'], expected: ['linux/arm64'] },
  ])('$name', ({ platforms, expected }) => {
    const { flags } = readFlags(planDockerBuild({ ...REQUEST, platforms }, '/tmp/iid'), ['docker', 'build']);
    expect(values(flags, '--platform')).toEqual(expected);
  });

  it('takes a pulled earlier image as cache', () => {
    const { flags } = readFlags(planDockerBuild(REQUEST, '/tmp/iid', ['ghcr.io/acme/api:main']), ['docker', 'build']);
    expect(values(flags, '--cache-from')).toEqual(['ghcr.io/acme/api:main']);
  });

  it.each([
    {
      name: "the daemon's platform",
      platform: undefined,
      expected: ['docker', 'pull', '--quiet', 'ghcr.io/acme/api:main'],
    },
    {
      name: "the target's one platform",
      platform: 'linux/arm64',
      expected: ['docker', 'pull', '--quiet', '--platform', 'linux/arm64', 'ghcr.io/acme/api:main'],
    },
  ])('pulls the cache image for $name', ({ platform, expected }) => {
    expect(planDockerPull('ghcr.io/acme/api:main', platform)).toEqual(expected);
  });

  it('refuses several platforms, naming the engines that can', () => {
    const request = { ...REQUEST, platforms: ['linux/amd64', 'linux/arm64'] };
    expect(() => planDockerBuild(request, '/tmp/iid')).toThrow(BuildError);
    expect(() => planDockerBuild(request, '/tmp/iid')).toThrow(
      'api: building for linux/amd64, linux/arm64 needs the buildx or oci engine',
    );
  });

  it('never lets a tag, build-arg, label or context be read as a flag', () => {
    const { flags, context } = readFlags(planDockerBuild(HOSTILE, '/tmp/iid'), ['docker', 'build']);
    expect(values(flags, '--tag')).toEqual(['--push', '-t']);
    expect(values(flags, '--build-arg')).toEqual(['A=--privileged', 'B=-v=/:/host']);
    expect(values(flags, '--label')).toEqual(['x=--output=type=local,dest=/']);
    expect(context).toBe('-context');
  });
});

describe('planDockerPush and parsePushDigest', () => {
  it('pushes one tag', () => {
    expect(planDockerPush('ghcr.io/acme/api:latest')).toEqual(['docker', 'push', 'ghcr.io/acme/api:latest']);
  });

  it.each([
    {
      name: 'docker push output',
      output: [
        'The push refers to repository [localhost:5000/self-test/app]',
        '5f70bf18a086: Layer already exists',
        'a1b2c3d4e5f6: Pushed',
        `sha-1234567: digest: ${DIGEST} size: 1364`,
      ].join('\n'),
      digest: DIGEST,
    },
    {
      name: 'no digest line',
      output: 'The push refers to repository [localhost:5000/app]\nerror: denied',
      digest: undefined,
    },
    { name: 'a digest too short', output: 'latest: digest: sha256:abc size: 1', digest: undefined },
  ])('$name', ({ output, digest }) => {
    expect(parsePushDigest(output)).toBe(digest);
  });
});

describe('supportsRewriteTimestamp', () => {
  it.each([
    { name: '0.12.1', version: '0.12.1', supported: false },
    { name: '0.9.1 (one-digit minor)', version: '0.9.1', supported: false },
    { name: '0.13.0, where it arrived', version: '0.13.0', supported: true },
    { name: '0.19.3', version: '0.19.3', supported: true },
    { name: '1.0.0', version: '1.0.0', supported: true },
    { name: 'a v prefix', version: 'v0.13.1', supported: true },
    { name: 'Docker Desktop’s suffix', version: '0.17.1-desktop.1', supported: true },
  ])('$name', ({ version, supported }) => {
    expect(supportsRewriteTimestamp(version)).toBe(supported);
  });
});

describe('planBuildx', () => {
  const common = [
    '--file',
    '/tmp/adb/api/context/Dockerfile',
    '--tag',
    'ghcr.io/acme/api:sha-1234567',
    '--tag',
    'ghcr.io/acme/api:latest',
    '--build-arg',
    'NODE_ENV=production',
    '--label',
    'org.opencontainers.image.title=api',
    '--iidfile',
    FILES.iid,
    '--metadata-file',
    FILES.metadata,
  ];
  const cacheFrom = [
    '--cache-from',
    'type=registry,ref=ghcr.io/acme/api:main',
    '--cache-from',
    'type=registry,ref=ghcr.io/acme/api:latest',
  ];

  it.each([
    {
      name: 'load, no SOURCE_DATE_EPOCH',
      output: 'load' as BuildxOutput,
      request: REQUEST,
      caps: BUILDX,
      expected: [
        'docker',
        'buildx',
        'build',
        ...common,
        '--platform',
        'linux/amd64',
        ...cacheFrom,
        '--output',
        'type=docker',
        '--',
        REQUEST.contextDir,
      ],
    },
    {
      name: 'load with SOURCE_DATE_EPOCH: passed as build-arg and layer times rewritten',
      output: 'load' as BuildxOutput,
      request: { ...REQUEST, sourceDateEpoch: 1_700_000_000 },
      caps: BUILDX,
      expected: [
        'docker',
        'buildx',
        'build',
        ...common,
        '--platform',
        'linux/amd64',
        '--build-arg',
        'SOURCE_DATE_EPOCH=1700000000',
        ...cacheFrom,
        '--output',
        'type=docker,rewrite-timestamp=true',
        '--',
        REQUEST.contextDir,
      ],
    },
    {
      name: 'load with SOURCE_DATE_EPOCH on buildx 0.12: no rewrite-timestamp, which it would reject',
      output: 'load' as BuildxOutput,
      request: { ...REQUEST, sourceDateEpoch: 1_700_000_000 },
      caps: { ...BUILDX, version: '0.12.1' },
      expected: [
        'docker',
        'buildx',
        'build',
        ...common,
        '--platform',
        'linux/amd64',
        '--build-arg',
        'SOURCE_DATE_EPOCH=1700000000',
        ...cacheFrom,
        '--output',
        'type=docker',
        '--',
        REQUEST.contextDir,
      ],
    },
    {
      name: 'nothing pushed before: no cache import',
      output: 'load' as BuildxOutput,
      request: { ...REQUEST, cacheFrom: [] },
      caps: BUILDX,
      expected: [
        'docker',
        'buildx',
        'build',
        ...common,
        '--platform',
        'linux/amd64',
        '--output',
        'type=docker',
        '--',
        REQUEST.contextDir,
      ],
    },
    {
      name: 'push, no SOURCE_DATE_EPOCH: the branch and latest imported as cache, inline cache recorded',
      output: 'push' as BuildxOutput,
      request: REQUEST,
      caps: BUILDX,
      expected: [
        'docker',
        'buildx',
        'build',
        ...common,
        '--platform',
        'linux/amd64',
        ...cacheFrom,
        '--output',
        'type=image,push=true',
        '--cache-to',
        'type=inline',
        '--',
        REQUEST.contextDir,
      ],
    },
    {
      name: 'push with SOURCE_DATE_EPOCH, several platforms',
      output: 'push' as BuildxOutput,
      request: { ...REQUEST, platforms: ['linux/amd64', 'linux/arm64'], sourceDateEpoch: 0 },
      caps: BUILDX,
      expected: [
        'docker',
        'buildx',
        'build',
        ...common,
        '--platform',
        'linux/amd64,linux/arm64',
        '--build-arg',
        'SOURCE_DATE_EPOCH=0',
        ...cacheFrom,
        '--output',
        'type=image,push=true,rewrite-timestamp=true',
        '--cache-to',
        'type=inline',
        '--',
        REQUEST.contextDir,
      ],
    },
    {
      name: 'cache-only for several platforms: no output at all',
      output: 'cache-only' as BuildxOutput,
      request: { ...REQUEST, platforms: ['linux/amd64', 'linux/arm64'] },
      caps: BUILDX,
      expected: [
        'docker',
        'buildx',
        'build',
        ...common,
        '--platform',
        'linux/amd64,linux/arm64',
        ...cacheFrom,
        '--',
        REQUEST.contextDir,
      ],
    },
    {
      name: 'load with several platforms builds the runner’s own, which is all a store can hold',
      output: 'load' as BuildxOutput,
      request: { ...REQUEST, platforms: ['linux/amd64', 'linux/arm64'] },
      caps: BUILDX,
      expected: [
        'docker',
        'buildx',
        'build',
        ...common,
        ...cacheFrom,
        '--output',
        'type=docker',
        '--',
        REQUEST.contextDir,
      ],
    },
    {
      name: 'a standalone buildx binary',
      output: 'load' as BuildxOutput,
      request: { ...REQUEST, platforms: [] },
      caps: { version: '0.19.3', command: ['buildx'] },
      expected: ['buildx', 'build', ...common, ...cacheFrom, '--output', 'type=docker', '--', REQUEST.contextDir],
    },
  ])('$name', ({ output, request, caps, expected }) => {
    expect(planBuildx(request, output, FILES, caps)).toEqual(expected);
  });

  const SPECS = { ...REQUEST, cacheImports: ['type=gha,scope=api'], cacheExports: ['type=gha,mode=max,scope=api'] };
  it.each([
    {
      name: 'a named builder comes first, as buildx reads it for the whole build',
      output: 'load' as BuildxOutput,
      request: REQUEST,
      builder: 'k8s-arm',
      expected: [
        'docker',
        'buildx',
        'build',
        '--builder',
        'k8s-arm',
        ...common,
        '--platform',
        'linux/amd64',
        ...cacheFrom,
        '--output',
        'type=docker',
        '--',
        REQUEST.contextDir,
      ],
    },
    {
      name: "the user's cache imports after the registry ones, and the export on the first build",
      output: 'load' as BuildxOutput,
      request: SPECS,
      expected: [
        'docker',
        'buildx',
        'build',
        ...common,
        '--platform',
        'linux/amd64',
        ...cacheFrom,
        '--cache-from',
        'type=gha,scope=api',
        '--cache-to',
        'type=gha,mode=max,scope=api',
        '--output',
        'type=docker',
        '--',
        REQUEST.contextDir,
      ],
    },
    {
      name: 'the push imports the cache too but exports only the inline record: the build before exported it',
      output: 'push' as BuildxOutput,
      request: SPECS,
      expected: [
        'docker',
        'buildx',
        'build',
        ...common,
        '--platform',
        'linux/amd64',
        ...cacheFrom,
        '--cache-from',
        'type=gha,scope=api',
        '--output',
        'type=image,push=true',
        '--cache-to',
        'type=inline',
        '--',
        REQUEST.contextDir,
      ],
    },
    {
      name: 'several platforms: the cache-only build exports',
      output: 'cache-only' as BuildxOutput,
      request: { ...SPECS, platforms: ['linux/amd64', 'linux/arm64'] },
      builder: 'remote',
      expected: [
        'docker',
        'buildx',
        'build',
        '--builder',
        'remote',
        ...common,
        '--platform',
        'linux/amd64,linux/arm64',
        ...cacheFrom,
        '--cache-from',
        'type=gha,scope=api',
        '--cache-to',
        'type=gha,mode=max,scope=api',
        '--',
        REQUEST.contextDir,
      ],
    },
  ])('$name', ({ output, request, builder, expected }) => {
    expect(planBuildx(request, output, FILES, BUILDX, builder ? { builder } : {})).toEqual(expected);
  });

  it.each([
    { name: 'load', output: 'load' as BuildxOutput },
    { name: 'push', output: 'push' as BuildxOutput },
    { name: 'cache-only', output: 'cache-only' as BuildxOutput },
  ])('never lets a tag, build-arg, label or context be read as a flag: $name', ({ output }) => {
    const argv = planBuildx({ ...HOSTILE, sourceDateEpoch: 1 }, output, FILES, BUILDX);
    const { flags, context } = readFlags(argv, ['docker', 'buildx', 'build']);
    expect(values(flags, '--tag')).toEqual(['--push', '-t']);
    expect(values(flags, '--build-arg')).toEqual(['A=--privileged', 'B=-v=/:/host', 'SOURCE_DATE_EPOCH=1']);
    expect(values(flags, '--label')).toEqual(['x=--output=type=local,dest=/']);
    expect(context).toBe('-context');
  });
});

describe('buildx moves no tag before the gates', () => {
  // the build runs before the smoke test; only the push step (after every gate) may publish
  it.each([
    { name: 'one platform, loaded for the smoke test', output: 'load' as BuildxOutput, platforms: ['linux/amd64'] },
    {
      name: 'several platforms, cache only',
      output: 'cache-only' as BuildxOutput,
      platforms: ['linux/amd64', 'linux/arm64'],
    },
  ])('$name: no --push, no push=true output', ({ output, platforms }) => {
    const argv = planBuildx({ ...REQUEST, platforms, cacheExports: ['type=gha,scope=api'] }, output, FILES, BUILDX);
    expect(argv).not.toContain('--push');
    expect(argv.filter((arg) => arg.includes('push=true'))).toEqual([]);
    expect(argv.filter((arg, i) => argv[i - 1] === '--output')).toEqual(output === 'load' ? ['type=docker'] : []);
  });
});

describe('parseMetadataDigest', () => {
  it.each([
    {
      name: 'buildx’s metadata file after a push',
      metadata: JSON.stringify({
        'buildx.build.ref': 'builder/builder0/xyz',
        'containerimage.config.digest': 'sha256:1111111111111111111111111111111111111111111111111111111111111111',
        'containerimage.digest': DIGEST,
        'image.name': 'ghcr.io/acme/api:latest',
      }),
      digest: DIGEST,
    },
    {
      name: 'a cache-only build writes no digest',
      metadata: JSON.stringify({ 'buildx.build.ref': 'builder/builder0/xyz' }),
      digest: undefined,
    },
    {
      name: 'a digest that is not a string',
      metadata: JSON.stringify({ 'containerimage.digest': 42 }),
      digest: undefined,
    },
  ])('$name', ({ metadata, digest }) => {
    expect(parseMetadataDigest(metadata)).toBe(digest);
  });
});

describe('build-arg values stay out of logs and errors', () => {
  const SECRET = 'ghp_0123456789abcdefghijklmnopqrstuvwxyzAB';

  it.each([
    {
      name: 'a value',
      argv: ['docker', 'build', '--build-arg', `NPM_TOKEN=${SECRET}`, '--', '.'],
      shown: "docker build --build-arg 'NPM_TOKEN=***' -- .",
    },
    {
      name: 'a value holding = and newlines',
      argv: ['docker', 'build', '--build-arg', `K=a=b\n${SECRET}`, '--', '.'],
      shown: "docker build --build-arg 'K=***' -- .",
    },
    {
      name: 'SOURCE_DATE_EPOCH, which is the commit time',
      argv: ['docker', 'build', '--build-arg', 'SOURCE_DATE_EPOCH=1700000000', '--', '.'],
      shown: 'docker build --build-arg SOURCE_DATE_EPOCH=1700000000 -- .',
    },
    {
      name: 'a label, which is not a build-arg',
      argv: ['docker', 'build', '--label', 'a=b', '--', '.'],
      shown: 'docker build --label a=b -- .',
    },
  ])('buildDisplay: $name', ({ argv, shown }) => {
    expect(buildDisplay(argv)).toBe(shown);
  });

  it('the docker engine logs its build command, and fails, without the values', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'adb-redact-'));
    const logger = new MemoryLogger();
    try {
      const request = { ...REQUEST, buildArgs: { NPM_TOKEN: SECRET }, cacheFrom: [], willPush: false };
      // the real runner, with a `docker` that fails the way a build does, echoing its argv
      writeFileSync(path.join(dir, 'docker'), '#!/bin/sh\necho "docker: $*" >&2\nexit 1\n', { mode: 0o755 });
      const run = createRunner(logger);
      const fakeDocker: Runner = (argv, options) => run([path.join(dir, 'docker'), ...argv.slice(1)], options);
      const error = await new DockerEngine().build(request, { run: fakeDocker, logger, tempDir: dir }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(CommandError);
      expect(logger.lines.find((l) => l.startsWith('$ docker build'))).toContain("--build-arg 'NPM_TOKEN=***'");
      expect((error as CommandError).command).toContain("--build-arg 'NPM_TOKEN=***'");
      expect(
        `${logger.lines.filter((l) => l.startsWith('$')).join('\n')}\n${(error as CommandError).command}`,
      ).not.toContain(SECRET);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
