import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = path.join(ROOT, 'fixtures');
export const ACTION_BUNDLE = path.join(ROOT, 'dist/index.js');
export const CLI_BUNDLE = path.join(ROOT, 'dist/cli/index.js');

const SKIP = new Set(['node_modules', 'dist', '.next', 'next-env.d.ts']);

/**
 * A fresh checkout of a fixture: copied without build output into a temp dir and committed,
 * so the run sees a real repository (sha, branch, commit time) as on a runner.
 */
export function checkoutFixture(name: string): { dir: string; sha: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), `adb-${name.replace(/\W/g, '-')}-`));
  cpSync(path.join(FIXTURES, name), dir, { recursive: true, filter: (src) => !SKIP.has(path.basename(src)) });
  // a registry namespace of its own: the registry outlives test runs, and a checkout must not
  // find images that an earlier run pushed from the same inputs
  const config = path.join(dir, 'artifact-build.yml');
  if (existsSync(config)) {
    writeFileSync(
      config,
      withOwnSmokePorts(
        readFileSync(config, 'utf8').replace(
          /^registry: (\S+)$/m,
          `registry: $1/run-${randomBytes(4).toString('hex')}`,
        ),
      ),
    );
  }
  const git = (...args: string[]): string =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'ci',
        GIT_AUTHOR_EMAIL: 'ci@example.com',
        GIT_COMMITTER_NAME: 'ci',
        GIT_COMMITTER_EMAIL: 'ci@example.com',
        GIT_AUTHOR_DATE: '2026-01-02T03:04:05Z',
        GIT_COMMITTER_DATE: '2026-01-02T03:04:05Z',
      },
    }).trim();
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'fixture');
  return { dir, sha: git('rev-parse', 'HEAD'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Commits a change to one source file of a checkout (the app fixture's server by default), as a
 * new push would bring: a new sha, sources no run has seen, and the commit time of now, later
 * than the fixture's fixed one. Returns the new sha.
 */
export function commitChange(dir: string, file = 'src/server.ts'): string {
  const note = `change ${randomBytes(6).toString('hex')}`;
  appendFileSync(path.join(dir, file), `// ${note}\n`);
  const git = (...args: string[]): string =>
    execFileSync('git', ['-c', 'user.name=ci', '-c', 'user.email=ci@example.com', ...args], {
      cwd: dir,
      encoding: 'utf8',
    }).trim();
  git('commit', '-q', '-a', '-m', note);
  return git('rev-parse', 'HEAD');
}

const SMOKE_PORT = /(smoke: \{ port: )(\d+)/g;

/**
 * A config whose smoke ports are free ones of its own: the fixtures' fixed ports (8080 for the app)
 * would make two suites that build the same fixture at once find each other's container on it.
 */
export function withOwnSmokePorts(config: string): string {
  const count = [...config.matchAll(SMOKE_PORT)].length;
  if (count === 0) return config;
  const ports = freePorts(count);
  return config.replace(SMOKE_PORT, (_, head: string) => `${head}${ports.shift()!}`);
}

/**
 * Ports the kernel hands out as free on 127.0.0.1, all held until the last is taken so that they
 * differ; asked of a child process because a listen is asynchronous and checkouts are made sync.
 */
export function freePorts(count: number): number[] {
  const script = `const net = require('node:net');
const servers = [];
const next = () => {
  if (servers.length === ${count}) {
    console.log(servers.map((s) => s.address().port).join(' '));
    servers.forEach((s) => s.close());
    return;
  }
  const s = net.createServer();
  servers.push(s);
  s.listen(0, '127.0.0.1', next);
};
next();`;
  const out = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  return out.trim().split(' ').map(Number);
}

export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a built bundle the way a runner or a shell would: plain node, a fresh process. */
export function runNode(
  script: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 540_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** An environment without the variables of the runner this test itself may run in. */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (
      k.startsWith('GITHUB_') ||
      k.startsWith('INPUT_') ||
      k.startsWith('ACTIONS_') ||
      k.startsWith('RUNNER_') ||
      k === 'REQUIRE_DOCKER'
    )
      continue;
    env[k] = v;
  }
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) env[k] = v;
  return env;
}

/** GET a URL until it answers or the deadline passes. */
export async function waitForHttp(url: string, timeoutMs = 30_000): Promise<{ status: number; body: string }> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(3_000) });
      return { status: response.status, body: await response.text() };
    } catch (error: unknown) {
      lastError = error;
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms: ${String(lastError)}`);
}

export function docker(...args: string[]): string {
  return execFileSync('docker', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}
