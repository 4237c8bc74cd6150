import { describe, expect, it } from 'vitest';
import { expandWord, expandWords, lookupIn } from '../../src/dockerfile/expand.js';

const vars = lookupIn({ NAME: 'app', EMPTY: '', SPACED: 'a b', DIR: '/srv' });

describe('expandWords (COPY, EXPOSE, ENV pairs)', () => {
  it.each([
    { name: '$VAR', text: 'COPY $NAME', expected: ['COPY', 'app'] },
    { name: '${VAR} inside a word', text: '${DIR}/${NAME}.js', expected: ['/srv/app.js'] },
    { name: '${VAR:-default} when unset', text: '${MISSING:-fallback}', expected: ['fallback'] },
    { name: '${VAR:-default} when empty', text: '${EMPTY:-fallback}', expected: ['fallback'] },
    { name: '${VAR-default} only when unset', text: 'x${EMPTY-fallback}y', expected: ['xy'] },
    { name: '${VAR:+alt} when set', text: '${NAME:+yes}', expected: ['yes'] },
    { name: '${VAR:+alt} when empty', text: 'x${EMPTY:+yes}', expected: ['x'] },
    { name: '${VAR+alt} when set but empty', text: '${EMPTY+yes}', expected: ['yes'] },
    { name: 'a default that holds a variable', text: '${MISSING:-$DIR/x}', expected: ['/srv/x'] },
    { name: 'unset expands to nothing and makes no word', text: 'a $MISSING b', expected: ['a', 'b'] },
    { name: 'double quotes keep spaces and expand', text: 'K="$SPACED c"', expected: ['K=a b c'] },
    { name: 'single quotes keep $ literally', text: "K='$NAME'", expected: ['K=$NAME'] },
    { name: 'an escaped $ is literal', text: 'K=\\$NAME', expected: ['K=$NAME'] },
    { name: 'an escaped space joins words', text: 'my\\ file dest/', expected: ['my file', 'dest/'] },
    { name: 'an unquoted value with spaces splits into words (ProcessWords)', text: '$SPACED', expected: ['a', 'b'] },
    { name: 'a quoted value with spaces stays one word', text: '"$SPACED"', expected: ['a b'] },
    { name: 'an empty quoted word makes no word, as in BuildKit', text: 'K="" x ""', expected: ['K=', 'x'] },
    { name: 'a $ before a non-name is literal', text: 'cost$ 5$', expected: ['cost$', '5$'] },
    { name: 'inside double quotes only \\" \\$ \\\\ are escapes', text: '"a\\nb\\"c"', expected: ['a\\nb"c'] },
  ])('$name', ({ text, expected }) => {
    expect(expandWords(text, vars)).toEqual(expected);
  });

  it('uses the escape directive', () => {
    expect(expandWords('a`$NAME b', vars, { escape: '`' })).toEqual(['a$NAME', 'b']);
  });

  it.each([
    { text: '"open', message: 'matching double-quote' },
    { text: "'open", message: 'matching single-quote' },
    { text: '${NAME', message: 'unsupported modifier' },
    { text: '${NAME:-x', message: "missing '}'" },
    { text: '${NAME!x}', message: 'unsupported modifier (!)' },
    { text: '${}', message: 'bad substitution' },
    { text: '${MISSING?must be set}', message: 'MISSING: must be set' },
    { text: '${EMPTY:?}', message: 'EMPTY: is not allowed to be empty' },
  ])('refuses $text', ({ text, message }) => {
    expect(() => expandWords(text, vars)).toThrow(message);
  });
});

describe("BuildKit's operators (frontend/dockerfile/shell, dockerfile 1.6+ syntax)", () => {
  const file = lookupIn({ FILE: 'dist/app.tar.gz', PATHS: 'a/b/a/b', EMPTY: '' });
  it.each([
    { name: '# removes the shortest prefix', text: '${FILE#*/}', expected: 'app.tar.gz' },
    { name: '## removes the longest prefix', text: '${FILE##*.}', expected: 'gz' },
    { name: '% removes the shortest suffix', text: '${FILE%.*}', expected: 'dist/app.tar' },
    { name: '%% removes the longest suffix', text: '${FILE%%.*}', expected: 'dist/app' },
    { name: '/ replaces the first match', text: '${PATHS/a/x}', expected: 'x/b/a/b' },
    { name: '// replaces every match', text: '${PATHS//a/x}', expected: 'x/b/x/b' },
    { name: '? passes a set value', text: '${FILE?}', expected: 'dist/app.tar.gz' },
    { name: '? accepts set but empty', text: 'x${EMPTY?}', expected: 'x' },
    { name: 'a pattern that does not match leaves the value', text: '${FILE#nope}', expected: 'dist/app.tar.gz' },
    { name: '$1 and $@ are names of their own (unset)', text: 'a$1b$@c', expected: 'abc' },
    { name: 'non-ASCII letters are name characters', text: '$FILEé', expected: '' },
  ])('$name', ({ text, expected }) => {
    expect(expandWord(text, file)).toBe(expected);
  });
});

describe('expandWord (WORKDIR, USER, ENV values)', () => {
  it('keeps whitespace and removes quotes', () => {
    expect(expandWord('/my dir/$NAME', vars)).toBe('/my dir/app');
    expect(expandWord('"quoted value" tail', vars)).toBe('quoted value tail');
  });
});

describe('lookupIn', () => {
  it('takes the first scope that has the name', () => {
    const lookup = lookupIn({ A: 'env' }, { A: 'arg', B: 'arg' });
    expect([lookup('A'), lookup('B'), lookup('C')]).toEqual(['env', 'arg', undefined]);
  });
});
