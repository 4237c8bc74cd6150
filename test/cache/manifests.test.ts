import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dependencyManifests } from '../../src/cache/manifests.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'adb-manifests-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let counter = 0;

/** A directory of package.json files, by relative directory. */
function tree(manifests: Record<string, object>): string {
  const dir = path.join(root, `t${++counter}`);
  for (const [relative, manifest] of Object.entries(manifests)) {
    mkdirSync(path.join(dir, relative), { recursive: true });
    writeFileSync(path.join(dir, relative, 'package.json'), JSON.stringify(manifest, null, 2));
  }
  return dir;
}

const APP = {
  name: 'app',
  version: '1.0.0',
  scripts: { build: 'tsc' },
  dependencies: { express: '^4.21.0' },
  devDependencies: { typescript: '^5' },
};

describe('dependencyManifests', () => {
  it.each([
    { name: 'the version', change: { version: '1.0.1' } },
    { name: 'a script', change: { scripts: { build: 'tsc -p .' } } },
    { name: 'the order of the keys', change: { dependencies: { express: '^4.21.0' }, name: 'app' } },
  ])('ignores $name', ({ change }) => {
    expect(dependencyManifests(tree({ '.': { ...APP, ...change } }))).toBe(dependencyManifests(tree({ '.': APP })));
  });

  it.each([
    { name: 'a dependency added', change: { dependencies: { express: '^4.21.0', zod: '^3' } } },
    { name: 'a range changed', change: { devDependencies: { typescript: '^5.6' } } },
    { name: 'an optional dependency', change: { optionalDependencies: { fsevents: '^2' } } },
    { name: 'an override', change: { overrides: { 'left-pad': '1.3.0' } } },
    { name: "yarn's resolutions", change: { resolutions: { 'left-pad': '1.3.0' } } },
  ])('changes with $name', ({ change }) => {
    expect(dependencyManifests(tree({ '.': { ...APP, ...change } }))).not.toBe(dependencyManifests(tree({ '.': APP })));
  });

  it("a workspace: every member's dependencies count, not only the root's", () => {
    const members = {
      '.': { name: 'root', private: true, workspaces: ['apps/*'] },
      'apps/web': { name: 'web', dependencies: { next: '15.0.0' } },
      'apps/api': APP,
    };
    const before = dependencyManifests(tree(members));
    const after = dependencyManifests(
      tree({ ...members, 'apps/web': { name: 'web', dependencies: { next: '15.0.0', zod: '^3' } } }),
    );
    expect(after).not.toBe(before);
  });
});
