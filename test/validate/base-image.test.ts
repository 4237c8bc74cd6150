import { describe, expect, it } from 'vitest';
import { finalBaseImage, libcFromLoaders, parseNodeProbe } from '../../src/validate/base-image.js';
import { appTree } from './support.js';

describe('reading the probes', () => {
  it.each([
    { name: 'glibc', stdout: '{"v":"v20.18.0","glibc":"2.36"}\n', expected: { v: 'v20.18.0', glibc: '2.36' } },
    {
      name: 'musl has no glibc version',
      stdout: '{"v":"v22.1.0","glibc":null}\n',
      expected: { v: 'v22.1.0', glibc: null },
    },
    {
      name: 'after a banner the entrypoint printed',
      stdout: 'Welcome!\n{"v":"v20.1.0","glibc":"2.31"}\n',
      expected: { v: 'v20.1.0', glibc: '2.31' },
    },
    {
      name: 'Bun says which Bun it is',
      stdout: '{"v":"v24.3.0","bun":"1.3.9","glibc":"2.36"}\n',
      expected: { v: 'v24.3.0', glibc: '2.36', bun: '1.3.9' },
    },
    { name: 'not node', stdout: 'sh: node: not found\n', expected: undefined },
    { name: 'JSON without a version', stdout: '{"glibc":"2.36"}', expected: undefined },
  ])('parseNodeProbe: $name', ({ stdout, expected }) => {
    expect(parseNodeProbe(stdout)).toEqual(expected);
  });

  it.each([
    { name: 'Alpine', listing: '/lib/ld-musl-x86_64.so.1\n', expected: 'musl' },
    {
      name: 'Debian',
      listing: '/lib64/ld-linux-x86-64.so.2\n/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2\n',
      expected: 'glibc',
    },
    { name: 'arm64 Debian', listing: '/lib/ld-linux-aarch64.so.1\n', expected: 'glibc' },
    { name: 'nothing found', listing: '', expected: 'unknown' },
  ])('libcFromLoaders: $name', ({ listing, expected }) => {
    expect(libcFromLoaders(listing)).toBe(expected);
  });
});

describe('finalBaseImage', () => {
  it.each([
    {
      name: "the fixture's ARG default replaced by the build arg",
      dockerfile: undefined,
      expected: 'local/node:20-slim',
    },
    { name: 'the last stage', dockerfile: 'FROM a AS one\nFROM b\nCOPY dist .', expected: 'b' },
    {
      name: 'a stage based on an earlier stage',
      dockerfile: 'FROM node:22-slim AS base\nENV X=1\nFROM base\nCOPY dist .',
      expected: 'node:22-slim',
    },
    { name: 'FROM scratch', dockerfile: 'FROM scratch\nCOPY dist .', expected: undefined },
  ])('$name', async ({ dockerfile, expected }) => {
    const app = appTree();
    if (dockerfile) app.write('Dockerfile', dockerfile);
    expect(await finalBaseImage(app.target)).toBe(expected);
  });
});
