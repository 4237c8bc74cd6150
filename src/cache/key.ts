import { createHash } from 'node:crypto';

/** What both node_modules and Next.js's build cache are keyed by: the machine and the dependencies. */
export interface BuildCacheKeyInput {
  os: string;
  arch: string;
  /** glibc or musl: native addons built against one do not load on the other */
  libc: string;
  /** full Node version; the key uses its major, the ABI native addons are built for */
  nodeVersion: string;
  packageManager: string;
  lockfile: string | Buffer;
  /**
   * The directory holding node_modules relative to the repository: two apps with the same
   * lockfile still get their own entries (and a workspace root is shared by its apps).
   */
  root: string;
}

/** node_modules' key adds what only the install depends on. */
export interface CacheKeyInput extends BuildCacheKeyInput {
  packageManagerVersion: string;
  installCommand: string;
  /**
   * The manifests' dependency fields (see manifests.ts): a cache hit must not stand in for the
   * install's check that package.json and the lockfile agree.
   */
  manifests: string;
}

const KEY_VERSION = 'v1';

export function sha256(...parts: (string | Buffer)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(part);
    // a separator so ("ab","c") and ("a","bc") differ
    hash.update('\0');
  }
  return hash.digest('hex');
}

/**
 * node_modules is only reused when everything that shapes it is the same: platform, Node's
 * ABI, the package manager and its version, the lockfile, and how it was installed.
 */
export function nodeModulesKey(input: CacheKeyInput): string {
  const nodeMajor = input.nodeVersion.replace(/^v/, '').split('.')[0];
  const digest = sha256(input.lockfile, input.installCommand, input.root.replace(/\\/g, '/'), input.manifests);
  return [
    'adb',
    KEY_VERSION,
    'node_modules',
    input.os,
    input.arch,
    input.libc,
    `node${nodeMajor}`,
    `${input.packageManager}${input.packageManagerVersion}`,
    digest.slice(0, 32),
  ].join('-');
}

/**
 * The recorded multi-stage baseline of a target: the same Dockerfile and lockfile, measured with
 * the same builder, give the same figure; a change to any of them measures again. baseline3:
 * records made before the legacy builder's cached build was checked for a stage that lost its
 * cache may hold a build that ran npm ci again as the `cached` figure.
 */
export function baselineKey(
  dockerfile: string | Buffer,
  lockfile: string | Buffer,
  os: string,
  arch: string,
  builder: string,
): string {
  return ['adb', KEY_VERSION, 'baseline3', os, arch, sha256(dockerfile, lockfile, builder).slice(0, 32)].join('-');
}

/**
 * The restore key of Next.js's build cache: as Next's CI docs advise, the dependencies (the
 * lockfile) without the sources, so a source-only change restores the newest cache of the same
 * dependencies and `next build` compiles incrementally. The cache checks its entries against
 * the sources itself; the platform, C library and Node major are in the key as in node_modules',
 * so a cache never moves to a kind of machine it was not written on.
 */
export function nextCachePrefix(input: BuildCacheKeyInput): string {
  const nodeMajor = input.nodeVersion.replace(/^v/, '').split('.')[0];
  const digest = sha256(input.lockfile, input.root.replace(/\\/g, '/'));
  const parts = [
    'adb',
    KEY_VERSION,
    'next',
    input.os,
    input.arch,
    input.libc,
    `node${nodeMajor}`,
    input.packageManager,
    digest.slice(0, 32),
  ];
  // ends in the dash the revision follows
  return `${parts.join('-')}-`;
}

/**
 * The key a build's cache is saved under: the prefix and the revision it was built from (the
 * commit sha; outside git, the run), so every revision adds the newest entry
 * and a re-run of the same revision restores it exactly and saves nothing.
 */
export function nextCacheKey(input: BuildCacheKeyInput, revision: string): string {
  return `${nextCachePrefix(input)}${revision}`;
}

/** Bumped when a production-tree check changes what it finds: older records are then not replayed. */
export const TREE_CHECKS_VERSION = 'tree-checks-2';

/** What the checks of a production tree judge it against, besides the tree itself. */
export interface TreeChecksKeyInput {
  /** the production tree's key (see productionTreeKey): the installed tree and the prune */
  productionKey: string;
  /**
   * The shipped node_modules as listed (paths, kinds, sizes) after the build, the ignore file
   * and any trace: a build command that writes into node_modules changes it, and the checks run.
   */
  listing: string;
  /** everything else a check reads: runner and base image facts, platforms, the target's gate settings */
  facts: unknown;
}

/**
 * The record of a production tree's checks (dev dependencies, secrets, native binaries, the
 * tree report): the same tree judged against the same facts finds the same things.
 */
export function treeChecksKey(input: TreeChecksKeyInput): string {
  const digest = sha256(TREE_CHECKS_VERSION, input.listing, JSON.stringify(input.facts ?? null)).slice(0, 24);
  return `${input.productionKey}-checks-${digest}`;
}

/** Bumped when the base image probe reads something new. */
export const BASE_PROBE_VERSION = 'probe-1';

/**
 * The record of a base image probe (Node version, C library), keyed by the image's content:
 * its image ID in the daemon or its manifest digest. The same bytes run the same Node.
 */
export function baseProbeKey(identity: string, platform = ''): string {
  return ['adb', KEY_VERSION, 'base-probe', sha256(BASE_PROBE_VERSION, identity, platform).slice(0, 32)].join('-');
}
