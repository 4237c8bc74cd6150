import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EngineDeps, ImageBuildRequest } from '../../../src/engines/engine.js';
import { OciEngine, pushPlan } from '../../../src/engines/oci/index.js';
import { BuildError } from '../../../src/errors.js';
import type { Runner } from '../../../src/exec.js';
import { MemoryLogger } from '../../../src/log.js';
import { rejectionOf, writeContext, type ContextFile } from './context.js';
import { readTar } from './tar-reader.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

const noCommands: Runner = async (argv) => {
  throw new Error(`unexpected command ${argv.join(' ')}`);
};

function setup(
  files: Record<string, ContextFile>,
  dockerfile: string,
  extra: Partial<ImageBuildRequest> = {},
): { request: ImageBuildRequest; deps: EngineDeps & { logger: MemoryLogger } } {
  const context = writeContext({ ...files, Dockerfile: dockerfile });
  const tempDir = mkdtempSync(path.join(os.tmpdir(), 'adb-oci-build-'));
  cleanups.push(context.cleanup, () => rmSync(tempDir, { recursive: true, force: true }));
  return {
    request: {
      target: 'web',
      contextDir: context.dir,
      dockerfile: path.join(context.dir, 'Dockerfile'),
      tags: ['registry.example/acme/web:1', 'registry.example/acme/web:latest'],
      buildArgs: {},
      labels: { 'org.opencontainers.image.revision': 'abc' },
      platforms: [],
      cacheFrom: [],
      sourceDateEpoch: 1_767_323_045,
      willPush: true,
      ...extra,
    },
    deps: { run: noCommands, logger: new MemoryLogger(), tempDir },
  };
}

const json = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
const blob = (layout: string, digest: string): string => path.join(layout, 'blobs/sha256', digest.slice(7));

const APP = { 'dist/server.js': 'console.log(1)\n', 'package.json': '{}' };
const DOCKERFILE =
  'FROM scratch\nWORKDIR /app\nENV NODE_ENV=production\nCOPY package.json ./\nCOPY dist ./dist\nCMD ["node", "dist/server.js"]\n';

describe('OciEngine.build (FROM scratch, no registry needed)', () => {
  it('writes an OCI layout whose manifest, config and history follow the Dockerfile', async () => {
    const { request, deps } = setup(APP, DOCKERFILE);
    const engine = new OciEngine({ runnerArch: 'x64' });
    const built = await engine.build(request, deps);
    expect(built.runnable).toBe(false);
    const layout = path.join(deps.tempDir, 'oci', 'web');
    expect(engine.builtImage('web')?.layoutDir).toBe(layout);
    expect(json(path.join(layout, 'oci-layout'))).toEqual({ imageLayoutVersion: '1.0.0' });
    const index = json(path.join(layout, 'index.json')) as {
      manifests: { digest: string; annotations: Record<string, string> }[];
    };
    expect(index.manifests[0]!.annotations).toEqual({ 'org.opencontainers.image.ref.name': '1' });
    const manifest = json(blob(layout, index.manifests[0]!.digest)) as {
      config: { digest: string; size: number };
      layers: { digest: string; size: number }[];
    };
    expect(manifest.layers).toHaveLength(2);
    const config = json(blob(layout, manifest.config.digest)) as Record<string, unknown> & {
      config: Record<string, unknown>;
      history: Record<string, unknown>[];
    };
    expect(config).toMatchObject({ architecture: 'amd64', os: 'linux', created: '2026-01-02T03:04:05Z' });
    expect(config.config).toEqual({
      WorkingDir: '/app',
      Env: ['NODE_ENV=production'],
      Cmd: ['node', 'dist/server.js'],
      Labels: { 'org.opencontainers.image.revision': 'abc' },
    });
    expect(config.history.map((h) => [h.created_by, h.empty_layer ?? false])).toEqual([
      ['WORKDIR /app', true],
      ['ENV NODE_ENV=production', true],
      ['COPY package.json ./', false],
      ['COPY dist ./dist', false],
      ['CMD ["node", "dist/server.js"]', true],
    ]);
    // uncompressed, as `docker image inspect` counts it: the files' bytes; the pull size apart
    expect(built.size).toBe(Buffer.byteLength(APP['package.json']) + Buffer.byteLength(APP['dist/server.js']));
    expect(built.compressedSize).toBe(manifest.layers.reduce((s, l) => s + l.size, 0));
    const second = readTar(readFileSync(blob(layout, manifest.layers[1]!.digest)));
    expect(second.map((e) => e.name)).toEqual(['app/dist/', 'app/dist/server.js']);
  });

  it('builds the same digest from the same inputs, and another for another SOURCE_DATE_EPOCH', async () => {
    const digests: string[] = [];
    for (const epoch of [1, 1, 2]) {
      const { request, deps } = setup(APP, DOCKERFILE, { sourceDateEpoch: epoch });
      const engine = new OciEngine({ runnerArch: 'x64' });
      await engine.build(request, deps);
      digests.push(pushPlan(engine.builtImage('web')!).top.digest);
    }
    expect(digests[0]).toBe(digests[1]);
    expect(digests[2]).not.toBe(digests[0]);
  });

  it('builds one layer set under an index for several platforms', async () => {
    const { request, deps } = setup(APP, 'FROM scratch\nARG TARGETARCH\nENV ARCH=$TARGETARCH\nCOPY . /app/\n', {
      platforms: ['linux/amd64', 'linux/arm64'],
    });
    const engine = new OciEngine({ runnerArch: 'x64' });
    await engine.build(request, deps);
    const plan = pushPlan(engine.builtImage('web')!);
    expect(plan.top.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    const index = JSON.parse(plan.top.bytes.toString()) as { manifests: { platform: { architecture: string } }[] };
    expect(index.manifests.map((m) => m.platform.architecture)).toEqual(['amd64', 'arm64']);
    expect(plan.children).toHaveLength(2);
    const layers = plan.children.map((c) =>
      (JSON.parse(c.bytes.toString()) as { layers: { digest: string }[] }).layers.map((l) => l.digest),
    );
    expect(layers[0]).toEqual(layers[1]);
    // one shared layer and a config per platform (they differ in ARCH and architecture)
    expect(plan.blobs).toHaveLength(3);
  });

  it('refuses foreign platforms when a native addon is among the artifacts', async () => {
    const { request, deps } = setup({ ...APP, 'node_modules/x/x.node': 'ELF' }, 'FROM scratch\nCOPY . /app/\n', {
      platforms: ['linux/arm64'],
    });
    const error = await rejectionOf(new OciEngine({ runnerArch: 'x64' }).build(request, deps));
    expect(error).toBeInstanceOf(BuildError);
    expect(error.message).toBe(
      'web: the artifacts hold native addons (node_modules/x/x.node) built on this linux/amd64 runner, so they cannot serve linux/arm64; build each platform on a runner of its own, or drop those platforms',
    );
  });

  it('fails before reading any source on a RUN, naming the Dockerfile and line', async () => {
    const { request, deps } = setup(APP, 'FROM scratch\nCOPY . .\nRUN npm ci\n');
    await expect(new OciEngine().build(request, deps)).rejects.toThrow('Dockerfile:3: RUN is not supported');
  });

  it('writes a docker-load archive with manifest.json, config and layers', async () => {
    const { request, deps } = setup(APP, DOCKERFILE);
    const engine = new OciEngine({ runnerArch: 'x64' });
    await engine.build(request, deps);
    const file = path.join(deps.tempDir, 'web.tar');
    await engine.writeDockerArchive(request, file, deps);
    const entries = readTar(readFileSync(file));
    const manifest = JSON.parse(entries.find((e) => e.name === 'manifest.json')!.content.toString()) as {
      Config: string;
      RepoTags: string[];
      Layers: string[];
    }[];
    expect(manifest[0]!.RepoTags).toEqual(['registry.example/acme/web:1', 'registry.example/acme/web:latest']);
    expect(manifest[0]!.Layers).toHaveLength(2);
    const names = entries.map((e) => e.name);
    for (const p of [manifest[0]!.Config, ...manifest[0]!.Layers]) expect(names).toContain(p);
  });
});
