import { describe, expect, it } from 'vitest';
import { matrixOf, planAffected, type Changes, type ConfigChange, type TargetInputs } from '../../src/plan/affected.js';
import { diffConfig } from '../../src/plan/config-diff.js';
import { parseLockfile } from '../../src/plan/lockfile.js';
import { defaultBase } from '../../src/plan/base.js';

/** A workspace of three apps: api uses the local db (which uses util), web uses ui; admin is standalone. */
const TARGETS: TargetInputs[] = [
  {
    name: 'api',
    context: 'apps/api',
    files: ['apps/api/Dockerfile', 'apps/api/Dockerfile.dockerignore'],
    localPackages: [
      { name: '@acme/db', dir: 'packages/db' },
      { name: '@acme/util', dir: 'packages/util' },
    ],
    lockfile: { file: 'package-lock.json', members: ['', 'apps/api', 'packages/db', 'packages/util'] },
    installFiles: ['package.json', '.npmrc'],
  },
  {
    name: 'web',
    context: 'apps/web',
    files: ['docker/web.Dockerfile', 'docker/web.Dockerfile.dockerignore'],
    localPackages: [{ name: '@acme/ui', dir: 'packages/ui' }],
    lockfile: { file: 'package-lock.json', members: ['', 'apps/web', 'packages/ui'] },
    installFiles: ['package.json', '.npmrc'],
  },
  {
    name: 'admin',
    context: 'tools/admin',
    files: ['tools/admin/Dockerfile'],
    localPackages: [],
    lockfile: { file: 'tools/admin/package-lock.json', members: [''] },
    installFiles: [],
  },
];

const LOCK = {
  lockfileVersion: 3,
  packages: {
    '': { name: 'root', devDependencies: { typescript: '^5' } },
    'apps/api': { name: 'api', dependencies: { '@acme/db': '*', express: '^4' } },
    'apps/web': { name: 'web', dependencies: { '@acme/ui': '*', react: '^19' } },
    'packages/db': { name: '@acme/db', dependencies: { '@acme/util': '*', pg: '^8' } },
    'packages/util': { name: '@acme/util' },
    'packages/ui': { name: '@acme/ui', dependencies: { clsx: '^2' } },
    'node_modules/@acme/db': { resolved: 'packages/db', link: true },
    'node_modules/@acme/util': { resolved: 'packages/util', link: true },
    'node_modules/@acme/ui': { resolved: 'packages/ui', link: true },
    'node_modules/express': { version: '4.21.1' },
    'node_modules/pg': { version: '8.13.1' },
    'node_modules/react': { version: '19.0.0' },
    'node_modules/clsx': { version: '2.1.1' },
    'node_modules/typescript': { version: '5.6.3', dev: true },
  } as Record<string, Record<string, unknown>>,
};

function lockWith(change: (packages: Record<string, Record<string, unknown>>) => void): string {
  const doc = structuredClone(LOCK);
  change(doc.packages);
  return JSON.stringify(doc);
}

const NO_CONFIG_CHANGE: ConfigChange = { file: 'artifact-build.yml', added: false, topLevel: false, targets: [] };

function changes(files: string[], extra: Partial<Changes> = {}): Changes {
  return { files, config: NO_CONFIG_CHANGE, lockfiles: new Map(), ...extra };
}

function lockChange(after: string): Changes['lockfiles'] {
  return new Map([
    [
      'package-lock.json',
      {
        before: parseLockfile('package-lock.json', JSON.stringify(LOCK))!,
        after: parseLockfile('package-lock.json', after)!,
      },
    ],
  ]);
}

describe('planAffected', () => {
  it.each([
    { name: 'nothing changed', files: [], planned: [] },
    { name: 'a source file of one app', files: ['apps/api/src/main.ts'], planned: ['api'] },
    { name: 'a file beside an app with a similar name is not in it', files: ['apps/api-docs/index.md'], planned: [] },
    { name: 'a Dockerfile kept outside the context', files: ['docker/web.Dockerfile'], planned: ['web'] },
    { name: 'its per-Dockerfile ignore file', files: ['docker/web.Dockerfile.dockerignore'], planned: ['web'] },
    { name: 'a direct local package', files: ['packages/ui/src/button.tsx'], planned: ['web'] },
    { name: 'a local package reached through another', files: ['packages/util/index.js'], planned: ['api'] },
    { name: 'a local package nobody uses', files: ['packages/unused/index.js'], planned: [] },
    { name: 'the workspace root manifest: every member', files: ['package.json'], planned: ['api', 'web'] },
    { name: 'the root .npmrc: every member', files: ['.npmrc'], planned: ['api', 'web'] },
    {
      name: "a standalone app's own lockfile is in its context",
      files: ['tools/admin/package-lock.json'],
      planned: ['admin'],
    },
    { name: 'documentation at the root', files: ['README.md', 'docs/setup.md'], planned: [] },
    { name: 'two apps at once, in config order', files: ['tools/admin/x', 'apps/api/y'], planned: ['api', 'admin'] },
  ])('files: $name', ({ files, planned }) => {
    expect(planAffected(TARGETS, changes(files)).targets.map((t) => t.name)).toEqual(planned);
  });

  it.each([
    {
      name: 'an entry only api uses',
      change: (p: Record<string, Record<string, unknown>>) => (p['node_modules/express'] = { version: '4.21.2' }),
      planned: ['api'],
    },
    {
      name: 'an entry of a local package of web',
      change: (p: Record<string, Record<string, unknown>>) => (p['node_modules/clsx'] = { version: '2.1.2' }),
      planned: ['web'],
    },
    {
      name: 'an entry of a local package two levels down',
      change: (p: Record<string, Record<string, unknown>>) => (p['packages/util']!.dependencies = { ms: '^2' }),
      planned: ['api'],
    },
    {
      name: 'a root build tool: every member',
      change: (p: Record<string, Record<string, unknown>>) =>
        (p['node_modules/typescript'] = { version: '5.7.2', dev: true }),
      planned: ['api', 'web'],
    },
    {
      name: 'an entry nobody reaches',
      change: (p: Record<string, Record<string, unknown>>) => (p['node_modules/orphan'] = { version: '1.0.0' }),
      planned: [],
    },
    {
      name: 'a removed dependency still counts for who used it',
      change: (p: Record<string, Record<string, unknown>>) => delete p['node_modules/react'],
      planned: ['web'],
    },
  ])('root lockfile: $name', ({ change, planned }) => {
    const plan = planAffected(TARGETS, changes(['package-lock.json'], { lockfiles: lockChange(lockWith(change)) }));
    expect(plan.targets.map((t) => t.name)).toEqual(planned);
  });

  it('a lockfile that cannot be read entry by entry affects every target installing from it', () => {
    const plan = planAffected(
      TARGETS,
      changes(['package-lock.json'], { lockfiles: new Map([['package-lock.json', {}]]) }),
    );
    expect(plan.targets.map((t) => t.name)).toEqual(['api', 'web']);
    expect(plan.targets[0]!.reasons[0]).toMatch(/read as a whole/);
  });

  it.each([
    { name: "one target's entry", config: { ...NO_CONFIG_CHANGE, targets: ['web'] }, planned: ['web'] },
    { name: 'the top level', config: { ...NO_CONFIG_CHANGE, topLevel: true }, planned: ['api', 'web', 'admin'] },
    { name: 'a new config', config: { ...NO_CONFIG_CHANGE, added: true }, planned: ['api', 'web', 'admin'] },
  ])('config: $name', ({ config, planned }) => {
    expect(planAffected(TARGETS, changes(['artifact-build.yml'], { config })).targets.map((t) => t.name)).toEqual(
      planned,
    );
  });

  it('the config file inside a context counts only by what changed in it', () => {
    const atRoot: TargetInputs[] = [{ name: 'app', context: '', files: [], localPackages: [], installFiles: [] }];
    expect(planAffected(atRoot, changes(['artifact-build.yml'])).targets).toEqual([]);
    expect(planAffected(atRoot, changes(['artifact-build.yml', 'src/a.ts'])).targets.map((t) => t.name)).toEqual([
      'app',
    ]);
  });

  it('says why, and which were left out', () => {
    const plan = planAffected(
      TARGETS,
      changes(['packages/db/a.ts', 'packages/db/b.ts', 'packages/db/c.ts', 'apps/api/src/x.ts']),
    );
    expect(plan.targets).toEqual([
      {
        name: 'api',
        reasons: [
          'apps/api/src/x.ts changed in its context',
          'local package @acme/db changed: packages/db/a.ts, packages/db/b.ts and 1 more',
        ],
      },
    ]);
    expect(plan.unaffected).toEqual(['web', 'admin']);
    expect(matrixOf(plan)).toEqual({ include: [{ target: 'api' }] });
  });

  it('an empty plan is an empty matrix', () => {
    expect(matrixOf(planAffected(TARGETS, changes([])))).toEqual({ include: [] });
  });
});

const CONFIG = `version: 1
registry: ghcr.io/acme
targets:
  api: { context: apps/api, artifacts: [dist] }
  web:
    context: apps/web
    artifacts: [.next]
`;

describe('diffConfig', () => {
  it.each([
    { name: 'the same text', after: CONFIG, topLevel: false, targets: [] },
    {
      name: 'a comment and reformatting',
      after: CONFIG.replace(
        'api: { context: apps/api, artifacts: [dist] }',
        '# the API\n  api:\n    artifacts: [dist]\n    context: apps/api',
      ),
      topLevel: false,
      targets: [],
    },
    { name: 'one target', after: CONFIG.replace('[.next]', '[.next, public]'), topLevel: false, targets: ['web'] },
    {
      name: 'a new target',
      after: `${CONFIG}  worker: { context: apps/worker, artifacts: [dist] }\n`,
      topLevel: false,
      targets: ['worker'],
    },
    { name: 'the registry', after: CONFIG.replace('ghcr.io/acme', 'ghcr.io/other'), topLevel: true, targets: [] },
  ])('$name', ({ after, topLevel, targets }) => {
    expect(diffConfig('artifact-build.yml', CONFIG, after)).toEqual({
      file: 'artifact-build.yml',
      added: false,
      topLevel,
      targets,
    });
  });

  it('no config at the base: everything is new', () => {
    expect(diffConfig('artifact-build.yml', undefined, CONFIG).added).toBe(true);
  });
});

describe('defaultBase', () => {
  it.each([
    {
      name: 'a pull request: its base',
      event: 'pull_request',
      payload: { pull_request: { base: { sha: 'abc' } } },
      since: 'abc',
    },
    {
      name: 'pull_request_target too',
      event: 'pull_request_target',
      payload: { pull_request: { base: { sha: 'abc' } } },
      since: 'abc',
    },
    { name: 'a push: the commit before', event: 'push', payload: { before: 'def' }, since: 'def' },
    {
      name: 'a merge queue: its base',
      event: 'merge_group',
      payload: { merge_group: { base_sha: '123' } },
      since: '123',
    },
    {
      name: 'a new branch: all zeros',
      event: 'push',
      payload: { before: '0000000000000000000000000000000000000000' },
      since: undefined,
    },
    { name: 'a push without before', event: 'push', payload: {}, since: undefined },
    { name: 'a manual run', event: 'workflow_dispatch', payload: {}, since: undefined },
    {
      name: 'a pull request payload without its base',
      event: 'pull_request',
      payload: { pull_request: {} },
      since: undefined,
    },
  ])('$name', ({ event, payload, since }) => {
    const base = defaultBase(event, payload);
    expect(base.since).toBe(since);
    if (since === undefined) expect('reason' in base && base.reason).toMatch(/every target/);
  });
});
