import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { DaemonImages } from '../../src/daemon-images.js';
import type { DaemonBases, DaemonImage, KeptDaemonBase } from '../../src/engines/oci/daemon-base.js';
import { BaseResolver } from '../../src/engines/oci/base-image.js';
import type { CommandResult, Runner } from '../../src/exec.js';
import type { PipelineDeps, TargetState } from '../../src/pipeline/context.js';
import { preflightTarget } from '../../src/phases/preflight.js';
import { baseImageIdentity } from '../../src/phases/reuse.js';
import { sha256Digest } from '../../src/registry/digest.js';
import { OCI_CONFIG, OCI_MANIFEST } from '../../src/registry/media-types.js';
import { parseReference } from '../../src/registry/reference.js';
import type { RegistrySession } from '../../src/registry/session.js';
import { probeBaseImage } from '../../src/validate/base-image.js';
import { appTree } from '../validate/support.js';

/**
 * Every phase that asks the Docker daemon about a target's base image, in the order a run asks:
 * the preflight (its ENV), the reuse check (its ID), the base probe (its ID for the record, its
 * entrypoint when node is not on PATH) and the oci engine (its ID and repo digests). With one
 * run's DaemonImages they start `docker image inspect` once between them, and each still gets
 * its own answer, for a base the daemon has and for one it lacks.
 */
const BASE = 'local/node:20-slim';
const ID = `sha256:${'d'.repeat(64)}`;
const PROBE = JSON.stringify({ v: 'v20.20.2', bun: null, glibc: '2.36' });

/** A docker CLI holding `images` (reference: `{{json .}}`), counting what it is asked to start. */
function fakeDocker(images: Record<string, object>) {
  const calls: string[][] = [];
  const result = (code: number, stdout = ''): CommandResult => ({ code, stdout, stderr: '', seconds: 0.05 });
  const run: Runner = async (argv) => {
    calls.push([...argv]);
    await new Promise((resolve) => setTimeout(resolve, 2));
    if (argv[0] !== 'docker') return result(128); // git: not a checkout
    if (argv[1] === 'image' && argv[2] === 'inspect') {
      const image = images[argv.at(-1)!];
      return image ? result(0, `${JSON.stringify(image)}\n`) : result(1);
    }
    // `docker run --entrypoint E image ...`: only a distroless-style node answers the probe
    const entrypoint = argv[argv.indexOf('--entrypoint') + 1];
    return entrypoint === '/nodejs/bin/node' && images[argv[argv.indexOf('--entrypoint') + 2]!]
      ? result(0, `${PROBE}\n`)
      : result(127);
  };
  return { run, calls, inspects: () => calls.filter((c) => c[1] === 'image' && c[2] === 'inspect').length };
}

/** No registry answers: what comes from one here fails, as the daemon's copy is what is asked for. */
const noRegistry: RegistrySession = {
  clientFor: (host) => {
    throw new Error(`no registry in this test (${host})`);
  },
};

/** The kept copy DaemonBases would give for the image, without a `docker image save`. */
const keptBases = (read: DaemonImage[]) =>
  ({
    read: (image: DaemonImage): Promise<KeptDaemonBase> => {
      read.push(image);
      const config = { architecture: 'amd64', os: 'linux', rootfs: { type: 'layers' as const, diff_ids: [] } };
      const bytes = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: OCI_MANIFEST,
          config: { mediaType: OCI_CONFIG, digest: image.id, size: 2 },
          layers: [],
        }),
      );
      return Promise.resolve({
        imageId: image.id,
        manifest: { mediaType: OCI_MANIFEST, digest: sha256Digest(bytes), size: bytes.length, bytes },
        config,
        blobsDir: os.tmpdir(),
      });
    },
  }) as unknown as DaemonBases;

describe('the base image is asked of the daemon once per run, by every phase that needs it', () => {
  it.each([
    {
      name: 'a base the daemon has',
      images: {
        [BASE]: {
          Id: ID,
          RepoDigests: [],
          Config: { Env: ['PATH=/usr/bin:/bin', 'OUT=dist'], OnBuild: null, Entrypoint: ['/nodejs/bin/node'] },
        },
      },
      preflight: { ok: true, env: { PATH: '/usr/bin:/bin', OUT: 'dist' } },
      identity: ID,
      probe: { image: BASE, libc: 'glibc', nodeVersion: 'v20.20.2', glibcVersion: '2.36' },
      engine: { from: 'the Docker daemon', imageId: ID },
    },
    {
      name: 'a base the daemon lacks (and no registry has)',
      images: {} as Record<string, object>,
      preflight: {
        ok: false,
        problem: `looked in the Docker daemon (\`docker image inspect ${BASE}\`: no such image)`,
      },
      identity: undefined,
      probe: { image: BASE, libc: 'unknown' },
      engine: { error: 'no registry in this test' },
    },
  ])('$name', async ({ images, preflight, identity, probe, engine }) => {
    const docker = fakeDocker(images);
    const daemonImages = new DaemonImages(docker.run);
    const app = appTree();
    const state = { target: app.target, run: docker.run, daemonImages } as unknown as TargetState;
    const deps = { daemon: true } as PipelineDeps;

    // preflight and the reuse check run side by side, as in a run
    const [report, id] = await Promise.all([
      preflightTarget(
        app.target,
        { engine: 'oci', daemon: true, push: false, buildPlatform: 'linux/amd64', repositoryRoot: app.dir },
        { run: docker.run, registry: noRegistry, daemonImages },
      ),
      baseImageIdentity(state, deps, noRegistry),
    ]);
    expect(report.ok).toBe(preflight.ok);
    if (preflight.env) expect(report.base?.env).toEqual(preflight.env);
    if (preflight.problem)
      expect(report.findings.find((f) => f.check === 'base-image')?.message).toContain(preflight.problem);
    expect(id).toBe(identity);
    // the validate phase: the probe record's key, then the probe
    expect(await baseImageIdentity(state, deps, noRegistry)).toBe(identity);
    expect(await probeBaseImage(BASE, docker.run, { daemonImages })).toEqual(probe);
    // the oci engine, by the canonical name
    const read: DaemonImage[] = [];
    const resolving = new BaseResolver(noRegistry.clientFor, { images: daemonImages, bases: keptBases(read) }).resolve(
      parseReference(BASE),
      { os: 'linux', architecture: 'amd64' },
    );
    if (engine.error) await expect(resolving).rejects.toThrow(engine.error);
    else {
      const resolved = await resolving;
      expect({ from: resolved.host, imageId: resolved.daemon?.imageId }).toEqual(engine);
      expect(read.map((image) => image.id)).toEqual([ID]);
    }

    expect(docker.inspects()).toBe(1);
  });
});
