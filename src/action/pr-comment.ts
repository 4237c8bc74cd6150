import { getOctokit } from '@actions/github';
import { findMarked, truncateBody } from '../report/pr-comment.js';

/**
 * The PR comment's REST calls, through Octokit as @actions/github sets it up (the runner's proxy
 * settings included). Here in the action's glue: the CLI never comments, and its bundle does
 * not carry Octokit.
 */

export interface UpsertOptions {
  /** e.g. https://api.github.com, or a GitHub Enterprise Server's /api/v3 */
  apiUrl: string;
  token: string;
  /** owner/name */
  repository: string;
  issueNumber: number;
  body: string;
  marker: string;
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

/** The REST calls, through Octokit as @actions/github sets it up (the runner's proxy settings included). */
export async function upsertPrComment(opts: UpsertOptions): Promise<UpsertResult> {
  const [owner, repo] = splitRepository(opts.repository);
  const octokit = client(opts);
  const body = truncateBody(opts.body);
  const redact = (text: string): string => (opts.token ? text.split(opts.token).join('***') : text);
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: opts.issueNumber,
      per_page: 100,
    });
    const existing = findMarked(comments, opts.marker);
    if (existing) {
      const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
      return { action: 'updated', id: data.id, url: data.html_url };
    }
    const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: opts.issueNumber, body });
    return { action: 'created', id: data.id, url: data.html_url };
  } catch (error: unknown) {
    if (error instanceof PrCommentError) throw error;
    throw toPrCommentError(error, redact);
  }
}

function client(opts: UpsertOptions): ReturnType<typeof getOctokit> {
  const base = new URL(opts.apiUrl.replace(/\/+$/, '') + '/');
  const octokit = getOctokit(opts.token, { baseUrl: base.href.replace(/\/$/, ''), userAgent: 'artifact-docker-build' });
  octokit.hook.before('request', (options) => {
    // The token goes with every request: never to another host (a pagination link, say)
    const url = new URL(options.url.replace(/\{[^}]*\}/g, ''), base);
    if (url.origin !== base.origin)
      throw new PrCommentError(`the API's next page points to another host (${url.origin})`, 0);
    options.headers.accept = 'application/vnd.github+json';
    options.headers['x-github-api-version'] = '2022-11-28';
  });
  return octokit;
}

/** Octokit's RequestError (an HTTP answer) or a network failure, as the action reports it. */
function toPrCommentError(error: unknown, redact: (text: string) => string): PrCommentError {
  const e = error as {
    status?: unknown;
    message?: unknown;
    response?: { data?: unknown };
    request?: { method?: string; url?: string };
  } | null;
  // Octokit reports a request that got no answer (refused, DNS) as status 500 without a response
  const status = e?.response && typeof e.status === 'number' ? e.status : 0;
  const what =
    e?.request?.method && e.request.url ? `${e.request.method} ${new URL(e.request.url).pathname}` : 'the GitHub API';
  const data = e?.response?.data;
  const githubMessage =
    data && typeof data === 'object' && 'message' in data && typeof data.message === 'string'
      ? data.message
      : typeof data === 'string' && data.trim() !== ''
        ? data.trim().split('\n')[0]!.slice(0, 200)
        : undefined;
  const reason = error instanceof Error ? error.message : String(error);
  const message =
    status > 0 ? `${what} answered ${status}${githubMessage ? `: ${githubMessage}` : ''}` : `${what} failed: ${reason}`;
  return new PrCommentError(redact(message), status, githubMessage === undefined ? undefined : redact(githubMessage), {
    cause: error,
  });
}

function splitRepository(repository: string): [string, string] {
  const m = /^([^/\s]+)\/([^/\s]+)$/.exec(repository);
  if (!m) throw new PrCommentError(`repository must be owner/name, got "${repository}"`, 0);
  return [m[1]!, m[2]!];
}
