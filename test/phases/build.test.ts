import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CommandError } from '../../src/errors.js';
import { createRunner } from '../../src/exec.js';
import { MemoryLogger } from '../../src/log.js';
import { build } from '../../src/phases/build.js';
import type { TargetState } from '../../src/pipeline/context.js';

const context = mkdtempSync(path.join(os.tmpdir(), 'adb-build-phase-'));
afterAll(() => rmSync(context, { recursive: true, force: true }));

/** Just what the build phase reads, with the real runner: the commands really run. */
function stateWith(commands: string[]): TargetState {
  const logger = new MemoryLogger();
  return {
    plan: {},
    target: { context, build: commands },
    logger,
    run: createRunner(logger),
    env: {},
    cacheHit: false,
    userSeconds: 0,
  } as unknown as TargetState;
}

describe("build phase: the user's seconds", () => {
  it.each([
    { name: 'commands that pass', commands: ['sleep 0.2', 'sleep 0.2'], fails: false, atLeast: 0.4 },
    { name: 'a command that fails after running a while', commands: ['sleep 0.3; exit 3'], fails: true, atLeast: 0.3 },
    {
      name: 'the failing second command after a passing first',
      commands: ['sleep 0.2', 'sleep 0.2; false'],
      fails: true,
      atLeast: 0.4,
    },
  ])("$name are counted as the user's, not the action's", async ({ commands, fails, atLeast }) => {
    const state = stateWith(commands);
    const outcome = build(state);
    if (fails) await expect(outcome).rejects.toBeInstanceOf(CommandError);
    else await expect(outcome).resolves.toMatchObject({ status: 'ok' });
    expect(state.userSeconds).toBeGreaterThanOrEqual(atLeast);
  });

  it('skips a target without build commands', async () => {
    await expect(build(stateWith([]))).resolves.toEqual({ status: 'skipped', detail: 'no build commands' });
  });
});
