import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { BuildError } from '../../src/errors.js';
import { MemoryLogger } from '../../src/log.js';
import type { Credentials } from '../../src/registry/credentials.js';
import { sha256Digest } from '../../src/registry/digest.js';
import { answerTimeoutMs, type CredentialSource } from '../../src/registry/auth.js';
import { RegistryClient } from '../../src/registry/client.js';
import { rejectionOf } from '../engines/oci/context.js';

interface Seen {
  method: string;
  url: string;
  authorization: string | undefined;
}

/** A registry in a function: `handle` answers each request; every request is recorded. */
function fakeRegistry(handle: (seen: Seen) => Response, credentials?: Credentials, clock = { now: 0 }) {
  const seen: Seen[] = [];
  const fetchFn = (async (input: string | URL | Request, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    const request: Seen = {
      method: init?.method ?? 'GET',
      url: String(input),
      authorization: headers.get('authorization') ?? undefined,
    };
    seen.push(request);
    return handle(request);
  }) as typeof fetch;
  const source: CredentialSource = { get: async () => credentials, configFile: '/home/me/.docker/config.json' };
  const client = new RegistryClient('reg.example', {
    fetch: fetchFn,
    credentials: source,
    insecure: () => false,
    retry: { attempts: 3, baseDelayMs: 1 },
    logger: new MemoryLogger(),
    now: () => clock.now,
  });
  return { client, seen, clock };
}

const MANIFEST = Buffer.from(
  JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: {}, layers: [] }),
);
const ok = (): Response =>
  new Response(MANIFEST, { status: 200, headers: { 'content-type': 'application/vnd.oci.image.manifest.v1+json' } });
const challenge = (scope: string): Response =>
  new Response('{"errors":[{"code":"UNAUTHORIZED"}]}', {
    status: 401,
    headers: { 'www-authenticate': `Bearer realm="https://auth.example/token",service="reg.example",scope="${scope}"` },
  });

/** A token endpoint that hands out tok-1, tok-2, ... and a registry that wants the latest one. */
function bearerRegistry(credentials?: Credentials, expiresIn = 300) {
  let issued = 0;
  const fake = fakeRegistry((req) => {
    if (req.url.startsWith('https://auth.example/token')) {
      issued++;
      return Response.json({ token: `tok-${issued}`, expires_in: expiresIn });
    }
    if (req.authorization !== `Bearer tok-${issued}` || issued === 0) return challenge('repository:acme/app:pull');
    return ok();
  }, credentials);
  return fake;
}

describe('RegistryClient authentication', () => {
  it('follows a Bearer challenge to the token endpoint, with the stored credentials and the scope', async () => {
    const { client, seen } = bearerRegistry({ kind: 'basic', username: 'me', password: 'pw' });
    const got = await client.getManifest('acme/app', 'v1');
    expect(got.digest).toBe(sha256Digest(MANIFEST));
    expect(seen.map((s) => `${s.method} ${s.url} ${s.authorization ?? '-'}`)).toEqual([
      'GET https://reg.example/v2/acme/app/manifests/v1 -',
      `GET https://auth.example/token?service=reg.example&scope=repository%3Aacme%2Fapp%3Apull Basic ${Buffer.from('me:pw').toString('base64')}`,
      'GET https://reg.example/v2/acme/app/manifests/v1 Bearer tok-1',
    ]);
    await client.getManifest('acme/app', 'v2');
    expect(seen).toHaveLength(4);
  });

  it('asks for a new token when more scopes are needed, and when the token runs out', async () => {
    const { client, seen, clock } = bearerRegistry(undefined, 60);
    await client.getManifest('acme/app', 'v1');
    client.allow('acme/app', ['pull', 'push']);
    client.allow('library/node', ['pull']);
    await client.getManifest('acme/app', 'v1');
    const tokenUrls = seen
      .filter((s) => s.url.startsWith('https://auth.example'))
      .map((s) => decodeURIComponent(new URL(s.url).search));
    expect(tokenUrls).toEqual([
      '?service=reg.example&scope=repository:acme/app:pull',
      '?service=reg.example&scope=repository:acme/app:pull,push&scope=repository:library/node:pull',
    ]);
    clock.now = 50_000;
    await client.getManifest('acme/app', 'v1');
    expect(seen.filter((s) => s.url.startsWith('https://auth.example'))).toHaveLength(3);
  });

  it('answers a Basic challenge with the stored credentials', async () => {
    const header = `Basic ${Buffer.from('ci:secret').toString('base64')}`;
    const { client, seen } = fakeRegistry(
      (req) =>
        req.authorization === header
          ? ok()
          : new Response(null, { status: 401, headers: { 'www-authenticate': 'Basic realm="test"' } }),
      { kind: 'basic', username: 'ci', password: 'secret' },
    );
    await client.getManifest('app', 'latest');
    expect(seen.map((s) => s.authorization)).toEqual([undefined, header]);
  });

  it.each([
    {
      name: 'no credentials for a Basic registry',
      credentials: undefined,
      message:
        'GET manifest reg.example/app:latest: reg.example requires credentials, and /home/me/.docker/config.json has none for it; run `docker login reg.example`',
    },
    {
      name: 'credentials the registry refuses',
      credentials: { kind: 'basic' as const, username: 'ci', password: 'wrong-pw' },
      message: 'reg.example refused the credentials of /home/me/.docker/config.json (HTTP 401)',
    },
  ])('fails clearly with $name, never showing a password', async ({ credentials, message }) => {
    const { client } = fakeRegistry(
      () => new Response(null, { status: 401, headers: { 'www-authenticate': 'Basic realm="test"' } }),
      credentials,
    );
    const error = await rejectionOf(client.getManifest('app', 'latest'));
    expect(error).toBeInstanceOf(BuildError);
    expect(error.message).toContain(message);
    expect(error.message).not.toContain('wrong-pw');
  });
});

describe('RegistryClient requests', () => {
  it('retries a 503 and reads the error body of a final failure', async () => {
    let calls = 0;
    const { client } = fakeRegistry(() => (++calls === 1 ? new Response('busy', { status: 503 }) : ok()));
    await client.getManifest('app', 'latest');
    expect(calls).toBe(2);

    const failing = fakeRegistry(() =>
      Response.json(
        { errors: [{ code: 'DENIED', message: 'requested access to the resource is denied' }] },
        { status: 403 },
      ),
    );
    await expect(failing.client.hasBlob('app', `sha256:${'0'.repeat(64)}`)).rejects.toThrow(
      /HEAD blob .*: HTTP 403 DENIED: requested access to the resource is denied; not logged in to reg.example/,
    );
  });

  it('checks a manifest fetched by digest, and the digest a PUT is answered with', async () => {
    const wrong = `sha256:${'1'.repeat(64)}`;
    const { client } = fakeRegistry((req) =>
      req.method === 'PUT' ? new Response(null, { status: 201, headers: { 'docker-content-digest': wrong } }) : ok(),
    );
    await expect(client.getManifest('app', wrong)).rejects.toThrow('the registry sent a manifest whose digest is');
    await expect(
      client.putManifest('app', 'v1', 'application/vnd.oci.image.manifest.v1+json', MANIFEST),
    ).rejects.toThrow(`answered with digest ${wrong}`);
  });

  it('resolves upload locations against the registry and adds the digest to the closing PUT', async () => {
    const digest = sha256Digest('data');
    const { client, seen } = fakeRegistry((req) => {
      if (req.method === 'POST')
        return new Response(null, { status: 202, headers: { location: '/v2/app/blobs/uploads/abc?_state=s' } });
      if (req.method === 'PATCH')
        return new Response(null, { status: 202, headers: { location: '/v2/app/blobs/uploads/abc?_state=t' } });
      return new Response(null, { status: 201, headers: { 'docker-content-digest': digest } });
    });
    const start = await client.startUpload('app');
    expect(start).toEqual({ mounted: false, location: 'https://reg.example/v2/app/blobs/uploads/abc?_state=s' });
    const next = await client.uploadChunk(start.mounted ? '' : start.location, Buffer.from('da'), 0, 'upload');
    await client.finishUpload(next, digest, Buffer.from('ta'), 'upload');
    expect(seen.at(-1)!.url).toBe(
      `https://reg.example/v2/app/blobs/uploads/abc?_state=t&digest=${encodeURIComponent(digest)}`,
    );
  });
});

describe('RegistryClient against a registry that stops answering', () => {
  it('times out each try with a message, retries, then fails naming the request', async () => {
    const sockets: Socket[] = [];
    let requests = 0;
    // accepts every request and never answers, as a registry hung mid-push
    const server = http.createServer(() => {
      requests++;
    });
    server.on('connection', (s) => sockets.push(s));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
    const logger = new MemoryLogger();
    try {
      const client = new RegistryClient(host, {
        fetch: globalThis.fetch,
        credentials: { get: async () => undefined, configFile: undefined },
        insecure: () => true,
        retry: { attempts: 3, baseDelayMs: 1 },
        logger,
        now: Date.now,
        answerTimeoutMs: () => 300,
      });
      const started = Date.now();
      const error = await rejectionOf(client.getManifest('acme/app', 'v1'));
      expect(error).toBeInstanceOf(BuildError);
      expect(error.message).toBe(
        `GET manifest ${host}/acme/app:v1: ${host} did not answer within 0.3 s (gave up after 3 tries)`,
      );
      expect(requests).toBe(3);
      expect(logger.lines.filter((l) => l.includes('retrying'))).toHaveLength(2);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it.each([
    { name: 'a request without a body', bytes: 0, seconds: 30 },
    { name: 'a 100 MiB layer', bytes: 100 * 1024 * 1024, seconds: 130 },
  ])('answerTimeoutMs: $name may take $seconds s to be answered', ({ bytes, seconds }) => {
    expect(answerTimeoutMs(bytes)).toBe(seconds * 1000);
  });
});
