import { isGoSpace, trimGo, trimLeftGo } from './chars.js';
import { ExpansionError, expandWords } from './expand.js';

/**
 * Reads a Dockerfile into instructions exactly as BuildKit's Dockerfile frontend
 * (frontend/dockerfile/parser) splits it: parser directives at the top (`# escape=`,
 * `# syntax=`, `# check=`), comments, lines continued with the escape character, comment and
 * empty lines inside a continuation, builder flags (`--from=x`), JSON and shell forms (invalid
 * JSON falls back to the shell form), ONBUILD's inner instruction and here-documents. Spaces are
 * Go's (unicode.IsSpace): U+FEFF is not one. Words are left unexpanded (see expand.ts).
 */

export interface Instruction {
  /** upper-cased: FROM, COPY, RUN ... (BuildKit's node value is the lower-cased form) */
  keyword: string;
  /** the instruction's text after the keyword and its flags, continuations joined, trimmed */
  args: string;
  /** --name=value flags before the arguments, by name; `true` for a flag without a value */
  flags: Record<string, string>;
  /** the flags as the parser returns them, e.g. `--from=build` */
  flagWords: string[];
  /** the parser's argument nodes: JSON elements, whitespace-split words, or key, value, separator triples for ENV/LABEL */
  nodes: string[];
  /** the arguments when written in JSON (exec) form, e.g. CMD ["node", "x.js"] */
  json?: string[];
  /** 1-based line of the keyword */
  line: number;
  /** last line of the instruction, heredoc bodies included */
  endLine: number;
  /** the logical line as joined from its physical lines */
  original: string;
  /** here-documents of RUN, COPY and ADD (`COPY <<EOF /etc/app.conf`), in the order they appear */
  heredocs?: Heredoc[];
  /** ONBUILD's instruction */
  onbuild?: Instruction;
}

export interface Heredoc {
  /** the terminator word, quotes removed */
  name: string;
  /** the body, each line ending in a newline, terminator excluded */
  content: string;
  /** false when the word was quoted (`<<"EOF"`): the body is then taken literally */
  expand: boolean;
  /** `<<-EOF`: leading tabs are stripped from the terminator line */
  chomp: boolean;
}

export interface Directive {
  name: string;
  value: string;
  line: number;
}

/** Something BuildKit refuses to parse; it stops at the first. */
export interface DockerfileProblem {
  line: number;
  column?: number;
  message: string;
}

export interface ParsedDockerfile {
  escape: string;
  directives: Directive[];
  instructions: Instruction[];
  /** the parse error BuildKit would stop at (the instructions before it are kept) */
  problems?: DockerfileProblem[];
  /** what BuildKit only warns about (empty continuation lines) */
  warnings: DockerfileProblem[];
  /** the file's physical lines (BOM and line ends removed), for locating findings */
  lines: string[];
}

/** BuildKit's parser directives; any other `# key=value` line is a comment and ends them. */
const KNOWN_DIRECTIVES = new Set(['escape', 'syntax', 'check']);
/** Go's RE2 \s is ASCII only: [\t\n\f\r ] */
const DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)[\t\n\f\r ]*=[\t\n\f\r ]*(.+?)[\t\n\f\r ]*$/;
/** reWhitespace: what splits the keyword from its arguments and shell-form COPY words */
const WHITESPACE = /[\t\v\f\r ]+/;
const HEREDOC_KEYWORDS = new Set(['ADD', 'COPY', 'RUN']);
const HEREDOC_WORD = /^(\d*)<<(-?)([^<]*)$/;

type LineParser = (rest: string, escape: string) => { nodes: string[]; json?: boolean; onbuild?: string };

class ParseError extends Error {}

const NOT_STRING_ARRAY = 'when using JSON array syntax, arrays must be comprised of strings only';

export function parseDockerfile(text: string): ParsedDockerfile {
  const lines = splitLines(text);
  const parsed: ParsedDockerfile = { escape: '\\', directives: [], instructions: [], warnings: [], lines };
  let directivesDone = false;
  let continuation = continuationRegExp('\\');
  const fail = (line: number, message: string, column?: number): ParsedDockerfile => {
    parsed.problems = [column === undefined ? { line, message } : { line, column, message }];
    return parsed;
  };
  for (let i = 0; i < lines.length; i++) {
    const first = trimLeftGo(lines[i]!);
    if (!directivesDone) {
      const directive = readDirective(first);
      if (!directive) directivesDone = true;
      else {
        if (parsed.directives.some((d) => d.name === directive.name))
          return fail(i + 1, `only one ${directive.name} parser directive can be used`);
        parsed.directives.push({ ...directive, line: i + 1 });
        if (directive.name === 'escape') {
          if (directive.value !== '\\' && directive.value !== '`') {
            return fail(
              i + 1,
              `invalid escape token '${directive.value}' does not match \` or \\`,
              first.indexOf(directive.value) + 1 + (lines[i]!.length - first.length),
            );
          }
          parsed.escape = directive.value;
          continuation = continuationRegExp(directive.value);
        }
      }
    }
    const startLine = i + 1;
    let { text: line, ends } = trimContinuation(stripComment(first), continuation);
    if (ends && line === '') continue;
    let emptyContinuation = false;
    while (!ends && i + 1 < lines.length) {
      const raw = lines[++i]!;
      if (isComment(raw)) continue;
      if (trimLeftGo(raw) === '') {
        emptyContinuation = true;
        continue;
      }
      const next = trimContinuation(raw, continuation);
      line += next.text;
      ends = next.ends;
    }
    if (emptyContinuation) parsed.warnings.push({ line: startLine, message: 'empty continuation line' });
    let instruction: Instruction;
    try {
      instruction = nodeFromLine(line, parsed.escape, startLine);
    } catch (error: unknown) {
      if (error instanceof ParseError) return fail(startLine, error.message);
      throw error;
    }
    instruction.endLine = i + 1;
    if (HEREDOC_KEYWORDS.has(instruction.keyword) && !instruction.json && line.includes('<<')) {
      let heredocs: Heredoc[];
      try {
        heredocs = heredocsFromLine(line);
      } catch (error: unknown) {
        if (error instanceof ExpansionError) return fail(startLine, error.message);
        throw error;
      }
      for (const doc of heredocs) {
        let terminated = false;
        while (i + 1 < lines.length) {
          const body = lines[++i]!;
          if ((doc.chomp ? body.replace(/^\t+/, '') : body) === doc.name) {
            terminated = true;
            break;
          }
          doc.content += `${body}\n`;
        }
        if (!terminated) {
          parsed.instructions.push(instruction);
          return fail(startLine, `unterminated heredoc <<${doc.name}`);
        }
      }
      if (heredocs.length > 0) instruction.heredocs = heredocs;
      instruction.endLine = i + 1;
    }
    parsed.instructions.push(instruction);
  }
  if (parsed.instructions.length === 0) return fail(Math.max(lines.length, 1), 'file with no instructions');
  return parsed;
}

/** bufio.Scanner's lines: split at \n, one trailing \r dropped, no empty last line; a leading BOM removed. */
function splitLines(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

function readDirective(line: string): { name: string; value: string } | undefined {
  if (!line.startsWith('#')) return undefined;
  const m = DIRECTIVE.exec(trimLeftGo(line.slice(1)));
  if (!m) return undefined;
  const name = m[1]!.toLowerCase();
  return KNOWN_DIRECTIVES.has(name) ? { name, value: m[2]! } : undefined;
}

function continuationRegExp(escape: string): RegExp {
  return new RegExp(`\\${escape}[ \\t]*$`);
}

function trimContinuation(line: string, re: RegExp): { text: string; ends: boolean } {
  return re.test(line) ? { text: line.replace(re, ''), ends: false } : { text: line, ends: true };
}

/** reComment `^#.*$` on a line already trimmed on the left: a comment line becomes empty. */
function stripComment(line: string): string {
  return line.startsWith('#') ? '' : line;
}

function isComment(line: string): boolean {
  return trimLeftGo(line).startsWith('#');
}

function nodeFromLine(line: string, escape: string, startLine: number): Instruction {
  const trimmed = trimGo(line);
  const m = WHITESPACE.exec(trimmed);
  const keyword = m ? trimmed.slice(0, m.index) : trimmed;
  let args = '';
  let flagWords: string[] = [];
  if (m) {
    const extracted = extractBuilderFlags(trimmed.slice(m.index + m[0].length));
    args = trimGo(extracted.rest);
    flagWords = extracted.flags;
  }
  const upper = keyword.toUpperCase();
  const parser: LineParser = LINE_PARSERS[upper] ?? (() => ({ nodes: [] }));
  const result = parser(args, escape);
  const instruction: Instruction = {
    keyword: upper,
    args,
    flags: flagRecord(flagWords),
    flagWords,
    nodes: result.nodes,
    line: startLine,
    endLine: startLine,
    original: line,
  };
  if (result.json) instruction.json = result.nodes;
  if (result.onbuild !== undefined) instruction.onbuild = nodeFromLine(result.onbuild, escape, startLine);
  return instruction;
}

/** BFlags' reading of `--name=value` and `--name` (last one wins). */
function flagRecord(words: readonly string[]): Record<string, string> {
  const flags: Record<string, string> = {};
  for (const word of words) {
    const body = word.replace(/^--/, '');
    const eq = body.indexOf('=');
    flags[(eq < 0 ? body : body.slice(0, eq)).toLowerCase()] = eq < 0 ? 'true' : body.slice(eq + 1);
  }
  return flags;
}

/**
 * extractBuilderFlags: leading words that start with `--` are flags (quotes and backslashes
 * handled inside them); a lone `--` ends them. Go walks the line byte by byte, so it does here.
 */
function extractBuilderFlags(line: string): { rest: string; flags: string[] } {
  const bytes = Buffer.from(line, 'utf8');
  const flags: string[] = [];
  let word: number[] = [];
  let phase: 'spaces' | 'word' | 'quote' = 'spaces';
  let quote = 0;
  let blankOk = false;
  const rest = (pos: number): string => bytes.subarray(pos).toString('utf8');
  const push = (): void => {
    flags.push(Buffer.from(word).toString('utf8'));
  };
  for (let pos = 0; pos <= bytes.length; pos++) {
    const ch = pos < bytes.length ? bytes[pos]! : -1;
    if (phase === 'spaces') {
      if (pos === bytes.length) break;
      if (isGoSpace(ch)) continue;
      if (ch !== 0x2d || pos + 1 === bytes.length || bytes[pos + 1] !== 0x2d) return { rest: rest(pos), flags };
      phase = 'word';
    }
    if (pos === bytes.length) {
      if (!isDoubleDash(word) && (blankOk || word.length > 0)) push();
      break;
    }
    if (phase === 'word') {
      if (isGoSpace(ch)) {
        phase = 'spaces';
        if (isDoubleDash(word)) return { rest: rest(pos), flags };
        if (blankOk || word.length > 0) push();
        word = [];
        blankOk = false;
        continue;
      }
      if (ch === 0x27 || ch === 0x22) {
        quote = ch;
        blankOk = true;
        phase = 'quote';
        continue;
      }
      let c = ch;
      if (c === 0x5c) {
        if (pos + 1 === bytes.length) continue;
        c = bytes[++pos]!;
      }
      word.push(c);
      continue;
    }
    // in a quote
    if (ch === quote) {
      phase = 'word';
      continue;
    }
    let c = ch;
    if (c === 0x5c) {
      if (pos + 1 === bytes.length) {
        phase = 'word';
        continue;
      }
      c = bytes[++pos]!;
    }
    word.push(c);
  }
  return { rest: '', flags };
}

function isDoubleDash(word: number[]): boolean {
  return word.length === 2 && word[0] === 0x2d && word[1] === 0x2d;
}

/** parseWords: whitespace-separated words, quotes and escapes kept as written. */
export function parseWords(rest: string, escape: string): string[] {
  const chars = [...rest];
  const words: string[] = [];
  let phase: 'spaces' | 'word' | 'quote' = 'spaces';
  let quote = '';
  let blankOk = false;
  let word = '';
  for (let pos = 0; pos <= chars.length; pos++) {
    let ch = chars[pos] ?? '';
    const space = ch !== '' && isGoSpace(ch.codePointAt(0)!);
    if (phase === 'spaces') {
      if (pos === chars.length) break;
      if (space) continue;
      phase = 'word';
    }
    if (pos === chars.length) {
      if (blankOk || word.length > 0) words.push(word);
      break;
    }
    if (phase === 'word') {
      if (space) {
        phase = 'spaces';
        if (blankOk || word.length > 0) words.push(word);
        word = '';
        blankOk = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOk = true;
        phase = 'quote';
      }
      if (ch === escape) {
        if (pos + 1 === chars.length) continue;
        word += ch;
        ch = chars[++pos]!;
      }
      word += ch;
      continue;
    }
    if (ch === quote) phase = 'word';
    if (ch === escape && quote !== "'") {
      if (pos + 1 === chars.length) {
        phase = 'word';
        continue;
      }
      word += ch;
      ch = chars[++pos]!;
    }
    word += ch;
  }
  return words;
}

function parseNameVal(rest: string, escape: string, key: string): string[] {
  const words = parseWords(rest, escape);
  if (words.length === 0) return [];
  // the legacy form `ENV KEY value with spaces`
  if (!words[0]!.includes('=')) {
    const m = WHITESPACE.exec(rest);
    if (!m) throw new ParseError(`${key} must have two arguments`);
    return [rest.slice(0, m.index), rest.slice(m.index + m[0].length), ''];
  }
  const nodes: string[] = [];
  for (const word of words) {
    const eq = word.indexOf('=');
    if (eq < 0) throw new ParseError(`Syntax error - can't find = in "${word}". Must be of the form: name=value`);
    nodes.push(word.slice(0, eq), word.slice(eq + 1), '=');
  }
  return nodes;
}

function whitespaceDelimited(rest: string): string[] {
  return rest === '' ? [] : rest.split(WHITESPACE);
}

/** parseJSON: a JSON array of strings, or undefined when the text is not JSON (then it is the shell form). */
function parseJson(rest: string): string[] | undefined {
  const text = trimLeftGo(rest);
  if (!text.startsWith('[')) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(value)) return undefined;
  if (!value.every((v) => typeof v === 'string')) throw new ParseError(NOT_STRING_ARRAY);
  return value as string[];
}

const maybeJson: LineParser = (rest) => {
  if (rest === '') return { nodes: [] };
  const json = parseJson(rest);
  return json ? { nodes: json, json: true } : { nodes: [rest] };
};

const maybeJsonToList: LineParser = (rest) => {
  const json = parseJson(rest);
  return json ? { nodes: json, json: true } : { nodes: whitespaceDelimited(rest) };
};

const single: LineParser = (rest) => ({ nodes: rest === '' ? [] : [rest] });

/** HEALTHCHECK: a type word (NONE, CMD) and then CMD's arguments; Go finds the type's end byte by byte. */
const healthcheck: LineParser = (rest, escape) => {
  const bytes = Buffer.from(rest, 'utf8');
  let sep = 0;
  while (sep < bytes.length && !isGoSpace(bytes[sep]!)) sep++;
  let next = sep;
  while (next < bytes.length && isGoSpace(bytes[next]!)) next++;
  if (sep === 0) return { nodes: [] };
  const cmd = maybeJson(bytes.subarray(next).toString('utf8'), escape);
  return { ...cmd, nodes: [bytes.subarray(0, sep).toString('utf8'), ...cmd.nodes] };
};

const LINE_PARSERS: Record<string, LineParser> = {
  ADD: maybeJsonToList,
  ARG: (rest, escape) => ({ nodes: parseWords(rest, escape) }),
  CMD: maybeJson,
  COPY: maybeJsonToList,
  ENTRYPOINT: maybeJson,
  ENV: (rest, escape) => ({ nodes: parseNameVal(rest, escape, 'ENV') }),
  EXPOSE: (rest) => ({ nodes: whitespaceDelimited(rest) }),
  FROM: (rest) => ({ nodes: whitespaceDelimited(rest) }),
  HEALTHCHECK: healthcheck,
  LABEL: (rest, escape) => ({ nodes: parseNameVal(rest, escape, 'LABEL') }),
  MAINTAINER: single,
  ONBUILD: (rest) => (rest === '' ? { nodes: [] } : { nodes: [], onbuild: rest }),
  RUN: maybeJson,
  SHELL: maybeJson,
  STOPSIGNAL: single,
  USER: single,
  VOLUME: maybeJsonToList,
  WORKDIR: single,
};

/** The instructions BuildKit knows; the parser keeps others, its dispatcher refuses them. */
export const KNOWN_INSTRUCTIONS: ReadonlySet<string> = new Set(Object.keys(LINE_PARSERS));

/** heredocsFromLine: the here-document openers among the line's words (always lexed with `\`). */
function heredocsFromLine(line: string): Heredoc[] {
  const words = expandWords(line, () => undefined, { rawQuotes: true, rawEscapes: true });
  const docs: Heredoc[] = [];
  for (const word of words) {
    const doc = parseHeredoc(word);
    if (doc) docs.push(doc);
  }
  return docs;
}

function parseHeredoc(word: string): Heredoc | undefined {
  const m = HEREDOC_WORD.exec(word);
  if (!m || m[3] === '') return undefined;
  const rest = m[3]!;
  const plain = expandWords(rest, () => undefined, { skipUnsetEnv: true });
  if (plain.length !== 1) return undefined;
  const raw = expandWords(rest, () => undefined, { skipUnsetEnv: true, rawQuotes: true });
  const quotes = (s: string): number => (s.match(/['"]/g) ?? []).length;
  return { name: plain[0]!, content: '', expand: quotes(plain[0]!) === quotes(raw[0] ?? ''), chomp: m[2] === '-' };
}

/** The instruction as the parser read it, for `check --json`: keyword lower-cased, arguments unexpanded. */
export interface InstructionView {
  line: number;
  keyword: string;
  args: string[];
  flags?: string[];
  onbuild?: { keyword: string; args: string[] };
}

export function instructionView(ins: Instruction): InstructionView {
  const view: InstructionView = { line: ins.line, keyword: ins.keyword.toLowerCase(), args: ins.nodes };
  if (ins.flagWords.length > 0) view.flags = ins.flagWords;
  if (ins.onbuild) view.onbuild = { keyword: ins.onbuild.keyword.toLowerCase(), args: ins.onbuild.nodes };
  return view;
}
