import { BuildError } from '../../errors.js';
import type { Logger } from '../../log.js';
import { parseWwwAuthenticate, type Challenge } from './auth-challenge.js';
import type { Credentials } from './credentials.js';
import { isDigest, sha256Digest } from './digest.js';
import { MANIFEST_ACCEPT } from './media-types.js';
import { describeFailure, isNetworkError, isRetryableStatus, retryAfterMs, RetryableStatusError, withRetry, type RetryPolicy } from './retry.js';

/** Where credentials come from; the CredentialStore reads docker's config.json. */
export interface CredentialSource {
  get(host: string): Promise<Credentials | undefined>;
  /** the file searched, named in errors so a user knows where a login should have landed */
  readonly configFile: string | undefined;
}

export interface RegistryClientOptions {
  fetch: typeof fetch;
  credentials: CredentialSource;
  /** true for hosts spoken to over plain HTTP */
  insecure: (host: string) => boolean;
  retry: RetryPolicy;
  logger: Logger;
  now: () => number;
}

export interface FetchedManifest {
  mediaType: string;
  bytes: Buffer;
  digest: string;
}

export type UploadStart = { mounted: true } | { mounted: false; location: string };

interface Request {
  method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH';
  /** a path below the registry's root, or an absolute URL (upload locations) */
  url: string;
  headers?: Record<string, string>;
  /** a factory, so that a retry or a new token can send the same bytes again */
  body?: () => Buffer;
  /** statuses handed back to the caller; anything else is an error */
  expect: number[];
  /** for logs and errors: "GET manifest ghcr.io/acme/app:1" */
  what: string;
}

/** A registry answer that is an error; `status` tells a lost upload session (404, 416) from the rest. */
export class RegistryError extends BuildError {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

type AuthState =
  | { kind: 'anonymous' }
  | { kind: 'basic'; header: string }
  | { kind: 'bearer'; challenge: Challenge; header?: string; scopes?: string; expiresAt: number };

/** tokens are renewed this long before they run out, so a request never carries a stale one */
const TOKEN_MARGIN_MS = 15_000;
/** the distribution spec's default when a token endpoint does not say */
const DEFAULT_TOKEN_SECONDS = 60;

/**
 * One registry host, spoken to with the OCI distribution API. Authentication follows the
 * registry's challenge: anonymous first, then Basic with docker's stored credentials, or a
 * Bearer token from the realm the registry names, scoped to every repository this client was
 * told about (pull for bases, pull+push for targets, so one token also covers blob mounts).
 */
export class RegistryClient {
  readonly baseUrl: string;
  private auth: AuthState = { kind: 'anonymous' };
  /** whether the current auth came from stored credentials (for the hint on a 401/403) */
  private usedCredentials = false;
  private renewing: Promise<void> | undefined;
  private readonly scopes = new Map<string, Set<string>>();

  constructor(
    readonly host: string,
    private readonly options: RegistryClientOptions,
  ) {
    this.baseUrl = `${options.insecure(host) ? 'http' : 'https'}://${host}`;
  }

  /** Includes `actions` on `repository` in the next token (a no-op for Basic auth). */
  allow(repository: string, actions: readonly ('pull' | 'push')[]): void {
    const set = this.scopes.get(repository) ?? new Set<string>();
    for (const action of actions) set.add(action);
    this.scopes.set(repository, set);
  }

  async getManifest(repository: string, reference: string): Promise<FetchedManifest> {
    const name = `${this.host}/${repository}${isDigest(reference) ? '@' : ':'}${reference}`;
    const response = await this.send({
      method: 'GET',
      url: `/v2/${repository}/manifests/${reference}`,
      headers: { accept: MANIFEST_ACCEPT.join(', ') },
      expect: [200, 404],
      what: `GET manifest ${name}`,
    });
    if (response.status === 404) {
      await response.body?.cancel();
      throw new BuildError(`${name}: no such image in the registry (manifest unknown)`);
    }
    const bytes = Buffer.from(await response.arrayBuffer());
    const digest = sha256Digest(bytes);
    if (isDigest(reference) && digest !== reference) throw new BuildError(`${name}: the registry sent a manifest whose digest is ${digest}`);
    let declared: unknown;
    try {
      declared = (JSON.parse(bytes.toString('utf8')) as { mediaType?: unknown }).mediaType;
    } catch {
      throw new BuildError(`${name}: the registry sent a manifest that is not JSON`);
    }
    const mediaType = typeof declared === 'string' ? declared : (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
    return { mediaType, bytes, digest };
  }

  /** A small blob (an image config) read whole and checked against its digest. */
  async getBlob(repository: string, digest: string): Promise<Buffer> {
    const response = await this.openBlob(repository, digest);
    const bytes = Buffer.from(await response.arrayBuffer());
    if (sha256Digest(bytes) !== digest) throw new BuildError(`${this.host}/${repository}: blob ${digest} arrived with another digest`);
    return bytes;
  }

  /** A blob's response, to be streamed by the caller (redirects to storage are followed). */
  openBlob(repository: string, digest: string): Promise<Response> {
    return this.send({ method: 'GET', url: `/v2/${repository}/blobs/${digest}`, expect: [200], what: `GET blob ${this.host}/${repository}@${digest}` });
  }

  async hasBlob(repository: string, digest: string): Promise<boolean> {
    const response = await this.send({ method: 'HEAD', url: `/v2/${repository}/blobs/${digest}`, expect: [200, 404], what: `HEAD blob ${this.host}/${repository}@${digest}` });
    await response.body?.cancel();
    return response.status === 200;
  }

  /**
   * Opens an upload session, or mounts the blob from another repository of this registry
   * (201). A registry that cannot mount answers 202 with a session instead.
   */
  async startUpload(repository: string, mount?: { digest: string; from: string }): Promise<UploadStart> {
    const query = mount ? `?mount=${encodeURIComponent(mount.digest)}&from=${encodeURIComponent(mount.from)}` : '';
    const response = await this.send({
      method: 'POST',
      url: `/v2/${repository}/blobs/uploads/${query}`,
      headers: { 'content-length': '0' },
      expect: [201, 202],
      what: mount ? `mount ${mount.digest} from ${mount.from} into ${this.host}/${repository}` : `start upload to ${this.host}/${repository}`,
    });
    await response.body?.cancel();
    if (response.status === 201) return { mounted: true };
    return { mounted: false, location: this.location(response) };
  }

  /** Sends one chunk of a chunked upload; returns the session's next location. */
  async uploadChunk(location: string, chunk: Buffer, start: number, what: string): Promise<string> {
    const response = await this.send({
      method: 'PATCH',
      url: location,
      headers: { 'content-type': 'application/octet-stream', 'content-range': `${start}-${start + chunk.length - 1}` },
      body: () => chunk,
      expect: [202],
      what,
    });
    await response.body?.cancel();
    return this.location(response);
  }

  /** Closes an upload with the blob's digest, sending `last` (or the whole blob) with it. */
  async finishUpload(location: string, digest: string, last: Buffer | undefined, what: string): Promise<void> {
    const url = new URL(location, this.baseUrl);
    url.searchParams.set('digest', digest);
    const response = await this.send({
      method: 'PUT',
      url: url.toString(),
      headers: { 'content-type': 'application/octet-stream' },
      body: () => last ?? Buffer.alloc(0),
      expect: [201, 204],
      what,
    });
    await response.body?.cancel();
    const answered = response.headers.get('docker-content-digest');
    if (answered && answered !== digest) throw new BuildError(`${what}: the registry stored ${answered}, not ${digest}`);
  }

  /** PUTs a manifest under a tag or digest; returns the registry's digest, checked against ours. */
  async putManifest(repository: string, reference: string, mediaType: string, bytes: Buffer): Promise<string> {
    const name = `${this.host}/${repository}${isDigest(reference) ? '@' : ':'}${reference}`;
    const response = await this.send({
      method: 'PUT',
      url: `/v2/${repository}/manifests/${reference}`,
      headers: { 'content-type': mediaType },
      body: () => bytes,
      expect: [200, 201, 202],
      what: `PUT manifest ${name}`,
    });
    await response.body?.cancel();
    const ours = sha256Digest(bytes);
    const answered = response.headers.get('docker-content-digest');
    if (answered && answered !== ours) throw new BuildError(`PUT manifest ${name}: the registry answered with digest ${answered}, but the manifest's is ${ours}`);
    return answered ?? ours;
  }

  private location(response: Response): string {
    const location = response.headers.get('location');
    if (!location) throw new BuildError(`${this.host}: the registry opened an upload without a Location`);
    return new URL(location, this.baseUrl).toString();
  }

  /** One request with retries on 5xx, 429 and dropped connections; what is left is a BuildError. */
  private async send(request: Request): Promise<Response> {
    try {
      return await this.sendWithRetries(request);
    } catch (error: unknown) {
      const tries = `gave up after ${this.options.retry.attempts} tries`;
      if (error instanceof RetryableStatusError) throw new RegistryError(`${request.what}: ${error.message} (${tries})`, error.status);
      if (isNetworkError(error)) throw new BuildError(`${request.what}: ${describeFailure(error)} (${tries})`, { cause: error });
      throw error;
    }
  }

  private sendWithRetries(request: Request): Promise<Response> {
    return withRetry(this.options.retry, request.what, this.options.logger, async () => {
      const response = await this.authenticated(request);
      if (request.expect.includes(response.status)) return response;
      const detail = await errorDetail(response);
      if (isRetryableStatus(response.status)) {
        throw new RetryableStatusError(response.status, `HTTP ${response.status}${detail}`, retryAfterMs(response.headers.get('retry-after')));
      }
      throw new RegistryError(`${request.what}: HTTP ${response.status}${detail}${this.hint(response.status)}`, response.status);
    });
  }

  private async authenticated(request: Request): Promise<Response> {
    await this.renewToken();
    const used = this.authorization();
    const first = await this.fetch(request, used);
    if (first.status !== 401) return first;
    const challenges = parseWwwAuthenticate(first.headers.get('www-authenticate') ?? '');
    await first.body?.cancel();
    // requests run side by side: another one may have met the challenge in the meantime
    if (this.authorization() === used) await this.answer(challenges, request.what, used);
    const second = await this.fetch(request, this.authorization());
    if (second.status === 401 && this.auth.kind === 'basic') {
      await second.body?.cancel();
      throw this.refused(request.what);
    }
    return second;
  }

  private refused(what: string): BuildError {
    return new BuildError(`${what}: ${this.host} refused the credentials of ${this.options.credentials.configFile ?? 'docker config'} (HTTP 401); run \`docker login ${this.host}\` again`);
  }

  private authorization(): string | undefined {
    return this.auth.kind === 'anonymous' ? undefined : this.auth.header;
  }

  private fetch(request: Request, authorization: string | undefined): Promise<Response> {
    const headers: Record<string, string> = { ...request.headers };
    if (authorization) headers.authorization = authorization;
    const url = /^https?:\/\//.test(request.url) ? request.url : `${this.baseUrl}${request.url}`;
    return this.options.fetch(url, { method: request.method, headers, body: request.body?.(), redirect: 'follow' });
  }

  /** Meets a 401's challenge: Basic with stored credentials, or a fresh Bearer token. */
  private async answer(challenges: Challenge[], what: string, used: string | undefined): Promise<void> {
    const bearer = challenges.find((c) => c.scheme === 'bearer' && c.params.realm);
    if (bearer) {
      for (const scope of (bearer.params.scope ?? '').split(' ')) {
        const m = /^repository:(.+):([a-z,*]+)$/.exec(scope);
        if (m) this.allow(m[1]!, m[2]!.split(',').filter((a): a is 'pull' | 'push' => a === 'pull' || a === 'push'));
      }
      this.auth = { kind: 'bearer', challenge: bearer, expiresAt: 0 };
      await this.renewToken(true);
      return;
    }
    if (challenges.some((c) => c.scheme === 'basic')) {
      const credentials = await this.options.credentials.get(this.host);
      if (!credentials || credentials.kind !== 'basic') throw this.noCredentials(what);
      if (used?.startsWith('Basic ')) throw this.refused(what);
      this.auth = { kind: 'basic', header: basicHeader(credentials.username, credentials.password) };
      this.usedCredentials = true;
      return;
    }
    throw new BuildError(`${what}: HTTP 401 without a challenge this client can answer${this.hint(401)}`);
  }

  private scopeList(): string[] {
    return [...this.scopes.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([repo, actions]) => `repository:${repo}:${[...actions].sort().join(',')}`);
  }

  /** Fetches a token when there is none, it is about to expire, or more scopes are needed. */
  private async renewToken(force = false): Promise<void> {
    const auth = this.auth;
    if (auth.kind !== 'bearer') return;
    const scopes = this.scopeList().join(' ');
    if (!force && auth.header && auth.scopes === scopes && this.options.now() < auth.expiresAt - TOKEN_MARGIN_MS) return;
    // one token request at a time; requests waiting for it then share its token
    this.renewing ??= this.fetchToken(auth.challenge).finally(() => {
      this.renewing = undefined;
    });
    await this.renewing;
  }

  private async fetchToken(challenge: Challenge): Promise<void> {
    const scopes = this.scopeList();
    const credentials = await this.options.credentials.get(this.host);
    const { realm, service } = challenge.params;
    const url = new URL(realm!);
    let response: Response;
    if (credentials?.kind === 'identity-token') {
      // an OAuth refresh token (registries with identity tokens, e.g. Azure): POST form
      const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: credentials.token, client_id: 'artifact-docker-build' });
      if (service) form.set('service', service);
      if (scopes.length > 0) form.set('scope', scopes.join(' '));
      response = await this.options.fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() });
    } else {
      if (service) url.searchParams.set('service', service);
      for (const scope of scopes) url.searchParams.append('scope', scope);
      const headers: Record<string, string> = {};
      if (credentials) headers.authorization = basicHeader(credentials.username, credentials.password);
      response = await this.options.fetch(url, { headers });
    }
    const endpoint = `${url.origin}${url.pathname}`;
    if (!response.ok) {
      const detail = await errorDetail(response);
      if (isRetryableStatus(response.status)) throw new RetryableStatusError(response.status, `token endpoint ${endpoint}: HTTP ${response.status}${detail}`);
      const who = credentials ? `the credentials of ${this.options.credentials.configFile ?? 'docker config'}` : 'an anonymous request';
      throw new BuildError(`${this.host}: the token endpoint ${endpoint} refused ${who} (HTTP ${response.status}${detail})`);
    }
    const body = (await response.json()) as { token?: string; access_token?: string; expires_in?: number };
    const token = body.token ?? body.access_token;
    if (!token) throw new BuildError(`${this.host}: the token endpoint ${endpoint} answered without a token`);
    this.usedCredentials = credentials !== undefined;
    this.auth = {
      kind: 'bearer',
      challenge,
      header: `Bearer ${token}`,
      scopes: scopes.join(' '),
      expiresAt: this.options.now() + (body.expires_in ?? DEFAULT_TOKEN_SECONDS) * 1000,
    };
  }

  private noCredentials(what: string): BuildError {
    const file = this.options.credentials.configFile;
    return new BuildError(`${what}: ${this.host} requires credentials, and ${file ? `${file} has none for it` : 'no docker config directory was given'}; run \`docker login ${this.host}\` (or docker/login-action) first`);
  }

  private hint(status: number): string {
    if (status !== 401 && status !== 403) return '';
    return this.usedCredentials
      ? `; the credentials for ${this.host} in ${this.options.credentials.configFile ?? 'docker config'} do not allow this`
      : `; not logged in to ${this.host}: run \`docker login ${this.host}\` (or docker/login-action) first`;
  }
}

function basicHeader(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}

/** The registry's own words from an error body ({"errors":[{"code","message"}]}), if any. */
async function errorDetail(response: Response): Promise<string> {
  let text: string;
  try {
    text = await response.text();
  } catch {
    return '';
  }
  try {
    const body = JSON.parse(text) as { errors?: { code?: string; message?: string }[] };
    const first = body.errors?.[0];
    if (first) return ` ${[first.code, first.message].filter(Boolean).join(': ')}`;
  } catch {
    // not JSON: a proxy's or load balancer's page
  }
  const line = text.trim().split('\n')[0]?.slice(0, 200);
  return line ? ` ${line}` : '';
}
