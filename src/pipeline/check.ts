import path from 'node:path';
import type { Config, EngineName } from '../config/types.js';
import { formatLocation } from '../errors.js';
import type { InstructionView } from '../dockerfile/parse.js';
import { DaemonImages } from '../daemon-images.js';
import type { Runner } from '../exec.js';
import { preflightTarget, type PreflightReport } from '../phases/preflight.js';
import type { RegistrySession } from '../registry/session.js';
import type { Finding } from '../validate/types.js';
import { selectTargets } from './plan.js';

/**
 * `check` (CLI) and `mode: check` (action): the preflight alone, for the selected targets.
 * Nothing is installed, built or pushed.
 */

export interface CheckOptions {
  config: Config;
  targets: readonly string[];
  /** whether a build would push (credentials are checked only then) */
  push: boolean;
  repositoryRoot: string;
}

export interface CheckDeps {
  engine: EngineName;
  daemon: boolean;
  /** the machine building, e.g. linux/amd64 */
  buildPlatform: string;
  run: Runner;
  registry: RegistrySession;
}

export interface CheckFinding {
  file: string;
  line?: number;
  column?: number;
  message: string;
  severity: 'error' | 'warning';
}

export interface TargetCheck {
  ok: boolean;
  findings: CheckFinding[];
  dockerfile?: { file: string; instructions: InstructionView[] };
}

export interface CheckResult {
  targets: Record<string, TargetCheck>;
  /** said once for the whole run */
  notes: string[];
  /** 0 every target passes, 1 a gate fails, 2 a config error (a package manager or lockfile problem) */
  exitCode: 0 | 1 | 2;
  /** the raw findings, with absolute locations, for annotations */
  raw: Record<string, Finding[]>;
}

export async function runCheck(options: CheckOptions, deps: CheckDeps): Promise<CheckResult> {
  const targets = selectTargets(options.config, options.targets);
  // targets on one base ask the daemon about it once
  const daemonImages = new DaemonImages(deps.run);
  const reports = await Promise.all(
    targets.map((t) =>
      preflightTarget(
        t,
        {
          engine: deps.engine,
          daemon: deps.daemon,
          push: options.push,
          buildPlatform: deps.buildPlatform,
          repositoryRoot: options.repositoryRoot,
        },
        { run: deps.run, registry: deps.registry, daemonImages },
      ),
    ),
  );
  const result: CheckResult = {
    targets: {},
    notes: [...new Set(reports.flatMap((r) => r.notes))],
    exitCode: 0,
    raw: {},
  };
  for (const report of reports) {
    result.targets[report.target] = targetCheck(report, options.config.dir);
    result.raw[report.target] = report.findings;
  }
  const errors = reports.flatMap((r) => r.findings.filter((f) => f.severity === 'error'));
  result.exitCode = errors.some((f) => f.check === 'config') ? 2 : errors.length > 0 ? 1 : 0;
  return result;
}

function targetCheck(report: PreflightReport, relativeTo: string): TargetCheck {
  const check: TargetCheck = {
    ok: report.ok,
    findings: report.findings.map((f) => {
      const finding: CheckFinding = {
        file: relative(f.location?.file ?? '', relativeTo),
        message: f.message,
        severity: f.severity,
      };
      if (f.location?.line !== undefined) finding.line = f.location.line;
      if (f.location?.column !== undefined) finding.column = f.location.column;
      return finding;
    }),
  };
  if (report.dockerfile)
    check.dockerfile = {
      file: relative(report.dockerfile.file, relativeTo),
      instructions: report.dockerfile.instructions,
    };
  return check;
}

function relative(file: string, dir: string): string {
  if (!path.isAbsolute(file)) return file;
  const rel = path.relative(dir, file);
  return rel.startsWith('..') ? file : rel.split(path.sep).join('/');
}

/** `--json`: `{ "targets": { "<name>": { ok, findings: [{file, line, column, message}], dockerfile } } }` */
export function checkJson(result: CheckResult): string {
  const targets = Object.fromEntries(
    Object.entries(result.targets).map(([name, t]) => [
      name,
      {
        ok: t.ok,
        findings: t.findings.map((f) => ({
          file: f.file,
          line: f.line ?? null,
          column: f.column ?? null,
          message: f.message,
          ...(f.severity === 'warning' ? { severity: 'warning' } : {}),
        })),
        ...(t.dockerfile ? { dockerfile: t.dockerfile } : {}),
      },
    ]),
  );
  return `${JSON.stringify({ targets }, null, 2)}\n`;
}

/** The terminal's reading: a line per finding at file:line:column, one line per target that passes. */
export function checkText(result: CheckResult): string[] {
  const lines: string[] = [...result.notes.map((n) => `note: ${n}`)];
  for (const [name, t] of Object.entries(result.targets)) {
    for (const f of t.findings) {
      const where = formatLocation({
        file: f.file || name,
        ...(f.line !== undefined ? { line: f.line } : {}),
        ...(f.column !== undefined ? { column: f.column } : {}),
      });
      // the location leads the line, so the message's own "Dockerfile line 4:" would repeat it
      lines.push(`${where}: ${f.severity}: ${f.message.replace(/^\S+ line \d+: /, '')}`);
    }
    if (t.ok) {
      const warnings = t.findings.length;
      const count = t.dockerfile
        ? `, ${t.dockerfile.file}: ${t.dockerfile.instructions.length} instructions, COPY-only`
        : '';
      lines.push(
        `ok ${name}: ready to build${count}${warnings ? ` (${warnings} warning${warnings === 1 ? '' : 's'})` : ''}`,
      );
    } else {
      const errors = t.findings.filter((f) => f.severity === 'error').length;
      lines.push(`FAILED ${name}: ${errors} problem${errors === 1 ? '' : 's'}`);
    }
  }
  return lines;
}
