import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRunner } from '../../src/exec.js';
import { MemoryLogger } from '../../src/log.js';
import { isDefaultBranchPush, type GitInfo } from '../../src/git/info.js';
import { gitInfoFromActions, httpsRemote, readCheckout, workTreeRoot, type EventPayload } from '../../src/git/read.js';

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

describe('readCheckout: a real checkout, asked with git', () => {
  const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'adb-read-checkout-')));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const run = createRunner(new MemoryLogger());
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, GIT_COMMITTER_DATE: '1735689600 +0000', GIT_AUTHOR_DATE: '1735689600 +0000' },
    }).trim();
  /** a repository on branch `main` with one commit, an origin whose default branch is `trunk`, and a subdirectory */
  function repository(name: string): string {
    const dir = path.join(root, name);
    mkdirSync(path.join(dir, 'apps', 'web'), { recursive: true });
    git(dir, 'init', '-q', '-b', 'main');
    writeFileSync(path.join(dir, 'apps', 'web', 'page.js'), 'x\n');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'one');
    git(dir, 'remote', 'add', 'origin', 'git@github.com:acme/app.git');
    git(dir, 'symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/trunk');
    return dir;
  }

  it('on a branch, from a subdirectory: the commit, its time, the branch, the default branch, the web address and the top', async () => {
    const dir = repository('branch');
    expect(await readCheckout(run, path.join(dir, 'apps', 'web'))).toEqual({
      info: {
        sha: git(dir, 'rev-parse', 'HEAD'),
        commitTime: 1735689600,
        branch: 'main',
        defaultBranch: 'trunk',
        repositoryUrl: 'https://github.com/acme/app',
      },
      root: dir,
    });
  });

  it('a detached HEAD: the commit, no branch', async () => {
    const dir = repository('detached');
    git(dir, 'checkout', '-q', '--detach');
    const { info } = await readCheckout(run, dir);
    expect(info.sha).toBe(git(dir, 'rev-parse', 'HEAD'));
    expect(info).not.toHaveProperty('branch');
  });

  it('before the first commit: no commit facts, but the top directory', async () => {
    const dir = path.join(root, 'unborn');
    mkdirSync(path.join(dir, 'sub'), { recursive: true });
    git(dir, 'init', '-q');
    expect(await readCheckout(run, path.join(dir, 'sub'))).toEqual({ info: {}, root: dir });
  });

  it('workTreeRoot: the top from a subdirectory and before the first commit, the same top readCheckout finds', async () => {
    const dir = repository('top');
    expect(await workTreeRoot(run, path.join(dir, 'apps', 'web'))).toBe(dir);
    expect((await readCheckout(run, path.join(dir, 'apps', 'web'))).root).toBe(dir);
    const unborn = path.join(root, 'unborn-top');
    mkdirSync(path.join(unborn, 'sub'), { recursive: true });
    git(unborn, 'init', '-q');
    expect(await workTreeRoot(run, path.join(unborn, 'sub'))).toBe(unborn);
  });

  it('outside any repository: nothing', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'adb-no-repo-'));
    try {
      expect(await readCheckout(run, dir)).toEqual({ info: {} });
      expect(await workTreeRoot(run, dir)).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
