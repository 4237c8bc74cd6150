import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreLayerCache } from '../../../src/cache/layers.js';
import { LocalDirectoryStore } from '../../../src/cache/local-store.js';
import type { CacheStore } from '../../../src/cache/store.js';
import type { EngineDeps, ImageBuildRequest } from '../../../src/engines/engine.js';
import { OciEngine } from '../../../src/engines/oci/index.js';
import { createRunner, type Runner } from '../../../src/exec.js';
import { layersInDaemon } from '../../../src/engines/oci/load.js';
import { MemoryLogger } from '../../../src/log.js';
import { writeContext } from './context.js';
import { readTar } from './tar-reader.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

const temp = (prefix: string): string => {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};

const DOCKERFILE =
  'FROM scratch\nWORKDIR /app\nCOPY package.json ./\nCOPY node_modules ./node_modules\nCOPY dist ./dist\n';
const FILES = {
  'package.json': '{"name":"web"}',
  'node_modules/left-pad/package.json': '{"name":"left-pad","version":"1.3.0"}',
  'node_modules/left-pad/index.js': 'module.exports = (s) => s;\n',
  'node_modules/.package-lock.json': '{"lockfileVersion":3}',
  'dist/main.js': 'console.log(1)\n',
  Dockerfile: DOCKERFILE,
};

/** One target's context, a real local-directory store and the layer cache over it, as the image phase wires them. */
function setup(files: Record<string, string> = FILES) {
  const context = writeContext(files);
  cleanups.push(context.cleanup);
  const logger = new MemoryLogger();
  const run = createRunner(logger);
  const store = new LocalDirectoryStore(temp('adb-layer-store-'), run, 'gzip');
  const records = temp('adb-layer-records-');
  const request = (treeKey: string): ImageBuildRequest => ({
    target: 'web',
    contextDir: context.dir,
    dockerfile: path.join(context.dir, 'Dockerfile'),
    tags: ['registry.example/acme/web:1'],
    buildArgs: {},
    labels: {},
    platforms: [],
    cacheFrom: [],
    sourceDateEpoch: 1_767_323_045,
    willPush: true,
    treeKeys: { node_modules: treeKey },
  });
  const deps = (): EngineDeps => ({
    run,
    logger,
    tempDir: temp('adb-layer-run-'),
    layers: new StoreLayerCache(store, path.join(records, 'layers'), logger),
  });
  return { dir: context.dir, logger, request, deps, store };
}

const kept = (logger: MemoryLogger): string[] => logger.lines.filter((l) => l.includes('kept from an earlier run'));

async function nodeModulesLayer(engine: OciEngine): Promise<string> {
  const image = engine.builtImage('web')!;
  return image.images[0]!.layers[1]!.digest;
}

describe('layers kept in the cache store', () => {
  it('makes the node_modules layer once per tree key and reuses its blob on the next run', async () => {
    const { logger, request, deps } = setup();
    const first = new OciEngine({ runnerArch: 'x64' });
    await first.build(request('tree-a'), deps());
    expect(kept(logger)).toEqual([]);
    const second = new OciEngine({ runnerArch: 'x64' });
    const secondDeps = deps();
    await second.build(request('tree-a'), secondDeps);
    expect(kept(logger)).toHaveLength(1);
    expect(kept(logger)[0]).toContain('/app/node_modules');
    const digest = await nodeModulesLayer(second);
    expect(digest).toBe(await nodeModulesLayer(first));
    // the kept blob is in the layout, where a push and a docker load read it
    const blob = readFileSync(path.join(secondDeps.tempDir, 'oci', 'web', 'blobs', 'sha256', digest.slice(7)));
    expect(blob.length).toBeGreaterThan(0);
  });

  it.each([
    { name: 'another tree key (the lockfile or the prune changed)', change: (_dir: string) => 'tree-b' },
    {
      name: 'a file a build command rewrote under node_modules',
      change: (dir: string) => {
        const file = path.join(dir, 'node_modules/left-pad/index.js');
        writeFileSync(file, 'module.exports = (t) => t;\n');
        utimesSync(file, new Date(), new Date(Date.now() + 5_000));
        return 'tree-a';
      },
    },
  ])('makes the layer again after $name', async ({ change }) => {
    const { dir, logger, request, deps } = setup();
    await new OciEngine({ runnerArch: 'x64' }).build(request('tree-a'), deps());
    const key = change(dir);
    await new OciEngine({ runnerArch: 'x64' }).build(request(key), deps());
    expect(kept(logger)).toEqual([]);
  });

  it("ignores the time of npm's hidden lockfile, which every prune rewrites", async () => {
    const { dir, logger, request, deps } = setup();
    await new OciEngine({ runnerArch: 'x64' }).build(request('tree-a'), deps());
    const hidden = path.join(dir, 'node_modules/.package-lock.json');
    utimesSync(hidden, new Date(), new Date(Date.now() + 5_000));
    await new OciEngine({ runnerArch: 'x64' }).build(request('tree-a'), deps());
    expect(kept(logger)).toHaveLength(1);
  });

  it('makes the layer again when the kept blob is damaged', async () => {
    const { logger, request, deps, store } = setup();
    await new OciEngine({ runnerArch: 'x64' }).build(request('tree-a'), deps());
    // the entry restores, but its blob is not the one its digest names
    const damaging: CacheStore = {
      name: 'damaging',
      restore: async (entry, key) => {
        const found = await store.restore(entry, key);
        if (found) writeFileSync(path.join(entry, 'layer.blob'), 'not a layer');
        return found;
      },
      restoreNearest: async () => undefined,
      save: async () => false,
    };
    const layers = new StoreLayerCache(damaging, temp('adb-layer-damaged-'), logger);
    await new OciEngine({ runnerArch: 'x64' }).build(request('tree-a'), { ...deps(), layers });
    expect(kept(logger)).toEqual([]);
    expect(logger.lines.some((l) => l.includes('does not match its digest'))).toBe(true);
  });
});

describe('layersInDaemon', () => {
  const ours = ['sha256:base1', 'sha256:base2', 'sha256:pkg', 'sha256:modules', 'sha256:dist'];
  /** `docker image inspect` over several names prints one line per image it has and fails for the rest */
  const inspecting =
    (lines: string[]): Runner =>
    async () => ({
      code: lines.length > 0 ? 0 : 1,
      stdout: lines.map((l) => `${l}\n`).join(''),
      stderr: '',
      seconds: 0,
    });
  it.each([
    { name: 'nothing asked', candidates: [], lines: [], present: 0 },
    { name: 'the daemon has none of them', candidates: ['base'], lines: [], present: 0 },
    { name: 'the base', candidates: ['base'], lines: ['["sha256:base1","sha256:base2"]'], present: 2 },
    {
      name: 'an earlier load sharing node_modules',
      candidates: ['base', 'web:1'],
      lines: [
        '["sha256:base1","sha256:base2"]',
        '["sha256:base1","sha256:base2","sha256:pkg","sha256:modules","sha256:old"]',
      ],
      present: 4,
    },
    {
      name: 'a chain that differs below: nothing of it counts',
      candidates: ['other'],
      lines: ['["sha256:x","sha256:base2","sha256:pkg"]'],
      present: 0,
    },
    {
      name: 'output that is not JSON is skipped',
      candidates: ['base'],
      lines: ['Error: No such image', '["sha256:base1"]'],
      present: 1,
    },
  ])('$name: $present', async ({ candidates, lines, present }) => {
    expect(await layersInDaemon(ours, candidates, inspecting(lines))).toBe(present);
  });
});

describe("a COPY carrying node_modules beside the app's files (Next.js's standalone output)", () => {
  const STANDALONE = {
    'standalone/server.js': 'require("next")\n',
    'standalone/.next/BUILD_ID': 'build-1\n',
    'standalone/node_modules/next/package.json': '{"name":"next","version":"15.0.0"}',
    'standalone/node_modules/next/dist/server.js': 'module.exports = {};\n',
    Dockerfile: 'FROM scratch\nWORKDIR /app\nCOPY standalone ./\n',
  };
  /** the build's layers, with what each holds, and the history entries that made them */
  const layersOf = (engine: OciEngine) => {
    const image = engine.builtImage('web')!.images[0]!;
    const config = JSON.parse(
      readFileSync(
        path.join(engine.builtImage('web')!.layoutDir, 'blobs', 'sha256', image.config.digest.slice(7)),
        'utf8',
      ),
    ) as {
      history: { created_by: string; empty_layer?: boolean }[];
    };
    return {
      layers: image.layers.map((l) => ({ digest: l.digest, names: readTar(readFileSync(l.file)).map((e) => e.name) })),
      history: config.history.filter((h) => !h.empty_layer).map((h) => h.created_by),
    };
  };

  it('writes its node_modules as a layer of their own, kept by content, and the rest after it', async () => {
    const { dir, logger, request, deps } = setup(STANDALONE);
    const first = new OciEngine({ runnerArch: 'x64' });
    await first.build({ ...request('tree-a'), treeKeys: {} }, deps());
    const before = layersOf(first);
    expect(before.history).toEqual([
      'COPY standalone ./ # its node_modules',
      'COPY standalone ./ # its files outside node_modules',
    ]);
    expect(before.layers[0]!.names).toEqual([
      'app/node_modules/',
      'app/node_modules/next/',
      'app/node_modules/next/dist/',
      'app/node_modules/next/dist/server.js',
      'app/node_modules/next/package.json',
    ]);
    // the directories above node_modules come with the rest, which sets their mode and time
    expect(before.layers[1]!.names).toEqual(['app/', 'app/.next/', 'app/.next/BUILD_ID', 'app/server.js']);
    expect(kept(logger)).toEqual([]);

    // a source change: the server is built again, the traced node_modules copied afresh, same bytes
    writeFileSync(path.join(dir, 'standalone/server.js'), 'require("next") // changed\n');
    const again = path.join(dir, 'standalone/node_modules/next/package.json');
    utimesSync(again, new Date(), new Date(Date.now() + 5_000));
    const second = new OciEngine({ runnerArch: 'x64' });
    await second.build({ ...request('tree-a'), treeKeys: {} }, deps());
    const after = layersOf(second);
    expect(kept(logger)).toHaveLength(1);
    expect(kept(logger)[0]).toContain('its node_modules');
    expect(after.layers[0]!.digest).toBe(before.layers[0]!.digest);
    expect(after.layers[1]!.digest).not.toBe(before.layers[1]!.digest);
  });

  it('makes the node_modules layer again when a file in it changed, even at the same size and time', async () => {
    const { dir, logger, request, deps } = setup(STANDALONE);
    const first = new OciEngine({ runnerArch: 'x64' });
    await first.build({ ...request('tree-a'), treeKeys: {} }, deps());
    const file = path.join(dir, 'standalone/node_modules/next/dist/server.js');
    const time = new Date(1_700_000_000_000);
    utimesSync(file, time, time);
    writeFileSync(file, 'module.exports = [];\n');
    utimesSync(file, time, time);
    const second = new OciEngine({ runnerArch: 'x64' });
    await second.build({ ...request('tree-a'), treeKeys: {} }, deps());
    expect(kept(logger)).toEqual([]);
    expect(layersOf(second).layers[0]!.digest).not.toBe(layersOf(first).layers[0]!.digest);
  });
});
