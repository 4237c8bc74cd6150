import type { SourceLocation } from '../config/types.js';

/** The checks of the validate phase; each finding names the one that raised it. */
export type CheckName =
  | 'config'
  | 'base-image'
  | 'credentials'
  | 'smoke-port'
  | 'dockerfile'
  | 'artifacts'
  | 'dockerignore'
  | 'dev-dependencies'
  | 'secrets'
  | 'native-addons'
  | 'node-version'
  | 'budget'
  | 'production-tree';

/**
 * One problem a check found. Checks return findings instead of throwing so that every problem
 * is reported (and annotated at its location) before the phase fails.
 */
export interface Finding {
  check: CheckName;
  severity: 'error' | 'warning';
  /** what is wrong and how to fix it; never holds a secret's value */
  message: string;
  /** absolute file (and line) to annotate */
  location?: SourceLocation;
}

export type Libc = 'glibc' | 'musl';

/** What the final stage's base image holds, read by running it (see base-image.ts). */
export interface BaseImageFacts {
  image: string;
  libc: Libc | 'unknown';
  /** `node --version` in the image, e.g. v20.18.0; absent when the image has no node */
  nodeVersion?: string;
  /** glibc's version (e.g. 2.36) when the image runs glibc */
  glibcVersion?: string;
  /** Bun's version when the image runs Bun (nodeVersion is then the Node version Bun claims) */
  bunVersion?: string;
}

/** The machine that installed node_modules and ran the build commands. */
export interface RunnerFacts {
  /** linux, darwin, win32 */
  platform: string;
  /** x64, arm64 */
  arch: string;
  libc: Libc;
  nodeMajor: number;
  /** the Bun that installed node_modules, when the package manager is Bun */
  bunVersion?: string;
}

export interface ValidationFacts {
  baseImage?: BaseImageFacts;
  runner: RunnerFacts;
  /** the base image's ENV and ONBUILD triggers, as the preflight read them: the Dockerfile check then judges with the same knowledge */
  baseConfig?: { env: Record<string, string>; onBuild: string[] };
}

export function error(check: CheckName, message: string, location?: SourceLocation): Finding {
  return location ? { check, severity: 'error', message, location } : { check, severity: 'error', message };
}

export function warning(check: CheckName, message: string, location?: SourceLocation): Finding {
  return location ? { check, severity: 'warning', message, location } : { check, severity: 'warning', message };
}

/** "a, b, c and 4 more" */
export function listSome(items: readonly string[], max = 10): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}
