import * as core from '@actions/core';
import path from 'node:path';
import { loadConfig } from '../config/load.js';
import { detectCapabilities } from '../engines/detect.js';
import { probeBuildxWithToolkit } from './buildx.js';
import { formatPlatform, runnerPlatform } from '../engines/oci/platform.js';
import { selectEngine } from '../engines/select.js';
import { locationOf, messageOf } from '../errors.js';
import { createRunner } from '../exec.js';
import { isDefaultBranchPush } from '../git/info.js';
import { gitInfoFromActions, readEventPayload } from '../git/read.js';
import type { ActionInputs } from '../inputs.js';
import { MemoryLogger } from '../log.js';
import { runCheck, type CheckResult } from '../pipeline/check.js';
import { codeSpan, escapeMarkdown, markdownTable } from '../report/markdown.js';
import { ociBlockers, preflightRegistry } from '../setup.js';
import { ActionLogger } from './logger.js';
import { writeSummary } from './publish.js';

/**
 * mode check: the preflight alone (no install, no build, no image). Each finding is an
 * annotation at its file, line and column; the step fails when a target does not pass.
 */
export async function runCheckMode(inputs: ActionInputs, workspace: string): Promise<void> {
  const logger = new ActionLogger(workspace);
  try {
    const config = loadConfig(path.resolve(workspace, inputs.workingDirectory, inputs.config));
    const git = gitInfoFromActions(process.env, readEventPayload(process.env.GITHUB_EVENT_PATH));
    const push = inputs.push === 'auto' ? isDefaultBranchPush(git) : inputs.push === 'true';
    const run = createRunner(new MemoryLogger());
    const caps = await detectCapabilities(run, () => probeBuildxWithToolkit());
    const engine = selectEngine(inputs.engine === 'auto' ? (config.engine ?? 'auto') : inputs.engine, caps, {
      ...(inputs.builder ? { builder: inputs.builder } : {}),
      ociCannot: await ociBlockers(config.targets),
      buildCache:
        inputs.cacheFrom.length + inputs.cacheTo.length > 0 || config.targets.some((t) => t.cacheFrom || t.cacheTo),
    });
    const result = await runCheck(
      { config, targets: inputs.targets, push, repositoryRoot: workspace },
      {
        engine: engine.name,
        daemon: caps.daemon,
        buildPlatform: formatPlatform(runnerPlatform(process.arch)),
        run,
        registry: preflightRegistry(run, logger, process.env.DOCKER_CONFIG || undefined),
      },
    );
    for (const note of result.notes) core.info(note);
    for (const [name, findings] of Object.entries(result.raw)) {
      for (const f of findings)
        (f.severity === 'error' ? logger.error : logger.warning).call(logger, `${name}: ${f.message}`, f.location);
      core.info(`${result.targets[name]!.ok ? 'ok' : 'FAILED'} ${name}`);
    }
    if (inputs.summary) await writeSummary(checkSummary(result));
    if (result.exitCode !== 0) process.exitCode = core.ExitCode.Failure;
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

function checkSummary(result: CheckResult): string {
  const rows = Object.entries(result.targets).map(([name, t]) => {
    const errors = t.findings.filter((f) => f.severity === 'error');
    const first = errors[0] ?? t.findings[0];
    const where = first ? codeSpan(`${first.file}${first.line ? `:${first.line}` : ''}`, 'table') : '';
    return [
      escapeMarkdown(name),
      t.ok ? 'passes' : `fails (${errors.length})`,
      first ? `${where} ${escapeMarkdown(first.message)}` : '',
    ];
  });
  return `## artifact-docker-build check\n\n${markdownTable(['target', 'result', 'first finding'], rows, ['left', 'left', 'left'])}\n`;
}
