import type { TargetConfig } from '../config/types.js';
import { artifactSizes, checkArtifacts } from './artifacts.js';
import { baseImageLocation } from './base-image.js';
import { checkBudget as checkSizes, type BudgetSizes } from './budget.js';
import { checkDevDependencies } from './dev-dependencies.js';
import { checkDockerfile } from './dockerfile.js';
import { stagingIgnoreFile } from '../dockerfile/ignore.js';
import { checkIgnoreFile } from './dockerignore.js';
import { checkNativeAddons, runtimeAddons, targetPlatforms, type NativeFamily } from './native.js';
import { checkProductionTree } from './production-tree.js';
import type { ProductionTreeReport } from '../report/model.js';
import { checkNodeVersion } from './node-version.js';
import { checkSecrets } from './secrets.js';
import { narrowTree, readArtifactTree, withoutIgnored } from './tree.js';
import type { PathFilter } from '../trace/filter.js';
import type { CheckName, Finding, ValidationFacts } from './types.js';

export type { BaseImageFacts, CheckName, Finding, Libc, RunnerFacts, ValidationFacts } from './types.js';
export type { BudgetSizes } from './budget.js';

export interface ValidationReport {
  /** every check's findings, errors and warnings, in the order of CHECK_ORDER */
  findings: Finding[];
  /** bytes of all artifacts, each hard-linked file once */
  artifactsSize: number;
  /** bytes per declared artifact */
  artifactSizes: Record<string, number>;
  /** the native binaries found in the artifacts */
  native: NativeFamily[];
  /** what the shipped node_modules holds that the server never uses */
  productionTree: ProductionTreeReport;
}

/** The most basic problems first: a missing artifact explains most of what follows it. */
const CHECK_ORDER: readonly CheckName[] = [
  ...(['config', 'artifacts', 'dockerfile', 'base-image', 'credentials', 'smoke-port', 'dockerignore'] as const),
  ...(['dev-dependencies', 'secrets', 'native-addons', 'node-version', 'budget', 'production-tree'] as const),
];

/** Artifact sizes measured by the last validation of each target, for checkBudget's message. */
const measured = new WeakMap<TargetConfig, Record<string, number>>();

/** Every check that can run before the image is built. The artifacts are walked once. */
export async function inspectTarget(
  target: TargetConfig,
  facts: ValidationFacts,
  shipped?: PathFilter,
): Promise<ValidationReport> {
  const [full, { ignore }, dockerfile, from] = await Promise.all([
    readArtifactTree(target.context, target.artifacts),
    stagingIgnoreFile(target.context, target.dockerfile),
    checkDockerfile(target, facts.baseConfig ? { base: facts.baseConfig } : {}),
    baseImageLocation(target),
  ]);
  // what docker build would send: the content checks judge the image, not the checkout
  // what the image gets: a traced node_modules ships only the traced files (even none of them)
  const tree = shipped ? narrowTree(full, shipped) : full;
  const sent = withoutIgnored(tree, ignore);
  const [devDependencies, secrets, native] = await Promise.all([
    checkDevDependencies(target),
    checkSecrets(target, sent),
    checkNativeAddons(target, sent, facts),
  ]);
  const productionTree = await checkProductionTree(
    target,
    sent,
    native.families,
    targetPlatforms(target, facts),
    facts,
  );
  const sizes = artifactSizes(tree);
  measured.set(target, sizes);
  const findings = [
    // whether the build wrote the artifacts is judged on what it wrote, before any trace
    ...checkArtifacts(target, full),
    ...dockerfile,
    ...checkIgnoreFile(target, tree, ignore),
    ...devDependencies,
    ...secrets,
    ...native.findings,
    ...checkNodeVersion(facts, runtimeAddons(native.families), from),
    ...checkSizes(target, { artifactsSize: tree.totalSize, artifactSizes: sizes }),
    ...productionTree.findings,
  ];
  findings.sort((a, b) => CHECK_ORDER.indexOf(a.check) - CHECK_ORDER.indexOf(b.check));
  return {
    findings,
    artifactsSize: tree.totalSize,
    artifactSizes: sizes,
    native: native.families,
    productionTree: productionTree.report,
  };
}

/**
 * The sizes against the target's budget, after the build: pass the image's size. The
 * artifacts' sizes default to what the last validation of this target measured (the
 * artifacts-size budget itself is checked by the validation, before the build).
 */
export function checkBudget(target: TargetConfig, sizes: BudgetSizes): Finding[] {
  const artifactSizes = sizes.artifactSizes ?? measured.get(target);
  return checkSizes(target, artifactSizes ? { ...sizes, artifactSizes } : sizes);
}
