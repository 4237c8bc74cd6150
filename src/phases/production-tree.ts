import { existsSync } from 'node:fs';
import { cp, lstat, mkdir, readdir, readFile, readlink, realpath, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { GateError } from '../errors.js';
import { shellArgv } from '../exec.js';
import type { PipelineDeps, TargetState } from '../pipeline/context.js';
import type { PhaseOutcome } from '../pipeline/timeline.js';
import { planProductionTree, writeProductionTree, type TreeEntry } from '../workspace/production-tree.js';
import { missingEntryPoints } from '../workspace/published.js';
import { countPackages } from '../pm/packages.js';
import { nodeModulesDir } from './restore.js';

async function moveInto(from: string, to: string): Promise<void> {
  await rm(to, { recursive: true, force: true });
  try {
    await rename(from, to);
  } catch (error: unknown) {
    // the temp dir on another file system
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await cp(from, to, { recursive: true, verbatimSymlinks: true });
    await rm(from, { recursive: true, force: true });
  }
}

/**
 * A workspace app's own node_modules, in place of what the workspace install left in its
 * directory: its production dependencies and the local packages it uses (built, as they
 * publish), and nothing of the other apps. Its COPY-only Dockerfile is then the same as a
 * standalone app's. pnpm makes it with `pnpm deploy`; for npm, yarn and bun it is laid out
 * from the installed workspace tree, each package at the version the app resolved there.
 */
export async function productionTree(state: TargetState, deps: PipelineDeps): Promise<PhaseOutcome> {
  const workspace = state.plan.workspace!;
  const all = await countPackages(nodeModulesDir(state));
  for (const pkg of workspace.shipped) {
    const manifest = JSON.parse(await readFile(path.join(pkg.dir, 'package.json'), 'utf8')) as Record<string, unknown>;
    const missing = await missingEntryPoints(pkg.dir, manifest);
    if (missing.length > 0) {
      throw new GateError(
        `${pkg.name}, a local package ${state.target.name} ships, has no ${missing.join(', ')} after the build; give it a "build" script (run before the app's build) or build it in the target's build commands`,
        { file: path.join(pkg.dir, 'package.json') },
      );
    }
  }
  const out = path.join(deps.tempDir, 'production', state.target.name);
  const keepDev = state.plan.pruneCommand === false;
  let how: string;
  if (state.plan.pm.name === 'pnpm' && !keepDev) {
    await rm(out, { recursive: true, force: true });
    // pnpm 10 deploys from the lockfile only with injected workspace packages; --legacy is
    // the deploy every earlier version did
    const legacy = Number((state.packageManagerVersion ?? '0').split('.')[0]) >= 10 ? ' --legacy' : '';
    // through the shell, which finds pnpm on the PATH a provided package manager set
    const command = `pnpm --filter ${shellQuote(workspace.member.name)} deploy --prod${legacy} ${shellQuote(out)}`;
    await state.run(shellArgv(command), { cwd: state.plan.installDir, env: state.env });
    await dropLinksOutOf(path.join(out, 'node_modules'));
    how = 'pnpm deploy --prod';
  } else if (state.plan.pm.yarnBerry && !keepDev) {
    const entries = await yarnFocusTree(state, deps);
    await writeProductionTree(entries, out);
    how = 'yarn workspaces focus --production';
  } else {
    const entries = await planProductionTree({
      app: state.target.context,
      root: state.plan.installDir,
      localDirs: new Set(await Promise.all([...workspace.graph.packages.values()].map((p) => realpathOr(p.dir)))),
      includeDev: keepDev,
    });
    await writeProductionTree(entries, out);
    how = `${entries.length} packages from the workspace's lockfile install`;
  }
  const target = path.join(state.target.context, 'node_modules');
  await moveInto(path.join(out, 'node_modules'), target);
  await rm(out, { recursive: true, force: true });
  // a prune command of the user's own runs over the app's tree
  if (typeof state.plan.pruneCommand === 'string' && state.target.prune !== undefined) {
    await state.run(shellArgv(state.plan.pruneCommand), { cwd: state.target.context, env: state.env });
  }
  const production = await countPackages(target);
  state.packages = { production, all };
  state.logger.info(
    `production tree of ${workspace.member.name}: ${how}${workspace.shipped.length ? `, with ${workspace.shipped.map((p) => p.name).join(', ')}` : ''}`,
  );
  return { status: 'ok', detail: `${all} → ${production} packages (${how})` };
}

/**
 * Yarn 2+'s own answer: `yarn workspaces focus --production <app>` installs only what the app
 * needs at run time. It rewrites the node_modules it runs in, so it runs in a scratch copy of
 * the workspace's manifests (package.json files, yarn.lock, .yarnrc.yml, .yarn/), from yarn's
 * cache; the tree it writes is then laid out as the app's, the local packages taken from the
 * real workspace (built) as they publish.
 */
async function yarnFocusTree(state: TargetState, deps: PipelineDeps): Promise<TreeEntry[]> {
  const workspace = state.plan.workspace!;
  const root = workspace.graph.root;
  const scratch = path.join(deps.tempDir, 'focus', state.target.name);
  await rm(scratch, { recursive: true, force: true });
  await mkdir(scratch, { recursive: true });
  for (const name of ['package.json', path.basename(state.plan.pm.lockfile), '.yarnrc.yml', '.yarn']) {
    if (existsSync(path.join(root, name))) {
      await cp(path.join(root, name), path.join(scratch, name), {
        recursive: true,
        verbatimSymlinks: true,
        filter: (src) => path.basename(src) !== 'install-state.gz',
      });
    }
  }
  const relative = (dir: string): string => path.relative(root, dir);
  for (const pkg of workspace.graph.packages.values()) {
    await mkdir(path.join(scratch, relative(pkg.dir)), { recursive: true });
    await cp(path.join(pkg.dir, 'package.json'), path.join(scratch, relative(pkg.dir), 'package.json'));
  }
  await state.run(shellArgv(`yarn workspaces focus --production ${shellQuote(workspace.member.name)}`), {
    cwd: scratch,
    env: state.env,
  });
  const scratchDirs = new Map(
    [...workspace.graph.packages.values()].map((p) => [path.join(scratch, relative(p.dir)), p.dir]),
  );
  const entries = await planProductionTree({
    app: path.join(scratch, relative(state.target.context)),
    root: scratch,
    localDirs: new Set(scratchDirs.keys()),
    includeDev: false,
  });
  // the scratch copy holds manifests only: local packages come from the workspace itself
  return entries.map((e) => (e.local ? { ...e, from: scratchDirs.get(e.from) ?? e.from } : e));
}

/**
 * pnpm deploy hoists the deployed project itself into .pnpm/node_modules as a link to the
 * deploy directory: once the tree is the app's node_modules that link leaves it (and dangles in
 * the image), and nothing needs it.
 */
async function dropLinksOutOf(nodeModules: string): Promise<void> {
  const hoisted = path.join(nodeModules, '.pnpm', 'node_modules');
  const names = await readdir(hoisted).catch(() => [] as string[]);
  const entries = names.flatMap((n) => (n.startsWith('@') ? [] : [n]));
  for (const scope of names.filter((n) => n.startsWith('@')))
    entries.push(...(await readdir(path.join(hoisted, scope)).catch(() => [] as string[])).map((n) => `${scope}/${n}`));
  for (const entry of entries) {
    const link = path.join(hoisted, entry);
    const stat = await lstat(link).catch(() => undefined);
    if (!stat?.isSymbolicLink()) continue;
    const target = path.resolve(path.dirname(link), await readlink(link));
    if (!target.startsWith(`${nodeModules}${path.sep}`)) await rm(link, { force: true });
  }
}

function shellQuote(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

async function realpathOr(dir: string): Promise<string> {
  try {
    return await realpath(dir);
  } catch {
    return dir;
  }
}
