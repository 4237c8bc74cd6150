import { codeSpan, escapeMarkdown, markdownTable } from '../report/markdown.js';
import type { PlanResult } from './since.js';

/** The plan job's summary: what was compared, what will be built and why, what was left out. */
export function renderPlanSummary(plan: PlanResult): string {
  const total = plan.targets.length + plan.unaffected.length;
  const blocks = ['## Artifact-first Docker build: plan'];
  const compared = plan.base
    ? `Compared with ${codeSpan(plan.base.slice(0, 12))}: ${plan.changedFiles ?? 0} changed ${plan.changedFiles === 1 ? 'file' : 'files'}.`
    : '';
  if (plan.targets.length === 0) {
    blocks.push(`**Nothing to build**: no target uses a changed file. ${compared}`.trim());
  } else {
    blocks.push(
      `**${plan.targets.length} of ${total} ${total === 1 ? 'target' : 'targets'} to build.** ${compared}`.trim(),
    );
    blocks.push(
      markdownTable(
        ['target', 'why'],
        plan.targets.map((t) => [`**${escapeMarkdown(t.name)}**`, escapeMarkdown(t.reasons.join('; '))]),
        ['left', 'left'],
      ),
    );
  }
  if (plan.unaffected.length > 0) blocks.push(`Unaffected: ${plan.unaffected.map(escapeMarkdown).join(', ')}.`);
  return `${blocks.join('\n\n')}\n`;
}
