import { describe, expect, it } from 'vitest';
import type { EngineChoice } from '../../src/config/types.js';
import type { BuildxCapabilities } from '../../src/engines/buildx.js';
import { ociCannotBuild, selectEngine, type EngineCapabilities, type JobNeeds } from '../../src/engines/select.js';
import { BuildError } from '../../src/errors.js';

const BUILDX: BuildxCapabilities = { version: '0.19.3', command: ['docker', 'buildx'] };
const GITHUB_RUNNER: EngineCapabilities = { daemon: true, buildx: BUILDX };
const DAEMON_ONLY: EngineCapabilities = { daemon: true };
const NOTHING: EngineCapabilities = { daemon: false };

interface SelectionCase {
  name: string;
  choice: EngineChoice;
  caps: EngineCapabilities;
  job?: JobNeeds;
  engine: string;
  /** a part of the one line that says why */
  reason: string;
  warning?: boolean;
}

describe('selectEngine', () => {
  it.each([
    {
      name: 'auto, COPY-only job, buildx and a daemon: oci, loaded for the smoke test',
      choice: 'auto',
      caps: GITHUB_RUNNER,
      engine: 'oci',
      reason: 'COPY-only Dockerfile, no daemon build needed; the image is loaded into the daemon for the smoke test',
    },
    {
      name: 'auto, COPY-only job, a daemon without buildx: oci, no warning',
      choice: 'auto',
      caps: DAEMON_ONLY,
      engine: 'oci',
      reason: 'no daemon build needed',
    },
    {
      name: 'auto, no daemon: oci, and the smoke test is said to be skipped',
      choice: 'auto',
      caps: { daemon: false, buildx: BUILDX },
      engine: 'oci',
      reason: 'no Docker daemon answers, so the smoke test is skipped',
      warning: true,
    },
    {
      name: 'auto with a named builder: buildx, where the user wants the build to run',
      choice: 'auto',
      caps: GITHUB_RUNNER,
      job: { builder: 'remote-arm' },
      engine: 'buildx',
      reason: 'builder remote-arm is a buildx builder',
    },
    {
      name: 'auto with cache-from / cache-to and buildx: buildx reads them',
      choice: 'auto',
      caps: GITHUB_RUNNER,
      job: { buildCache: true },
      engine: 'buildx',
      reason: 'only buildx reads',
    },
    {
      name: 'auto with cache specs but no buildx: oci all the same (no engine here reads them)',
      choice: 'auto',
      caps: DAEMON_ONLY,
      job: { buildCache: true },
      engine: 'oci',
      reason: 'COPY-only Dockerfile',
    },
    {
      name: 'auto, a Dockerfile oci cannot build, buildx there: buildx, naming the target and line',
      choice: 'auto',
      caps: GITHUB_RUNNER,
      job: { ociCannot: ['backend: Dockerfile:3: RUN is not supported'] },
      engine: 'buildx',
      reason: 'the oci engine cannot build this job: backend: Dockerfile:3: RUN is not supported',
    },
    {
      name: 'auto, a Dockerfile oci cannot build, no buildx: docker, with a warning',
      choice: 'auto',
      caps: DAEMON_ONLY,
      job: { ociCannot: ['backend: Dockerfile:3: RUN is not supported'] },
      engine: 'docker',
      reason: 'buildx is not installed',
      warning: true,
    },
    {
      name: 'auto, a Dockerfile oci cannot build and no daemon: oci, whose error names the line',
      choice: 'auto',
      caps: NOTHING,
      job: { ociCannot: ['backend: Dockerfile:3: RUN is not supported'] },
      engine: 'oci',
      reason: 'no Docker daemon answers, and the oci engine cannot build this job',
      warning: true,
    },
    {
      name: 'buildx when asked and present',
      choice: 'buildx',
      caps: GITHUB_RUNNER,
      engine: 'buildx',
      reason: 'as asked',
    },
    {
      name: 'docker when asked, even with buildx there',
      choice: 'docker',
      caps: GITHUB_RUNNER,
      engine: 'docker',
      reason: 'as asked',
    },
    { name: 'oci when asked, with a daemon', choice: 'oci', caps: DAEMON_ONLY, engine: 'oci', reason: 'as asked' },
    {
      name: 'docker when asked, whatever the Dockerfile holds',
      choice: 'docker',
      caps: DAEMON_ONLY,
      job: { ociCannot: ['backend: Dockerfile:3: RUN is not supported'] },
      engine: 'docker',
      reason: 'as asked',
    },
  ] satisfies SelectionCase[])('$name', ({ choice, caps, job, engine, reason, warning }: SelectionCase) => {
    const selection = selectEngine(choice, caps, job);
    expect(selection.name).toBe(engine);
    expect(selection.reason).toContain(reason);
    expect(selection.warning ?? false).toBe(warning ?? false);
  });

  it.each([
    {
      name: 'buildx asked for but missing',
      choice: 'buildx',
      caps: DAEMON_ONLY,
      job: {},
      message: 'engine buildx: `docker buildx` is not installed; add docker/setup-buildx-action',
    },
    {
      name: 'docker asked for without a daemon',
      choice: 'docker',
      caps: { daemon: false, buildx: BUILDX },
      job: {},
      message: 'engine docker: no Docker daemon answers `docker version`',
    },
    {
      name: 'auto with a named builder but no buildx',
      choice: 'auto',
      caps: DAEMON_ONLY,
      job: { builder: 'remote-arm' },
      message: 'builder remote-arm: `docker buildx` is not installed',
    },
  ] satisfies { name: string; choice: EngineChoice; caps: EngineCapabilities; job: JobNeeds; message: string }[])(
    '$name',
    ({ choice, caps, job, message }) => {
      expect(() => selectEngine(choice, caps, job)).toThrow(BuildError);
      expect(() => selectEngine(choice, caps, job)).toThrow(message);
    },
  );
});

describe('ociCannotBuild', () => {
  const target = { name: 'api', platforms: [] as string[] };
  it.each([
    {
      name: 'a COPY-only Dockerfile',
      text: 'FROM node:20-slim\nCOPY dist /app/dist\nCMD ["node", "/app/dist/main.js"]\n',
      expected: undefined,
    },
    {
      name: 'a RUN the config allows',
      text: 'FROM node:20-slim\nCOPY . /app\nRUN chmod +x /app/x\n',
      expected: 'api: Dockerfile:3: RUN is not supported',
    },
    {
      name: 'a second stage',
      text: 'FROM node:20 AS build\nFROM node:20-slim\nCOPY --from=build /a /a\n',
      expected: 'api: Dockerfile:2: a second FROM',
    },
    {
      name: 'COPY --from an image',
      text: 'FROM node:20-slim\nCOPY --from=busybox /bin/sh /bin/sh\n',
      expected: 'api: Dockerfile:2: COPY --from is not supported',
    },
    {
      name: 'a remote ADD',
      text: 'FROM node:20-slim\nADD https://example.com/a.tgz /a\n',
      expected: 'api: Dockerfile:2: ADD https://example.com/a.tgz',
    },
  ])('$name', ({ text, expected }) => {
    const found = ociCannotBuild(target, 'Dockerfile', text);
    if (expected === undefined) expect(found).toBeUndefined();
    else expect(found).toContain(expected);
  });

  it('a Windows platform', () => {
    expect(ociCannotBuild({ name: 'api', platforms: ['windows/amd64'] }, 'Dockerfile', 'FROM node:20-slim\n')).toBe(
      'api: platform windows/amd64 (the oci engine builds linux images only)',
    );
  });
});
