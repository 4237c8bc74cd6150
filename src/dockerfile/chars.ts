/**
 * Character classes as Go defines them: BuildKit's parser is written in Go, and where JavaScript
 * and Go disagree about what counts as a space (U+FEFF is one for JavaScript's trim() and \s,
 * not for Go's unicode.IsSpace) the file means what Go reads, since Go's reading is built.
 */

/** Go's unicode.IsSpace. */
export function isGoSpace(code: number): boolean {
  if (code <= 0xff) return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x85 || code === 0xa0;
  return (
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** strings.TrimLeftFunc(s, unicode.IsSpace) */
export function trimLeftGo(text: string): string {
  let i = 0;
  while (i < text.length) {
    const code = text.codePointAt(i)!;
    if (!isGoSpace(code)) break;
    i += code > 0xffff ? 2 : 1;
  }
  return text.slice(i);
}

/** strings.TrimSpace */
export function trimGo(text: string): string {
  const left = trimLeftGo(text);
  let end = left.length;
  while (end > 0) {
    const low = left.charCodeAt(end - 1);
    const code = low >= 0xdc00 && low <= 0xdfff && end >= 2 ? left.codePointAt(end - 2)! : low;
    if (!isGoSpace(code)) break;
    end -= code > 0xffff ? 2 : 1;
  }
  return left.slice(0, end);
}

/**
 * Characters a reader cannot see or tell from a plain space: non-ASCII spaces, zero-width and
 * other format characters, and control characters other than tab. Builders and editors differ
 * on them, so the COPY-only gate refuses them outside quoted values.
 */
export function isInvisible(code: number): boolean {
  if (code === 0x09) return false;
  if (code < 0x20 || code === 0x7f || (code >= 0x80 && code <= 0x9f)) return true;
  if (code < 0x80) return false;
  return (
    isGoSpace(code) ||
    /[\p{Cf}\p{Zs}\p{Zl}\p{Zp}]/u.test(String.fromCodePoint(code)) ||
    code === 0x115f ||
    code === 0x1160 ||
    code === 0x3164 ||
    code === 0xffa0
  );
}

/** U+FEFF as "U+FEFF", for messages about characters one cannot see. */
export function codePointName(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
