import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Runner } from '../../src/exec.js';
import { MemoryLogger } from '../../src/log.js';
import { providePackageManager, type ToolCache } from '../../src/pm/provide.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

/** A registry that says 12.21.0 is pnpm's latest. */
async function registry(): Promise<string> {
  const server: Server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(req.url === '/pnpm/latest' ? { version: '12.21.0' } : {}));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => server.close());
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** pnpm 12.21.0 already in the tool cache, as the npm registry ships it: it asks for Node 22. */
function cachedPnpm(): ToolCache {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'adb-provide-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(path.join(dir, 'shim'));
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'pnpm', engines: { node: '>=22.13' } }));
  return {
    find: async (_name, version) => (version === '12.21.0' ? dir : ''),
    downloadTool: () => Promise.reject(new Error('no downloads here')),
    extractTar: () => Promise.reject(new Error('no downloads here')),
    cacheDir: () => Promise.reject(new Error('no downloads here')),
  };
}

/** No pnpm or corepack on PATH; the fetched pnpm refuses this runner's Node 20. */
const runner: Runner = async (argv) => {
  const result = (code: number, stdout = '', stderr = '') => ({ code, stdout, stderr, seconds: 0 });
  if (argv[0]!.endsWith('/shim/pnpm'))
    return result(
      1,
      '',
      'ERROR: This version of pnpm requires at least Node.js v22.13\nThe current version is v20.20.2\n',
    );
  return result(127, '', `${argv[0]}: not found`);
};

describe('providePackageManager: a fetched package manager that does not start', () => {
  it.each([
    {
      name: 'none pinned: the latest was taken, pin the lockfile one',
      version: undefined,
      fix: 'package.json pins no pnpm, so the latest was taken: pin the one your lockfile was written with in its "packageManager" field',
    },
    {
      name: 'pinned: set up a Node it supports, or pin another',
      version: '12.21.0',
      fix: 'set up a Node it supports before this step (actions/setup-node), or pin another pnpm',
    },
  ])('$name', async ({ version, fix }) => {
    const deps = {
      run: runner,
      logger: new MemoryLogger(),
      toolCache: cachedPnpm(),
      shimDir: os.tmpdir(),
      registryUrl: await registry(),
      platform: 'linux' as const,
      arch: 'x64',
      libc: 'glibc' as const,
      nodeVersion: 'v20.20.2',
    };
    const spec = {
      name: 'pnpm' as const,
      yarnBerry: false,
      lockfile: '/app/pnpm-lock.yaml',
      ...(version ? { version } : {}),
    };
    const error = (await providePackageManager(spec, os.tmpdir(), deps).then(
      () => undefined,
      (e: unknown) => e,
    )) as Error | undefined;
    expect(error).toBeInstanceOf(Error);
    expect(error!.message).toContain(
      "pnpm 12.21.0 from the npm registry does not run on this runner (ERROR: This version of pnpm requires at least Node.js v22.13); it asks for Node >=22.13, this runner's `node` is v20.20.2. Fix: ",
    );
    expect(error!.message).toContain(fix);
  });
});
