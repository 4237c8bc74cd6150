import { describe, expect, it } from 'vitest';
import type { LayerEntry } from '../../../src/engines/oci/copy.js';
import { splitDependencies } from '../../../src/engines/oci/split.js';

const dir = (path: string): LayerEntry => ({ path, type: 'directory', mode: 0o755, uid: 0, gid: 0, mtime: 0, size: 0 });
const file = (path: string): LayerEntry => ({ path, type: 'file', mode: 0o644, uid: 0, gid: 0, mtime: 0, size: 1 });
const paths = (entries: readonly LayerEntry[] | undefined): string[] | undefined => entries?.map((e) => e.path);

describe('splitDependencies', () => {
  it.each([
    {
      name: "Next.js's standalone output copied to /app: node_modules apart, the app dir only with the rest",
      dest: 'app',
      entries: [
        dir('app'),
        dir('app/.next'),
        file('app/.next/BUILD_ID'),
        dir('app/node_modules'),
        dir('app/node_modules/next'),
        file('app/node_modules/next/package.json'),
        file('app/server.js'),
      ],
      dependencies: ['app/node_modules', 'app/node_modules/next', 'app/node_modules/next/package.json'],
      rest: ['app', 'app/.next', 'app/.next/BUILD_ID', 'app/server.js'],
    },
    {
      name: 'a monorepo standalone output: the app-level node_modules goes with the root one',
      dest: 'app',
      entries: [
        dir('app'),
        dir('app/apps/web'),
        dir('app/apps/web/node_modules'),
        file('app/apps/web/node_modules/x.js'),
        file('app/apps/web/server.js'),
        dir('app/node_modules'),
        file('app/node_modules/react.js'),
      ],
      dependencies: [
        'app/apps/web/node_modules',
        'app/apps/web/node_modules/x.js',
        'app/node_modules',
        'app/node_modules/react.js',
      ],
      rest: ['app', 'app/apps/web', 'app/apps/web/server.js'],
    },
    {
      name: 'a copy into the image root',
      dest: '',
      entries: [file('main.js'), dir('node_modules'), file('node_modules/a.js')],
      dependencies: ['node_modules', 'node_modules/a.js'],
      rest: ['main.js'],
    },
    {
      name: 'COPY node_modules ./node_modules: nothing beside it, one layer',
      dest: 'app/node_modules',
      entries: [dir('app/node_modules'), file('app/node_modules/a.js')],
      dependencies: undefined,
      rest: undefined,
    },
    {
      name: 'the app without node_modules: one layer',
      dest: 'app',
      entries: [dir('app'), file('app/server.js')],
      dependencies: undefined,
      rest: undefined,
    },
    {
      name: 'an empty node_modules beside the app: no file to set apart, one layer',
      dest: 'app',
      entries: [dir('app'), dir('app/node_modules'), file('app/server.js')],
      dependencies: undefined,
      rest: undefined,
    },
    {
      name: 'a destination named like node_modules only by prefix is not in one',
      dest: 'app/node_modules_backup',
      entries: [
        dir('app/node_modules_backup'),
        file('app/node_modules_backup/a.js'),
        dir('app/node_modules_backup/node_modules'),
        file('app/node_modules_backup/node_modules/b.js'),
      ],
      dependencies: ['app/node_modules_backup/node_modules', 'app/node_modules_backup/node_modules/b.js'],
      rest: ['app/node_modules_backup', 'app/node_modules_backup/a.js'],
    },
  ])('$name', ({ dest, entries, dependencies, rest }) => {
    const split = splitDependencies(entries, dest);
    expect(paths(split?.dependencies)).toEqual(dependencies);
    expect(paths(split?.rest)).toEqual(rest);
  });
});
