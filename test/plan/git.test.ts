import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { createRunner } from '../../src/exec.js';
import { MemoryLogger } from '../../src/log.js';
import { planSince } from '../../src/plan/since.js';
import { checkoutFixture } from '../support/fixture.js';

/**
 * The planner on a real repository: the plan-workspace fixture (an npm workspace with one root
 * lockfile) and a history of commits, each touching one kind of input. Every commit is planned
 * against the one before it, as a push would be.
 */
describe('planSince on a git history', () => {
  let checkout: ReturnType<typeof checkoutFixture>;
  const commits: { name: string; sha: string }[] = [];
  const git = (...args: string[]): string =>
    execFileSync('git', ['-c', 'user.name=ci', '-c', 'user.email=ci@example.com', ...args], {
      cwd: checkout.dir,
      encoding: 'utf8',
    }).trim();
  const file = (relative: string): string => path.join(checkout.dir, relative);
  const commit = (name: string, change: () => void): void => {
    change();
    git('add', '-A');
    git('commit', '-q', '-m', name);
    commits.push({ name, sha: git('rev-parse', 'HEAD') });
  };
  const bump = (entry: string, version: string): void => {
    const lock = JSON.parse(readFileSync(file('package-lock.json'), 'utf8')) as {
      packages: Record<string, Record<string, unknown>>;
    };
    const pkg = lock.packages[entry]!;
    pkg.resolved = String(pkg.resolved).replace(String(pkg.version), version);
    pkg.version = version;
    pkg.integrity = `sha512-${version}`;
    writeFileSync(file('package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
  };

  beforeAll(() => {
    checkout = checkoutFixture('plan-workspace');
    commits.push({ name: 'fixture', sha: checkout.sha });
    commit('api source', () => appendFileSync(file('apps/api/src/main.js'), '// more\n'));
    commit('local package two levels under api', () => appendFileSync(file('packages/util/index.js'), '// more\n'));
    commit('local package of web', () => appendFileSync(file('packages/ui/index.js'), '// more\n'));
    commit('lockfile: a dependency of a local package of api', () => bump('node_modules/escape-html', '1.0.4'));
    commit('lockfile: a dependency of web', () => bump('node_modules/picocolors', '1.1.2'));
    commit('documentation only', () => writeFileSync(file('CHANGES.md'), '# changes\n'));
    commit("one target's config entry", () =>
      appendFileSync(file('artifact-build.yml'), '    build-args: { A: "1" }\n'),
    );
    commit("the config's top level", () =>
      writeFileSync(
        file('artifact-build.yml'),
        readFileSync(file('artifact-build.yml'), 'utf8').replace(/^registry: (.*)$/m, 'registry: $1-2'),
      ),
    );
    commit('the root manifest', () =>
      writeFileSync(
        file('package.json'),
        readFileSync(file('package.json'), 'utf8').replace('"private": true', '"private": true,\n  "description": "x"'),
      ),
    );
    commit('a file moved from web to api', () => renameSync(file('apps/web/src/main.js'), file('apps/api/src/web.js')));
    commit('web Dockerfile', () => appendFileSync(file('apps/web/Dockerfile'), 'ENV A=1\n'));
  });
  afterAll(() => checkout?.cleanup());

  const plan = async (since: string | undefined) => {
    const config = loadConfig(path.join(checkout.dir, 'artifact-build.yml'));
    return planSince(createRunner(new MemoryLogger()), config, since);
  };

  it.each([
    { name: 'api source', planned: ['api'] },
    { name: 'local package two levels under api', planned: ['api'] },
    { name: 'local package of web', planned: ['web'] },
    { name: 'lockfile: a dependency of a local package of api', planned: ['api'] },
    { name: 'lockfile: a dependency of web', planned: ['web'] },
    { name: 'documentation only', planned: [] },
    { name: "one target's config entry", planned: ['web'] },
    { name: "the config's top level", planned: ['api', 'web'] },
    { name: 'the root manifest', planned: ['api', 'web'] },
    { name: 'a file moved from web to api', planned: ['api', 'web'] },
    { name: 'web Dockerfile', planned: ['web'] },
  ])('$name', async ({ name, planned }) => {
    const at = commits.findIndex((c) => c.name === name);
    git('checkout', '-q', commits[at]!.sha);
    const result = await plan(commits[at - 1]!.sha);
    expect(
      result.targets.map((t) => t.name),
      JSON.stringify(result.targets),
    ).toEqual(planned);
  });

  it('several commits at once: what any of them touched', async () => {
    git('checkout', '-q', commits[3]!.sha);
    const result = await plan(commits[0]!.sha);
    expect(result.targets.map((t) => t.name)).toEqual(['api', 'web']);
    expect(result.changedFiles).toBe(3);
  });

  it('a branch planned against main leaves out what main did meanwhile (the merge base)', async () => {
    git('checkout', '-q', '-B', 'feature', commits[1]!.sha);
    appendFileSync(file('apps/web/src/main.js'), '// feature\n');
    git('commit', '-q', '-am', 'web on a branch');
    git('branch', '-f', 'main', commits[3]!.sha);
    const result = await plan('main');
    expect(result.targets.map((t) => t.name)).toEqual(['web']);
    expect(result.base).toBe(commits[1]!.sha);
  });

  it('no base: every target, with the reason', async () => {
    const result = await plan(undefined);
    expect(result.targets.map((t) => t.reasons)).toEqual([
      ['no base commit to compare with'],
      ['no base commit to compare with'],
    ]);
  });
});
