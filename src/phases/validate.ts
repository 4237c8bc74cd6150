import { GateError } from '../errors.js';
import type { PipelineDeps, TargetState } from '../pipeline/context.js';
import type { PhaseOutcome } from '../pipeline/timeline.js';
import { finalBaseImage, probeBaseImage, type BaseImageFacts } from '../validate/base-image.js';
import { checkBudget, inspectTarget, type Finding } from '../validate/index.js';
import { measureNextStandalone } from '../validate/next-standalone.js';
import { formatBytes } from '../report/format.js';
import { usesNext } from './restore.js';
import { partsText, STANDALONE_HOWTO } from '../report/size.js';

/**
 * The gates before an image is built: everything a multi-stage build would have caught by
 * failing, and what prebuilt artifacts get wrong (dev deps, secrets, addons for another libc).
 * Every finding is reported (with its file and line) before the phase fails.
 */
export async function validate(state: TargetState, deps: PipelineDeps): Promise<PhaseOutcome> {
  const baseImage = await probeBase(state, deps);
  const report = await inspectTarget(
    state.target,
    {
      runner: {
        platform: deps.platform,
        arch: deps.arch,
        libc: deps.libc,
        nodeMajor: Number(deps.nodeVersion.replace(/^v/, '').split('.')[0]),
        ...(state.plan.pm.name === 'bun' && state.packageManagerVersion
          ? { bunVersion: state.packageManagerVersion }
          : {}),
      },
      ...(baseImage ? { baseImage } : {}),
      ...(state.baseConfig ? { baseConfig: state.baseConfig } : {}),
    },
    state.trace?.filter,
  );
  state.artifactsSize = report.artifactsSize;
  state.artifactSizes = report.artifactSizes;
  state.productionTree = report.productionTree;
  if (usesNext(state.plan.pkg)) await measureStandalone(state);
  raise(state, report.findings);
  const warnings = report.findings.filter((f) => f.severity === 'warning').length;
  return { status: 'ok', detail: warnings ? `${warnings} warning${warnings === 1 ? '' : 's'}` : 'all checks passed' };
}

/** The image's size against the budget, once the engine knows it. */
export function checkImageBudget(state: TargetState): void {
  const imageSize = state.built?.size;
  raise(
    state,
    checkBudget(state.target, {
      ...(imageSize === undefined ? {} : { imageSize }),
      ...(state.artifactSizes ? { artifactSizes: state.artifactSizes } : {}),
    }),
  );
}

/** Logs warnings, annotates every error but the first, and throws the first as the failure. */
export function raise(state: Pick<TargetState, 'logger'>, findings: readonly Finding[]): void {
  const errors = findings.filter((f) => f.severity === 'error');
  for (const f of findings) {
    if (f.severity === 'warning') state.logger.warning(f.message, f.location);
  }
  // all but the first are annotated here; the first becomes the failure itself
  for (const f of errors.slice(1)) state.logger.error(f.message, f.location);
  const first = errors[0];
  if (first) {
    const more =
      errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length === 2 ? '' : 's'} above)` : '';
    throw new GateError(`${first.message}${more}`, first.location);
  }
}

/** A Next.js target in the classic layout: what the standalone output would ship, and how to switch. */
async function measureStandalone(state: TargetState): Promise<void> {
  const saving = await measureNextStandalone(state.target.context, state.target.artifacts, state.artifactSizes ?? {});
  if (!saving || saving.standalone >= saving.classic) return;
  state.nextStandalone = saving;
  state.logger.info(
    `Next.js classic layout: node_modules and .next ship ${formatBytes(saving.classic)}; its standalone output would ship ${formatBytes(saving.standalone)} ` +
      `(measured from next build's .nft.json traces); ${partsText(STANDALONE_HOWTO)}`,
  );
}

/** What the final stage's base image really is (libc, Node version), read by running it. */
async function probeBase(state: TargetState, deps: PipelineDeps): Promise<BaseImageFacts | undefined> {
  if (!deps.daemon) return undefined;
  const image = await finalBaseImage(state.target);
  return image ? probeBaseImage(image, state.run) : undefined;
}
