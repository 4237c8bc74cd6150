import type { Runner } from './exec.js';
import { isDigest } from './registry/digest.js';
import { formatReference, parseReference } from './registry/reference.js';

/** What the Docker daemon knows of one image, from one `docker image inspect`. */
export interface DaemonImageFacts {
  /** the image ID: the digest of its config */
  id: string;
  /** `repo@sha256:…` for each registry it was pulled from or pushed to */
  repoDigests: string[];
  /** the container part of its config (`.Config`): what the preflight and the base probe read */
  config: DaemonContainerConfig;
}

export interface DaemonContainerConfig {
  Env?: string[] | null;
  OnBuild?: string[] | null;
  Entrypoint?: string[] | null;
}

/**
 * The run's answers about images in the Docker daemon. The preflight (the base's ENV and ONBUILD
 * triggers), the reuse check and the base probe's record (the base's ID) and the oci engine (its
 * ID and repo digests) all ask about the same base image; each `docker image inspect` is a
 * process start, so each reference is inspected once per run and every phase of every target
 * shares the answer. One instance lives as long as one run: a base rebuilt between runs is seen
 * by the next run.
 */
export class DaemonImages {
  private readonly lookups = new Map<string, Promise<DaemonImageFacts | undefined>>();

  constructor(private readonly run: Runner) {}

  /**
   * What the daemon holds under `reference`; undefined when it has no such image. Rejects only
   * when docker itself cannot be started, and that failure is not remembered: the next caller
   * tries again, as it would have without the shared answer.
   */
  lookUp(reference: string): Promise<DaemonImageFacts | undefined> {
    const key = lookupKey(reference);
    let lookup = this.lookups.get(key);
    if (!lookup) {
      lookup = this.inspect(reference);
      this.lookups.set(key, lookup);
      lookup.catch(() => this.lookups.delete(key));
    }
    return lookup;
  }

  private async inspect(reference: string): Promise<DaemonImageFacts | undefined> {
    const result = await this.run(['docker', 'image', 'inspect', '--format', '{{json .}}', reference], {
      quiet: true,
      allowFailure: true,
    });
    return result.code === 0 ? parseInspected(result.stdout) : undefined;
  }
}

/**
 * `local/node:20-slim` and `docker.io/local/node:20-slim` name one image to the daemon: the
 * engine asks by the canonical form, the Dockerfile's FROM by the short one.
 */
function lookupKey(reference: string): string {
  try {
    return formatReference(parseReference(reference));
  } catch {
    return reference;
  }
}

/** One image's `{{json .}}`; undefined for output that does not describe an image. */
export function parseInspected(stdout: string): DaemonImageFacts | undefined {
  let inspected: { Id?: unknown; RepoDigests?: unknown; Config?: unknown };
  try {
    inspected = JSON.parse(stdout.trim()) as typeof inspected;
  } catch {
    return undefined;
  }
  if (!inspected || typeof inspected.Id !== 'string' || !isDigest(inspected.Id)) return undefined;
  const repoDigests = Array.isArray(inspected.RepoDigests)
    ? inspected.RepoDigests.filter((d): d is string => typeof d === 'string')
    : [];
  const config =
    inspected.Config && typeof inspected.Config === 'object' ? (inspected.Config as DaemonContainerConfig) : {};
  return { id: inspected.Id, repoDigests, config };
}
