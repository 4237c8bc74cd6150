import { chmodSync, mkdtempSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { collectCopy } from '../../../src/engines/oci/copy.js';
import { sha256Digest } from '../../../src/registry/digest.js';
import { writeLayer, type LayerBlob } from '../../../src/engines/oci/layer.js';
import { copySteps, writeContext } from './context.js';
import { readTar } from './tar-reader.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

const TREE = {
  'package.json': '{"name":"app","version":"1.0.0"}',
  'dist/server.js': 'require("./lib/util")\n',
  'dist/lib/util.js': 'module.exports = 1\n',
  'node_modules/dep/index.js': 'module.exports = () => 2\n',
  'node_modules/.bin/dep': { symlink: '../dep/index.js' },
};

/** Builds the layer of `copy` (default `COPY . /app/`) from a fresh copy of TREE, after `prepare` touched it. */
async function buildLayer(
  prepare: (dir: string) => void = () => undefined,
  mtime = 1_700_000_000,
  copy = 'COPY . /app/',
): Promise<LayerBlob> {
  const context = writeContext(TREE);
  const blobs = mkdtempSync(path.join(os.tmpdir(), 'adb-oci-blobs-'));
  cleanups.push(context.cleanup, () => rmSync(blobs, { recursive: true, force: true }));
  prepare(context.dir);
  const [step] = copySteps(`FROM scratch\n${copy}`);
  const { entries } = await collectCopy(step!, { dir: context.dir, file: 'Dockerfile', knownDirs: new Set(), mtime });
  return writeLayer(entries, blobs);
}

describe('layers are reproducible', () => {
  it('gives the same tree the same digest every time', async () => {
    const [a, b] = [await buildLayer(), await buildLayer()];
    expect(b.digest).toBe(a.digest);
    expect(b.diffId).toBe(a.diffId);
    expect(readFileSync(b.file).equals(readFileSync(a.file))).toBe(true);
  });

  it.each([
    {
      name: 'other mtimes on disk',
      prepare: (dir: string) => {
        utimesSync(path.join(dir, 'dist/server.js'), 1, 1);
        utimesSync(path.join(dir, 'dist'), 2_000_000_000, 2_000_000_000);
      },
    },
    {
      name: 'another umask (group-writable files)',
      prepare: (dir: string) => chmodSync(path.join(dir, 'package.json'), 0o664),
    },
  ])('ignores $name', async ({ prepare }) => {
    expect((await buildLayer(prepare)).digest).toBe((await buildLayer()).digest);
  });

  it('changes when an exec bit changes', async () => {
    expect((await buildLayer((dir) => chmodSync(path.join(dir, 'package.json'), 0o755))).digest).not.toBe(
      (await buildLayer()).digest,
    );
  });

  it("changes with SOURCE_DATE_EPOCH when it holds the app's own files", async () => {
    expect((await buildLayer(undefined, 1)).digest).not.toBe((await buildLayer()).digest);
  });

  it("keeps a node_modules layer's digest across commits (another SOURCE_DATE_EPOCH)", async () => {
    const nodeModules = async (epoch: number): Promise<string> =>
      (await buildLayer(undefined, epoch, 'COPY node_modules /app/node_modules')).digest;
    expect(await nodeModules(1_700_000_000)).toBe(await nodeModules(1_800_000_000));
  });

  it('writes a gzip whose header holds no time and a fixed OS byte, and a diff_id of the tar', async () => {
    const layer = await buildLayer();
    const blob = readFileSync(layer.file);
    expect([...blob.subarray(0, 10)]).toEqual([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xff]);
    expect(sha256Digest(blob)).toBe(layer.digest);
    const tar = gunzipSync(blob);
    expect(sha256Digest(tar)).toBe(layer.diffId);
    expect(layer.uncompressedSize).toBe(tar.length);
    expect(layer.size).toBe(blob.length);
  });

  it('lists entries sorted by path, parents before children', async () => {
    const names = readTar(readFileSync((await buildLayer()).file)).map((e) => e.name);
    expect(names).toEqual([
      'app/',
      'app/dist/',
      'app/dist/lib/',
      'app/dist/lib/util.js',
      'app/dist/server.js',
      'app/node_modules/',
      'app/node_modules/.bin/',
      'app/node_modules/.bin/dep',
      'app/node_modules/dep/',
      'app/node_modules/dep/index.js',
      'app/package.json',
    ]);
  });
});
