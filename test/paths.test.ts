import { describe, expect, it } from 'vitest';
import { inNodeModules, isInside } from '../src/paths.js';

describe('isInside', () => {
  it.each([
    { name: 'the same path', child: 'dist', parent: 'dist', expected: true },
    { name: 'a file below', child: 'dist/main.js', parent: 'dist', expected: true },
    { name: 'a sibling sharing a prefix', child: 'dist-old/main.js', parent: 'dist', expected: false },
    { name: 'the parent below the child', child: 'dist', parent: 'dist/main.js', expected: false },
    { name: 'the root holds a relative path', child: 'apps/web/x.ts', parent: '', expected: true },
    { name: 'absolute, below', child: '/repo/apps/web/Dockerfile', parent: '/repo', expected: true },
    { name: 'absolute, a sibling sharing a prefix', child: '/repository/Dockerfile', parent: '/repo', expected: false },
    { name: 'absolute, below the filesystem root', child: '/etc/passwd', parent: '/', expected: true },
    { name: 'a parent with a trailing slash', child: 'dist/a.js', parent: 'dist/', expected: true },
  ])('$name', ({ child, parent, expected }) => {
    expect(isInside(child, parent)).toBe(expected);
  });
});

describe('inNodeModules', () => {
  it.each([
    { name: 'the top node_modules', rel: 'node_modules', expected: true },
    { name: 'a dependency file', rel: 'node_modules/next/dist/server.js', expected: true },
    { name: "a workspace app's node_modules", rel: 'apps/web/node_modules', expected: true },
    { name: 'a nested dependency', rel: 'apps/web/node_modules/.bin/next', expected: true },
    { name: "the app's build output", rel: 'dist/main.js', expected: false },
    { name: 'a name that only contains node_modules', rel: 'app/my_node_modules/x.js', expected: false },
    { name: 'the root', rel: '', expected: false },
  ])('$name', ({ rel, expected }) => {
    expect(inNodeModules(rel)).toBe(expected);
  });
});
