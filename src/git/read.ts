import { readFileSync } from 'node:fs';
import type { Runner } from '../exec.js';
import type { GitInfo } from './info.js';

/** The event payload fields used here (GITHUB_EVENT_PATH's JSON). */
export interface EventPayload {
  repository?: { default_branch?: string; html_url?: string };
  pull_request?: { number?: number; head?: { ref?: string }; base?: { sha?: string } };
  head_commit?: { timestamp?: string };
  /** push: the commit the branch pointed at before the push; all zeros for a new branch */
  before?: string;
}

/** The event's payload (GITHUB_EVENT_PATH); empty when there is none or it does not parse. */
export function readEventPayload(file: string | undefined): EventPayload {
  if (!file) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as EventPayload;
  } catch {
    return {};
  }
}

/** What the runner's variables say about the commit; pure, so it is tested with tables. */
export function gitInfoFromActions(env: Record<string, string | undefined>, payload: EventPayload): GitInfo {
  const event = env.GITHUB_EVENT_NAME || 'push';
  const ref = env.GITHUB_REF;
  const info: GitInfo = { event, defaultBranch: payload.repository?.default_branch || 'main' };
  if (ref) info.ref = ref;
  if (env.GITHUB_SHA) info.sha = env.GITHUB_SHA;
  // on pull requests GITHUB_REF_NAME is "7/merge"; the head branch is what people call it
  const branch = env.GITHUB_HEAD_REF || (ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined);
  if (branch) info.branch = branch;
  const pr = payload.pull_request?.number;
  if (typeof pr === 'number') info.prNumber = pr;
  if (env.GITHUB_RUN_NUMBER) info.runNumber = env.GITHUB_RUN_NUMBER;
  if (env.GITHUB_REPOSITORY) {
    info.repository = env.GITHUB_REPOSITORY;
    info.repositoryUrl =
      payload.repository?.html_url || `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}`;
  }
  const timestamp = payload.head_commit?.timestamp ? Date.parse(payload.head_commit.timestamp) : NaN;
  if (Number.isFinite(timestamp)) info.commitTime = Math.floor(timestamp / 1000);
  return info;
}

async function git(run: Runner, cwd: string, ...args: string[]): Promise<string | undefined> {
  try {
    const result = await run(['git', ...args], { cwd, quiet: true, allowFailure: true });
    const out = result.stdout.trim();
    return result.code === 0 && out !== '' ? out : undefined;
  } catch {
    return undefined;
  }
}

/** "git@github.com:acme/app.git", "ssh://git@github.com/acme/app.git" or "https://github.com/acme/app.git" → https://github.com/acme/app */
export function httpsRemote(remote: string): string | undefined {
  const ssh = /^git@([^:]+):(.+?)(?:\.git)?$/.exec(remote);
  if (ssh) return `https://${ssh[1]}/${ssh[2]}`;
  // the URL form names the ssh port, which the web address does not use
  const sshUrl = /^ssh:\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/(.+?)(?:\.git)?$/.exec(remote);
  if (sshUrl) return `https://${sshUrl[1]}/${sshUrl[2]}`;
  const https = /^https?:\/\/(?:[^@/]+@)?(.+?)(?:\.git)?$/.exec(remote);
  return https ? `https://${https[1]}` : undefined;
}

/** What a checkout says of itself: the commit's facts, and the work tree's top directory. */
export interface CheckoutFacts {
  info: Partial<GitInfo>;
  /** the repository's top directory; undefined outside a git work tree */
  root?: string;
}

/**
 * The same facts read from a checkout with git, for the CLI and to fill gaps in Actions. Four
 * questions asked at once, each a process start: the commit and its time; the top directory and
 * the branch (one rev-parse, which prints the top directory even before the first commit); the
 * remote's default branch; the remote's address.
 */
export async function readCheckout(run: Runner, cwd: string): Promise<CheckoutFacts> {
  const [commit, where, originHead, remote] = await Promise.all([
    git(run, cwd, 'log', '-1', '--format=%H %ct', 'HEAD'),
    run(['git', 'rev-parse', '--show-toplevel', '--symbolic-full-name', 'HEAD'], {
      cwd,
      quiet: true,
      allowFailure: true,
    }).catch(() => undefined),
    git(run, cwd, 'symbolic-ref', '--short', '-q', 'refs/remotes/origin/HEAD'),
    git(run, cwd, 'remote', 'get-url', 'origin'),
  ]);
  const [top, head] = where?.stdout.split('\n') ?? [];
  const facts: CheckoutFacts = { info: {} };
  if (top?.startsWith('/')) facts.root = top;
  const [sha, time] = commit?.split(' ') ?? [];
  if (!sha) return facts;
  const info = facts.info;
  info.sha = sha;
  const commitTime = Number(time);
  if (Number.isFinite(commitTime) && commitTime > 0) info.commitTime = commitTime;
  if (where?.code === 0 && head?.startsWith('refs/heads/')) info.branch = head.slice('refs/heads/'.length);
  if (originHead) info.defaultBranch = originHead.replace(/^origin\//, '');
  const url = remote ? httpsRemote(remote) : undefined;
  if (url) info.repositoryUrl = url;
  return facts;
}

/** The top directory of the git work tree that holds `cwd`; undefined outside one (or without git). */
export async function workTreeRoot(run: Runner, cwd: string): Promise<string | undefined> {
  const top = await run(['git', 'rev-parse', '--show-toplevel'], { cwd, quiet: true, allowFailure: true }).catch(
    () => undefined,
  );
  return (top?.code === 0 && top.stdout.trim()) || undefined;
}

/**
 * The files of `dir` a fresh checkout would have, relative to it: git's tracked files plus the
 * untracked ones it does not ignore (this run's node_modules and build output are ignored).
 * Undefined outside a git work tree.
 */
export async function checkoutFiles(run: Runner, dir: string): Promise<string[] | undefined> {
  const listed = await run(['git', 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: dir,
    quiet: true,
    allowFailure: true,
  });
  if (listed.code !== 0) return undefined;
  return listed.stdout.split('\0').filter((f) => f !== '');
}
