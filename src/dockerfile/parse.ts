/**
 * Reads a Dockerfile into instructions with their line numbers, the way BuildKit's parser
 * splits it: parser directives at the top, comments, line continuations with the escape
 * character, JSON (exec) form. Variable expansion is left to the callers that need it.
 */

export interface Instruction {
  /** upper-cased: FROM, COPY, RUN ... */
  keyword: string;
  /** the text after the keyword and its flags, continuations joined */
  args: string;
  /** --flag=value pairs before the arguments (COPY --chown, FROM --platform) */
  flags: Record<string, string>;
  /** the arguments when written in JSON form, e.g. CMD ["node", "x.js"] */
  json?: string[];
  /** 1-based line of the keyword */
  line: number;
  /** last line of the instruction, heredoc bodies included */
  endLine: number;
  /** here-documents of RUN, COPY and ADD (`COPY <<EOF /etc/app.conf`), in the order they appear */
  heredocs?: Heredoc[];
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

/** Something BuildKit would refuse to parse, e.g. a heredoc without its terminator. */
export interface DockerfileProblem {
  line: number;
  message: string;
}

export interface ParsedDockerfile {
  escape: string;
  instructions: Instruction[];
  problems?: DockerfileProblem[];
}

const DIRECTIVE = /^#[ \t]*([a-zA-Z][a-zA-Z0-9]*)[ \t]*=[ \t]*(.+?)[ \t]*$/;
/** BuildKit knows these; any other `# key=value` line is a comment and ends the directives */
const KNOWN_DIRECTIVES = new Set(['escape', 'syntax', 'check']);
/** only these instructions take here-documents */
const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);
const HEREDOC_WORD = /^(\d*)<<(-?)([^<]+)$/;

export function parseDockerfile(text: string): ParsedDockerfile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let escape = '\\';
  let i = 0;
  // directives are only honoured before the first comment, blank line or instruction
  for (; i < lines.length; i++) {
    const m = DIRECTIVE.exec(lines[i]!);
    if (!m || !KNOWN_DIRECTIVES.has(m[1]!.toLowerCase())) break;
    if (m[1]!.toLowerCase() === 'escape' && (m[2] === '`' || m[2] === '\\')) escape = m[2];
  }
  const instructions: Instruction[] = [];
  const problems: DockerfileProblem[] = [];
  for (; i < lines.length; i++) {
    const first = lines[i]!;
    if (isBlank(first) || isComment(first)) continue;
    const start = i;
    let text = first;
    // a line ending in the escape character continues; comment and blank lines inside are
    // dropped, as BuildKit does (it only warns about the blank ones)
    while (endsWithEscape(text, escape)) {
      text = text.replace(/\s*$/, '').slice(0, -1);
      i++;
      while (i < lines.length && (isComment(lines[i]!) || isBlank(lines[i]!))) i++;
      if (i >= lines.length) {
        i = lines.length - 1;
        break;
      }
      text += lines[i]!;
    }
    const m = /^\s*(\S+)\s*(.*)$/s.exec(text);
    if (!m) continue;
    const keyword = m[1]!.toUpperCase();
    const { flags, rest } = splitFlags(m[2]!.trim());
    const instruction: Instruction = { keyword, args: rest, flags, line: start + 1, endLine: i + 1 };
    const json = parseJsonForm(rest);
    if (json) instruction.json = json;
    if (HEREDOC_KEYWORDS.has(keyword) && !json && rest.includes('<<')) {
      i = readHeredocs(instruction, lines, i, problems);
      instruction.endLine = i + 1;
    }
    instructions.push(instruction);
  }
  const parsed: ParsedDockerfile = { escape, instructions };
  if (problems.length > 0) parsed.problems = problems;
  return parsed;
}

function isBlank(line: string): boolean {
  return line.trim() === '';
}

function isComment(line: string): boolean {
  return line.trimStart().startsWith('#');
}

/**
 * Reads the bodies of the instruction's here-documents from the lines after `last` (the
 * instruction's last line); returns the index of the last line consumed.
 */
function readHeredocs(instruction: Instruction, lines: string[], last: number, problems: DockerfileProblem[]): number {
  const heredocs = heredocWords(instruction.args);
  let i = last;
  for (const doc of heredocs) {
    let content = '';
    let terminated = false;
    while (i + 1 < lines.length) {
      const line = lines[++i]!;
      if ((doc.chomp ? line.replace(/^\t+/, '') : line) === doc.name) {
        terminated = true;
        break;
      }
      content += `${line}\n`;
    }
    if (!terminated) problems.push({ line: instruction.line, message: `heredoc <<${doc.name} is never terminated` });
    doc.content = content;
  }
  if (heredocs.length > 0) instruction.heredocs = heredocs;
  return i;
}

/** The here-document openers among the instruction's words, e.g. `<<EOF`, `<<-"END"`, `3<<X`. */
export function heredocWords(args: string): Heredoc[] {
  const result: Heredoc[] = [];
  for (const raw of splitRawWords(args)) {
    const m = HEREDOC_WORD.exec(raw);
    if (!m) continue;
    const name = splitWords(m[3]!)[0];
    if (!name) continue;
    result.push({ name, content: '', expand: !/["']/.test(m[3]!), chomp: m[2] === '-' });
  }
  return result;
}

/** Whether a COPY or ADD source word is a here-document opener rather than a path. */
export function isHeredocSource(word: string, instruction: Instruction): boolean {
  if (!instruction.heredocs) return false;
  const m = /^\d*<<-?(.+)$/.exec(word);
  return !!m && instruction.heredocs.some((h) => h.name === m[1]);
}

/** Like splitWords but keeps the quotes, so `<<"EOF"` can be told from `<<EOF`. */
function splitRawWords(args: string): string[] {
  const words: string[] = [];
  let word = '';
  let quote: string | undefined;
  for (const c of args) {
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (/\s/.test(c)) {
      if (word) words.push(word);
      word = '';
      continue;
    }
    word += c;
  }
  if (word) words.push(word);
  return words;
}

function endsWithEscape(line: string, escape: string): boolean {
  return line.replace(/\s*$/, '').endsWith(escape);
}

function splitFlags(args: string): { flags: Record<string, string>; rest: string } {
  const flags: Record<string, string> = {};
  let rest = args;
  for (;;) {
    const m = /^--([a-zA-Z][\w-]*)(?:=(\S*))?\s*/.exec(rest);
    if (!m) break;
    flags[m[1]!.toLowerCase()] = m[2] ?? 'true';
    rest = rest.slice(m[0].length);
  }
  return { flags, rest };
}

function parseJsonForm(args: string): string[] | undefined {
  if (!args.startsWith('[')) return undefined;
  try {
    const value: unknown = JSON.parse(args);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  } catch {
    // not JSON: Docker then treats it as shell form, and so do we
  }
  return undefined;
}

/** Splits shell-form words, honouring quotes and the escape character. */
export function splitWords(args: string, escape = '\\'): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const c = args[i]!;
    if (c === escape && quote !== "'" && i + 1 < args.length) {
      word += args[++i];
      inWord = true;
    } else if (quote) {
      if (c === quote) quote = undefined;
      else word += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

export interface CopySpec {
  sources: string[];
  dest: string;
  flags: Record<string, string>;
  line: number;
}

/** The sources and destination of a COPY or ADD, in JSON or shell form. */
export function copySpec(instruction: Instruction, escape = '\\'): CopySpec {
  const words = instruction.json ?? splitWords(instruction.args, escape);
  return {
    sources: words.slice(0, -1),
    dest: words[words.length - 1] ?? '',
    flags: instruction.flags,
    line: instruction.line,
  };
}

/** Expands $VAR and ${VAR} (with :- and :+ forms) from the given values, as Docker does for FROM. */
export function expandVariables(text: string, values: Record<string, string | undefined>): string {
  return text.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::([-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g, (_m, braced: string | undefined, op: string | undefined, word: string | undefined, bare: string | undefined) => {
    const value = values[(braced ?? bare)!];
    if (op === '-') return value ? value : (word ?? '');
    if (op === '+') return value ? (word ?? '') : '';
    return value ?? '';
  });
}

/**
 * The base image references of each stage, with ARGs declared before the first FROM expanded
 * from their defaults and the given build args.
 */
export function baseImages(parsed: ParsedDockerfile, buildArgs: Record<string, string> = {}): { image: string; line: number; platform?: string; stage?: string }[] {
  const globals: Record<string, string | undefined> = {};
  const result: { image: string; line: number; platform?: string; stage?: string }[] = [];
  let seenFrom = false;
  for (const ins of parsed.instructions) {
    if (ins.keyword === 'ARG' && !seenFrom) {
      for (const word of splitWords(ins.args, parsed.escape)) {
        const eq = word.indexOf('=');
        const name = eq < 0 ? word : word.slice(0, eq);
        globals[name] = buildArgs[name] ?? (eq < 0 ? undefined : word.slice(eq + 1));
      }
    } else if (ins.keyword === 'FROM') {
      seenFrom = true;
      const words = splitWords(ins.args, parsed.escape);
      const entry: { image: string; line: number; platform?: string; stage?: string } = {
        image: expandVariables(words[0] ?? '', globals),
        line: ins.line,
      };
      if (ins.flags.platform) entry.platform = expandVariables(ins.flags.platform, globals);
      if (words[1]?.toUpperCase() === 'AS' && words[2]) entry.stage = words[2];
      result.push(entry);
    }
  }
  return result;
}
