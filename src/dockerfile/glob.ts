/**
 * Go's path/filepath.Match (on Linux): what BuildKit matches a COPY wildcard against each name
 * with, and what moby/patternmatcher validates .dockerignore lines with. `*` and `?` never
 * match `/`; a class is `[a-z]` or, negated, `[^a-z]` (`[!a]` is the class of `!` and `a`, not
 * a negation); `\` escapes. The only glob matcher in the code base.
 */

export class BadPatternError extends Error {
  override name = 'BadPatternError';
  constructor(readonly pattern: string) {
    super(`syntax error in pattern "${pattern}"`);
  }
}

type Chars = number[];

/** Whether `name` matches `pattern`; throws BadPatternError for a malformed pattern, as Go returns ErrBadPattern. */
export function goMatch(pattern: string, name: string): boolean {
  let pat: Chars = toChars(pattern);
  let rest: Chars = toChars(name);
  outer: while (pat.length > 0) {
    const { star, chunk, after } = scanChunk(pat);
    pat = after;
    if (star && chunk.length === 0) return !rest.includes(SLASH);
    const here = matchChunk(chunk, rest);
    if (here === BAD) throw new BadPatternError(pattern);
    if (here !== undefined && (here.length === 0 || pat.length > 0)) {
      rest = here;
      continue;
    }
    if (star) {
      for (let i = 0; i < rest.length && rest[i] !== SLASH; i++) {
        const t = matchChunk(chunk, rest.slice(i + 1));
        if (t === BAD) throw new BadPatternError(pattern);
        if (t !== undefined) {
          if (pat.length === 0 && t.length > 0) continue;
          rest = t;
          continue outer;
        }
      }
    }
    // no match: Go still reports a malformed remainder of the pattern
    while (pat.length > 0) {
      const next = scanChunk(pat);
      pat = next.after;
      if (matchChunk(next.chunk, []) === BAD) throw new BadPatternError(pattern);
    }
    return false;
  }
  return rest.length === 0;
}

/** What Go's filepath.Match rejects in `pattern` (ErrBadPattern), in words; undefined when it is well formed. */
export function patternSyntaxError(pattern: string): string | undefined {
  try {
    goMatch(pattern, '');
    // Match stops at the first chunk that fails: check every chunk against nothing too
    let pat = toChars(pattern);
    while (pat.length > 0) {
      const next = scanChunk(pat);
      pat = next.after;
      if (matchChunk(next.chunk, []) === BAD) throw new BadPatternError(pattern);
    }
    return undefined;
  } catch (error: unknown) {
    if (!(error instanceof BadPatternError)) throw error;
    return describeBadPattern(pattern);
  }
}

/** Whether a COPY source or ignore line has wildcards at all. */
export function hasWildcard(text: string): boolean {
  return /[*?[]/.test(text);
}

const SLASH = 0x2f;
const BACKSLASH = 0x5c;
const BAD = 'bad' as const;

function toChars(text: string): Chars {
  return [...text].map((c) => c.codePointAt(0)!);
}

function scanChunk(pattern: Chars): { star: boolean; chunk: Chars; after: Chars } {
  let star = false;
  let start = 0;
  while (start < pattern.length && pattern[start] === 0x2a) {
    start++;
    star = true;
  }
  let inRange = false;
  let i = start;
  scan: for (; i < pattern.length; i++) {
    switch (pattern[i]) {
      case BACKSLASH:
        if (i + 1 < pattern.length) i++;
        break;
      case 0x5b:
        inRange = true;
        break;
      case 0x5d:
        inRange = false;
        break;
      case 0x2a:
        if (!inRange) break scan;
        break;
      default:
        break;
    }
  }
  return { star, chunk: pattern.slice(start, i), after: pattern.slice(i) };
}

/** The rest of `s` after `chunk` matched its start; undefined when it does not; BAD for a malformed chunk. */
function matchChunk(chunkIn: Chars, sIn: Chars): Chars | undefined | typeof BAD {
  let chunk = chunkIn;
  let s = sIn;
  let failed = false;
  while (chunk.length > 0) {
    if (!failed && s.length === 0) failed = true;
    const c = chunk[0]!;
    if (c === 0x5b) {
      let r = -1;
      if (!failed) {
        r = s[0]!;
        s = s.slice(1);
      }
      chunk = chunk.slice(1);
      let negated = false;
      if (chunk.length > 0 && chunk[0] === 0x5e) {
        negated = true;
        chunk = chunk.slice(1);
      }
      let match = false;
      let ranges = 0;
      for (;;) {
        if (chunk.length > 0 && chunk[0] === 0x5d && ranges > 0) {
          chunk = chunk.slice(1);
          break;
        }
        const lo = escaped(chunk);
        if (lo === BAD) return BAD;
        chunk = lo.after;
        let hi = lo.code;
        if (chunk[0] === 0x2d) {
          const h = escaped(chunk.slice(1));
          if (h === BAD) return BAD;
          chunk = h.after;
          hi = h.code;
        }
        if (lo.code <= r && r <= hi) match = true;
        ranges++;
      }
      if (match === negated) failed = true;
    } else if (c === 0x3f) {
      if (!failed) {
        if (s[0] === SLASH) failed = true;
        s = s.slice(1);
      }
      chunk = chunk.slice(1);
    } else {
      let literal = chunk;
      if (c === BACKSLASH) {
        literal = chunk.slice(1);
        if (literal.length === 0) return BAD;
      }
      if (!failed) {
        if (literal[0] !== s[0]) failed = true;
        s = s.slice(1);
      }
      chunk = literal.slice(1);
    }
  }
  return failed ? undefined : s;
}

function escaped(chunk: Chars): { code: number; after: Chars } | typeof BAD {
  if (chunk.length === 0 || chunk[0] === 0x2d || chunk[0] === 0x5d) return BAD;
  let rest = chunk;
  if (rest[0] === BACKSLASH) {
    rest = rest.slice(1);
    if (rest.length === 0) return BAD;
  }
  const after = rest.slice(1);
  if (after.length === 0) return BAD;
  return { code: rest[0]!, after };
}

function describeBadPattern(pattern: string): string {
  if (/(^|[^\\])(\\\\)*\\$/.test(pattern)) return 'a trailing \\ escapes nothing';
  const open = pattern.lastIndexOf('[');
  if (open >= 0 && pattern.indexOf(']', open + 1) < 0) return 'a [ is never closed';
  if (/\[\^?[-\]]/.test(pattern) || /\[[^\]]*-[^\]]-/.test(pattern))
    return 'a character class is empty or starts with - or ]';
  if (/-\]/.test(pattern)) return 'a character range has no end';
  return 'not a valid wildcard pattern';
}
