import path from 'node:path';
import { sha256 } from '../cache/key.js';
import { readRecord, writeRecord } from '../cache/records.js';
import { shellArgv } from '../exec.js';
import { defaultPruneCommand } from '../pm/commands.js';
import type { PipelineDeps, PipelineOptions, TargetState } from '../pipeline/context.js';
import type { PhaseOutcome } from '../pipeline/timeline.js';
import { countPackages } from '../pm/packages.js';
import { productionTree } from './production-tree.js';
import { applyPrunePlan, isPrunePlan, listInstalled, recordPnpmPrune, recordPrune } from '../pm/prune-plan.js';
import type { PrunePlan } from '../pm/prune-plan.js';
import { listPnpmTree, pnpmPruneInputs, pnpmSettings } from '../pm/pnpm-tree.js';
import { nodeModulesDir } from './restore.js';

/**
 * Removes dev dependencies so the image ships production packages only. For npm and pnpm, what
 * the default prune changes is recorded under the node_modules key; a run that restored that
 * exact tree replays the changes instead of running the package manager again (the
 * validation's dev-dependency check still runs after either way). pnpm's plan is replayed only
 * onto the same tree as the build left it, with the same settings and store; yarn 1 and bun
 * prune by reinstalling, which a record of changes cannot stand for.
 */
export async function prune(state: TargetState, options: PipelineOptions, deps: PipelineDeps): Promise<PhaseOutcome> {
  if (state.plan.workspace) return productionTree(state, deps);
  const nodeModules = nodeModulesDir(state);
  const all = await countPackages(nodeModules);
  const command = state.plan.pruneCommand;
  if (command === false) {
    state.packages = { production: all, all };
    return { status: 'skipped', detail: 'prune: false' };
  }
  const store = options.cache ? deps.store : undefined;
  const pm = state.plan.pm.name;
  // only the package manager's own prune is replayed: a custom command may do more
  const replayable =
    (pm === 'npm' || pm === 'pnpm') &&
    command === defaultPruneCommand(state.plan.pm) &&
    store !== undefined &&
    state.cacheKey !== undefined;
  const key = productionTreeKey(state);
  const recordDir = path.join(deps.recordsDir, key);
  const pnpmBefore = replayable && pm === 'pnpm' ? await pnpmState(state, nodeModules) : undefined;
  if (replayable && state.cacheHit) {
    const plan = await readRecord(store, recordDir, key, isPrunePlan);
    if (plan && pnpmBefore && plan.inputs !== pnpmBefore.inputs) {
      state.logger.info(
        `not replaying the recorded \`${command}\`: node_modules as the build left it, pnpm's settings or its store differ from the recorded run's`,
      );
    } else if (plan) {
      await applyPrunePlan(nodeModules, plan);
      state.logger.info(`replayed the recorded \`${command}\`: ${replaySummary(plan)}`);
      state.packages = { production: await countPackages(nodeModules), all };
      return { status: 'ok', detail: `replayed the recorded prune (${plan.removed.length} removed)` };
    }
  }
  const before = replayable && pm === 'npm' ? await listInstalled(nodeModules) : [];
  await state.run(shellArgv(command), { cwd: state.target.context, env: state.env });
  if (replayable) {
    const plan = pnpmBefore
      ? await recordPnpmPrune(nodeModules, pnpmBefore.listing, await listPnpmTree(nodeModules), pnpmBefore.inputs)
      : await recordPrune(nodeModules, before);
    if (plan) await writeRecord(store, recordDir, key, plan);
  }
  const production = await countPackages(nodeModules);
  state.packages = { production, all };
  return { status: 'ok', detail: `${all} → ${production} packages` };
}

/** pnpm's tree before its prune, and the digest of everything the prune's outcome depends on. */
async function pnpmState(state: TargetState, nodeModules: string) {
  const listing = await listPnpmTree(nodeModules);
  const settings = await pnpmSettings([state.plan.installDir, state.target.context]);
  return { listing, inputs: pnpmPruneInputs(listing, settings, { ...process.env, ...state.env }) };
}

function replaySummary(plan: PrunePlan): string {
  const rewritten = (plan.written?.length ?? 0) + (plan.linked?.length ?? 0);
  return `${plan.removed.length} packages and links removed${rewritten ? `, ${rewritten} metadata files and links rewritten` : ''}`;
}

/**
 * What the production tree (node_modules after the prune) is keyed by: the installed tree's key
 * and the prune command. Records about the production tree (what the prune removed, the trace's
 * analyses) hang off it.
 */
export function productionTreeKey(state: TargetState): string {
  const command = state.plan.pruneCommand;
  return command === false
    ? `${state.cacheKey}-unpruned`
    : `${state.cacheKey}-production-${sha256(command).slice(0, 8)}`;
}
