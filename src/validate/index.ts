import type { TargetConfig } from '../config/types.js';
import { artifactSizes, checkArtifacts } from './artifacts.js';
import { baseImageLocation } from './base-image.js';
import { checkBudget as checkSizes, type BudgetSizes } from './budget.js';
import { checkDevDependencies } from './dev-dependencies.js';
import { checkDockerfile } from './dockerfile.js';
import { stagingIgnoreFile } from '../dockerfile/ignore.js';
import { checkIgnoreFile } from './dockerignore.js';
import {
  checkFamilies,
  checkNativeAddons,
  findNativeFamilies,
  runtimeAddons,
  targetPlatforms,
  type NativeFamily,
  type TargetPlatform,
} from './native.js';
import { checkProductionTree, type ProductionTreeCheck } from './production-tree.js';
import type { ProductionTreeReport } from '../report/model.js';
import { checkNodeVersion } from './node-version.js';
import { checkSecrets } from './secrets.js';
import { narrowTree, readArtifactTree, withoutIgnored, type ArtifactTree } from './tree.js';
import { splitProductionTree, treeListing, type TreeChecks } from './tree-record.js';
import type { PathFilter } from '../trace/filter.js';
import type { CheckName, Finding, ValidationFacts } from './types.js';

export type { BaseImageFacts, CheckName, Finding, Libc, RunnerFacts, ValidationFacts } from './types.js';
export type { TreeChecks } from './tree-record.js';
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
  /** the production tree's checks, when they were made (or replayed) apart from the user's artifacts */
  production?: ProductionTreeChecks;
}

export interface ProductionTreeChecks {
  /** the shipped node_modules as listed (see treeListing) */
  listing: string;
  checks: TreeChecks;
  /** the checks came from a record of the same tree, not from reading it */
  replayed: boolean;
}

/** The most basic problems first: a missing artifact explains most of what follows it. */
const CHECK_ORDER: readonly CheckName[] = [
  ...(['config', 'artifacts', 'dockerfile', 'base-image', 'credentials', 'smoke-port', 'dockerignore'] as const),
  ...(['dev-dependencies', 'secrets', 'native-addons', 'node-version', 'budget', 'production-tree'] as const),
];

/** Artifact sizes measured by the last validation of each target, for checkBudget's message. */
const measured = new WeakMap<TargetConfig, Record<string, number>>();

/**
 * Looks up what the checks found in a production tree with this listing before (see
 * tree-record.ts); the caller keys it by the tree's key and the facts the checks judge by.
 */
export type RecallTreeChecks = (listing: string) => Promise<TreeChecks | undefined>;

/** Every check that can run before the image is built. The artifacts are walked once. */
export async function inspectTarget(
  target: TargetConfig,
  facts: ValidationFacts,
  shipped?: PathFilter,
  recall?: RecallTreeChecks,
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
  const platforms = targetPlatforms(target, facts);
  // the production tree is checked apart from the user's own artifacts, so that its checks
  // can be recorded under its key; the user's artifacts changed and are checked every run
  const split = splitProductionTree(full, target.artifacts) && splitProductionTree(sent, target.artifacts);
  let inspected: TreeInspection;
  if (split) {
    const listing = treeListing(split.production);
    const recalled = await recall?.(listing);
    const checks = recalled ?? (await checkTree(target, split.production, platforms, facts));
    const [secrets, ownFamilies] = await Promise.all([
      checkSecrets(target, split.own),
      findNativeFamilies(target.context, split.own),
    ]);
    const families = [...checks.families, ...ownFamilies];
    inspected = {
      devDependencies: checks.devDependencies,
      secrets: [...checks.secrets, ...secrets],
      native: { families, findings: checkFamilies(families, platforms, facts) },
      productionTree: checks.productionTree,
      production: { listing, checks, replayed: recalled !== undefined },
    };
  } else {
    const [devDependencies, secrets, native] = await Promise.all([
      checkDevDependencies(target),
      checkSecrets(target, sent),
      checkNativeAddons(target, sent, facts),
    ]);
    const productionTree = await checkProductionTree(target, sent, native.families, platforms, facts);
    inspected = { devDependencies, secrets, native, productionTree };
  }
  const { devDependencies, secrets, native, productionTree } = inspected;
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
    ...(inspected.production ? { production: inspected.production } : {}),
  };
}

interface TreeInspection {
  devDependencies: Finding[];
  secrets: Finding[];
  native: { families: NativeFamily[]; findings: Finding[] };
  productionTree: ProductionTreeCheck;
  production?: ProductionTreeChecks;
}

/** The checks that read nothing but the production tree (and the facts): what a record keeps. */
async function checkTree(
  target: TargetConfig,
  production: ArtifactTree,
  platforms: readonly TargetPlatform[],
  facts: ValidationFacts,
): Promise<TreeChecks> {
  const [devDependencies, secrets, families] = await Promise.all([
    checkDevDependencies(target),
    checkSecrets(target, production),
    findNativeFamilies(target.context, production),
  ]);
  const productionTree = await checkProductionTree(target, production, families, platforms, facts);
  return { devDependencies, secrets, families, productionTree };
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
