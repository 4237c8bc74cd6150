import { stripAnsi } from './format.js';

/**
 * GitHub-flavoured markdown building blocks. Every user string goes through `escapeMarkdown`
 * (names) or `codeSpan` (free text: errors, tags, digests). Code spans are the safer home for
 * free text: GitHub turns neither `@name` into a mention nor `#12` into a cross-reference there,
 * which matters in a PR comment.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Text that renders as itself in a table cell or a line: no HTML, no emphasis, no cell breaks. */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/[&<>]/g, (ch) => ENTITIES[ch] ?? ch)
    .replace(/[\\`*_[\]|~]/g, (ch) => `\\${ch}`);
}

/**
 * Text shown verbatim in a code span. The fence is one backtick longer than any run inside.
 * In a table cell `|` is escaped even there, because GitHub splits the row on it before it reads
 * code spans (and drops the backslash again); anywhere else the backslash would show.
 */
export function codeSpan(text: string, where: 'line' | 'table' = 'line'): string {
  const flat = oneLine(text);
  const body = where === 'table' ? flat.replace(/\|/g, '\\|') : flat;
  const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  // A span that starts or ends with a backtick needs a space, which the renderer strips again.
  const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

function oneLine(text: string): string {
  return (
    stripAnsi(text)
      .replace(/\r\n|[\r\n\t\u2028\u2029]/g, ' ')
      // eslint-disable-next-line no-control-regex -- control characters are what gets removed
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}

export type Align = 'left' | 'right';

/** A pipe table; cells must already be escaped. */
export function markdownTable(header: string[], rows: string[][], align: Align[]): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  const rule = header.map((_, i) => (align[i] === 'right' ? '---:' : '---'));
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}
