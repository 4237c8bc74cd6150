import { describe, expect, it } from 'vitest';
import { isDefaultBranchPush, type GitInfo } from '../../src/git/info.js';
import { gitInfoFromActions, httpsRemote, type EventPayload } from '../../src/git/read.js';

const SHA = '1234567890abcdef1234567890abcdef12345678';

/** The variables every run has; the cases add what their event sets. */
const RUN = {
  GITHUB_SHA: SHA,
  GITHUB_RUN_NUMBER: '42',
  GITHUB_REPOSITORY: 'acme/app',
  GITHUB_SERVER_URL: 'https://github.com',
};

const REPOSITORY = { default_branch: 'main', html_url: 'https://github.com/acme/app' };

describe('gitInfoFromActions', () => {
  it.each([
    {
      name: 'push to main',
      env: { ...RUN, GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', GITHUB_HEAD_REF: '' },
      payload: { repository: REPOSITORY, head_commit: { timestamp: '2024-05-01T12:34:56+02:00' } },
      expected: {
        event: 'push',
        ref: 'refs/heads/main',
        sha: SHA,
        branch: 'main',
        defaultBranch: 'main',
        runNumber: '42',
        repository: 'acme/app',
        repositoryUrl: 'https://github.com/acme/app',
        commitTime: Date.UTC(2024, 4, 1, 10, 34, 56) / 1000,
      },
    },
    {
      name: 'push to a branch with a slash',
      env: { ...RUN, GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/feature/login' },
      payload: { repository: REPOSITORY },
      expected: {
        event: 'push',
        ref: 'refs/heads/feature/login',
        sha: SHA,
        branch: 'feature/login',
        defaultBranch: 'main',
        runNumber: '42',
        repository: 'acme/app',
        repositoryUrl: 'https://github.com/acme/app',
      },
    },
    {
      // GITHUB_REF_NAME is "7/merge" here; the head branch is what people call the branch
      name: 'pull_request: the head branch and the PR number',
      env: {
        ...RUN,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_REF: 'refs/pull/7/merge',
        GITHUB_HEAD_REF: 'feature/login',
        GITHUB_REF_NAME: '7/merge',
      },
      payload: { repository: REPOSITORY, pull_request: { number: 7, head: { ref: 'feature/login' } } },
      expected: {
        event: 'pull_request',
        ref: 'refs/pull/7/merge',
        sha: SHA,
        branch: 'feature/login',
        prNumber: 7,
        defaultBranch: 'main',
        runNumber: '42',
        repository: 'acme/app',
        repositoryUrl: 'https://github.com/acme/app',
      },
    },
    {
      name: 'workflow_dispatch on main',
      env: { ...RUN, GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_REF: 'refs/heads/main' },
      payload: { repository: REPOSITORY },
      expected: {
        event: 'workflow_dispatch',
        ref: 'refs/heads/main',
        sha: SHA,
        branch: 'main',
        defaultBranch: 'main',
        runNumber: '42',
        repository: 'acme/app',
        repositoryUrl: 'https://github.com/acme/app',
      },
    },
    {
      name: 'a repository whose default branch is trunk',
      env: { ...RUN, GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/trunk' },
      payload: { repository: { default_branch: 'trunk' } },
      expected: {
        event: 'push',
        ref: 'refs/heads/trunk',
        sha: SHA,
        branch: 'trunk',
        defaultBranch: 'trunk',
        runNumber: '42',
        repository: 'acme/app',
        repositoryUrl: 'https://github.com/acme/app',
      },
    },
    {
      name: 'a tag push has no branch',
      env: {
        ...RUN,
        GITHUB_EVENT_NAME: 'push',
        GITHUB_REF: 'refs/tags/v1.0.0',
        GITHUB_SERVER_URL: 'https://github.example.com',
      },
      payload: {},
      expected: {
        event: 'push',
        ref: 'refs/tags/v1.0.0',
        sha: SHA,
        defaultBranch: 'main',
        runNumber: '42',
        repository: 'acme/app',
        repositoryUrl: 'https://github.example.com/acme/app',
      },
    },
    {
      name: 'an unreadable head_commit timestamp is left out',
      env: { GITHUB_EVENT_NAME: 'push' },
      payload: { head_commit: { timestamp: 'yesterday' } },
      expected: { event: 'push', defaultBranch: 'main' },
    },
  ] satisfies { name: string; env: Record<string, string>; payload: EventPayload; expected: GitInfo }[])(
    '$name',
    ({ env, payload, expected }) => {
      expect(gitInfoFromActions(env, payload)).toEqual(expected);
    },
  );
});

describe('isDefaultBranchPush', () => {
  it.each([
    { name: 'push to main', git: { event: 'push', ref: 'refs/heads/main', defaultBranch: 'main' }, expected: true },
    {
      name: 'push to trunk, the default',
      git: { event: 'push', ref: 'refs/heads/trunk', defaultBranch: 'trunk' },
      expected: true,
    },
    {
      name: 'push to main where trunk is the default',
      git: { event: 'push', ref: 'refs/heads/main', defaultBranch: 'trunk' },
      expected: false,
    },
    {
      name: 'push to a branch',
      git: { event: 'push', ref: 'refs/heads/feature/x', defaultBranch: 'main' },
      expected: false,
    },
    {
      name: 'push to a tag named main',
      git: { event: 'push', ref: 'refs/tags/main', defaultBranch: 'main' },
      expected: false,
    },
    {
      name: 'pull_request',
      git: { event: 'pull_request', ref: 'refs/pull/7/merge', defaultBranch: 'main' },
      expected: false,
    },
    {
      name: 'workflow_dispatch on main',
      git: { event: 'workflow_dispatch', ref: 'refs/heads/main', defaultBranch: 'main' },
      expected: false,
    },
    { name: 'local on main', git: { event: 'local', branch: 'main', defaultBranch: 'main' }, expected: false },
  ] satisfies { name: string; git: GitInfo; expected: boolean }[])('$name', ({ git, expected }) => {
    expect(isDefaultBranchPush(git)).toBe(expected);
  });
});

describe('httpsRemote', () => {
  it.each([
    { name: 'ssh', remote: 'git@github.com:acme/app.git', expected: 'https://github.com/acme/app' },
    {
      name: 'ssh without .git',
      remote: 'git@gitlab.example.com:group/sub/app',
      expected: 'https://gitlab.example.com/group/sub/app',
    },
    { name: 'ssh URL', remote: 'ssh://git@github.com/acme/app.git', expected: 'https://github.com/acme/app' },
    {
      name: 'ssh URL with a port',
      remote: 'ssh://git@git.example.com:2222/acme/app.git',
      expected: 'https://git.example.com/acme/app',
    },
    { name: 'https', remote: 'https://github.com/acme/app.git', expected: 'https://github.com/acme/app' },
    { name: 'https without .git', remote: 'https://github.com/acme/app', expected: 'https://github.com/acme/app' },
    {
      name: 'http becomes https',
      remote: 'http://git.example.com/acme/app.git',
      expected: 'https://git.example.com/acme/app',
    },
    {
      name: 'a token is stripped',
      remote: 'https://x-access-token:ghs_secret123@github.com/acme/app.git',
      expected: 'https://github.com/acme/app',
    },
    {
      name: 'a user is stripped',
      remote: 'https://alice@github.com/acme/app.git',
      expected: 'https://github.com/acme/app',
    },
    { name: 'a local path is no web address', remote: '/srv/git/app.git', expected: undefined },
    { name: 'a file URL is no web address', remote: 'file:///srv/git/app.git', expected: undefined },
  ])('$name', ({ remote, expected }) => {
    const url = httpsRemote(remote);
    expect(url).toBe(expected);
    expect(url ?? '').not.toMatch(/secret|alice|@/);
  });
});
