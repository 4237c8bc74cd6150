import { execFileSync } from 'node:child_process';
import { linkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { artifactSizes, checkArtifacts } from '../../src/validate/artifacts.js';
import { readArtifactTree } from '../../src/validate/tree.js';
import { appTree, type AppTree } from './support.js';

async function check(app: AppTree) {
  return checkArtifacts(app.target, await readArtifactTree(app.target.context, app.target.artifacts));
}

interface Case {
  change: (app: AppTree) => void;
  says: string[];
  /** the target's build commands, when not the fixture's */
  build?: string[];
}

describe('checkArtifacts', () => {
  it('passes the built fixture app', async () => {
    expect(await check(appTree())).toEqual([]);
  });

  it.each([
    {
      name: 'a missing artifact',
      change: (app: AppTree) => app.remove('dist'),
      says: [
        'artifact `dist` of target `app` does not exist in',
        'the build commands (`npm run build`) did not write it there',
        'declared: package.json, node_modules, dist',
      ],
    },
    {
      name: 'a missing artifact of a target with no build commands',
      build: [],
      change: (app: AppTree) => app.remove('dist'),
      says: [
        'artifact `dist` of target `app` does not exist in',
        ', and the target has no build commands (`build` is empty) to write it.',
      ],
    },
    {
      name: 'an empty directory of a target with no build commands',
      build: [],
      change: (app: AppTree) => {
        app.remove('dist');
        app.mkdir('dist');
      },
      says: ['is an empty directory; the target has no build commands (`build` is empty) to fill it.'],
    },
    {
      name: 'an empty directory',
      change: (app: AppTree) => {
        app.remove('dist');
        app.mkdir('dist/nested');
      },
      says: ['artifact `dist` of target `app`', 'is an empty directory'],
    },
    {
      name: 'a zero-byte file',
      change: (app: AppTree) => app.write('package.json', ''),
      says: ['artifact `package.json` of target `app`', 'is an empty file'],
    },
    {
      name: 'a symbolic link out of the context',
      change: (app: AppTree) => {
        app.remove('dist');
        app.link('dist', '/tmp');
      },
      says: ['is a symbolic link to /tmp, outside the context', 'dangling link'],
    },
    {
      name: 'a link inside an artifact that climbs out of the context',
      change: (app: AppTree) => app.link('dist/config.json', '../../../etc/app-config.json'),
      says: ['dist/config.json is a symbolic link to ../../../etc/app-config.json, outside the context', 'dangling'],
    },
    {
      name: 'a link inside an artifact to an absolute place in this checkout',
      change: (app: AppTree) => app.link('dist/secrets', path.join(path.dirname(app.dir), 'elsewhere')),
      says: ['dist/secrets is a symbolic link to', 'outside the context'],
    },
    {
      name: 'a symbolic link to something that is not an artifact',
      change: (app: AppTree) => {
        app.remove('dist');
        app.write('build/server.js', 'x');
        app.link('dist', 'build');
      },
      says: ['is a symbolic link to build, which is not an artifact', 'Add `build` to `artifacts`'],
    },
  ])('refuses $name, pointing at the config', async ({ change, says, build }: Case) => {
    const app = appTree(build ? { build } : {});
    change(app);
    const found = await check(app);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ check: 'artifacts', severity: 'error', location: app.target.locations.artifacts });
    for (const text of says) expect(found[0]!.message).toContain(text);
  });

  it('an absolute link to a place outside the checkout is left to the image (/usr/bin/node)', async () => {
    const app = appTree();
    app.link('dist/node', '/usr/bin/node');
    expect(await check(app)).toEqual([]);
  });

  it('a named pipe inside an artifact is a warning: it is left out of the image', async () => {
    const app = appTree();
    execFileSync('mkfifo', [path.join(app.dir, 'dist', 'pipe')]);
    const found = await check(app);
    expect(found).toEqual([
      expect.objectContaining({
        check: 'artifacts',
        severity: 'warning',
        message: `${path.join(app.dir, 'dist', 'pipe')} is neither a file, a directory nor a link (a pipe, socket or device); it is left out of the image`,
      }),
    ]);
  });

  it('passes a link to another artifact', async () => {
    const app = appTree({ artifacts: ['package.json', 'node_modules', 'dist', 'current'] });
    app.link('current', 'dist');
    expect(await check(app)).toEqual([]);
  });
});

describe('readArtifactTree', () => {
  it('sums sizes, counting hard-linked files once and links by their own length', async () => {
    const app = appTree({ artifacts: ['dist', 'dist/public', 'package.json'] });
    app.remove('dist');
    app.write('dist/a.js', 'x'.repeat(100));
    app.write('dist/public/b.css', 'y'.repeat(50));
    linkSync(path.join(app.dir, 'dist/a.js'), path.join(app.dir, 'dist/a-copy.js'));
    app.link('dist/latest.js', 'a.js');
    const tree = await readArtifactTree(app.dir, app.target.artifacts);
    const pkg = tree.artifacts.find((a) => a.artifact === 'package.json')!.size;
    expect(artifactSizes(tree)).toEqual({ dist: 100 + 50 + 'a.js'.length, 'dist/public': 50, 'package.json': pkg });
    expect(tree.totalSize).toBe(100 + 50 + 4 + pkg);
    // the nested artifact is walked once, as part of dist
    expect(tree.entries.filter((e) => e.path === 'dist/public/b.css')).toHaveLength(1);
    expect(tree.entries.find((e) => e.path === 'dist/latest.js')).toMatchObject({ kind: 'symlink' });
  });
});
