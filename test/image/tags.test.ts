import { describe, expect, it } from 'vitest';
import type { GitInfo } from '../../src/git/info.js';
import { ociLabels } from '../../src/image/labels.js';
import { cacheTags, computeTags, expandTag, sanitizeTag, validateTagTemplate } from '../../src/image/tags.js';

const SHA = '1234567890abcdef1234567890abcdef12345678';

const PUSH_MAIN: GitInfo = {
  event: 'push',
  ref: 'refs/heads/main',
  branch: 'main',
  defaultBranch: 'main',
  sha: SHA,
  runNumber: '42',
};
const PUSH_FEATURE: GitInfo = { ...PUSH_MAIN, ref: 'refs/heads/feature/x', branch: 'feature/x' };
const PULL_REQUEST: GitInfo = {
  ...PUSH_MAIN,
  event: 'pull_request',
  ref: 'refs/pull/7/merge',
  branch: 'feature/x',
  prNumber: 7,
};
const LOCAL_MAIN: GitInfo = { event: 'local', branch: 'main', defaultBranch: 'main', sha: SHA };
const LOCAL_OTHER: GitInfo = { event: 'local', branch: 'wip', defaultBranch: 'main', sha: SHA };
const NO_GIT: GitInfo = { event: 'local', defaultBranch: 'main' };

const TEMPLATES = ['sha-{sha7}', '{branch}', 'latest', 'v{version}', 'run-{run}', 'commit-{sha}'];

describe('computeTags', () => {
  it.each([
    {
      name: 'push to main: sha, branch, latest, then the templates without duplicates',
      git: PUSH_MAIN,
      templates: TEMPLATES,
      version: '1.2.3',
      expected: ['sha-1234567', 'main', 'latest', 'v1.2.3', 'run-42', `commit-${SHA}`],
    },
    {
      name: 'push to feature/x: the branch made tag-safe, no latest',
      git: PUSH_FEATURE,
      templates: ['{branch}-{sha7}'],
      version: undefined,
      expected: ['sha-1234567', 'feature-x', 'feature-x-1234567'],
    },
    {
      name: 'pull_request: pr-N instead of the branch, no latest',
      git: PULL_REQUEST,
      templates: [],
      version: undefined,
      expected: ['sha-1234567', 'pr-7'],
    },
    {
      name: 'pull_request from the default branch of a fork: still no latest',
      git: { ...PULL_REQUEST, branch: 'main' },
      templates: [],
      version: undefined,
      expected: ['sha-1234567', 'pr-7'],
    },
    {
      name: 'workflow_dispatch on main: no latest, that is for pushes',
      git: { ...PUSH_MAIN, event: 'workflow_dispatch' },
      templates: [],
      version: undefined,
      expected: ['sha-1234567', 'main'],
    },
    {
      name: 'push to a tag: no branch, no latest',
      git: { ...PUSH_MAIN, ref: 'refs/tags/v1.2.3', branch: undefined },
      templates: ['{branch}'],
      version: undefined,
      expected: ['sha-1234567'],
    },
    {
      name: 'push to trunk, the default branch: latest',
      git: { ...PUSH_MAIN, ref: 'refs/heads/trunk', branch: 'trunk', defaultBranch: 'trunk' },
      templates: [],
      version: undefined,
      expected: ['sha-1234567', 'trunk', 'latest'],
    },
    {
      name: 'local on the default branch: latest',
      git: LOCAL_MAIN,
      templates: [],
      version: undefined,
      expected: ['sha-1234567', 'main', 'latest'],
    },
    {
      name: 'local on another branch: no latest',
      git: LOCAL_OTHER,
      templates: ['{run}'],
      version: undefined,
      expected: ['sha-1234567', 'wip'],
    },
    {
      name: 'no git at all: latest, and templates needing git are dropped',
      git: NO_GIT,
      templates: ['sha-{sha7}', '{branch}', 'run-{run}'],
      version: undefined,
      expected: ['latest'],
    },
    {
      name: 'no git at all but a version: only the version template',
      git: NO_GIT,
      templates: ['{version}'],
      version: '2.0.0',
      expected: ['2.0.0'],
    },
    {
      name: 'a template without placeholders is kept as it is',
      git: PULL_REQUEST,
      templates: ['edge', 'edge'],
      version: undefined,
      expected: ['sha-1234567', 'pr-7', 'edge'],
    },
    {
      name: '{version} with build metadata is made tag-safe',
      git: PUSH_FEATURE,
      templates: ['{version}'],
      version: '1.0.0+build.5',
      expected: ['sha-1234567', 'feature-x', '1.0.0-build.5'],
    },
    {
      name: '{version} missing from package.json drops the template',
      git: PUSH_FEATURE,
      templates: ['v{version}'],
      version: undefined,
      expected: ['sha-1234567', 'feature-x'],
    },
  ])('$name', ({ git, templates, version, expected }) => {
    expect(computeTags(templates, version === undefined ? { git } : { git, version })).toEqual(expected);
  });
});

describe('cacheTags', () => {
  it.each([
    { name: 'a push to the default branch: its branch tag, then latest', git: PUSH_MAIN, expected: ['main', 'latest'] },
    {
      name: "a feature branch: its own pushes first, then the default branch's",
      git: PUSH_FEATURE,
      expected: ['feature-x', 'latest'],
    },
    { name: 'a pull request: pr-N, never the head branch', git: PULL_REQUEST, expected: ['pr-7', 'latest'] },
    {
      name: 'a detached checkout (a tag push)',
      git: { ...PUSH_MAIN, ref: 'refs/tags/v1.2.3', branch: undefined },
      expected: ['latest'],
    },
    { name: 'outside git', git: NO_GIT, expected: ['latest'] },
  ])('$name', ({ git, expected }) => {
    expect(cacheTags(git)).toEqual(expected);
  });
});

describe('expandTag', () => {
  it.each([
    { name: '{sha7}', template: 'sha-{sha7}', git: PUSH_MAIN, version: undefined, expected: 'sha-1234567' },
    { name: '{sha}', template: '{sha}', git: PUSH_MAIN, version: undefined, expected: SHA },
    {
      name: '{branch} with a slash',
      template: '{branch}',
      git: PUSH_FEATURE,
      version: undefined,
      expected: 'feature-x',
    },
    { name: '{run}', template: 'build-{run}', git: PUSH_MAIN, version: undefined, expected: 'build-42' },
    { name: '{version}', template: 'v{version}', git: PUSH_MAIN, version: '3.1.0', expected: 'v3.1.0' },
    {
      name: 'several placeholders',
      template: '{branch}-{run}-{sha7}',
      git: PUSH_MAIN,
      version: undefined,
      expected: 'main-42-1234567',
    },
    {
      name: 'no {run} outside Actions',
      template: 'build-{run}',
      git: LOCAL_MAIN,
      version: undefined,
      expected: undefined,
    },
    { name: 'no {sha} without git', template: '{sha7}', git: NO_GIT, version: undefined, expected: undefined },
    {
      name: 'a branch made only of separators',
      template: '{branch}',
      git: { ...PUSH_MAIN, branch: '//' },
      version: undefined,
      expected: undefined,
    },
    {
      name: 'an expansion longer than 128 characters',
      template: `${'x'.repeat(100)}-{sha}`,
      git: PUSH_MAIN,
      version: undefined,
      expected: undefined,
    },
  ])('$name', ({ template, git, version, expected }) => {
    expect(expandTag(template, version === undefined ? { git } : { git, version })).toBe(expected);
  });
});

describe('sanitizeTag', () => {
  it.each([
    { name: 'a slash becomes a dash', text: 'feature/x', expected: 'feature-x' },
    { name: 'runs of other characters become one dash', text: 'fix/#12 login!', expected: 'fix-12-login-' },
    { name: 'leading separators are dropped', text: '.-/hidden', expected: 'hidden' },
    { name: 'tag characters stay', text: 'v1.2.3_rc-1', expected: 'v1.2.3_rc-1' },
    { name: 'cut to 128 characters', text: 'a'.repeat(200), expected: 'a'.repeat(128) },
    { name: 'nothing tag-safe left', text: '///', expected: '' },
  ])('$name', ({ text, expected }) => {
    expect(sanitizeTag(text)).toBe(expected);
  });
});

describe('validateTagTemplate', () => {
  it.each([
    { name: 'latest', template: 'latest', problem: undefined },
    { name: 'every placeholder', template: '{sha}{sha7}{branch}{run}{version}', problem: undefined },
    { name: 'a placeholder first', template: '{branch}-x', problem: undefined },
    { name: 'starts with -', template: '-bad', problem: 'a tag must not start with - or .' },
    { name: 'starts with .', template: '.bad', problem: 'a tag must not start with - or .' },
    { name: 'a space', template: 'a b', problem: 'a tag holds only letters, digits, _ . - and at most 128 characters' },
    { name: 'a slash', template: 'a/b', problem: 'a tag holds only letters, digits, _ . - and at most 128 characters' },
    {
      name: 'too long even before expanding',
      template: 'a'.repeat(129),
      problem: 'a tag holds only letters, digits, _ . - and at most 128 characters',
    },
    {
      name: 'an unknown placeholder',
      template: '{unknown}',
      problem: 'unknown placeholder {unknown}; known: {sha} {sha7} {branch} {run} {version}',
    },
    {
      name: 'a placeholder in capitals',
      template: '{SHA}',
      problem: 'unknown placeholder {SHA}; known: {sha} {sha7} {branch} {run} {version}',
    },
    {
      name: 'an empty placeholder',
      template: 'v{}',
      problem: 'unknown placeholder {}; known: {sha} {sha7} {branch} {run} {version}',
    },
  ])('$name', ({ template, problem }) => {
    expect(validateTagTemplate(template)).toBe(problem);
  });
});

describe('ociLabels', () => {
  it.each([
    {
      name: 'everything known',
      git: { ...PUSH_MAIN, repositoryUrl: 'https://github.com/acme/app', commitTime: 1_700_000_000 },
      target: { name: 'backend', version: '1.2.3' },
      expected: {
        'org.opencontainers.image.title': 'backend',
        'org.opencontainers.image.source': 'https://github.com/acme/app',
        'org.opencontainers.image.revision': SHA,
        // the commit time, not the build time: the same commit gives the same image config
        'org.opencontainers.image.created': '2023-11-14T22:13:20.000Z',
        'org.opencontainers.image.version': '1.2.3',
      },
    },
    {
      name: 'a commit at the epoch still gets its created label',
      git: { ...NO_GIT, commitTime: 0 },
      target: { name: 'backend' },
      expected: {
        'org.opencontainers.image.title': 'backend',
        'org.opencontainers.image.created': '1970-01-01T00:00:00.000Z',
      },
    },
    {
      name: 'no git, no version: the title only',
      git: NO_GIT,
      target: { name: 'web' },
      expected: { 'org.opencontainers.image.title': 'web' },
    },
  ])('$name', ({ git, target, expected }) => {
    expect(ociLabels(git, target)).toEqual(expected);
  });
});
