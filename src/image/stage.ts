import { copyFile, link, lstat, mkdir, readdir, readlink, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { isIgnored, stagingIgnoreFile, skipsDirectory, type IgnoreFile } from '../dockerfile/ignore.js';
import { GateError } from '../errors.js';
import type { PathFilter } from '../trace/filter.js';

export interface StagedContext {
  dir: string;
  dockerfile: string;
}

/**
 * Builds the image's context from nothing but the declared artifacts, so the builder is never
 * sent the whole checkout (sources, .git, caches). Files are hard-linked, not copied: staging a
 * Next.js node_modules costs milliseconds, not a second copy of it. `<Dockerfile>.dockerignore`
 * is applied here, so every engine, the legacy builder included, builds the same files; the
 * repository's `.dockerignore` is not (see stagingIgnoreFile).
 */
export async function stageContext(options: {
  context: string;
  artifacts: readonly string[];
  dockerfile: string;
  into: string;
  filter?: PathFilter;
}): Promise<StagedContext> {
  const { context, artifacts, into } = options;
  const dockerfileName = path.basename(options.dockerfile);
  if (artifacts.includes(dockerfileName)) {
    throw new GateError(`the artifact "${dockerfileName}" has the Dockerfile's name; rename one of them`, {
      file: options.dockerfile,
    });
  }
  const { ignore } = await stagingIgnoreFile(context, options.dockerfile);
  await linkPaths(context, artifacts, into, ignore, options.filter);
  const dockerfile = path.join(into, dockerfileName);
  await copyFile(options.dockerfile, dockerfile);
  return { dir: into, dockerfile };
}

/**
 * Recreates `paths` (files or directories, relative to `from`) under a fresh `into` as hard
 * links, leaving out what `ignore` excludes and what `filter` does not keep (a traced node_modules).
 */
export async function linkPaths(
  from: string,
  paths: readonly string[],
  into: string,
  ignore?: IgnoreFile,
  filter?: PathFilter,
): Promise<void> {
  await rm(into, { recursive: true, force: true });
  await mkdir(into, { recursive: true });
  for (const relative of paths) {
    const to = path.join(into, relative);
    await mkdir(path.dirname(to), { recursive: true });
    await linkTree(from, relative.split(path.sep).join('/'), into, ignore, filter);
  }
}

async function linkTree(
  root: string,
  relative: string,
  into: string,
  ignore: IgnoreFile | undefined,
  filter: PathFilter | undefined,
): Promise<void> {
  const from = path.join(root, relative);
  const to = path.join(into, relative);
  const stat = await lstat(from);
  if (stat.isDirectory()) {
    if (skipsDirectory(ignore, relative) || (filter && !filter.keepsDir(relative))) return;
    await mkdir(to, { recursive: true });
    const entries = await readdir(from);
    // bounded fan-out: wide directories (node_modules) without opening thousands of files at once
    for (let i = 0; i < entries.length; i += 32) {
      await Promise.all(
        entries.slice(i, i + 32).map((name) => linkTree(root, `${relative}/${name}`, into, ignore, filter)),
      );
    }
    return;
  }
  if (isIgnored(ignore, relative) || (filter && !filter.keepsFile(relative))) return;
  if (stat.isSymbolicLink()) {
    // kept as a link, as docker's context would: pnpm's node_modules is made of them
    await symlink(await readlink(from), to);
  } else if (stat.isFile()) {
    try {
      await link(from, to);
    } catch (error: unknown) {
      const code = (error as NodeJS.ErrnoException).code;
      // another file system, or one without hard links: copy instead
      if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP') throw error;
      await copyFile(from, to);
    }
  }
}
