import { describe, expect, it } from 'vitest';
import { treeKeys } from '../../src/phases/image.js';
import { productionTreeKey } from '../../src/phases/prune.js';
import type { TargetState } from '../../src/pipeline/context.js';
import { tracedFilter } from '../../src/trace/filter.js';

function state(extra: Partial<TargetState> = {}, artifacts = ['package.json', 'node_modules', 'dist']): TargetState {
  return {
    cacheKey: 'node-modules-v1-abc',
    plan: { pruneCommand: 'npm prune --omit=dev' },
    target: { artifacts },
    ...extra,
  } as unknown as TargetState;
}

const traced = (key: string): TargetState['trace'] => ({
  key,
  filter: tracedFilter([]),
  report: {
    entries: ['dist/main.js'],
    before: { files: 0, bytes: 0 },
    after: { files: 0, bytes: 0 },
    largest: [],
    included: 0,
    seconds: 0,
    analysesReused: false,
  },
});

describe('treeKeys: the one key of the node_modules layer', () => {
  it.each([
    {
      name: 'the production tree: the records of the prune and the layer share its key',
      state: state(),
      expected: { node_modules: productionTreeKey(state()) },
    },
    {
      name: 'a traced tree: the trace key, never the full tree’s',
      state: state({ trace: traced('traced-1') }),
      expected: { node_modules: 'traced-1' },
    },
    {
      name: 'no node_modules among the artifacts',
      state: state({}, ['.next/standalone', 'public']),
      expected: undefined,
    },
    { name: 'no cache key yet', state: state({ cacheKey: undefined }), expected: undefined },
  ])('$name', ({ state: s, expected }) => {
    expect(treeKeys(s)).toEqual(expected);
  });

  it('differs between two traces of the same production tree', () => {
    expect(treeKeys(state({ trace: traced('a') }))).not.toEqual(treeKeys(state({ trace: traced('b') })));
  });
});
