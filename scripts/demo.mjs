// The main job on the bundled fixture: builds the monorepo's backend and frontend with the CLI
// on the local Docker engine and prints the timing table against their multi-stage baselines.
//
//   npm run demo [-- extra CLI flags, e.g. --baseline measure]
//
// Needs a Docker engine. On a Debian machine without one, run as root it installs and starts
// one (scripts/ci/services.sh); elsewhere it says what to do. The base image is built from this
// machine's Node (scripts/base-image.sh), since the fixtures do not pull from Docker Hub.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status === 0;
const engineAnswers = () => spawnSync('docker', ['info'], { stdio: 'ignore' }).status === 0;

if (!engineAnswers()) {
  if (process.getuid?.() === 0 && existsSync('/etc/debian_version')) {
    console.error('no Docker engine answers: installing and starting one (scripts/ci/services.sh)');
    if (!run('bash', ['scripts/ci/services.sh'])) process.exit(1);
  } else {
    console.error('no Docker engine answers `docker info`. Start Docker, or on Debian run `sudo bash scripts/ci/services.sh`.');
    process.exit(1);
  }
}
if (!run('bash', ['scripts/base-image.sh'])) process.exit(1);
if (!existsSync('dist/cli/index.js')) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });

const config = process.env.DEMO_CONFIG ?? 'fixtures/monorepo/artifact-build.yml';
const ok = run(process.execPath, ['dist/cli/index.js', '--config', config, ...process.argv.slice(2)]);
process.exit(ok ? 0 : 1);
