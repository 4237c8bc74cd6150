// A fresh checkout of the monorepo fixture, as a runner's actions/checkout would leave it: the
// tracked files only (no node_modules, dist or .next from someone's local build), new mtimes,
// one commit. Commits are made with fixed dates and author, so the same state gives the same
// sha: "no change" builds exactly the commit "source change" built.
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import { run } from './exec.mjs';

export const FIXTURE = 'fixtures/monorepo';
export const APPS = {
  backend: { dir: 'apps/backend' },
  frontend: { dir: 'apps/frontend' },
};
/** a tiny pure-JS package that neither app depends on, not even transitively */
export const ADDED_DEPENDENCY = 'tiny-invariant@1.3.3';

/** The states a scenario checks out: the fixture, one source file per app changed, plus a dependency. */
export const STATES = {
  base: { commitTime: 1735689600, message: 'fixture' },
  source: { commitTime: 1735693200, message: 'change one source file per app' },
  oneapp: { commitTime: 1735695000, message: 'change one more source file of the backend only' },
  dependency: { commitTime: 1735696800, message: `add ${ADDED_DEPENDENCY}` },
};

const SOURCE_EDITS = {
  backend: {
    file: 'src/app-info.ts',
    edit: (text) =>
      `${text}\n/** Added by the benchmark's source-change scenario. */\nexport const BENCH_NOTE = 'source changed';\n`,
  },
  frontend: {
    file: 'app/page.js',
    edit: (text) => {
      const next = text.replace('<h1>Monorepo fixture</h1>', '<h1>Monorepo fixture (source changed)</h1>');
      if (next === text) throw new Error('bench: the frontend source edit no longer applies to app/page.js');
      return next;
    },
  },
};

/** The "one app changed" scenario: a second edit of the backend on top of the source change. */
const ONE_APP_EDIT = {
  file: 'src/app-info.ts',
  edit: (text) =>
    `${text}\n/** Added by the benchmark's one-app scenario. */\nexport const BENCH_ONE_APP = 'backend only';\n`,
};

/** The fixture's tracked files, as `git ls-files` lists them in the repository's work tree. */
export async function trackedFiles(repoRoot) {
  const { stdout } = await run(['git', 'ls-files', '-z', '--', FIXTURE], { cwd: repoRoot, quiet: true });
  return stdout.split('\0').filter(Boolean);
}

/**
 * package.json and lockfile of every app with ADDED_DEPENDENCY added, computed once per bench
 * run with `npm install --package-lock-only` (the npm registry is reachable).
 */
export async function dependencyChange(repoRoot, workDir, apps) {
  const result = {};
  for (const app of apps) {
    const dir = path.join(workDir, 'dependency-change', app);
    await mkdir(dir, { recursive: true });
    for (const f of ['package.json', 'package-lock.json'])
      await cp(path.join(repoRoot, FIXTURE, APPS[app].dir, f), path.join(dir, f));
    await run(
      ['npm', 'install', ADDED_DEPENDENCY, '--package-lock-only', '--no-audit', '--no-fund', '--ignore-scripts'],
      {
        cwd: dir,
        env: { npm_config_cache: path.join(workDir, 'npm-cache-setup') },
      },
    );
    result[app] = {
      'package.json': await readFile(path.join(dir, 'package.json'), 'utf8'),
      'package-lock.json': await readFile(path.join(dir, 'package-lock.json'), 'utf8'),
    };
  }
  return result;
}

/**
 * Writes a checkout of `state` into `dir` and commits it. `config` rewrites artifact-build.yml
 * (registry, base image, targets) before the commit. Returns the fixture root and the sha.
 */
export async function checkout({ repoRoot, files, dir, state, config, dependency }) {
  for (const f of files) {
    const to = path.join(dir, path.relative(FIXTURE, f));
    await mkdir(path.dirname(to), { recursive: true });
    await cp(path.join(repoRoot, f), to);
  }
  if (state === 'source' || state === 'oneapp' || state === 'dependency') {
    for (const [app, { file, edit }] of Object.entries(SOURCE_EDITS)) {
      const p = path.join(dir, APPS[app].dir, file);
      await writeFile(p, edit(await readFile(p, 'utf8')));
    }
  }
  if (state === 'oneapp') {
    // the monorepo case: one app changed, the other untouched since the last push
    const p = path.join(dir, APPS.backend.dir, ONE_APP_EDIT.file);
    await writeFile(p, ONE_APP_EDIT.edit(await readFile(p, 'utf8')));
  }
  if (state === 'dependency') {
    for (const [app, files] of Object.entries(dependency)) {
      for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, APPS[app].dir, name), text);
    }
  }
  const configPath = path.join(dir, 'artifact-build.yml');
  await writeFile(configPath, config(await readFile(configPath, 'utf8')));

  return commitAll(dir, state);
}

/** `git init` and one commit of everything in `dir`, with `state`'s fixed date and author: the same tree gives the same sha. */
export async function commitAll(dir, state) {
  const when = `@${STATES[state].commitTime} +0000`;
  const env = {
    GIT_AUTHOR_NAME: 'bench',
    GIT_AUTHOR_EMAIL: 'bench@localhost',
    GIT_COMMITTER_NAME: 'bench',
    GIT_COMMITTER_EMAIL: 'bench@localhost',
    GIT_AUTHOR_DATE: when,
    GIT_COMMITTER_DATE: when,
  };
  await run(['git', 'init', '-q', '-b', 'main'], { cwd: dir, quiet: true });
  await run(['git', 'add', '-A'], { cwd: dir, quiet: true });
  await run(['git', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', STATES[state].message], {
    cwd: dir,
    env,
    quiet: true,
  });
  const { stdout } = await run(['git', 'rev-parse', 'HEAD'], { cwd: dir, quiet: true });
  return { root: dir, sha: stdout.trim() };
}

/**
 * The fixture's artifact-build.yml for the bench: images under `registry` (the counting proxy),
 * `baseImage` as every target's BASE_IMAGE, only `targets`.
 */
export function benchConfig({ registry, baseImage, targets }) {
  return (text) => {
    const doc = YAML.parseDocument(text);
    doc.set('registry', registry);
    const all = /** @type {import('yaml').YAMLMap} */ (doc.get('targets'));
    for (const item of [...all.items]) {
      const name = String(item.key.value ?? item.key);
      if (!targets.includes(name)) all.delete(item.key);
      else doc.setIn(['targets', name, 'build-args', 'BASE_IMAGE'], baseImage);
    }
    return `# rewritten by scripts/bench.mjs for one benchmark run\n${doc.toString()}`;
  };
}
