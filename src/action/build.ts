import * as core from '@actions/core';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { CacheStore } from '../cache/store.js';
import { loadConfig } from '../config/load.js';
import { locationOf, messageOf } from '../errors.js';
import { createRunner } from '../exec.js';
import { exitOnSignals } from '../interrupt.js';
import { gitInfoFromActions, readCheckout, readEventPayload, type EventPayload } from '../git/read.js';
import { isDefaultBranchPush, type GitInfo } from '../git/info.js';
import type { ActionInputs } from '../inputs.js';
import { probeHost } from '../machine.js';
import type { RunResult } from '../report/model.js';
import { prCommentBody } from '../report/pr-comment.js';
import { renderSummary } from '../report/summary.js';
import { resultDocument, resultFileName } from '../report/result-file.js';
import { commentOnPullRequest, setOutputs, writeSummary } from './publish.js';
import { ActionLogger } from './logger.js';

/** The runner's variables and the checkout, combined: the checkout fills in the commit time. */
async function gitInfo(workspace: string, payload: EventPayload, logger: ActionLogger): Promise<GitInfo> {
  const fromEnv = gitInfoFromActions(process.env, payload);
  const fromRepo = (await readCheckout(createRunner(logger), workspace)).info;
  const info: GitInfo = { ...fromEnv };
  if (info.commitTime === undefined && fromRepo.sha === info.sha && fromRepo.commitTime !== undefined)
    info.commitTime = fromRepo.commitTime;
  if (!info.sha && fromRepo.sha) info.sha = fromRepo.sha;
  if (!info.repositoryUrl && fromRepo.repositoryUrl) info.repositoryUrl = fromRepo.repositoryUrl;
  return info;
}

/**
 * How long a cache call may hang before the build goes on without it: five minutes to restore
 * and ten to save by default; ARTIFACT_DOCKER_BUILD_CACHE_TIMEOUT (seconds) sets both.
 */
function cacheTimeouts(raw: string | undefined): { restoreTimeoutMs: number; saveTimeoutMs: number } {
  const seconds = Number(raw);
  if (raw && Number.isFinite(seconds) && seconds > 0)
    return { restoreTimeoutMs: seconds * 1000, saveTimeoutMs: seconds * 1000 };
  return { restoreTimeoutMs: 5 * 60_000, saveTimeoutMs: 10 * 60_000 };
}

/**
 * The run's result as a file (images, timings and the full record), named after the job and its
 * targets so that the files of a matrix's jobs keep apart when downloaded into one directory.
 */
async function writeResultFile(result: RunResult): Promise<void> {
  try {
    const dir = path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'artifact-docker-build-results');
    const file = path.join(dir, resultFileName(process.env.GITHUB_JOB, result));
    await mkdir(dir, { recursive: true });
    await writeFile(file, `${JSON.stringify(resultDocument(result), null, 2)}\n`);
    core.setOutput('result-file', file);
  } catch (error: unknown) {
    core.warning(`could not write the result file: ${messageOf(error)}`);
  }
}

/** The Actions cache, when the job can reach its service; loaded beside the pipeline's code. */
async function actionsCache(logger: ActionLogger, runnerTemp: string): Promise<CacheStore | undefined> {
  const { ActionsCacheStore } = await import('../cache/actions-store.js');
  if (!ActionsCacheStore.isAvailable()) {
    core.warning('the GitHub Actions cache service is not available to this job: node_modules is installed every time');
    return undefined;
  }
  return new ActionsCacheStore(logger, {
    ...cacheTimeouts(process.env.ARTIFACT_DOCKER_BUILD_CACHE_TIMEOUT),
    stagingDir: path.join(runnerTemp, 'artifact-docker-build-cache'),
    run: createRunner(logger),
  });
}

/** mode build: inputs → pipeline → outputs, result file, summary, PR comment. */
export async function build(inputs: ActionInputs, workspace: string): Promise<void> {
  const logger = new ActionLogger(workspace);
  exitOnSignals((message) => logger.warning(message));
  let result: RunResult | undefined;
  let git: GitInfo | undefined;
  let tempDir: string | undefined;
  try {
    const root = path.resolve(workspace, inputs.workingDirectory);
    const config = loadConfig(path.resolve(root, inputs.config));
    const payload = readEventPayload(process.env.GITHUB_EVENT_PATH);
    const run = createRunner(logger);
    // the engine probes, git and the cache client all started at once: they answer while the
    // pipeline's code (most of the bundle) compiles
    const host = probeHost(run, async () => (await import('./buildx.js')).probeBuildxWithToolkit());
    const reading = gitInfo(workspace, payload, logger);
    const runnerTemp = process.env.RUNNER_TEMP || os.tmpdir();
    const store = inputs.cache ? actionsCache(logger, runnerTemp) : undefined;
    const [repo, deps, { runPipeline }] = await Promise.all([
      reading,
      import('../setup.js').then(({ setupPipeline }) =>
        setupPipeline({
          logger,
          engine: inputs.engine,
          ...(config.engine ? { configEngine: config.engine } : {}),
          host,
          ...(store ? { store } : {}),
          tempDir: (tempDir = path.join(runnerTemp, `artifact-docker-build-${process.pid}`)),
          recordsDir: path.join(runnerTemp, 'artifact-docker-build-records'),
          imagesDir: path.join(runnerTemp, 'artifact-docker-build-images'),
          registryUrl: process.env.npm_config_registry || 'https://registry.npmjs.org',
          ...(process.env.DOCKER_CONFIG ? { dockerConfigDir: process.env.DOCKER_CONFIG } : {}),
          ...(inputs.builder ? { builder: inputs.builder } : {}),
          targets: config.targets,
          buildCache:
            inputs.cacheFrom.length + inputs.cacheTo.length > 0 || config.targets.some((t) => t.cacheFrom || t.cacheTo),
        }),
      ),
      import('../pipeline/run.js'),
    ]);
    git = repo;
    const push = inputs.push === 'auto' ? isDefaultBranchPush(git) : inputs.push === 'true';
    core.info(
      `push: ${push ? 'yes' : 'no'} (${inputs.push === 'auto' ? `auto: ${git.event} to ${git.ref ?? 'an unknown ref'}, default branch ${git.defaultBranch}` : inputs.push})`,
    );
    const outcome = await runPipeline(
      {
        config,
        targets: inputs.targets,
        push,
        cache: inputs.cache,
        baseline: inputs.baseline,
        tags: inputs.tags,
        labels: inputs.labels,
        buildCache: { from: inputs.cacheFrom, to: inputs.cacheTo },
        git,
        repositoryRoot: workspace,
      },
      deps,
    );
    result = outcome.result;
    // outputs first: a later step reading them must see them even when this one fails
    setOutputs(result);
    await writeResultFile(result);
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
    // the staged contexts and engine files of this run; records and images stay
    if (tempDir) await rm(tempDir, { recursive: true, force: true }).catch(() => undefined);
    if (result && inputs.summary) await writeSummary(renderSummary(result));
    if (result && inputs.prComment && git) {
      const run = result;
      await commentOnPullRequest(inputs.githubToken, git, (marker) => prCommentBody(run, marker));
    }
  }
}
