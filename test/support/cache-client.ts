/**
 * What the tests that run the real @actions/cache client in-process share: its environment,
 * its stdout (where @actions/core writes annotations) and payloads to compare byte for byte.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { CACHE_ENV_TO_UNSET } from './actions-cache-server.js';

export const MiB = 1024 * 1024;

/**
 * Sets the server's variables and unsets those that would divert the client; returns an undo.
 * RUNNER_DEBUG is unset too because, on a debug re-run, it makes every miss send an extra
 * diagnostics request, which would upset the request-log assertions.
 */
export function applyEnv(vars: Record<string, string>, unset: readonly string[] = []): () => void {
  const toUnset = [...CACHE_ENV_TO_UNSET, 'RUNNER_DEBUG', ...unset];
  const names = [...new Set([...Object.keys(vars), ...toUnset])];
  const saved = new Map(names.map((name) => [name, process.env[name]]));
  for (const name of toUnset) delete process.env[name];
  Object.assign(process.env, vars);
  return () => {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}

/**
 * Runs fn with process.stdout captured. @actions/core reports through stdout workflow commands
 * (`::warning::...`), so this is how the tests see whether a failure is a warning or an error;
 * it also keeps the client's debug and tar chatter out of the test output.
 */
export async function captureStdout<T>(fn: () => Promise<T>): Promise<{ value: T; out: string }> {
  const original = process.stdout.write.bind(process.stdout);
  let out = '';
  const capture = (chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
    out += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const done = rest.find((arg): arg is () => void => typeof arg === 'function');
    done?.();
    return true;
  };
  process.stdout.write = capture as typeof process.stdout.write;
  try {
    return { value: await fn(), out };
  } finally {
    process.stdout.write = original;
  }
}

/** relative path -> sha256 of every file below dir */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    result[relative(dir, file)] = createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
  }
  return result;
}

export async function makePayload(dir: string): Promise<Record<string, string>> {
  await mkdir(join(dir, 'nested', 'deeper'), { recursive: true });
  await writeFile(join(dir, 'a.txt'), 'hello cache\n');
  await writeFile(join(dir, 'empty'), '');
  await writeFile(join(dir, 'nested', 'c.bin'), randomBytes(4096));
  await writeFile(join(dir, 'nested', 'deeper', 'd.json'), JSON.stringify({ n: 1 }));
  // Random bytes do not compress, so the archive really is ~3 MiB and, with 1 MiB chunks,
  // is uploaded as several parallel PATCH requests.
  await writeFile(join(dir, 'big.bin'), randomBytes(3 * MiB));
  return snapshot(dir);
}

/** resolves 'pending' if the promise has not settled within ms */
export function settledWithin<T>(promise: Promise<T>, ms: number): Promise<T | 'pending'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'pending'>((resolve) => {
    timer = setTimeout(() => resolve('pending'), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function waitFor(condition: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
