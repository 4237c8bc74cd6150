import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { TargetConfig } from '../config/types.js';
import type { ProductionTreeReport, SizedPackage } from '../report/model.js';
import { packageOf, packageSizes } from '../trace/packages.js';
import { isBuildTimeOnly, mismatchOf, type NativeFamily, type TargetPlatform } from './native.js';
import type { ArtifactTree } from './tree.js';
import { formatBytes } from '../report/format.js';
import { listSome, warning, type Finding, type ValidationFacts } from './types.js';

/**
 * What in the shipped node_modules the server never uses, with its size: build-time tools
 * (compilers, bundlers), binaries for another platform or C library than the image's, and one
 * package at several versions. Each kind is one warning naming the packages and the fix; none
 * fails the build, as each costs bytes, not correctness.
 */

/** JavaScript build tools without native code (those with it are found by native.ts's list). */
const BUILD_TOOLS = [
  /^typescript$/,
  /^@babel\/core$/,
  /^webpack$/,
  /^vite$/,
  /^rollup$/,
  /^@nestjs\/cli$/,
  /^ts-node$/,
  /^tsx$/,
  /^eslint$/,
  /^prettier$/,
  /^prisma$/,
  /^@swc\/cli$/,
];

/** Bytes in the extra copies of duplicated packages from which they are reported. */
const DUPLICATES_WORTH_A_WARNING = 1e6;

export interface ProductionTreeCheck {
  findings: Finding[];
  report: ProductionTreeReport;
}

export async function checkProductionTree(
  target: TargetConfig,
  tree: ArtifactTree,
  families: readonly NativeFamily[],
  platforms: readonly TargetPlatform[],
  facts: ValidationFacts,
): Promise<ProductionTreeCheck> {
  const sizes = packageSizes(tree.entries);
  const bytesAt = new Map(sizes.map((s) => [s.path, s.bytes]));
  const manifests = tree.entries.filter(
    (e) =>
      e.kind === 'file' &&
      e.path.endsWith('/package.json') &&
      packageOf(e.path)?.path === e.path.slice(0, -'/package.json'.length),
  );
  const versions = new Map<string, SizedPackage[]>();
  await Promise.all(
    manifests.map(async (m) => {
      const pkg = packageOf(m.path)!;
      const version = await readVersion(path.join(target.context, m.path));
      const list = versions.get(pkg.name) ?? [];
      list.push({ name: pkg.name, path: pkg.path, bytes: bytesAt.get(pkg.path) ?? 0, ...(version ? { version } : {}) });
      versions.set(pkg.name, list);
    }),
  );
  const all = [...versions.values()].flat();

  const buildTools = all
    .filter((p) => isBuildTimeOnly(p.name) || BUILD_TOOLS.some((re) => re.test(p.name)))
    .sort(bySize);
  const foreignPaths = new Set<string>();
  for (const family of families) {
    if (family.kind !== 'platform-package') continue;
    for (const variant of family.variants) {
      // a variant no target platform can load is dead weight (one that none can load at all is
      // native.ts's error, not a size question)
      if (
        platforms.every((p) => mismatchOf(variant, p, facts) !== undefined) &&
        family.variants.some((v) => v !== variant)
      )
        foreignPaths.add(variant.path);
    }
  }
  const foreign = all.filter((p) => foreignPaths.has(p.path)).sort(bySize);
  const several = [...versions.entries()]
    .filter(([, copies]) => new Set(copies.map((c) => c.version)).size > 1)
    .map(([name, copies]) => ({ name, copies: copies.sort(bySize) }))
    .sort((a, b) => sum(b.copies) - sum(a.copies));
  // a few kB of nested copies are how npm resolves ranges, not worth a warning
  const duplicates =
    several.reduce((n, d) => n + sum(d.copies.slice(1)), 0) >= DUPLICATES_WORTH_A_WARNING ? several : [];

  const report: ProductionTreeReport = { buildTools, foreign, duplicates };
  const findings: Finding[] = [];
  const where = target.locations.artifacts;
  const fix = target.trace ? '' : ' `trace: [<entry>]` ships only the files the server requires and leaves them out;';
  if (buildTools.length > 0) {
    findings.push(
      warning(
        'production-tree',
        `${formatBytes(sum(buildTools))} of build-time tools in the image's node_modules: ${listSome(buildTools.map(describe), 8)}. The running server does not load them:${fix} ${devFix(target)}; a Next.js app ships less with \`output: 'standalone'\`.`,
        where,
      ),
    );
  }
  if (foreign.length > 0) {
    const base = facts.baseImage && facts.baseImage.libc !== 'unknown' ? ` and ${facts.baseImage.libc}` : '';
    findings.push(
      warning(
        'production-tree',
        `${formatBytes(sum(foreign))} of binaries for another platform or C library than the image (${platforms.map((p) => p.platform).join(', ')}${base}): ${listSome(foreign.map(describe), 8)}. Nothing in the image can load them:${fix} or install only the image's platform (npm ci --os=linux --cpu=<arch> --libc=<glibc|musl>).`,
        where,
      ),
    );
  }
  if (duplicates.length > 0) {
    const text = duplicates.map(
      (d) => `${d.name} (${d.copies.map((c) => `${c.version ?? '?'} ${formatBytes(c.bytes)}`).join(', ')})`,
    );
    findings.push(
      warning(
        'production-tree',
        `${duplicates.length} package${duplicates.length === 1 ? '' : 's'} installed at several versions, ${formatBytes(duplicates.reduce((n, d) => n + sum(d.copies.slice(1)), 0))} in the extra copies: ${listSome(text, 6)}. \`npm dedupe\` merges copies whose ranges allow it; \`npm ls <name>\` shows which dependency asks for the other version.`,
        where,
      ),
    );
  }
  return { findings, report };
}

/**
 * Moving a tool to devDependencies leaves it out only when the prune runs: with `prune: false`
 * (which `allow-dev-dependencies: true` lets pass the dev-dependency check) the devDependencies
 * ship too.
 */
function devFix(target: TargetConfig): string {
  if (target.prune !== false) return 'when one is a dependency of the app, move it to devDependencies';
  const allowed = target.allowDevDependencies ? ' and `allow-dev-dependencies: true`' : '';
  return `\`prune: false\`${allowed} ship the devDependencies too: let the prune run (remove \`prune: false\`) to leave out those that are devDependencies, and move the others there`;
}

function describe(p: SizedPackage): string {
  return `${p.name}${p.version ? `@${p.version}` : ''} ${formatBytes(p.bytes)}`;
}

function bySize(a: SizedPackage, b: SizedPackage): number {
  return b.bytes - a.bytes || (a.path < b.path ? -1 : 1);
}

function sum(list: readonly SizedPackage[]): number {
  return list.reduce((n, p) => n + p.bytes, 0);
}

async function readVersion(file: string): Promise<string | undefined> {
  try {
    const version = (JSON.parse(await readFile(file, 'utf8')) as { version?: unknown }).version;
    return typeof version === 'string' ? version : undefined;
  } catch {
    return undefined;
  }
}
