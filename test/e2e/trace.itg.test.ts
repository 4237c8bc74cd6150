import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImagesOutput } from '../../src/report/outputs.js';
import { hasDocker } from '../support/docker.js';
import { checkoutFixture, cleanEnv, CLI_BUNDLE, docker, runNode } from '../support/fixture.js';

/**
 * `trace` end to end on the app fixture: the image's node_modules is what dist/server.js
 * requires, and a module the server loads by a computed name (which no tracer sees) fails the
 * smoke test with a message naming `trace-include`, until trace-include adds it.
 */
describe.runIf(hasDocker)('trace: a traced node_modules, guarded by the smoke test', () => {
  let cacheDir: string;
  let checkout: ReturnType<typeof checkoutFixture>;
  beforeAll(() => {
    cacheDir = mkdtempSync(path.join(os.tmpdir(), 'adb-trace-cache-'));
    checkout = checkoutFixture('app');
  });
  afterAll(() => checkout.cleanup());

  const cli = (args: string[]) => runNode(CLI_BUNDLE, args, { cwd: checkout.dir, env: cleanEnv({}) });
  const configFile = () => path.join(checkout.dir, 'artifact-build.yml');
  const edit = (file: string, from: string | RegExp, to: string) => {
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(from);
    writeFileSync(file, text.replace(from, to));
  };

  it('fails the smoke test naming trace-include when a module is loaded by a computed name, and passes once it is included', async () => {
    // the server now loads its dependency by a name read from package.json, as plugin lists do
    const server = path.join(checkout.dir, 'src/server.ts');
    edit(server, "import ms from 'ms';\n", '');
    edit(
      server,
      'const startedAt = Date.now();',
      "const ms = require(Object.keys((pkg as unknown as { dependencies: Record<string, string> }).dependencies)[0]!) as typeof import('ms');\nconst startedAt = Date.now();",
    );
    edit(configFile(), /(smoke: \{ port: \d+, path: \/health, timeout: 30 \})/, '$1\n    trace: [dist/server.js]');
    const args = ['--json', '--baseline', 'off', '--cache-dir', cacheDir];

    const missed = await cli(args);
    expect(missed.code, missed.stderr).toBe(1);
    expect(missed.stderr).toMatch(/failed in smoke/);
    expect(missed.stderr).toContain('could not find ms');
    expect(missed.stderr).toContain('add "node_modules/ms/**" to `trace-include`');

    edit(
      configFile(),
      '    trace: [dist/server.js]',
      '    trace: [dist/server.js]\n    trace-include: ["node_modules/ms/**"]',
    );
    const fixed = await cli([...args, '--summary', path.join(checkout.dir, 'summary.md')]);
    expect(fixed.code, fixed.stderr).toBe(0);
    expect(fixed.stderr).toMatch(/traced dist\/server\.js: node_modules \d+ files/);
    const summary = readFileSync(path.join(checkout.dir, 'summary.md'), 'utf8');
    expect(summary).toContain('### Image size');
    expect(summary).toMatch(/node\\_modules traced from `dist\/server\.js`/);

    // the image holds the traced files only: ms, and not npm's hidden lockfile or .bin links
    const image = (JSON.parse(fixed.stdout) as { images: ImagesOutput }).images.app!;
    const listing = docker(
      'run',
      '--rm',
      '--network',
      'host',
      image.tags[0]!,
      'node',
      '-e',
      "console.log(require('fs').readdirSync('node_modules').join(' '))",
    );
    expect(listing.trim()).toBe('ms');
  });
});
