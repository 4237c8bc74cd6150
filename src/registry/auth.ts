import { BuildError } from '../errors.js';
import { parseWwwAuthenticate, type Challenge } from './auth-challenge.js';
import type { Credentials } from './credentials.js';
import { errorDetail } from './errors.js';
import { isRetryableStatus, RetryableStatusError } from './retry.js';

/** Where credentials come from; the CredentialStore reads docker's config.json. */
export interface CredentialSource {
  get(host: string): Promise<Credentials | undefined>;
  /** the file searched, named in errors so a user knows where a login should have landed */
  readonly configFile: string | undefined;
}

export interface RegistryAuthOptions {
  fetch: typeof fetch;
  credentials: CredentialSource;
  now: () => number;
  /** how long the answer to a request with a body of this size may take to start; default answerTimeoutMs */
  answerTimeoutMs?: (bodyBytes: number) => number;
}

/** One request as the auth layer sends it; the body is a factory so that a new token can send the same bytes again. */
export interface AuthRequest {
  method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH';
  /** absolute */
  url: string;
  headers?: Record<string, string>;
  body?: () => Buffer;
  /** for errors: "GET manifest ghcr.io/acme/app:1" */
  what: string;
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
 * A fetch for one registry host that follows the registry's challenge: anonymous first, then
 * Basic with docker's stored credentials, or a Bearer token from the realm the registry names,
 * scoped to every repository it was told about (pull for bases, pull+push for targets, so one
 * token also covers blob mounts). It knows nothing of the registry's API; retries are the
 * transport's.
 */
export class RegistryAuth {
  private auth: AuthState = { kind: 'anonymous' };
  /** whether the current auth came from stored credentials (for the hint on a 401/403) */
  private usedCredentials = false;
  private renewing: Promise<void> | undefined;
  private readonly scopes = new Map<string, Set<string>>();

  constructor(
    readonly host: string,
    private readonly options: RegistryAuthOptions,
  ) {}

  /** Includes `actions` on `repository` in the next token (a no-op for Basic auth). */
  allow(repository: string, actions: readonly ('pull' | 'push')[]): void {
    const set = this.scopes.get(repository) ?? new Set<string>();
    for (const action of actions) set.add(action);
    this.scopes.set(repository, set);
  }

  /** Sends `request` with the host's authorization, meeting one 401 challenge. */
  async fetch(request: AuthRequest): Promise<Response> {
    await this.renewToken();
    const used = this.authorization();
    const first = await this.send(request, used);
    if (first.status !== 401) return first;
    const challenges = parseWwwAuthenticate(first.headers.get('www-authenticate') ?? '');
    await first.body?.cancel();
    // requests run side by side: another one may have met the challenge in the meantime
    if (this.authorization() === used) await this.answer(challenges, request.what, used);
    const second = await this.send(request, this.authorization());
    if (second.status === 401 && this.auth.kind === 'basic') {
      await second.body?.cancel();
      throw this.refused(request.what);
    }
    return second;
  }

  /** What to do about a 401 or 403 the registry kept answering, for its error message. */
  hint(status: number): string {
    if (status !== 401 && status !== 403) return '';
    return this.usedCredentials
      ? `; the credentials for ${this.host} in ${this.options.credentials.configFile ?? 'docker config'} do not allow this`
      : `; not logged in to ${this.host}: run \`docker login ${this.host}\` (or docker/login-action) first`;
  }

  private async send(request: AuthRequest, authorization: string | undefined): Promise<Response> {
    const headers: Record<string, string> = { ...request.headers };
    if (authorization) headers.authorization = authorization;
    const body = request.body?.();
    // a registry that stops answering would otherwise hold the push for minutes in silence:
    // the answer must start within a time that grows with what is sent
    const limitMs = (this.options.answerTimeoutMs ?? answerTimeoutMs)(body?.length ?? 0);
    const controller = new AbortController();
    const timer = setTimeout(
      () =>
        controller.abort(
          new AnswerTimeoutError(
            `${this.host} did not answer within ${(limitMs / 1000).toFixed(limitMs < 10_000 ? 1 : 0)} s`,
          ),
        ),
      limitMs,
    );
    try {
      return await this.options.fetch(request.url, {
        method: request.method,
        headers,
        body,
        redirect: 'follow',
        signal: controller.signal,
      });
    } finally {
      clearTimeout(timer);
    }
  }

  private refused(what: string): BuildError {
    return new BuildError(
      `${what}: ${this.host} refused the credentials of ${this.options.credentials.configFile ?? 'docker config'} (HTTP 401); run \`docker login ${this.host}\` again`,
    );
  }

  private authorization(): string | undefined {
    return this.auth.kind === 'anonymous' ? undefined : this.auth.header;
  }

  /** Meets a 401's challenge: Basic with stored credentials, or a fresh Bearer token. */
  private async answer(challenges: Challenge[], what: string, used: string | undefined): Promise<void> {
    const bearer = challenges.find((c) => c.scheme === 'bearer' && c.params.realm);
    if (bearer) {
      for (const scope of (bearer.params.scope ?? '').split(' ')) {
        const m = /^repository:(.+):([a-z,*]+)$/.exec(scope);
        if (m)
          this.allow(
            m[1]!,
            m[2]!.split(',').filter((a): a is 'pull' | 'push' => a === 'pull' || a === 'push'),
          );
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
    return [...this.scopes.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([repo, actions]) => `repository:${repo}:${[...actions].sort().join(',')}`);
  }

  /** Fetches a token when there is none, it is about to expire, or more scopes are needed. */
  private async renewToken(force = false): Promise<void> {
    const auth = this.auth;
    if (auth.kind !== 'bearer') return;
    const scopes = this.scopeList().join(' ');
    if (!force && auth.header && auth.scopes === scopes && this.options.now() < auth.expiresAt - TOKEN_MARGIN_MS)
      return;
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
      const form = new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: credentials.token,
        client_id: 'artifact-docker-build',
      });
      if (service) form.set('service', service);
      if (scopes.length > 0) form.set('scope', scopes.join(' '));
      response = await this.options.fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form.toString(),
      });
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
      if (isRetryableStatus(response.status))
        throw new RetryableStatusError(response.status, `token endpoint ${endpoint}: HTTP ${response.status}${detail}`);
      const who = credentials
        ? `the credentials of ${this.options.credentials.configFile ?? 'docker config'}`
        : 'an anonymous request';
      throw new BuildError(
        `${this.host}: the token endpoint ${endpoint} refused ${who} (HTTP ${response.status}${detail})`,
      );
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
    return new BuildError(
      `${what}: ${this.host} requires credentials, and ${file ? `${file} has none for it` : 'no docker config directory was given'}; run \`docker login ${this.host}\` (or docker/login-action) first`,
    );
  }
}

function basicHeader(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}

/** Thrown when a registry does not start its answer in time; retried like a dropped connection. */
class AnswerTimeoutError extends Error {
  override name = 'AnswerTimeoutError';
  readonly code = 'ETIMEDOUT';
}

/** Seconds for the answer to start: 30, plus the body's upload at 1 MiB/s at the least. */
export function answerTimeoutMs(bodyBytes: number): number {
  return 30_000 + Math.ceil(bodyBytes / (1024 * 1024)) * 1000;
}
