/** Number and text formatting shared by the summary, the terminal table and the CLI. */

/** Tenths of a second, the precision every rendered figure uses. */
export function tenths(seconds: number): number {
  return Math.round(seconds * 10);
}

/** "12.3 s": the phase table's unit, so a column of phases adds up digit by digit. */
export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return '—';
  return `${(Math.max(0, tenths(seconds)) / 10).toFixed(1)} s`;
}

/** "12.3 s" under a minute, "1m 05s" and "1h 02m 05s" above, where tenths stop mattering. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '—';
  // Decide on the rounded value, so 59.96 s reads "1m 00s" rather than "60.0 s".
  if (Math.max(0, tenths(seconds)) < 600) return formatSeconds(seconds);
  const whole = Math.round(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const mmss = `${String(m).padStart(h > 0 ? 2 : 1, '0')}m ${String(s).padStart(2, '0')}s`;
  return h > 0 ? `${h}h ${mmss}` : mmss;
}

const SIZE_UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'] as const;

/**
 * "123 MB", "12.3 MB", "1.23 GB": decimal units and three significant digits, the way
 * `docker images` prints sizes, so the figures can be compared with what users see there.
 */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  let value = bytes;
  let unit = 0;
  for (;;) {
    const shown = unit === 0 ? Math.round(value) : Number(value.toPrecision(3));
    // Carry after rounding, so 999.6 MB becomes "1 GB" and not "1000 MB".
    if (shown < 1000 || unit === SIZE_UNITS.length - 1) return `${shown} ${SIZE_UNITS[unit]}`;
    value /= 1000;
    unit += 1;
  }
}

/** "68.2 %" with one decimal, as speedupPercent rounds. */
export function formatPercent(percent: number): string {
  return `${percent.toFixed(1)} %`;
}

/** The change from `before` to `after` in percent, one decimal: -84.8 for an image 84.8 % smaller. */
export function changePercent(after: number, before: number): number | undefined {
  if (!(before > 0)) return undefined;
  return Math.round(((after - before) / before) * 1000) / 10;
}

/** "2025-01-12" from an ISO time; undefined when the text is not one. */
export function isoDate(iso: string | undefined): string | undefined {
  const m = iso === undefined ? null : /^(\d{4}-\d{2}-\d{2})/.exec(iso);
  return m?.[1];
}

// eslint-disable-next-line no-control-regex -- matching terminal escapes is the point
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]/g;

/** Removes terminal control sequences (colours, cursor moves), to measure or compare what shows. */
export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
const WIDE =
  /^[\p{Emoji_Presentation}\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]$/u;
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;

/**
 * Columns a terminal gives the text: colour codes take none, combining marks none, emoji and
 * East Asian wide characters two. String length gets all three wrong, and misaligns tables.
 */
export function visibleWidth(text: string): number {
  let width = 0;
  let previous = '';
  for (const ch of stripAnsi(text)) {
    if (ch === '\uFE0F') {
      // An emoji selector widens a text-style pictograph (⏭, ♻) to emoji width.
      if (PICTOGRAPH.test(previous) && !WIDE.test(previous)) width += 1;
    } else if (!ZERO_WIDTH.test(ch)) {
      width += WIDE.test(ch) ? 2 : 1;
    }
    previous = ch;
  }
  return width;
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - visibleWidth(text)));
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - visibleWidth(text))) + text;
}
