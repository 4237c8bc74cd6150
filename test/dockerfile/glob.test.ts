import { describe, expect, it } from 'vitest';
import { goMatch, patternSyntaxError } from '../../src/dockerfile/glob.js';

describe("goMatch: Go's filepath.Match (COPY wildcards, .dockerignore validation)", () => {
  it.each([
    { name: '* matches any run of characters', pattern: '*.json', path: 'package.json', expected: true },
    { name: '* matches an empty run, dotfiles too', pattern: '*.json', path: '.json', expected: true },
    { name: '* does not cross /', pattern: '*.js', path: 'dist/a.js', expected: false },
    { name: '? is one character', pattern: '?.js', path: 'a.js', expected: true },
    { name: '? is exactly one', pattern: '?.js', path: 'ab.js', expected: false },
    { name: '? is one code point, not one UTF-16 unit', pattern: '?', path: '😀', expected: true },
    { name: 'a class', pattern: '[a-c]*', path: 'bin', expected: true },
    { name: '^ negates a class', pattern: '[^a-c]*', path: 'bin', expected: false },
    {
      name: '[!a] is the class of ! and a, not a negation (it differs from shells and .gitignore)',
      pattern: '[!a]*',
      path: 'bin',
      expected: false,
    },
    { name: '[!a] matches a leading !', pattern: '[!a]*', path: '!x', expected: true },
    { name: '[!a] matches a leading a', pattern: '[!a]*', path: 'app', expected: true },
    { name: 'a backslash escapes', pattern: '\\*', path: '*', expected: true },
    { name: 'an escaped ] inside a class', pattern: '[\\]]', path: ']', expected: true },
    { name: 'a backwards range never matches (no error)', pattern: '[z-a]', path: 'm', expected: false },
    { name: 'several stars backtrack', pattern: 'a*b*c', path: 'axxbyybzc', expected: true },
  ])('$name', ({ pattern, path, expected }) => {
    expect(goMatch(pattern, path)).toBe(expected);
  });

  it.each([
    { pattern: '[', message: 'a [ is never closed' },
    { pattern: 'a\\', message: 'a trailing \\ escapes nothing' },
    { pattern: '[]a]', message: 'a character class is empty or starts with - or ]' },
    { pattern: 'x*[', message: 'a [ is never closed' },
  ])('refuses $pattern as ErrBadPattern', ({ pattern, message }) => {
    expect(() => goMatch(pattern, 'zzz')).toThrow('syntax error in pattern');
    expect(patternSyntaxError(pattern)).toBe(message);
  });

  it('finds nothing wrong with a well-formed pattern', () => {
    expect(patternSyntaxError('dist/**/*.js')).toBeUndefined();
  });
});
