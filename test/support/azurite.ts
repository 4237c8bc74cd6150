import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * A real Azure Blob Storage emulator (azurite, from devDependencies) on 127.0.0.1, one per test
 * file: a port the kernel picks, data in memory only, so parallel test runs never share one.
 *
 * The account is not azurite's well-known devstoreaccount1 but one of its own with a hyphen in
 * its name, which Azure does not allow: the v2 cache server hands out URLs on
 * `<account>.blob.core.windows.net`, and a client that ever bypassed the test proxy would look up a
 * name that cannot exist rather than reach a real storage account.
 */
export interface Azurite {
  /** e.g. http://127.0.0.1:PORT, path-style: the account is the first path segment */
  url: string;
  port: number;
  account: string;
  /** base64 shared key of the account */
  key: string;
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);

export async function startAzurite(): Promise<Azurite> {
  const main = path.join(path.dirname(require.resolve('azurite/package.json')), 'dist/src/blob/main.js');
  const account = 'adb-cache-test';
  const key = randomBytes(32).toString('base64');
  const child = spawn(
    process.execPath,
    // --disableTelemetry: azurite otherwise reports usage to a public endpoint
    [
      main,
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      '0',
      '--inMemoryPersistence',
      '--disableTelemetry',
      '--skipApiVersionCheck',
      '--silent',
    ],
    { env: { ...process.env, AZURITE_ACCOUNTS: `${account}:${key}` }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`azurite did not start within 90 s:\n${output}`)), 90_000);
    const fail = (error: Error): void => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    const onData = (data: Buffer): void => {
      output += data.toString();
      const m = /listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`azurite exited with ${code}:\n${output}`)));
  });
  child.removeAllListeners('exit');
  return { url: `http://127.0.0.1:${port}`, port, account, key, stop: () => stopChild(child) };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    // azurite closes its connections before it exits; a client stuck on one must not hold the suite
    setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
  });
}
