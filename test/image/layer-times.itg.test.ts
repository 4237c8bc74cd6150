import { utimesSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DockerEngine } from '../../src/engines/docker.js';
import type { ImageEngine } from '../../src/engines/engine.js';
import { OciEngine } from '../../src/engines/oci/index.js';
import { hasDocker, REGISTRY } from '../support/docker.js';
import { appFixture, buildRequest, docker, uniqueTag } from '../engines/oci/itg-helpers.js';

/** two commits an hour apart that differ only in the server's source */
const FIRST = 1_767_323_045;
const SECOND = FIRST + 3600;

/** The manifest's layer digests of repository:tag, oldest first. */
async function layerDigests(repository: string, tag: string): Promise<string[]> {
  const response = await fetch(`http://${REGISTRY}/v2/${repository}/manifests/${tag}`, {
    headers: {
      accept: 'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json',
    },
  });
  if (!response.ok) throw new Error(`GET manifest ${repository}:${tag}: HTTP ${response.status}`);
  const manifest = (await response.json()) as { layers: { digest: string }[] };
  return manifest.layers.map((l) => l.digest);
}

/**
 * The app's Dockerfile (makeApp): FROM, then `COPY package.json ./`, `COPY node_modules
 * ./node_modules`, `COPY server.js ./`. Each commit is checked out afresh: every file gets the
 * checkout's time, so only the engine's timestamps decide whether the layers stay the same.
 */
describe.runIf(hasDocker)('layers whose files did not change keep their digest across commits', () => {
  const fixture = appFixture();
  const { deps } = fixture;

  /** the two commits' images: layer-times/<name>:first-…, :second-… */
  function images(name: string) {
    const repository = `layer-times/${name}`;
    const tags = [uniqueTag('first'), uniqueTag('second')];
    return { repository, tags, refs: tags.map((t) => `${REGISTRY}/${repository}:${t}`) };
  }

  async function buildCommits(
    engine: ImageEngine,
    { repository, tags, refs }: ReturnType<typeof images>,
    between?: (first: string) => void,
  ): Promise<string[][]> {
    const checkout = (marker: string): void => {
      fixture.app.touchServer(marker);
      const now = Date.now() / 1000;
      for (const f of [
        'package.json',
        'server.js',
        'node_modules/tiny-dep/index.js',
        'node_modules/tiny-dep/package.json',
      ])
        utimesSync(path.join(fixture.app.dir, f), now, now);
    };
    checkout('first commit');
    const first = buildRequest(fixture.app, [refs[0]!], { sourceDateEpoch: FIRST });
    await engine.build(first, deps);
    await engine.push(first, deps);
    between?.(refs[0]!);
    checkout('second commit');
    const second = buildRequest(fixture.app, [refs[1]!], { sourceDateEpoch: SECOND, cacheFrom: [refs[0]!] });
    await engine.build(second, deps);
    await engine.push(second, deps);
    return Promise.all(tags.map((t) => layerDigests(repository, t)));
  }

  function expectOnlyTheServerLayerChanged([before, after]: string[][]): void {
    expect(after).toHaveLength(before!.length);
    // base layers, package.json, node_modules: the same blobs; the server's layer: a new one
    expect(after!.slice(0, -1)).toEqual(before!.slice(0, -1));
    expect(after!.at(-1)).not.toBe(before!.at(-1));
  }

  it('oci engine: the package.json and node_modules layers are the same blobs', async () => {
    expectOnlyTheServerLayerChanged(await buildCommits(new OciEngine(), images('oci')));
  });

  it('docker engine, as a fresh runner: the earlier push lends its layers, package.json and node_modules stay', async () => {
    const built = images('docker');
    try {
      const digests = await buildCommits(new DockerEngine(), built, (first) => {
        // a fresh runner has none of the first build's images; the engine pulls the earlier push
        docker('rmi', first);
      });
      expectOnlyTheServerLayerChanged(digests);
    } finally {
      for (const ref of built.refs) {
        try {
          docker('rmi', '--force', ref);
        } catch {
          // not built, or already removed
        }
      }
    }
  });
});
