import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { buildCacheSpecs } from '../../src/phases/image.js';

describe('buildCacheSpecs', () => {
  it.each([
    { name: 'none', config: undefined, input: undefined, expected: [] },
    {
      name: "the config's, then the input's",
      config: ['type=local,src=/c'],
      input: ['type=gha'],
      expected: ['type=local,src=/c', 'type=gha'],
    },
    {
      name: '{target} becomes the name, everywhere in the spec',
      config: [],
      input: ['type=registry,ref=r/cache:{target},ref-note={target}'],
      expected: ['type=registry,ref=r/cache:api,ref-note=api'],
    },
    {
      name: 'the same spec twice is passed once',
      config: ['type=gha,scope={target}'],
      input: ['type=gha,scope=api'],
      expected: ['type=gha,scope=api'],
    },
  ])('$name', ({ config, input, expected }) => {
    expect(buildCacheSpecs('api', config, input)).toEqual(expected);
  });
});

describe('config: cache-from and cache-to', () => {
  it('are lists of specs on a target', () => {
    const config = parseConfig(
      'version: 1\ntargets:\n  api:\n    context: .\n    artifacts: [dist]\n    cache-from: ["type=gha,scope={target}"]\n    cache-to: ["type=gha,mode=max,scope={target}"]\n',
      '/r/artifact-build.yml',
    );
    expect(config.targets[0]!.cacheFrom).toEqual(['type=gha,scope={target}']);
    expect(config.targets[0]!.cacheTo).toEqual(['type=gha,mode=max,scope={target}']);
  });

  it('a single string is refused with the place', () => {
    expect(() =>
      parseConfig(
        'version: 1\ntargets:\n  api:\n    context: .\n    artifacts: [dist]\n    cache-to: type=gha\n',
        '/r/a.yml',
      ),
    ).toThrow('/r/a.yml:6:15: `api.cache-to` must be a list');
  });
});
