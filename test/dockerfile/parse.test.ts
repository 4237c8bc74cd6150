import { describe, expect, it } from 'vitest';
import { baseImages, copySpec, expandVariables, heredocWords, parseDockerfile, splitWords } from '../../src/dockerfile/parse.js';

const lines = (...l: string[]): string => l.join('\n');

describe('parseDockerfile', () => {
  it.each([
    {
      name: 'keywords are upper-cased, comments and blank lines skipped, lines counted from 1',
      text: lines('# a comment', '', 'from base', 'workdir /app'),
      expected: [
        { keyword: 'FROM', args: 'base', line: 3, endLine: 3 },
        { keyword: 'WORKDIR', args: '/app', line: 4, endLine: 4 },
      ],
    },
    {
      name: 'a trailing backslash continues the instruction on the next line',
      text: lines('FROM base', 'COPY a \\', '     b \\', '     /dest/', 'CMD x'),
      expected: [
        { keyword: 'FROM', args: 'base', line: 1, endLine: 1 },
        { keyword: 'COPY', args: 'a      b      /dest/', line: 2, endLine: 4 },
        { keyword: 'CMD', args: 'x', line: 5, endLine: 5 },
      ],
    },
    {
      name: 'comment lines inside a continuation are dropped',
      text: lines('RUN a \\', '  # explain b', '  && b'),
      expected: [{ keyword: 'RUN', args: 'a   && b', line: 1, endLine: 3 }],
    },
    {
      name: 'blank lines inside a continuation are skipped, as BuildKit does',
      text: lines('RUN a \\', '', '   ', '  && b', 'CMD c'),
      expected: [
        { keyword: 'RUN', args: 'a   && b', line: 1, endLine: 4 },
        { keyword: 'CMD', args: 'c', line: 5, endLine: 5 },
      ],
    },
    {
      name: 'a continuation at the end of the file ends the instruction',
      text: lines('FROM base', 'CMD x \\'),
      expected: [
        { keyword: 'FROM', args: 'base', line: 1, endLine: 1 },
        { keyword: 'CMD', args: 'x', line: 2, endLine: 2 },
      ],
    },
    {
      name: 'the escape directive makes the backtick the continuation character',
      text: lines('# escape=`', 'FROM base', 'COPY a `', '  b C:\\dest\\'),
      expected: [
        { keyword: 'FROM', args: 'base', line: 2, endLine: 2 },
        { keyword: 'COPY', args: 'a   b C:\\dest\\', line: 3, endLine: 4 },
      ],
    },
    {
      name: 'flags before the arguments are split off',
      text: 'COPY --chown=1000:1000 --link --from=build /out /app',
      expected: [{ keyword: 'COPY', args: '/out /app', flags: { chown: '1000:1000', link: 'true', from: 'build' }, line: 1, endLine: 1 }],
    },
    {
      name: 'the JSON form is parsed into words',
      text: 'CMD ["node", "dist/server.js"]',
      expected: [{ keyword: 'CMD', json: ['node', 'dist/server.js'], line: 1, endLine: 1 }],
    },
    {
      name: 'invalid JSON stays shell form',
      text: "CMD ['node', 'x.js']",
      expected: [{ keyword: 'CMD', args: "['node', 'x.js']", line: 1, endLine: 1 }],
    },
    {
      name: 'a heredoc body belongs to its instruction, not to the instructions after it',
      text: lines('FROM base', 'RUN <<EOF', 'apt-get update', 'FROM evil', 'EOF', 'CMD x'),
      expected: [
        { keyword: 'FROM', line: 1, endLine: 1 },
        { keyword: 'RUN', args: '<<EOF', line: 2, endLine: 5, heredocs: [{ name: 'EOF', content: 'apt-get update\nFROM evil\n', expand: true, chomp: false }] },
        { keyword: 'CMD', line: 6, endLine: 6 },
      ],
    },
    {
      name: 'a quoted heredoc is literal, <<- strips tabs from its terminator, several heredocs follow each other',
      text: lines('COPY <<"A" <<-B /etc/', 'one $X', 'A', 'two', '\t\tB', 'USER 1'),
      expected: [
        {
          keyword: 'COPY',
          line: 1,
          endLine: 5,
          heredocs: [
            { name: 'A', content: 'one $X\n', expand: false, chomp: false },
            { name: 'B', content: 'two\n', expand: true, chomp: true },
          ],
        },
        { keyword: 'USER', line: 6, endLine: 6 },
      ],
    },
  ])('$name', ({ text, expected }) => {
    const parsed = parseDockerfile(text);
    expect(parsed.instructions).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(parsed.instructions[i]).toMatchObject(e));
  });

  it.each([
    { name: 'escape directive', text: '# escape=`\nFROM x', escape: '`' },
    { name: 'directive names are case-insensitive', text: '# ESCAPE=`\nFROM x', escape: '`' },
    { name: 'syntax then escape', text: '# syntax=docker/dockerfile:1\n# escape=`\nFROM x', escape: '`' },
    { name: 'an unknown directive ends the directives', text: '# foo=bar\n# escape=`\nFROM x', escape: '\\' },
    { name: 'a comment ends the directives', text: '# hello\n# escape=`\nFROM x', escape: '\\' },
    { name: 'a blank line ends the directives', text: '\n# escape=`\nFROM x', escape: '\\' },
  ])('directives: $name', ({ text, escape }) => {
    expect(parseDockerfile(text).escape).toBe(escape);
  });

  it('keeps invalid JSON as shell form without json words', () => {
    expect(parseDockerfile("CMD ['node', 'x.js']").instructions[0]!.json).toBeUndefined();
  });

  it('reports a heredoc that is never terminated', () => {
    const parsed = parseDockerfile('FROM x\nRUN <<EOF\necho hi\n');
    expect(parsed.problems).toEqual([{ line: 2, message: 'heredoc <<EOF is never terminated' }]);
  });

  it('has no problems for a well-formed file', () => {
    expect(parseDockerfile('FROM x\nCMD y').problems).toBeUndefined();
  });
});

describe('heredocWords', () => {
  it.each([
    { name: 'plain', args: '<<EOF', expected: [{ name: 'EOF', expand: true, chomp: false }] },
    { name: 'with a command', args: 'python3 <<PY', expected: [{ name: 'PY', expand: true, chomp: false }] },
    { name: 'single-quoted', args: "<<'END' /x", expected: [{ name: 'END', expand: false, chomp: false }] },
    { name: 'with a file descriptor and chomp', args: '3<<-X', expected: [{ name: 'X', expand: true, chomp: true }] },
    { name: 'inside a quoted word it is text', args: 'echo "a <<b"', expected: [] },
    { name: 'a shift operator in words is none', args: 'echo a<<b', expected: [] },
  ])('$name', ({ args, expected }) => {
    expect(heredocWords(args)).toMatchObject(expected);
  });
});

describe('splitWords, copySpec, expandVariables, baseImages', () => {
  it.each([
    { name: 'spaces separate words', args: 'a  b\tc', expected: ['a', 'b', 'c'] },
    { name: 'quotes group and are removed', args: `"a b" 'c d' e"f g"`, expected: ['a b', 'c d', 'ef g'] },
    { name: 'the escape character escapes a space', args: 'a\\ b c', expected: ['a b', 'c'] },
    { name: 'no escaping inside single quotes', args: "'a\\ b'", expected: ['a\\ b'] },
    { name: 'empty quotes are a word', args: `a "" b`, expected: ['a', '', 'b'] },
  ])('splitWords: $name', ({ args, expected }) => {
    expect(splitWords(args)).toEqual(expected);
  });

  it.each([
    { name: 'shell form', text: 'COPY --chown=node a b /app/', expected: { sources: ['a', 'b'], dest: '/app/', flags: { chown: 'node' }, line: 1 } },
    { name: 'JSON form', text: 'COPY ["my file", "/app/"]', expected: { sources: ['my file'], dest: '/app/', flags: {}, line: 1 } },
  ])('copySpec: $name', ({ text, expected }) => {
    expect(copySpec(parseDockerfile(text).instructions[0]!)).toEqual(expected);
  });

  it.each([
    { name: 'bare and braced', text: '$A/${B}', values: { A: 'x', B: 'y' }, expected: 'x/y' },
    { name: ':- default when unset or empty', text: '${A:-d}${B:-d}', values: { B: '' }, expected: 'dd' },
    { name: ':+ alternative when set', text: '${A:+alt}${B:+alt}', values: { A: '1' }, expected: 'alt' },
    { name: 'unset is empty', text: 'a${NOPE}b', values: {}, expected: 'ab' },
  ])('expandVariables: $name', ({ text, values, expected }) => {
    expect(expandVariables(text, values)).toBe(expected);
  });

  it('baseImages expands global ARGs from build args and defaults', () => {
    const parsed = parseDockerfile('ARG BASE=node:20\nARG TAG\nFROM --platform=$BUILDPLATFORM ${BASE} AS build\nFROM base:${TAG:-latest}');
    expect(baseImages(parsed, { BASE: 'local/node:20-slim' })).toEqual([
      { image: 'local/node:20-slim', line: 3, platform: '', stage: 'build' },
      { image: 'base:latest', line: 4 },
    ]);
  });
});
