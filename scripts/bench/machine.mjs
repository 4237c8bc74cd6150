// The machine a bench ran on, for the first section of docs/benchmarks.md.
import { readFile, stat } from 'node:fs/promises';
import os from 'node:os';
import { run } from './exec.mjs';

const out = async (argv, options = {}) => {
  const r = await run(argv, { quiet: true, allowFailure: true, ...options });
  return r.code === 0 ? r.stdout.trim() : undefined;
};

export async function machine({ repoRoot, cli, buildkitDocker }) {
  const cpuinfo = await readFile('/proc/cpuinfo', 'utf8').catch(() => '');
  const os_ = await readFile('/etc/os-release', 'utf8').catch(() => '');
  // the bench runs dist/ (copied at its start): its changes are in what ran, src/'s only once built
  const changed = async (dir) => Boolean(await out(['git', 'status', '--porcelain', '--', dir], { cwd: repoRoot }));
  return {
    date: new Date().toISOString(),
    cpu: /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model,
    cores: os.cpus().length,
    memoryBytes: os.totalmem(),
    os: /PRETTY_NAME="(.+)"/.exec(os_)?.[1],
    kernel: os.release(),
    node: process.version,
    npm: await out(['npm', '--version']),
    dockerCli: await out(['docker', 'version', '--format', '{{.Client.Version}}']),
    buildkitCli: await out([buildkitDocker, 'version', '--format', '{{.Client.Version}}']),
    dockerServer: await out(['docker', 'version', '--format', '{{.Server.Version}}']),
    storageDriver: await out(['docker', 'info', '--format', '{{.Driver}}']),
    backingFs: await out([
      'docker',
      'info',
      '--format',
      '{{range .DriverStatus}}{{if eq (index . 0) "Backing Filesystem"}}{{index . 1}}{{end}}{{end}}',
    ]),
    registry: await out(['docker-registry', '--version']),
    commit: await out(['git', 'rev-parse', '--short', 'HEAD'], { cwd: repoRoot }),
    distChanged: await changed('dist'),
    srcChanged: await changed('src'),
    cliBuiltAt: (await stat(cli).catch(() => undefined))?.mtime.toISOString(),
  };
}
