import { describe, expect, it } from 'vitest';
import { BuildError } from '../../src/errors.js';
import {
  apiHost,
  formatReference,
  inNamedRegistry,
  isLoopbackRegistry,
  isValidRepository,
  isValidTag,
  joinImage,
  manifestReference,
  parseReference,
  splitTag,
  type ImageReference,
} from '../../src/registry/reference.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;

describe('parseReference', () => {
  it.each<{ name: string; text: string; expected: ImageReference }>([
    {
      name: 'a Docker Hub official image',
      text: 'node:20',
      expected: { registry: 'docker.io', repository: 'library/node', tag: '20' },
    },
    {
      name: 'a bare name means :latest',
      text: 'node',
      expected: { registry: 'docker.io', repository: 'library/node', tag: 'latest' },
    },
    {
      name: 'a Docker Hub user image',
      text: 'acme/app:1.2',
      expected: { registry: 'docker.io', repository: 'acme/app', tag: '1.2' },
    },
    {
      name: 'docker.io spelled out',
      text: 'docker.io/node:20-slim',
      expected: { registry: 'docker.io', repository: 'library/node', tag: '20-slim' },
    },
    {
      name: 'index.docker.io is Docker Hub',
      text: 'index.docker.io/library/node:20',
      expected: { registry: 'docker.io', repository: 'library/node', tag: '20' },
    },
    {
      name: 'a registry with a dot',
      text: 'ghcr.io/acme/backend:sha-abc1234',
      expected: { registry: 'ghcr.io', repository: 'acme/backend', tag: 'sha-abc1234' },
    },
    {
      name: 'a registry with a port',
      text: '127.0.0.1:5000/node:20-slim',
      expected: { registry: '127.0.0.1:5000', repository: 'node', tag: '20-slim' },
    },
    {
      name: 'localhost without a port',
      text: 'localhost/app',
      expected: { registry: 'localhost', repository: 'app', tag: 'latest' },
    },
    {
      name: 'an IPv6 registry',
      text: '[::1]:5000/app:1',
      expected: { registry: '[::1]:5000', repository: 'app', tag: '1' },
    },
    {
      name: 'a deep path',
      text: 'registry.example.com/a/b/c:v1',
      expected: { registry: 'registry.example.com', repository: 'a/b/c', tag: 'v1' },
    },
    {
      name: 'a digest',
      text: `node@${DIGEST}`,
      expected: { registry: 'docker.io', repository: 'library/node', digest: DIGEST },
    },
    {
      name: 'a tag and a digest',
      text: `ghcr.io/acme/app:1@${DIGEST}`,
      expected: { registry: 'ghcr.io', repository: 'acme/app', tag: '1', digest: DIGEST },
    },
    {
      name: 'separators in names',
      text: 'ghcr.io/my-org/my_app.web__x:1',
      expected: { registry: 'ghcr.io', repository: 'my-org/my_app.web__x', tag: '1' },
    },
    {
      name: 'a first component without dot or port is a path',
      text: 'acme/tools/app',
      expected: { registry: 'docker.io', repository: 'acme/tools/app', tag: 'latest' },
    },
  ])('$name: $text', ({ text, expected }) => {
    expect(parseReference(text)).toEqual(expected);
  });

  it.each([
    { name: 'empty', text: '', message: 'it is empty' },
    { name: 'upper case repository', text: 'ghcr.io/Acme/app', message: 'lowercase' },
    { name: 'an empty tag', text: 'node:', message: '"" is not a valid tag' },
    { name: 'a bad digest', text: 'node@sha256:abc', message: 'not a digest' },
    { name: 'a double slash', text: 'ghcr.io//app', message: 'not a valid path component' },
    { name: 'a tag with a slash-free illegal char', text: 'node:a+b', message: 'not a valid tag' },
  ])('refuses $name', ({ text, message }) => {
    expect(() => parseReference(text)).toThrow(BuildError);
    expect(() => parseReference(text)).toThrow(message);
  });
});

describe('reference helpers', () => {
  it('reaches Docker Hub at registry-1.docker.io and others where they are', () => {
    expect(apiHost('docker.io')).toBe('registry-1.docker.io');
    expect(apiHost('ghcr.io')).toBe('ghcr.io');
  });

  it('formats fully qualified names and fetches by digest before tag', () => {
    const ref = parseReference(`node:20@${DIGEST}`);
    expect(formatReference(ref)).toBe(`docker.io/library/node:20@${DIGEST}`);
    expect(manifestReference(ref)).toBe(DIGEST);
    expect(manifestReference(parseReference('node:20'))).toBe('20');
  });

  it.each([
    ['localhost:5000', true],
    ['127.0.0.1:5001', true],
    ['[::1]:5000', true],
    ['localhost', true],
    ['registry.local:5000', false],
    ['ghcr.io', false],
  ])('%s speaks plain HTTP: %s', (host, expected) => {
    expect(isLoopbackRegistry(host)).toBe(expected);
  });
});

describe('isValidTag', () => {
  it.each([
    { name: 'latest', tag: 'latest', valid: true },
    { name: 'a version', tag: 'v1.2.3', valid: true },
    { name: 'a sha tag', tag: 'sha-1234567', valid: true },
    { name: 'underscore first', tag: '_x', valid: true },
    { name: '128 characters', tag: 'a'.repeat(128), valid: true },
    { name: '129 characters', tag: 'a'.repeat(129), valid: false },
    { name: 'empty', tag: '', valid: false },
    { name: 'a flag', tag: '--push', valid: false },
    { name: 'starts with .', tag: '.x', valid: false },
    { name: 'a slash', tag: 'feature/x', valid: false },
    { name: 'a space', tag: 'a b', valid: false },
    { name: 'a plus (semver build metadata)', tag: '1.0.0+build', valid: false },
    { name: 'a colon', tag: 'a:b', valid: false },
  ])('$name', ({ tag, valid }) => {
    expect(isValidTag(tag)).toBe(valid);
  });
});

describe('inNamedRegistry', () => {
  it.each([
    { name: 'ghcr.io', image: 'ghcr.io/acme/app', named: true },
    { name: 'localhost with a port', image: 'localhost:5000/app', named: true },
    { name: 'an IPv6 host', image: '[::1]:5000/app', named: true },
    { name: "a bare name (Docker Hub's library)", image: 'backend', named: false },
    { name: 'a Docker Hub user without the host', image: 'acme/backend', named: false },
  ])('$name', ({ image, named }) => {
    expect(inNamedRegistry(image)).toBe(named);
  });
});

describe('isValidRepository', () => {
  it.each([
    { name: 'a bare name', reference: 'app', valid: true },
    { name: 'a registry and two components', reference: 'ghcr.io/acme/app', valid: true },
    { name: 'localhost with a port', reference: 'localhost:5000/app', valid: true },
    { name: 'an IP with a port', reference: '127.0.0.1:5000/team/app', valid: true },
    { name: 'an IPv6 host', reference: '[::1]:5000/app', valid: true },
    { name: 'separators inside a component', reference: 'acme/my_app.v2--x', valid: true },
    { name: 'capitals in the registry host', reference: 'Registry.Example.com/app', valid: true },
    { name: 'capitals in the path', reference: 'ghcr.io/Acme/app', valid: false },
    { name: 'a leading dash', reference: '-x', valid: false },
    { name: 'a tag', reference: 'app:1', valid: false },
    { name: 'a digest', reference: 'app@sha256:abc', valid: false },
    { name: 'an empty component', reference: 'ghcr.io//app', valid: false },
    { name: 'a trailing slash', reference: 'ghcr.io/acme/', valid: false },
    { name: 'a host with a bad port', reference: 'localhost:port/app', valid: false },
    { name: 'a host alone with a port', reference: 'localhost:5000', valid: false },
    { name: 'longer than 255', reference: `ghcr.io/${'a'.repeat(250)}`, valid: false },
  ])('$name: $reference', ({ reference, valid }) => {
    expect(isValidRepository(reference)).toBe(valid);
  });
});

describe('joinImage', () => {
  it.each([
    { name: 'no registry keeps the name', registry: undefined, image: 'app', expected: 'app' },
    { name: 'a relative name is joined', registry: 'ghcr.io/acme', image: 'app', expected: 'ghcr.io/acme/app' },
    {
      name: 'a trailing slash on the registry is dropped',
      registry: 'ghcr.io/acme//',
      image: 'app',
      expected: 'ghcr.io/acme/app',
    },
    {
      name: 'a relative path is joined',
      registry: 'ghcr.io/acme',
      image: 'team/app',
      expected: 'ghcr.io/acme/team/app',
    },
    {
      name: 'a full reference stays',
      registry: 'ghcr.io/acme',
      image: 'docker.io/other/app',
      expected: 'docker.io/other/app',
    },
    {
      name: 'localhost with a port is a full reference',
      registry: 'ghcr.io/acme',
      image: 'localhost:5000/app',
      expected: 'localhost:5000/app',
    },
    {
      name: 'localhost is a registry host',
      registry: 'ghcr.io/acme',
      image: 'localhost/app',
      expected: 'localhost/app',
    },
    {
      name: 'a name with a dot but no slash is relative',
      registry: 'ghcr.io/acme',
      image: 'app.v2',
      expected: 'ghcr.io/acme/app.v2',
    },
  ])('$name', ({ registry, image, expected }) => {
    expect(joinImage(registry, image)).toBe(expected);
  });
});

describe('splitTag', () => {
  it.each([
    {
      name: 'a registry port is not a tag',
      reference: 'localhost:5000/app:1',
      expected: { repository: 'localhost:5000/app', tag: '1' },
    },
    { name: 'a port and no tag', reference: 'localhost:5000/app', expected: { repository: 'localhost:5000/app' } },
    { name: 'no tag', reference: 'ghcr.io/a/b', expected: { repository: 'ghcr.io/a/b' } },
    { name: 'a bare name', reference: 'app', expected: { repository: 'app' } },
    { name: 'a bare name and tag', reference: 'app:latest', expected: { repository: 'app', tag: 'latest' } },
    { name: 'an empty tag', reference: 'app:', expected: { repository: 'app', tag: '' } },
  ])('$name: $reference', ({ reference, expected }) => {
    expect(splitTag(reference)).toEqual(expected);
  });
});
