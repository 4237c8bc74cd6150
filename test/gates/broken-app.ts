import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, parseDocument } from 'yaml';
import { checkoutFixture } from '../support/fixture.js';

/**
 * Broken copies of fixtures/app for the gate tests. Each is a fresh checkout whose target gets
 * the case's name, its own image (`gates-<name>`) and its own smoke port, so the registry
 * repositories, smoke containers (`adb-smoke-<target>-*`) and local tags of two cases never
 * mix, and cases can run side by side with each other and with other suites.
 */

export const REGISTRY_PREFIX = 'localhost:5000/fixtures';
const CONFIG = 'artifact-build.yml';

/** Away from 8080 (the fixture's own port, which the e2e suites use) and from each other. */
let nextPort = 18_100;
export const freePort = (): number => nextPort++;

/** A checkout to break: file access relative to its root. */
export interface Checkout {
  readonly dir: string;
  readonly sha: string;
  path(rel: string): string;
  read(rel: string): string;
  write(rel: string, data: string | Buffer): void;
  /** a change that must change something: a silent no-op would make a case pass for nothing */
  edit(rel: string, change: (text: string) => string): void;
  remove(rel: string): void;
  /** the 1-based line of `rel` that first matches */
  lineOf(rel: string, pattern: RegExp): number;
  cleanup(): void;
}

export interface BrokenApp extends Checkout {
  /** the target's name, also the case's id */
  readonly name: string;
  /** the full repository the run would push to */
  readonly image: string;
  readonly port: number;
  /**
   * Sets a key of the target in artifact-build.yml (undefined deletes it). Lists and maps are
   * written in flow style, so a key and its value share a line, as the error locations expect.
   */
  set(key: string | string[], value: unknown): void;
}

export function brokenApp(name: string): BrokenApp {
  const checkout = filesOf(checkoutFixture('app'));
  const doc = parseDocument(checkout.read(CONFIG));
  const targets = doc.get('targets', true);
  const pair = isMap(targets) ? targets.items[0] : undefined;
  if (!pair || !isScalar(pair.key)) throw new Error(`${CONFIG} of fixtures/app has no target`);
  pair.key.value = name;
  // the suite empties its own gates-* repositories, so it keeps the shared prefix
  doc.set('registry', REGISTRY_PREFIX);
  checkout.write(CONFIG, doc.toString());
  const app: BrokenApp = {
    ...checkout,
    name,
    image: `${REGISTRY_PREFIX}/gates-${name}`,
    port: freePort(),
    set(key, value) {
      const config = parseDocument(checkout.read(CONFIG));
      const at = ['targets', name, ...(Array.isArray(key) ? key : [key])];
      if (value === undefined) config.deleteIn(at);
      else
        config.setIn(
          at,
          typeof value === 'object' && value !== null ? config.createNode(value, { flow: true }) : value,
        );
      checkout.write(CONFIG, config.toString());
    },
  };
  app.set('image', `gates-${name}`);
  app.set(['smoke', 'port'], app.port);
  return app;
}

/**
 * One checkout with fixtures/app twice, in app1/ and app2/, each its own target: for what the
 * gates do to the targets that passed when another one failed.
 */
export function twoApps(): Checkout & { images: { app1: string; app2: string } } {
  const checkout = filesOf(checkoutFixture('app'));
  const first = checkout.path('app1');
  mkdirSync(first);
  for (const entry of readdirSync(checkout.dir)) {
    if (entry !== '.git' && entry !== 'app1') renameSync(checkout.path(entry), path.join(first, entry));
  }
  cpSync(first, checkout.path('app2'), { recursive: true });
  const target = (name: 'app1' | 'app2'): string[] => [
    `  ${name}:`,
    `    context: ${name}`,
    '    install: npm ci',
    '    build: npm run build',
    '    prune: npm prune --omit=dev',
    '    artifacts: [package.json, node_modules, dist]',
    `    image: gates-multi-${name}`,
    '    build-args: { BASE_IMAGE: local/node:20-slim }',
    `    smoke: { port: ${freePort()}, path: /health, timeout: 30 }`,
  ];
  const config = ['version: 1', `registry: ${REGISTRY_PREFIX}`, 'targets:', ...target('app1'), ...target('app2'), ''];
  checkout.write(CONFIG, config.join('\n'));
  return {
    ...checkout,
    images: { app1: `${REGISTRY_PREFIX}/gates-multi-app1`, app2: `${REGISTRY_PREFIX}/gates-multi-app2` },
  };
}

function filesOf({ dir, sha, cleanup }: { dir: string; sha: string; cleanup: () => void }): Checkout {
  const abs = (rel: string): string => path.join(dir, rel);
  const read = (rel: string): string => readFileSync(abs(rel), 'utf8');
  return {
    dir,
    sha,
    path: abs,
    read,
    write(rel, data) {
      mkdirSync(path.dirname(abs(rel)), { recursive: true });
      writeFileSync(abs(rel), data);
    },
    edit(rel, change) {
      const before = read(rel);
      const after = change(before);
      if (after === before)
        throw new Error(`editing ${rel} changed nothing: the fixture no longer looks as this test expects`);
      writeFileSync(abs(rel), after);
    },
    remove: (rel) => rmSync(abs(rel), { recursive: true, force: true }),
    lineOf(rel, pattern) {
      const index = read(rel)
        .split('\n')
        .findIndex((line) => pattern.test(line));
      if (index < 0) throw new Error(`${rel} has no line matching ${pattern}`);
      return index + 1;
    },
    cleanup,
  };
}
