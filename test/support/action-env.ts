import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ImagesOutput, TimingsOutput } from '../../src/report/outputs.js';
import { ACTION_BUNDLE, cleanEnv, runNode } from './fixture.js';

/** What a runner hands a JavaScript action: INPUT_* variables and the GITHUB_* files. */
export interface RunnerFiles {
  env: NodeJS.ProcessEnv;
  outputs: () => Record<string, string>;
  summary: () => string;
}

export function runnerEnv(options: {
  workspace: string;
  sha: string;
  inputs: Record<string, string>;
  event?: 'push' | 'pull_request';
  ref?: string;
  extra?: Record<string, string | undefined>;
  /** keep RUNNER_TEMP across runs, as a runner's temp dir is the same path every job */
  runnerTemp?: string;
  /** more of the event's payload (a pull request's base, a push's `before`) */
  payload?: Record<string, unknown>;
  job?: string;
}): RunnerFiles {
  const home = mkdtempSync(path.join(os.tmpdir(), 'adb-runner-'));
  const outputFile = path.join(home, 'output');
  const summaryFile = path.join(home, 'summary.md');
  const eventFile = path.join(home, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const event = options.event ?? 'push';
  writeFileSync(
    eventFile,
    JSON.stringify({
      repository: { default_branch: 'main', html_url: 'https://github.com/acme/fixture' },
      ...(event === 'pull_request' ? { pull_request: { number: 7, head: { ref: 'feature/x' } } } : {}),
      ...options.payload,
    }),
  );
  const runnerTemp = options.runnerTemp ?? path.join(home, 'temp');
  mkdirSync(runnerTemp, { recursive: true });
  const env = cleanEnv({
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REF: options.ref ?? (event === 'push' ? 'refs/heads/main' : 'refs/pull/7/merge'),
    GITHUB_HEAD_REF: event === 'pull_request' ? 'feature/x' : '',
    GITHUB_SHA: options.sha,
    GITHUB_REPOSITORY: 'acme/fixture',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_NUMBER: '42',
    GITHUB_JOB: options.job ?? 'build',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: path.join(home, 'tool-cache'),
    ...Object.fromEntries(Object.entries(options.inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...options.extra,
  });
  return {
    env,
    outputs: () => parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: () => readFileSync(summaryFile, 'utf8'),
  };
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr together */
  log: string;
  outputs: Record<string, string>;
  images: ImagesOutput;
  timings: TimingsOutput | undefined;
  summary: string;
}

/** Runs the built action (dist/index.js) in `cwd` as a runner would, and reads what it left. */
export async function runActionBundle(cwd: string, options: Parameters<typeof runnerEnv>[0]): Promise<ActionRun> {
  const runner = runnerEnv(options);
  const result = await runNode(ACTION_BUNDLE, [], { cwd, env: runner.env });
  const outputs = runner.outputs();
  return {
    ...result,
    log: `${result.stdout}\n${result.stderr}`,
    outputs,
    images: outputs.images ? (JSON.parse(outputs.images) as ImagesOutput) : {},
    timings: outputs.timings ? (JSON.parse(outputs.timings) as TimingsOutput) : undefined,
    summary: runner.summary(),
  };
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    outputs[m[1]!] = value.join('\n');
  }
  return outputs;
}
