import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { TargetConfig } from '../../src/config/types.js';
import type { Finding, ValidationFacts } from '../../src/validate/types.js';
import { FIXTURES } from '../support/fixture.js';

/**
 * A small built copy of fixtures/app in a temp dir: its sources, Dockerfiles and lockfile as
 * committed, plus the artifacts a real run leaves (dist/server.js, a pruned node_modules with
 * its production dependency `ms`) written by hand so unit tests need neither npm nor tsc.
 */
export interface AppTree {
  dir: string;
  target: TargetConfig;
  write(rel: string, content: string | Buffer): string;
  mkdir(rel: string): string;
  link(rel: string, to: string): void;
  remove(rel: string): void;
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function appTree(overrides: Partial<TargetConfig> = {}): AppTree {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'adb-validate-'));
  dirs.push(dir);
  cpSync(path.join(FIXTURES, 'app'), dir, {
    recursive: true,
    filter: (src) => !['node_modules', 'dist'].includes(path.basename(src)),
  });
  const tree: AppTree = {
    dir,
    target: targetFor(dir, overrides),
    write(rel, content) {
      const file = path.join(dir, rel);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, content);
      return file;
    },
    mkdir(rel) {
      const full = path.join(dir, rel);
      mkdirSync(full, { recursive: true });
      return full;
    },
    link(rel, to) {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      symlinkSync(to, path.join(dir, rel));
    },
    remove(rel) {
      rmSync(path.join(dir, rel), { recursive: true, force: true });
    },
  };
  tree.write('dist/server.js', "import ms from 'ms';\nconsole.log(ms('1s'));\n");
  installPackage(tree, 'ms', '2.1.3');
  return tree;
}

/** Writes node_modules/<name> with a package.json (and its own dependencies, when given). */
export function installPackage(
  tree: AppTree,
  name: string,
  version = '1.0.0',
  manifest: Record<string, unknown> = {},
  at = 'node_modules',
): void {
  tree.write(`${at}/${name}/package.json`, JSON.stringify({ name, version, main: 'index.js', ...manifest }, null, 2));
  tree.write(`${at}/${name}/index.js`, 'module.exports = {};\n');
}

/** The fixture's target as the config loader makes it from artifact-build.yml. */
export function targetFor(dir: string, overrides: Partial<TargetConfig> = {}): TargetConfig {
  const config = path.join(dir, 'artifact-build.yml');
  return {
    name: 'app',
    context: dir,
    install: 'npm ci',
    build: ['npm run build'],
    prune: 'npm prune --omit=dev',
    artifacts: ['package.json', 'node_modules', 'dist'],
    dockerfile: path.join(dir, 'Dockerfile'),
    image: 'localhost:5000/fixtures/fixture-app',
    tags: ['latest'],
    buildArgs: { BASE_IMAGE: 'local/node:20-slim' },
    platforms: [],
    budget: {},
    allowRun: false,
    allowDevDependencies: false,
    allowCopyFrom: [],
    locations: {
      '': { file: config, line: 6, column: 3 },
      artifacts: { file: config, line: 11, column: 16 },
      prune: { file: config, line: 10, column: 12 },
      budget: { file: config, line: 19, column: 13 },
    },
    ...overrides,
  };
}

export const FACTS: ValidationFacts = {
  runner: { platform: 'linux', arch: 'x64', libc: 'glibc', nodeMajor: 20 },
  baseImage: { image: 'local/node:20-slim', libc: 'glibc', nodeVersion: 'v20.20.2', glibcVersion: '2.36' },
};

export function facts(
  base: Partial<NonNullable<ValidationFacts['baseImage']>> = {},
  runner: Partial<ValidationFacts['runner']> = {},
): ValidationFacts {
  return { runner: { ...FACTS.runner, ...runner }, baseImage: { ...FACTS.baseImage!, ...base } };
}

export function errors(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error');
}

/** Every message and location, for asserting that a secret appears nowhere. */
export function allText(findings: readonly Finding[]): string {
  return JSON.stringify(findings);
}
