import os from 'node:os';

export interface MachineFacts {
  platform: NodeJS.Platform;
  arch: string;
  libc: 'glibc' | 'musl';
  nodeVersion: string;
  cores: number;
}

/** The runner itself: what node_modules and native addons are built for. */
export function machineFacts(): MachineFacts {
  const header = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header;
  return {
    platform: process.platform,
    arch: process.arch,
    libc: header?.glibcVersionRuntime ? 'glibc' : 'musl',
    nodeVersion: process.version,
    cores: os.availableParallelism(),
  };
}
