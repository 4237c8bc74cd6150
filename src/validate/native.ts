import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { TargetConfig } from '../config/types.js';
import { compareVersions, readBinaryInfo, type BinaryInfo } from './binary.js';
import type { ArtifactTree, TreeEntry } from './tree.js';
import { error, listSome, warning, type Finding, type Libc, type ValidationFacts } from './types.js';

/**
 * Native code in the artifacts was installed (or compiled) for the runner: its OS, CPU and C
 * library. The image may differ on each (an arm64 platform, an Alpine base with musl, an older
 * glibc), and then `require` fails at run time with an "invalid ELF header" or a missing
 * symbol, long after the build was green. Three kinds are found:
 *  - platform packages, by name and package.json os/cpu/libc (@img/sharp-linuxmusl-x64,
 *    @next/swc-linux-x64-gnu, @esbuild/linux-arm64 ...);
 *  - Prisma engines (libquery_engine-*.so.node, query-engine-*, schema-engine-*);
 *  - any other *.node addon, by its ELF header.
 * Binaries of one package form a family: packages that ship several platforms (prebuilds/,
 * optional platform packages installed with supportedArchitectures) pick the matching one at
 * run time, so a family passes when, for each target platform, one of its variants matches.
 */

export interface NativeVariant {
  /** relative to the context: the package directory or the binary */
  path: string;
  /** absolute file to annotate (package.json of a platform package, or the binary) */
  file: string;
  os?: string;
  arch?: string;
  libc?: Libc;
  glibcVersion?: string;
  /** for *.node addons: whether they use only Node-API (see binary.ts) */
  nodeApi?: 'napi' | 'v8';
  /** a Node addon (*.node), loaded by the image's node; other binaries are executables */
  addon: boolean;
}

export interface NativeFamily {
  /** what the user knows it as: `@img/sharp-*`, `bcrypt`, `dist/native/addon.node` */
  name: string;
  kind: 'platform-package' | 'prisma-engine' | 'addon';
  /** only needed while building (next build, bundlers): not loaded by the running app */
  buildTimeOnly: boolean;
  variants: NativeVariant[];
}

export interface TargetPlatform {
  /** as written in the config, e.g. linux/arm64 */
  platform: string;
  os: string;
  arch: string;
}

export interface NativeReport {
  findings: Finding[];
  families: NativeFamily[];
}

/**
 * Packages whose binaries serve only the build: bundlers, compilers, watchers. In the image they
 * are dead weight, and a mismatch is harmless unless something loads them at run time, so it is
 * a warning. @next/swc is one: `next build` compiles with it, while `next start` does not load
 * it, except for a next.config.ts, which Next 15 compiles with SWC when the server starts.
 */
const BUILD_TIME_ONLY = [
  /^@next\/swc-/,
  /^@esbuild\//,
  /^esbuild$/,
  /^@swc\/core/,
  /^@rollup\/rollup-/,
  /^@rolldown\/binding-/,
  /^lightningcss/,
  /^@tailwindcss\/oxide/,
  /^@parcel\/watcher/,
  /^@biomejs\/cli-/,
  /^turbo-/,
  /^@turbo\//,
  /^@rspack\/binding/,
  /^fsevents$/,
];

const OS_TOKENS: Record<string, { os: string; libc?: Libc }> = {
  linux: { os: 'linux' },
  linuxmusl: { os: 'linux', libc: 'musl' },
  darwin: { os: 'darwin' },
  macos: { os: 'darwin' },
  win32: { os: 'win32' },
  windows: { os: 'win32' },
  freebsd: { os: 'freebsd' },
  openbsd: { os: 'openbsd' },
  netbsd: { os: 'netbsd' },
  android: { os: 'android' },
  sunos: { os: 'sunos' },
  aix: { os: 'aix' },
};
const ARCH_TOKENS: Record<string, string> = {
  x64: 'x64',
  x86_64: 'x64',
  amd64: 'x64',
  '64': 'x64',
  arm64: 'arm64',
  aarch64: 'arm64',
  ia32: 'ia32',
  x86: 'ia32',
  arm: 'arm',
  armv7: 'arm',
  s390x: 's390x',
  ppc64: 'ppc64',
  ppc64le: 'ppc64',
  riscv64: 'riscv64',
  loong64: 'loong64',
};
/** docker's architecture names to Node's */
const DOCKER_ARCH = new Map([
  ['amd64', 'x64'],
  ['arm64', 'arm64'],
  ['386', 'ia32'],
  ['arm', 'arm'],
  ['s390x', 's390x'],
  ['ppc64le', 'ppc64'],
  ['riscv64', 'riscv64'],
]);
const LIBC_TOKENS: Record<string, Libc> = {
  gnu: 'glibc',
  glibc: 'glibc',
  gnueabihf: 'glibc',
  musl: 'musl',
  musleabihf: 'musl',
};

const PRISMA_ENGINE = /^(?:lib)?query[_-]engine|^query_compiler|^schema-engine|^migration-engine/;

export async function checkNativeAddons(
  target: TargetConfig,
  tree: ArtifactTree,
  facts: ValidationFacts,
): Promise<NativeReport> {
  const families = await findNativeFamilies(target.context, tree);
  return { findings: checkFamilies(families, targetPlatforms(target, facts), facts), families };
}

/** `linux/arm64/v8` → { os: linux, arch: arm64 }; no platforms means the runner's own. */
export function targetPlatforms(target: TargetConfig, facts: ValidationFacts): TargetPlatform[] {
  if (target.platforms.length === 0) {
    const arch = facts.runner.arch;
    return [{ platform: `linux/${arch === 'x64' ? 'amd64' : arch}`, os: 'linux', arch }];
  }
  return target.platforms.map((platform) => {
    const [os = 'linux', arch = ''] = platform.split('/');
    return { platform, os, arch: DOCKER_ARCH.get(arch) ?? arch };
  });
}

export async function findNativeFamilies(context: string, tree: ArtifactTree): Promise<NativeFamily[]> {
  const families = new Map<string, NativeFamily>();
  const add = (key: string, family: Omit<NativeFamily, 'variants'>, variant: NativeVariant): void => {
    const existing = families.get(key) ?? { ...family, variants: [] };
    existing.variants.push(variant);
    families.set(key, existing);
  };
  const platformPackages = new Map<string, ReturnType<typeof platformOfName> & { name: string }>();
  for (const entry of tree.entries) {
    const owner = ownerPackage(entry.path);
    if (owner && entry.path === `${owner.dir}/package.json`) {
      const platform = platformOfName(owner.name);
      if (platform) platformPackages.set(owner.dir, { ...platform, name: owner.name });
    }
  }
  for (const [dir, platform] of platformPackages) {
    const variant = await platformPackageVariant(context, dir, platform, tree);
    // an OS word alone (is-darwin) does not make a platform package: it also needs a CPU
    if (!variant) continue;
    add(
      `pkg:${platform.family}`,
      { name: `${platform.family}*`, kind: 'platform-package', buildTimeOnly: isBuildTimeOnly(platform.name) },
      variant,
    );
  }
  for (const entry of tree.entries) {
    if (entry.kind !== 'file') continue;
    const base = path.posix.basename(entry.path);
    const owner = ownerPackage(entry.path);
    if (owner && platformPackages.has(owner.dir)) continue;
    const dir = path.posix.dirname(entry.path);
    if (owner && PRISMA_ENGINE.test(base)) {
      const variant = await binaryVariant(context, entry, base.endsWith('.node'));
      add(`prisma:${dir}`, { name: `Prisma engines in ${dir}`, kind: 'prisma-engine', buildTimeOnly: false }, variant);
    } else if (base.endsWith('.node')) {
      const variant = await binaryVariant(context, entry, true);
      const name = owner ? owner.name : entry.path;
      add(
        `addon:${owner?.dir ?? entry.path}`,
        { name, kind: 'addon', buildTimeOnly: owner ? isBuildTimeOnly(owner.name) : false },
        variant,
      );
    }
  }
  return [...families.values()];
}

export function isBuildTimeOnly(name: string): boolean {
  return BUILD_TIME_ONLY.some((re) => re.test(name));
}

/** The package a path lies in: the last node_modules/<name> or node_modules/@scope/<name>. */
export function ownerPackage(rel: string): { name: string; dir: string } | undefined {
  const parts = rel.split('/');
  const index = parts.lastIndexOf('node_modules');
  const first = parts[index + 1];
  if (index < 0 || first === undefined) return undefined;
  // .prisma/client is generated into node_modules like a scoped package
  const scoped = first.startsWith('@') || first === '.prisma';
  const length = scoped ? 2 : 1;
  if (index + length >= parts.length) return undefined;
  const name = parts.slice(index + 1, index + 1 + length).join('/');
  return { name, dir: parts.slice(0, index + 1 + length).join('/') };
}

/** `@img/sharp-linuxmusl-x64` → family `@img/sharp-`, linux, x64, musl; undefined without an OS in the name. */
export function platformOfName(name: string): { family: string; os: string; arch?: string; libc?: Libc } | undefined {
  const slash = name.lastIndexOf('/');
  const scope = slash < 0 ? '' : name.slice(0, slash + 1);
  const tokens = name.slice(slash + 1).split('-');
  // own properties only: a package named like `foo-constructor` is no platform package
  const at = tokens.findIndex((t) => Object.hasOwn(OS_TOKENS, t));
  if (at < 0) return undefined;
  const os = OS_TOKENS[tokens[at]!]!;
  const result: { family: string; os: string; arch?: string; libc?: Libc } = {
    family:
      scope +
      tokens
        .slice(0, at)
        .map((t) => `${t}-`)
        .join(''),
    os: os.os,
  };
  for (const token of tokens.slice(at + 1)) {
    if (Object.hasOwn(ARCH_TOKENS, token) && !result.arch) result.arch = ARCH_TOKENS[token];
    else if (Object.hasOwn(LIBC_TOKENS, token)) result.libc = LIBC_TOKENS[token];
  }
  if (os.libc) result.libc = os.libc;
  return result;
}

async function platformPackageVariant(
  context: string,
  dir: string,
  fromName: { os: string; arch?: string; libc?: Libc },
  tree: ArtifactTree,
): Promise<NativeVariant | undefined> {
  const file = path.join(context, dir, 'package.json');
  const variant: NativeVariant = { path: dir, file, os: fromName.os, addon: false };
  if (fromName.arch) variant.arch = fromName.arch;
  if (fromName.libc) variant.libc = fromName.libc;
  // package.json's os/cpu/libc are what npm itself goes by
  const manifest = await readManifest(file);
  const declared = { os: firstOf(manifest.os), arch: firstOf(manifest.cpu), libc: firstOf(manifest.libc) };
  if (!fromName.arch && !declared.os && !declared.arch) return undefined;
  if (declared.os) variant.os = declared.os;
  if (declared.arch) variant.arch = declared.arch;
  if (declared.libc === 'glibc' || declared.libc === 'musl') variant.libc = declared.libc;
  // the binary inside has the last word, and tells whether it is a Node-API addon
  const addon = tree.entries.find((e) => e.kind === 'file' && e.path.startsWith(`${dir}/`) && e.path.endsWith('.node'));
  if (addon) Object.assign(variant, binaryFacts(await safeBinaryInfo(path.join(context, addon.path))), { addon: true });
  return variant;
}

async function binaryVariant(context: string, entry: TreeEntry, addon: boolean): Promise<NativeVariant> {
  const file = path.join(context, entry.path);
  return { path: entry.path, file, addon, ...binaryFacts(await safeBinaryInfo(file)) };
}

function binaryFacts(info: BinaryInfo): Partial<NativeVariant> {
  const facts: Partial<NativeVariant> = {};
  if (info.os) facts.os = info.os;
  if (info.arch) facts.arch = info.arch;
  if (info.libc) facts.libc = info.libc;
  if (info.glibcVersion) facts.glibcVersion = info.glibcVersion;
  if (info.nodeApi) facts.nodeApi = info.nodeApi;
  return facts;
}

async function safeBinaryInfo(file: string): Promise<BinaryInfo> {
  try {
    return await readBinaryInfo(file);
  } catch {
    return { format: 'unknown' };
  }
}

interface Manifest {
  os?: unknown;
  cpu?: unknown;
  libc?: unknown;
}

async function readManifest(file: string): Promise<Manifest> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Manifest;
  } catch {
    return {};
  }
}

/** The first positive entry of npm's os/cpu/libc lists (`["!win32"]` says nothing positive). */
function firstOf(value: unknown): string | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.find((v): v is string => typeof v === 'string' && !v.startsWith('!'));
}

export type Mismatch = 'os' | 'arch' | 'libc' | 'glibc-version';

/** Why a variant does not run on the platform with the base image's C library, if it does not. */
export function mismatchOf(
  variant: NativeVariant,
  platform: TargetPlatform,
  facts: ValidationFacts,
): Mismatch | undefined {
  if ((variant.os ?? 'linux') !== platform.os) return 'os';
  if (variant.arch && variant.arch !== platform.arch) return 'arch';
  const base = facts.baseImage;
  if (variant.libc && base && base.libc !== 'unknown' && variant.libc !== base.libc) return 'libc';
  if (
    variant.glibcVersion &&
    base?.glibcVersion &&
    compareVersions(split(variant.glibcVersion), split(base.glibcVersion)) > 0
  )
    return 'glibc-version';
  return undefined;
}

function split(version: string): number[] {
  return version.split('.').map(Number);
}

export function checkFamilies(
  families: readonly NativeFamily[],
  platforms: readonly TargetPlatform[],
  facts: ValidationFacts,
): Finding[] {
  const findings: Finding[] = [];
  for (const family of families) {
    for (const platform of platforms) {
      const reasons = family.variants.map((v) => mismatchOf(v, platform, facts));
      if (reasons.some((r) => r === undefined)) continue;
      findings.push(familyFinding(family, platform, reasons as Mismatch[], facts));
    }
  }
  const unknownLibc = !facts.baseImage || facts.baseImage.libc === 'unknown';
  const libcBound = families.filter((f) => !f.buildTimeOnly && f.variants.some((v) => v.libc));
  if (unknownLibc && libcBound.length > 0) {
    const image = facts.baseImage ? `the base image ${facts.baseImage.image}` : 'the base image (it was not probed)';
    findings.push(
      warning(
        'native-addons',
        `Could not tell which C library ${image} uses, so these native packages were not checked against it: ${listSome(libcBound.map((f) => f.name))}. ` +
          `If the image is Alpine (musl) and they were installed on a glibc runner, they fail to load at run time.`,
      ),
    );
  }
  return findings;
}

function familyFinding(
  family: NativeFamily,
  platform: TargetPlatform,
  reasons: Mismatch[],
  facts: ValidationFacts,
): Finding {
  // the variant closest to running tells the most useful story
  const order: Mismatch[] = ['glibc-version', 'libc', 'arch', 'os'];
  const reason = order.find((r) => reasons.includes(r)) ?? 'os';
  const variant = family.variants[reasons.indexOf(reason)]!;
  const base = facts.baseImage;
  const what = family.kind === 'prisma-engine' ? family.name : `native package ${family.name}`;
  const head =
    reason === 'glibc-version'
      ? `${what} (${variant.path}) needs glibc ${variant.glibcVersion}, but the image has ${base?.glibcVersion}`
      : `${what} is built for ${family.variants.map(describeVariant).join(', ')}, which does not run on ${describeTarget(platform, facts)}`;
  const fix = fixFor(family, reason, platform, facts);
  const location = { file: variant.file };
  if (!family.buildTimeOnly) return error('native-addons', `${head}. It fails to load at run time. ${fix}`, location);
  const loadedBy = family.name.startsWith('@next/swc')
    ? ' (Next 15 compiles a next.config.ts with it on `next start`: a next.config.js or .mjs avoids that)'
    : '';
  return warning(
    'native-addons',
    `${head}. It is only needed while building, so the image works unless something loads it at run time${loadedBy}. To make it match anyway: ${fix}`,
    location,
  );
}

/** "linux/amd64 with musl (base image node:20-alpine)" */
function describeTarget(platform: TargetPlatform, facts: ValidationFacts): string {
  const base = facts.baseImage;
  if (!base || base.libc === 'unknown') return platform.platform;
  const libc = base.glibcVersion ? `${base.libc} ${base.glibcVersion}` : base.libc;
  return `${platform.platform} with ${libc} (base image ${base.image})`;
}

function describeVariant(v: NativeVariant): string {
  return [v.os ?? 'linux', v.arch, v.libc].filter(Boolean).join('-');
}

function fixFor(family: NativeFamily, reason: Mismatch, platform: TargetPlatform, facts: ValidationFacts): string {
  const baseLibc = facts.baseImage?.libc;
  const libcFlag = baseLibc === 'musl' || baseLibc === 'glibc' ? ` --libc=${baseLibc}` : '';
  const install =
    `install the binaries for the image: \`npm install --os=${platform.os} --cpu=${platform.arch}${libcFlag}\` (npm 10+), ` +
    `pnpm's \`supportedArchitectures\` (os, cpu, libc) in pnpm-workspace.yaml, or yarn's \`supportedArchitectures\` in .yarnrc.yml`;
  if (family.kind === 'prisma-engine') {
    const musl = baseLibc === 'musl';
    const binaryTarget =
      platform.arch === 'arm64'
        ? musl
          ? 'linux-musl-arm64-openssl-3.0.x'
          : 'linux-arm64-openssl-3.0.x'
        : musl
          ? 'linux-musl-openssl-3.0.x'
          : 'debian-openssl-3.0.x';
    return `Add the image's target to the generator's binaryTargets in schema.prisma (e.g. binaryTargets = ["native", "${binaryTarget}"]) and run prisma generate in the build.`;
  }
  const compiled = family.kind === 'addon';
  switch (reason) {
    case 'os':
      return `node_modules was installed on ${facts.runner.platform}; install it on a Linux runner${compiled ? '' : `, or ${install}`}.`;
    case 'arch':
      return compiled
        ? `A compiled addon runs only on the CPU it was compiled for: build on a runner with ${platform.arch} CPUs (e.g. runs-on: ubuntu-24.04-arm for arm64), one per platform.`
        : `Build on a runner with ${platform.arch} CPUs (e.g. runs-on: ubuntu-24.04-arm for arm64), or ${install}.`;
    case 'libc':
      return baseLibc === 'musl'
        ? `Use a glibc base image (a Debian one such as node:<version>-slim instead of Alpine)${compiled ? ', or compile it on a musl runner' : `, or ${install}`}.`
        : `Install on a glibc runner (not an Alpine container job)${compiled ? ' or use' : ', use'} a musl (Alpine) base image${compiled ? '' : `, or ${install}`}.`;
    case 'glibc-version':
      return `Use a base image with a newer glibc (e.g. a newer Debian release), or build on an older runner (e.g. ubuntu-22.04) so the addon is compiled against an older glibc.`;
  }
}

/** Node addons loaded by the running app, for the Node version check. */
export function runtimeAddons(families: readonly NativeFamily[]): { name: string; nodeApi?: 'napi' | 'v8' }[] {
  return families
    .filter((f) => !f.buildTimeOnly)
    .flatMap((f) =>
      f.variants
        .filter((v) => v.addon)
        .map((v) => (v.nodeApi ? { name: f.name, nodeApi: v.nodeApi } : { name: f.name })),
    );
}
