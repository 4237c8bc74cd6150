/** What the run knows about the commit it builds; from the runner's variables or from git. */
export interface GitInfo {
  /** full commit sha */
  sha?: string;
  /** the branch being built (the PR's head branch on pull requests) */
  branch?: string;
  defaultBranch: string;
  /** the event that started the run: push, pull_request, workflow_dispatch, ... or "local" */
  event: string;
  /** refs/heads/main, refs/pull/7/merge, refs/tags/v1 */
  ref?: string;
  prNumber?: number;
  /** GITHUB_RUN_NUMBER */
  runNumber?: string;
  /** commit time, seconds since the epoch: SOURCE_DATE_EPOCH and the `created` label */
  commitTime?: number;
  /** https://github.com/owner/repo, for the source label */
  repositoryUrl?: string;
  /** owner/repo */
  repository?: string;
}

/** `push: auto` pushes only for a push to the repository's default branch. */
export function isDefaultBranchPush(git: GitInfo): boolean {
  return git.event === 'push' && git.ref === `refs/heads/${git.defaultBranch}`;
}
