/**
 * The GitHub Actions cache service v2, as github.com's hosted runners use it, on 127.0.0.1: a
 * Twirp JSON server for the cache calls and a real Azure Blob emulator (azurite) that holds
 * the archives, reached through signed URLs as the hosted service hands them out.
 *
 * Protocol, as read from node_modules/@actions/cache/lib (cache.js, internal/config.js,
 * internal/shared/cacheTwirpClient.js, generated/results/api/v1/cache*.js, internal/uploadUtils.js,
 * internal/downloadUtils.js):
 *
 * - v2 is used when ACTIONS_CACHE_SERVICE_V2 is set (any non-empty value) and GITHUB_SERVER_URL
 *   is github.com, *.ghe.com or *.localhost (else v1). isFeatureAvailable() wants
 *   ACTIONS_RESULTS_URL. Calls go to `new URL('/twirp/github.actions.results.api.v1.CacheService/<Method>',
 *   ACTIONS_RESULTS_URL)`: an absolute path, so a path in ACTIONS_RESULTS_URL is dropped.
 * - Every call is `POST`, `Content-Type: application/json`, `Authorization: Bearer
 *   ${ACTIONS_RUNTIME_TOKEN}`, a JSON body with the proto field names (snake_case), defaults left
 *   out, int64 as a decimal string. Answers are read with unknown fields ignored; proto or JSON
 *   names both work. Every answer body is JSON.parsed, errors included (Twirp's
 *   `{"code","msg"}`).
 * - CreateCacheEntry `{key, version}` -> `{ok, signed_upload_url, message}`. Not ok, or any
 *   failed call, makes saveCache log "Failed to save: Unable to reserve cache with key ..." at info
 *   level and return -1 (a `cache write denied:` message is a warning instead). The hosted service
 *   answers a taken key+version with 409 Conflict, `cache entry with the same key, version, and
 *   scope already exists`.
 * - The archive goes to the signed URL with the Azure SDK (BlockBlobClient.uploadFile: one PUT up
 *   to 128 MiB, else 64 MiB blocks, 8 at a time), whatever its host.
 * - FinalizeCacheEntryUpload `{key, version, size_bytes}` -> `{ok, entry_id, message}`.
 * - GetCacheEntryDownloadURL `{key, restore_keys, version}` -> `{ok, signed_download_url,
 *   matched_key}`; ok false is a miss. lookupOnly stops there and returns matched_key.
 * - The download uses the Azure SDK (getProperties, then downloadToBuffer in 4 MiB ranges with
 *   retries) only for hosts ending in `.blob.core.windows.net`; any other host gets one plain
 *   GET. So URLs name such a host, and ALL_PROXY (read by the SDK alone) routes it to azurite
 *   through the blob proxy (blob-proxy.ts), which also injects the blob store's failures.
 * - Retries: 5 attempts for 500, 502, 503 and 504 and for errors without a network code, 3 s then
 *   x1.5 (with jitter) between them, about 25 s in all; a reset or refused connection throws at
 *   once; a 429 throws at once. A server that never answers waits for @actions/http-client's
 *   3-minute socket timeout per attempt: only the action's own deadline ends that.
 *
 * Matching, as documented for actions/cache and as the v1 server does it: for the primary key
 * and then each restore key, an exact key wins, else the newest entry starting with it; the
 * version must always match. Entries are in one scope (the hosted service scopes them by ref).
 */
import {
  BlobSASPermissions,
  BlobServiceClient,
  generateBlobSASQueryParameters,
  SASProtocol,
  StorageSharedKeyCredential,
  type ContainerClient,
} from '@azure/storage-blob';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAzurite, type Azurite } from './azurite.js';
import { startBlobProxy, type BlobFault, type BlobProxy } from './blob-proxy.js';
import { matchEntry } from './cache-match.js';
import { jsonObject, readBody } from './http-body.js';

/** ok; every call answers 500; every call is taken and never answered; every connection is dropped */
export type CacheV2Mode = 'ok' | 'error' | 'hang' | 'reset';

export interface CacheV2Server {
  /** ACTIONS_RESULTS_URL */
  url: string;
  /**
   * ACTIONS_CACHE_SERVICE_V2, ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN, ALL_PROXY (the blob
   * proxy) and RUNNER_TEMP (the client's scratch dir, inside the server's own temp dir).
   * ACTIONS_CACHE_URL must be absent (v1 would not be used anyway, but keep runs honest).
   */
  env: Record<string, string>;
  /** read when each call arrives */
  mode: CacheV2Mode;
  /** the blob store's failure, read when each blob request arrives */
  blobFault: BlobFault;
  /** finalized entries, oldest first */
  entries(): { key: string; version: string; size: number }[];
  /** one row per Twirp call: its method and the status answered (0: never answered) */
  calls: { method: string; status: number }[];
  /** the blob requests the proxy passed on, cut or refused */
  blobRequests: BlobProxy['requests'];
  /**
   * From now on keys starting with `prefix` are taken by another run that reserved them and has
   * not finished: CreateCacheEntry answers 409 as for a key+version that exists. Returns the
   * release: the other run is gone.
   */
  takenByAnotherRun(prefix: string): () => void;
  close(): Promise<void>;
}

const SERVICE = 'github.actions.results.api.v1.CacheService';
const CONTAINER = 'actions-cache';
const TOKEN = 'local-cache-v2-token';

interface Entry {
  id: number;
  key: string;
  version: string;
  blob: string;
  finalized: boolean;
  size: number;
  /** order of finalization: the newest prefix match wins */
  createdAt: number;
}

class TwirpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function startCacheV2Server(): Promise<CacheV2Server> {
  const dir = await mkdtemp(join(tmpdir(), 'actions-cache-v2-'));
  const runnerTemp = join(dir, 'runner-temp');
  await mkdir(runnerTemp, { recursive: true });
  let azurite: Azurite | undefined;
  let proxy: BlobProxy | undefined;
  try {
    azurite = await startAzurite();
    proxy = await startBlobProxy(azurite.port);
  } catch (error: unknown) {
    await azurite?.stop();
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  const emulator = azurite;
  const blobProxy = proxy;
  const credential = new StorageSharedKeyCredential(emulator.account, emulator.key);
  // the server itself talks to azurite directly, path-style
  const container: ContainerClient = new BlobServiceClient(
    `${emulator.url}/${emulator.account}`,
    credential,
  ).getContainerClient(CONTAINER);
  await container.create();

  const store: Entry[] = [];
  const taken: string[] = [];
  const calls: CacheV2Server['calls'] = [];
  const sockets = new Set<Socket>();
  let mode: CacheV2Mode = 'ok';
  let nextId = 1;
  let clock = 0;

  /** a URL on the account's production-style host; only the blob proxy knows where that is */
  function signedUrl(blob: string, permissions: string): string {
    const sas = generateBlobSASQueryParameters(
      {
        containerName: CONTAINER,
        blobName: blob,
        permissions: BlobSASPermissions.parse(permissions),
        protocol: SASProtocol.HttpsAndHttp,
        startsOn: new Date(Date.now() - 60_000),
        expiresOn: new Date(Date.now() + 3_600_000),
      },
      credential,
    );
    return `http://${emulator.account}.blob.core.windows.net/${CONTAINER}/${blob}?${sas.toString()}`;
  }

  function lookup(keys: string[], version: string): Entry | undefined {
    return matchEntry(
      store.filter((e) => e.finalized),
      keys,
      version,
    );
  }

  async function createCacheEntry(body: Record<string, unknown>): Promise<unknown> {
    const key = requireString(body, 'key');
    const version = requireString(body, 'version');
    // a reservation not finalized yet counts too: that is what keeps two jobs from uploading one key
    if (taken.some((prefix) => key.startsWith(prefix)) || store.some((e) => e.key === key && e.version === version)) {
      throw new TwirpError(409, 'already_exists', 'cache entry with the same key, version, and scope already exists');
    }
    const id = nextId++;
    const blob = `entries/${id}`;
    store.push({ id, key, version, blob, finalized: false, size: 0, createdAt: 0 });
    return { ok: true, signed_upload_url: signedUrl(blob, 'cw') };
  }

  async function finalizeCacheEntryUpload(body: Record<string, unknown>): Promise<unknown> {
    const key = requireString(body, 'key');
    const version = requireString(body, 'version');
    const size = Number(body['size_bytes'] ?? 0);
    const entry = store.find((e) => e.key === key && e.version === version && !e.finalized);
    if (!entry) throw new TwirpError(404, 'not_found', `no reservation of ${key} to finalize`);
    // what the emulator holds must be the whole archive: a cut upload must never become an entry
    let stored: number | undefined;
    try {
      stored = (await container.getBlobClient(entry.blob).getProperties()).contentLength;
    } catch {
      stored = undefined;
    }
    if (stored === undefined || stored !== size) {
      return { ok: false, message: `the upload of ${key} holds ${stored ?? 'no'} bytes, not ${size}` };
    }
    entry.finalized = true;
    entry.size = size;
    entry.createdAt = ++clock;
    return { ok: true, entry_id: String(entry.id) };
  }

  async function getCacheEntryDownloadUrl(body: Record<string, unknown>): Promise<unknown> {
    const key = requireString(body, 'key');
    const version = requireString(body, 'version');
    const restoreKeys = Array.isArray(body['restore_keys'])
      ? body['restore_keys'].filter((k): k is string => typeof k === 'string')
      : [];
    const hit = lookup([key, ...restoreKeys], version);
    // a miss is not an error: ok false, with the defaults left out as the service sends them
    if (!hit) return { ok: false };
    return { ok: true, signed_download_url: signedUrl(hit.blob, 'r'), matched_key: hit.key };
  }

  const methods: Record<string, (body: Record<string, unknown>) => Promise<unknown>> = {
    CreateCacheEntry: createCacheEntry,
    FinalizeCacheEntryUpload: finalizeCacheEntryUpload,
    GetCacheEntryDownloadURL: getCacheEntryDownloadUrl,
  };

  const server = createServer((req, res) => {
    const method = /^\/twirp\/([\w.]+)\/(\w+)$/.exec(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const row = { method: method?.[2] ?? `${req.method ?? ''} ${req.url ?? ''}`, status: 0 };
    calls.push(row);
    if (mode === 'hang') {
      // the request is read whole and never answered: close() destroys the socket
      req.resume();
      return;
    }
    if (mode === 'reset') {
      req.socket.destroy();
      return;
    }
    handle(req, method)
      .then((answer) => send(res, row, 200, answer))
      .catch((error: unknown) => {
        req.resume();
        const twirp =
          error instanceof TwirpError
            ? error
            : new TwirpError(500, 'internal', error instanceof Error ? error.message : String(error));
        send(res, row, twirp.status, { code: twirp.code, msg: twirp.message });
      });
  });

  async function handle(req: IncomingMessage, route: RegExpExecArray | null): Promise<unknown> {
    if (mode === 'error') throw new TwirpError(500, 'internal', 'simulated cache service failure');
    if (req.method !== 'POST' || !route)
      throw new TwirpError(404, 'bad_route', `no route for ${req.method ?? ''} ${req.url ?? ''}`);
    const handler = route[1] === SERVICE ? methods[route[2]!] : undefined;
    if (!handler) throw new TwirpError(404, 'bad_route', `no method ${route[1]}/${route[2]}`);
    // the service rejects anonymous calls; an unset ACTIONS_RUNTIME_TOKEN goes out as a bare `Bearer `
    if (!/^Bearer \S+/.test(req.headers.authorization ?? ''))
      throw new TwirpError(401, 'unauthenticated', 'missing bearer token (ACTIONS_RUNTIME_TOKEN)');
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      throw new TwirpError(
        400,
        'malformed',
        `this server speaks Twirp JSON, not ${req.headers['content-type'] ?? 'nothing'}`,
      );
    }
    return handler(parseJson(await readBody(req)));
  }

  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  let closing: Promise<void> | undefined;
  async function shutdown(): Promise<void> {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of sockets) socket.destroy();
    await closed;
    await blobProxy.close();
    await emulator.stop();
    await rm(dir, { recursive: true, force: true });
  }

  return {
    url,
    env: {
      ACTIONS_CACHE_SERVICE_V2: 'true',
      ACTIONS_RESULTS_URL: url,
      ACTIONS_RUNTIME_TOKEN: TOKEN,
      ALL_PROXY: blobProxy.url,
      RUNNER_TEMP: runnerTemp,
    },
    get mode() {
      return mode;
    },
    set mode(next: CacheV2Mode) {
      mode = next;
    },
    get blobFault() {
      return blobProxy.fault;
    },
    set blobFault(next: BlobFault) {
      blobProxy.fault = next;
    },
    entries: () =>
      store
        .filter((e) => e.finalized)
        .sort((a, b) => a.createdAt - b.createdAt)
        .map((e) => ({ key: e.key, version: e.version, size: e.size })),
    calls,
    blobRequests: blobProxy.requests,
    takenByAnotherRun: (prefix) => {
      taken.push(prefix);
      return () => void taken.splice(taken.indexOf(prefix), 1);
    },
    close: () => (closing ??= shutdown()),
  };
}

function send(res: ServerResponse, row: { status: number }, status: number, body: unknown): void {
  row.status = status;
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) });
  res.end(payload);
}

function requireString(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  if (typeof value !== 'string' || value === '') throw new TwirpError(400, 'invalid_argument', `${name} is required`);
  return value;
}

function parseJson(body: Buffer): Record<string, unknown> {
  const value = jsonObject(body);
  if (value === undefined) throw new TwirpError(400, 'malformed', 'body must be a JSON object');
  return value;
}
