import type { RunResult } from './model.js';
import type { SummaryOptions } from './summary.js';
import { renderSummary } from './summary.js';

/**
 * One timing comment per pull request (per job), updated in place on every run. The comment is
 * found by a hidden HTML marker rather than by author, because the token may belong to the
 * Actions bot, a GitHub App or a user, and may change between runs.
 */

const MARKER_NAME = 'artifact-docker-build';

/** GitHub rejects comment bodies over this many characters. */
export const MAX_BODY = 65536;

/**
 * `<!-- artifact-docker-build -->`, or `<!-- artifact-docker-build:JOB -->` so that two jobs of
 * one workflow keep a comment each. Neither marker is a substring of another.
 */
export function prCommentMarker(jobId?: string): string {
  // "--" and ">" would end the HTML comment early; keep what a job id normally holds.
  const key = (jobId ?? '').replace(/[^\w.-]+/g, '_').replace(/-{2,}/g, '-');
  return key ? `<!-- ${MARKER_NAME}:${key} -->` : `<!-- ${MARKER_NAME} -->`;
}

/** The summary with the marker on the first line, where the search looks for it first. */
export function prCommentBody(run: RunResult, marker: string = prCommentMarker(), opts: SummaryOptions = {}): string {
  return `${marker}\n${renderSummary(run, opts)}`;
}

/** The comment carrying the marker; one that starts with it wins over one that quotes it. */
export function findMarked<T extends { body?: string | null }>(comments: T[], marker: string): T | undefined {
  const marked = comments.filter((c) => c.body?.includes(marker));
  return marked.find((c) => c.body?.trimStart().startsWith(marker)) ?? marked[0];
}

/**
 * Cuts a body to GitHub's limit, with a note saying so. A cut inside a fenced block (the gantt
 * chart) closes the fence, or everything after it would render as code.
 */
export function truncateBody(body: string, limit = MAX_BODY): string {
  if (body.length <= limit) return body;
  const note = `\n\n_The report was cut here: GitHub allows at most ${limit} characters in a comment. The job summary has all of it._\n`;
  let kept = body.slice(0, limit - note.length - 4);
  // don't leave half of a surrogate pair
  if (/[\uD800-\uDBFF]$/.test(kept)) kept = kept.slice(0, -1);
  const fences = kept.match(/^```/gm)?.length ?? 0;
  return `${kept}${fences % 2 === 1 ? '\n```' : ''}${note}`;
}
