import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { WorkspaceGraph } from './graph.js';

/**
 * A workspace install writes node_modules at the root and, for what cannot be hoisted (and for
 * every package under pnpm or bun's isolated layout), in the packages too. The cache keeps one
 * directory, the root's node_modules: the packages' ones travel inside it, moved (not copied)
 * under this folder for the save and moved back after it and after a restore.
 */
const MEMBERS_DIR = '.adb-workspace';

async function isDir(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

function memberDirs(graph: WorkspaceGraph): string[] {
  return [...graph.packages.values()]
    .map((p) => path.relative(graph.root, p.dir))
    .filter((rel) => rel !== '' && !rel.startsWith('..'));
}

/** Moves every package's node_modules under the root's, for a save. */
export async function gatherMemberModules(graph: WorkspaceGraph): Promise<void> {
  const into = path.join(graph.root, 'node_modules', MEMBERS_DIR);
  await rm(into, { recursive: true, force: true });
  for (const rel of memberDirs(graph)) {
    const from = path.join(graph.root, rel, 'node_modules');
    if (!(await isDir(from))) continue;
    const to = path.join(into, rel, 'node_modules');
    await mkdir(path.dirname(to), { recursive: true });
    await rename(from, to);
  }
}

/** Puts every package's node_modules back where the install wrote it. */
export async function scatterMemberModules(graph: WorkspaceGraph): Promise<void> {
  const from = path.join(graph.root, 'node_modules', MEMBERS_DIR);
  if (!(await isDir(from))) return;
  for (const rel of memberDirs(graph)) {
    const kept = path.join(from, rel, 'node_modules');
    if (!(await isDir(kept))) continue;
    const to = path.join(graph.root, rel, 'node_modules');
    await rm(to, { recursive: true, force: true });
    await rename(kept, to);
  }
  await rm(from, { recursive: true, force: true });
}

/** Removes every node_modules of the workspace before a clean install. */
export async function removeWorkspaceModules(graph: WorkspaceGraph): Promise<void> {
  await rm(path.join(graph.root, 'node_modules'), { recursive: true, force: true });
  await Promise.all(
    memberDirs(graph).map((rel) => rm(path.join(graph.root, rel, 'node_modules'), { recursive: true, force: true })),
  );
}
