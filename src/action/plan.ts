import * as core from '@actions/core';
import path from 'node:path';
import { loadConfig } from '../config/load.js';
import { locationOf, messageOf } from '../errors.js';
import { createRunner } from '../exec.js';
import { readEventPayload } from '../git/read.js';
import type { ActionInputs } from '../inputs.js';
import { MemoryLogger } from '../log.js';
import { matrixOf } from '../plan/affected.js';
import { defaultBase } from '../plan/base.js';
import { fetchCommit, repositoryRoot, resolveCommit } from '../plan/git.js';
import { renderPlanSummary } from '../plan/summary.js';
import { describePlan, planSince } from '../plan/since.js';
import { writeSummary } from './publish.js';
import { ActionLogger } from './logger.js';

/**
 * mode plan: the matrix of the targets this pull request or push affects. The base commit is
 * fetched when the checkout lacks it (actions/checkout fetches one commit unless told otherwise).
 */
export async function runPlan(inputs: ActionInputs, workspace: string): Promise<void> {
  const logger = new ActionLogger(workspace);
  try {
    const config = loadConfig(path.resolve(workspace, inputs.workingDirectory, inputs.config));
    const event = process.env.GITHUB_EVENT_NAME || 'push';
    const base = inputs.since
      ? { since: inputs.since }
      : defaultBase(event, readEventPayload(process.env.GITHUB_EVENT_PATH));
    const run = createRunner(new MemoryLogger());
    if (base.since !== undefined) {
      const root = await repositoryRoot(run, config.dir);
      if (!(await resolveCommit(run, root, base.since)) && /^[0-9a-f]{7,40}$/i.test(base.since)) {
        core.info(`fetching ${base.since} from origin: the checkout does not have it`);
        await fetchCommit(run, root, base.since);
      }
    }
    const plan = await planSince(run, config, base.since, base.since === undefined ? base.reason : undefined);
    for (const line of describePlan(plan)) core.info(line);
    core.setOutput('matrix', JSON.stringify(matrixOf(plan)));
    if (inputs.summary) await writeSummary(renderPlanSummary(plan));
  } catch (error: unknown) {
    const location = locationOf(error);
    if (location) {
      logger.error(messageOf(error), location);
      process.exitCode = core.ExitCode.Failure;
    } else {
      core.setFailed(messageOf(error));
    }
  }
}
