import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDevDependencies } from '../../src/validate/dev-dependencies.js';
import { appTree, installPackage, type AppTree } from './support.js';

/** The fixture's package.json with extra fields merged in. */
function manifest(app: AppTree, extra: Record<string, Record<string, string>>): void {
  const pkg = {
    name: 'fixture-app',
    version: '1.0.0',
    dependencies: { ms: '^2.1.3' },
    devDependencies: { '@types/ms': '^2.1.0', '@types/node': '^20.19.0', typescript: '~5.9.3' },
  };
  app.write(
    'package.json',
    JSON.stringify(
      {
        ...pkg,
        ...extra,
        dependencies: { ...pkg.dependencies, ...extra.dependencies },
        devDependencies: { ...pkg.devDependencies, ...extra.devDependencies },
      },
      null,
      2,
    ),
  );
}

describe('checkDevDependencies', () => {
  it('passes a pruned node_modules', async () => {
    expect(await checkDevDependencies(appTree().target)).toEqual([]);
  });

  it.each([
    {
      name: 'a dev dependency a production package also needs (hoisted)',
      setup: (app: AppTree) => {
        manifest(app, { dependencies: { lib: '1.0.0' } });
        installPackage(app, 'lib', '1.0.0', { dependencies: { typescript: '*' } });
        installPackage(app, 'typescript', '5.9.3');
      },
    },
    {
      name: 'a dev dependency that is also a production dependency',
      setup: (app: AppTree) => {
        manifest(app, { dependencies: { typescript: '5.9.3' } });
        installPackage(app, 'typescript', '5.9.3');
      },
    },
    {
      name: 'a dev dependency that is also a peer dependency',
      setup: (app: AppTree) => {
        manifest(app, { peerDependencies: { typescript: '5' } });
        installPackage(app, 'typescript', '5.9.3');
      },
    },
    {
      name: "npm's hidden lockfile says a production package needs it",
      setup: (app: AppTree) => {
        installPackage(app, 'typescript', '5.9.3');
        app.write(
          'node_modules/.package-lock.json',
          JSON.stringify({ packages: { 'node_modules/ms': {}, 'node_modules/typescript': { peer: true } } }),
        );
      },
    },
    {
      name: "pnpm's symlinked layout, where a production package needs the dev dependency",
      setup: (app: AppTree) => {
        manifest(app, { dependencies: { lib: '1.0.0' } });
        installPackage(
          app,
          'lib',
          '1.0.0',
          { dependencies: { typescript: '*' } },
          'node_modules/.pnpm/lib@1.0.0/node_modules',
        );
        installPackage(app, 'typescript', '5.9.3', {}, 'node_modules/.pnpm/typescript@5.9.3/node_modules');
        app.link(
          'node_modules/.pnpm/lib@1.0.0/node_modules/typescript',
          '../../typescript@5.9.3/node_modules/typescript',
        );
        app.link('node_modules/lib', '.pnpm/lib@1.0.0/node_modules/lib');
        app.link('node_modules/typescript', '.pnpm/typescript@5.9.3/node_modules/typescript');
      },
    },
  ])('passes: $name', async ({ setup }) => {
    const app = appTree();
    setup(app);
    expect(await checkDevDependencies(app.target)).toEqual([]);
  });

  it.each([
    {
      name: 'dev dependencies left after the prune command',
      setup: (app: AppTree) => {
        installPackage(app, 'typescript', '5.9.3');
        installPackage(app, '@types/node', '20.19.0');
      },
      says: [
        'node_modules still holds 2 devDependencies of',
        'package.json: @types/node, typescript.',
        'The prune command `npm prune --omit=dev` left them',
        '`allow-dev-dependencies: true` on target `app`',
      ],
      at: 'prune',
    },
    {
      name: 'a dev dependency whose only production user has its own nested copy',
      setup: (app: AppTree) => {
        manifest(app, { dependencies: { lib: '1.0.0' } });
        installPackage(app, 'lib', '1.0.0', { dependencies: { typescript: '*' } });
        installPackage(app, 'typescript', '4.0.0', {}, 'node_modules/lib/node_modules');
        installPackage(app, 'typescript', '5.9.3');
      },
      says: ['1 devDependency', ': typescript.'],
      at: 'prune',
    },
    {
      name: "npm's hidden lockfile marks them dev",
      setup: (app: AppTree) => {
        installPackage(app, 'typescript', '5.9.3');
        installPackage(app, 'undici-types', '6.0.0');
        app.write(
          'node_modules/.package-lock.json',
          JSON.stringify({
            packages: {
              'node_modules/ms': {},
              'node_modules/typescript': { dev: true },
              'node_modules/undici-types': { dev: true },
              'node_modules/gone': { dev: true },
            },
          }),
        );
      },
      says: [': typescript (2 dev-only packages in all, counting what they pulled in).'],
      at: 'prune',
    },
    {
      name: 'prune: false',
      prune: false as const,
      setup: (app: AppTree) => installPackage(app, 'typescript', '5.9.3'),
      says: ['`prune: false` keeps them'],
      at: 'prune',
    },
    {
      name: "the default prune, annotated at package.json's devDependencies",
      prune: undefined,
      setup: (app: AppTree) => installPackage(app, 'typescript', '5.9.3'),
      says: ['The default prune (`npm prune --omit=dev`) left them'],
      at: 'package.json',
    },
    {
      name: 'more than ten of them',
      setup: (app: AppTree) => {
        const names = Array.from({ length: 12 }, (_, i) => `dev-${String(i).padStart(2, '0')}`);
        manifest(app, { devDependencies: Object.fromEntries(names.map((n) => [n, '1.0.0'])) });
        for (const n of names) installPackage(app, n);
      },
      says: ['12 devDependencies', 'dev-09 and 2 more.'],
      at: 'prune',
    },
  ])('refuses $name', async ({ setup, says, at, ...rest }) => {
    const app = appTree();
    setup(app);
    const target = { ...app.target, locations: { ...app.target.locations } };
    if ('prune' in rest) {
      if (rest.prune === undefined) {
        delete target.prune;
        delete target.locations.prune;
      } else target.prune = rest.prune;
    }
    const found = await checkDevDependencies(target);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ check: 'dev-dependencies', severity: 'error' });
    const pkgFile = path.join(app.dir, 'package.json');
    const devLine =
      readFileSync(pkgFile, 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('"devDependencies"')) + 1;
    expect(found[0]!.location).toEqual(at === 'prune' ? app.target.locations.prune : { file: pkgFile, line: devLine });
    for (const text of says) expect(found[0]!.message).toContain(text);
  });

  it('checks the node_modules of a standalone output with its own package.json', async () => {
    const app = appTree({ artifacts: ['.next/standalone'] });
    app.write(
      '.next/standalone/package.json',
      JSON.stringify({ dependencies: { next: '15' }, devDependencies: { eslint: '9' } }),
    );
    installPackage(app, 'next', '15.0.0', {}, '.next/standalone/node_modules');
    installPackage(app, 'eslint', '9.0.0', {}, '.next/standalone/node_modules');
    const found = await checkDevDependencies(app.target);
    expect(found.map((f) => f.message)).toEqual([
      expect.stringContaining('.next/standalone/node_modules still holds 1 devDependency'),
    ]);
  });

  it('is skipped with allow-dev-dependencies', async () => {
    const app = appTree({ allowDevDependencies: true });
    installPackage(app, 'typescript', '5.9.3');
    expect(await checkDevDependencies(app.target)).toEqual([]);
  });
});
