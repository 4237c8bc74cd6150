import { parse as parseYaml } from 'yaml';
import type { ConfigChange } from './affected.js';

/**
 * Which parts of the config changed between the base and HEAD, compared as data, so that a
 * comment or a reordered key changes nothing. The top level is everything but `targets`.
 */

type Doc = Record<string, unknown>;

function read(text: string | undefined): Doc | undefined {
  if (text === undefined) return undefined;
  try {
    const doc: unknown = parseYaml(text);
    return doc && typeof doc === 'object' && !Array.isArray(doc) ? (doc as Doc) : undefined;
  } catch {
    return undefined;
  }
}

/** JSON with keys sorted at every level: equal data, equal text. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Doc).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function targetsOf(doc: Doc): Doc {
  const targets = doc.targets;
  return targets && typeof targets === 'object' && !Array.isArray(targets) ? (targets as Doc) : {};
}

/**
 * `before` is the config's text at the base (undefined when it did not exist or did not parse:
 * then every target counts as changed), `after` its text at HEAD.
 */
export function diffConfig(file: string, before: string | undefined, after: string): ConfigChange {
  const old = read(before);
  const now = read(after) ?? {};
  if (!old) return { file, added: true, topLevel: true, targets: Object.keys(targetsOf(now)) };
  const { targets: oldTargets, ...oldTop } = old;
  const { targets: newTargets, ...newTop } = now;
  const oldEntries = targetsOf({ targets: oldTargets });
  const newEntries = targetsOf({ targets: newTargets });
  return {
    file,
    added: false,
    topLevel: canonical(oldTop) !== canonical(newTop),
    targets: Object.keys(newEntries).filter((name) => canonical(oldEntries[name]) !== canonical(newEntries[name])),
  };
}
