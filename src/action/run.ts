import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ActionsCacheStore } from '../cache/actions-store.js';
import { loadConfig } from '../config/load.js';
import { probeBuildxWithToolkit } from '../engines/detect.js';
import { locationOf, messageOf } from '../errors.js';
import { createRunner } from '../exec.js';
import { gitInfoFromActions, gitInfoFromRepo, type EventPayload } from '../git/read.js';
import { isDefaultBranchPush, type GitInfo } from '../git/info.js';
import { parseInputs, type ActionInputs } from '../inputs.js';
import { runPipeline } from '../pipeline/run.js';
import type { RunResult } from '../report/model.js';
import { allCacheHit, imagesOutput, overallSpeedup, timingsOutput } from '../report/outputs.js';
import { prCommentBody, PrCommentError, prCommentMarker, upsertPrComment } from '../report/pr-comment.js';
import { renderSummary } from '../report/summary.js';
import { setupPipeline } from '../setup.js';
import { ActionLogger } from './logger.js';

function readPayload(file: string | undefined): EventPayload {
  if (!file) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as EventPayload;
  } catch {
    return {};
  }
}

/** The runner's variables and the checkout, combined: the checkout fills in the commit time. */
async function gitInfo(workspace: string, payload: EventPayload, logger: ActionLogger): Promise<GitInfo> {
  const fromEnv = gitInfoFromActions(process.env, payload);
  const fromRepo = await gitInfoFromRepo(createRunner(logger), workspace);
  const info: GitInfo = { ...fromEnv };
  if (info.commitTime === undefined && fromRepo.sha === info.sha && fromRepo.commitTime !== undefined) info.commitTime = fromRepo.commitTime;
  if (!info.sha && fromRepo.sha) info.sha = fromRepo.sha;
  if (!info.repositoryUrl && fromRepo.repositoryUrl) info.repositoryUrl = fromRepo.repositoryUrl;
  return info;
}

function setOutputs(result: RunResult): void {
  core.setOutput('images', JSON.stringify(imagesOutput(result)));
  core.setOutput('timings', JSON.stringify(timingsOutput(result)));
  core.setOutput('cache-hit', String(allCacheHit(result)));
  const speedup = overallSpeedup(result);
  core.setOutput('speedup', speedup === undefined ? '' : String(speedup));
}

async function writeSummary(result: RunResult): Promise<void> {
  try {
    await core.summary.addRaw(renderSummary(result), true).write();
  } catch (error: unknown) {
    core.warning(`could not write the job summary: ${messageOf(error)}`);
  }
}

async function commentOnPullRequest(inputs: ActionInputs, git: GitInfo, result: RunResult): Promise<void> {
  if (git.prNumber === undefined || !git.repository) {
    core.info('pr-comment: not a pull request event; no comment');
    return;
  }
  try {
    const marker = prCommentMarker(process.env.GITHUB_JOB);
    const done = await upsertPrComment({
      apiUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
      token: inputs.githubToken,
      repository: git.repository,
      issueNumber: git.prNumber,
      body: prCommentBody(result, marker),
      marker,
    });
    core.info(`pr-comment: ${done.action} ${done.url}`);
  } catch (error: unknown) {
    const hint = error instanceof PrCommentError && error.permission ? ' (give the job `permissions: pull-requests: write`)' : '';
    core.warning(`pr-comment: ${messageOf(error)}${hint}`);
  }
}

/**
 * How long a cache call may hang before the build goes on without it: five minutes to restore
 * and ten to save by default; ARTIFACT_DOCKER_BUILD_CACHE_TIMEOUT (seconds) sets both.
 */
function cacheTimeouts(raw: string | undefined): { restoreTimeoutMs: number; saveTimeoutMs: number } {
  const seconds = Number(raw);
  if (raw && Number.isFinite(seconds) && seconds > 0) return { restoreTimeoutMs: seconds * 1000, saveTimeoutMs: seconds * 1000 };
  return { restoreTimeoutMs: 5 * 60_000, saveTimeoutMs: 10 * 60_000 };
}

/** The action: inputs → pipeline → outputs, summary, PR comment; failures end in setFailed. */
export async function run(): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const logger = new ActionLogger(workspace);
  let result: RunResult | undefined;
  let inputs: ActionInputs | undefined;
  let git: GitInfo | undefined;
  try {
    inputs = parseInputs((name) => core.getInput(name));
    if (inputs.githubToken) core.setSecret(inputs.githubToken);
    const root = path.resolve(workspace, inputs.workingDirectory);
    const config = loadConfig(path.resolve(root, inputs.config));
    const payload = readPayload(process.env.GITHUB_EVENT_PATH);
    git = await gitInfo(workspace, payload, logger);
    const push = inputs.push === 'auto' ? isDefaultBranchPush(git) : inputs.push === 'true';
    core.info(`push: ${push ? 'yes' : 'no'} (${inputs.push === 'auto' ? `auto: ${git.event} to ${git.ref ?? 'an unknown ref'}, default branch ${git.defaultBranch}` : inputs.push})`);

    const runnerTemp = process.env.RUNNER_TEMP || os.tmpdir();
    let store: ActionsCacheStore | undefined;
    if (inputs.cache && ActionsCacheStore.isAvailable()) {
      store = new ActionsCacheStore(logger, {
        ...cacheTimeouts(process.env.ARTIFACT_DOCKER_BUILD_CACHE_TIMEOUT),
        stagingDir: path.join(runnerTemp, 'artifact-docker-build-cache'),
        run: createRunner(logger),
      });
    } else if (inputs.cache) core.warning('the GitHub Actions cache service is not available to this job: node_modules is installed every time');

    const deps = await setupPipeline({
      logger,
      engine: inputs.engine,
      ...(config.engine ? { configEngine: config.engine } : {}),
      probeBuildx: probeBuildxWithToolkit,
      ...(store ? { store } : {}),
      tempDir: path.join(runnerTemp, `artifact-docker-build-${process.pid}`),
      recordsDir: path.join(runnerTemp, 'artifact-docker-build-records'),
      imagesDir: path.join(runnerTemp, 'artifact-docker-build-images'),
      registryUrl: process.env.npm_config_registry || 'https://registry.npmjs.org',
      ...(process.env.DOCKER_CONFIG ? { dockerConfigDir: process.env.DOCKER_CONFIG } : {}),
    });
    const outcome = await runPipeline(
      {
        config,
        targets: inputs.targets,
        push,
        cache: inputs.cache,
        baseline: inputs.baseline,
        tags: inputs.tags,
        labels: inputs.labels,
        git,
        repositoryRoot: workspace,
      },
      deps,
    );
    result = outcome.result;
    // outputs first: a later step reading them must see them even when this one fails
    setOutputs(result);
    // each failed target was logged, and annotated at its file and line, as it failed: failing
    // the step must not annotate the same error a second time
    if (outcome.error !== undefined) process.exitCode = core.ExitCode.Failure;
  } catch (error: unknown) {
    const location = locationOf(error);
    if (location) {
      // setFailed cannot annotate a file; this is setFailed with the annotation's place
      logger.error(messageOf(error), location);
      process.exitCode = core.ExitCode.Failure;
    } else {
      core.setFailed(messageOf(error));
    }
  } finally {
    if (result && inputs?.summary !== false) await writeSummary(result);
    if (result && inputs?.prComment && git) await commentOnPullRequest(inputs, git, result);
  }
}
