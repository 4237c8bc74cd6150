import { UsageError } from '../errors.js';
import type { Runner } from '../exec.js';
import { workTreeRoot } from '../git/read.js';

/**
 * The git facts the planner needs, read with plain git commands: the commit to compare with,
 * the files changed since, and a file's text at a commit.
 */

export interface GitChanges {
  /** the commit compared with HEAD */
  base: string;
  /** how base was found: the merge base of REF and HEAD, or REF itself when they share no history here */
  via: 'merge-base' | 'ref';
  /** repository-relative posix paths, renames split into the old and the new path */
  files: string[];
}

async function git(run: Runner, cwd: string, args: string[]): Promise<{ code: number; stdout: string }> {
  const result = await run(['git', ...args], { cwd, quiet: true, allowFailure: true });
  return { code: result.code, stdout: result.stdout };
}

export async function repositoryRoot(run: Runner, cwd: string): Promise<string> {
  const top = await workTreeRoot(run, cwd);
  if (!top) throw new UsageError(`${cwd} is not inside a git repository: plan --since compares commits`);
  return top;
}

export async function resolveCommit(run: Runner, cwd: string, ref: string): Promise<string | undefined> {
  const found = await git(run, cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  return found.code === 0 ? found.stdout.trim() : undefined;
}

/**
 * Fetches one commit from origin, for a shallow checkout (actions/checkout fetches one commit by
 * default) that lacks the base. GitHub serves any commit of the repository by its sha.
 */
export async function fetchCommit(run: Runner, cwd: string, sha: string): Promise<boolean> {
  const fetched = await git(run, cwd, ['fetch', '--no-tags', '--quiet', '--depth=1', 'origin', sha]);
  return fetched.code === 0;
}

/**
 * The files changed from REF to HEAD. Like a pull request's diff, this starts at the merge base,
 * so that `--since main` on a branch leaves out what main did meanwhile. A shallow checkout has
 * no merge base: then the trees of REF and HEAD are compared, which is the same thing for a pull
 * request's merge commit against its base and for a push against the commit before it.
 */
export async function changedFiles(run: Runner, cwd: string, ref: string): Promise<GitChanges> {
  const commit = await resolveCommit(run, cwd, ref);
  if (!commit) {
    throw new UsageError(
      `--since ${ref}: no such commit in this clone; fetch it (git fetch origin ${ref}) or, in a workflow, give actions/checkout \`fetch-depth: 0\``,
    );
  }
  const mergeBase = await git(run, cwd, ['merge-base', commit, 'HEAD']);
  const base = mergeBase.code === 0 && mergeBase.stdout.trim() ? mergeBase.stdout.trim() : commit;
  const diff = await git(run, cwd, ['diff', '--name-only', '-z', '--no-renames', base, 'HEAD', '--']);
  if (diff.code !== 0) throw new UsageError(`git diff ${base} HEAD failed in ${cwd}`);
  return {
    base,
    via: base === commit && mergeBase.code !== 0 ? 'ref' : 'merge-base',
    files: diff.stdout.split('\0').filter(Boolean),
  };
}

/** A file's text at a commit; undefined when it did not exist there. */
export async function fileAt(run: Runner, cwd: string, commit: string, file: string): Promise<string | undefined> {
  const shown = await git(run, cwd, ['show', `${commit}:${file}`]);
  return shown.code === 0 ? shown.stdout : undefined;
}
