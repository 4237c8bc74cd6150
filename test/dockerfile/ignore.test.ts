import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  IgnoreMatcher,
  applicableIgnoreFile,
  goClean,
  isIgnored,
  parseIgnore,
  readIgnoreFile,
  skipsDirectory,
} from '../../src/dockerfile/ignore.js';

const patterns = (...lines: string[]) => parseIgnore(lines.join('\n')).patterns;
const matches = (list: ReturnType<typeof patterns>, rel: string): boolean => new IgnoreMatcher(list).matches(rel);

describe('matches: one pattern (moby/patternmatcher test table, applied the way BuildKit walks the context)', () => {
  it.each([
    { name: '** matches a file', pattern: '**', path: 'file', expected: true },
    { name: '** matches below directories', pattern: '**', path: 'dir/file', expected: true },
    { name: '**/ is cleaned to **', pattern: '**/', path: 'dir/file', expected: true },
    { name: '**/** matches below directories', pattern: '**/**', path: 'dir/file', expected: true },
    { name: 'dir/** matches a file in dir', pattern: 'dir/**', path: 'dir/file', expected: true },
    { name: 'dir/** matches deeper', pattern: 'dir/**', path: 'dir/dir2/file', expected: true },
    { name: 'abc/** does not match abc itself', pattern: 'abc/**', path: 'abc', expected: false },
    { name: '**/dir matches dir at the root', pattern: '**/dir', path: 'dir', expected: true },
    { name: '**/dir matches what is inside dir', pattern: '**/dir', path: 'dir/file', expected: true },
    { name: '**/dir2/* one level below a nested dir2', pattern: '**/dir2/*', path: 'dir/dir2/file', expected: true },
    { name: '**file matches file', pattern: '**file', path: 'file', expected: true },
    { name: '**file matches a nested file', pattern: '**file', path: 'dir/dir/file', expected: true },
    { name: '**/file*.txt matches nested', pattern: '**/file*.txt', path: 'dir/dir/file.txt', expected: true },
    { name: '**/**/*.txt2 does not match .txt', pattern: '**/**/*.txt2', path: 'dir/dir/file.txt', expected: false },
    { name: '**/*.txt matches at the root', pattern: '**/*.txt', path: 'file.txt', expected: true },
    { name: 'a**/*.txt matches deep below a', pattern: 'a**/*.txt', path: 'a/dir/dir/file.txt', expected: true },
    { name: 'a/*.txt does not cross a directory', pattern: 'a/*.txt', path: 'a/dir/file.txt', expected: false },
    { name: 'a[b-d]e with a range', pattern: 'a[b-d]e', path: 'ace', expected: true },
    { name: 'a[b-d]e outside the range', pattern: 'a[b-d]e', path: 'aae', expected: false },
    { name: 'a[^b-d]e negated range', pattern: 'a[^b-d]e', path: 'aze', expected: true },
    { name: '.* matches dotfiles', pattern: '.*', path: '.foo', expected: true },
    { name: '.* does not match other files', pattern: '.*', path: 'foo', expected: false },
    { name: 'a dot is literal', pattern: 'abc.def', path: 'abcZdef', expected: false },
    { name: '? is one character', pattern: 'abc?def', path: 'abcZdef', expected: true },
    { name: '? is not zero characters', pattern: 'abc?def', path: 'abcdef', expected: false },
    { name: '**/.foo does not match bar.foo', pattern: '**/.foo', path: 'bar.foo', expected: false },
    { name: 'regexp characters are literal', pattern: 'a(b)c/def', path: 'a(b)c/def', expected: true },
    { name: 'more regexp characters are literal', pattern: 'a.|)$(}+{bc', path: 'a.|)$(}+{bc', expected: true },
    {
      name: '+ in a wheel name is literal',
      pattern: 'dist/*.whl',
      path: 'dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl',
      expected: true,
    },
    { name: 'a backslash escapes a star', pattern: 'a\\*b', path: 'a*b', expected: true },
    { name: 'an escaped star is no wildcard', pattern: 'a\\*b', path: 'ab', expected: false },
    { name: 'an escaped ] in a class', pattern: '[\\]a]', path: ']', expected: true },
    { name: 'an escaped - in a class', pattern: '[x\\-]', path: '-', expected: true },
    { name: '* does not cross /', pattern: 'a*b', path: 'a/b', expected: false },
    { name: '? matches one code point', pattern: 'a?b', path: 'a☺b', expected: true },
    {
      name: 'a directory pattern hides what is inside',
      pattern: 'node_modules',
      path: 'node_modules/ms/index.js',
      expected: true,
    },
    { name: 'a leading / is stripped', pattern: '/node_modules', path: 'node_modules/ms/index.js', expected: true },
    { name: 'a trailing / is cleaned away', pattern: 'dist/', path: 'dist/server.js', expected: true },
    { name: './ and .. are cleaned', pattern: './a/../dist', path: 'dist/server.js', expected: true },
    {
      name: 'a plain name only matches at the root',
      pattern: 'node_modules',
      path: 'packages/a/node_modules',
      expected: false,
    },
    // Docker's documented examples (docs: build context, .dockerignore files)
    {
      name: 'docs: */temp* in an immediate subdirectory (file)',
      pattern: '*/temp*',
      path: 'somedir/temporary.txt',
      expected: true,
    },
    {
      name: 'docs: */temp* in an immediate subdirectory (dir)',
      pattern: '*/temp*',
      path: 'somedir/temp',
      expected: true,
    },
    { name: 'docs: */temp* not at the root', pattern: '*/temp*', path: 'temp', expected: false },
    {
      name: 'docs: */*/temp* two levels below the root',
      pattern: '*/*/temp*',
      path: 'somedir/subdir/temporary.txt',
      expected: true,
    },
    { name: 'docs: temp? one extra character', pattern: 'temp?', path: 'tempa', expected: true },
    { name: 'docs: temp? not two', pattern: 'temp?', path: 'tempab', expected: false },
    { name: 'docs: **/*.go anywhere', pattern: '**/*.go', path: 'a/b/c.go', expected: true },
    { name: 'the context root is never excluded', pattern: '*', path: '.', expected: false },
  ])('$name', ({ pattern, path: rel, expected }) => {
    expect(matches(patterns(pattern), rel)).toBe(expected);
  });
});

describe('matches: several patterns, the last match wins', () => {
  it.each([
    {
      name: 'docs: *.md except README.md (README.md)',
      lines: ['*.md', '!README.md'],
      path: 'README.md',
      expected: false,
    },
    { name: 'docs: *.md except README.md (other.md)', lines: ['*.md', '!README.md'], path: 'other.md', expected: true },
    {
      name: 'docs: README-secret.md after the exception is excluded',
      lines: ['*.md', '!README*.md', 'README-secret.md'],
      path: 'README-secret.md',
      expected: true,
    },
    {
      name: 'docs: other READMEs stay included',
      lines: ['*.md', '!README*.md', 'README-secret.md'],
      path: 'README-x.md',
      expected: false,
    },
    {
      name: 'docs: an exception last re-includes README-secret.md',
      lines: ['*.md', 'README-secret.md', '!README*.md'],
      path: 'README-secret.md',
      expected: false,
    },
    {
      name: 'an exception before the pattern is overridden',
      lines: ['!fileutils.go', '*.go'],
      path: 'fileutils.go',
      expected: true,
    },
    {
      name: 'a folder with an exception for one file',
      lines: ['docs', '!docs/README.md'],
      path: 'docs/README.md',
      expected: false,
    },
    {
      name: 'docs/ with an exception for one file',
      lines: ['docs/', '!docs/README.md'],
      path: 'docs/README.md',
      expected: false,
    },
    {
      name: 'docs/* with an exception for one file',
      lines: ['docs/*', '!docs/README.md'],
      path: 'docs/README.md',
      expected: false,
    },
    {
      name: 'the folder stays excluded for the other files',
      lines: ['docs', '!docs/README.md'],
      path: 'docs/other.md',
      expected: true,
    },
    {
      name: 'moby: ** then an exception re-includes a tree',
      lines: ['**', '!util/docker/web'],
      path: 'util/docker/web/foo',
      expected: false,
    },
    {
      name: 'moby: and a later line excludes again',
      lines: ['**', '!util/docker/web', 'util/docker/web/foo'],
      path: 'util/docker/web/foo',
      expected: true,
    },
    {
      name: 'moby: an exception with a wildcard',
      lines: ['**', '!dist/*.whl'],
      path: 'dist/proxy.py-2.4.0rc3-py3-none-any.whl',
      expected: false,
    },
    { name: 'allow-list: * then !dist includes dist', lines: ['*', '!dist'], path: 'dist/server.js', expected: false },
    { name: 'allow-list: * keeps src out', lines: ['*', '!dist'], path: 'src/server.ts', expected: true },
    {
      name: 'an exception below an excluded directory, with a wildcard',
      lines: ['node_modules', '!node_modules/**/package.json'],
      path: 'node_modules/ms/package.json',
      expected: false,
    },
    {
      name: 'and the other files there stay excluded',
      lines: ['node_modules', '!node_modules/**/package.json'],
      path: 'node_modules/ms/index.js',
      expected: true,
    },
    {
      name: 'comments and blank lines are no patterns',
      lines: ['# dist', '', 'src'],
      path: 'dist/a.js',
      expected: false,
    },
    { name: 'an indented # is a pattern, not a comment', lines: ['  # dist'], path: '# dist', expected: true },
  ])('$name', ({ lines, path: rel, expected }) => {
    expect(matches(patterns(...lines), rel)).toBe(expected);
  });
});

describe('parseIgnore', () => {
  it('reads lines as moby/patternmatcher ignorefile.ReadAll does (its own test input)', () => {
    const parsed = parseIgnore(
      'test1\n/test2\n/a/file/here\n\nlastfile\n# this is a comment\n! /inverted/abs/path\n!\n! ',
    );
    expect(parsed.patterns.map((p) => `${p.exclusion ? '!' : ''}${p.pattern}`)).toEqual([
      'test1',
      'test2',
      'a/file/here',
      'lastfile',
      '!inverted/abs/path',
    ]);
    expect(parsed.patterns.map((p) => p.line)).toEqual([1, 2, 3, 5, 7]);
    expect(parsed.problems.map((p) => p.line)).toEqual([8, 9]);
  });

  it.each([
    { name: 'an unclosed [', line: '[', message: 'a [ is never closed' },
    { name: 'an unclosed [^bc', line: '[^bc', message: 'a [ is never closed' },
    { name: 'a trailing backslash', line: 'a\\', message: 'a trailing \\ escapes nothing' },
    { name: 'a class starting with ]', line: '[]a]', message: 'a character class is empty or starts with - or ]' },
    { name: 'a class starting with -', line: '[-x]', message: 'a character class is empty or starts with - or ]' },
    { name: 'a range without an end', line: '[x-]', message: 'a character range has no end' },
    { name: 'a range followed by -', line: '[a-b-c]', message: 'a character class is empty or starts with - or ]' },
    { name: 'a backwards range', line: '[z-a]', message: 'a character range runs backwards' },
  ])('refuses $name, as docker build does', ({ line, message }) => {
    const parsed = parseIgnore(`ok\n${line}`);
    expect(parsed.problems).toEqual([{ line: 2, text: line, message }]);
    expect(parsed.patterns.map((p) => p.pattern)).toEqual(['ok']);
  });

  it.each([
    { name: 'empty', input: '', expected: '.' },
    { name: 'dots and doubled slashes', input: 'a//b/./c/', expected: 'a/b/c' },
    { name: '.. removes the element before it', input: 'a/b/../c', expected: 'a/c' },
    { name: '.. at the start stays', input: '../a', expected: '../a' },
    { name: '.. above the root is dropped', input: '/../a', expected: '/a' },
  ])('goClean: $name', ({ input, expected }) => {
    expect(goClean(input)).toBe(expected);
  });
});

describe('IgnoreMatcher', () => {
  it('explains which line hides a path', () => {
    const matcher = new IgnoreMatcher(patterns('# multi-stage', 'node_modules', 'dist', '!dist/keep.js'));
    expect(matcher.explain('dist/server.js')).toMatchObject({ line: 3, text: 'dist' });
    expect(matcher.explain('node_modules/ms/index.js')).toMatchObject({ line: 2, text: 'node_modules' });
    expect(matcher.explain('dist/keep.js')).toBeUndefined();
  });

  it.each([
    { name: 'an excluded directory without exceptions', lines: ['node_modules'], dir: 'node_modules', expected: true },
    { name: 'an exception below it', lines: ['dist', '!dist/keep.js'], dir: 'dist', expected: false },
    { name: 'an exception elsewhere', lines: ['dist', '!src'], dir: 'dist', expected: true },
    {
      name: 'an exception with a wildcard might match anywhere',
      lines: ['dist', '!*.js'],
      dir: 'dist',
      expected: false,
    },
    { name: 'a directory that is not excluded', lines: ['src'], dir: 'dist', expected: false },
  ])('skipsDirectory: $name', ({ lines, dir, expected }) => {
    expect(new IgnoreMatcher(patterns(...lines)).skipsDirectory(dir)).toBe(expected);
  });
});

describe('which ignore file applies', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
  const context = (files: Record<string, string | undefined>): string => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'adb-ignore-'));
    dirs.push(dir);
    for (const [name, text] of Object.entries(files)) if (text !== undefined) writeFileSync(path.join(dir, name), text);
    return dir;
  };

  it.each([
    { name: 'none', files: {}, expected: undefined },
    { name: 'the context .dockerignore', files: { '.dockerignore': 'dist' }, expected: '.dockerignore' },
    {
      name: '<Dockerfile>.dockerignore wins over .dockerignore',
      files: { '.dockerignore': 'dist', 'Dockerfile.dockerignore': 'src' },
      expected: 'Dockerfile.dockerignore',
    },
    {
      name: "another Dockerfile's ignore file does not apply",
      files: { 'Dockerfile.multistage.dockerignore': 'dist' },
      expected: undefined,
    },
  ])('$name', async ({ files, expected }) => {
    const dir = context(files);
    const found = await applicableIgnoreFile(dir, path.join(dir, 'Dockerfile'));
    expect(found && path.basename(found.file)).toBe(expected);
  });

  it('isIgnored and skipsDirectory answer for a read file, and for none', async () => {
    const dir = context({ '.dockerignore': 'node_modules\n*.map\n' });
    const ignore = await readIgnoreFile(path.join(dir, '.dockerignore'));
    expect(isIgnored(ignore, 'dist/server.js.map')).toBe(false);
    expect(isIgnored(ignore, 'server.js.map')).toBe(true);
    expect(isIgnored(ignore, 'node_modules/ms/index.js')).toBe(true);
    expect(skipsDirectory(ignore, 'node_modules')).toBe(true);
    expect(isIgnored(undefined, 'anything')).toBe(false);
    expect(await readIgnoreFile(path.join(dir, 'missing'))).toBeUndefined();
  });
});
