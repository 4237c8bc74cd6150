import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tailOf } from '../src/exec.js';

// `npm ci --dry-run` over a NestJS starter whose lockfile lacks an optional dependency (npm 11.19)
const npmCiOutOfSync = readFileSync(new URL('./exec/npm-ci-eusage.txt', import.meta.url), 'utf8');

describe('tailOf', () => {
  it('keeps the last lines of ordinary output', () => {
    const text = Array.from({ length: 50 }, (_, i) => `line ${i + 1}`).join('\n') + '\n\n';
    expect(tailOf(text, 3)).toBe('line 48\nline 49\nline 50');
  });

  it("leaves npm's help for the command out, so the error that names the lockfile stays in the tail", () => {
    const tail = tailOf(npmCiOutOfSync);
    expect(tail).toContain('package.json and package-lock.json or npm-shrinkwrap.json are in sync');
    expect(tail).toContain('Missing: napi-windows-process-start-time@ from lock file');
    expect(tail).not.toContain('Clean install a project');
    expect(tail).not.toContain('--install-links');
    expect(tail).toMatch(/npm error \(npm's help for the command, \d+ lines, left out\)/);
    expect(tail.split('\n').at(-1)).toMatch(/^npm error A complete log of this run can be found in: /);
  });

  it('keeps a tail without a complete help block as it is', () => {
    const cut = npmCiOutOfSync.split('\n').slice(0, 20).join('\n');
    expect(tailOf(cut, 100)).toBe(cut.replace(/\s+$/, ''));
  });
});
