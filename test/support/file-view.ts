import path from 'node:path';
import type { FileView } from '../../src/workspace/graph.js';

/** A FileView over a map of absolute paths to texts: the directories are those the paths imply. */
export function memoryView(files: Record<string, string>): FileView {
  const dirs = new Map<string, Set<string>>();
  for (const file of Object.keys(files)) {
    let child = path.dirname(file);
    while (child !== path.dirname(child)) {
      const parent = path.dirname(child);
      if (!dirs.has(parent)) dirs.set(parent, new Set());
      dirs.get(parent)!.add(path.basename(child));
      child = parent;
    }
  }
  return {
    readText: (file) => files[file],
    listDirs: (dir) => [...(dirs.get(dir) ?? [])],
  };
}

/** package.json text */
export function manifest(name: string, deps: Record<string, string> = {}, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ name, version: '1.0.0', dependencies: deps, ...extra });
}
