import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './fixture.js';

/**
 * Just enough of GitHub Actions to run a README workflow's steps as written: the workflow is
 * read from the README, and its `${{ }}` expressions (context lookups, string literals, ==, !=,
 * &&, !, fromJSON and the status functions) are evaluated against the outputs the earlier steps
 * and jobs really set.
 */

export interface Step {
  id?: string;
  uses?: string;
  if?: string;
  with?: Record<string, string | number | boolean>;
}

export interface Job {
  needs?: string | string[];
  if?: string;
  outputs?: Record<string, string>;
  strategy?: { matrix?: unknown };
  steps: Step[];
}

export interface Workflow {
  jobs: Record<string, Job>;
}

/** The README's yaml block that contains `needle`. */
export function readmeWorkflow(needle: string): Workflow {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const block = blocks.find((b) => b.includes(needle));
  if (!block) throw new Error(`no yaml block in README.md contains ${needle}`);
  return parse(block) as Workflow;
}

export type Context = Record<string, unknown>;

function lookup(ctx: Context, dotted: string): unknown {
  let value: unknown = ctx;
  for (const key of dotted.split('.')) {
    if (value === null || typeof value !== 'object') return '';
    value = (value as Record<string, unknown>)[key];
  }
  return value ?? '';
}

function truthy(value: unknown): boolean {
  return value !== '' && value !== false && value !== 0 && value !== null && value !== undefined;
}

export function evaluate(expression: string, ctx: Context): unknown {
  const e = expression.trim();
  const terms = e.split('&&');
  if (terms.length > 1) return terms.every((t) => truthy(evaluate(t, ctx)));
  const literal = /^'((?:[^']|'')*)'$/.exec(e);
  if (literal) return literal[1]!.replace(/''/g, "'");
  const compare = /^(.+?)\s*(==|!=)\s*(.+)$/.exec(e);
  if (compare) {
    const same = String(evaluate(compare[1]!, ctx)) === String(evaluate(compare[3]!, ctx));
    return compare[2] === '==' ? same : !same;
  }
  if (e.startsWith('!')) return !truthy(evaluate(e.slice(1), ctx));
  if (e === 'cancelled()') return false;
  if (e === 'always()' || e === 'success()') return true;
  const json = /^fromJSON\((.+)\)$/.exec(e);
  if (json) return JSON.parse(String(evaluate(json[1]!, ctx)));
  return lookup(ctx, e);
}

/** A value with `${{ }}` in it; a value that is one expression keeps its type (fromJSON's object). */
export function interpolate(value: unknown, ctx: Context): unknown {
  if (typeof value !== 'string') return value;
  const whole = /^\$\{\{(.*)\}\}$/s.exec(value.trim());
  if (whole) return evaluate(whole[1]!, ctx);
  return value.replace(/\$\{\{(.*?)\}\}/g, (_, inner: string) => String(evaluate(inner, ctx)));
}

/** An `if:` (with or without `${{ }}`); no `if` runs. */
export function runs(condition: string | undefined, ctx: Context): boolean {
  if (condition === undefined) return true;
  const inner = /^\$\{\{(.*)\}\}$/s.exec(condition.trim());
  return truthy(evaluate(inner ? inner[1]! : condition, ctx));
}

/** A step's `with:`, evaluated, as the INPUT_* strings the runner passes. */
export function stepInputs(step: Step, ctx: Context): Record<string, string> {
  return Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, String(interpolate(v, ctx))]));
}
