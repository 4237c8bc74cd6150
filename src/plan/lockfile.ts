import path from 'node:path';
import { parse as parseYaml } from 'yaml';

/**
 * A lockfile read as a graph of entries, so that a change to a shared root lockfile can be
 * traced to the apps whose dependency closure holds a changed entry, instead of rebuilding every
 * app for every lockfile change. Pure: text in, graph out.
 *
 * Each entry has a fingerprint (its text in the lockfile: version, resolution, integrity, its
 * own dependencies) and the keys of the entries it depends on. Importers are the workspace
 * members (by directory relative to the lockfile, '' for the root) and the entries they start
 * from. npm (package-lock v2/v3), pnpm (lockfile v6 and v9), yarn (v1 and berry) and bun's text
 * lockfile are read; anything else (bun.lockb, an older or broken file) gives undefined, and the
 * caller then treats any change of that file as touching every app that uses it.
 */

export interface LockEntry {
  fingerprint: string;
  dependencies: string[];
}

export interface LockGraph {
  entries: Map<string, LockEntry>;
  /** member directory relative to the lockfile's directory ('' for the root) → its entry key */
  importers: Map<string, string>;
}

/** What yarn v1 needs from outside its lockfile: the members' manifests (it records no workspaces). */
export type MemberDependencies = Map<string, Record<string, string>>;

export function parseLockfile(
  file: string,
  text: string,
  members: MemberDependencies = new Map(),
): LockGraph | undefined {
  try {
    switch (path.basename(file)) {
      case 'package-lock.json':
      case 'npm-shrinkwrap.json':
        return parseNpm(text);
      case 'pnpm-lock.yaml':
        return parsePnpm(text);
      case 'yarn.lock':
        return text.includes('__metadata:') ? parseYarnBerry(text) : parseYarnClassic(text, members);
      case 'bun.lock':
        return parseBun(text);
      default:
        return undefined;
    }
  } catch {
    return undefined;
  }
}

/** Keys whose entry was added, removed or changed between two graphs. */
export function changedEntries(before: LockGraph, after: LockGraph): Set<string> {
  const changed = new Set<string>();
  for (const [key, entry] of after.entries)
    if (before.entries.get(key)?.fingerprint !== entry.fingerprint) changed.add(key);
  for (const key of before.entries.keys()) if (!after.entries.has(key)) changed.add(key);
  return changed;
}

/** Every entry reachable from the given members' importers (the importers themselves included). */
export function closureOf(graph: LockGraph, members: string[]): Set<string> {
  const seen = new Set<string>();
  const stack = members.map((m) => graph.importers.get(m)).filter((k): k is string => k !== undefined);
  while (stack.length > 0) {
    const key = stack.pop()!;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const dep of graph.entries.get(key)?.dependencies ?? []) if (!seen.has(dep)) stack.push(dep);
  }
  return seen;
}

type Deps = Record<string, string>;

function depNames(entry: Record<string, unknown>, fields: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  for (const field of fields) {
    const deps = entry[field];
    if (deps && typeof deps === 'object') {
      for (const [name, spec] of Object.entries(deps as Record<string, unknown>)) out.push([name, String(spec)]);
    }
  }
  return out;
}

const RUNTIME_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'] as const;
const MEMBER_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'] as const;

/**
 * package-lock.json v2/v3: `packages` keyed by install path. A dependency resolves as Node
 * resolves it, from the nearest node_modules up; a workspace link points at its member's entry.
 */
function parseNpm(text: string): LockGraph | undefined {
  const doc = JSON.parse(text) as { lockfileVersion?: number; packages?: Record<string, Record<string, unknown>> };
  if (!doc.packages || (doc.lockfileVersion ?? 0) < 2) return undefined;
  const packages = doc.packages;
  const entries = new Map<string, LockEntry>();
  const importers = new Map<string, string>();
  const resolve = (from: string, name: string): string | undefined => {
    for (let dir = from; ; dir = path.posix.dirname(dir)) {
      const base = dir === '.' ? '' : dir;
      const candidate = base ? `${base}/node_modules/${name}` : `node_modules/${name}`;
      if (candidate in packages) return candidate;
      if (base === '') return undefined;
    }
  };
  for (const [key, entry] of Object.entries(packages)) {
    const isMember = !key.split('/').includes('node_modules');
    if (isMember) importers.set(key, key);
    let dependencies: string[];
    if (entry.link === true && typeof entry.resolved === 'string') dependencies = [entry.resolved];
    else {
      dependencies = depNames(entry, isMember ? MEMBER_FIELDS : RUNTIME_FIELDS)
        .map(([name]) => resolve(key, name))
        .filter((k): k is string => k !== undefined);
    }
    entries.set(key, { fingerprint: JSON.stringify(entry), dependencies });
  }
  return { entries, importers };
}

/**
 * pnpm-lock.yaml v6 (`/name@version` keys) and v9 (`name@version` in `packages`, dependency
 * edges in `snapshots`). A version with peers reads `1.0.0(react@19.0.0)`; a member's link to
 * another member reads `link:../lib`.
 */
function parsePnpm(text: string): LockGraph | undefined {
  const doc = parseYaml(text) as {
    lockfileVersion?: string | number;
    importers?: Record<string, Record<string, unknown>>;
    packages?: Record<string, Record<string, unknown>>;
    snapshots?: Record<string, Record<string, unknown>>;
  };
  const major = Number(String(doc.lockfileVersion ?? '').split('.')[0]);
  if (!(major >= 6)) return undefined;
  const v9 = major >= 9;
  const entries = new Map<string, LockEntry>();
  const importers = new Map<string, string>();
  const packages = doc.packages ?? {};
  const snapshots = doc.snapshots ?? {};
  const target = (from: string, name: string, version: string): string[] => {
    if (version.startsWith('link:')) return [`importer:${normaliseMember(path.posix.join(from, version.slice(5)))}`];
    // a version may itself be a full key (an alias: `npm:other@1.0.0` becomes `other@1.0.0`)
    const id = /^(@?[^@]+)@/.test(version) && !/^\d/.test(version) ? version : `${name}@${version}`;
    if (v9) return [`snap:${id}`, `pkg:${id.replace(/\(.*$/, '')}`];
    return [`pkg:/${id}`];
  };
  const edges = (from: string, entry: Record<string, unknown>, fields: readonly string[]): string[] =>
    depNames(entry, fields).flatMap(([name, version]) => (version ? target(from, name, version) : []));
  for (const [dir, importer] of Object.entries(doc.importers ?? { '.': {} })) {
    const member = normaliseMember(dir);
    // importers give { specifier, version }; packages and snapshots give the version alone
    const flattened: Record<string, unknown> = {};
    for (const field of MEMBER_FIELDS) {
      const deps = importer[field];
      if (!deps || typeof deps !== 'object') continue;
      flattened[field] = Object.fromEntries(
        Object.entries(deps as Record<string, unknown>).map(([name, spec]) => [
          name,
          typeof spec === 'object' && spec ? String((spec as { version?: unknown }).version ?? '') : String(spec),
        ]),
      );
    }
    const key = `importer:${member}`;
    importers.set(member, key);
    entries.set(key, {
      fingerprint: JSON.stringify(importer),
      dependencies: edges(dir === '.' ? '' : dir, flattened, MEMBER_FIELDS),
    });
  }
  for (const [id, entry] of Object.entries(packages)) {
    entries.set(`pkg:${id}`, {
      fingerprint: JSON.stringify(entry),
      dependencies: v9 ? [] : edges('', entry ?? {}, RUNTIME_FIELDS),
    });
  }
  for (const [id, entry] of Object.entries(snapshots)) {
    entries.set(`snap:${id}`, {
      fingerprint: JSON.stringify(entry),
      dependencies: edges('', entry ?? {}, RUNTIME_FIELDS),
    });
  }
  return { entries, importers };
}

function normaliseMember(dir: string): string {
  const clean = path.posix.normalize(dir).replace(/\/+$/, '');
  return clean === '.' ? '' : clean;
}

/** Berry's yarn.lock is YAML: keys list descriptors (`lodash@npm:^4.17.0`), members are `name@workspace:dir`. */
function parseYarnBerry(text: string): LockGraph | undefined {
  const doc = parseYaml(text) as Record<string, Record<string, unknown>>;
  const byDescriptor = new Map<string, string>();
  const entries = new Map<string, LockEntry>();
  const importers = new Map<string, string>();
  for (const key of Object.keys(doc)) {
    if (key === '__metadata') continue;
    for (const descriptor of key.split(/,\s*/)) {
      byDescriptor.set(descriptor.trim(), key);
      const member = /^(?:@[^/]+\/)?[^@]+@workspace:(.+)$/.exec(descriptor.trim());
      if (member) importers.set(normaliseMember(member[1]!), key);
    }
  }
  for (const [key, entry] of Object.entries(doc)) {
    if (key === '__metadata') continue;
    const dependencies = depNames(entry, RUNTIME_FIELDS)
      .map(([name, range]) => byDescriptor.get(`${name}@${range}`) ?? byDescriptor.get(`${name}@npm:${range}`))
      .filter((k): k is string => k !== undefined);
    entries.set(key, { fingerprint: JSON.stringify(entry), dependencies });
  }
  return { entries, importers };
}

/**
 * yarn v1's own format: unindented descriptor lists ending in `:`, fields indented by two,
 * dependency lists by four. It records no workspace members: their manifests start the closure.
 */
function parseYarnClassic(text: string, members: MemberDependencies): LockGraph | undefined {
  if (!text.includes('# yarn lockfile v1')) return undefined;
  const unquote = (s: string): string => s.trim().replace(/^"(.*)"$/, '$1');
  const blocks: { key: string; lines: string[]; deps: Deps }[] = [];
  let current: (typeof blocks)[number] | undefined;
  let inDeps = false;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (!line.startsWith(' ')) {
      current = { key: line.replace(/:\s*$/, ''), lines: [], deps: {} };
      blocks.push(current);
      inDeps = false;
      continue;
    }
    if (!current) continue;
    current.lines.push(line.trim());
    if (/^ {2}\S/.test(line)) {
      inDeps = /^ {2}(dependencies|optionalDependencies):\s*$/.test(line);
    } else if (inDeps && /^ {4}\S/.test(line)) {
      const m = /^\s*("[^"]+"|\S+)\s+(.+)$/.exec(line);
      if (m) current.deps[unquote(m[1]!)] = unquote(m[2]!);
    }
  }
  const byDescriptor = new Map<string, string>();
  for (const block of blocks) for (const d of block.key.split(/,\s*/)) byDescriptor.set(unquote(d), block.key);
  const entries = new Map<string, LockEntry>();
  const lookup = (deps: Deps): string[] =>
    Object.entries(deps)
      .map(([name, range]) => byDescriptor.get(`${name}@${range}`))
      .filter((k): k is string => k !== undefined);
  for (const block of blocks)
    entries.set(block.key, { fingerprint: block.lines.join('\n'), dependencies: lookup(block.deps) });
  const importers = new Map<string, string>();
  for (const [dir, deps] of members) {
    const key = `member:${dir}`;
    importers.set(dir, key);
    entries.set(key, { fingerprint: JSON.stringify(deps), dependencies: lookup(deps) });
  }
  return { entries, importers };
}

/**
 * bun.lock (JSON with trailing commas): `workspaces` by directory, `packages` by install path
 * (`name`, or `parent/name` for a nested copy), each `[ident, registry, { dependencies }, hash]`.
 * A member's own copy of a package sits under `memberName/dep`.
 */
function parseBun(text: string): LockGraph | undefined {
  const doc = JSON.parse(text.replace(/,(\s*[}\]])/g, '$1')) as {
    workspaces?: Record<string, Record<string, unknown>>;
    packages?: Record<string, unknown[]>;
  };
  if (!doc.workspaces || !doc.packages) return undefined;
  const packages = doc.packages;
  const entries = new Map<string, LockEntry>();
  const importers = new Map<string, string>();
  const names = (key: string): string[] => {
    const parts = key.split('/');
    const out: string[] = [];
    for (let i = 0; i < parts.length; i++)
      out.push(parts[i]!.startsWith('@') ? `${parts[i]}/${parts[++i] ?? ''}` : parts[i]!);
    return out;
  };
  const resolve = (fromPath: string[], name: string): string | undefined => {
    for (let n = fromPath.length; n >= 0; n--) {
      const candidate = [...fromPath.slice(0, n), name].join('/');
      if (candidate in packages) return `pkg:${candidate}`;
    }
    return undefined;
  };
  for (const [dir, member] of Object.entries(doc.workspaces)) {
    const key = `importer:${normaliseMember(dir)}`;
    importers.set(normaliseMember(dir), key);
    const own = typeof member.name === 'string' ? [member.name] : [];
    const dependencies = depNames(member, MEMBER_FIELDS)
      .map(([name]) => resolve(own, name))
      .filter((k): k is string => k !== undefined);
    entries.set(key, { fingerprint: JSON.stringify(member), dependencies });
  }
  for (const [key, value] of Object.entries(packages)) {
    const ident = typeof value[0] === 'string' ? value[0] : '';
    const workspace = /@workspace:(.+)$/.exec(ident);
    const meta = value.find((v, i) => i > 0 && v && typeof v === 'object' && !Array.isArray(v)) as
      Record<string, unknown> | undefined;
    const dependencies = workspace
      ? [`importer:${normaliseMember(workspace[1]!)}`]
      : depNames(meta ?? {}, RUNTIME_FIELDS)
          .map(([name]) => resolve(names(key), name))
          .filter((k): k is string => k !== undefined);
    entries.set(`pkg:${key}`, { fingerprint: JSON.stringify(value), dependencies });
  }
  return { entries, importers };
}
