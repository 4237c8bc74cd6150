import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stagingIgnoreFile } from '../../src/dockerfile/ignore.js';
import { checkIgnoreFile } from '../../src/validate/dockerignore.js';
import { readArtifactTree } from '../../src/validate/tree.js';
import { appTree, type AppTree } from './support.js';

async function check(app: AppTree) {
  const { target } = app;
  const { ignore } = await stagingIgnoreFile(target.context, target.dockerfile);
  return checkIgnoreFile(target, await readArtifactTree(target.context, target.artifacts), ignore);
}

describe('checkIgnoreFile', () => {
  it('passes the fixture app, whose Dockerfile.dockerignore lets the artifacts through', async () => {
    expect(await check(appTree())).toEqual([]);
  });

  it.each([
    { name: 'no ignore file at all', files: {}, remove: ['Dockerfile.dockerignore'] },
    {
      name: 'a .dockerignore that leaves the artifacts alone',
      files: { '.dockerignore': 'src\n*.tsbuildinfo\n' },
      remove: ['Dockerfile.dockerignore'],
    },
    {
      name: 'an exception re-includes dist',
      files: { '.dockerignore': 'dist\n!dist\n' },
      remove: ['Dockerfile.dockerignore'],
    },
    {
      name: 'some files inside an artifact are left out, not all',
      files: { '.dockerignore': '**/*.map\n' },
      remove: ['Dockerfile.dockerignore'],
    },
    {
      name: 'Dockerfile.dockerignore wins over a .dockerignore that hides dist',
      files: { '.dockerignore': 'dist\nnode_modules\n', 'Dockerfile.dockerignore': 'src\n' },
    },
    {
      name: "the multi-stage build's .dockerignore is not applied to the staged context",
      files: { '.dockerignore': '# for the multi-stage build\nnode_modules\ndist\n.next\n' },
      remove: ['Dockerfile.dockerignore'],
    },
    {
      name: 'nor is a .dockerignore that hides every file inside dist',
      files: { '.dockerignore': 'dist/*\n' },
      remove: ['Dockerfile.dockerignore'],
    },
  ])('passes: $name', async ({ files, remove }) => {
    const app = appTree();
    for (const rel of remove ?? []) app.remove(rel);
    for (const [name, text] of Object.entries(files)) app.write(name, text);
    expect(await check(app)).toEqual([]);
  });

  it.each([
    {
      name: 'a pattern in the per-Dockerfile ignore file that hides every file inside dist',
      files: { 'Dockerfile.dockerignore': 'dist/*\n' },
      remove: [],
      expected: [{ file: 'Dockerfile.dockerignore', line: 1, says: ['hides every file inside the artifact `dist`'] }],
    },
    {
      name: 'the per-Dockerfile ignore file hides package.json',
      files: { 'Dockerfile.dockerignore': '*\n!node_modules\n!dist\n' },
      expected: [
        {
          file: 'Dockerfile.dockerignore',
          line: 1,
          says: [
            'Dockerfile.dockerignore line 1 (`*`) hides the artifact `package.json`',
            'Remove that line from Dockerfile.dockerignore or add `!package.json` after it',
          ],
        },
      ],
    },
    {
      name: 'an invalid pattern',
      files: { 'Dockerfile.dockerignore': '*\n!package.json\n!node_modules\n!dist\n[abc\n' },
      expected: [
        {
          file: 'Dockerfile.dockerignore',
          line: 5,
          says: ['Dockerfile.dockerignore line 5: `[abc` is not a valid pattern (a [ is never closed)'],
        },
      ],
    },
  ])('refuses $name, naming the file, line and pattern', async ({ files, remove, expected }) => {
    const app = appTree();
    for (const rel of remove ?? []) app.remove(rel);
    for (const [name, text] of Object.entries(files)) app.write(name, text);
    const found = await check(app);
    expect(found).toHaveLength(expected.length);
    expected.forEach((e, i) => {
      expect(found[i]).toMatchObject({
        check: 'dockerignore',
        severity: 'error',
        location: { file: path.join(app.dir, e.file), line: e.line },
      });
      for (const text of e.says) expect(found[i]!.message).toContain(text);
    });
  });
});
