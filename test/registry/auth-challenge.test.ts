import { describe, expect, it } from 'vitest';
import { parseWwwAuthenticate, type Challenge } from '../../src/registry/auth-challenge.js';

describe('parseWwwAuthenticate', () => {
  it.each<{ name: string; header: string; expected: Challenge[] }>([
    {
      name: "Docker Hub's bearer challenge",
      header:
        'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/node:pull"',
      expected: [
        {
          scheme: 'bearer',
          params: {
            realm: 'https://auth.docker.io/token',
            service: 'registry.docker.io',
            scope: 'repository:library/node:pull',
          },
        },
      ],
    },
    {
      name: "GHCR's challenge with a push scope (comma inside quotes)",
      header: 'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:acme/app:pull,push"',
      expected: [
        {
          scheme: 'bearer',
          params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:acme/app:pull,push' },
        },
      ],
    },
    {
      name: "an htpasswd registry's basic challenge",
      header: 'Basic realm="test"',
      expected: [{ scheme: 'basic', params: { realm: 'test' } }],
    },
    {
      name: 'spaces around = and unquoted values',
      header: 'Bearer realm = "https://x/token" , service=x',
      expected: [{ scheme: 'bearer', params: { realm: 'https://x/token', service: 'x' } }],
    },
    {
      name: 'escaped quotes',
      header: 'Basic realm="a \\"quoted\\" realm"',
      expected: [{ scheme: 'basic', params: { realm: 'a "quoted" realm' } }],
    },
    {
      name: 'two challenges in one header',
      header: 'Basic realm="r1", Bearer realm="https://t/token",service="s"',
      expected: [
        { scheme: 'basic', params: { realm: 'r1' } },
        { scheme: 'bearer', params: { realm: 'https://t/token', service: 's' } },
      ],
    },
    { name: 'a scheme without parameters', header: 'Negotiate', expected: [{ scheme: 'negotiate', params: {} }] },
    { name: 'an empty header', header: '', expected: [] },
  ])('$name', ({ header, expected }) => {
    expect(parseWwwAuthenticate(header)).toEqual(expected);
  });
});
