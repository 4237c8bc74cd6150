import type { TreeSize } from '../report/model.js';
import type { TreeEntry } from '../validate/tree.js';

export interface PackageSize {
  /** the package's name, e.g. @nestjs/core */
  name: string;
  /** relative to the context: node_modules/@nestjs/core, or a nested copy's path */
  path: string;
  bytes: number;
}

/**
 * The package a node_modules path belongs to: the innermost `node_modules/<name>` or
 * `node_modules/@scope/<name>`, so a nested copy counts as its own package. pnpm's store
 * (node_modules/.pnpm/<id>/node_modules/<name>) resolves the same way.
 */
export function packageOf(rel: string): { name: string; path: string } | undefined {
  const marker = '/node_modules/';
  const padded = `/${rel}`;
  const at = padded.lastIndexOf(marker);
  if (at < 0) return undefined;
  const rest = padded.slice(at + marker.length).split('/');
  const first = rest[0];
  if (!first || first.startsWith('.')) return undefined;
  const name = first.startsWith('@') ? (rest[1] ? `${first}/${rest[1]}` : undefined) : first;
  if (!name) return undefined;
  return { name, path: `${padded.slice(1, at + marker.length)}${name}` };
}

/** Size of the files among `entries` that `keep` accepts (all when absent). */
export function treeSize(entries: readonly TreeEntry[], keep?: (rel: string) => boolean): TreeSize {
  const seen = new Set<string>();
  let files = 0;
  let bytes = 0;
  for (const e of entries) {
    if (e.kind === 'dir' || (keep && !keep(e.path))) continue;
    if (e.inode) {
      if (seen.has(e.inode)) continue;
      seen.add(e.inode);
    }
    files += 1;
    bytes += e.size;
  }
  return { files, bytes };
}

/** Packages by the bytes of their own files (nested packages apart), largest first. */
export function packageSizes(entries: readonly TreeEntry[], keep?: (rel: string) => boolean): PackageSize[] {
  const sizes = new Map<string, PackageSize>();
  const seen = new Set<string>();
  for (const e of entries) {
    if (e.kind === 'dir' || (keep && !keep(e.path))) continue;
    if (e.inode) {
      if (seen.has(e.inode)) continue;
      seen.add(e.inode);
    }
    const pkg = packageOf(e.path);
    if (!pkg) continue;
    const size = sizes.get(pkg.path) ?? { ...pkg, bytes: 0 };
    size.bytes += e.size;
    sizes.set(pkg.path, size);
  }
  return [...sizes.values()].sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : 1));
}
