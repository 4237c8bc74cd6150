import { open } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { BuildError } from '../../errors.js';
import type { Logger } from '../../log.js';
import type { JsonBlob } from './manifest.js';
import { apiHost, formatReference, type ImageReference } from '../../registry/reference.js';
import type { RegistryClient } from '../../registry/client.js';
import { RegistryError } from '../../registry/errors.js';
import { isNetworkError } from '../../registry/retry.js';
import { formatBytes } from '../../report/format.js';
import { mapLimit } from '../../map-limit.js';

/** Blobs up to this size go up in one PUT; larger ones in PATCH chunks of CHUNK_SIZE. */
const MONOLITHIC_MAX = 5 * 1024 * 1024;
const CHUNK_SIZE = 8 * 1024 * 1024;
/** blobs moved at once: enough to hide latency, few enough not to trip rate limits */
const PARALLEL = 3;
/** an upload that lost its session (404, 416) or its source stream starts over this often */
const UPLOAD_TRIES = 2;

/** Where a blob's bytes come from. */
export type BlobSource =
  | { kind: 'file'; file: string }
  | { kind: 'bytes'; bytes: Buffer }
  /** a base layer, still in the base's registry */
  | { kind: 'remote'; host: string; repository: string };

export interface PushBlob {
  digest: string;
  size: number;
  source: BlobSource;
}

export interface PushPlan {
  /** layers (base and own) and configs, each once */
  blobs: PushBlob[];
  /** per-platform manifests of an index, pushed by digest before it */
  children: JsonBlob[];
  /** what the tags point at: the manifest, or the index */
  top: JsonBlob;
}

export interface PushDeps {
  clientFor: (host: string) => RegistryClient;
  logger: Logger;
  /** stops the uploads between requests (an interrupt, or a run that will not push) */
  signal?: AbortSignal;
}

type BlobOutcome = 'present' | 'mounted' | 'copied' | 'uploaded';

/** One repository the image goes to. */
export interface PushRepository {
  host: string;
  repository: string;
}

/** One manifest PUT: a child of an index by its digest, or the top manifest under a tag. */
export type ManifestPut = PushRepository & { reference: string; manifest: JsonBlob } & (
    | { kind: 'child' }
    /** what a user pulls: a tag moves (or, for a reference by digest, appears) */
    | { kind: 'top'; tag: ImageReference }
  );

/**
 * A push in two steps: the blobs, which no pull by tag can see (they may go up while the gates
 * still run; a registry collects those nothing refers to), then the manifests, children first
 * and the tags last. Nothing a user can pull by tag changes before the second step.
 */
export interface PushSteps {
  uploads: PushRepository[];
  manifests: ManifestPut[];
}

export function planPushSteps(plan: PushPlan, tags: readonly ImageReference[]): PushSteps {
  if (tags.length === 0) throw new BuildError('nothing to push: the image has no tags');
  const repositories = new Map<string, PushRepository>();
  for (const tag of tags) {
    const host = apiHost(tag.registry);
    repositories.set(`${host}/${tag.repository}`, { host, repository: tag.repository });
  }
  const uploads = [...repositories.values()];
  const children: ManifestPut[] = uploads.flatMap((r) =>
    plan.children.map((child) => ({ ...r, kind: 'child' as const, reference: child.digest, manifest: child })),
  );
  const tagged: ManifestPut[] = tags.map((tag) => ({
    host: apiHost(tag.registry),
    repository: tag.repository,
    kind: 'top' as const,
    tag,
    reference: tag.tag ?? plan.top.digest,
    manifest: plan.top,
  }));
  return { uploads, manifests: [...children, ...tagged] };
}

/**
 * Pushes an image to every tag's repository: the blobs a repository lacks (HEAD first), then
 * the manifests, and only then the tags. A failure anywhere before the first tag's manifest
 * PUT leaves every tag where it was. Returns the top manifest's digest as the registry gave it.
 */
export async function pushImage(plan: PushPlan, tags: readonly ImageReference[], deps: PushDeps): Promise<string> {
  const steps = planPushSteps(plan, tags);
  await uploadBlobs(plan, steps, deps);
  return putManifests(steps, deps);
}

/** The first step: every blob each repository lacks, HEAD first; moves no tag. */
export async function uploadBlobs(plan: PushPlan, steps: PushSteps, deps: PushDeps): Promise<void> {
  for (const { host, repository } of steps.uploads) {
    const client = deps.clientFor(host);
    client.allow(repository, ['pull', 'push']);
    const outcomes = await mapLimit(plan.blobs, PARALLEL, (blob) => {
      deps.signal?.throwIfAborted();
      return pushBlob(client, repository, blob, deps);
    });
    deps.logger.info(`${host}/${repository}: ${summarize(plan.blobs, outcomes)}`);
  }
}

/** The second step, once the blobs are there: the manifests, the tags last. */
export async function putManifests(steps: PushSteps, deps: PushDeps): Promise<string> {
  let digest: string | undefined;
  for (const put of steps.manifests) {
    const client = deps.clientFor(put.host);
    client.allow(put.repository, ['pull', 'push']);
    const answered = await client.putManifest(
      put.repository,
      put.reference,
      put.manifest.mediaType,
      put.manifest.bytes,
    );
    if (put.kind !== 'top') continue;
    deps.logger.info(formatReference({ ...put.tag, digest: answered }));
    digest ??= answered;
  }
  return digest!;
}

async function pushBlob(
  client: RegistryClient,
  repository: string,
  blob: PushBlob,
  deps: PushDeps,
): Promise<BlobOutcome> {
  if (await client.hasBlob(repository, blob.digest)) return 'present';
  const { source } = blob;
  const sameRegistry = source.kind === 'remote' && source.host === client.host && source.repository !== repository;
  if (sameRegistry) client.allow(source.repository, ['pull']);
  for (let attempt = 1; ; attempt++) {
    try {
      const start = await client.startUpload(
        repository,
        sameRegistry ? { digest: blob.digest, from: source.repository } : undefined,
      );
      if (start.mounted) {
        deps.logger.debug(`${blob.digest}: mounted from ${source.kind === 'remote' ? source.repository : ''}`);
        return 'mounted';
      }
      const what = `upload ${blob.digest} (${formatBytes(blob.size)}) to ${client.host}/${repository}`;
      if (source.kind === 'remote') {
        const from = deps.clientFor(source.host);
        const response = await from.openBlob(source.repository, blob.digest);
        await sendStream(client, start.location, blob, response, what, deps.signal);
        deps.logger.debug(`${blob.digest}: copied from ${source.host}/${source.repository}`);
        return 'copied';
      }
      await sendLocal(client, start.location, blob, source, what, deps.signal);
      deps.logger.debug(`${blob.digest}: uploaded`);
      return 'uploaded';
    } catch (error: unknown) {
      const sessionLost = error instanceof RegistryError && [400, 404, 416].includes(error.status);
      if (attempt >= UPLOAD_TRIES || !(sessionLost || isNetworkError(error))) throw error;
      deps.logger.info(
        `${blob.digest}: upload failed (${error instanceof Error ? error.message : String(error)}); starting it over`,
      );
    }
  }
}

/** A blob of this build: one PUT when small, else chunks read from the file one at a time. */
async function sendLocal(
  client: RegistryClient,
  location: string,
  blob: PushBlob,
  source: Extract<BlobSource, { kind: 'file' | 'bytes' }>,
  what: string,
  signal?: AbortSignal,
): Promise<void> {
  if (source.kind === 'bytes') {
    await client.finishUpload(location, blob.digest, source.bytes, what);
    return;
  }
  const handle = await open(source.file, 'r');
  try {
    const read = async (start: number, length: number): Promise<Buffer> => {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, start);
      if (bytesRead !== length) throw new BuildError(`${source.file} changed while it was being pushed`);
      return buffer;
    };
    if (blob.size <= MONOLITHIC_MAX) {
      await client.finishUpload(location, blob.digest, await read(0, blob.size), what);
      return;
    }
    let next = location;
    for (let start = 0; start < blob.size; start += CHUNK_SIZE) {
      signal?.throwIfAborted();
      next = await client.uploadChunk(next, await read(start, Math.min(CHUNK_SIZE, blob.size - start)), start, what);
    }
    await client.finishUpload(next, blob.digest, undefined, what);
  } finally {
    await handle.close();
  }
}

/**
 * A base layer from another registry, passed through without landing on disk: a large one is
 * cut into chunks as it arrives, so memory holds one chunk however large the layer is. The
 * digest is checked before the closing PUT, so a corrupted download never becomes a blob.
 */
async function sendStream(
  client: RegistryClient,
  location: string,
  blob: PushBlob,
  response: Response,
  what: string,
  signal?: AbortSignal,
): Promise<void> {
  if (!response.body) throw new BuildError(`${what}: the source registry sent no body`);
  const chunked = blob.size > MONOLITHIC_MAX;
  const hash = createHash('sha256');
  const reader = response.body.getReader();
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let sent = 0;
  let next = location;
  const flush = async (): Promise<void> => {
    signal?.throwIfAborted();
    const chunk = Buffer.concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    next = await client.uploadChunk(next, chunk, sent, what);
    sent += chunk.length;
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const data = Buffer.from(value);
      hash.update(data);
      pending.push(data);
      pendingBytes += data.length;
      if (chunked && pendingBytes >= CHUNK_SIZE) await flush();
    }
    const total = sent + pendingBytes;
    const digest = `sha256:${hash.digest('hex')}`;
    if (digest !== blob.digest || total !== blob.size)
      throw new BuildError(`${what}: the source registry sent ${total} bytes with digest ${digest}`);
    if (chunked && pendingBytes > 0) await flush();
  } catch (error: unknown) {
    await reader.cancel().catch(() => undefined);
    throw error;
  }
  await client.finishUpload(next, blob.digest, chunked ? undefined : Buffer.concat(pending, pendingBytes), what);
}

/** "2 blobs uploaded (1.2 MB), 1 copied (40.8 MB), 3 already there" */
function summarize(blobs: readonly PushBlob[], outcomes: readonly BlobOutcome[]): string {
  const parts: string[] = [];
  for (const outcome of ['uploaded', 'copied', 'mounted', 'present'] as const) {
    const these = blobs.filter((_, i) => outcomes[i] === outcome);
    if (these.length === 0) continue;
    const bytes = formatBytes(these.reduce((sum, b) => sum + b.size, 0));
    parts.push(outcome === 'present' ? `${these.length} already there` : `${these.length} ${outcome} (${bytes})`);
  }
  return `${blobs.length} blobs: ${parts.join(', ')}`;
}
