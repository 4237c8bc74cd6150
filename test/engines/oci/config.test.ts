import { describe, expect, it } from 'vitest';
import { BuildError } from '../../../src/errors.js';
import { parseChown, resolveFrom, unusedBuildArgs } from '../../../src/engines/oci/evaluate.js';
import {
  deriveImageConfig,
  exposedPorts,
  healthcheck,
  mergeEnv,
  parseDuration,
  resolveWorkdir,
  type ContainerConfig,
  type ImageConfigFile,
} from '../../../src/engines/oci/image-config.js';
import { parseDockerfile } from '../../../src/dockerfile/parse.js';
import { readCopyOnlyDockerfile } from '../../../src/engines/oci/instructions.js';
import { parsePlatform } from '../../../src/engines/oci/platform.js';
import { AMD64, stageOf } from './context.js';

const BASE: ContainerConfig = {
  Env: ['PATH=/usr/local/bin:/usr/bin:/bin', 'NODE_VERSION=20.11.0'],
  Entrypoint: ['docker-entrypoint.sh'],
  Cmd: ['node'],
  WorkingDir: '',
  Labels: { maintainer: 'node', 'org.opencontainers.image.version': 'base' },
};

describe('the stage config, instruction by instruction', () => {
  it.each<{ name: string; dockerfile: string; expected: Partial<ContainerConfig>; buildArgs?: Record<string, string> }>(
    [
      {
        name: 'ENTRYPOINT drops a CMD inherited from the base',
        dockerfile: 'ENTRYPOINT ["node"]',
        expected: { Entrypoint: ['node'], Cmd: null },
      },
      {
        name: 'ENTRYPOINT keeps a CMD set before it in this Dockerfile',
        dockerfile: 'CMD ["server.js"]\nENTRYPOINT ["node"]',
        expected: { Entrypoint: ['node'], Cmd: ['server.js'] },
      },
      {
        name: 'CMD after ENTRYPOINT',
        dockerfile: 'ENTRYPOINT ["node"]\nCMD ["a.js"]',
        expected: { Entrypoint: ['node'], Cmd: ['a.js'] },
      },
      {
        name: 'shell form runs under /bin/sh -c',
        dockerfile: 'CMD node server.js --port $PORT',
        expected: { Cmd: ['/bin/sh', '-c', 'node server.js --port $PORT'] },
      },
      {
        name: 'shell form runs under SHELL',
        dockerfile: 'SHELL ["/bin/bash", "-lc"]\nENTRYPOINT exec node x',
        expected: { Shell: ['/bin/bash', '-lc'], Entrypoint: ['/bin/bash', '-lc', 'exec node x'], Cmd: null },
      },
      {
        name: 'ENV replaces a variable by key, in place, and appends new ones',
        dockerfile: 'ENV NODE_VERSION=21 APP_HOME=/app\nENV PATH=$APP_HOME/bin:$PATH',
        expected: { Env: ['PATH=/app/bin:/usr/local/bin:/usr/bin:/bin', 'NODE_VERSION=21', 'APP_HOME=/app'] },
      },
      {
        name: 'ENV sees only values set before the instruction',
        dockerfile: 'ENV A=1\nENV A=2 B=$A',
        expected: { Env: [...BASE.Env!, 'A=2', 'B=1'] },
      },
      {
        name: 'ENV in the legacy KEY value form',
        dockerfile: 'ENV GREETING hello  world',
        expected: { Env: [...BASE.Env!, 'GREETING=hello  world'] },
      },
      {
        name: 'ENV with quotes',
        dockerfile: 'ENV MSG="a b" EMPTY=""',
        expected: { Env: [...BASE.Env!, 'MSG=a b', 'EMPTY='] },
      },
      {
        name: 'ARG from build args, ENV wins over ARG',
        dockerfile: 'ARG MODE=dev\nARG V\nENV MODE_USED=$MODE V_USED=${V:-none}',
        buildArgs: { MODE: 'prod' },
        expected: { Env: [...BASE.Env!, 'MODE_USED=prod', 'V_USED=none'] },
      },
      {
        name: 'an undeclared build arg is not visible',
        dockerfile: 'ENV X=${SECRET:-unset}',
        buildArgs: { SECRET: 's3cr3t' },
        expected: { Env: [...BASE.Env!, 'X=unset'] },
      },
      {
        name: 'WORKDIR relative to the previous one',
        dockerfile: 'WORKDIR /app\nWORKDIR src/../dist/',
        expected: { WorkingDir: '/app/dist' },
      },
      {
        name: 'WORKDIR with a variable',
        dockerfile: 'ENV HOME_DIR=/home/node\nWORKDIR $HOME_DIR/app',
        expected: { WorkingDir: '/home/node/app' },
      },
      {
        name: 'LABEL adds to the base labels',
        dockerfile: 'LABEL org.opencontainers.image.version=1.2.3 "team name"="a b"',
        expected: { Labels: { maintainer: 'node', 'org.opencontainers.image.version': '1.2.3', 'team name': 'a b' } },
      },
      {
        name: 'EXPOSE with protocols and ranges',
        dockerfile: 'EXPOSE 8080 53/udp 9000-9001',
        expected: { ExposedPorts: { '8080/tcp': {}, '53/udp': {}, '9000/tcp': {}, '9001/tcp': {} } },
      },
      {
        name: 'USER and STOPSIGNAL with variables',
        dockerfile: 'ARG UID=1000\nUSER ${UID}:${UID}\nSTOPSIGNAL SIGINT',
        expected: { User: '1000:1000', StopSignal: 'SIGINT' },
      },
      {
        name: 'VOLUME',
        dockerfile: 'VOLUME ["/data", "/cache"]',
        expected: { Volumes: { '/data': {}, '/cache': {} } },
      },
      {
        name: 'HEALTHCHECK in exec form with options',
        dockerfile: 'HEALTHCHECK --interval=30s --timeout=5s --start-period=1m --retries=3 CMD ["node", "health.js"]',
        expected: {
          Healthcheck: {
            Test: ['CMD', 'node', 'health.js'],
            Interval: 30e9,
            Timeout: 5e9,
            StartPeriod: 60e9,
            Retries: 3,
          },
        },
      },
      { name: 'HEALTHCHECK NONE', dockerfile: 'HEALTHCHECK NONE', expected: { Healthcheck: { Test: ['NONE'] } } },
    ],
  )('$name', ({ dockerfile, expected, buildArgs }) => {
    const { config } = stageOf(`FROM node:20\n${dockerfile}`, { base: BASE, ...(buildArgs ? { buildArgs } : {}) });
    expect(config).toMatchObject(expected);
  });

  it('records config-only instructions as empty layers and COPY as layers', () => {
    const { steps } = stageOf('FROM scratch\nENV A=1\nWORKDIR /app\nCOPY --chown=1:1 a b ./\nCMD ["x"]');
    expect(steps.map((s) => [s.kind, s.createdBy])).toEqual([
      ['config', 'ENV A=1'],
      ['config', 'WORKDIR /app'],
      ['layer', 'COPY --chown=1:1 a b ./'],
      ['config', 'CMD ["x"]'],
    ]);
  });

  it('expands FROM with global ARGs and the automatic platform args', () => {
    const parsed = readCopyOnlyDockerfile(
      parseDockerfile(
        'ARG BASE=node:20\nARG VARIANT\nFROM --platform=$TARGETPLATFORM ${BASE}-${VARIANT:-slim} AS app\n',
      ),
      'Dockerfile',
    );
    const arm = parsePlatform('linux/arm64');
    expect(resolveFrom({ dockerfile: parsed, buildArgs: {}, platform: arm, buildPlatform: AMD64 })).toEqual({
      image: 'node:20-slim',
      platform: 'linux/arm64',
      line: 3,
    });
    expect(
      resolveFrom({ dockerfile: parsed, buildArgs: { VARIANT: 'alpine' }, platform: arm, buildPlatform: AMD64 }).image,
    ).toBe('node:20-alpine');
    expect(unusedBuildArgs(parsed, { VARIANT: 'x', NODE_ENV: 'production' })).toEqual(['NODE_ENV']);
  });
});

describe('what a COPY-only Dockerfile may not hold', () => {
  it.each([
    { name: 'RUN', dockerfile: 'FROM node\nCOPY . .\nRUN npm ci', message: 'Dockerfile:3: RUN is not supported' },
    {
      name: 'a second stage',
      dockerfile: 'FROM node AS build\nCOPY . .\nFROM node',
      message: 'Dockerfile:3: a second FROM: multi-stage builds are not supported',
    },
    {
      name: 'COPY --from',
      dockerfile: 'FROM node\nCOPY --from=build /app /app',
      message: 'Dockerfile:2: COPY --from is not supported',
    },
    {
      name: 'ADD of a URL',
      dockerfile: 'FROM node\nADD https://example.com/x.tgz /x',
      message: 'Dockerfile:2: ADD https://example.com/x.tgz: remote sources are not supported',
    },
    {
      name: 'ADD of a URL from a variable',
      dockerfile: 'FROM node\nARG URL=https://example.com/x\nADD $URL /x',
      message: 'Dockerfile:3: ADD: https://example.com/x: remote sources',
    },
    {
      name: 'a named --chown',
      dockerfile: 'FROM node\nCOPY --chown=node:node . /app/',
      message: 'Dockerfile:2: COPY: --chown=node:node: the oci engine needs numeric ids',
    },
    { name: 'a symbolic --chmod', dockerfile: 'FROM node\nCOPY --chmod=u+x . /app/', message: 'only octal modes' },
    {
      name: 'several sources into a file',
      dockerfile: 'FROM node\nCOPY a b /app',
      message: 'the destination must be a directory and end with a /',
    },
    { name: 'ONBUILD', dockerfile: 'FROM node\nONBUILD COPY . .', message: 'Dockerfile:2: ONBUILD is not supported' },
    { name: 'an instruction before FROM', dockerfile: 'ENV A=1\nFROM node', message: 'Dockerfile:1: ENV before FROM' },
    { name: 'no FROM', dockerfile: 'ARG A=1\n', message: 'Dockerfile: no FROM instruction' },
    { name: 'SHELL not in JSON', dockerfile: 'FROM node\nSHELL /bin/bash -c', message: 'SHELL requires the JSON form' },
    { name: 'a bad port', dockerfile: 'FROM node\nEXPOSE http', message: 'Dockerfile:2: EXPOSE: invalid port "http"' },
    {
      name: 'a bad substitution',
      dockerfile: 'FROM node\nENV A=${B!x}',
      message: 'Dockerfile:2: ENV: unsupported modifier',
    },
    {
      name: 'an unknown instruction',
      dockerfile: 'FROM node\nCOPPY . .',
      message: 'Dockerfile:2: unknown instruction COPPY',
    },
    { name: 'a heredoc', dockerfile: 'FROM node\nCOPY <<EOF /x\nhi\nEOF\n', message: 'here-document' },
  ])('refuses $name, naming the line', ({ dockerfile, message }) => {
    expect(() => stageOf(dockerfile)).toThrow(BuildError);
    expect(() => stageOf(dockerfile)).toThrow(message);
  });
});

describe('config helpers', () => {
  it.each([
    [undefined, 'app', '/app'],
    ['/app', 'src', '/app/src'],
    ['/app', '/srv/', '/srv'],
    ['/app', '../x', '/x'],
    ['', '.', '/'],
  ])('WORKDIR %s then %s is %s', (current, dir, expected) => {
    expect(resolveWorkdir(current, dir)).toBe(expected);
  });

  it('merges env by key', () => {
    expect(
      mergeEnv(
        ['A=1', 'B=2'],
        [
          ['B', '3'],
          ['C', '4'],
        ],
      ),
    ).toEqual(['A=1', 'B=3', 'C=4']);
  });

  it.each([
    ['1000', { uid: 1000, gid: 1000 }],
    ['1000:50', { uid: 1000, gid: 50 }],
    ['root', { uid: 0, gid: 0 }],
    ['0:root', { uid: 0, gid: 0 }],
    ['node', undefined],
    ['1000:staff', undefined],
    ['1:2:3', undefined],
  ])('--chown=%s', (text, expected) => {
    expect(parseChown(text)).toEqual(expected);
  });

  it.each([
    ['30s', 30e9],
    ['1m30s', 90e9],
    ['500ms', 5e8],
    ['1.5h', 5400e9],
    ['0', 0],
  ])('duration %s', (text, ns) => {
    expect(parseDuration(text)).toBe(ns);
  });

  it('refuses bad durations, ports and healthchecks', () => {
    expect(() => parseDuration('30')).toThrow('invalid duration');
    expect(() => exposedPorts(['70000'])).toThrow('invalid port');
    expect(() => healthcheck('curl x', {})).toThrow('NONE or CMD');
    expect(() => healthcheck('NONE', { interval: '1s' })).toThrow('takes no options');
  });
});

describe('deriveImageConfig', () => {
  const base: ImageConfigFile = {
    architecture: 'amd64',
    os: 'linux',
    created: '2024-01-01T00:00:00Z',
    config: BASE,
    container_config: { Cmd: ['/bin/sh'] },
    docker_version: '20.10.24',
    rootfs: { type: 'layers', diff_ids: ['sha256:base1', 'sha256:base2'] },
    history: [{ created_by: 'base 1' }, { created_by: 'base 2' }],
  };

  it('appends layers and history to the base, stamps time and platform, and layers the labels', () => {
    const stage = stageOf('FROM node\nLABEL a=dockerfile b=dockerfile\nUSER 1000', { base: { ...BASE, OnBuild: [] } });
    const config = deriveImageConfig({
      base,
      config: stage.config,
      labels: { b: 'request', c: 'request' },
      diffIds: ['sha256:mine'],
      history: [{ created_by: 'COPY . .' }],
      platform: parsePlatform('linux/arm64/v8'),
      created: '2026-01-02T03:04:05Z',
    });
    expect(config).toMatchObject({
      architecture: 'arm64',
      os: 'linux',
      created: '2026-01-02T03:04:05Z',
      rootfs: { type: 'layers', diff_ids: ['sha256:base1', 'sha256:base2', 'sha256:mine'] },
      history: [{ created_by: 'base 1' }, { created_by: 'base 2' }, { created_by: 'COPY . .' }],
    });
    expect(config.variant).toBeUndefined();
    expect(config.config?.Labels).toEqual({
      maintainer: 'node',
      'org.opencontainers.image.version': 'base',
      a: 'dockerfile',
      b: 'request',
      c: 'request',
    });
    expect(config.config?.User).toBe('1000');
    expect(config.config).not.toHaveProperty('OnBuild');
    expect(config).not.toHaveProperty('container_config');
    expect(config).not.toHaveProperty('docker_version');
  });

  it('builds from scratch', () => {
    const config = deriveImageConfig({
      config: {},
      labels: {},
      diffIds: ['sha256:x'],
      history: [],
      platform: parsePlatform('linux/arm/v7'),
      created: '1970-01-01T00:00:00Z',
    });
    expect(config).toEqual({
      architecture: 'arm',
      os: 'linux',
      variant: 'v7',
      created: '1970-01-01T00:00:00Z',
      config: {},
      rootfs: { type: 'layers', diff_ids: ['sha256:x'] },
      history: [],
    });
  });
});
