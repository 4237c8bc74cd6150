import * as core from '@actions/core';
import { messageOf } from '../errors.js';
import type { GitInfo } from '../git/info.js';
import type { RunResult } from '../report/model.js';
import { allCacheHit, imagesOutput, overallSpeedup, timingsOutput } from '../report/outputs.js';
import { prCommentMarker } from '../report/pr-comment.js';
import { PrCommentError, upsertPrComment } from './pr-comment.js';

/** The outputs a build sets, from the run's record (one job's, or a matrix's merged). */
export function setOutputs(result: RunResult): void {
  core.setOutput('images', JSON.stringify(imagesOutput(result)));
  core.setOutput('timings', JSON.stringify(timingsOutput(result)));
  core.setOutput('cache-hit', String(allCacheHit(result)));
  const speedup = overallSpeedup(result);
  core.setOutput('speedup', speedup === undefined ? '' : String(speedup));
}

/** The job summary; best effort: a summary that cannot be written fails nothing. */
export async function writeSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown, true).write();
  } catch (error: unknown) {
    core.warning(`could not write the job summary: ${messageOf(error)}`);
  }
}

/** One comment per pull request and job, updated in place; best effort, like the summary. */
export async function commentOnPullRequest(
  token: string,
  git: GitInfo,
  body: (marker: string) => string,
): Promise<void> {
  if (git.prNumber === undefined || !git.repository) {
    core.info('pr-comment: not a pull request event; no comment');
    return;
  }
  try {
    const marker = prCommentMarker(process.env.GITHUB_JOB);
    const done = await upsertPrComment({
      apiUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
      token,
      repository: git.repository,
      issueNumber: git.prNumber,
      body: body(marker),
      marker,
    });
    core.info(`pr-comment: ${done.action} ${done.url}`);
  } catch (error: unknown) {
    const hint =
      error instanceof PrCommentError && error.permission ? ' (give the job `permissions: pull-requests: write`)' : '';
    core.warning(`pr-comment: ${messageOf(error)}${hint}`);
  }
}
