import path from 'node:path';
import type { TargetConfig } from '../config/types.js';
import { matcherFor, type IgnoreFile, type IgnoreMatcher, type IgnorePattern } from '../dockerfile/ignore.js';
import { entriesUnder, type ArtifactTree } from './tree.js';
import { error, type Finding } from './types.js';

/**
 * A .dockerignore written for the multi-stage build usually leaves out node_modules and dist:
 * exactly the artifacts a COPY-only build needs. Docker would then fail with "not found" (or,
 * worse, build an image without them when only their contents are hidden).
 */
export function checkIgnoreFile(target: TargetConfig, tree: ArtifactTree, ignore: IgnoreFile | undefined): Finding[] {
  if (!ignore) return [];
  const findings: Finding[] = ignore.problems.map((p) =>
    error(
      'dockerignore',
      `${displayName(ignore, target)} line ${p.line}: \`${p.text}\` is not a valid pattern (${p.message}); docker build refuses the whole file. Fix or remove the line.`,
      { file: ignore.file, line: p.line },
    ),
  );
  const matcher = matcherFor(ignore);
  for (const artifact of tree.artifacts) {
    if (artifact.kind === 'missing') continue;
    const hidden = hiddenBy(matcher, tree, artifact.artifact, artifact.kind === 'dir');
    if (hidden)
      findings.push(
        error('dockerignore', message(target, ignore, artifact.artifact, hidden), {
          file: ignore.file,
          line: hidden.pattern.line,
        }),
      );
  }
  return findings;
}

interface Hidden {
  pattern: IgnorePattern;
  /** the artifact is kept but nothing inside it is */
  contentsOnly: boolean;
}

/** The line that hides the artifact, or hides every file in it; undefined when something is left. */
function hiddenBy(matcher: IgnoreMatcher, tree: ArtifactTree, artifact: string, isDir: boolean): Hidden | undefined {
  const own = matcher.explain(artifact);
  if (!isDir) return own ? { pattern: own, contentsOnly: false } : undefined;
  if (own && matcher.skipsDirectory(artifact)) return { pattern: own, contentsOnly: false };
  let first: IgnorePattern | undefined;
  for (const entry of entriesUnder(tree, artifact)) {
    if (entry.kind === 'dir') continue;
    const line = matcher.explain(entry.path);
    if (!line) return undefined;
    first ??= line;
  }
  // an empty directory is the artifacts check's business
  if (!first) return undefined;
  return own ? { pattern: own, contentsOnly: false } : { pattern: first, contentsOnly: true };
}

function message(target: TargetConfig, ignore: IgnoreFile, artifact: string, hidden: Hidden): string {
  const file = displayName(ignore, target);
  const what = hidden.contentsOnly ? `every file inside the artifact \`${artifact}\`` : `the artifact \`${artifact}\``;
  const dockerfileName = path.basename(target.dockerfile);
  const perDockerfile = `${dockerfileName}.dockerignore`;
  const isPerDockerfile = path.basename(ignore.file) === perDockerfile;
  const fix = isPerDockerfile
    ? `Remove that line from ${perDockerfile} or add \`!${artifact}\` after it (the last matching line wins).`
    : `Remove that line or add \`!${artifact}\` after it (the last matching line wins).`;
  return `${file} line ${hidden.pattern.line} (\`${hidden.pattern.text}\`) hides ${what} from docker build, so the image would not get it. ${fix}`;
}

function displayName(ignore: IgnoreFile, target: TargetConfig): string {
  const relative = path.relative(target.context, ignore.file);
  return relative.startsWith('..') ? ignore.file : relative.split(path.sep).join('/');
}
