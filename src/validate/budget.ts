import type { TargetConfig } from '../config/types.js';
import { formatBytes } from '../report/format.js';
import { error, type Finding } from './types.js';

export interface BudgetSizes {
  /** bytes of the built image, once the engine knows it */
  imageSize?: number;
  /** bytes of all artifacts */
  artifactsSize?: number;
  /** bytes per artifact, for naming the biggest */
  artifactSizes?: Record<string, number>;
}

/**
 * The sizes against the target's budget. The artifacts' size is known before the build (the
 * validate phase checks it then), the image's only after it.
 */
export function checkBudget(target: TargetConfig, sizes: BudgetSizes): Finding[] {
  const findings: Finding[] = [];
  const location = target.locations.budget;
  const biggest = biggestArtifacts(sizes.artifactSizes);
  const { imageSize: imageBudget, artifactsSize: artifactsBudget } = target.budget;
  if (imageBudget !== undefined && sizes.imageSize !== undefined && sizes.imageSize > imageBudget) {
    findings.push(
      error(
        'budget',
        `The image of target \`${target.name}\` is ${formatBytes(sizes.imageSize)}, over its budget \`image-size\` of ${formatBytes(imageBudget)}.${biggest} ` +
          `Shrink it (prune dev dependencies, leave source maps and caches out of the artifacts, a slimmer base image) or raise the budget.`,
        location,
      ),
    );
  }
  if (artifactsBudget !== undefined && sizes.artifactsSize !== undefined && sizes.artifactsSize > artifactsBudget) {
    findings.push(
      error(
        'budget',
        `The artifacts of target \`${target.name}\` add up to ${formatBytes(sizes.artifactsSize)}, over their budget \`artifacts-size\` of ${formatBytes(artifactsBudget)}.${biggest} ` +
          `Shrink them (prune dev dependencies, Next.js standalone output, leave source maps out) or raise the budget.`,
        location,
      ),
    );
  }
  return findings;
}

function biggestArtifacts(sizes: Record<string, number> | undefined, count = 3): string {
  if (!sizes) return '';
  const top = Object.entries(sizes)
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, size]) => `${name} ${formatBytes(size)}`);
  return top.length > 0 ? ` Biggest artifacts: ${top.join(', ')}.` : '';
}
