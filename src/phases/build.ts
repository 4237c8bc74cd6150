import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CommandError } from '../errors.js';
import { shellArgv } from '../exec.js';
import type { TargetState } from '../pipeline/context.js';
import type { PhaseOutcome } from '../pipeline/timeline.js';
import { buildOrder, type WorkspacePackage } from '../workspace/graph.js';

/** Runs one of the user's commands; its time is the user's, not ours, failed or not. */
async function userCommand(
  state: TargetState,
  command: string,
  cwd: string,
  env: Record<string, string>,
): Promise<void> {
  try {
    const result = await state.run(shellArgv(command), { cwd, env });
    state.userSeconds += result.seconds;
  } catch (error: unknown) {
    if (error instanceof CommandError) state.userSeconds += error.seconds;
    throw error;
  }
}

/**
 * In a workspace, the binaries of the app's and the root's node_modules come first on PATH,
 * as `npm run` would put them, so a build command may call `tsc` or `next` directly.
 */
function buildEnv(state: TargetState): Record<string, string> {
  if (!state.plan.workspace) return state.env;
  const bins = [...new Set([state.target.context, state.plan.installDir])].map((dir) =>
    path.join(dir, 'node_modules', '.bin'),
  );
  return { ...state.env, PATH: [...bins, state.env.PATH ?? process.env.PATH ?? ''].join(path.delimiter) };
}

/**
 * Builds the local packages the app depends on that have a `build` script, each after its own
 * local dependencies, once per run however many apps use it.
 */
async function buildLocalPackages(state: TargetState, env: Record<string, string>): Promise<WorkspacePackage[]> {
  const workspace = state.plan.workspace!;
  const built: WorkspacePackage[] = [];
  for (const pkg of buildOrder(
    workspace.graph,
    workspace.local.map((p) => p.name),
  )) {
    const manifest = JSON.parse(await readFile(path.join(pkg.dir, 'package.json'), 'utf8')) as {
      scripts?: Record<string, unknown>;
    };
    if (typeof manifest.scripts?.build !== 'string') continue;
    const command = `${state.plan.pm.name} run build`;
    const run = (): Promise<void> => userCommand(state, command, pkg.dir, env);
    if (state.shared) {
      const { owner } = await state.shared.once(`build ${pkg.dir}`, state.target.name, run);
      if (owner !== state.target.name) state.logger.info(`${pkg.name} was built for this run by ${owner}`);
    } else {
      await run();
    }
    built.push(pkg);
  }
  return built;
}

/** The user's own commands, in order, in the target's context, after the local packages it uses. */
export async function build(state: TargetState): Promise<PhaseOutcome> {
  const commands = state.target.build;
  const env = buildEnv(state);
  const local = state.plan.workspace ? await buildLocalPackages(state, env) : [];
  if (commands.length === 0 && local.length === 0) return { status: 'skipped', detail: 'no build commands' };
  for (const command of commands) await userCommand(state, command, state.target.context, env);
  const parts = [`${commands.length} command${commands.length === 1 ? '' : 's'}`];
  if (local.length > 0) parts.push(`local packages built first: ${local.map((p) => p.name).join(', ')}`);
  return { status: 'ok', detail: parts.join('; ') };
}
