import { parseArgs } from 'node:util';
import type { EngineChoice } from '../config/types.js';
import { UsageError } from '../errors.js';
import type { BaselineMode } from '../pipeline/context.js';

export interface CliOptions {
  config: string;
  targets: string[];
  push: boolean;
  engine: EngineChoice;
  baseline: BaselineMode;
  cache: boolean;
  cacheDir?: string;
  summary?: string;
  builder?: string;
  cacheFrom: string[];
  cacheTo: string[];
  json: boolean;
  verbose: boolean;
  help: boolean;
  version: boolean;
}

export const USAGE = `Usage: artifact-docker-build [build] [options]
       artifact-docker-build plan [--config FILE] [--since REF]
       artifact-docker-build report FILE|DIR... [--summary FILE] [--json]
       artifact-docker-build check [--config FILE] [--target NAME]... [--json]

Restores node_modules from a cache keyed by the lockfile, installs on a miss, runs the build on
this machine, prunes dev dependencies, validates the artifacts and builds a COPY-only image.

Options:
  --config FILE         config file (default: artifact-build.yml)
  --target NAME         run only this target; repeat for several (default: all)
  --push / --no-push    push the images (default: no push)
  --engine E            auto, buildx, docker or oci (default: auto, or the config's engine)
  --baseline M          auto, measure or off (default: auto)
  --cache-dir DIR       node_modules cache (default: $XDG_CACHE_HOME/artifact-docker-build)
  --no-cache            neither restore nor save node_modules
  --summary FILE        also write the timing summary as markdown to FILE
  --builder NAME        buildx builder to build with (a remote or kubernetes one, say)
  --cache-from SPEC     BuildKit cache import for buildx (type=registry,ref=...); repeatable;
                        {target} is replaced by the target's name
  --cache-to SPEC       BuildKit cache export for buildx (type=gha,scope={target}); repeatable
  --json                print {"images", "timings"} on stdout; logs stay on stderr
  --verbose             more logging
  -h, --help            this text
  --version             the version

Exit status: 0 success, 1 build or validation failure, 2 usage or config error.`;

function choice<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
}

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: false,
      allowNegative: true,
      options: {
        config: { type: 'string' },
        target: { type: 'string', multiple: true },
        push: { type: 'boolean' },
        engine: { type: 'string' },
        baseline: { type: 'string' },
        cache: { type: 'boolean' },
        'cache-dir': { type: 'string' },
        summary: { type: 'string' },
        builder: { type: 'string' },
        'cache-from': { type: 'string', multiple: true },
        'cache-to': { type: 'string', multiple: true },
        json: { type: 'boolean' },
        verbose: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (error: unknown) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  }
  const v = parsed.values;
  const options: CliOptions = {
    config: v.config ?? 'artifact-build.yml',
    targets: (v.target ?? [])
      .flatMap((t) => t.split(','))
      .map((t) => t.trim())
      .filter(Boolean),
    push: v.push ?? false,
    engine: choice('engine', v.engine, ['auto', 'buildx', 'docker', 'oci'], 'auto'),
    baseline: choice('baseline', v.baseline, ['auto', 'measure', 'off'], 'auto'),
    cache: v.cache ?? true,
    cacheFrom: v['cache-from'] ?? [],
    cacheTo: v['cache-to'] ?? [],
    json: v.json ?? false,
    verbose: v.verbose ?? false,
    help: v.help ?? false,
    version: v.version ?? false,
  };
  if (v['cache-dir'] !== undefined) options.cacheDir = v['cache-dir'];
  if (v.summary !== undefined) options.summary = v.summary;
  if (v.builder !== undefined && v.builder.trim() !== '') options.builder = v.builder.trim();
  return options;
}

export interface PlanOptions {
  config: string;
  since?: string;
  verbose: boolean;
  help: boolean;
}

export const PLAN_USAGE = `Usage: artifact-docker-build plan [--config FILE] [--since REF]

Prints the targets to build as a job matrix, {"include":[{"target":"api"}]}, on stdout, and
why each one is in it on stderr. With --since, only the targets that a change between REF and
HEAD affects: files in the target's context or in the local workspace packages it depends on,
its lockfile entries, its Dockerfile, its config entry or the config's top level.

Options:
  --config FILE   config file (default: artifact-build.yml)
  --since REF     a commit, branch or tag to compare HEAD with (default: every target)
  --verbose       show the git commands
  -h, --help      this text`;

/** Runs a parseArgs call, turning its errors into usage errors that show the usage. */
function parsing<T>(usage: string, parse: () => T): T {
  try {
    return parse();
  } catch (error: unknown) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
  }
}

export function parsePlanArgs(argv: readonly string[]): PlanOptions {
  const { values } = parsing(PLAN_USAGE, () =>
    parseArgs({
      args: [...argv],
      options: {
        config: { type: 'string' },
        since: { type: 'string' },
        verbose: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }),
  );
  const options: PlanOptions = {
    config: values.config ?? 'artifact-build.yml',
    verbose: values.verbose ?? false,
    help: values.help ?? false,
  };
  const since = values.since;
  if (since !== undefined) {
    if (since.trim() === '') throw new UsageError('--since needs a commit, branch or tag');
    options.since = since.trim();
  }
  return options;
}

export interface ReportOptions {
  /** result files, directories of them, or globs */
  files: string[];
  summary?: string;
  json: boolean;
  help: boolean;
}

export const REPORT_USAGE = `Usage: artifact-docker-build report FILE|DIR... [--summary FILE] [--json]

Merges the results of several runs (the --json output of each, or the action's result-file of
each job of a matrix) into one report: one table for all targets, the totals, the critical path
and the comparison with the multi-stage baselines. A directory is searched for .json files.

Options:
  --summary FILE  also write the report as markdown (a job summary) to FILE
  --json          print the merged result ({"images", "timings", "run"}) on stdout instead
  -h, --help      this text`;

export function parseReportArgs(argv: readonly string[]): ReportOptions {
  const { values, positionals } = parsing(REPORT_USAGE, () =>
    parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { summary: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    }),
  );
  const options: ReportOptions = { files: positionals, json: values.json ?? false, help: values.help ?? false };
  if (values.summary !== undefined) options.summary = values.summary;
  if (!options.help && options.files.length === 0)
    throw new UsageError(`report needs at least one result file or directory\n\n${REPORT_USAGE}`);
  return options;
}

export interface CheckCliOptions {
  config: string;
  targets: string[];
  push: boolean;
  engine: EngineChoice;
  json: boolean;
  verbose: boolean;
  help: boolean;
}

export const CHECK_USAGE = `Usage: artifact-docker-build check [--config FILE] [--target NAME]... [--json]

Everything that can be checked before a build, in about a second, with no install, no build and
no image: the config, package manager and lockfile, the COPY-only Dockerfile (read as BuildKit
reads it) with the base image's config, <Dockerfile>.dockerignore, the declared artifacts that
must already exist, the base image reachable for the engine, registry credentials when
pushing, the smoke test's port.

Options:
  --config FILE   config file (default: artifact-build.yml)
  --target NAME   check only this target; repeat for several (default: all)
  --push          also check that the registry accepts this machine's credentials for a push
  --engine E      auto, buildx, docker or oci: whose view of the base image counts (default: auto)
  --json          print {"targets": {...}} with the findings and the Dockerfile as read
  --verbose       more logging
  -h, --help      this text

Exit status: 0 every target passes, 1 a check fails, 2 usage or config error.`;

export function parseCheckArgs(argv: readonly string[]): CheckCliOptions {
  const { values } = parsing(CHECK_USAGE, () =>
    parseArgs({
      args: [...argv],
      options: {
        config: { type: 'string' },
        target: { type: 'string', multiple: true },
        push: { type: 'boolean' },
        engine: { type: 'string' },
        json: { type: 'boolean' },
        verbose: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }),
  );
  return {
    config: values.config ?? 'artifact-build.yml',
    targets: (values.target ?? [])
      .flatMap((t) => t.split(','))
      .map((t) => t.trim())
      .filter(Boolean),
    push: values.push ?? false,
    engine: choice('engine', values.engine, ['auto', 'buildx', 'docker', 'oci'], 'auto'),
    json: values.json ?? false,
    verbose: values.verbose ?? false,
    help: values.help ?? false,
  };
}
