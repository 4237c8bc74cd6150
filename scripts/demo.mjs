// What the tool is for, on the bundled fixture: the monorepo's backend and frontend built twice
// with the CLI on the local Docker engine, each time against their multi-stage Dockerfiles:
//   1. cold: a fresh checkout, no cache at all (compared with the multi-stage build without cache);
//   2. after a one-line change to each app, with the cache the first run left (compared with the
//      multi-stage build whose dependency stages are cached).
//
//   npm run demo [-- extra CLI flags, e.g. --baseline measure]
//
// The fixture is copied into a temporary git checkout, so the repository is never touched.
// Needs a Docker engine. On a Debian machine without one, run as root it installs and starts
// one (scripts/ci/services.sh); elsewhere it says what to do. The base image is built from this
// machine's Node (scripts/base-image.sh), since the fixtures do not pull from Docker Hub.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const FIXTURE = process.env.DEMO_FIXTURE ?? 'fixtures/monorepo';
/** the one-line change of the second run: a file of each app, as a developer's commit would */
const EDITS = [
  {
    file: 'apps/backend/src/app-info.ts',
    edit: (text) => `${text}export const DEMO_NOTE = 'changed by npm run demo';\n`,
  },
  {
    file: 'apps/frontend/app/page.js',
    edit: (text) => text.replace('<h1>Monorepo fixture</h1>', '<h1>Monorepo fixture (changed)</h1>'),
  },
];

const run = (cmd, args, options = {}) => spawnSync(cmd, args, { stdio: 'inherit', ...options }).status === 0;
const engineAnswers = () => spawnSync('docker', ['info'], { stdio: 'ignore' }).status === 0;
const git = (cwd, ...args) =>
  execFileSync(
    'git',
    ['-c', 'user.name=demo', '-c', 'user.email=demo@localhost', '-c', 'commit.gpgsign=false', ...args],
    { cwd, stdio: ['ignore', 'pipe', 'inherit'] },
  );

if (!engineAnswers()) {
  if (process.getuid?.() === 0 && existsSync('/etc/debian_version')) {
    console.error('no Docker engine answers: installing and starting one (scripts/ci/services.sh)');
    if (!run('bash', ['scripts/ci/services.sh'])) process.exit(1);
  } else {
    console.error(
      'no Docker engine answers `docker info`. Start Docker, or on Debian run `sudo bash scripts/ci/services.sh`.',
    );
    process.exit(1);
  }
}
if (!run('bash', ['scripts/base-image.sh'])) process.exit(1);
if (!existsSync('dist/cli/index.js')) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });

// a checkout of the fixture's tracked files, as a runner's actions/checkout leaves it
const root = mkdtempSync(path.join(os.tmpdir(), 'adb-demo-'));
const checkout = path.join(root, 'checkout');
const cacheDir = path.join(root, 'cache');
mkdirSync(checkout);
const tracked = execFileSync('git', ['ls-files', '-z', '--', FIXTURE], { encoding: 'utf8' })
  .split('\0')
  .filter(Boolean);
for (const file of tracked) cpSync(file, path.join(checkout, path.relative(FIXTURE, file)), { recursive: true });
git(checkout, 'init', '-q', '-b', 'main');
git(checkout, 'add', '-A');
git(checkout, 'commit', '-q', '-m', 'fixture');

const cli = path.resolve('dist/cli/index.js');
const build = (title) => {
  console.error(`\n=== ${title}\n`);
  return run(
    process.execPath,
    [cli, '--config', 'artifact-build.yml', '--cache-dir', cacheDir, ...process.argv.slice(2)],
    { cwd: checkout },
  );
};

if (!build('1/2 cold: a fresh checkout, no cache (compared with the multi-stage build without cache)')) process.exit(1);
for (const { file, edit } of EDITS) {
  const full = path.join(checkout, file);
  const before = readFileSync(full, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`demo: the edit of ${file} no longer applies`);
  writeFileSync(full, after);
}
git(checkout, 'commit', '-q', '-am', 'a one-line change to each app');
const ok = build(
  '2/2 after a one-line change to each app, with the cache of run 1 (compared with the multi-stage build with its dependency stages cached)',
);
// what run 2's comparison is, so its figure is read for what it measured
console.error(`
Run 2's multi-stage figure was measured on this machine's Docker daemon right after run 1's, so
its dependency stages came from the daemon's own layer cache: a laptop, or a runner that keeps
its disk between jobs. A fresh CI runner starts without that cache; \`npm run bench\` measures
the same change against the multi-stage build as such a runner runs it (BuildKit with the
registry cache of its last push), in docs/benchmarks.md. The smoke test in the phase table is a
gate the multi-stage build does not run.`);
console.error(`\nthe demo's checkout and cache are in ${root} (remove it when done)`);
process.exit(ok ? 0 : 1);
