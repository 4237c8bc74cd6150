import { describe, expect, it } from 'vitest';
import { BuildError } from '../../../src/errors.js';
import { apiHost, formatReference, isLoopbackRegistry, manifestReference, parseReference, type ImageReference } from '../../../src/engines/oci/reference.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;

describe('parseReference', () => {
  it.each<{ name: string; text: string; expected: ImageReference }>([
    { name: 'a Docker Hub official image', text: 'node:20', expected: { registry: 'docker.io', repository: 'library/node', tag: '20' } },
    { name: 'a bare name means :latest', text: 'node', expected: { registry: 'docker.io', repository: 'library/node', tag: 'latest' } },
    { name: 'a Docker Hub user image', text: 'acme/app:1.2', expected: { registry: 'docker.io', repository: 'acme/app', tag: '1.2' } },
    { name: 'docker.io spelled out', text: 'docker.io/node:20-slim', expected: { registry: 'docker.io', repository: 'library/node', tag: '20-slim' } },
    { name: 'index.docker.io is Docker Hub', text: 'index.docker.io/library/node:20', expected: { registry: 'docker.io', repository: 'library/node', tag: '20' } },
    { name: 'a registry with a dot', text: 'ghcr.io/acme/backend:sha-abc1234', expected: { registry: 'ghcr.io', repository: 'acme/backend', tag: 'sha-abc1234' } },
    { name: 'a registry with a port', text: '127.0.0.1:5000/node:20-slim', expected: { registry: '127.0.0.1:5000', repository: 'node', tag: '20-slim' } },
    { name: 'localhost without a port', text: 'localhost/app', expected: { registry: 'localhost', repository: 'app', tag: 'latest' } },
    { name: 'an IPv6 registry', text: '[::1]:5000/app:1', expected: { registry: '[::1]:5000', repository: 'app', tag: '1' } },
    { name: 'a deep path', text: 'registry.example.com/a/b/c:v1', expected: { registry: 'registry.example.com', repository: 'a/b/c', tag: 'v1' } },
    { name: 'a digest', text: `node@${DIGEST}`, expected: { registry: 'docker.io', repository: 'library/node', digest: DIGEST } },
    { name: 'a tag and a digest', text: `ghcr.io/acme/app:1@${DIGEST}`, expected: { registry: 'ghcr.io', repository: 'acme/app', tag: '1', digest: DIGEST } },
    { name: 'separators in names', text: 'ghcr.io/my-org/my_app.web__x:1', expected: { registry: 'ghcr.io', repository: 'my-org/my_app.web__x', tag: '1' } },
    { name: 'a first component without dot or port is a path', text: 'acme/tools/app', expected: { registry: 'docker.io', repository: 'acme/tools/app', tag: 'latest' } },
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
