import { describe, expect, it } from 'vitest';
import { parseBuildxVersion } from '../../src/engines/detect.js';

describe('parseBuildxVersion', () => {
  it.each([
    { name: 'docker buildx version', output: 'github.com/docker/buildx v0.19.3 48d6a39', version: '0.19.3' },
    { name: 'a distribution build', output: 'github.com/docker/buildx 0.12.1+azure-1 ', version: '0.12.1+azure-1' },
    { name: 'a standalone buildx binary', output: 'github.com/docker/buildx v0.20.0-rc1 abc', version: '0.20.0-rc1' },
    { name: 'not buildx', output: "docker: 'buildx' is not a docker command.", version: undefined },
  ])('$name', ({ output, version }) => {
    expect(parseBuildxVersion(output)).toBe(version);
  });
});
