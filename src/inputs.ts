import type { EngineChoice } from './config/types.js';
import { isValidLabelKey } from './config/names.js';
import { isValidRepository, isValidTag, splitTag } from './registry/reference.js';
import { ConfigError } from './errors.js';
import type { BaselineMode } from './pipeline/context.js';

export type PushMode = 'auto' | 'true' | 'false';
/** what one run of the action does; each mode is a job of a matrix workflow, or all of a small one */
export const MODES = ['build', 'check', 'plan', 'report'] as const;
export type Mode = (typeof MODES)[number];

/** action.yml's inputs, parsed once; an empty input (as when dist/index.js runs without the runner filling in action.yml's defaults) means its default. */
export interface ActionInputs {
  mode: Mode;
  config: string;
  workingDirectory: string;
  targets: string[];
  push: PushMode;
  engine: EngineChoice;
  baseline: BaselineMode;
  cache: boolean;
  tags: string[];
  labels: Record<string, string>;
  summary: boolean;
  prComment: boolean;
  githubToken: string;
  /** buildx builder name; empty: the default builder */
  builder: string;
  /** BuildKit cache specs for every target, `{target}` replaced by its name */
  cacheFrom: string[];
  cacheTo: string[];
  /** plan: the commit to compare with; empty: the pull request's base or the push's previous commit */
  since: string;
  /** report: result files, directories holding them, or globs */
  results: string[];
}

function inputError(name: string, message: string): ConfigError {
  return new ConfigError(`input \`${name}\`: ${message}`, { file: 'action inputs' });
}

function oneOf<T extends string>(name: string, raw: string, allowed: readonly T[], fallback: T): T {
  if (raw === '') return fallback;
  const value = raw.toLowerCase();
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw inputError(name, `"${raw}" is not one of ${allowed.join(', ')}`);
}

function bool(name: string, raw: string, fallback: boolean): boolean {
  if (raw === '') return fallback;
  // the YAML 1.2 core schema's booleans, as core.getBooleanInput accepts them
  if (['true', 'True', 'TRUE'].includes(raw)) return true;
  if (['false', 'False', 'FALSE'].includes(raw)) return false;
  throw inputError(name, `"${raw}" is not true or false`);
}

/** Newline- or comma-separated, as docker/build-push-action reads list inputs; # lines are comments. */
export function splitList(raw: string, separators = /[\n,]/): string[] {
  return raw
    .split(separators)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'));
}

function parseTags(raw: string): string[] {
  const tags = splitList(raw, /\n/);
  for (const reference of tags) {
    const { repository, tag } = splitTag(reference);
    if (!tag || !isValidTag(tag) || !isValidRepository(repository)) {
      throw inputError('tags', `"${reference}" is not a full image reference like ghcr.io/acme/app:1.2.3`);
    }
  }
  return tags;
}

function parseLabels(raw: string): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const line of splitList(raw, /\n/)) {
    const eq = line.indexOf('=');
    const key = eq < 0 ? line : line.slice(0, eq);
    if (!isValidLabelKey(key)) throw inputError('labels', `"${line}" is not key=value`);
    labels[key] = eq < 0 ? '' : line.slice(eq + 1);
  }
  return labels;
}

export function parseInputs(get: (name: string) => string): ActionInputs {
  const read = (name: string): string => get(name).trim();
  const pushRaw = read('push');
  return {
    mode: oneOf('mode', read('mode'), MODES, 'build'),
    config: read('config') || 'artifact-build.yml',
    workingDirectory: read('working-directory') || '.',
    targets: splitList(read('targets')),
    push: pushRaw === '' || pushRaw.toLowerCase() === 'auto' ? 'auto' : bool('push', pushRaw, false) ? 'true' : 'false',
    engine: oneOf('engine', read('engine'), ['auto', 'buildx', 'docker', 'oci'], 'auto'),
    baseline: oneOf('baseline', read('baseline'), ['auto', 'measure', 'off'], 'auto'),
    cache: bool('cache', read('cache'), true),
    tags: parseTags(get('tags')),
    labels: parseLabels(get('labels')),
    summary: bool('summary', read('summary'), true),
    prComment: bool('pr-comment', read('pr-comment'), false),
    githubToken: read('github-token'),
    builder: read('builder'),
    // a spec holds commas (type=gha,scope=x): one per line, as docker/build-push-action reads them
    cacheFrom: splitList(get('cache-from'), /\n/),
    cacheTo: splitList(get('cache-to'), /\n/),
    since: read('since'),
    results: splitList(get('results'), /\n/),
  };
}
