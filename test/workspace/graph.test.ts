import { describe, expect, it } from 'vitest';
import {
  buildOrder,
  findWorkspace,
  globMatches,
  localDependencyClosure,
  readWorkspaceGraph,
} from '../../src/workspace/graph.js';
import { manifest, memoryView } from '../support/file-view.js';

describe('globMatches', () => {
  it.each([
    { name: 'one level', glob: 'apps/*', dir: 'apps/api', matches: true },
    { name: 'one level is not two', glob: 'apps/*', dir: 'apps/api/sub', matches: false },
    { name: 'the folder itself is not its child', glob: 'apps/*', dir: 'apps', matches: false },
    { name: '** any depth', glob: 'packages/**', dir: 'packages/a/b', matches: true },
    { name: '** none', glob: 'packages/**', dir: 'packages', matches: true },
    { name: 'a literal directory', glob: 'tools/cli', dir: 'tools/cli', matches: true },
    { name: 'leading ./ and trailing /', glob: './apps/*/', dir: 'apps/web', matches: true },
    { name: 'a prefix in a segment', glob: 'apps/svc-*', dir: 'apps/svc-a', matches: true },
    { name: 'a prefix that does not match', glob: 'apps/svc-*', dir: 'apps/web', matches: false },
    { name: 'dots are literal', glob: 'a.b/*', dir: 'axb/c', matches: false },
  ])('$name', ({ glob, dir, matches }) => {
    expect(globMatches(glob, dir)).toBe(matches);
  });
});

const NPM_REPO = {
  '/r/package.json': manifest(
    'root',
    {},
    {
      private: true,
      workspaces: ['apps/*', 'packages/*', '!packages/legacy'],
      devDependencies: { typescript: '^5' },
      scripts: { prepare: 'husky', build: 'tsc -b' },
    },
  ),
  '/r/package-lock.json': '{}',
  '/r/apps/api/package.json': manifest('api', { '@acme/db': '*', express: '^4' }),
  '/r/apps/web/package.json': manifest('web', { '@acme/ui': 'workspace:*' }),
  '/r/apps/notes/README.md': 'no package.json: not a package',
  '/r/packages/db/package.json': manifest('@acme/db', { '@acme/util': '*' }),
  '/r/packages/util/package.json': manifest('@acme/util'),
  '/r/packages/ui/package.json': manifest('@acme/ui', {}, { peerDependencies: { react: '^19' } }),
  '/r/packages/legacy/package.json': manifest('@acme/legacy'),
  '/r/node_modules/x/package.json': manifest('x'),
};

describe('readWorkspaceGraph', () => {
  const graph = readWorkspaceGraph(memoryView(NPM_REPO), '/r')!;

  it('reads the members the globs take in, without the excluded ones or node_modules', () => {
    expect([...graph.packages.keys()].sort()).toEqual(['@acme/db', '@acme/ui', '@acme/util', 'api', 'web']);
    expect(graph.packages.get('api')!.dir).toBe('/r/apps/api');
    expect(graph.declaredIn).toBe('package.json');
    expect(graph.rootDependencies).toEqual({ typescript: '^5' });
    expect(graph.rootScripts).toEqual(['build', 'prepare']);
  });

  it.each([
    { name: 'a direct local dependency', pkg: 'web', closure: ['@acme/ui'] },
    { name: 'through another local package', pkg: 'api', closure: ['@acme/db', '@acme/util'] },
    { name: 'none', pkg: '@acme/util', closure: [] },
  ])('closure: $name', ({ pkg, closure }) => {
    expect(localDependencyClosure(graph, pkg).map((p) => p.name)).toEqual(closure);
  });

  it('yarn `workspaces.packages` and pnpm-workspace.yaml', () => {
    const yarn = readWorkspaceGraph(
      memoryView({
        '/y/package.json': JSON.stringify({ workspaces: { packages: ['apps/*'] } }),
        '/y/apps/a/package.json': manifest('a'),
      }),
      '/y',
    )!;
    expect([...yarn.packages.keys()]).toEqual(['a']);
    const pnpm = readWorkspaceGraph(
      memoryView({
        '/p/package.json': manifest('root'),
        '/p/pnpm-workspace.yaml': "packages:\n  - 'apps/**'\n",
        '/p/apps/a/package.json': manifest('a', { b: 'workspace:^' }),
        '/p/apps/group/b/package.json': manifest('b'),
      }),
      '/p',
    )!;
    expect(pnpm.declaredIn).toBe('pnpm-workspace.yaml');
    expect([...pnpm.packages.keys()].sort()).toEqual(['a', 'b']);
    expect(pnpm.packages.get('a')!.localDependencies).toEqual(['b']);
  });

  it('a dependency cycle ends', () => {
    const cyclic = readWorkspaceGraph(
      memoryView({
        '/c/package.json': JSON.stringify({ workspaces: ['*'] }),
        '/c/a/package.json': manifest('a', { b: '*' }),
        '/c/b/package.json': manifest('b', { a: '*' }),
      }),
      '/c',
    )!;
    expect(localDependencyClosure(cyclic, 'a').map((p) => p.name)).toEqual(['b']);
  });
});

describe('what ships and what builds first', () => {
  const view = memoryView({
    '/s/package.json': JSON.stringify({ workspaces: ['apps/*', 'packages/*'] }),
    '/s/apps/api/package.json': manifest('api', { '@acme/db': '*' }, { devDependencies: { '@acme/config': '*' } }),
    '/s/apps/web/package.json': manifest('web', { '@acme/db': 'npm:@other/db@^1', '@acme/ui': 'acme/ui#main' }),
    '/s/packages/db/package.json': manifest(
      '@acme/db',
      { '@acme/util': 'workspace:^' },
      { devDependencies: { '@acme/testkit': '*' } },
    ),
    '/s/packages/util/package.json': manifest('@acme/util'),
    '/s/packages/ui/package.json': manifest('@acme/ui'),
    '/s/packages/config/package.json': manifest('@acme/config'),
    '/s/packages/testkit/package.json': manifest('@acme/testkit', { '@acme/util': '*' }),
  });
  const graph = readWorkspaceGraph(view, '/s')!;

  it.each([
    { name: 'production: dependencies only, at every level', production: true, closure: ['@acme/db', '@acme/util'] },
    {
      name: 'a build: devDependencies too',
      production: false,
      closure: ['@acme/config', '@acme/db', '@acme/testkit', '@acme/util'],
    },
  ])('closure of api, $name', ({ production, closure }) => {
    expect(localDependencyClosure(graph, 'api', { production }).map((p) => p.name)).toEqual(closure);
  });

  it('an npm: alias or a git range under a local name is not local', () => {
    expect(graph.packages.get('web')!.localDependencies).toEqual([]);
  });

  it('build order: every package after the local packages it depends on', () => {
    const order = buildOrder(graph, ['@acme/db', '@acme/util', '@acme/testkit']).map((p) => p.name);
    expect(order).toEqual(['@acme/util', '@acme/testkit', '@acme/db']);
  });
});

describe('findWorkspace', () => {
  const view = memoryView({ ...NPM_REPO, '/other/app/package.json': manifest('app') });
  it.each([
    { name: 'a member finds its root', dir: '/r/apps/api', root: '/r' },
    { name: 'the root itself', dir: '/r', root: '/r' },
    { name: 'an excluded directory has none', dir: '/r/packages/legacy', root: undefined },
    { name: 'a standalone app has none', dir: '/other/app', root: undefined },
  ])('$name', ({ dir, root }) => {
    expect(findWorkspace(view, dir)?.root).toBe(root);
  });
});
