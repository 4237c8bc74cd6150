import type { SourceLocation } from './config/types.js';

/**
 * The kinds of failure a user must tell apart. The CLI maps them to exit codes (usage and
 * config: 2, everything else: 1); the action turns them into annotations at `location`.
 */
export class UsageError extends Error {
  override name = 'UsageError';
  readonly exitCode = 2;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
  readonly exitCode = 2;
  constructor(
    message: string,
    readonly location?: SourceLocation,
    options?: ErrorOptions,
  ) {
    super(location ? `${formatLocation(location)}: ${message}` : message, options);
  }
}

/** A check before the push failed (artifacts, Dockerfile, secrets, smoke test, budget). */
export class GateError extends Error {
  override name = 'GateError';
  readonly exitCode = 1;
  constructor(
    message: string,
    readonly location?: SourceLocation,
    options?: ErrorOptions,
  ) {
    super(location ? `${formatLocation(location)}: ${message}` : message, options);
  }
}

/** A command exited non-zero; carries what ran and the tail of its output. */
export class CommandError extends Error {
  override name = 'CommandError';
  readonly exitCode = 1;
  /** how long it ran before it failed: a failing build command's time is still the user's */
  readonly seconds: number;
  constructor(
    readonly command: string,
    readonly code: number | null,
    readonly tail: string,
    options?: ErrorOptions & { seconds?: number },
  ) {
    super(
      `\`${command}\` ${code === null ? 'was killed' : `exited with code ${code}`}` +
        (tail ? `; last lines of its output:\n${tail}` : ''),
      options,
    );
    this.seconds = options?.seconds ?? 0;
  }
}

/** Any other failure of the build: a registry answer, a missing tool. */
export class BuildError extends Error {
  override name = 'BuildError';
  readonly exitCode = 1;
}

export function formatLocation(loc: SourceLocation): string {
  if (loc.line === undefined) return loc.file;
  return loc.column === undefined ? `${loc.file}:${loc.line}` : `${loc.file}:${loc.line}:${loc.column}`;
}

export function exitCodeOf(error: unknown): number {
  if (error instanceof UsageError || error instanceof ConfigError) return 2;
  return 1;
}

export function locationOf(error: unknown): SourceLocation | undefined {
  if (error instanceof ConfigError || error instanceof GateError) return error.location;
  return undefined;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
