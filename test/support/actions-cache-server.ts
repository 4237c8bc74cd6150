/**
 * A small, real HTTP server that speaks the GitHub Actions cache service's LEGACY (v1,
 * `_apis/artifactcache`) protocol the way @actions/cache 6.x's own client uses it, so tests can
 * run the real @actions/cache code against 127.0.0.1 instead of mocking it.
 *
 * Protocol, as read from node_modules/@actions/cache/lib (internal/cacheHttpClient.js,
 * requestUtils.js, downloadUtils.js, config.js, cache.js) and @actions/http-client:
 *
 * - v1 is used when ACTIONS_CACHE_SERVICE_V2 is unset (or GITHUB_SERVER_URL is a GHES host).
 *   The base URL is ACTIONS_CACHE_URL (falling back to ACTIONS_RESULTS_URL) and is joined by
 *   plain string concatenation: `${base}_apis/artifactcache/${resource}`. So the base MUST end in
 *   a slash; the real one carries a path prefix (`https://artifactcache.../<id>/`), which is why
 *   this server accepts any prefix in front of `_apis/artifactcache/`.
 * - Every `_apis` request carries `Authorization: Bearer ${ACTIONS_RUNTIME_TOKEN}` (an unset
 *   token is sent as `Bearer ` with nothing after it), `Accept: application/json;api-version=6.0-preview.1`
 *   and `User-Agent: @actions/cache-<version>`.
 * - Lookup: `GET cache?keys=<encodeURIComponent(keys.join(','))>&version=<sha256 hex>`. The version
 *   hashes the path strings exactly as passed (plus the compression method and a salt), so a
 *   restore must pass the same path strings as the save. 204 = miss; 200 JSON
 *   `{cacheKey, scope, cacheVersion, creationTime, archiveLocation}` = hit; the client returns
 *   `cacheKey` (the matched entry's full key, not the key it asked for).
 * - Diagnostics list: `GET caches?key=<key>` (only sent on a miss when RUNNER_DEBUG=1).
 * - Reserve: `POST caches` JSON `{key, version, cacheSize}` -> `{cacheId}`. Any answer without a
 *   cacheId (this server: 409 when key+version is taken) makes saveCache log
 *   "Failed to save: Unable to reserve cache ..." at info level and return -1.
 * - Upload: `PATCH caches/<id>`, `Content-Type: application/octet-stream`,
 *   `Content-Range: bytes <start>-<end>/*` (inclusive end), body streamed without Content-Length.
 *   Chunks are 32 MiB by default (UploadOptions.uploadChunkSize / CACHE_UPLOAD_CHUNK_SIZE in MiB),
 *   up to 4 in parallel, so chunks arrive out of order.
 * - Commit: `POST caches/<id>` JSON `{size}`; any 2xx is success.
 * - Download: a plain `GET archiveLocation` with NO Authorization (the real location is a signed
 *   blob URL) and no Range; the client checks the bytes received against Content-Length. Range
 *   and HEAD (used only for `*.blob.core.windows.net` hosts) are still supported here.
 * - Temp files go to RUNNER_TEMP (else /home/actions/temp); tar runs with `-P -C $GITHUB_WORKSPACE`
 *   (else process.cwd()) on paths made relative to that directory, so it works without
 *   GITHUB_WORKSPACE as long as save and restore share the same working directory.
 *
 * Failure behaviour of the real client (asserted in actions-cache-server.test.ts):
 * - Retries: 2 attempts, only for 502/503/504 and network errors (reset, refused, timeout), and
 *   the helper sleeps 5 s after EVERY failed retryable attempt, the last one included.
 * - HTTP 500 is therefore not retried. saveCache resolves -1 and restoreCache resolves
 *   undefined; neither throws. Both emit a `::warning::Failed to save|restore: <op> failed: Cache
 *   service responded with 500` annotation, never `::error::` (the retry helper rethrows a plain
 *   Error, so the client's "5xx is logged as an error" branch cannot fire in v1).
 * - A 409 on reserve (key taken) is only logged at info level, and saveCache resolves -1.
 * - A server that accepts connections and never answers is NOT handled quickly: the client
 *   sets no socket timeout, so @actions/http-client's default of 3 minutes applies per attempt,
 *   and a timeout counts as a retryable network error: 2 x (180 s + 5 s) = 370 s per call (measured
 *   once against a silent server) before restoreCache resolves undefined / saveCache resolves -1,
 *   with a `::warning::... failed: Request timeout: <path>`. Our
 *   action therefore wraps every cache call in its own timeout. A dropped connection (close()
 *   here) ends a call after the two 5 s sleeps, about 10 s.
 */
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, open, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { matchEntry } from './cache-match.js';
import { jsonObject, readBody } from './http-body.js';

/** ok; 500 to everything; every request taken and never answered; every connection dropped */
export type CacheServerMode = 'ok' | 'error' | 'hang' | 'reset';

export interface CacheServer {
  /** e.g. http://127.0.0.1:PORT/ (what ACTIONS_CACHE_URL must be; note the trailing slash) */
  url: string;
  /**
   * ACTIONS_CACHE_URL, ACTIONS_RUNTIME_TOKEN and RUNNER_TEMP (the client's archive scratch dir,
   * placed inside the server's dir so a test leaves nothing behind). Never ACTIONS_CACHE_SERVICE_V2:
   * also delete the CACHE_ENV_TO_UNSET variables while applying it.
   */
  env: Record<string, string>;
  /** read at the arrival of each request, so it can be switched between client calls */
  mode: CacheServerMode;
  /** committed entries only, in reservation order */
  entries(): { key: string; version: string; size: number }[];
  /** one row per request in arrival order; path has no query string; status 0 = never answered */
  requests: { method: string; path: string; status: number }[];
  /**
   * From now on keys starting with `prefix` are taken by another run that reserved them and has
   * not committed: a reservation answers 409 as for a key+version that exists. Returns the
   * release: the other run is gone.
   */
  takenByAnotherRun(prefix: string): () => void;
  /** destroys open (including hanging) connections, stops listening, removes its own temp dir */
  close(): Promise<void>;
}

/**
 * Variables that switch @actions/cache away from this server even when `env` is applied:
 * V2 selects the twirp protocol, RESULTS_URL is only a fallback but belongs to V2, and a
 * cache mode of 'none' / 'write-only' / 'read' skips restores or saves without any request.
 * Tests should delete them while they talk to this server.
 */
export const CACHE_ENV_TO_UNSET = ['ACTIONS_CACHE_SERVICE_V2', 'ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_MODE'] as const;

/** the Accept header of every `_apis` request; checking it catches a client that changed protocol */
const API_VERSION = 'api-version=6.0-preview.1';
/** the real service scopes entries by ref; this server has a single scope */
const SCOPE = 'refs/heads/main';
const TOKEN = 'local-cache-server-token';

interface Entry {
  id: number;
  key: string;
  version: string;
  /** received PATCH ranges, start -> inclusive end */
  chunks: Map<number, number>;
  committed: boolean;
  size: number;
  /** ordering for prefix matches: the real service returns the most recently created match */
  createdAt: number;
  file: string;
}

/** The request log row of the request being answered; its status is filled in on reply. */
type LogRow = CacheServer['requests'][number];

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Answers with a status (and a JSON body) and records the status in the request log. */
function reply(res: ServerResponse, row: LogRow, status: number, body?: unknown): void {
  row.status = status;
  if (res.headersSent) {
    // A failure after a download started streaming: all that can be done is to cut it off,
    // which the client detects through its Content-Length check.
    res.destroy();
    return;
  }
  const payload = body === undefined ? undefined : JSON.stringify(body);
  res.writeHead(
    status,
    payload === undefined ? {} : { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) },
  );
  res.end(payload);
}

export async function startCacheServer(opts: { mode?: CacheServerMode; dir?: string } = {}): Promise<CacheServer> {
  const ownsDir = opts.dir === undefined;
  const dir = opts.dir ?? (await mkdtemp(join(tmpdir(), 'actions-cache-server-')));
  const blobDir = join(dir, 'blobs');
  // The client's archive temp dir: without RUNNER_TEMP it would write to /home/actions/temp.
  const runnerTemp = join(dir, 'runner-temp');
  await mkdir(blobDir, { recursive: true });
  await mkdir(runnerTemp, { recursive: true });

  const store: Entry[] = [];
  const taken: string[] = [];
  let nextId = 1;
  let clock = 0;
  let mode: CacheServerMode = opts.mode ?? 'ok';
  let baseUrl = '';
  const sockets = new Set<Socket>();
  const requests: LogRow[] = [];

  const httpServer = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const row: LogRow = { method: req.method ?? '', path: url.pathname, status: 0 };
    requests.push(row);
    // Sampled on arrival, so switching modes affects the next request, not one in flight.
    if (mode === 'hang') {
      // Drain the body so the client is not merely stuck on back-pressure: the point is a
      // server that takes the whole request and never answers. close() destroys the socket.
      req.resume();
      return;
    }
    if (mode === 'reset') {
      req.socket.destroy();
      return;
    }
    if (mode === 'error') {
      req.resume();
      reply(res, row, 500, { message: 'simulated cache service failure' });
      return;
    }
    route(req, res, url, row).catch((error: unknown) => {
      req.resume();
      const status = error instanceof HttpError ? error.status : 500;
      reply(res, row, status, { message: error instanceof Error ? error.message : String(error) });
    });
  });

  // Keep every socket so close() can end hanging requests and idle keep-alive connections,
  // which server.close() alone would wait for (forever, in hang mode).
  httpServer.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // A client that gives up mid-request must not surface as an unhandled error in the test run.
  httpServer.on('clientError', (_error, socket) => socket.destroy());

  async function route(req: IncomingMessage, res: ServerResponse, url: URL, row: LogRow): Promise<void> {
    const archive = /^\/_archive\/(\d+)\/cache$/.exec(url.pathname);
    if (archive) {
      serveArchive(req, res, Number(archive[1]), row);
      return;
    }

    const match = /^\/(?:.*\/)?_apis\/artifactcache\/(.+)$/.exec(url.pathname);
    const resource = match?.[1];
    if (resource === undefined) throw new HttpError(404, `no route for ${req.method} ${url.pathname}`);
    // The real service rejects anonymous calls. Any token is accepted (there is no issuer to
    // check against), but an unset ACTIONS_RUNTIME_TOKEN, sent as a bare `Bearer `, fails.
    if (!/^Bearer \S+/.test(req.headers.authorization ?? '')) {
      throw new HttpError(401, 'missing bearer token (ACTIONS_RUNTIME_TOKEN)');
    }
    if (!(req.headers.accept ?? '').includes(API_VERSION)) {
      throw new HttpError(400, `Accept must name ${API_VERSION}, got ${req.headers.accept ?? 'nothing'}`);
    }
    const byId = /^caches\/(\d+)$/.exec(resource);

    if (req.method === 'GET' && resource === 'cache') {
      const keys = (url.searchParams.get('keys') ?? '').split(',').filter((k) => k !== '');
      const version = url.searchParams.get('version') ?? '';
      if (keys.length === 0 || version === '') throw new HttpError(400, 'keys and version are required');
      const hit = lookup(keys, version);
      if (!hit) {
        reply(res, row, 204);
        return;
      }
      reply(res, row, 200, {
        scope: SCOPE,
        cacheKey: hit.key,
        cacheVersion: hit.version,
        creationTime: new Date(hit.createdAt).toISOString(),
        archiveLocation: `${baseUrl}_archive/${hit.id}/cache`,
      });
      return;
    }

    if (req.method === 'GET' && resource === 'caches') {
      const key = url.searchParams.get('key') ?? '';
      const list = store.filter((e) => e.committed && e.key === key);
      reply(res, row, 200, {
        totalCount: list.length,
        artifactCaches: list.map((e) => ({
          cacheKey: e.key,
          cacheVersion: e.version,
          scope: SCOPE,
          creationTime: new Date(e.createdAt).toISOString(),
        })),
      });
      return;
    }

    if (req.method === 'POST' && resource === 'caches') {
      const body = parseJson(await readBody(req));
      const key = body['key'];
      const version = body['version'];
      if (typeof key !== 'string' || key === '' || typeof version !== 'string' || version === '') {
        throw new HttpError(400, 'key and version are required');
      }
      // A reservation that is not committed yet counts too: that is what stops two jobs from
      // uploading the same key at once.
      if (taken.some((prefix) => key.startsWith(prefix)) || store.some((e) => e.key === key && e.version === version)) {
        throw new HttpError(409, `Cache already exists. Scope: ${SCOPE}, Key: ${key}, Version: ${version}`);
      }
      const id = nextId++;
      const file = join(blobDir, String(id));
      await writeFile(file, '');
      store.push({ id, key, version, chunks: new Map(), committed: false, size: 0, createdAt: 0, file });
      reply(res, row, 201, { cacheId: id });
      return;
    }

    if (req.method === 'PATCH' && byId) {
      const entry = reservation(Number(byId[1]));
      const range = /^bytes (\d+)-(\d+)\/(?:\*|\d+)$/.exec(req.headers['content-range'] ?? '');
      if (!range) throw new HttpError(400, `bad Content-Range: ${req.headers['content-range'] ?? 'missing'}`);
      const start = Number(range[1]);
      const end = Number(range[2]);
      const data = await readBody(req);
      if (end < start || data.length !== end - start + 1) {
        throw new HttpError(400, `Content-Range ${start}-${end} does not match a body of ${data.length} bytes`);
      }
      // Chunks arrive in parallel and out of order; positional writes need no coordination.
      const file = await open(entry.file, 'r+');
      try {
        await file.write(data, 0, data.length, start);
      } finally {
        await file.close();
      }
      entry.chunks.set(start, end); // keyed by start: a retried chunk replaces itself
      reply(res, row, 204);
      return;
    }

    if (req.method === 'POST' && byId) {
      const entry = reservation(Number(byId[1]));
      const size = parseJson(await readBody(req))['size'];
      if (typeof size !== 'number' || !Number.isInteger(size) || size < 0) throw new HttpError(400, 'size is required');
      // The chunks must tile [0, size) exactly: a lost or overlapping chunk would otherwise be
      // committed as a corrupt archive that only fails later, at extraction.
      let covered = 0;
      for (const [start, end] of [...entry.chunks].sort((a, b) => a[0] - b[0])) {
        if (start !== covered) throw new HttpError(400, `chunk at byte ${start}, expected one at ${covered}`);
        covered = end + 1;
      }
      const onDisk = (await stat(entry.file)).size;
      if (covered !== size || onDisk !== size) {
        throw new HttpError(400, `commit size ${size} does not match the ${covered} bytes received`);
      }
      entry.committed = true;
      entry.size = size;
      entry.createdAt = ++clock;
      reply(res, row, 204);
      return;
    }

    throw new HttpError(404, `no route for ${req.method} ${url.pathname}`);
  }

  function lookup(keys: string[], version: string): Entry | undefined {
    return matchEntry(
      store.filter((e) => e.committed),
      keys,
      version,
    );
  }

  function reservation(id: number): Entry {
    const entry = store.find((e) => e.id === id);
    if (!entry) throw new HttpError(404, `no reservation ${id}`);
    if (entry.committed) throw new HttpError(409, `cache ${id} is already committed`);
    return entry;
  }

  /** Stands in for the signed blob URL: no Authorization (the client sends none), Range honoured. */
  function serveArchive(req: IncomingMessage, res: ServerResponse, id: number, row: LogRow): void {
    const entry = store.find((e) => e.id === id && e.committed);
    if (!entry || (req.method !== 'GET' && req.method !== 'HEAD')) throw new HttpError(404, `no archive ${id}`);
    req.resume();
    const total = entry.size;
    let start = 0;
    let end = total - 1;
    const range = req.headers.range;
    if (range !== undefined) {
      const m = /^bytes=(\d*)-(\d*)$/.exec(range.trim());
      const from = m?.[1] ?? '';
      const to = m?.[2] ?? '';
      if (from === '' && to !== '') {
        start = Math.max(0, total - Number(to)); // suffix form: the last N bytes
      } else if (from !== '') {
        start = Number(from);
        end = to === '' ? total - 1 : Math.min(Number(to), total - 1);
      }
      if (!m || (from === '' && to === '') || start > end || start >= total) {
        row.status = 416;
        res.writeHead(416, { 'Content-Range': `bytes */${total}` });
        res.end();
        return;
      }
    }
    const status = range === undefined ? 200 : 206;
    row.status = status;
    res.writeHead(status, {
      'Content-Type': 'application/octet-stream',
      'Content-Length': end - start + 1,
      'Accept-Ranges': 'bytes',
      ...(status === 206 ? { 'Content-Range': `bytes ${start}-${end}/${total}` } : {}),
    });
    if (req.method === 'HEAD' || total === 0) {
      res.end();
      return;
    }
    const stream = createReadStream(entry.file, { start, end });
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }

  let closing: Promise<void> | undefined;
  async function shutdown(): Promise<void> {
    const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
    for (const socket of sockets) socket.destroy();
    await closed;
    if (ownsDir) await rm(dir, { recursive: true, force: true });
  }

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(0, '127.0.0.1', () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  baseUrl = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/`;

  return {
    url: baseUrl,
    env: { ACTIONS_CACHE_URL: baseUrl, ACTIONS_RUNTIME_TOKEN: TOKEN, RUNNER_TEMP: runnerTemp },
    get mode() {
      return mode;
    },
    set mode(next: CacheServerMode) {
      mode = next;
    },
    entries: () => store.filter((e) => e.committed).map((e) => ({ key: e.key, version: e.version, size: e.size })),
    requests,
    takenByAnotherRun: (prefix) => {
      taken.push(prefix);
      return () => void taken.splice(taken.indexOf(prefix), 1);
    },
    // Idempotent, so a test may close early (to release hung clients) and an afterAll again.
    close: () => (closing ??= shutdown()),
  };
}

function parseJson(body: Buffer): Record<string, unknown> {
  const value = jsonObject(body);
  if (value === undefined) throw new HttpError(400, 'body must be a JSON object');
  return value;
}
