import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PackageManagerName, SourceLocation } from '../config/types.js';
import { ConfigError } from '../errors.js';

// in each package manager's own order of preference: npm reads npm-shrinkwrap.json and ignores
// package-lock.json when both are there, so the cache key must hash the shrinkwrap
export const LOCKFILES: readonly { file: string; pm: PackageManagerName }[] = [
  { file: 'npm-shrinkwrap.json', pm: 'npm' },
  { file: 'package-lock.json', pm: 'npm' },
  { file: 'pnpm-lock.yaml', pm: 'pnpm' },
  { file: 'yarn.lock', pm: 'yarn' },
  { file: 'bun.lock', pm: 'bun' },
  { file: 'bun.lockb', pm: 'bun' },
];

export interface PackageManagerSpec {
  name: PackageManagerName;
  /** the version package.json's packageManager asks for, if any */
  version?: string;
  /** yarn 2+ ("berry") installs and prunes differently from yarn 1 */
  yarnBerry: boolean;
  /** absolute path of the lockfile */
  lockfile: string;
}

export interface PackageJson {
  name?: string;
  version?: string;
  packageManager?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  scripts?: Record<string, string>;
}

export function readPackageJson(dir: string, where: SourceLocation): PackageJson {
  const file = path.join(dir, 'package.json');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ConfigError(
      `no package.json in ${dir}; \`context\` must be the directory of the app's package.json`,
      where,
    );
  }
  try {
    return JSON.parse(text) as PackageJson;
  } catch (error: unknown) {
    throw new ConfigError(
      `${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      { file },
      { cause: error },
    );
  }
}

/** "pnpm@9.12.0+sha512.abc" → { name: 'pnpm', version: '9.12.0' } */
export function parsePackageManagerField(field: string): { name: string; version?: string } {
  const m = /^(@?[^@]+)(?:@([^+]+))?/.exec(field.trim());
  const result: { name: string; version?: string } = { name: m?.[1] ?? field };
  if (m?.[2]) result.version = m[2];
  return result;
}

/**
 * Which package manager a context uses: its packageManager field when set (then its lockfile
 * must be there), else the lockfile found. Several lockfiles without a packageManager field
 * are ambiguous, and no lockfile at all is an error: installs must be reproducible.
 */
export function detectPackageManager(
  context: string,
  pkg: PackageJson,
  where: SourceLocation,
  exists: (file: string) => boolean = existsSync,
): PackageManagerSpec {
  const present = LOCKFILES.filter((l) => exists(path.join(context, l.file)));
  const declared = pkg.packageManager ? parsePackageManagerField(pkg.packageManager) : undefined;
  if (declared && !LOCKFILES.some((l) => l.pm === declared.name)) {
    throw new ConfigError(`package.json's packageManager "${pkg.packageManager}" is not one of npm, pnpm, yarn, bun`, {
      file: path.join(context, 'package.json'),
    });
  }
  const candidates = declared ? present.filter((l) => l.pm === declared.name) : present;
  const chosen = candidates[0];
  if (!chosen) {
    const looked = (declared ? LOCKFILES.filter((l) => l.pm === declared.name) : LOCKFILES)
      .map((l) => l.file)
      .join(', ');
    throw new ConfigError(
      `no lockfile in ${context} (looked for ${looked}); commit the lockfile your package manager writes so installs are reproducible and cacheable`,
      where,
    );
  }
  if (!declared && new Set(present.map((l) => l.pm)).size > 1) {
    throw new ConfigError(
      `several lockfiles in ${context} (${present.map((l) => l.file).join(', ')}); delete the stale ones or set "packageManager" in package.json`,
      where,
    );
  }
  const spec: PackageManagerSpec = {
    name: chosen.pm,
    yarnBerry: chosen.pm === 'yarn' && isYarnBerry(context, declared?.version, exists),
    lockfile: path.join(context, chosen.file),
  };
  if (declared?.version) spec.version = declared.version;
  return spec;
}

function isYarnBerry(context: string, version: string | undefined, exists: (file: string) => boolean): boolean {
  if (version) return Number(version.split('.')[0]) >= 2;
  return exists(path.join(context, '.yarnrc.yml'));
}
