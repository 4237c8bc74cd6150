import { chmodSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { nodeOnPath } from '../src/machine.js';

describe('nodeOnPath: the Node that runs the install, not the one that runs the action', () => {
  it.each([
    { name: 'a release', answer: 'v20.19.5\n', expected: 'v20.19.5' },
    { name: 'a nightly build', answer: 'v24.0.0-nightly2025\n', expected: 'v24.0.0-nightly2025' },
    { name: 'a shim that prints something else', answer: 'command not found\n', expected: process.version },
    { name: 'nothing at all', answer: '', expected: process.version },
  ])('$name', async ({ answer, expected }) => {
    expect(await nodeOnPath(() => Promise.resolve(answer), '/opt/hostedtoolcache/node/bin/node')).toBe(expected);
  });

  it('no node on PATH: the process own version', async () => {
    expect(
      await nodeOnPath(
        () => Promise.reject(Object.assign(new Error('spawn node ENOENT'), { code: 'ENOENT' })),
        undefined,
      ),
    ).toBe(process.version);
  });

  it("PATH's node is the binary running this process: its version, without starting it", async () => {
    const probe = vi.fn(() => Promise.resolve('v0.0.1'));
    expect(await nodeOnPath(probe, realpathSync(process.execPath))).toBe(process.version);
    expect(probe).not.toHaveBeenCalled();
  });

  describe('the first node on PATH, run for real', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'adb-path-node-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('answers with its own version', async () => {
      writeFileSync(path.join(dir, 'node'), '#!/bin/sh\necho v18.20.4\n');
      chmodSync(path.join(dir, 'node'), 0o755);
      const saved = process.env.PATH;
      process.env.PATH = `${dir}${path.delimiter}${saved ?? ''}`;
      try {
        expect(await nodeOnPath()).toBe('v18.20.4');
      } finally {
        process.env.PATH = saved;
      }
    });
  });
});
