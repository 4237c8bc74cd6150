import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A node:http proxy on 127.0.0.1 in front of a real registry, for what the registry itself
 * cannot do on demand: record every request, fail chosen ones (a 5xx, or a dropped
 * connection), and demand Bearer tokens from a token endpoint of its own. The Host header is
 * passed through, so the registry's upload Locations point back at the proxy.
 */
export interface FailureRule {
  methods: string[];
  /** only requests whose path (query included) matches */
  path?: RegExp;
  /** how many matching requests fail before the rule lets them through; Infinity: all */
  times: number;
  /** answer with this status, or destroy the connection without an answer */
  failure: { status: number } | 'reset';
}

export interface RecordedRequest {
  method: string;
  /** path and query */
  url: string;
  headers: http.IncomingHttpHeaders;
  /** the status answered, or 'reset' when the proxy dropped the connection */
  outcome: number | 'reset';
}

export interface BearerAuth {
  username: string;
  password: string;
}

export interface RegistryProxy {
  /** host:port to use in image references */
  host: string;
  requests: RecordedRequest[];
  /** scopes asked for at the token endpoint, one list per token request */
  tokenScopes: string[][];
  rules: FailureRule[];
  /** forget the recorded requests */
  clear(): void;
  close(): Promise<void>;
}

/** Upload requests: starting, PATCHing or closing a blob upload (a mount is a POST too). */
export function blobUploads(requests: readonly RecordedRequest[]): RecordedRequest[] {
  return requests.filter((r) => r.url.includes('/blobs/uploads/') && r.method !== 'GET' && r.method !== 'HEAD');
}

export async function startRegistryProxy(options: {
  upstream: string;
  rules?: FailureRule[];
  bearer?: BearerAuth;
}): Promise<RegistryProxy> {
  const [upstreamHost, upstreamPort] = options.upstream.split(':');
  const requests: RecordedRequest[] = [];
  const tokenScopes: string[][] = [];
  const rules = options.rules ?? [];
  const tokens = new Map<string, Set<string>>();
  let address = '';

  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    const record = (outcome: number | 'reset'): void => {
      requests.push({ method: req.method ?? 'GET', url, headers: req.headers, outcome });
    };
    if (options.bearer && url.startsWith('/token')) {
      tokenEndpoint(req, res, options.bearer, tokens, tokenScopes);
      return;
    }
    if (options.bearer && !authorized(req, tokens)) {
      req.resume();
      const scope = scopeFor(req);
      res.writeHead(401, {
        'content-type': 'application/json',
        'www-authenticate': `Bearer realm="http://${address}/token",service="registry-proxy"${scope ? `,scope="${scope}"` : ''}`,
      });
      res.end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] }));
      record(401);
      return;
    }
    const rule = rules.find(
      (r) => r.times > 0 && r.methods.includes(req.method ?? '') && (!r.path || r.path.test(url)),
    );
    if (rule) {
      rule.times--;
      if (rule.failure === 'reset') {
        record('reset');
        req.socket.destroy();
        return;
      }
      const status = rule.failure.status;
      req.resume();
      req.on('end', () => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ code: 'UNKNOWN', message: 'injected failure' }] }));
      });
      record(status);
      return;
    }
    const headers = { ...req.headers };
    // the upstream registry has no auth of its own behind a bearer proxy
    if (options.bearer) delete headers.authorization;
    const upstream = http.request(
      { host: upstreamHost, port: Number(upstreamPort), method: req.method, path: url, headers },
      (answer) => {
        record(answer.statusCode ?? 0);
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      record(502);
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  address = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    host: address,
    requests,
    tokenScopes,
    rules,
    clear: () => {
      requests.length = 0;
      tokenScopes.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The scope a request needs: pull to read, pull+push to write (/v2/ itself needs none). */
function scopeFor(req: http.IncomingMessage): string | undefined {
  const m = /^\/v2\/(.+?)\/(?:manifests|blobs|tags)\//.exec(req.url ?? '');
  if (!m) return undefined;
  const write = req.method !== 'GET' && req.method !== 'HEAD';
  return `repository:${m[1]}:${write ? 'pull,push' : 'pull'}`;
}

function authorized(req: http.IncomingMessage, tokens: Map<string, Set<string>>): boolean {
  const header = req.headers.authorization ?? '';
  if (!header.startsWith('Bearer ')) return false;
  const granted = tokens.get(header.slice('Bearer '.length));
  if (!granted) return false;
  const needed = scopeFor(req);
  if (!needed) return true;
  const [, repo, actions] = /^repository:(.+):(.+)$/.exec(needed)!;
  const ok = actions!.split(',').every((a) => granted.has(`${repo}:${a}`));
  // a mount also needs pull on the repository it mounts from
  const from = new URL(req.url ?? '/', 'http://x').searchParams.get('from');
  return ok && (!from || granted.has(`${from}:pull`));
}

/** Grants what is asked to a user with the right password, pull only to anonymous requests. */
function tokenEndpoint(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  auth: BearerAuth,
  tokens: Map<string, Set<string>>,
  tokenScopes: string[][],
): void {
  const url = new URL(req.url ?? '/', 'http://x');
  const scopes = url.searchParams.getAll('scope');
  tokenScopes.push(scopes);
  const header = req.headers.authorization;
  let user = false;
  if (header) {
    const [name, password] = Buffer.from(header.replace(/^Basic /, ''), 'base64')
      .toString()
      .split(':');
    if (name !== auth.username || password !== auth.password) {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ details: 'incorrect username or password' }));
      return;
    }
    user = true;
  }
  const granted = new Set<string>();
  for (const scope of scopes) {
    const m = /^repository:(.+):(.+)$/.exec(scope);
    if (!m) continue;
    for (const action of m[2]!.split(',')) if (user || action === 'pull') granted.add(`${m[1]}:${action}`);
  }
  const token = `token-${tokens.size + 1}`;
  tokens.set(token, granted);
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ token, expires_in: 300 }));
}
