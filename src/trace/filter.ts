import { isInside } from '../paths.js';

/**
 * Which paths of the artifacts the image gets once node_modules is traced: everything outside
 * node_modules, and inside it only the traced files (and the directories leading to them, so a
 * walk never enters a package the trace left out).
 */
export interface PathFilter {
  /** a file or link, relative to the context */
  keepsFile(rel: string): boolean;
  /** a directory, relative to the context */
  keepsDir(rel: string): boolean;
}

export function tracedFilter(files: readonly string[]): PathFilter {
  const kept = new Set(files);
  const dirs = new Set<string>();
  for (const file of files) {
    for (let at = file.lastIndexOf('/'); at > 0; at = file.lastIndexOf('/', at - 1)) {
      const dir = file.slice(0, at);
      if (dirs.has(dir)) break;
      dirs.add(dir);
    }
  }
  return {
    keepsFile: (rel) => !isInside(rel, 'node_modules') || kept.has(rel),
    keepsDir: (rel) => !isInside(rel, 'node_modules') || rel === 'node_modules' || dirs.has(rel),
  };
}
