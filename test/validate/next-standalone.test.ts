import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { measureNextStandalone } from '../../src/validate/next-standalone.js';

let dir: string;
async function write(rel: string, bytes: number | string): Promise<void> {
  await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
  await writeFile(path.join(dir, rel), typeof bytes === 'string' ? bytes : 'x'.repeat(bytes));
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'adb-next-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const CLASSIC = ['package.json', 'node_modules', '.next', 'public'];

describe('measureNextStandalone', () => {
  it("adds up the files next build's traces name (each once), the route files beside them, .next/static and public", async () => {
    await write('node_modules/next/dist/server/next-server.js', 1000);
    await write('node_modules/react/index.js', 200);
    await write('node_modules/@next/swc-linux-x64-gnu/next-swc.node', 50_000);
    await write(
      '.next/next-server.js.nft.json',
      JSON.stringify({
        version: 1,
        files: ['../node_modules/next/dist/server/next-server.js', '../node_modules/react/index.js'],
      }),
    );
    await write(
      '.next/next-minimal-server.js.nft.json',
      JSON.stringify({ version: 1, files: ['../node_modules/@next/swc-linux-x64-gnu/next-swc.node'] }),
    );
    await write('.next/server/app/page.js', 300);
    await write(
      '.next/server/app/page.js.nft.json',
      JSON.stringify({ version: 1, files: ['../../../node_modules/react/index.js'] }),
    );
    await write('.next/static/chunks/main.js', 400);
    await write('public/robots.txt', 20);
    const saving = await measureNextStandalone(dir, CLASSIC, { node_modules: 51_200, '.next': 2000 });
    expect(saving).toEqual({ classic: 53_200, standalone: 1000 + 200 + 300 + 400 + 20 });
  });

  it.each([
    {
      name: 'a target that ships the standalone output already',
      artifacts: ['.next/standalone', '.next/static', 'public'],
    },
    { name: 'a build without the server trace', artifacts: CLASSIC, noTrace: true },
  ])('says nothing for $name', async ({ artifacts, noTrace }) => {
    await write('node_modules/next/index.js', 10);
    if (!noTrace)
      await write(
        '.next/next-server.js.nft.json',
        JSON.stringify({ version: 1, files: ['../node_modules/next/index.js'] }),
      );
    else await write('.next/BUILD_ID', 'x');
    expect(await measureNextStandalone(dir, artifacts, { node_modules: 10 })).toBeUndefined();
  });
});
