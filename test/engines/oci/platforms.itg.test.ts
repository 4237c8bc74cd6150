import { describe, expect, it } from 'vitest';
import { BuildError } from '../../../src/errors.js';
import { OciEngine } from '../../../src/engines/oci/index.js';
import { hasDocker, REGISTRY } from '../../support/docker.js';
import { rejectionOf } from './context.js';
import { appFixture, buildRequest, docker, makeApp, manifestAt, uniqueTag } from './itg-helpers.js';

interface IndexDoc {
  mediaType: string;
  manifests: { digest: string; platform: { os: string; architecture: string } }[];
}
interface ManifestDoc {
  layers: { digest: string }[];
  annotations?: Record<string, string>;
}

describe.runIf(hasDocker)('oci engine: several platforms', () => {
  const fixture = appFixture();
  const { deps } = fixture;

  it('pushes an index over one manifest per platform, sharing the app layers', async () => {
    const repo = `oci-test/${uniqueTag('multi')}`;
    const request = buildRequest(fixture.app, [`${REGISTRY}/${repo}:1`], { platforms: ['linux/amd64', 'linux/arm64'] });
    const engine = new OciEngine({ runnerArch: 'x64' });
    const { digest } = await engine.push(request, deps);
    const index = (await manifestAt(REGISTRY, repo, digest)) as unknown as IndexDoc;
    expect(index.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(index.manifests.map((m) => `${m.platform.os}/${m.platform.architecture}`)).toEqual([
      'linux/amd64',
      'linux/arm64',
    ]);
    const [amd64, arm64] = await Promise.all(
      index.manifests.map((m) => manifestAt(REGISTRY, repo, m.digest) as Promise<unknown> as Promise<ManifestDoc>),
    );
    expect(amd64!.layers.map((l) => l.digest)).toEqual(arm64!.layers.map((l) => l.digest));
    // the single-platform base served both, with a warning, as docker would
    expect(deps.logger.lines.some((l) => l.includes('is a linux/amd64 image, not linux/arm64'))).toBe(true);

    // docker picks this machine's manifest out of the index
    docker('pull', `${REGISTRY}/${repo}@${digest}`);
    expect(docker('image', 'inspect', '--format', '{{.Architecture}}', `${REGISTRY}/${repo}@${digest}`)).toBe('amd64');
    docker('rmi', `${REGISTRY}/${repo}@${digest}`);

    // an index as the base: each platform gets its own entry
    const child = makeApp({ from: `${REGISTRY}/${repo}:1` });
    try {
      const built = await new OciEngine({ runnerArch: 'x64' }).push(
        buildRequest(child, [`${REGISTRY}/${repo}-child:1`], { platforms: ['linux/arm64'] }),
        deps,
      );
      const manifest = (await manifestAt(REGISTRY, `${repo}-child`, built.digest)) as unknown as ManifestDoc;
      expect(manifest.annotations?.['org.opencontainers.image.base.digest']).toBe(index.manifests[1]!.digest);
    } finally {
      child.cleanup();
    }
  });

  it('refuses a foreign platform when the artifacts hold a native addon', async () => {
    const native = makeApp({ extraFiles: { 'node_modules/tiny-dep/build/Release/addon.node': 'not really ELF' } });
    try {
      const request = buildRequest(native, [`${REGISTRY}/oci-test/native:1`], {
        platforms: ['linux/amd64', 'linux/arm64'],
      });
      const error = await rejectionOf(new OciEngine({ runnerArch: 'x64' }).build(request, deps));
      expect(error).toBeInstanceOf(BuildError);
      expect(error.message).toContain('node_modules/tiny-dep/build/Release/addon.node');
      expect(error.message).toContain('cannot serve linux/arm64');

      const own = await new OciEngine({ runnerArch: 'x64' }).build({ ...request, platforms: ['linux/amd64'] }, deps);
      expect(own.size).toBeGreaterThan(0);
    } finally {
      native.cleanup();
    }
  });
});
