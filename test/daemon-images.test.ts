import { describe, expect, it } from 'vitest';
import { DaemonImages, parseInspected, type DaemonImageFacts } from '../src/daemon-images.js';
import type { CommandResult, Runner } from '../src/exec.js';

const ID = `sha256:${'a'.repeat(64)}`;
const OTHER_ID = `sha256:${'b'.repeat(64)}`;

/** `docker image inspect --format '{{json .}}'` of an image, as the daemon prints it (trimmed). */
const inspected = (fields: Record<string, unknown>): string => `${JSON.stringify(fields)}\n`;

describe('parseInspected', () => {
  it.each<{ name: string; stdout: string; expected: DaemonImageFacts | undefined }>([
    {
      name: 'an image pulled from a registry: ID, repo digests and config',
      stdout: inspected({
        Id: ID,
        RepoTags: ['localhost:5000/node:20-slim'],
        RepoDigests: [`localhost:5000/node@sha256:${'c'.repeat(64)}`],
        Config: { Env: ['PATH=/usr/bin:/bin'], OnBuild: null, Entrypoint: ['/nodejs/bin/node'] },
        Os: 'linux',
      }),
      expected: {
        id: ID,
        repoDigests: [`localhost:5000/node@sha256:${'c'.repeat(64)}`],
        config: { Env: ['PATH=/usr/bin:/bin'], OnBuild: null, Entrypoint: ['/nodejs/bin/node'] },
      },
    },
    {
      name: 'an image built or imported here: no repo digests (null), no config',
      stdout: inspected({ Id: ID, RepoDigests: null, Config: null }),
      expected: { id: ID, repoDigests: [], config: {} },
    },
    {
      name: 'an ID that is not a digest',
      stdout: inspected({ Id: 'abc', RepoDigests: [] }),
      expected: undefined,
    },
    { name: 'output that is not JSON', stdout: 'Error: No such image: nope\n', expected: undefined },
    { name: 'JSON null', stdout: 'null\n', expected: undefined },
  ])('$name', ({ stdout, expected }) => {
    expect(parseInspected(stdout)).toEqual(expected);
  });
});

/**
 * A docker CLI that knows some images and counts how often it is started; `docker` that cannot be
 * started at all for the first `failStarts` calls.
 */
function countingDocker(images: Record<string, string>, failStarts = 0) {
  const calls: string[][] = [];
  const run: Runner = (argv) => {
    calls.push([...argv]);
    if (calls.length <= failStarts) return Promise.reject(new Error('spawn docker ENOENT'));
    const reference = argv.at(-1)!;
    const id = images[reference];
    const result: CommandResult = id
      ? { code: 0, stdout: inspected({ Id: id, RepoDigests: [], Config: {} }), stderr: '', seconds: 0.05 }
      : { code: 1, stdout: '', stderr: `Error: No such image: ${reference}`, seconds: 0.05 };
    // asynchronous, as a real process is: callers asking meanwhile must wait for the same answer
    return new Promise((resolve) => setTimeout(() => resolve(result), 5));
  };
  return { run, calls };
}

describe('DaemonImages: one `docker image inspect` per reference per run', () => {
  it.each<{ name: string; asked: string[]; spawns: number; ids: (string | undefined)[] }>([
    {
      name: 'the five questions of two targets about one base, side by side',
      asked: Array<string>(5).fill('local/node:20-slim'),
      spawns: 1,
      ids: Array<string>(5).fill(ID),
    },
    {
      name: "the Dockerfile's short name and the engine's canonical name of one image",
      asked: ['local/node:20-slim', 'docker.io/local/node:20-slim'],
      spawns: 1,
      ids: [ID, ID],
    },
    {
      name: 'two bases: each asked once',
      asked: ['local/node:20-slim', 'localhost:5000/other:1', 'local/node:20-slim', 'localhost:5000/other:1'],
      spawns: 2,
      ids: [ID, OTHER_ID, ID, OTHER_ID],
    },
    {
      name: 'an image the daemon lacks: asked once, missing for every caller',
      asked: ['localhost:5000/missing:1', 'localhost:5000/missing:1', 'localhost:5000/missing:1'],
      spawns: 1,
      ids: [undefined, undefined, undefined],
    },
    {
      name: 'a reference that does not parse is still asked, by its text',
      asked: ['Not/A/Valid:Reference!', 'Not/A/Valid:Reference!'],
      spawns: 1,
      ids: [undefined, undefined],
    },
  ])('$name', async ({ asked, spawns, ids }) => {
    const docker = countingDocker({
      'local/node:20-slim': ID,
      'docker.io/local/node:20-slim': ID,
      'localhost:5000/other:1': OTHER_ID,
    });
    const images = new DaemonImages(docker.run);
    // the first half at once (preflight and restore run side by side), the rest later
    const half = Math.ceil(asked.length / 2);
    const first = await Promise.all(asked.slice(0, half).map((r) => images.lookUp(r)));
    const later = [];
    for (const reference of asked.slice(half)) later.push(await images.lookUp(reference));
    expect([...first, ...later].map((facts) => facts?.id)).toEqual(ids);
    expect(docker.calls).toHaveLength(spawns);
    expect(
      docker.calls.every((argv) => argv.slice(0, 5).join(' ') === 'docker image inspect --format {{json .}}'),
    ).toBe(true);
  });

  it('docker that cannot be started: the caller sees the failure, and the next caller asks again', async () => {
    const docker = countingDocker({ 'local/node:20-slim': ID }, 1);
    const images = new DaemonImages(docker.run);
    await expect(images.lookUp('local/node:20-slim')).rejects.toThrow('ENOENT');
    expect((await images.lookUp('local/node:20-slim'))?.id).toBe(ID);
    expect((await images.lookUp('local/node:20-slim'))?.id).toBe(ID);
    expect(docker.calls).toHaveLength(2);
  });

  it('two runs do not share answers: a base rebuilt between them is seen', async () => {
    const known: Record<string, string> = { 'local/node:20-slim': ID };
    const docker = countingDocker(known);
    expect((await new DaemonImages(docker.run).lookUp('local/node:20-slim'))?.id).toBe(ID);
    known['local/node:20-slim'] = OTHER_ID;
    expect((await new DaemonImages(docker.run).lookUp('local/node:20-slim'))?.id).toBe(OTHER_ID);
  });
});
