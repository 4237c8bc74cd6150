import { chmodSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LocalDirectoryStore } from '../src/cache/local-store.js';
import { createRunner } from '../src/exec.js';
import { MemoryLogger } from '../src/log.js';
import { which } from '../src/which.js';

describe('which: the file a shell would run, found without starting anything', () => {
  const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'adb-which-')));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const dir = (name: string) => {
    mkdirSync(path.join(root, name), { recursive: true });
    return path.join(root, name);
  };
  const file = (at: string, mode: number) => {
    writeFileSync(at, '#!/bin/sh\n');
    chmodSync(at, mode);
    return at;
  };
  const first = file(path.join(dir('first'), 'tool'), 0o755);
  const second = file(path.join(dir('second'), 'tool'), 0o755);
  file(path.join(dir('not-executable'), 'tool'), 0o644);
  symlinkSync(second, path.join(dir('linked'), 'tool'));

  it.each([
    { name: 'the first directory that has it wins', dirs: ['first', 'second'], expected: first },
    { name: 'a directory without it is passed over', dirs: ['empty', 'second'], expected: second },
    { name: 'a file that cannot be run is passed over', dirs: ['not-executable', 'second'], expected: second },
    { name: 'a symlink is resolved to its file', dirs: ['linked', 'first'], expected: second },
    { name: 'nowhere on PATH', dirs: ['empty', 'not-executable'], expected: undefined },
  ])('$name', ({ dirs, expected }) => {
    dir('empty');
    expect(which('tool', dirs.map((d) => path.join(root, d)).join(path.delimiter))).toBe(expected);
  });

  it('no PATH at all: nothing', () => {
    expect(which('tool', '')).toBeUndefined();
  });

  it.each([
    { name: 'zstd on PATH: zstd', tools: ['zstd'], expected: 'zstd' },
    { name: 'no zstd: gzip', tools: [], expected: 'gzip' },
  ])('the local cache store picks its compression by PATH: $name', ({ tools, expected }) => {
    const bin = dir(`bin-${tools.length}`);
    for (const tool of tools) file(path.join(bin, tool), 0o755);
    const store = LocalDirectoryStore.create(path.join(root, 'entries'), createRunner(new MemoryLogger()), bin);
    expect(store.compression).toBe(expected);
  });
});
