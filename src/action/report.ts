import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { messageOf } from '../errors.js';
import { gitInfoFromActions, readEventPayload } from '../git/read.js';
import type { ActionInputs } from '../inputs.js';
import { renderMatrixSummary } from '../report/matrix-summary.js';
import { mergeRuns } from '../report/merge.js';
import { readResultDocument } from '../report/result-file.js';
import { findResultFiles } from '../report/result-files.js';
import { commentOnPullRequest, setOutputs, writeSummary } from './publish.js';

/**
 * mode report: the build jobs' result files, merged into one job summary, one sticky pull
 * request comment and the outputs a single run would set.
 */
export async function runReport(inputs: ActionInputs, workspace: string): Promise<void> {
  try {
    if (inputs.results.length === 0)
      throw new Error(
        'mode report needs `results`: the result files, or the directory actions/download-artifact put them in',
      );
    const cwd = path.resolve(workspace, inputs.workingDirectory);
    const files = findResultFiles(inputs.results, cwd);
    const runs = await Promise.all(
      files.map(async (file) => ({
        source: path.relative(cwd, file),
        run: readResultDocument(await readFile(file, 'utf8'), file),
      })),
    );
    const merged = mergeRuns(runs);
    core.info(
      `merged ${files.length} result ${files.length === 1 ? 'file' : 'files'}: ${merged.run.targets.map((t) => t.name).join(', ') || 'no targets'}`,
    );
    for (const name of merged.duplicates)
      core.warning(`${name} is in more than one result file: the latest run is reported`);
    setOutputs(merged.run);
    const body = renderMatrixSummary(merged);
    if (inputs.summary) await writeSummary(body);
    if (inputs.prComment) {
      const git = gitInfoFromActions(process.env, readEventPayload(process.env.GITHUB_EVENT_PATH));
      await commentOnPullRequest(inputs.githubToken, git, (marker) => `${marker}\n${body}`);
    }
  } catch (error: unknown) {
    core.setFailed(messageOf(error));
  }
}
