import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CommandError } from '../src/errors.js';
import { createRunner } from '../src/exec.js';
import { interrupted, onInterrupt, signalExitCode } from '../src/interrupt.js';
import { MemoryLogger } from '../src/log.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'adb-interrupt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.runIf(process.platform !== 'win32')('interrupted', () => {
  it('ends a running command and what it started (its whole process group), then runs the undos', async () => {
    const pidFile = path.join(dir, 'grandchild.pid');
    const run = createRunner(new MemoryLogger());
    // a build command whose own child (a background job) would outlive a kill of the shell alone
    const running = run(['sh', '-c', `sleep 300 & echo $! > ${pidFile}; wait`], { quiet: true }).then(
      () => undefined,
      (e: unknown) => e,
    );
    await until(() => existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim() !== '');
    const grandchild = Number(readFileSync(pidFile, 'utf8'));
    expect(alive(grandchild)).toBe(true);
    const undone: string[] = [];
    onInterrupt(() => {
      undone.push('first registered');
    });
    const dispose = onInterrupt(() => {
      undone.push('disposed');
    });
    dispose();
    onInterrupt(async () => {
      undone.push('last registered');
    });

    await interrupted('SIGTERM');
    const error = await running;
    expect(error).toBeInstanceOf(CommandError);
    expect((error as CommandError).message).toMatch(/was killed/);
    await until(() => !alive(grandchild));
    expect(undone).toEqual(['last registered', 'first registered']);
  });

  it.each([
    { signal: 'SIGINT' as const, code: 130 },
    { signal: 'SIGTERM' as const, code: 143 },
  ])('$signal exits $code, as a shell reports it', ({ signal, code }) => {
    expect(signalExitCode(signal)).toBe(code);
  });
});
