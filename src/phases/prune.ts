import path from 'node:path';
import { sha256 } from '../cache/key.js';
import { readRecord, writeRecord } from '../cache/records.js';
import { shellArgv } from '../exec.js';
import { defaultPruneCommand } from '../pm/commands.js';
import type { PipelineDeps, PipelineOptions, TargetState } from '../pipeline/context.js';
import type { PhaseOutcome } from '../pipeline/timeline.js';
import { countPackages } from '../pm/packages.js';
import { productionTree } from './production-tree.js';
import { applyPrunePlan, isPrunePlan, listInstalled, recordPrune } from '../pm/prune-plan.js';
import { nodeModulesDir } from './restore.js';

/**
 * Removes dev dependencies so the image ships production packages only. For npm, what a prune
 * removes is recorded under the node_modules key; a run that restored that exact tree replays
 * the removal instead of running `npm prune` again (the validation's dev-dependency check still
 * runs after either way).
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
  // only npm's own prune is replayed: a custom command may do more than remove packages
  const replayable =
    state.plan.pm.name === 'npm' &&
    command === defaultPruneCommand(state.plan.pm) &&
    store !== undefined &&
    state.cacheKey !== undefined;
  const key = productionTreeKey(state);
  const recordDir = path.join(deps.recordsDir, key);
  if (replayable && state.cacheHit) {
    const plan = await readRecord(store, recordDir, key, isPrunePlan);
    if (plan) {
      await applyPrunePlan(nodeModules, plan);
      state.logger.info(`replayed the recorded \`${command}\`: ${plan.removed.length} packages and links removed`);
      state.packages = { production: await countPackages(nodeModules), all };
      return { status: 'ok', detail: `replayed the recorded prune (${plan.removed.length} removed)` };
    }
  }
  const before = replayable ? await listInstalled(nodeModules) : [];
  await state.run(shellArgv(command), { cwd: state.target.context, env: state.env });
  if (replayable) await writeRecord(store, recordDir, key, await recordPrune(nodeModules, before));
  const production = await countPackages(nodeModules);
  state.packages = { production, all };
  return { status: 'ok', detail: `${all} → ${production} packages` };
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
