import { describe, expect, it } from 'vitest';
import { checkBudget, inspectTarget } from '../../src/validate/index.js';
import { fakeElf } from './elf.js';
import { FACTS, allText, appTree, facts, installPackage } from './support.js';

const validateTarget = async (...args: Parameters<typeof inspectTarget>) => (await inspectTarget(...args)).findings;

describe('inspectTarget', () => {
  it('passes the built fixture app', async () => {
    expect(await validateTarget(appTree().target, FACTS)).toEqual([]);
  });

  it('reports every broken thing at once, the most basic first, no secret in any message', async () => {
    const app = appTree({
      budget: { artifactsSize: 10 },
      artifacts: ['package.json', 'node_modules', 'dist', 'public'],
    });
    const token = ['npm', '_', 'Xy7Kq2Lm9Pw4Rt6Vb8Nc1Df3Gh5Jk0MnBvCxZa'].join('');
    app.write('Dockerfile', 'FROM local/node:20-slim\nRUN npm ci\nCOPY src ./src\nCOPY dist package.json ./\n');
    app.write('Dockerfile.dockerignore', 'package.json\n');
    installPackage(app, 'typescript', '5.9.3');
    app.write('dist/.npmrc', `//registry.npmjs.org/:_authToken=${token}\n`);
    app.write('node_modules/bcrypt/build/Release/bcrypt.node', fakeElf({ arch: 'arm64', libc: 'glibc', api: 'v8' }));
    const found = await validateTarget(app.target, facts({ nodeVersion: 'v18.19.0' }));
    expect(found.map((f) => `${f.check}:${f.severity}`)).toEqual([
      'artifacts:error',
      'dockerfile:error',
      'dockerfile:error',
      'dockerignore:error',
      'dev-dependencies:error',
      'secrets:error',
      'native-addons:error',
      'node-version:error',
      'budget:error',
      // typescript left in the production tree
      'production-tree:warning',
    ]);
    expect(allText(found)).not.toContain(token);
  });

  it('judges what docker would send: a file the ignore file leaves out does not ship', async () => {
    const app = appTree();
    app.write('Dockerfile.dockerignore', '*\n!package.json\n!node_modules\n!dist\n**/.env\n**/*.node\n');
    app.write('dist/.env', 'SECRET=1\n');
    app.write('node_modules/bcrypt/build/Release/bcrypt.node', fakeElf({ arch: 'arm64', libc: 'musl' }));
    expect(await validateTarget(app.target, FACTS)).toEqual([]);
  });

  it('measures the artifacts for the budget after the build', async () => {
    const app = appTree({ budget: { imageSize: 1000 } });
    app.write('dist/big.js', 'x'.repeat(5000));
    const report = await inspectTarget(app.target, FACTS);
    expect(report.findings).toEqual([]);
    expect(report.artifactSizes.dist).toBeGreaterThan(5000);
    expect(report.artifactsSize).toBe(Object.values(report.artifactSizes).reduce((a, b) => a + b, 0));
    const [over] = checkBudget(app.target, { imageSize: 2000 });
    expect(over?.message).toMatch(/Biggest artifacts: dist [\d.]+ kB/);
  });
});
