import type { EngineChoice, EngineName } from '../config/types.js';
import { BuildError } from '../errors.js';
import { parseDockerfile } from '../dockerfile/parse.js';
import type { BuildxCapabilities } from './buildx.js';
import { readCopyOnlyDockerfile } from './oci/instructions.js';
import { formatPlatform, parsePlatform } from './oci/platform.js';

/** What this machine can build with, detected once by the glue and passed in as data. */
export interface EngineCapabilities {
  buildx?: BuildxCapabilities;
  /** a Docker daemon answers */
  daemon: boolean;
  /** `docker version`'s client and server, when a daemon answers */
  versions?: { client: string; server: string };
}

/** What the job asks of an engine beyond a COPY-only build, read from the config and inputs. */
export interface JobNeeds {
  /** the `builder` input: a buildx builder by name */
  builder?: string;
  /** BuildKit cache imports or exports (cache-from / cache-to), which only buildx reads */
  buildCache?: boolean;
  /** why the oci engine cannot build some target (a RUN, a second stage, a Windows platform), one per target */
  ociCannot?: string[];
}

export interface EngineSelection {
  name: EngineName;
  /** one line: why this engine (for `auto`, what made it the fastest one that can do the job) */
  reason: string;
  /** set when the choice is not the best one for the job: the reason is then said as a warning */
  warning?: boolean;
}

const NO_BUILDX = 'add docker/setup-buildx-action before this step, or use engine docker or oci';

/**
 * `auto` picks the daemonless oci engine whenever it can do the job: a COPY-only Dockerfile
 * needs no daemon build, so oci sends no build context, writes only the layers it does not
 * already keep and talks to the registry itself, which makes it the fastest engine here (see
 * docs/benchmarks.md). buildx (else docker) remains for what oci cannot do: a named buildx
 * builder, the user's BuildKit cache specs, and Dockerfiles or platforms it cannot build.
 */
export function selectEngine(choice: EngineChoice, caps: EngineCapabilities, job: JobNeeds = {}): EngineSelection {
  switch (choice) {
    case 'buildx':
      if (!caps.buildx) throw new BuildError(`engine buildx: \`docker buildx\` is not installed; ${NO_BUILDX}`);
      return { name: 'buildx', reason: 'as asked' };
    case 'docker':
      if (!caps.daemon)
        throw new BuildError(
          'engine docker: no Docker daemon answers `docker version`; start one, or use engine oci (no daemon needed)',
        );
      return { name: 'docker', reason: 'as asked' };
    case 'oci':
      return { name: 'oci', reason: 'as asked' };
    case 'auto':
      return selectAuto(caps, job);
  }
}

function selectAuto(caps: EngineCapabilities, job: JobNeeds): EngineSelection {
  // a named builder (remote, kubernetes) is where the user wants the build to run: never elsewhere
  if (job.builder) {
    if (!caps.buildx)
      throw new BuildError(
        `builder ${job.builder}: \`docker buildx\` is not installed; add docker/setup-buildx-action before this step`,
      );
    return { name: 'buildx', reason: `builder ${job.builder} is a buildx builder` };
  }
  const blocker = job.ociCannot?.[0];
  if (job.buildCache && caps.buildx && caps.daemon)
    return { name: 'buildx', reason: 'cache-from / cache-to are BuildKit cache specs, which only buildx reads' };
  if (blocker) {
    if (caps.buildx && caps.daemon)
      return { name: 'buildx', reason: `the oci engine cannot build this job: ${blocker}` };
    if (caps.daemon)
      return {
        name: 'docker',
        reason: `the oci engine cannot build this job (${blocker}) and buildx is not installed: \`docker build\`, one platform, no BuildKit cache. Add docker/setup-buildx-action for the buildx engine.`,
        warning: true,
      };
    // nothing else can build it either: the oci engine's error names the line
    return {
      name: 'oci',
      reason: `no Docker daemon answers, and the oci engine cannot build this job: ${blocker}`,
      warning: true,
    };
  }
  if (!caps.daemon)
    return {
      name: 'oci',
      reason: 'COPY-only Dockerfile, no daemon build needed; no Docker daemon answers, so the smoke test is skipped',
      warning: true,
    };
  return {
    name: 'oci',
    reason: 'COPY-only Dockerfile, no daemon build needed; the image is loaded into the daemon for the smoke test',
  };
}

/**
 * Why the oci engine cannot build a target, or undefined when it can: what its Dockerfile holds
 * beyond one stage of config and COPY/ADD from the context (a RUN the config allows, COPY --from,
 * a second stage, a here-document, a remote ADD), or a platform other than Linux.
 */
export function ociCannotBuild(
  target: { name: string; platforms: readonly string[] },
  file: string,
  text: string,
): string | undefined {
  try {
    readCopyOnlyDockerfile(parseDockerfile(text), file);
  } catch (error: unknown) {
    if (!(error instanceof BuildError)) throw error;
    return `${target.name}: ${error.message.replace(/ \(the oci engine builds[^)]*\)/, '').replace(/;.*$/, '')}`;
  }
  for (const text of target.platforms) {
    let platform;
    try {
      platform = parsePlatform(text);
    } catch {
      // the config check reports it
      continue;
    }
    if (platform.os !== 'linux')
      return `${target.name}: platform ${formatPlatform(platform)} (the oci engine builds linux images only)`;
  }
  return undefined;
}
