import type { EventPayload } from '../git/read.js';

/** What a workflow run compares with, or why it plans every target. */
export type PlanBase = { since: string } | { since?: undefined; reason: string };

const ZERO_SHA = /^0+$/;

/**
 * The commit a run's plan compares HEAD with when no `since` is given: the pull request's base
 * (HEAD is then the merge commit GitHub made of the head and that base), or on a push the commit
 * the branch pointed at before. A new branch, a tag or another event has nothing to compare
 * with: every target is planned.
 */
export function defaultBase(event: string, payload: EventPayload): PlanBase {
  if (event === 'pull_request' || event === 'pull_request_target') {
    const sha = payload.pull_request?.base?.sha;
    return sha ? { since: sha } : { reason: `a ${event} event without the base commit in its payload: every target` };
  }
  if (event === 'merge_group') {
    const sha = (payload as { merge_group?: { base_sha?: string } }).merge_group?.base_sha;
    return sha ? { since: sha } : { reason: 'a merge_group event without base_sha: every target' };
  }
  if (event === 'push') {
    const before = payload.before;
    if (!before || ZERO_SHA.test(before))
      return { reason: 'a push that created the branch or tag: no previous commit, every target' };
    return { since: before };
  }
  return { reason: `a ${event} event has no previous commit to compare with: every target` };
}
