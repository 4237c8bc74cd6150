import { describe, expect, it } from 'vitest';
import { checkNodeVersion } from '../../src/validate/node-version.js';
import { FACTS, facts } from './support.js';

describe('checkNodeVersion', () => {
  it('passes the same major on the runner and in the image', () => {
    expect(checkNodeVersion(FACTS, [{ name: 'bcrypt', nodeApi: 'v8' }])).toEqual([]);
  });

  it.each([
    {
      name: 'a different major with an addon built against V8',
      facts: facts({ nodeVersion: 'v18.20.4' }, { nodeMajor: 22 }),
      addons: [
        { name: 'bcrypt', nodeApi: 'v8' as const },
        { name: '@img/sharp-*', nodeApi: 'napi' as const },
      ],
      severity: 'error',
      says: [
        "The runner's Node 22 installed node_modules",
        'runs Node v18.20.4',
        "compiled for Node 22's ABI and fail to load on Node 18: bcrypt.",
        'node-version: 18',
        'node:22-slim',
      ],
    },
    {
      name: 'a different major with an addon of unknown binding',
      facts: facts({ nodeVersion: 'v18.20.4' }, { nodeMajor: 22 }),
      addons: [{ name: 'mystery' }],
      severity: 'error',
      says: ['fail to load on Node 18: mystery.'],
    },
    {
      name: 'a different major with Node-API addons only',
      facts: facts({ nodeVersion: 'v24.1.0' }),
      addons: [{ name: '@img/sharp-*', nodeApi: 'napi' as const }],
      severity: 'warning',
      says: ['runs Node v24.1.0', 'node-version: 24'],
    },
    {
      name: 'a different major without addons',
      facts: facts({ nodeVersion: 'v22.0.0' }),
      addons: [],
      severity: 'warning',
      says: ['may rely on APIs or syntax of Node 20'],
    },
    {
      name: 'an image without node',
      facts: facts({ nodeVersion: undefined }),
      addons: [],
      severity: 'warning',
      says: ["Could not read Node's version from the base image local/node:20-slim"],
    },
    {
      name: 'an image that was not probed',
      facts: { runner: FACTS.runner },
      addons: [],
      severity: 'warning',
      says: ['The base image was not probed'],
    },
  ])('$name', ({ facts: f, addons, severity, says }) => {
    const found = checkNodeVersion(f, addons);
    expect(found).toMatchObject([{ check: 'node-version', severity }]);
    for (const text of says) expect(found[0]!.message).toContain(text);
  });
});

describe('checkNodeVersion on a Bun base', () => {
  const bun = (runner: Partial<typeof FACTS.runner> = {}) =>
    facts({ image: 'local/bun:1.3.9', nodeVersion: 'v24.3.0', bunVersion: '1.3.9' }, runner);

  it.each([
    {
      name: 'Node-API addons load: no finding, whatever Node the runner has',
      facts: bun(),
      addons: [{ name: '@img/sharp-*', nodeApi: 'napi' as const }],
      found: [],
    },
    { name: 'the same Bun major installed the tree', facts: bun({ bunVersion: '1.2.0' }), addons: [], found: [] },
  ])('$name', ({ facts: f, addons, found }) => {
    expect(checkNodeVersion(f, addons)).toEqual(found);
  });

  it.each([
    {
      name: 'an addon compiled against V8 does not load on Bun',
      facts: bun(),
      addons: [{ name: 'bcrypt', nodeApi: 'v8' as const }],
      severity: 'error',
      says: ['runs Bun 1.3.9, which loads Node-API addons only', 'fail to load: bcrypt.', 'node:20-slim'],
    },
    {
      name: 'another Bun major installed the tree',
      facts: bun({ bunVersion: '2.0.1' }),
      addons: [],
      severity: 'warning',
      says: ['Bun 2.0.1 installed node_modules', 'runs Bun 1.3.9'],
    },
  ])('$name', ({ facts: f, addons, severity, says }) => {
    const found = checkNodeVersion(f, addons);
    expect(found).toMatchObject([{ check: 'node-version', severity }]);
    for (const text of says) expect(found[0]!.message).toContain(text);
  });
});
