import { copyFile, link, lstat, mkdir, readdir, readlink, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { GateError } from '../errors.js';

export interface StagedContext {
  dir: string;
  dockerfile: string;
}

/**
 * Builds the image's context from nothing but the declared artifacts, so the daemon is never
 * sent the whole checkout (sources, .git, caches). Files are hard-linked, not copied: staging
 * a Next.js node_modules costs milliseconds, not a second copy of it. The ignore files go
 * along, so docker applies them exactly as it would to the original context.
 */
export async function stageContext(options: {
  context: string;
  artifacts: readonly string[];
  dockerfile: string;
  into: string;
}): Promise<StagedContext> {
  const { context, artifacts, into } = options;
  await linkPaths(context, artifacts, into);
  const dockerfileName = path.basename(options.dockerfile);
  if (artifacts.includes(dockerfileName)) {
    throw new GateError(`the artifact "${dockerfileName}" has the Dockerfile's name; rename one of them`, { file: options.dockerfile });
  }
  const dockerfile = path.join(into, dockerfileName);
  await copyFile(options.dockerfile, dockerfile);
  await copyIfPresent(path.join(context, '.dockerignore'), path.join(into, '.dockerignore'));
  await copyIfPresent(`${options.dockerfile}.dockerignore`, `${dockerfile}.dockerignore`);
  return { dir: into, dockerfile };
}

/** Recreates `paths` (files or directories, relative to `from`) under a fresh `into` as hard links. */
export async function linkPaths(from: string, paths: readonly string[], into: string): Promise<void> {
  await rm(into, { recursive: true, force: true });
  await mkdir(into, { recursive: true });
  for (const relative of paths) {
    const to = path.join(into, relative);
    await mkdir(path.dirname(to), { recursive: true });
    await linkTree(path.join(from, relative), to);
  }
}

async function copyIfPresent(from: string, to: string): Promise<void> {
  try {
    await copyFile(from, to);
  } catch (error: unknown) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

async function linkTree(from: string, to: string): Promise<void> {
  const stat = await lstat(from);
  if (stat.isSymbolicLink()) {
    // kept as a link, as docker's context would: pnpm's node_modules is made of them
    await symlink(await readlink(from), to);
  } else if (stat.isDirectory()) {
    await mkdir(to, { recursive: true });
    const entries = await readdir(from);
    // bounded fan-out: wide directories (node_modules) without opening thousands of files at once
    for (let i = 0; i < entries.length; i += 32) {
      await Promise.all(entries.slice(i, i + 32).map((name) => linkTree(path.join(from, name), path.join(to, name))));
    }
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
