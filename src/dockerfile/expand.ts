import { isGoSpace } from './chars.js';

/**
 * Variable substitution as BuildKit's shell lexer (frontend/dockerfile/shell) does it: quotes
 * are removed (nothing is expanded between single quotes), the escape character makes the next
 * character literal, and `$VAR`, `${VAR}` and the operators `:-` `-` `:+` `+` `:?` `?` `#` `##`
 * `%` `%%` `/` `//` are applied; an unset variable becomes empty. Not a shell: no globbing, no
 * command substitution. This is the only place a Dockerfile word is expanded.
 */
export type Lookup = (name: string) => string | undefined;

export interface LexOptions {
  /** the Dockerfile's escape character (`\` or a backtick) */
  escape?: string;
  /** keep the quote characters in the result */
  rawQuotes?: boolean;
  /** keep the escape characters in the result */
  rawEscapes?: boolean;
  /** leave `$NAME` as written when NAME is unset */
  skipUnsetEnv?: boolean;
}

export class ExpansionError extends Error {
  override name = 'ExpansionError';
}

/** `text` as one word, whitespace kept (ProcessWord). */
export function expandWord(text: string, lookup: Lookup, options: LexOptions = {}): string {
  return new Lexer(text, lookup, options).process().result;
}

/** The words of `text`, split on unquoted whitespace after substitution (ProcessWords). */
export function expandWords(text: string, lookup: Lookup, options: LexOptions = {}): string[] {
  return new Lexer(text, lookup, options).process().words;
}

/** The variable names `text` refers to, whether set or not (for checks that need to know where values come from). */
export function referencedNames(text: string, options: LexOptions = {}): string[] {
  const names = new Set<string>();
  try {
    new Lexer(
      text,
      (name) => {
        names.add(name);
        return undefined;
      },
      options,
    ).process();
  } catch {
    // a syntax error is reported by whoever expands the word
  }
  return [...names];
}

export function lookupIn(...scopes: Record<string, string | undefined>[]): Lookup {
  return (name) => {
    for (const scope of scopes) if (Object.hasOwn(scope, name) && scope[name] !== undefined) return scope[name];
    return undefined;
  };
}

const EOF = -1;

/** Collects words the way the lexer's wordsStruct does: unquoted spaces split, quoted text does not. */
class Words {
  word = '';
  words: string[] = [];
  inWord = false;

  addChar(code: number): void {
    if (isGoSpace(code)) {
      if (this.inWord && this.word.length > 0) {
        this.words.push(this.word);
        this.word = '';
        this.inWord = false;
      }
    } else {
      this.addRaw(String.fromCodePoint(code));
    }
  }

  addString(text: string): void {
    for (const ch of text) this.addChar(ch.codePointAt(0)!);
  }

  addRaw(text: string): void {
    this.word += text;
    this.inWord = true;
  }

  done(): string[] {
    if (this.word.length > 0) {
      this.words.push(this.word);
      this.word = '';
      this.inWord = false;
    }
    return this.words;
  }
}

class Lexer {
  private readonly chars: number[];
  private pos = 0;
  private readonly escape: number;
  private rawEscapes: boolean;

  constructor(
    text: string,
    private readonly lookup: Lookup,
    private readonly options: LexOptions,
  ) {
    this.chars = [...text].map((c) => c.codePointAt(0)!);
    this.escape = (options.escape ?? '\\').codePointAt(0)!;
    this.rawEscapes = options.rawEscapes ?? false;
  }

  process(): { result: string; words: string[] } {
    return this.stopOn(EOF, this.rawEscapes);
  }

  private peek(): number {
    return this.pos < this.chars.length ? this.chars[this.pos]! : EOF;
  }

  private next(): number {
    return this.pos < this.chars.length ? this.chars[this.pos++]! : EOF;
  }

  private stopOn(stop: number, rawEscapes: boolean): { result: string; words: string[] } {
    const saved = this.rawEscapes;
    this.rawEscapes = rawEscapes;
    try {
      let result = '';
      const words = new Words();
      while (this.peek() !== EOF) {
        const ch = this.peek();
        if (stop !== EOF && ch === stop) {
          this.next();
          return { result, words: words.done() };
        }
        if (ch === 0x24 /* $ */) {
          const value = this.dollar();
          result += value;
          words.addString(value);
        } else if (ch === 0x27 /* ' */) {
          const value = this.singleQuoted();
          result += value;
          words.addRaw(value);
        } else if (ch === 0x22 /* " */) {
          const value = this.doubleQuoted();
          result += value;
          words.addRaw(value);
        } else {
          let c = this.next();
          if (c === this.escape) {
            if (this.rawEscapes) {
              words.addRaw(String.fromCodePoint(c));
              result += String.fromCodePoint(c);
            }
            c = this.next();
            if (c === EOF) break;
            words.addRaw(String.fromCodePoint(c));
          } else {
            words.addChar(c);
          }
          result += String.fromCodePoint(c);
        }
      }
      if (stop !== EOF)
        throw new ExpansionError(
          `unexpected end of statement while looking for matching ${String.fromCodePoint(stop)}`,
        );
      return { result, words: words.done() };
    } finally {
      this.rawEscapes = saved;
    }
  }

  private singleQuoted(): string {
    let result = '';
    const open = this.next();
    if (this.options.rawQuotes) result += String.fromCodePoint(open);
    for (;;) {
      const c = this.next();
      if (c === EOF) throw new ExpansionError('unexpected end of statement while looking for matching single-quote');
      if (c === 0x27) {
        if (this.options.rawQuotes) result += "'";
        return result;
      }
      result += String.fromCodePoint(c);
    }
  }

  private doubleQuoted(): string {
    let result = '';
    const open = this.next();
    if (this.options.rawQuotes) result += String.fromCodePoint(open);
    for (;;) {
      const p = this.peek();
      if (p === EOF) throw new ExpansionError('unexpected end of statement while looking for matching double-quote');
      if (p === 0x22) {
        this.next();
        if (this.options.rawQuotes) result += '"';
        return result;
      }
      if (p === 0x24) {
        result += this.dollar();
        continue;
      }
      let c = this.next();
      if (c === this.escape) {
        if (this.rawEscapes) result += String.fromCodePoint(c);
        const after = this.peek();
        if (after === EOF) continue;
        // only these can be escaped inside double quotes; any other escape stays as written
        if (after === 0x22 || after === 0x24 || after === this.escape) c = this.next();
      }
      result += String.fromCodePoint(c);
    }
  }

  private dollar(): string {
    this.next();
    if (this.peek() !== 0x7b /* { */) {
      const name = this.name();
      if (name === '') return '$';
      const value = this.lookup(name);
      if (value === undefined && this.options.skipUnsetEnv) return `$${name}`;
      return value ?? '';
    }
    this.next();
    const p = this.peek();
    if (p === EOF) throw new ExpansionError("syntax error: missing '}'");
    if (p === 0x7b || p === 0x7d || p === 0x3a) throw new ExpansionError('syntax error: bad substitution');
    const name = this.name();
    let ch = this.next();
    let op = ch === EOF ? '' : String.fromCodePoint(ch);
    if (ch === 0x7d /* } */) {
      const value = this.lookup(name);
      if (value === undefined && this.options.skipUnsetEnv) return `\${${name}}`;
      return value ?? '';
    }
    if (ch === 0x2f /* / */) return this.replace(name);
    let nullIsUnset = false;
    if (ch === 0x3a /* : */) {
      nullIsUnset = true;
      ch = this.next();
      op += ch === EOF ? '' : String.fromCodePoint(ch);
    } else if (!'+-?#%'.includes(op) || op === '') {
      throw new ExpansionError(`unsupported modifier (${op}) in substitution`);
    }
    const isPattern = ch === 0x23 || ch === 0x25;
    let word: string;
    try {
      word = this.stopOn(0x7d, isPattern).result;
    } catch (error: unknown) {
      if (this.peek() === EOF) throw new ExpansionError("syntax error: missing '}'");
      throw error;
    }
    const value = this.lookup(name);
    const set = value !== undefined;
    if (this.options.skipUnsetEnv && !set) return `\${${name}${op}${word}}`;
    const empty = !set || (nullIsUnset && value === '');
    switch (ch) {
      case 0x2d /* - */:
        return empty ? word : value!;
      case 0x2b /* + */:
        return empty ? '' : word;
      case 0x3f /* ? */:
        if (!set) throw new ExpansionError(`${name}: ${word || 'is not allowed to be unset'}`);
        if (nullIsUnset && value === '') throw new ExpansionError(`${name}: ${word || 'is not allowed to be empty'}`);
        return value;
      case 0x25 /* % */:
      case 0x23 /* # */: {
        const marker = String.fromCodePoint(ch);
        const greedy = word.startsWith(marker);
        const pattern = greedy ? word.slice(1) : word;
        return ch === 0x25 ? trimSuffix(pattern, value ?? '', greedy) : trimPrefix(pattern, value ?? '', greedy);
      }
      default:
        throw new ExpansionError(`unsupported modifier (${op}) in substitution`);
    }
  }

  /** `${NAME/pattern/replacement}` and `${NAME//pattern/replacement}` */
  private replace(name: string): string {
    const all = this.peek() === 0x2f;
    if (all) this.next();
    let pattern: string;
    let replacement: string;
    try {
      pattern = this.stopOn(0x2f, true).result;
    } catch (error: unknown) {
      if (this.peek() === EOF) throw new ExpansionError("syntax error: missing '/' in ${}");
      throw error;
    }
    try {
      replacement = this.stopOn(0x7d, true).result;
    } catch (error: unknown) {
      if (this.peek() === EOF) throw new ExpansionError("syntax error: missing '}'");
      throw error;
    }
    const value = this.lookup(name);
    if (this.options.skipUnsetEnv && value === undefined) return `\${${name}/${pattern}/${replacement}}`;
    const re = shellPattern(pattern, true, false, all);
    const text = value ?? '';
    if (all) return text.replace(re, () => replacement);
    const m = re.exec(text);
    return m ? text.slice(0, m.index) + replacement + text.slice(m.index + m[0].length) : text;
  }

  /** A name: letters, digits and _, or a run of digits, or one special parameter ($@, $#, ...). */
  private name(): string {
    let name = '';
    while (this.peek() !== EOF) {
      const c = this.peek();
      const s = String.fromCodePoint(c);
      if (name === '' && /\p{Nd}/u.test(s)) {
        while (this.peek() !== EOF && /\p{Nd}/u.test(String.fromCodePoint(this.peek())))
          name += String.fromCodePoint(this.next());
        return name;
      }
      if (name === '' && '@*#?-$!0'.includes(s)) {
        this.next();
        return s;
      }
      if (!/[\p{L}\p{Nd}_]/u.test(s)) break;
      name += String.fromCodePoint(this.next());
    }
    return name;
  }
}

/** A shell pattern (`*`, `?`, escapes; no bracket expressions) as a regular expression. */
function shellPattern(pattern: string, greedy: boolean, anchored: boolean, global = false): RegExp {
  let out = anchored ? '^' : '';
  const chars = [...pattern];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === '*') out += greedy ? '.*' : '.*?';
    else if (c === '?') out += '.';
    else if (c === '\\') {
      // `\}` and `\/` are escapes of ${}'s own syntax, not part of the pattern
      if (chars[i + 1] === '}' || chars[i + 1] === '/') continue;
      const next = chars[++i];
      if (next !== '*' && next !== '?' && next !== '\\')
        throw new ExpansionError(`invalid pattern (${pattern}) in substitution: invalid escape '\\${next ?? ''}'`);
      out += `\\${next}`;
    } else if ('[]{}.+()|^$/'.includes(c)) out += `\\${c}`;
    else out += c;
  }
  return new RegExp(out, global ? 'gu' : 'u');
}

function trimPrefix(pattern: string, value: string, greedy: boolean): string {
  const m = shellPattern(pattern, greedy, true).exec(value);
  return m ? value.slice(m[0].length) : value;
}

/** The shortest or longest matching suffix removed: the reversed pattern matched against the reversed value. */
function trimSuffix(pattern: string, value: string, greedy: boolean): string {
  return reverse(trimPrefix(reversePattern(pattern), reverse(value), greedy));
}

function reverse(text: string): string {
  return [...text].reverse().join('');
}

/** Reverses a pattern keeping each escape before the character it escapes (a\*c → c\*a). */
function reversePattern(pattern: string): string {
  const chars = [...pattern];
  const out: string[] = [];
  for (let i = 0; i < chars.length;) {
    if (chars[i] === '\\' && i !== chars.length - 1) {
      out.unshift(chars[i]!, chars[i + 1]!);
      i += 2;
    } else {
      out.unshift(chars[i]!);
      i++;
    }
  }
  return out.join('');
}
