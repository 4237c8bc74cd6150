/**
 * Variable substitution as BuildKit's shell lexer does it for ADD, COPY, ENV, EXPOSE, LABEL,
 * STOPSIGNAL, USER, VOLUME and WORKDIR: quotes are removed (nothing is expanded between single
 * quotes), the escape character makes the next character literal, and `$VAR`, `${VAR}`,
 * `${VAR:-default}`, `${VAR-default}`, `${VAR:+alt}` and `${VAR+alt}` are replaced; unset
 * variables become empty. Not a shell: no globbing, no command substitution.
 */
export type Lookup = (name: string) => string | undefined;

/** The words of `text`, split on unquoted whitespace (ProcessWords). */
export function expandWords(text: string, lookup: Lookup, escape = '\\'): string[] {
  return new Lexer(text, lookup, escape).words();
}

/** `text` as one word, whitespace kept (ProcessWord). */
export function expandWord(text: string, lookup: Lookup, escape = '\\'): string {
  return new Lexer(text, lookup, escape).word();
}

export function lookupIn(...scopes: Record<string, string | undefined>[]): Lookup {
  return (name) => {
    for (const scope of scopes) if (Object.hasOwn(scope, name) && scope[name] !== undefined) return scope[name];
    return undefined;
  };
}

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

class Lexer {
  private pos = 0;

  constructor(
    private readonly text: string,
    private readonly lookup: Lookup,
    private readonly escape: string,
  ) {}

  words(): string[] {
    const words: string[] = [];
    let word = '';
    let inWord = false;
    while (this.pos < this.text.length) {
      const c = this.text[this.pos]!;
      if (/\s/.test(c)) {
        if (inWord) words.push(word);
        word = '';
        inWord = false;
        this.pos++;
        continue;
      }
      const piece = this.piece();
      // an unquoted variable that expands to nothing makes no word, as in a shell
      if (piece.quoted || piece.text !== '') inWord = true;
      word += piece.text;
    }
    if (inWord) words.push(word);
    return words;
  }

  word(stop?: string): string {
    let word = '';
    while (this.pos < this.text.length && this.text[this.pos] !== stop) word += this.piece(stop).text;
    return word;
  }

  /** One character, escape sequence, quoted string or variable. */
  private piece(stop?: string): { text: string; quoted: boolean } {
    const c = this.text[this.pos]!;
    if (c === this.escape) {
      this.pos++;
      if (this.pos >= this.text.length) return { text: '', quoted: false };
      return { text: this.text[this.pos++]!, quoted: true };
    }
    if (c === "'") return { text: this.singleQuoted(), quoted: true };
    if (c === '"') return { text: this.doubleQuoted(), quoted: true };
    if (c === '$') return { text: this.variable(stop), quoted: false };
    this.pos++;
    return { text: c, quoted: false };
  }

  private singleQuoted(): string {
    const end = this.text.indexOf("'", this.pos + 1);
    if (end < 0) throw new Error('unexpected end of statement while looking for matching single-quote');
    const value = this.text.slice(this.pos + 1, end);
    this.pos = end + 1;
    return value;
  }

  private doubleQuoted(): string {
    this.pos++;
    let value = '';
    while (this.pos < this.text.length) {
      const c = this.text[this.pos]!;
      if (c === '"') {
        this.pos++;
        return value;
      }
      if (c === '$') {
        value += this.variable('"');
        continue;
      }
      if (c === this.escape && this.pos + 1 < this.text.length) {
        const next = this.text[this.pos + 1]!;
        // inside double quotes only these are escapable; otherwise the escape stays
        if (next === '"' || next === '$' || next === this.escape) {
          value += next;
          this.pos += 2;
          continue;
        }
      }
      value += c;
      this.pos++;
    }
    throw new Error('unexpected end of statement while looking for matching double-quote');
  }

  private variable(stop?: string): string {
    this.pos++;
    const next = this.text[this.pos];
    if (next === '{') return this.braced();
    if (next === undefined || next === stop || !NAME_START.test(next)) return '$';
    const start = this.pos;
    while (this.pos < this.text.length && NAME_CHAR.test(this.text[this.pos]!)) this.pos++;
    return this.lookup(this.text.slice(start, this.pos)) ?? '';
  }

  private braced(): string {
    this.pos++;
    const start = this.pos;
    while (this.pos < this.text.length && NAME_CHAR.test(this.text[this.pos]!)) this.pos++;
    const name = this.text.slice(start, this.pos);
    if (!name) throw new Error('bad substitution: ${} needs a variable name');
    const value = this.lookup(name);
    const c = this.text[this.pos];
    if (c === '}') {
      this.pos++;
      return value ?? '';
    }
    const colon = c === ':';
    if (colon) this.pos++;
    const op = this.text[this.pos];
    if (op !== '-' && op !== '+') throw new Error(`unsupported modifier (${colon ? ':' : ''}${op ?? 'end of text'}) in substitution of ${name}`);
    this.pos++;
    const word = this.word('}');
    if (this.text[this.pos] !== '}') throw new Error(`missing '}' in substitution of ${name}`);
    this.pos++;
    const set = colon ? value !== undefined && value !== '' : value !== undefined;
    if (op === '-') return set ? value! : word;
    return set ? word : '';
  }
}
