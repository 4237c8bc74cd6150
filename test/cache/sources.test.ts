import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sourcesDigest } from '../../src/cache/sources.js';

/** A small app tree; `change` edits one copy of it before hashing. */
async function app(root: string, change: (dir: string) => Promise<void> = async () => {}): Promise<string> {
  const dir = path.join(root, `app-${Math.random().toString(36).slice(2)}`);
  await mkdir(path.join(dir, 'app', 'api'), { recursive: true });
  await writeFile(path.join(dir, 'package.json'), '{"name":"web"}');
  await writeFile(path.join(dir, 'app', 'page.js'), 'export default function Page() {}\n');
  await writeFile(path.join(dir, 'app', 'api', 'route.js'), 'export const GET = () => 1;\n');
  await change(dir);
  return dir;
}

describe('sourcesDigest', () => {
  let root: string;
  let base: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'adb-sources-'));
    base = await sourcesDigest(await app(root));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('is the same for the same tree in another place', async () => {
    expect(await sourcesDigest(await app(root))).toBe(base);
  });

  it.each([
    { name: 'a changed file', change: (d: string) => writeFile(path.join(d, 'app', 'page.js'), 'export default function Page() { return 1 }\n') },
    {
      name: 'a renamed file',
      change: async (d: string) => {
        await rm(path.join(d, 'app', 'api', 'route.js'));
        await writeFile(path.join(d, 'app', 'api', 'handler.js'), 'export const GET = () => 1;\n');
      },
    },
    { name: 'a new empty file', change: (d: string) => writeFile(path.join(d, 'app', 'empty.css'), '') },
    { name: 'a symbolic link', change: (d: string) => symlink('page.js', path.join(d, 'app', 'index.js')) },
  ])('changes with $name', async ({ change }) => {
    expect(await sourcesDigest(await app(root, change))).not.toBe(base);
  });

  it.each([
    { name: 'node_modules', dir: 'node_modules' },
    { name: "the build's own output and cache", dir: '.next/cache' },
    { name: "git's directory", dir: '.git' },
  ])('leaves out $name', async ({ dir }) => {
    const changed = await app(root, async (d) => {
      await mkdir(path.join(d, dir), { recursive: true });
      await writeFile(path.join(d, dir, 'anything'), 'x');
    });
    expect(await sourcesDigest(changed)).toBe(base);
  });
});
