import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { globMatches } from '../workspace/graph.js';

/**
 * The result files named by files, directories (searched for .json files at any depth, as
 * actions/download-artifact leaves one folder per artifact) and globs (`results/**\/*.json`).
 */
export function findResultFiles(entries: string[], cwd: string): string[] {
  const found: string[] = [];
  for (const entry of entries) {
    const absolute = path.resolve(cwd, entry);
    if (/[*?]/.test(entry)) {
      const matches = globFiles(cwd, entry);
      if (matches.length === 0) throw new UsageError(`results: no file matches ${entry} (in ${cwd})`);
      found.push(...matches);
      continue;
    }
    let stat;
    try {
      stat = statSync(absolute);
    } catch {
      throw new UsageError(`results: ${entry} does not exist (in ${cwd}); download the build jobs' artifacts first`);
    }
    if (stat.isDirectory()) {
      const inside = walk(absolute).filter((f) => f.endsWith('.json'));
      if (inside.length === 0) throw new UsageError(`results: no .json file under ${entry}`);
      found.push(...inside);
    } else {
      found.push(absolute);
    }
  }
  return [...new Set(found)].sort();
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? walk(full) : e.isFile() ? [full] : [];
  });
}

/** Files under the glob's fixed leading directories whose relative path the glob matches. */
function globFiles(cwd: string, glob: string): string[] {
  const segments = glob.split('/');
  const fixed = segments.slice(
    0,
    segments.findIndex((s) => /[*?]/.test(s)),
  );
  const base = path.resolve(cwd, ...fixed);
  const rest = segments.slice(fixed.length).join('/');
  let files: string[];
  try {
    files = walk(base);
  } catch {
    return [];
  }
  // globMatches reads `**` as any number of directories, whatever the last segment names
  return files.filter((f) => globMatches(rest, path.relative(base, f).split(path.sep).join('/')));
}
