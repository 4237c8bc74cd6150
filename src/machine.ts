import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { realpathSync } from 'node:fs';
import os from 'node:os';
import type { Runner } from './exec.js';
import type { BuildxCapabilities } from './engines/buildx.js';
import { detectCapabilities } from './engines/detect.js';
import type { EngineCapabilities } from './engines/select.js';
import { which } from './which.js';

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
 * own version when PATH's node is this very binary (the CLI, run by the `node` on PATH: no
 * process needs starting to ask it) or when PATH has no node that answers.
 */
export async function nodeOnPath(
  probe: () => Promise<string> = async () =>
    (await promisify(execFile)('node', ['-p', 'process.version'], { encoding: 'utf8', timeout: 10_000 })).stdout,
  first: string | undefined = which('node'),
): Promise<string> {
  if (first !== undefined && first === realpathOrSelf(process.execPath)) return process.version;
  try {
    const version = (await probe()).trim();
    if (/^v\d+\.\d+\.\d+/.test(version)) return version;
  } catch {
    // no node on PATH (a Bun-only job, say): the process's own is the best guess
  }
  return process.version;
}

function realpathOrSelf(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

/**
 * The runner itself: what node_modules and native addons are built for. Asking the `node` on
 * PATH starts a process: it runs beside the glue's other probes rather than before them.
 */
export async function machineFacts(): Promise<MachineFacts> {
  const header = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header;
  return {
    platform: process.platform,
    arch: process.arch,
    libc: header?.glibcVersionRuntime ? 'glibc' : 'musl',
    nodeVersion: await nodeOnPath(),
    cores: os.availableParallelism(),
  };
}

/** The start-up probes' answers: the runner, and which engines it can run. */
export interface HostFacts {
  machine: MachineFacts;
  caps: EngineCapabilities;
}

/**
 * Starts the probes (`docker version`, `docker buildx version`, the `node` on PATH) and returns
 * at once. The glues call this before they load the pipeline's code, so those processes answer
 * while the bundle compiles instead of after it.
 */
export function probeHost(run: Runner, probeBuildx: () => Promise<BuildxCapabilities | undefined>): Promise<HostFacts> {
  return Promise.all([machineFacts(), detectCapabilities(run, probeBuildx)]).then(([machine, caps]) => ({
    machine,
    caps,
  }));
}
