import { BuildError } from '../errors.js';
import { isDigest, sha256Digest } from './digest.js';
import { MANIFEST_ACCEPT } from './media-types.js';
import { RegistryTransport, type RegistryRequest, type TransportOptions } from './transport.js';

export type RegistryClientOptions = TransportOptions;

export interface FetchedManifest {
  mediaType: string;
  bytes: Buffer;
  digest: string;
}

export type UploadStart = { mounted: true } | { mounted: false; location: string };

/**
 * The OCI distribution API of one registry host: manifests, blobs, uploads. Authentication and
 * retries are the transport's; this class only says what to ask and checks what comes back.
 */
export class RegistryClient {
  readonly baseUrl: string;
  private readonly transport: RegistryTransport;

  constructor(
    readonly host: string,
    options: RegistryClientOptions,
  ) {
    this.transport = new RegistryTransport(host, options);
    this.baseUrl = this.transport.baseUrl;
  }

  /** Includes `actions` on `repository` in the next token (a no-op for Basic auth). */
  allow(repository: string, actions: readonly ('pull' | 'push')[]): void {
    this.transport.allow(repository, actions);
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
    if (isDigest(reference) && digest !== reference)
      throw new BuildError(`${name}: the registry sent a manifest whose digest is ${digest}`);
    let declared: unknown;
    try {
      declared = (JSON.parse(bytes.toString('utf8')) as { mediaType?: unknown }).mediaType;
    } catch {
      throw new BuildError(`${name}: the registry sent a manifest that is not JSON`);
    }
    const mediaType =
      typeof declared === 'string' ? declared : (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
    return { mediaType, bytes, digest };
  }

  /** A small blob (an image config) read whole and checked against its digest. */
  async getBlob(repository: string, digest: string): Promise<Buffer> {
    const response = await this.openBlob(repository, digest);
    const bytes = Buffer.from(await response.arrayBuffer());
    if (sha256Digest(bytes) !== digest)
      throw new BuildError(`${this.host}/${repository}: blob ${digest} arrived with another digest`);
    return bytes;
  }

  /** A blob's response, to be streamed by the caller (redirects to storage are followed). */
  openBlob(repository: string, digest: string): Promise<Response> {
    return this.send({
      method: 'GET',
      url: `/v2/${repository}/blobs/${digest}`,
      expect: [200],
      what: `GET blob ${this.host}/${repository}@${digest}`,
    });
  }

  async hasBlob(repository: string, digest: string): Promise<boolean> {
    const response = await this.send({
      method: 'HEAD',
      url: `/v2/${repository}/blobs/${digest}`,
      expect: [200, 404],
      what: `HEAD blob ${this.host}/${repository}@${digest}`,
    });
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
      what: mount
        ? `mount ${mount.digest} from ${mount.from} into ${this.host}/${repository}`
        : `start upload to ${this.host}/${repository}`,
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
    if (answered && answered !== digest)
      throw new BuildError(`${what}: the registry stored ${answered}, not ${digest}`);
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
    if (answered && answered !== ours)
      throw new BuildError(
        `PUT manifest ${name}: the registry answered with digest ${answered}, but the manifest's is ${ours}`,
      );
    return answered ?? ours;
  }

  private location(response: Response): string {
    const location = response.headers.get('location');
    if (!location) throw new BuildError(`${this.host}: the registry opened an upload without a Location`);
    return new URL(location, this.baseUrl).toString();
  }

  private send(request: RegistryRequest): Promise<Response> {
    return this.transport.send(request);
  }
}
