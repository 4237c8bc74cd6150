import { afterAll, describe, expect, it } from 'vitest';
import { BuildError } from '../../../src/errors.js';
import { parseIgnore } from '../../../src/dockerfile/ignore.js';
import { DEPENDENCY_TIME } from '../../../src/image/timestamps.js';
import { collectCopy, normalFileMode, type CopyContext } from '../../../src/engines/oci/copy.js';
import { copySteps, rejectionOf, writeContext } from './context.js';

const context = writeContext({
  'package.json': '{"name":"app"}',
  'tsconfig.json': '{}',
  'dist/server.js': 'server',
  'dist/lib/util.js': 'util',
  'dist/current': { symlink: 'lib' },
  'bin/cli': { content: '#!/bin/sh', mode: 0o700 },
  'secret.env': 'TOKEN=x',
  'linked.json': { symlink: 'package.json' },
  'archive.tar.gz': Buffer.from([0x1f, 0x8b, 0x08, 0]),
});
afterAll(() => context.cleanup());

function ctx(extra: Partial<CopyContext> = {}): CopyContext {
  return {
    dir: context.dir,
    file: 'Dockerfile',
    knownDirs: new Set(['/']),
    mtime: 42,
    ignore: parseIgnore('secret.env\n'),
    ...extra,
  };
}

/** The layer of the Dockerfile's last COPY/ADD as "path type mode uid:gid" lines. */
async function layer(dockerfile: string, extra: Partial<CopyContext> = {}): Promise<string[]> {
  const step = copySteps(`FROM scratch\n${dockerfile}`).at(-1)!;
  const { entries } = await collectCopy(step, ctx(extra));
  return entries.map(
    (e) => `${e.path} ${e.type[0]} ${e.mode.toString(8)} ${e.uid}:${e.gid}${e.linkname ? ` -> ${e.linkname}` : ''}`,
  );
}

describe('COPY destinations, as docker places them', () => {
  it.each([
    {
      name: 'a directory copies its contents, not itself',
      dockerfile: 'COPY dist /app/dist',
      expected: [
        'app/dist d 755 0:0',
        'app/dist/current s 777 0:0 -> lib',
        'app/dist/lib d 755 0:0',
        'app/dist/lib/util.js f 644 0:0',
        'app/dist/server.js f 644 0:0',
      ],
    },
    {
      name: 'a directory into dest/ lands its contents in dest',
      dockerfile: 'COPY dist/lib /app/',
      expected: ['app d 755 0:0', 'app/util.js f 644 0:0'],
    },
    {
      name: 'a file into dest/ keeps its name',
      dockerfile: 'COPY package.json /app/',
      expected: ['app d 755 0:0', 'app/package.json f 644 0:0'],
    },
    {
      name: 'a file to a path is renamed, no parents added',
      dockerfile: 'COPY package.json /app/pkg.json',
      expected: ['app/pkg.json f 644 0:0'],
    },
    {
      name: 'a relative destination continues from WORKDIR',
      dockerfile: 'WORKDIR /srv\nWORKDIR www\nCOPY package.json ./',
      expected: ['srv/www d 755 0:0', 'srv/www/package.json f 644 0:0'],
    },
    {
      name: '. is the working directory',
      dockerfile: 'WORKDIR /srv\nCOPY package.json .',
      expected: ['srv d 755 0:0', 'srv/package.json f 644 0:0'],
    },
    {
      name: 'a relative file name under WORKDIR',
      dockerfile: 'WORKDIR /srv\nCOPY package.json app.json',
      expected: ['srv/app.json f 644 0:0'],
    },
    {
      name: 'several sources into a directory',
      dockerfile: 'COPY package.json bin/cli /opt/',
      expected: ['opt d 755 0:0', 'opt/cli f 755 0:0', 'opt/package.json f 644 0:0'],
    },
    {
      name: 'a wildcard',
      dockerfile: 'COPY *.json /cfg/',
      expected: [
        'cfg d 755 0:0',
        'cfg/linked.json f 644 0:0',
        'cfg/package.json f 644 0:0',
        'cfg/tsconfig.json f 644 0:0',
      ],
    },
    {
      name: 'a source that is a symlink is followed',
      dockerfile: 'COPY linked.json /x.json',
      expected: ['x.json f 644 0:0'],
    },
    {
      name: 'the context root, minus .dockerignore',
      dockerfile: 'COPY . /ctx/',
      expected: expect.not.arrayContaining(['ctx/secret.env f 644 0:0']),
    },
    {
      name: 'a leading slash in a source is the context root',
      dockerfile: 'COPY /package.json /p.json',
      expected: ['p.json f 644 0:0'],
    },
    {
      name: '--chown and --chmod reach every file and directory copied',
      dockerfile: 'COPY --chown=1000:1001 --chmod=0640 dist/lib /app/lib',
      expected: ['app/lib d 640 1000:1001', 'app/lib/util.js f 640 1000:1001'],
    },
    {
      name: '--chown with one id uses it for the group too',
      dockerfile: 'COPY --chown=1000 package.json /home/',
      expected: ['home d 755 1000:1000', 'home/package.json f 644 1000:1000'],
    },
    { name: '--chown=root:root', dockerfile: 'COPY --chown=root:root package.json /p', expected: ['p f 644 0:0'] },
    {
      name: 'ARG values in flags and paths',
      dockerfile: 'ARG UID=7\nARG DEST=/data\nCOPY --chown=${UID}:${UID} package.json $DEST/',
      expected: ['data d 755 7:7', 'data/package.json f 644 7:7'],
    },
  ])('$name', async ({ dockerfile, expected }) => {
    expect(await layer(dockerfile)).toEqual(expected);
  });

  it('copies into a directory the build already made, like docker does with an existing one', async () => {
    expect(await layer('COPY package.json /app', { knownDirs: new Set(['/', '/app']) })).toEqual([
      'app d 755 0:0',
      'app/package.json f 644 0:0',
    ]);
    expect(await layer('COPY package.json /app')).toEqual(['app f 644 0:0']);
  });

  it("stamps dependencies with npm's fixed time, the rest with SOURCE_DATE_EPOCH, and lists native addons", async () => {
    const native = writeContext({
      'node_modules/sharp/build/Release/sharp.node': 'ELF',
      'node_modules/sharp/index.js': '',
      'dist/main.js': '',
    });
    try {
      const [deps, own] = copySteps('FROM scratch\nCOPY node_modules /app/node_modules\nCOPY dist /app/dist').slice(-2);
      const ctx = { dir: native.dir, file: 'Dockerfile', knownDirs: new Set<string>(), mtime: 1234 };
      const result = await collectCopy(deps!, ctx);
      expect(new Set(result.entries.map((e) => e.mtime))).toEqual(new Set([DEPENDENCY_TIME]));
      expect(new Set((await collectCopy(own!, ctx)).entries.map((e) => e.mtime))).toEqual(new Set([1234]));
      expect(result.nativeAddons).toEqual(['node_modules/sharp/build/Release/sharp.node']);
    } finally {
      native.cleanup();
    }
  });

  it.each([
    {
      name: 'a missing source',
      dockerfile: 'COPY missing.txt /x/',
      message: 'Dockerfile:2: COPY missing.txt: not found in the build context',
    },
    { name: 'an ignored source', dockerfile: 'COPY secret.env /x/', message: 'not found in the build context' },
    { name: 'a wildcard matching nothing', dockerfile: 'COPY *.yaml /x/', message: 'not found' },
    {
      name: 'a wildcard matching several into a file path',
      dockerfile: 'COPY *.json /cfg',
      message: 'must be a directory ending in /',
    },
    { name: 'an archive with ADD', dockerfile: 'ADD archive.tar.gz /x/', message: 'ADD would unpack this archive' },
  ])('refuses $name', async ({ dockerfile, message }) => {
    const error = await rejectionOf(layer(dockerfile));
    expect(error).toBeInstanceOf(BuildError);
    expect(error.message).toContain(message);
  });

  it('copies a plain file with ADD', async () => {
    expect(await layer('ADD package.json /app/')).toEqual(['app d 755 0:0', 'app/package.json f 644 0:0']);
  });
});

describe('helpers', () => {
  it.each([
    [0o600, 0o644],
    [0o664, 0o644],
    [0o700, 0o755],
    [0o744, 0o755],
    [0o4755, 0o755],
  ])('normalises file mode %o to %o', (mode, expected) => {
    expect(normalFileMode(mode)).toBe(expected);
  });
});
