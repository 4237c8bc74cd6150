import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { EngineDeps, ImageBuildRequest } from '../../../src/engines/engine.js';
import { createRunner } from '../../../src/exec.js';
import { MemoryLogger } from '../../../src/log.js';
import { REGISTRY } from '../../support/docker.js';
import { ROOT } from '../../support/fixture.js';
import { registryTags } from '../../support/registry.js';

/** The base image in the plain registry, pushed there from local/node:20-slim when missing. */
export const BASE = `${REGISTRY}/node:20-slim`;

export function ensureBaseImage(): Promise<string> {
  return registryTags(`${REGISTRY}/node`).then((tags) => {
    if (!tags.includes('20-slim'))
      execFileSync('bash', [path.join(ROOT, 'scripts/base-image.sh'), '--push', REGISTRY], {
        stdio: ['ignore', 'ignore', 'inherit'],
      });
    return BASE;
  });
}

export interface App {
  dir: string;
  dockerfile: string;
  /** rewrites server.js so its layer (and only it) changes */
  touchServer(marker: string): void;
  cleanup(): void;
}

const SERVER = (marker: string): string => `'use strict';
// ${marker}
const http = require('node:http');
const greeting = require('tiny-dep');
const port = Number(process.env.PORT || 8080);
http
  .createServer((req, res) => {
    const ok = req.url === '/health';
    res.writeHead(ok ? 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ok, greeting: greeting(), user: process.getuid() }));
  })
  .listen(port, '127.0.0.1', () => console.log('listening on ' + port));
process.on('SIGTERM', () => process.exit(0));
`;

/**
 * A small real app: package.json, a server answering /health on $PORT, and node_modules with a
 * dependency the server requires, built into a COPY-only image from the local base.
 */
export function makeApp(options: { from?: string; extraFiles?: Record<string, string> } = {}): App {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'adb-oci-app-'));
  const write = (rel: string, text: string): void => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  };
  write(
    'package.json',
    JSON.stringify(
      { name: 'oci-app', version: '1.0.0', main: 'server.js', dependencies: { 'tiny-dep': '1.0.0' } },
      null,
      2,
    ),
  );
  write('server.js', SERVER('v1'));
  write('node_modules/tiny-dep/package.json', JSON.stringify({ name: 'tiny-dep', version: '1.0.0', main: 'index.js' }));
  write('node_modules/tiny-dep/index.js', "module.exports = () => 'hello';\n");
  for (const [rel, text] of Object.entries(options.extraFiles ?? {})) write(rel, text);
  write(
    'Dockerfile',
    [
      `FROM ${options.from ?? BASE}`,
      'WORKDIR /app',
      'ENV NODE_ENV=production PORT=8080',
      'COPY package.json ./',
      'COPY node_modules ./node_modules',
      'COPY --chown=1000:1000 server.js ./',
      'EXPOSE 8080',
      'USER 1000:1000',
      'CMD ["node", "server.js"]',
      '',
    ].join('\n'),
  );
  return {
    dir,
    dockerfile: path.join(dir, 'Dockerfile'),
    touchServer: (marker) => write('server.js', SERVER(marker)),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export function buildRequest(app: App, tags: string[], extra: Partial<ImageBuildRequest> = {}): ImageBuildRequest {
  return {
    target: 'app',
    contextDir: app.dir,
    dockerfile: app.dockerfile,
    tags,
    buildArgs: {},
    labels: {},
    platforms: [],
    cacheFrom: [],
    sourceDateEpoch: 1_767_323_045,
    willPush: true,
    ...extra,
  };
}

export function engineDeps(): EngineDeps & { logger: MemoryLogger; cleanup(): void } {
  const logger = new MemoryLogger();
  const tempDir = mkdtempSync(path.join(os.tmpdir(), 'adb-oci-tmp-'));
  return {
    run: createRunner(logger),
    logger,
    tempDir,
    cleanup: () => rmSync(tempDir, { recursive: true, force: true }),
  };
}

/** A tag unique to this run, so reruns never see an earlier run's images. */
export function uniqueTag(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}

/** The digest a tag points at in a registry, or undefined when there is no such tag. */
export async function digestAt(registry: string, repository: string, reference: string): Promise<string | undefined> {
  const response = await fetch(`http://${registry}/v2/${repository}/manifests/${reference}`, {
    method: 'HEAD',
    headers: {
      accept:
        'application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json',
    },
  });
  return response.status === 200 ? (response.headers.get('docker-content-digest') ?? undefined) : undefined;
}

export async function manifestAt(
  registry: string,
  repository: string,
  reference: string,
): Promise<Record<string, unknown>> {
  const response = await fetch(`http://${registry}/v2/${repository}/manifests/${reference}`, {
    headers: { accept: 'application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json' },
  });
  if (!response.ok) throw new Error(`GET manifest ${repository}:${reference}: HTTP ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
}

export function docker(...args: string[]): string {
  return execFileSync('docker', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Polls a URL until it answers, for a container that is starting. */
export async function waitForStatus(url: string, timeoutMs = 30_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.body?.cancel();
      return response.status;
    } catch (error: unknown) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

export interface AppFixture {
  /** the app, made once the base image is there (read it inside tests and hooks) */
  readonly app: App;
  readonly deps: ReturnType<typeof engineDeps>;
}

/** For a describe block: the base image, one app and the engine's deps, cleaned up after it. */
export function appFixture(): AppFixture {
  const deps = engineDeps();
  let app: App | undefined;
  beforeAll(async () => {
    await ensureBaseImage();
    app = makeApp();
  });
  afterAll(() => {
    app?.cleanup();
    deps.cleanup();
  });
  return {
    get app(): App {
      if (!app) throw new Error('appFixture: the app is made in beforeAll; read it inside a test');
      return app;
    },
    deps,
  };
}
