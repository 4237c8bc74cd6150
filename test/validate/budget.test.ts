import { describe, expect, it } from 'vitest';
import { checkBudget } from '../../src/validate/budget.js';
import { targetFor } from './support.js';

const target = targetFor('/app', { budget: { imageSize: 300e6, artifactsSize: 100e6 } });
const sizes = { dist: 2.5e6, node_modules: 140e6, 'package.json': 800 };

describe('checkBudget', () => {
  it.each([
    { name: 'under both budgets', sizes: { imageSize: 250e6, artifactsSize: 90e6 } },
    { name: 'exactly at the budget', sizes: { imageSize: 300e6 } },
    { name: 'sizes not known yet', sizes: {} },
  ])('passes $name', ({ sizes: s }) => {
    expect(checkBudget(target, s)).toEqual([]);
  });

  it('passes a target without a budget', () => {
    expect(checkBudget(targetFor('/app'), { imageSize: 5e9, artifactsSize: 5e9 })).toEqual([]);
  });

  it.each([
    {
      name: 'an image over its budget',
      sizes: { imageSize: 412.3e6, artifactSizes: sizes },
      says: [
        'The image of target `app` is 412 MB, over its budget `image-size` of 300 MB.',
        'Biggest artifacts: node_modules 140 MB, dist 2.5 MB, package.json 800 B.',
      ],
    },
    {
      name: 'artifacts over their budget',
      sizes: { artifactsSize: 142.5e6, artifactSizes: sizes },
      says: [
        'The artifacts of target `app` add up to 143 MB, over their budget `artifacts-size` of 100 MB.',
        'Biggest artifacts: node_modules 140 MB',
      ],
    },
  ])(
    'refuses $name, with both sizes in decimal units, as docker prints them, and the biggest artifacts',
    ({ sizes: s, says }) => {
      const found = checkBudget(target, s);
      expect(found).toMatchObject([{ check: 'budget', severity: 'error', location: target.locations.budget }]);
      for (const text of says) expect(found[0]!.message).toContain(text);
    },
  );
});
