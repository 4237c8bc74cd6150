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
    { name: 'variables from ARG and ENV are expanded', body: 'ARG OUT=dist\nENV PKG=package.json\nCOPY ${OUT} $PKG ./' },
    { name: 'a build arg overrides an ARG default', body: 'ARG OUT=nowhere\nCOPY ${OUT} ./', buildArgs: { OUT: 'dist' } },
    { name: 'a glob matching only artifacts', body: 'COPY package*.json ./', remove: ['package-lock.json'] },
    { name: 'COPY --from an image (not a stage) runs nothing', body: 'COPY --from=busybox:1.36 /bin/busybox /bin/' },
    { name: 'a heredoc COPY needs no context file', body: 'COPY <<EOF /app/config.json\n{"a":1}\nEOF' },
    { name: 'metadata instructions', body: 'LABEL a=b\nEXPOSE 80\nUSER node\nVOLUME /data\nSTOPSIGNAL SIGTERM\nSHELL ["/bin/sh","-c"]\nHEALTHCHECK CMD node -e 1\nENTRYPOINT ["node"]\nCMD ["dist/server.js"]' },
    { name: 'ADD of a local file', body: 'ADD dist/server.js /app/' },
    { name: 'RUN with allow-run', body: 'RUN apk add --no-cache tini', allowRun: true },
  ])('passes: $name', async ({ body, buildArgs, remove, allowRun }) => {
    const app = appTree({ ...(buildArgs ? { buildArgs } : {}), ...(allowRun ? { allowRun } : {}) });
    for (const rel of remove ?? []) app.remove(rel);
    app.write('Dockerfile', FROM + body);
    expect(await checkDockerfile(app.target)).toEqual([]);
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
      says: ['`COPY src` copies src', 'not a declared artifact of target `app`', 'declared artifacts: package.json, node_modules, dist'],
    },
    {
      name: 'COPY --from a build stage',
      body: 'COPY --from=0 /out ./',
      line: 4,
      says: ['`COPY --from=0`', 'build stage'],
    },
    {
      name: 'COPY --from a named stage',
      prefix: 'FROM local/node:20-slim AS build\n',
      body: 'COPY --from=BUILD /app/dist ./dist',
      line: 5,
      says: ['`COPY --from=BUILD`', 'build stage'],
    },
    { name: 'ADD of a URL', body: 'ADD https://example.com/tool.tgz /opt/', line: 4, says: ['`ADD https://example.com/tool.tgz` downloads during the image build'] },
    { name: 'ADD of a git repository', body: 'ADD git@github.com:acme/tool.git /opt/', line: 4, says: ['`ADD git@github.com:acme/tool.git` downloads'] },
    { name: 'COPY of a URL', body: 'COPY https://example.com/x /x', line: 4, says: ['downloads during the image build'] },
    { name: 'ONBUILD', body: 'ONBUILD RUN npm ci', line: 4, says: ['ONBUILD is not allowed'] },
    { name: 'an unknown instruction', body: 'COPPY dist ./', line: 4, says: ['`COPPY` is not a Dockerfile instruction'] },
    {
      name: 'a glob that also matches files which are not artifacts',
      body: 'COPY package*.json ./',
      line: 4,
      says: ['`COPY package*.json` also matches package-lock.json, which is not an artifact'],
    },
    { name: 'a glob that matches nothing', body: 'COPY *.lock ./', line: 4, says: ['`COPY *.lock` matches nothing in the context'] },
    {
      name: 'a path inside an artifact that does not exist',
      body: 'COPY dist/main.js ./',
      line: 4,
      says: ['there is no dist/main.js inside the artifact dist'],
    },
    { name: 'an instruction before FROM', whole: 'WORKDIR /app\nFROM x', line: 1, says: ['`WORKDIR` comes before the first FROM'] },
    { name: 'no FROM at all', whole: 'ARG X=1\n', says: ['Dockerfile has no FROM'] },
    { name: 'an unterminated heredoc', body: 'COPY <<EOF /app/x\nnever ends', line: 4, says: ['heredoc <<EOF is never terminated'] },
  ])('refuses $name, naming the file and line', async ({ body, whole, prefix, line, says }) => {
    const app = appTree();
    app.write('Dockerfile', whole ?? `${prefix ?? ''}${FROM}${body}`);
    const found = errors(await checkDockerfile(app.target));
    expect(found).toHaveLength(1);
    expect(found[0]!.check).toBe('dockerfile');
    expect(found[0]!.location).toEqual(line === undefined ? { file: path.join(app.dir, 'Dockerfile') } : { file: path.join(app.dir, 'Dockerfile'), line });
    for (const text of says) expect(found[0]!.message).toContain(text);
  });

  it('warns about MAINTAINER instead of refusing it', async () => {
    const app = appTree();
    app.write('Dockerfile', `${FROM}MAINTAINER me@example.com`);
    expect(await checkDockerfile(app.target)).toMatchObject([{ check: 'dockerfile', severity: 'warning', location: { line: 4 } }]);
  });

  it('never prints a secret written into a RUN line', async () => {
    const app = appTree();
    const token = 'npm_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
    const github = `ghp_${'a1B2c3D4e5'.repeat(3)}abcdef`;
    app.write('Dockerfile', `${FROM}RUN echo "//registry.npmjs.org/:_authToken=${token}" > .npmrc && curl -H "x: ${github}" x`);
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
    const found = await checkDockerfile({ ...app.target, locations: { ...app.target.locations, dockerfile: { file: 'artifact-build.yml', line: 13 } } });
    expect(found).toMatchObject([{ check: 'dockerfile', severity: 'error', location: { file: 'artifact-build.yml', line: 13 } }]);
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
