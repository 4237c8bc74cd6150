import path from 'node:path';
import { BuildxEngine } from './buildx.js';
import { DockerEngine } from './docker.js';
import type { CacheStore } from '../cache/store.js';
import type { ImageEngine } from './engine.js';
import { OciEngine } from './oci/index.js';
import type { EngineCapabilities, EngineSelection } from './select.js';

export interface EngineOptions {
  /** DOCKER_CONFIG, where `docker login` keeps credentials (the oci engine reads them) */
  dockerConfigDir?: string;
  arch: string;
  /** where the oci engine leaves images it neither loads nor pushes */
  archiveDir: string;
  /** the buildx builder to use; the default builder when unset */
  builder?: string;
  /** kept between runs on this machine: the oci engine keeps the base images it read from the daemon here */
  recordsDir?: string;
  /** the cache store (Actions cache, the CLI's directory): bases read from the daemon are kept there too */
  store?: CacheStore;
}

export function createEngine(
  selection: EngineSelection,
  caps: EngineCapabilities,
  options: EngineOptions,
): ImageEngine {
  switch (selection.name) {
    case 'buildx':
      return new BuildxEngine(caps.buildx!, options.builder ? { builder: options.builder } : {});
    case 'docker':
      return new DockerEngine();
    case 'oci':
      return new OciEngine({
        ...(options.dockerConfigDir ? { dockerConfigDir: options.dockerConfigDir } : {}),
        // with a daemon at hand the image is loaded, so the smoke test can run it
        loadIntoDocker: caps.daemon,
        runnerArch: options.arch,
        archiveDir: options.archiveDir,
        ...(caps.daemon && options.recordsDir
          ? {
              daemonBases: {
                keptDir: path.join(options.recordsDir, 'daemon-bases'),
                ...(options.store ? { store: options.store } : {}),
              },
            }
          : {}),
      });
  }
}
