import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimStdout } from '../../src/cli/stdout.js';

describe('claimStdout', () => {
  const out: string[] = [];
  const err: string[] = [];
  const realOut = process.stdout.write;
  const realErr = process.stderr.write;

  beforeEach(() => {
    out.length = 0;
    err.length = 0;
    process.stdout.write = ((text: string) => out.push(text) > 0) as typeof process.stdout.write;
    process.stderr.write = ((text: string) => err.push(text) > 0) as typeof process.stderr.write;
  });

  afterEach(() => {
    process.stdout.write = realOut;
    process.stderr.write = realErr;
  });

  it('sends what libraries print to stdout to stderr, and only the result to stdout', () => {
    const claimed = claimStdout();
    // what @actions/core's debug() prints while @actions/tool-cache fetches a package manager
    process.stdout.write('::debug::Downloading https://registry.npmjs.org/pnpm/-/pnpm-9.15.0.tgz\n');
    claimed.write('{"images":{}}\n');
    claimed.release();
    process.stdout.write('after\n');
    expect(out).toEqual(['{"images":{}}\n', 'after\n']);
    expect(err).toEqual(['::debug::Downloading https://registry.npmjs.org/pnpm/-/pnpm-9.15.0.tgz\n']);
  });
});
