import type { EngineChoice, EngineName } from '../config/types.js';
import { BuildError } from '../errors.js';
import type { BuildxCapabilities } from './buildx.js';

/** What this machine can build with, detected once by the glue and passed in as data. */
export interface EngineCapabilities {
  buildx?: BuildxCapabilities;
  /** a Docker daemon answers */
  daemon: boolean;
  /** `docker version`'s client and server, when a daemon answers */
  versions?: { client: string; server: string };
}

export interface EngineSelection {
  name: EngineName;
  /** said once when the choice is not the best one for the job */
  warning?: string;
}

/**
 * `auto` picks buildx (GitHub's runners), then plain docker (with a warning: no BuildKit
 * cache, one platform), then the daemonless oci engine when no daemon is reachable.
 */
export function selectEngine(choice: EngineChoice, caps: EngineCapabilities): EngineSelection {
  switch (choice) {
    case 'buildx':
      if (!caps.buildx)
        throw new BuildError(
          'engine buildx: `docker buildx` is not installed; add docker/setup-buildx-action before this step, or use engine docker or oci',
        );
      return { name: 'buildx' };
    case 'docker':
      if (!caps.daemon)
        throw new BuildError(
          'engine docker: no Docker daemon answers `docker version`; start one, or use engine oci (no daemon needed)',
        );
      return { name: 'docker' };
    case 'oci':
      return { name: 'oci' };
    case 'auto':
      if (caps.buildx && caps.daemon) return { name: 'buildx' };
      if (caps.daemon) {
        return {
          name: 'docker',
          warning:
            'buildx is not installed: building with `docker build` and pushing with `docker push` (one platform, no BuildKit cache). Add docker/setup-buildx-action for the buildx engine.',
        };
      }
      return {
        name: 'oci',
        warning:
          'no Docker daemon answers: building with the daemonless oci engine (the smoke test needs a daemon and is skipped)',
      };
  }
}
