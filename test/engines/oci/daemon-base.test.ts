import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalDirectoryStore } from '../../../src/cache/local-store.js';
import { DaemonBases, registryCopyOf, type DaemonImage } from '../../../src/engines/oci/daemon-base.js';
import { createRunner, type Runner } from '../../../src/exec.js';
import { MemoryLogger } from '../../../src/log.js';
import { sha256Digest } from '../../../src/registry/digest.js';
import { parseReference } from '../../../src/registry/reference.js';

const temps: string[] = [];
const temp = (prefix: string): string => {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A layer tar holding one file, as a daemon would save it. */
function layerTar(name: string, content: string): Buffer {
  const dir = temp('adb-daemon-layer-');
  writeFileSync(path.join(dir, name), content);
  return execFileSync('tar', ['--sort=name', '--mtime=@0', '--owner=0', '--group=0', '-c', '-C', dir, name]);
}

function configFor(layers: Buffer[]): Buffer {
  return Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: { Env: ['PATH=/usr/bin:/bin'] },
      rootfs: { type: 'layers', diff_ids: layers.map((l) => sha256Digest(l)) },
    }),
  );
}

type Format = 'docker 20.10 (legacy archive)' | 'docker 25+ (OCI layout, gzip layers)';

/** The files `docker image save` writes for one image, in either format. */
function savedImage(format: Format, layers: Buffer[]): { files: Record<string, Buffer>; id: string } {
  const config = configFor(layers);
  const id = sha256Digest(config);
  const hex = (d: string): string => d.slice('sha256:'.length);
  if (format === 'docker 20.10 (legacy archive)') {
    const files: Record<string, Buffer> = { [`${hex(id)}.json`]: config };
    const paths = layers.map((layer, i) => {
      const p = `${i}${'a'.repeat(63)}/layer.tar`;
      files[p] = layer;
      return p;
    });
    files['manifest.json'] = Buffer.from(
      JSON.stringify([{ Config: `${hex(id)}.json`, RepoTags: ['local/base:1'], Layers: paths }]),
    );
    return { files, id };
  }
  // the containerd image store keeps layers as pulled (gzip'd) and writes no manifest.json here
  const gz = layers.map((l) => zlib.gzipSync(l));
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: id, size: config.length },
      layers: gz.map((g) => ({
        mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
        digest: sha256Digest(g),
        size: g.length,
      })),
    }),
  );
  const index = {
    schemaVersion: 2,
    manifests: [
      {
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        digest: sha256Digest(manifest),
        size: manifest.length,
      },
    ],
  };
  const files: Record<string, Buffer> = {
    'oci-layout': Buffer.from('{"imageLayoutVersion":"1.0.0"}'),
    'index.json': Buffer.from(JSON.stringify(index)),
    [`blobs/sha256/${hex(id)}`]: config,
    [`blobs/sha256/${hex(sha256Digest(manifest))}`]: manifest,
  };
  for (const g of gz) files[`blobs/sha256/${hex(sha256Digest(g))}`] = g;
  return { files, id };
}

/**
 * A runner where `docker image save --output FILE ID` writes the given archive (no engine here
 * writes docker 25's format) and every other command runs for real (tar).
 */
function savingRunner(files: Record<string, Buffer>, saves: string[]): Runner {
  const real = createRunner(new MemoryLogger());
  return async (argv, options) => {
    if (argv[0] === 'docker' && argv[1] === 'image' && argv[2] === 'save') {
      saves.push(argv.at(-1)!);
      const dir = temp('adb-daemon-saved-');
      for (const [name, bytes] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        writeFileSync(path.join(dir, name), bytes);
      }
      execFileSync('tar', ['-c', '-f', argv[4]!, '-C', dir, '.']);
      return { code: 0, stdout: '', stderr: '', seconds: 0 };
    }
    return real(argv, options);
  };
}

describe('DaemonBases', () => {
  it.each(['docker 20.10 (legacy archive)', 'docker 25+ (OCI layout, gzip layers)'] as const)(
    "reads a base saved by %s, gzip'd once, and the kept copy on the next read",
    async (format) => {
      const layers = [layerTar('a.txt', 'first layer\n'), layerTar('b.txt', 'second layer\n'.repeat(100))];
      const { files, id } = savedImage(format, layers);
      const saves: string[] = [];
      const kept = temp('adb-daemon-kept-');
      const image: DaemonImage = { id, repoDigests: [] };
      const first = await new DaemonBases(kept, savingRunner(files, saves), new MemoryLogger()).read(
        image,
        'local/base:1',
      );
      expect(saves).toEqual([id]);
      const manifest = JSON.parse(first.manifest.bytes.toString('utf8')) as {
        config: { digest: string };
        layers: { digest: string; size: number }[];
      };
      expect(manifest.config.digest).toBe(id);
      expect(first.config.rootfs.diff_ids).toEqual(layers.map((l) => sha256Digest(l)));
      // each layer a gzip blob whose content is the layer the config names
      for (const [i, layer] of manifest.layers.entries()) {
        const blob = readFileSync(path.join(first.blobsDir, layer.digest.slice(7)));
        expect(sha256Digest(blob)).toBe(layer.digest);
        expect(blob.length).toBe(layer.size);
        expect(sha256Digest(zlib.gunzipSync(blob))).toBe(sha256Digest(layers[i]!));
      }
      // a new engine (the next run) on the same directory: no second save, the same manifest
      const second = await new DaemonBases(kept, savingRunner(files, saves), new MemoryLogger()).read(
        image,
        'local/base:1',
      );
      expect(saves).toEqual([id]);
      expect(second.manifest.digest).toBe(first.manifest.digest);
    },
  );

  it('a fresh runner (no kept directory) restores the base from the cache store by its ID instead of saving it again', async () => {
    const { files, id } = savedImage('docker 20.10 (legacy archive)', [layerTar('a.txt', 'kept in the store\n')]);
    const store = LocalDirectoryStore.create(temp('adb-daemon-store-'), createRunner(new MemoryLogger()));
    const saves: string[] = [];
    const image: DaemonImage = { id, repoDigests: [] };
    const first = await new DaemonBases(
      temp('adb-daemon-kept-'),
      savingRunner(files, saves),
      new MemoryLogger(),
      store,
    ).read(image, 'local/base:1');
    const second = await new DaemonBases(
      temp('adb-daemon-kept-'),
      savingRunner(files, saves),
      new MemoryLogger(),
      store,
    ).read(image, 'local/base:1');
    expect(saves).toEqual([id]);
    expect(second.manifest.digest).toBe(first.manifest.digest);
    const layer = (JSON.parse(second.manifest.bytes.toString('utf8')) as { layers: { digest: string }[] }).layers[0]!;
    expect(sha256Digest(readFileSync(path.join(second.blobsDir, layer.digest.slice(7))))).toBe(layer.digest);
  });

  it('refuses an archive whose layer is not what the config says, and keeps nothing', async () => {
    const layers = [layerTar('a.txt', 'first layer\n')];
    const { files, id } = savedImage('docker 20.10 (legacy archive)', layers);
    const tampered = { ...files, [`0${'a'.repeat(63)}/layer.tar`]: layerTar('a.txt', 'something else\n') };
    const kept = temp('adb-daemon-kept-');
    const bases = new DaemonBases(kept, savingRunner(tampered, []), new MemoryLogger());
    await expect(bases.read({ id, repoDigests: [] }, 'local/base:1')).rejects.toThrow(
      /base image local\/base:1: reading it from the Docker daemon failed: layer 1: its content is sha256:/,
    );
    expect(execFileSync('ls', ['-A', kept]).toString()).toBe('');
  });

  it('a name rebuilt under a new ID: the copy of the old ID is removed', async () => {
    const kept = temp('adb-daemon-kept-');
    const old = savedImage('docker 20.10 (legacy archive)', [layerTar('a.txt', 'old\n')]);
    const now = savedImage('docker 20.10 (legacy archive)', [layerTar('a.txt', 'new\n')]);
    await new DaemonBases(kept, savingRunner(old.files, []), new MemoryLogger()).read(
      { id: old.id, repoDigests: [] },
      'local/base:1',
    );
    await new DaemonBases(kept, savingRunner(now.files, []), new MemoryLogger()).read(
      { id: now.id, repoDigests: [] },
      'local/base:1',
    );
    expect(execFileSync('ls', [kept]).toString().trim()).toBe(now.id.slice(7));
  });
});

describe('registryCopyOf', () => {
  const id = `sha256:${'1'.repeat(64)}`;
  const digest = `sha256:${'2'.repeat(64)}`;
  it.each([
    {
      name: 'pushed to the same repository',
      ref: 'localhost:5000/node:20-slim',
      digests: [`localhost:5000/node@${digest}`],
      expected: digest,
    },
    { name: 'only built here', ref: 'local/node:20-slim', digests: [], expected: undefined },
    {
      name: 'pulled from Docker Hub: the daemon copy serves, no request to Docker Hub',
      ref: 'node:20-slim',
      digests: [`node@${digest}`],
      expected: undefined,
    },
    {
      name: 'pushed to another repository',
      ref: 'localhost:5000/node:20-slim',
      digests: [`localhost:5000/other@${digest}`],
      expected: undefined,
    },
    {
      name: 'pushed to the same path of another registry',
      ref: 'localhost:5000/node:20-slim',
      digests: [`ghcr.io/node@${digest}`],
      expected: undefined,
    },
  ])('$name', ({ ref, digests, expected }) => {
    expect(registryCopyOf({ id, repoDigests: digests }, parseReference(ref))).toBe(expected);
  });
});
