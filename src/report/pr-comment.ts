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

export interface UpsertOptions {
  /** e.g. https://api.github.com, or a GitHub Enterprise Server's /api/v3 */
  apiUrl: string;
  token: string;
  /** owner/name */
  repository: string;
  issueNumber: number;
  body: string;
  marker: string;
  fetch?: typeof fetch;
}

export interface UpsertResult {
  action: 'created' | 'updated';
  id: number;
  url: string;
}

/**
 * A failed API call. `permission` marks the answers a workflow without `pull-requests: write`
 * gets (403 "Resource not accessible by integration", or 404 for a private repository), which
 * the action reports as a warning rather than failing the build.
 */
export class PrCommentError extends Error {
  override name = 'PrCommentError';
  readonly permission: boolean;
  constructor(
    message: string,
    /** the HTTP status; 0 when no answer came */
    readonly status: number,
    /** GitHub's own `message`, when it sent one */
    readonly githubMessage?: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.permission = status === 403 || status === 404;
  }
}

interface Comment {
  id: number;
  body?: string | null;
  html_url: string;
}

export async function upsertPrComment(opts: UpsertOptions): Promise<UpsertResult> {
  const api = new GitHubApi(opts);
  const [owner, repo] = splitRepository(opts.repository);
  const body = truncateBody(opts.body);
  const existing = findMarked(
    await api.listAll(`/repos/${owner}/${repo}/issues/${opts.issueNumber}/comments?per_page=100`),
    opts.marker,
  );
  if (existing) {
    const updated = await api.send<Comment>('PATCH', `/repos/${owner}/${repo}/issues/comments/${existing.id}`, { body });
    return { action: 'updated', id: updated.id, url: updated.html_url };
  }
  const created = await api.send<Comment>('POST', `/repos/${owner}/${repo}/issues/${opts.issueNumber}/comments`, { body });
  return { action: 'created', id: created.id, url: created.html_url };
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

function splitRepository(repository: string): [string, string] {
  const m = /^([^/\s]+)\/([^/\s]+)$/.exec(repository);
  if (!m) throw new PrCommentError(`repository must be owner/name, got "${repository}"`, 0);
  return [encodeURIComponent(m[1]!), encodeURIComponent(m[2]!)];
}

/** The few REST calls needed, with GitHub's headers, pagination and error shape. */
class GitHubApi {
  private readonly base: URL;
  private readonly fetch: typeof fetch;

  constructor(private readonly opts: UpsertOptions) {
    this.base = new URL(opts.apiUrl.replace(/\/+$/, '') + '/');
    this.fetch = opts.fetch ?? globalThis.fetch;
  }

  /** Every page of a list, following the Link header's rel="next". */
  async listAll(path: string): Promise<Comment[]> {
    const all: Comment[] = [];
    let url: URL | undefined = this.url(path);
    while (url) {
      const response = await this.request('GET', url);
      all.push(...((await response.json()) as Comment[]));
      url = this.nextPage(response.headers.get('link'), url);
    }
    return all;
  }

  async send<T>(method: 'POST' | 'PATCH', path: string, payload: unknown): Promise<T> {
    const response = await this.request(method, this.url(path), JSON.stringify(payload));
    return (await response.json()) as T;
  }

  private url(path: string): URL {
    return new URL(path.replace(/^\//, ''), this.base);
  }

  private nextPage(link: string | null, current: URL): URL | undefined {
    const next = link?.split(',').find((part) => /;\s*rel="?next"?/.test(part));
    const href = next ? /<([^>]+)>/.exec(next)?.[1] : undefined;
    if (!href) return undefined;
    const url = new URL(href, current);
    // The token goes with every request: never follow a link to another host.
    if (url.origin !== this.base.origin) {
      throw new PrCommentError(`the API's next page points to another host (${url.origin})`, 0);
    }
    return url;
  }

  private async request(method: string, url: URL, body?: string): Promise<Response> {
    const what = `${method} ${url.pathname}`;
    const headers: Record<string, string> = {
      Authorization: `Bearer ${this.opts.token}`,
      Accept: 'application/vnd.github+json',
      'X-GitHub-Api-Version': '2022-11-28',
      'User-Agent': 'artifact-docker-build',
    };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await this.fetch(url, { method, headers, ...(body === undefined ? {} : { body }) });
    } catch (error: unknown) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new PrCommentError(this.redact(`${what} failed: ${reason}`), 0, undefined, { cause: error });
    }
    if (!response.ok) {
      const githubMessage = await readMessage(response);
      const detail = githubMessage ? `: ${githubMessage}` : '';
      throw new PrCommentError(
        this.redact(`${what} answered ${response.status}${detail}`),
        response.status,
        githubMessage === undefined ? undefined : this.redact(githubMessage),
      );
    }
    return response;
  }

  /** Whatever an error message quotes (a proxy's page, an echoed header), the token stays out. */
  private redact(text: string): string {
    return this.opts.token ? text.split(this.opts.token).join('***') : text;
  }
}

async function readMessage(response: Response): Promise<string | undefined> {
  const text = await response.text().catch(() => '');
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && 'message' in parsed && typeof parsed.message === 'string') {
      return parsed.message;
    }
  } catch {
    // not JSON: a proxy's or load balancer's page; its first line is the best message there is
  }
  return text.trim().split('\n')[0]?.slice(0, 200) || undefined;
}
