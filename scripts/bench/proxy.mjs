// A counting proxy in front of the local registry: every blob upload (POST, PATCH or PUT under
// /v2/<name>/blobs/uploads/) goes through it, and the bytes of those request bodies are added up
// per repository. Docker, the CLI and the oci engine push to localhost:<port>/..., which docker
// treats as plain HTTP without any daemon setting.
//
// Cross-repository mounts (POST ...?mount=<digest>&from=<repo>) are turned into plain upload
// starts: a fresh runner's daemon knows no other repository to mount from, so without this the
// daemon on this long-lived machine would mount layers from earlier repetitions and upload
// nothing. The registry then answers 202 and the client uploads the blob, as on a fresh runner.
import http from 'node:http';

const UPLOAD = /^\/v2\/(.+)\/blobs\/uploads\//;

export class CountingProxy {
  /** @param {{ upstreamHost?: string, upstreamPort: number, port?: number }} options */
  constructor(options) {
    this.upstreamHost = options.upstreamHost ?? '127.0.0.1';
    this.upstreamPort = options.upstreamPort;
    this.port = options.port ?? 0;
    /** bytes of blob-upload request bodies, by repository */
    this.bytes = new Map();
    /** bytes by upload session (the uuid in the upload URL), and the digest each session closed with */
    this.sessions = new Map();
    /** [{ repo, digest, bytes }] for every upload that was closed with a digest */
    this.blobs = [];
    this.uploadRequests = 0;
    this.mountsRefused = 0;
    this.server = http.createServer((req, res) => this.#handle(req, res));
    this.server.keepAliveTimeout = 30_000;
  }

  async start() {
    await new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.port, '127.0.0.1', () => resolve(undefined));
    });
    this.port = /** @type {import('node:net').AddressInfo} */ (this.server.address()).port;
    return this;
  }

  /** host:port to put in image references (localhost, so docker speaks plain HTTP to it) */
  get host() {
    return `localhost:${this.port}`;
  }

  /** bytes uploaded so far to repositories whose name starts with `prefix` */
  uploaded(prefix = '') {
    let sum = 0;
    for (const [repo, n] of this.bytes) if (repo.startsWith(prefix)) sum += n;
    return sum;
  }

  reset() {
    this.bytes.clear();
    this.sessions.clear();
    this.blobs = [];
    this.uploadRequests = 0;
    this.mountsRefused = 0;
  }

  async close() {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(() => resolve(undefined)));
  }

  #handle(req, res) {
    let url = req.url ?? '/';
    const upload = req.method !== 'GET' && req.method !== 'HEAD' ? UPLOAD.exec(url.split('?')[0]) : null;
    if (upload && req.method === 'POST' && /[?&]mount=/.test(url)) {
      const parsed = new URL(url, 'http://proxy');
      parsed.searchParams.delete('mount');
      parsed.searchParams.delete('from');
      url = parsed.pathname + (parsed.search === '?' ? '' : parsed.search);
      this.mountsRefused++;
    }
    if (upload) {
      this.uploadRequests++;
      const repo = upload[1];
      const parsed = new URL(url, 'http://proxy');
      const session =
        parsed.pathname.slice(parsed.pathname.indexOf('/blobs/uploads/') + '/blobs/uploads/'.length) ||
        `post-${this.uploadRequests}`;
      const digest = parsed.searchParams.get('digest');
      req.on('data', (chunk) => {
        this.bytes.set(repo, (this.bytes.get(repo) ?? 0) + chunk.length);
        this.sessions.set(session, (this.sessions.get(session) ?? 0) + chunk.length);
      });
      if (digest) req.on('end', () => this.blobs.push({ repo, digest, bytes: this.sessions.get(session) ?? 0 }));
    }
    const upstream = http.request(
      { host: this.upstreamHost, port: this.upstreamPort, method: req.method, path: url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  }
}
