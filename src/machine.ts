import { execFileSync } from 'node:child_process';
import os from 'node:os';

export interface MachineFacts {
  platform: NodeJS.Platform;
  arch: string;
  libc: 'glibc' | 'musl';
  nodeVersion: string;
  cores: number;
}

/**
 * The version of the `node` the install and build commands run: the first on PATH. The action
 * itself runs on the runner's own Node (node24, action.yml's `using`), which is not on PATH;
 * actions/setup-node puts the job's Node there, and that one installs node_modules. The process's
 * own version only when PATH has no node that answers.
 */
export function nodeOnPath(
  probe: () => string = () =>
    execFileSync('node', ['-p', 'process.version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 10_000,
    }),
): string {
  try {
    const version = probe().trim();
    if (/^v\d+\.\d+\.\d+/.test(version)) return version;
  } catch {
    // no node on PATH (a Bun-only job, say): the process's own is the best guess
  }
  return process.version;
}

/** The runner itself: what node_modules and native addons are built for. */
export function machineFacts(): MachineFacts {
  const header = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header;
  return {
    platform: process.platform,
    arch: process.arch,
    libc: header?.glibcVersionRuntime ? 'glibc' : 'musl',
    nodeVersion: nodeOnPath(),
    cores: os.availableParallelism(),
  };
}
