import { readlinkSync } from 'node:fs';
import path from 'node:path';
import type { TargetConfig } from '../config/types.js';
import { isInside } from '../paths.js';
import type { ArtifactEntry, ArtifactTree } from './tree.js';
import { error, warning, type Finding } from './types.js';

/**
 * Every declared artifact must be there and hold something: the image is made of nothing else,
 * so a missing or empty one means the build commands did not produce what the Dockerfile
 * copies, and docker would fail later with a less helpful "not found".
 */
export function checkArtifacts(target: TargetConfig, tree: ArtifactTree): Finding[] {
  const findings: Finding[] = [];
  for (const entry of tree.artifacts) {
    const problem = problemOf(entry, target);
    if (problem) findings.push(error('artifacts', problem, target.locations.artifacts ?? { file: target.context }));
  }
  findings.push(...checkInnerEntries(target, tree));
  return findings;
}

/**
 * What lies inside the artifacts and cannot reach the image as it is: a link out of the context
 * (the image would hold it dangling, or pointing at whatever the image has there) fails; pipes,
 * sockets and devices are left out of the staged context (docker cannot send them), with a
 * warning each. The artifacts themselves are judged by problemOf.
 */
function checkInnerEntries(target: TargetConfig, tree: ArtifactTree): Finding[] {
  const findings: Finding[] = [];
  const roots = new Set(tree.artifacts.map((a) => a.artifact));
  const where = target.locations.artifacts ?? { file: target.context };
  for (const entry of tree.entries) {
    if (roots.has(entry.path)) continue;
    const file = path.join(target.context, entry.path);
    if (entry.kind === 'other') {
      findings.push(
        warning(
          'artifacts',
          `${file} is neither a file, a directory nor a link (a pipe, socket or device); it is left out of the image`,
          where,
        ),
      );
    } else if (entry.kind === 'symlink') {
      let linkTarget: string;
      try {
        linkTarget = readlinkSync(file);
      } catch {
        continue;
      }
      // an absolute link is resolved in the image, unless it names a place in this checkout
      const resolved = path.isAbsolute(linkTarget) ? linkTarget : path.resolve(path.dirname(file), linkTarget);
      if (path.isAbsolute(linkTarget) && !isInside(resolved, path.dirname(target.context))) continue;
      if (!isInside(resolved, target.context)) {
        findings.push(
          error(
            'artifacts',
            `${file} is a symbolic link to ${linkTarget}, outside the context ${target.context}; docker copies the link, not its target, so the image would hold it dangling. Copy the target into the artifacts in a build command, or remove the link.`,
            where,
          ),
        );
      }
    }
  }
  return findings;
}

/** Bytes per artifact, for the budget's "biggest artifacts". */
export function artifactSizes(tree: ArtifactTree): Record<string, number> {
  return Object.fromEntries(tree.artifacts.map((a) => [a.artifact, a.size]));
}

function problemOf(entry: ArtifactEntry, target: TargetConfig): string | undefined {
  const name = `artifact \`${entry.artifact}\` of target \`${target.name}\``;
  const commands =
    target.build.length > 0 ? `the build commands (${target.build.map((c) => `\`${c}\``).join(', ')})` : undefined;
  // with no build commands there is nothing to blame but the config
  const none = 'the target has no build commands (`build` is empty)';
  switch (entry.kind) {
    case 'missing':
      return (
        `${name} does not exist in ${target.context}${commands ? `: ${commands} did not write it there` : `, and ${none} to write it`}. ` +
        `Make the build produce it, or correct the path in \`artifacts\` (declared: ${target.artifacts.join(', ')}; paths are relative to the context).`
      );
    case 'file':
      return entry.size === 0
        ? `${name} (${path.join(target.context, entry.artifact)}) is an empty file; ${commands ? `check that ${commands} wrote it` : `${none} to write it`}, or remove it from \`artifacts\`.`
        : undefined;
    case 'dir':
      return entry.files === 0
        ? `${name} (${path.join(target.context, entry.artifact)}) is an empty directory; ${commands ? `${commands} wrote nothing into it` : `${none} to fill it`}. Run the build that fills it, or remove it from \`artifacts\`.`
        : undefined;
    case 'symlink':
      return symlinkProblem(entry, target, name);
    case 'other':
      return `${name} (${path.join(target.context, entry.artifact)}) is neither a file, a directory nor a link (a socket or a pipe?); docker cannot copy it. Remove it from \`artifacts\`.`;
  }
}

/**
 * docker copies a link as a link: the image only works when what it points to is copied too,
 * i.e. lies inside the context (and so can be an artifact).
 */
function symlinkProblem(entry: ArtifactEntry, target: TargetConfig, name: string): string | undefined {
  const link = path.join(target.context, entry.artifact);
  const resolved = path.resolve(path.dirname(link), entry.linkTarget ?? '');
  const relative = path.relative(target.context, resolved);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    return (
      `${name} (${link}) is a symbolic link to ${entry.linkTarget}, outside the context; docker copies the link, not its target, ` +
      `so the image would hold a dangling link. Declare the real directory as the artifact (or copy it into the context in a build command).`
    );
  }
  const relPosix = relative.split(path.sep).join('/');
  if (!target.artifacts.some((a) => isInside(relPosix, a))) {
    return (
      `${name} (${link}) is a symbolic link to ${entry.linkTarget}, which is not an artifact; docker copies the link, not its target, ` +
      `so the image would hold a dangling link. Add \`${relPosix}\` to \`artifacts\` or declare it instead of the link.`
    );
  }
  return undefined;
}
