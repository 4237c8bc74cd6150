import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small stand-in for the GitHub REST API's issue-comment routes, on 127.0.0.1 at a free port:
 * comments live in memory with increasing ids, lists are paginated with a Link header as GitHub
 * does, and `forbid` makes every call answer 403 the way a token without
 * `pull-requests: write` is answered.
 */

export interface StoredComment {
  id: number;
  /** owner/name */
  repository: string;
  issueNumber: number;
  body: string;
  user: { login: string };
  html_url: string;
}

export interface RecordedRequest {
  method: string;
  /** path and query, as sent */
  url: string;
  authorization: string | undefined;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface GitHubApiServer {
  url: string;
  comments: StoredComment[];
  requests: RecordedRequest[];
  /** answer every request 403 "Resource not accessible by integration" */
  forbid: boolean;
  /** stores a comment as if someone had posted it, and returns it */
  addComment(repository: string, issueNumber: number, body: string, login?: string): StoredComment;
  close(): Promise<void>;
}

const LIST = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/;
const ONE = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/;

export async function startGitHubApiServer(): Promise<GitHubApiServer> {
  const comments: StoredComment[] = [];
  const requests: RecordedRequest[] = [];
  let url = '';
  const nextId = (): number => Math.max(0, ...comments.map((c) => c.id)) + 1;

  const addComment = (repository: string, issueNumber: number, body: string, login = 'someone'): StoredComment => {
    const id = nextId();
    const comment = {
      id,
      repository,
      issueNumber,
      body,
      user: { login },
      html_url: `${url}/${repository}/pull/${issueNumber}#issuecomment-${id}`,
    };
    comments.push(comment);
    return comment;
  };

  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        authorization: req.headers.authorization,
        headers: req.headers,
        body,
      });
      const reply = (status: number, payload: unknown, headers: Record<string, string> = {}): void => {
        res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
        res.end(JSON.stringify(payload));
      };
      if (api.forbid) {
        return reply(403, {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest',
        });
      }
      // GitHub takes a token in either form: `Bearer <token>` or Octokit's `token <token>`
      if (!/^(Bearer|token) \S/.test(req.headers.authorization ?? ''))
        return reply(401, { message: 'Requires authentication' });

      const target = new URL(req.url ?? '/', url);
      const list = LIST.exec(target.pathname);
      const one = ONE.exec(target.pathname);
      if (list && req.method === 'GET') {
        const [, owner, repo, n] = list;
        const all = comments.filter((c) => c.repository === `${owner}/${repo}` && c.issueNumber === Number(n));
        const perPage = Math.min(100, Number(target.searchParams.get('per_page') ?? 30));
        const page = Number(target.searchParams.get('page') ?? 1);
        const last = Math.max(1, Math.ceil(all.length / perPage));
        const headers: Record<string, string> = {};
        if (page < last) {
          const link = (p: number): string => {
            const u = new URL(target);
            u.searchParams.set('page', String(p));
            return u.toString();
          };
          headers.Link = `<${link(page + 1)}>; rel="next", <${link(last)}>; rel="last"`;
        }
        return reply(200, all.slice((page - 1) * perPage, page * perPage), headers);
      }
      if (list && req.method === 'POST') {
        const [, owner, repo, n] = list;
        const text = parseBody(body);
        if (text === undefined) return reply(422, { message: 'Invalid request.' });
        return reply(201, addComment(`${owner}/${repo}`, Number(n), text, 'github-actions[bot]'));
      }
      if (one && req.method === 'PATCH') {
        const [, owner, repo, id] = one;
        const comment = comments.find((c) => c.id === Number(id) && c.repository === `${owner}/${repo}`);
        if (!comment) return reply(404, { message: 'Not Found' });
        const text = parseBody(body);
        if (text === undefined) return reply(422, { message: 'Invalid request.' });
        comment.body = text;
        return reply(200, comment);
      }
      return reply(404, { message: 'Not Found' });
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const api: GitHubApiServer = {
    url,
    comments,
    requests,
    forbid: false,
    addComment,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // fetch keeps connections alive; without this close() waits for them to time out
        server.closeAllConnections();
      }),
  };
  return api;
}

function parseBody(raw: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed && typeof parsed === 'object' && 'body' in parsed && typeof parsed.body === 'string') return parsed.body;
  } catch {
    // an unparsable request body is answered like GitHub does, with 422
  }
  return undefined;
}
