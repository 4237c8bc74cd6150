import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasDocker } from '../support/docker.js';
import { cleanEnv, CLI_BUNDLE, docker } from '../support/fixture.js';

/**
 * An interrupted run ends what it started: the build command and its children, the smoke-test
 * container, the run's temp directory; and it exits as a shell reports the signal. A run that
 * ends on its own leaves no temp directory either.
 */

const work = mkdtempSync(path.join(os.tmpdir(), 'adb-interrupt-itg-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** A tiny app whose install and build are shell lines; the image runs a server that never answers. */
function app(name: string, build: string, smoke: boolean): string {
  const dir = path.join(work, name);
  mkdirSync(path.join(dir, 'dist'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', private: true }));
  writeFileSync(
    path.join(dir, 'package-lock.json'),
    JSON.stringify({
      name,
      version: '1.0.0',
      lockfileVersion: 3,
      requires: true,
      packages: { '': { name, version: '1.0.0' } },
    }),
  );
  writeFileSync(path.join(dir, 'dist', 'main.js'), 'setInterval(() => {}, 1000);\n');
  writeFileSync(
    path.join(dir, 'Dockerfile'),
    'FROM local/node:20-slim\nWORKDIR /app\nCOPY package.json ./\nCOPY dist ./dist\nCMD ["node", "dist/main.js"]\n',
  );
  writeFileSync(
    path.join(dir, 'artifact-build.yml'),
    [
      'version: 1',
      'targets:',
      `  ${name}:`,
      '    context: .',
      '    install: "true"',
      `    build: ${JSON.stringify(build)}`,
      '    prune: false',
      '    artifacts: [package.json, dist]',
      `    image: local/${name}`,
      ...(smoke ? ['    smoke: { port: 18391, path: /health, timeout: 300 }'] : []),
      '',
    ].join('\n'),
  );
  return dir;
}

function startCli(cwd: string, runnerTemp: string) {
  const child = spawn(process.execPath, [CLI_BUNDLE, '--engine', 'docker', '--baseline', 'off', '--no-cache'], {
    cwd,
    env: cleanEnv({ RUNNER_TEMP: runnerTemp, XDG_CACHE_HOME: path.join(work, 'xdg') }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.resume();
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, exited, stderr: () => stderr };
}

const runDirs = (runnerTemp: string) =>
  existsSync(runnerTemp) ? readdirSync(runnerTemp).filter((n) => n.startsWith('run-')) : [];

describe.runIf(hasDocker)('interrupts and leftovers (built CLI, docker engine)', () => {
  it('a run that succeeds leaves no temp directory of its own', async () => {
    const runnerTemp = path.join(work, 'temp-ok');
    const cli = startCli(app('adb-int-ok', 'true', false), runnerTemp);
    expect(await cli.exited, cli.stderr()).toBe(0);
    expect(runDirs(runnerTemp)).toEqual([]);
  });

  it('SIGTERM during the build: the build command and its children end, the temp directory goes, exit 143', async () => {
    const runnerTemp = path.join(work, 'temp-build');
    const dir = app('adb-int-build', 'sleep 600 & echo $! > child.pid; wait', false);
    const cli = startCli(dir, runnerTemp);
    const pidFile = path.join(dir, 'child.pid');
    await until(() => existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim() !== '', 120_000, 'the build command');
    const child = Number(readFileSync(pidFile, 'utf8'));
    expect(runDirs(runnerTemp)).toHaveLength(1);
    cli.child.kill('SIGTERM');
    expect(await cli.exited, cli.stderr()).toBe(143);
    await until(() => !alive(child), 10_000, `the build's child ${child} to end`);
    expect(runDirs(runnerTemp)).toEqual([]);
    expect(cli.stderr()).toMatch(/SIGTERM: stopping the running commands/);
  });

  it('SIGINT during the smoke test: the container is removed, exit 130', async () => {
    const runnerTemp = path.join(work, 'temp-smoke');
    const cli = startCli(app('adb-int-smoke', 'true', true), runnerTemp);
    const containers = () => docker('ps', '--all', '--quiet', '--filter', 'name=adb-smoke-adb-int-smoke-');
    await until(() => containers() !== '', 180_000, 'the smoke-test container');
    cli.child.kill('SIGINT');
    expect(await cli.exited, cli.stderr()).toBe(130);
    expect(containers()).toBe('');
    expect(runDirs(runnerTemp)).toEqual([]);
  });
});
