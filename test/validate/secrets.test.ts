import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSecrets, redactSecrets, scanText } from '../../src/validate/secrets.js';
import { readArtifactTree } from '../../src/validate/tree.js';
import { allText, appTree, type AppTree } from './support.js';

// Built from pieces so that no scanner (ours or a forge's push protection) sees a token here.
const AWS_KEY_ID = ['AKIA', 'Q3EGRK7T', 'MZ2X5WPJ'].join('');
const AWS_SECRET = ['kX9s2LmQ', 'p4Rt7VwZ', 'b1Nc8DfG', 'h3Jk6MnP', 'q5Sx0YtA'].join('');
const GITHUB = ['ghp', '_', 'R7tK2mQ9xL4vB8nW3zP6cJ1hF5dS0aY2eUgI'].join('');
const GITHUB_PAT = ['github', '_pat_', 'A'.repeat(22), '_', 'b'.repeat(59)].join('');
const SLACK = ['xox', 'b-', '1234567890-0987654321-AbCdEfGhIjKlMnOp'].join('');
const STRIPE = ['sk', '_live_', '4eC39HqLyjWDarjtT1zdp7dc'].join('');
const GOOGLE = ['AIza', 'SyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY'].join('');
const NPM_TOKEN = ['npm', '_', 'Xy7Kq2Lm9Pw4Rt6Vb8Nc1Df3Gh5Jk0MnBvCxZa'].join('');
const KEY_BODY = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj';
const PRIVATE_KEY = `-----BEGIN ${'PRIVATE'} KEY-----\n${KEY_BODY}\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\n-----END PRIVATE KEY-----\n`;
const VALUES = [AWS_KEY_ID, AWS_SECRET, GITHUB, GITHUB_PAT, SLACK, STRIPE, GOOGLE, NPM_TOKEN, KEY_BODY];

async function check(app: AppTree) {
  return checkSecrets(app.target, await readArtifactTree(app.target.context, app.target.artifacts));
}

describe('checkSecrets', () => {
  it('passes the built fixture app', async () => {
    expect(await check(appTree())).toEqual([]);
  });

  it.each([
    { name: 'an env template', file: 'dist/.env.example', content: 'API_KEY=changeme\n' },
    {
      name: 'an .npmrc whose token comes from the environment',
      file: 'dist/.npmrc',
      content: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n',
    },
    { name: 'an .npmrc without auth', file: 'dist/.npmrc', content: 'registry=https://registry.npmjs.org/\n' },
    {
      name: 'a .yarnrc.yml whose token comes from the environment',
      file: 'dist/.yarnrc.yml',
      content: 'npmAuthToken: "${NPM_TOKEN}"\n',
    },
    {
      name: "AWS's documented example key",
      file: 'dist/config.js',
      content: `const id = "${'AKIAIOSF'}ODNN7EXAMPLE";\n`,
    },
    {
      name: 'a private key header as a constant in a crypto library bundle',
      file: 'dist/jwt.js',
      content: 'const H = "-----BEGIN RSA PRIVATE KEY-----";\nif (pem.startsWith(H)) {}\n',
    },
    {
      name: 'a secret inside a package in node_modules (names only there)',
      file: 'node_modules/ms/test/fixture.js',
      content: `x = "${GITHUB}"`,
    },
    {
      name: 'a binary file',
      file: 'dist/data.bin',
      content: Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(GITHUB)]),
    },
    { name: 'an image by its extension', file: 'dist/logo.png', content: GITHUB },
  ])('passes: $name', async ({ file, content }) => {
    const app = appTree();
    app.write(file, content);
    expect(await check(app)).toEqual([]);
  });

  it.each([
    {
      name: 'a .env file in dist',
      file: 'dist/.env',
      content: `STRIPE_KEY=${STRIPE}\n`,
      says: ['dist/.env is an environment file'],
    },
    {
      name: 'a .env.production file',
      file: 'dist/.env.production',
      content: 'A=1\n',
      says: ['dist/.env.production is an environment file'],
    },
    {
      name: 'a .env file deep in node_modules (by name)',
      file: 'node_modules/ms/.env',
      content: `T=${GITHUB}\n`,
      says: ['node_modules/ms/.env is an environment file'],
    },
    {
      name: 'an SSH key file (by name)',
      file: 'node_modules/ms/id_rsa',
      content: 'x',
      says: ['node_modules/ms/id_rsa is an SSH private key file'],
    },
    {
      name: 'an .npmrc with an auth token',
      file: 'dist/.npmrc',
      content: `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n`,
      line: 2,
      says: ['dist/.npmrc line 2 holds a registry credential (.npmrc auth setting)', '`${NPM_TOKEN}`'],
    },
    {
      name: 'an .npmrc in node_modules',
      file: 'node_modules/.npmrc',
      content: `_auth=${NPM_TOKEN}\n`,
      line: 1,
      says: ['node_modules/.npmrc line 1 holds a registry credential'],
    },
    {
      name: 'a .yarnrc.yml with npmAuthToken',
      file: 'dist/.yarnrc.yml',
      content: `npmRegistryServer: x\nnpmAuthToken: ${NPM_TOKEN}\n`,
      line: 2,
      says: ['dist/.yarnrc.yml line 2'],
    },
    {
      name: 'an AWS access key in a JS file',
      file: 'dist/config.js',
      content: `export const config = {\n  region: 'eu-west-1',\n  accessKeyId: '${AWS_KEY_ID}',\n};\n`,
      line: 3,
      says: ['dist/config.js line 3 holds an AWS access key ID'],
    },
    {
      name: 'an AWS secret key assignment',
      file: 'dist/aws.ini',
      content: `[default]\naws_secret_access_key = ${AWS_SECRET}\n`,
      line: 2,
      says: ['holds an AWS secret access key'],
    },
    {
      name: 'a GitHub token',
      file: 'dist/gh.js',
      content: `fetch(u, { headers: { authorization: 'token ${GITHUB}' } })`,
      line: 1,
      says: ['holds a GitHub token'],
    },
    {
      name: 'a GitHub fine-grained token',
      file: 'dist/gh.js',
      content: `\n\nconst t = "${GITHUB_PAT}"`,
      line: 3,
      says: ['holds a GitHub fine-grained token'],
    },
    {
      name: 'a Slack token',
      file: 'dist/slack.js',
      content: `const s = "${SLACK}"`,
      line: 1,
      says: ['holds a Slack token'],
    },
    {
      name: 'a Stripe live key',
      file: 'dist/pay.js',
      content: `stripe("${STRIPE}")`,
      line: 1,
      says: ['holds a Stripe live secret key'],
    },
    {
      name: 'a private key in a PEM file',
      file: 'dist/certs/server.pem',
      content: `# server\n${PRIVATE_KEY}`,
      line: 2,
      says: ['dist/certs/server.pem line 2 holds a private key'],
    },
    {
      name: 'a real key in an env template (by its contents)',
      file: 'dist/.env.example',
      content: `API_KEY=${STRIPE}\n`,
      line: 1,
      says: ['dist/.env.example line 1 holds a Stripe live secret key'],
    },
    {
      name: 'a private key in a JS string',
      file: 'dist/key.js',
      content: `const k = "${PRIVATE_KEY.replace(/\n/g, '\\n')}";`,
      line: 1,
      says: ['holds a private key'],
    },
  ])('refuses $name, naming the file and line but never the value', async ({ file, content, line, says }) => {
    const app = appTree();
    app.write(file, content);
    const found = await check(app);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ check: 'secrets', severity: 'error' });
    expect(found[0]!.location).toMatchObject(
      line === undefined ? { file: path.join(app.dir, file) } : { file: path.join(app.dir, file), line },
    );
    for (const text of says) expect(found[0]!.message).toContain(text);
    for (const value of VALUES) expect(allText(found)).not.toContain(value);
  });

  it('warns about a Google API key, which is public by design in a browser bundle', async () => {
    const app = appTree();
    app.write('dist/firebase.js', `initializeApp({ apiKey: "${GOOGLE}" })`);
    const found = await check(app);
    expect(found).toMatchObject([{ check: 'secrets', severity: 'warning', location: { line: 1, column: 26 } }]);
    expect(found[0]!.message).toContain('restrict it to your domains');
    expect(allText(found)).not.toContain(GOOGLE);
  });

  it('finds every kind in one file, each at its line', async () => {
    const app = appTree();
    app.write('dist/all.js', [`a = "${AWS_KEY_ID}"`, `b = "${GITHUB}"`, `c = "${STRIPE}"`].join('\n'));
    const found = await check(app);
    expect(found.map((f) => f.location?.line)).toEqual([1, 2, 3]);
    for (const value of VALUES) expect(allText(found)).not.toContain(value);
  });

  it('goes through a wide node_modules without reading its files', async () => {
    const app = appTree();
    for (let p = 0; p < 100; p++) app.mkdir(`node_modules/pkg-${p}/lib`);
    for (let i = 0; i < 5_000; i++)
      writeFileSync(
        path.join(app.dir, `node_modules/pkg-${i % 100}/lib/file-${i}.js`),
        `module.exports = "${GITHUB}";\n`,
      );
    const started = performance.now();
    expect(await check(app)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('scanText and redactSecrets', () => {
  it('returns positions and kinds only', () => {
    expect(scanText(`x\n  "${GITHUB}"`)).toEqual([{ kind: 'GitHub token', line: 2, column: 4, severity: 'error' }]);
  });

  it.each([
    { name: 'a token', text: `curl -H "Authorization: token ${GITHUB}"`, hidden: GITHUB },
    {
      name: 'an npm auth line',
      text: `echo //registry.npmjs.org/:_authToken=${NPM_TOKEN} > .npmrc`,
      hidden: NPM_TOKEN,
    },
    { name: 'a password assignment', text: 'DB_PASSWORD=hunter2-but-longer', hidden: 'hunter2-but-longer' },
  ])('redacts $name', ({ text, hidden }) => {
    expect(redactSecrets(text)).not.toContain(hidden);
  });

  it('keeps variable references', () => {
    expect(redactSecrets('//registry.npmjs.org/:_authToken=${NPM_TOKEN}')).toBe(
      '//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
    );
  });
});
