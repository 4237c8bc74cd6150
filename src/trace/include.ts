import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';

export interface ExpandedIncludes {
  /** files and links matched, relative to the context, / separated */
  files: string[];
  /** the globs that matched nothing */
  unmatched: string[];
}

/**
 * The files `trace-include` globs match. Each glob is walked from its static part only
 * (node_modules/some-pkg/templates for node_modules/some-pkg/templates/**), so a glob costs what
 * its directory holds, not the whole node_modules. A matched directory brings everything in it.
 */
export async function expandIncludes(context: string, globs: readonly string[]): Promise<ExpandedIncludes> {
  const files = new Set<string>();
  const unmatched: string[] = [];
  for (const glob of globs) {
    const { base } = picomatch.scan(glob);
    const isMatch = picomatch(glob, { dot: true });
    const before = files.size;
    let found = false;
    const walk = async (relative: string): Promise<void> => {
      let stats;
      try {
        stats = await lstat(path.join(context, relative));
      } catch {
        return;
      }
      const matched = isMatch(relative);
      if (stats.isDirectory()) {
        const names = await readdir(path.join(context, relative));
        if (matched) found = true;
        await Promise.all(names.map((name) => (matched ? addAll(`${relative}/${name}`) : walk(`${relative}/${name}`))));
      } else if (matched) {
        found = true;
        files.add(relative);
      }
    };
    const addAll = async (relative: string): Promise<void> => {
      const stats = await lstat(path.join(context, relative));
      if (stats.isDirectory()) {
        await Promise.all((await readdir(path.join(context, relative))).map((name) => addAll(`${relative}/${name}`)));
      } else {
        files.add(relative);
      }
    };
    // the config keeps every glob under node_modules/, so the walk never starts above it
    await walk(base || 'node_modules');
    if (!found && files.size === before) unmatched.push(glob);
  }
  return { files: [...files], unmatched };
}
