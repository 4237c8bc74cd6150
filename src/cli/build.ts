import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { LocalDirectoryStore } from '../cache/local-store.js';
import { loadConfig } from '../config/load.js';
import { probeBuildxWithRunner } from '../engines/detect.js';
import { exitCodeOf, messageOf } from '../errors.js';
import { createRunner } from '../exec.js';
import { exitOnSignals } from '../interrupt.js';
import type { GitInfo } from '../git/info.js';
import { readCheckout } from '../git/read.js';
import { probeHost } from '../machine.js';
import type { RunResult } from '../report/model.js';
import type { CliOptions } from './args.js';
import { StderrLogger } from './logger.js';
import { claimStdout } from './stdout.js';
import { cliToolCache } from './tool-cache.js';

function cacheHome(env: NodeJS.ProcessEnv): string {
  return env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
}

async function report(result: RunResult, options: CliOptions, out: (text: string) => void): Promise<void> {
  const [{ resultDocument }, { renderSummary }, { renderTable }] = await Promise.all([
    import('../report/result-file.js'),
    import('../report/summary.js'),
    import('../report/table.js'),
  ]);
  if (options.json) {
    // the same document as the action's result file, so `report` merges either
    out(`${JSON.stringify(resultDocument(result), null, 2)}\n`);
    process.stderr.write(`\n${renderTable(result)}\n`);
  } else {
    out(`\n${renderTable(result)}\n`);
  }
  if (options.summary) {
    try {
      await writeFile(options.summary, renderSummary(result));
    } catch (error: unknown) {
      process.stderr.write(`warning: could not write ${options.summary}: ${messageOf(error)}\n`);
    }
  }
}

/** The build, its flags parsed: config → pipeline → table or JSON; returns the exit status. */
export async function buildCommand(options: CliOptions, env: NodeJS.ProcessEnv): Promise<number> {
  const logger = new StderrLogger(options.verbose);
  exitOnSignals((message) => logger.warning(message));
  const stdout = claimStdout();
  let result: RunResult | undefined;
  let tempDir: string | undefined;
  try {
    const config = loadConfig(options.config);
    const cacheRoot = path.join(cacheHome(env), 'artifact-docker-build');
    const run = createRunner(logger);
    // @actions/tool-cache keeps package managers it fetches here, as it does on a runner
    env.RUNNER_TOOL_CACHE ||= path.join(cacheRoot, 'tools');
    const runnerTemp = (env.RUNNER_TEMP ||= path.join(os.tmpdir(), 'artifact-docker-build'));
    await mkdir(runnerTemp, { recursive: true });
    const runDir = (tempDir = path.join(runnerTemp, `run-${process.pid}`));
    // the engine probes, the cache's compressor probe and git's questions all started at once:
    // they answer while the pipeline's code (most of the bundle) compiles
    const host = probeHost(run, () => probeBuildxWithRunner(run));
    const store = options.cache
      ? LocalDirectoryStore.create(options.cacheDir ?? path.join(cacheRoot, 'entries'), run)
      : undefined;
    const checkout = readCheckout(run, config.dir);
    const [deps, repo, { runPipeline }] = await Promise.all([
      import('../setup.js').then(({ setupPipeline }) =>
        setupPipeline({
          logger,
          engine: options.engine,
          ...(config.engine ? { configEngine: config.engine } : {}),
          host,
          toolCache: cliToolCache,
          ...(store ? { store } : {}),
          tempDir: runDir,
          recordsDir: path.join(runnerTemp, 'records'),
          imagesDir: path.join(runnerTemp, 'images'),
          registryUrl: env.npm_config_registry || 'https://registry.npmjs.org',
          ...(env.DOCKER_CONFIG ? { dockerConfigDir: env.DOCKER_CONFIG } : {}),
          ...(options.builder ? { builder: options.builder } : {}),
          targets: config.targets,
          buildCache:
            options.cacheFrom.length + options.cacheTo.length > 0 ||
            config.targets.some((t) => t.cacheFrom || t.cacheTo),
        }),
      ),
      checkout,
      import('../pipeline/run.js'),
    ]);
    const repositoryRoot = repo.root ?? config.dir;
    const git: GitInfo = { event: 'local', defaultBranch: 'main', ...repo.info };
    const outcome = await runPipeline(
      {
        config,
        targets: options.targets,
        push: options.push,
        cache: options.cache,
        baseline: options.baseline,
        buildCache: { from: options.cacheFrom, to: options.cacheTo },
        git,
        repositoryRoot,
      },
      deps,
    );
    result = outcome.result;
    await report(result, options, stdout.write);
    // each failed target was logged as it failed; printing the error again would only repeat it
    return outcome.error === undefined ? 0 : exitCodeOf(outcome.error);
  } catch (error: unknown) {
    logger.error(messageOf(error));
    return exitCodeOf(error);
  } finally {
    // the staged contexts and engine files of this run; the cache and the images dir stay
    if (tempDir) await rm(tempDir, { recursive: true, force: true }).catch(() => undefined);
    stdout.release();
  }
}
