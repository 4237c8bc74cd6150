import { describe, expect, it } from 'vitest';
import { isValidBuildArgName, isValidLabelKey, isValidPlatform } from '../../src/config/names.js';
import { parseSize } from '../../src/config/sizes.js';
import { nearest } from '../../src/config/suggest.js';

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
  const TARGET_KEYS = [
    'context',
    'install',
    'build',
    'prune',
    'artifacts',
    'dockerfile',
    'image',
    'tags',
    'build-args',
    'platforms',
  ];
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
