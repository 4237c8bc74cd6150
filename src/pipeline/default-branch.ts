import path from 'node:path';
import { sha256 } from '../cache/key.js';
import { readNewestRecord, writeNewestRecord } from '../cache/records.js';
import { isDefaultBranchPush } from '../git/info.js';
import type { DefaultBranchRecord, TargetResult } from '../report/model.js';
import type { PipelineDeps, PipelineOptions } from './context.js';

/**
 * What a pull request is compared with: per target, the last successful run on the default
 * branch (its time, image size and layers), kept as a small record in the cache store. The
 * Actions cache lets pull requests read entries saved on the default branch, and only the
 * default branch saves, so a pull request never compares with another pull request.
 */

const KEY_VERSION = 'v1';

/** The records' key prefix of one target: its name and directory, on this kind of machine. */
export function defaultBranchPrefix(target: string, root: string, os: string, arch: string): string {
  return ['adb', KEY_VERSION, 'branch', os, arch, sha256(target, root.replace(/\\/g, '/')).slice(0, 24), ''].join('-');
}

export function isDefaultBranchRecord(value: unknown): value is DefaultBranchRecord {
  const r = value as Partial<DefaultBranchRecord> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.branch === 'string' &&
    typeof r.sha === 'string' &&
    typeof r.recordedAt === 'string' &&
    typeof r.seconds === 'number' &&
    (r.size === undefined || typeof r.size === 'number') &&
    (r.layers === undefined ||
      (Array.isArray(r.layers) && r.layers.every((l) => typeof l?.size === 'number' && typeof l.step === 'string')))
  );
}

/** The record a successful target leaves on the default branch. */
export function recordOf(t: TargetResult, branch: string, sha: string, now: Date): DefaultBranchRecord {
  const record: DefaultBranchRecord = {
    branch,
    sha,
    recordedAt: now.toISOString(),
    seconds: Math.round((t.end - t.start) * 100) / 100,
  };
  if (t.image?.size !== undefined) record.size = t.image.size;
  if (t.image?.layers) record.layers = t.image.layers;
  return record;
}

/**
 * On a push to the default branch, records every target that was built; on a pull request,
 * attaches the default branch's record to each target. Best effort either way.
 */
export async function compareWithDefaultBranch(
  targets: TargetResult[],
  roots: ReadonlyMap<string, string>,
  options: PipelineOptions,
  deps: PipelineDeps,
): Promise<void> {
  const { store } = deps;
  if (!store) return;
  const git = options.git;
  const pullRequest = git.prNumber !== undefined || git.event === 'pull_request' || git.event === 'pull_request_target';
  const recording = isDefaultBranchPush(git) && git.sha !== undefined;
  if (!pullRequest && !recording) return;
  for (const t of targets) {
    if (t.status !== 'ok' || t.reused) continue;
    const prefix = defaultBranchPrefix(t.name, roots.get(t.name) ?? '.', deps.platform, deps.arch);
    const dir = path.join(deps.recordsDir, prefix.slice(0, -1));
    try {
      if (recording) {
        const record = recordOf(t, git.defaultBranch, git.sha!, new Date());
        // newest wins by key: the time first, then the commit
        await writeNewestRecord(
          store,
          dir,
          prefix,
          `${record.recordedAt.replace(/\D/g, '').slice(0, 14)}-${git.sha!.slice(0, 12)}`,
          record,
        );
      } else {
        const record = await readNewestRecord(store, dir, prefix, isDefaultBranchRecord);
        if (record) t.defaultBranch = record;
      }
    } catch (error: unknown) {
      deps.logger.warning(
        `${t.name}: the comparison with ${git.defaultBranch} is left out: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}
