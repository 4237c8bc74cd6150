import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { patternSyntaxError } from './glob.js';

/**
 * .dockerignore files with Docker's exact semantics: moby/patternmatcher (each pattern cleaned
 * like Go's filepath.Clean, `!` exceptions, `**`, the last matching pattern wins) applied the
 * way BuildKit's context walker (fsutil) applies it, directory by directory, so that a pattern
 * matching a directory also matches everything below it unless a later exception re-includes
 * something there.
 */

export interface IgnorePattern {
  /** cleaned, without the leading `!` */
  pattern: string;
  /** a `!` line: re-includes what earlier lines excluded */
  exclusion: boolean;
  /** 1-based line in the ignore file */
  line: number;
  /** the line as written, trimmed */
  text: string;
}

/** A line docker build would refuse ("syntax error in pattern"). */
export interface IgnoreProblem {
  line: number;
  text: string;
  message: string;
}

export interface IgnoreFile {
  /** absolute path, or a name for parsed text */
  file: string;
  patterns: IgnorePattern[];
  problems: IgnoreProblem[];
}

/** Reads lines the way moby/patternmatcher's ignorefile.ReadAll does, then compiles them. */
export function parseIgnore(text: string, file = '.dockerignore'): IgnoreFile {
  const patterns: IgnorePattern[] = [];
  const problems: IgnoreProblem[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    // only a # in the first column starts a comment: "  # x" is the pattern "# x"
    if (raw.startsWith('#')) return;
    let line = raw.trim();
    if (line === '') return;
    const invert = line.startsWith('!');
    if (invert) line = line.slice(1).trim();
    if (line.length > 0) {
      line = goClean(line);
      if (line.length > 1 && line.startsWith('/')) line = line.slice(1);
    }
    // patternmatcher.New cleans once more, with the `!` still in front
    let cleaned = goClean((invert ? `!${line}` : line).trim());
    const exclusion = cleaned.startsWith('!');
    if (exclusion) cleaned = cleaned.slice(1);
    const where = { line: index + 1, text: raw.trim() };
    if (exclusion && cleaned === '') {
      problems.push({ ...where, message: 'a lone "!" is not a valid pattern' });
      return;
    }
    const syntax = patternSyntaxError(cleaned) ?? backwardsRange(cleaned);
    if (syntax) {
      problems.push({ ...where, message: syntax });
      return;
    }
    patterns.push({ pattern: cleaned, exclusion, ...where });
  });
  return { file, patterns, problems };
}

/** The ignore file at `file`, or undefined when there is none. */
export async function readIgnoreFile(file: string): Promise<IgnoreFile | undefined> {
  try {
    return parseIgnore(await readFile(file, 'utf8'), file);
  } catch (error: unknown) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * The ignore files BuildKit looks for, in order: `<Dockerfile>.dockerignore` next to the
 * Dockerfile wins over the context's `.dockerignore` (the two are never merged). Docker's
 * legacy builder only reads the context's `.dockerignore`.
 */
function ignoreFileCandidates(context: string, dockerfile: string): string[] {
  return [`${dockerfile}.dockerignore`, path.join(context, '.dockerignore')];
}

/** The ignore file a BuildKit build of `dockerfile` in `context` applies, if any. */
export async function applicableIgnoreFile(context: string, dockerfile: string): Promise<IgnoreFile | undefined> {
  for (const candidate of ignoreFileCandidates(context, dockerfile)) {
    const found = await readIgnoreFile(candidate);
    if (found) return found;
  }
  return undefined;
}

export interface StagingIgnore {
  /** `<Dockerfile>.dockerignore`, applied to the staged context */
  ignore?: IgnoreFile;
  /** the context's `.dockerignore` when it exists and is not applied */
  unused?: string;
}

/**
 * The ignore file for an artifact-first build's staged context: `<Dockerfile>.dockerignore`
 * only. A repository's `.dockerignore` is written for the multi-stage build (it leaves out
 * node_modules, dist, .next: exactly the artifacts), and the staged context holds nothing but
 * the declared artifacts anyway, so it is not applied; the secret scan still reads what ships.
 */
export async function stagingIgnoreFile(context: string, dockerfile: string): Promise<StagingIgnore> {
  const [own, repository] = await Promise.all([
    readIgnoreFile(`${dockerfile}.dockerignore`),
    readIgnoreFile(path.join(context, '.dockerignore')),
  ]);
  if (own) return { ignore: own };
  return repository ? { unused: repository.file } : {};
}

const matchers = new WeakMap<IgnoreFile, IgnoreMatcher>();

/**
 * Whether docker build leaves `relPath` out of the context; no ignore file ignores nothing.
 * For staging a context: the matcher behind it is cached per ignore file, and directories
 * for which `skipsDirectory` is true need not be walked.
 */
export function isIgnored(ignore: IgnoreFile | undefined, relPath: string): boolean {
  return ignore ? matcherFor(ignore).matches(relPath) : false;
}

/** True when `relDir` and everything below it are ignored, so a walker can skip it whole. */
export function skipsDirectory(ignore: IgnoreFile | undefined, relDir: string): boolean {
  return ignore ? matcherFor(ignore).skipsDirectory(relDir) : false;
}

export function matcherFor(ignore: IgnoreFile): IgnoreMatcher {
  let matcher = matchers.get(ignore);
  if (!matcher) {
    matcher = new IgnoreMatcher(ignore.patterns);
    matchers.set(ignore, matcher);
  }
  return matcher;
}

interface MatchState {
  matched: boolean;
  /** per pattern: whether it matched this path (inherited by the path's children) */
  perPattern: boolean[];
  /** the pattern that decided `matched`, -1 when none matched */
  decidedBy: number;
}

/**
 * Evaluates paths as BuildKit's walker does: each directory's per-pattern results are handed
 * to its children (patternmatcher's MatchesUsingParentResults), cached by directory.
 */
export class IgnoreMatcher {
  private readonly compiled: CompiledPattern[];
  private readonly states = new Map<string, MatchState>();
  /** false when some `!` line has wildcards: then no excluded directory can be skipped */
  private readonly onlyPrefixExceptions: boolean;

  constructor(readonly patterns: readonly IgnorePattern[]) {
    this.compiled = patterns.map(compile);
    this.onlyPrefixExceptions = patterns.every(
      (p) => !p.exclusion || !/[*[\]?^\\]/.test(withoutTrailingGlob(p.pattern)),
    );
  }

  matches(relPath: string): boolean {
    return this.state(relPath).matched;
  }

  /** The line that leaves `relPath` out, or undefined when it is in the context. */
  explain(relPath: string): IgnorePattern | undefined {
    const state = this.state(relPath);
    return state.matched ? this.patterns[state.decidedBy] : undefined;
  }

  skipsDirectory(relDir: string): boolean {
    if (!this.matches(relDir) || !this.onlyPrefixExceptions) return false;
    const dirSlash = `${normalizeRelPath(relDir)}/`;
    return !this.patterns.some((p) => p.exclusion && `${withoutTrailingGlob(p.pattern)}/`.startsWith(dirSlash));
  }

  private state(relPath: string): MatchState {
    const clean = normalizeRelPath(relPath);
    // the context root is never excluded ("don't let them exclude everything")
    if (clean === '.') return { matched: false, perPattern: [], decidedBy: -1 };
    const parts = clean.split('/');
    let parent: MatchState | undefined;
    for (let i = 1; i <= parts.length; i++) {
      const prefix = parts.slice(0, i).join('/');
      let state = this.states.get(prefix);
      if (!state) {
        state = this.evaluate(prefix, parent);
        // files are not cached: there are many, and each is asked about once
        if (i < parts.length) this.states.set(prefix, state);
      }
      parent = state;
    }
    return parent!;
  }

  private evaluate(file: string, parent: MatchState | undefined): MatchState {
    let matched = false;
    let decidedBy = -1;
    const perPattern = this.compiled.map(() => false);
    this.compiled.forEach((pattern, i) => {
      let match = parent?.perPattern[i] ?? false;
      if (!match) {
        // an include that cannot change the result, or an exception with nothing to undo
        if (pattern.exclusion !== matched) return;
        match = pattern.test(file);
      }
      perPattern[i] = match;
      if (match) {
        matched = !pattern.exclusion;
        decidedBy = i;
      }
    });
    return { matched, perPattern, decidedBy };
  }
}

interface CompiledPattern {
  exclusion: boolean;
  test: (file: string) => boolean;
}

/** patternmatcher's Pattern.compile, with '/' as the separator. */
function compile(p: IgnorePattern): CompiledPattern {
  const pattern = p.pattern;
  let regex = '^';
  let type: 'exact' | 'prefix' | 'suffix' | 'regexp' = 'exact';
  const chars = [...pattern];
  for (let i = 0, step = 0; i < chars.length; i++, step++) {
    const ch = chars[i]!;
    if (ch === '*') {
      if (chars[i + 1] === '*') {
        i++;
        // "**/" is treated as "**"
        if (chars[i + 1] === '/') i++;
        if (i + 1 >= chars.length) {
          // a trailing ** matches everything below, as in .gitignore
          if (type === 'exact') type = 'prefix';
          else {
            regex += '.*';
            type = 'regexp';
          }
        } else {
          regex += '(.*/)?';
          type = 'regexp';
        }
        if (step === 0) type = 'suffix';
      } else {
        regex += '[^/]*';
        type = 'regexp';
      }
    } else if (ch === '?') {
      regex += '[^/]';
      type = 'regexp';
    } else if ('.+()|{}$'.includes(ch)) {
      regex += `\\${ch}`;
    } else if (ch === '\\') {
      if (i + 1 < chars.length) {
        regex += `\\${chars[++i]}`;
        type = 'regexp';
      } else {
        regex += '\\\\';
      }
    } else if (ch === '[' || ch === ']') {
      regex += ch;
      type = 'regexp';
    } else {
      regex += ch;
    }
  }
  const exclusion = p.exclusion;
  switch (type) {
    case 'exact':
      return { exclusion, test: (file) => file === pattern };
    case 'prefix': {
      const prefix = pattern.slice(0, -2);
      return { exclusion, test: (file) => file.startsWith(prefix) };
    }
    case 'suffix': {
      const suffix = pattern.slice(2);
      return {
        exclusion,
        test: (file) => file.endsWith(suffix) || (suffix.startsWith('/') && file === suffix.slice(1)),
      };
    }
    case 'regexp': {
      const re = toRegExp(`${regex}$`);
      return { exclusion, test: (file) => re?.test(file) ?? false };
    }
  }
}

/**
 * Go's regexp works on code points: the u flag makes `?` match one emoji as it does there. A
 * few patterns Go accepts are invalid in u mode (an escaped letter, a lone ]), for those the
 * plain mode is the same on everything but astral characters.
 */
function toRegExp(source: string): RegExp | undefined {
  for (const flags of ['u', '']) {
    try {
      return new RegExp(source, flags);
    } catch {
      // next mode; patternSyntaxError has refused what neither accepts
    }
  }
  return undefined;
}

function withoutTrailingGlob(pattern: string): string {
  return pattern.replace(/\/\*\*$/, '').replace(/\/\*$/, '');
}

/** A relative path as the walker sees it: / separated, cleaned, without a leading ./ or /. */
function normalizeRelPath(relPath: string): string {
  const clean = goClean(relPath.replace(/\\/g, '/'));
  return clean.startsWith('/') ? goClean(clean.slice(1) || '.') : clean;
}

/** Go's path.Clean: the shortest equivalent path, lexically. */
export function goClean(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
    } else {
      out.push(part);
    }
  }
  const joined = out.join('/');
  if (rooted) return `/${joined}`;
  return joined === '' ? '.' : joined;
}

/**
 * patternmatcher also compiles each line into a Go regular expression, which refuses a class
 * like [z-a] that filepath.Match merely never matches.
 */
function backwardsRange(pattern: string): string | undefined {
  for (const m of pattern.matchAll(/\[\^?((?:\\.|[^\]\\])+)\]/g)) {
    const body = [...m[1]!.replace(/\\(.)/g, '$1')];
    for (let i = 0; i + 2 < body.length; i++) {
      if (body[i + 1] === '-' && body[i + 2]!.codePointAt(0)! < body[i]!.codePointAt(0)!)
        return 'a character range runs backwards';
    }
  }
  return undefined;
}
