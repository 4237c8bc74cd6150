import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * The road from @actions/cache's Azure SDK to the local blob emulator, and the place where the
 * blob store fails on demand.
 *
 * @actions/cache downloads with the Azure SDK only from hosts ending in `.blob.core.windows.net`
 * (any other host gets a plain HTTP GET), so the v2 test server signs URLs on such a host, as
 * the hosted service does. The SDK honours ALL_PROXY (npm, git, docker and @actions/http-client
 * do not read it), so with ALL_PROXY pointing here every blob request arrives at this forward
 * proxy, which sends it to azurite on 127.0.0.1 and never anywhere else: requests for any other
 * host, and CONNECT tunnels, are refused.
 */
export type BlobFault =
  | 'none'
  /** every blob upload is cut off half way through its body */
  | 'upload'
  /** every blob download is cut off half way through its body */
  | 'download'
  /** every blob download stops half way for `stallMs`, then ends normally: a slow store */
  | 'slow-download';

export interface BlobProxy {
  /** what ALL_PROXY must be */
  url: string;
  /** read when each request arrives */
  fault: BlobFault;
  /** how long a 'slow-download' holds back the second half */
  stallMs: number;
  /** one row per request: method, path without the query, and the status or 'cut' */
  requests: { method: string; path: string; outcome: number | 'cut' | 'refused' }[];
  close(): Promise<void>;
}

const BLOB_HOST = /\.blob\.core\.windows\.net$/;

export async function startBlobProxy(upstreamPort: number): Promise<BlobProxy> {
  let fault: BlobFault = 'none';
  let stallMs = 10_000;
  const requests: BlobProxy['requests'] = [];
  const sockets = new Set<Socket>();

  const server = http.createServer((req, res) => {
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      target = new URL('http://invalid/');
    }
    const row: BlobProxy['requests'][number] = { method: req.method ?? '', path: target.pathname, outcome: 'refused' };
    requests.push(row);
    if (!BLOB_HOST.test(target.hostname)) {
      req.resume();
      res.writeHead(403, { 'content-type': 'text/plain' });
      res.end(`this proxy only reaches the local blob emulator, not ${target.hostname}\n`);
      return;
    }
    const current = fault;
    const upstream = http.request(
      // the Host header stays the blob host: azurite reads the account from it, as Azure does
      {
        host: '127.0.0.1',
        port: upstreamPort,
        method: req.method,
        path: `${target.pathname}${target.search}`,
        headers: req.headers,
      },
      (answer) => {
        row.outcome = answer.statusCode ?? 0;
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        const length = Number(answer.headers['content-length'] ?? 0);
        if (current === 'download' && req.method === 'GET' && length > 1) {
          cutAfter(answer, res, Math.floor(length / 2), () => (row.outcome = 'cut'));
          return;
        }
        if (current === 'slow-download' && req.method === 'GET' && length > 1) {
          stallAfter(answer, res, Math.floor(length / 2), stallMs);
          return;
        }
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (row.outcome === 'refused') row.outcome = 502;
      if (!res.headersSent) res.writeHead(502);
      res.destroy();
    });
    const length = Number(req.headers['content-length'] ?? 0);
    if (current === 'upload' && req.method === 'PUT' && length > 1) {
      cutAfter(req, upstream, Math.floor(length / 2), () => {
        row.outcome = 'cut';
        // the client sees its connection drop mid-body, the emulator an upload that never ends
        req.socket.destroy();
      });
      return;
    }
    req.pipe(upstream);
  });
  server.on('connect', (_req, socket: Socket) => {
    requests.push({ method: 'CONNECT', path: '', outcome: 'refused' });
    socket.end('HTTP/1.1 405 Method Not Allowed\r\n\r\n');
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('clientError', (_error, socket) => socket.destroy());

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get fault() {
      return fault;
    },
    set fault(next: BlobFault) {
      fault = next;
    },
    get stallMs() {
      return stallMs;
    },
    set stallMs(next: number) {
      stallMs = next;
    },
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Passes the first `limit` bytes of `from` on to `to`, then destroys both ends. */
function cutAfter(
  from: http.IncomingMessage,
  to: NodeJS.WritableStream & { destroy(): void },
  limit: number,
  onCut: () => void,
): void {
  let sent = 0;
  from.on('data', (chunk: Buffer) => {
    if (sent >= limit) return;
    const part = chunk.subarray(0, limit - sent);
    sent += part.length;
    to.write(part);
    if (sent >= limit) {
      onCut();
      to.destroy();
      from.destroy();
    }
  });
}

/** Passes the first `limit` bytes of `from` on to `to`, holds the rest back for `ms`, then sends it. */
function stallAfter(from: http.IncomingMessage, to: http.ServerResponse, limit: number, ms: number): void {
  const held: Buffer[] = [];
  let sent = 0;
  let ended = false;
  let released = false;
  const release = (): void => {
    released = true;
    for (const part of held) to.write(part);
    if (ended) to.end();
  };
  from.on('data', (chunk: Buffer) => {
    if (released) {
      to.write(chunk);
      return;
    }
    const head = chunk.subarray(0, Math.max(0, limit - sent));
    if (head.length > 0) to.write(head);
    sent += head.length;
    if (head.length < chunk.length) held.push(chunk.subarray(head.length));
    if (sent >= limit && held.length > 0 && !released) {
      // one timer per response; further chunks are held until it fires
      if (held.length === 1) setTimeout(release, ms).unref();
    }
  });
  from.on('end', () => {
    ended = true;
    if (released) to.end();
  });
  to.on('close', () => from.destroy());
}
