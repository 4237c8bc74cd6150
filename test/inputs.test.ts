import { describe, expect, it } from 'vitest';
import { ConfigError } from '../src/errors.js';
import { parseInputs, splitList, type ActionInputs } from '../src/inputs.js';

/** Inputs as the runner hands them over: every unset one is the empty string. */
function inputs(set: Record<string, string | undefined> = {}): (name: string) => string {
  return (name) => set[name] ?? '';
}

const DEFAULTS: ActionInputs = {
  mode: 'build',
  config: 'artifact-build.yml',
  workingDirectory: '.',
  targets: [],
  push: 'auto',
  engine: 'auto',
  baseline: 'auto',
  cache: true,
  tags: [],
  labels: {},
  summary: true,
  prComment: false,
  githubToken: '',
  builder: '',
  cacheFrom: [],
  cacheTo: [],
  since: '',
  results: [],
};

describe('parseInputs', () => {
  it('reads every empty input as its default from action.yml', () => {
    expect(parseInputs(inputs())).toEqual(DEFAULTS);
  });

  it.each([
    {
      name: 'config and working-directory, trimmed',
      set: { config: ' ci/build.yml ', 'working-directory': 'apps' },
      expected: { config: 'ci/build.yml', workingDirectory: 'apps' },
    },
    { name: 'mode check', set: { mode: 'check' }, expected: { mode: 'check' } },
    { name: 'mode plan', set: { mode: 'plan' }, expected: { mode: 'plan' } },
    { name: 'mode Report', set: { mode: 'Report' }, expected: { mode: 'report' } },
    { name: 'a remote builder', set: { builder: ' builder-1 ' }, expected: { builder: 'builder-1' } },
    {
      name: 'cache specs one per line: their commas stay',
      set: {
        'cache-from': 'type=gha,scope={target}\ntype=registry,ref=ghcr.io/acme/cache:{target}',
        'cache-to': 'type=gha,mode=max,scope={target}',
      },
      expected: {
        cacheFrom: ['type=gha,scope={target}', 'type=registry,ref=ghcr.io/acme/cache:{target}'],
        cacheTo: ['type=gha,mode=max,scope={target}'],
      },
    },
    {
      name: 'result files, a directory and a glob',
      set: { results: 'results/\nmore/*.json\n' },
      expected: { results: ['results/', 'more/*.json'] },
    },
    { name: 'push true', set: { push: 'true' }, expected: { push: 'true' } },
    { name: 'push True', set: { push: 'True' }, expected: { push: 'true' } },
    { name: 'push FALSE', set: { push: 'FALSE' }, expected: { push: 'false' } },
    { name: 'push AUTO', set: { push: 'AUTO' }, expected: { push: 'auto' } },
    { name: 'cache False', set: { cache: 'False' }, expected: { cache: false } },
    { name: 'summary FALSE', set: { summary: 'FALSE' }, expected: { summary: false } },
    { name: 'pr-comment TRUE', set: { 'pr-comment': 'TRUE' }, expected: { prComment: true } },
    { name: 'engine oci', set: { engine: 'oci' }, expected: { engine: 'oci' } },
    { name: 'engine in capitals', set: { engine: 'BuildX' }, expected: { engine: 'buildx' } },
    { name: 'baseline measure', set: { baseline: 'measure' }, expected: { baseline: 'measure' } },
    { name: 'baseline off', set: { baseline: 'off' }, expected: { baseline: 'off' } },
    {
      name: 'targets as a newline list',
      set: { targets: 'backend\nfrontend\n' },
      expected: { targets: ['backend', 'frontend'] },
    },
    {
      name: 'targets as a comma list',
      set: { targets: 'backend, frontend' },
      expected: { targets: ['backend', 'frontend'] },
    },
    {
      name: 'targets mixed, with blanks and a comment',
      set: { targets: 'backend,\n  # not this one\n\nfrontend , worker' },
      expected: { targets: ['backend', 'frontend', 'worker'] },
    },
    {
      name: 'tags as docker/metadata-action prints them',
      set: { tags: 'ghcr.io/acme/app:main\nghcr.io/acme/app:sha-1234567\nlocalhost:5000/app:pr-7\n' },
      expected: { tags: ['ghcr.io/acme/app:main', 'ghcr.io/acme/app:sha-1234567', 'localhost:5000/app:pr-7'] },
    },
    {
      name: 'labels as docker/metadata-action prints them',
      set: {
        labels: 'org.opencontainers.image.title=app\norg.opencontainers.image.description=An app = fast\nempty=\nbare',
      },
      expected: {
        labels: {
          'org.opencontainers.image.title': 'app',
          'org.opencontainers.image.description': 'An app = fast',
          empty: '',
          bare: '',
        },
      },
    },
    { name: 'github-token', set: { 'github-token': ' ghs_abc ' }, expected: { githubToken: 'ghs_abc' } },
  ])('$name', ({ set, expected }) => {
    expect(parseInputs(inputs(set))).toEqual({ ...DEFAULTS, ...expected });
  });

  it.each([
    { name: 'push yes', set: { push: 'yes' }, message: 'input `push`: "yes" is not true or false' },
    { name: 'cache 1', set: { cache: '1' }, message: 'input `cache`: "1" is not true or false' },
    {
      name: 'summary tRUE (not one of YAML’s spellings)',
      set: { summary: 'tRUE' },
      message: 'input `summary`: "tRUE" is not true or false',
    },
    { name: 'pr-comment on', set: { 'pr-comment': 'on' }, message: 'input `pr-comment`: "on" is not true or false' },
    {
      name: 'engine podman',
      set: { engine: 'podman' },
      message: 'input `engine`: "podman" is not one of auto, buildx, docker, oci',
    },
    {
      name: 'baseline always',
      set: { baseline: 'always' },
      message: 'input `baseline`: "always" is not one of auto, measure, off',
    },
    {
      name: 'a tag that is a flag',
      set: { tags: 'ghcr.io/acme/app:1\n-x' },
      message: 'input `tags`: "-x" is not a full image reference',
    },
    {
      name: 'a tag without its tag part',
      set: { tags: 'app' },
      message: 'input `tags`: "app" is not a full image reference',
    },
    {
      name: 'a registry port without a tag',
      set: { tags: 'localhost:5000/app' },
      message: 'input `tags`: "localhost:5000/app" is not a full image reference',
    },
    {
      name: 'a tag starting with -',
      set: { tags: 'ghcr.io/acme/app:-x' },
      message: 'input `tags`: "ghcr.io/acme/app:-x" is not a full image reference',
    },
    {
      name: 'a repository in capitals',
      set: { tags: 'ghcr.io/Acme/app:1' },
      message: 'input `tags`: "ghcr.io/Acme/app:1" is not a full image reference',
    },
    { name: 'a label without a key', set: { labels: '=value' }, message: 'input `labels`: "=value" is not key=value' },
    {
      name: 'a label key starting with -',
      set: { labels: '-x=1' },
      message: 'input `labels`: "-x=1" is not key=value',
    },
  ])('$name', ({ set, message }) => {
    expect(() => parseInputs(inputs(set))).toThrow(ConfigError);
    expect(() => parseInputs(inputs(set))).toThrow(`action inputs: ${message}`);
  });
});

describe('splitList', () => {
  it.each([
    { name: 'empty', raw: '', separators: undefined, expected: [] },
    { name: 'commas and newlines', raw: 'a,b\nc', separators: undefined, expected: ['a', 'b', 'c'] },
    { name: 'Windows line ends', raw: 'a\r\nb\r\n', separators: undefined, expected: ['a', 'b'] },
    { name: 'newlines only keep commas', raw: 'a,b\nc', separators: /\n/, expected: ['a,b', 'c'] },
  ])('$name', ({ raw, separators, expected }) => {
    expect(splitList(raw, separators)).toEqual(expected);
  });
});
