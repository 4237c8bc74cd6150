import { describe, expect, it } from 'vitest';
import { expandWord, expandWords, lookupIn } from '../../../src/engines/oci/words.js';

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
    { name: 'an expanded value with spaces stays one word', text: '$SPACED', expected: ['a b'] },
    { name: 'an empty quoted word is a word', text: 'K="" x', expected: ['K=', 'x'] },
    { name: 'a $ before a non-name is literal', text: 'cost$ 5$', expected: ['cost$', '5$'] },
    { name: 'inside double quotes only \\" \\$ \\\\ are escapes', text: '"a\\nb\\"c"', expected: ['a\\nb"c'] },
  ])('$name', ({ text, expected }) => {
    expect(expandWords(text, vars)).toEqual(expected);
  });

  it('uses the escape directive', () => {
    expect(expandWords('a`$NAME b', vars, '`')).toEqual(['a$NAME', 'b']);
  });

  it.each([
    { text: '"open', message: 'matching double-quote' },
    { text: "'open", message: 'matching single-quote' },
    { text: '${NAME', message: 'unsupported modifier' },
    { text: '${NAME:-x', message: "missing '}'" },
    { text: '${NAME#prefix}', message: 'unsupported modifier (#)' },
    { text: '${}', message: 'bad substitution' },
  ])('refuses $text', ({ text, message }) => {
    expect(() => expandWords(text, vars)).toThrow(message);
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
