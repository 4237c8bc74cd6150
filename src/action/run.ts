import * as core from '@actions/core';
import { messageOf } from '../errors.js';
import { parseInputs, type ActionInputs, type Mode } from '../inputs.js';

/**
 * Each mode's glue, by name: one switch point for every job a workflow runs. A mode's code is
 * loaded when it runs: a `plan` or `report` job does not compile the build's engines and cache
 * clients.
 */
const MODES: Record<Mode, () => Promise<(inputs: ActionInputs, workspace: string) => Promise<void>>> = {
  build: async () => (await import('./build.js')).build,
  check: async () => (await import('./check.js')).runCheckMode,
  plan: async () => (await import('./plan.js')).runPlan,
  report: async () => (await import('./report.js')).runReport,
};

/** The action: inputs once, then the mode's glue; failures end in setFailed. */
export async function run(): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  let inputs: ActionInputs;
  try {
    inputs = parseInputs((name) => core.getInput(name));
  } catch (error: unknown) {
    core.setFailed(messageOf(error));
    return;
  }
  if (inputs.githubToken) core.setSecret(inputs.githubToken);
  await (
    await MODES[inputs.mode]()
  )(inputs, workspace);
}
