import type { RunResult } from './model.js';

export interface GateItem {
  target: string;
  /** plain text; each renderer escapes it its own way */
  text: string;
}

/**
 * The gates a run replayed from records rather than ran: said in the summary, because a user
 * reading a warning should know it was found on an earlier run of the same tree or base image.
 */
export function recordedGateItems(run: RunResult): GateItem[] {
  return run.targets.flatMap((t) => {
    const items: GateItem[] = [];
    const tree = t.gates?.productionTree;
    if (tree?.replayed)
      items.push({ target: t.name, text: `production tree checks: recorded for key ${tree.key}, not repeated` });
    const base = t.gates?.baseImage;
    if (base?.replayed)
      items.push({ target: t.name, text: `base image probe: recorded for ${base.identity}, not repeated` });
    return items;
  });
}
