import { describe, expect, it } from 'vitest';
import {
  inNamedRegistry,
  isValidBuildArgName,
  isValidLabelKey,
  isValidPlatform,
  isValidRepository,
  isValidTag,
  joinImage,
  splitTag,
} from '../../src/config/references.js';
import { parseSize } from '../../src/config/sizes.js';
import { nearest } from '../../src/config/suggest.js';

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
    { name: 'a bare name (Docker Hub\'s library)', image: 'backend', named: false },
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

describe('the other names that reach a command line', () => {
  it.each([
    { name: 'build-arg NODE_ENV', check: isValidBuildArgName, value: 'NODE_ENV', valid: true },
    { name: 'build-arg _private', check: isValidBuildArgName, value: '_x1', valid: true },
    { name: 'build-arg starting with a digit', check: isValidBuildArgName, value: '1X', valid: false },
    { name: 'build-arg with =', check: isValidBuildArgName, value: 'A=B', valid: false },
    { name: 'platform linux/amd64', check: isValidPlatform, value: 'linux/amd64', valid: true },
    { name: 'platform with a variant', check: isValidPlatform, value: 'linux/arm64/v8', valid: true },
    { name: 'platform without architecture', check: isValidPlatform, value: 'linux', valid: false },
    { name: 'platform with a flag', check: isValidPlatform, value: '--x/y', valid: false },
    { name: 'label key with dots', check: isValidLabelKey, value: 'org.opencontainers.image.title', valid: true },
    { name: 'label key starting with -', check: isValidLabelKey, value: '-x', valid: false },
    { name: 'label key with a space', check: isValidLabelKey, value: 'a b', valid: false },
  ])('$name', ({ check, value, valid }) => {
    expect(check(value)).toBe(valid);
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

describe('parseSize', () => {
  it.each([
    { name: 'MB is decimal, as docker prints sizes', value: '500MB', bytes: 500_000_000 },
    { name: 'GB with a fraction', value: '1.5GB', bytes: 1_500_000_000 },
    { name: 'kB lowercase', value: '2kb', bytes: 2000 },
    { name: 'MiB is binary', value: '500 MiB', bytes: 500 * 1024 * 1024 },
    { name: 'GiB', value: '1GiB', bytes: 1024 ** 3 },
    { name: 'plain digits are bytes', value: '1234', bytes: 1234 },
    { name: 'B explicit, spaces around', value: ' 10 B ', bytes: 10 },
    { name: 'a number is bytes', value: 2048, bytes: 2048 },
    { name: 'a word', value: 'lots', bytes: undefined },
    { name: 'an unknown unit', value: '5TB', bytes: undefined },
    { name: 'a unit alone', value: 'MB', bytes: undefined },
    { name: 'negative', value: '-5MB', bytes: undefined },
    { name: 'zero as text', value: '0MB', bytes: undefined },
    { name: 'zero as a number', value: 0, bytes: undefined },
    { name: 'infinity', value: Infinity, bytes: undefined },
    { name: 'empty', value: '', bytes: undefined },
  ])('$name: $value', ({ value, bytes }) => {
    expect(parseSize(value)).toBe(bytes);
  });
});

describe('nearest', () => {
  const TARGET_KEYS = ['context', 'install', 'build', 'prune', 'artifacts', 'dockerfile', 'image', 'tags', 'build-args', 'platforms'];
  it.each([
    { name: 'a dropped letter', word: 'contxt', expected: 'context' },
    { name: 'British spelling', word: 'artefacts', expected: 'artifacts' },
    { name: 'underscore for dash', word: 'build_args', expected: 'build-args' },
    { name: 'case does not count', word: 'Context', expected: 'context' },
    { name: 'a singular', word: 'platform', expected: 'platforms' },
    { name: 'a swap of two letters', word: 'imgae', expected: 'image' },
    { name: 'nothing close', word: 'colour', expected: undefined },
    { name: 'a short word far off', word: 'xyz', expected: undefined },
  ])('$name: $word', ({ word, expected }) => {
    expect(nearest(word, TARGET_KEYS)).toBe(expected);
  });

  it('finds nothing among no candidates', () => {
    expect(nearest('context', [])).toBeUndefined();
  });
});
