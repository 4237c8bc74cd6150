import { describe, expect, it } from 'vitest';
import { missingPackages, traceMissHint } from '../../src/trace/miss.js';
import { packageOf } from '../../src/trace/packages.js';
import { tracedFilter } from '../../src/trace/filter.js';

const TRACE = { entries: ['dist/main.js'], include: [] };

describe('missingPackages', () => {
  const cases: { name: string; logs: string; expected: string[] }[] = [
    {
      name: 'CommonJS require',
      logs: "Error: Cannot find module 'pg'\nRequire stack:\n- /app/dist/db.js",
      expected: ['pg'],
    },
    {
      name: 'a deep path of a scoped package',
      logs: "Error: Cannot find module '@aws-sdk/client-s3/dist-cjs/index.js'",
      expected: ['@aws-sdk/client-s3'],
    },
    {
      name: 'ESM import',
      logs: "Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'ioredis' imported from /app/dist/main.js",
      expected: ['ioredis'],
    },
    {
      name: 'a file read at run time',
      logs: "Error: ENOENT: no such file or directory, open '/app/node_modules/mjml/templates/base.hbs'",
      expected: ['mjml'],
    },
    {
      name: "NestJS's optional platform",
      logs: 'ERROR [PackageLoader] No driver (HTTP) has been selected. ... please, ensure to install the "@nestjs/platform-express" package',
      expected: ['@nestjs/platform-express'],
    },
    {
      name: "NestJS 12's package loader",
      logs: 'ERROR [PackageLoader] The "@nestjs/microservices" package is missing. Please, make sure to install it',
      expected: ['@nestjs/microservices'],
    },
    { name: "the app's own file", logs: "Error: Cannot find module './config.js'", expected: [] },
    { name: 'nothing about modules', logs: 'listening on 0.0.0.0:4000\nKilled', expected: [] },
  ];
  it.each(cases)('$name', ({ logs, expected }) => {
    expect(missingPackages(logs)).toEqual(expected);
  });
});

describe('traceMissHint', () => {
  it('says nothing for an untraced target', () => {
    expect(traceMissHint("Cannot find module 'pg'", undefined)).toBe('');
  });
  it('names the missing package and the trace-include glob that adds it', () => {
    const hint = traceMissHint("Error: Cannot find module 'pg'", TRACE);
    expect(hint).toContain('could not find pg');
    expect(hint).toContain('add "node_modules/pg/**" to `trace-include`');
  });
  it('names trace-include even when the logs do not say which module', () => {
    expect(traceMissHint('TypeError: x is not a function', TRACE)).toContain('`trace-include`');
  });
});

describe('packageOf', () => {
  const cases: { rel: string; expected: ReturnType<typeof packageOf> }[] = [
    { rel: 'node_modules/express/index.js', expected: { name: 'express', path: 'node_modules/express' } },
    {
      rel: 'node_modules/@nestjs/core/index.js',
      expected: { name: '@nestjs/core', path: 'node_modules/@nestjs/core' },
    },
    { rel: 'node_modules/a/node_modules/b/x.js', expected: { name: 'b', path: 'node_modules/a/node_modules/b' } },
    {
      rel: 'node_modules/.pnpm/b@1.0.0/node_modules/b/x.js',
      expected: { name: 'b', path: 'node_modules/.pnpm/b@1.0.0/node_modules/b' },
    },
    { rel: 'node_modules/.package-lock.json', expected: undefined },
    { rel: 'dist/main.js', expected: undefined },
  ];
  it.each(cases)('$rel', ({ rel, expected }) => {
    expect(packageOf(rel)).toEqual(expected);
  });
});

describe('tracedFilter', () => {
  const filter = tracedFilter(['node_modules/a/index.js', 'node_modules/@s/b/lib/x.js']);
  const cases: { rel: string; dir: boolean; kept: boolean }[] = [
    { rel: 'dist/main.js', dir: false, kept: true },
    { rel: 'dist', dir: true, kept: true },
    { rel: 'node_modules', dir: true, kept: true },
    { rel: 'node_modules/a', dir: true, kept: true },
    { rel: 'node_modules/a/index.js', dir: false, kept: true },
    { rel: 'node_modules/a/README.md', dir: false, kept: false },
    { rel: 'node_modules/@s', dir: true, kept: true },
    { rel: 'node_modules/@s/b/lib', dir: true, kept: true },
    { rel: 'node_modules/@s/c', dir: true, kept: false },
    { rel: 'node_modules/.bin', dir: true, kept: false },
  ];
  it.each(cases)('$rel', ({ rel, dir, kept }) => {
    expect(dir ? filter.keepsDir(rel) : filter.keepsFile(rel)).toBe(kept);
  });
});
