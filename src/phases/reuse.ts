import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sha256 } from '../cache/key.js';
import { mapLimit } from '../map-limit.js';
import { checkoutFiles } from '../git/read.js';
import type { FetchedManifest } from '../registry/client.js';
import { findManifest, manifestDigest } from '../registry/images.js';
import { inNamedRegistry } from '../registry/reference.js';
import type { RegistrySession } from '../registry/session.js';
import type { PipelineDeps, PipelineOptions, TargetState } from '../pipeline/context.js';
import { finalBaseImage } from '../validate/base-image.js';

/** Bumped with the gates: images reused across a change of the checks would skip them. */
const TOOL_VERSION = 'gates-1';

/** Label and tag that record which inputs an image was built from. */
export const INPUTS_LABEL = 'dev.artifact-docker-build.inputs';
const TAG_PREFIX = 'inputs-';

/**
 * A target's sources as git sees them (tracked and untracked-but-not-ignored files, contents
 * included), in the order the hash takes them; undefined without git. In a workspace: the app,
 * the local packages it uses (not the others), and the root's lockfile and manifest, so a change
 * to another app leaves this one's inputs as they were.
 */
async function sourceParts(state: TargetState): Promise<(string | Buffer)[] | undefined> {
  const workspace = state.plan.workspace;
  const dirs = [state.target.context, ...(workspace?.local.map((p) => p.dir) ?? [])];
  const listed = await Promise.all(dirs.map((dir) => checkoutFiles(state.run, dir)));
  if (listed.some((files) => files === undefined)) return undefined;
  const parts: (string | Buffer)[] = [];
  for (const [i, dir] of dirs.entries()) {
    const files = listed[i]!.sort();
    if (workspace) parts.push(`<dir ${path.relative(workspace.graph.root, dir).split(path.sep).join('/')}>`);
    // read many at once: an app's source tree is thousands of small files
    const contents = await mapLimit(files, 32, (file) =>
      // listed by git but deleted in the work tree: its absence is what counts
      readFile(path.join(dir, file)).catch(() => '<missing>'),
    );
    files.forEach((file, j) => parts.push(file, contents[j]!));
  }
  if (workspace) {
    for (const file of [state.plan.pm.lockfile, path.join(workspace.graph.root, 'package.json')])
      parts.push(`<root ${path.basename(file)}>`, await readFile(file));
  }
  return parts;
}

/**
 * A hash of everything that decides what a target's image holds: its sources (sourceParts), the
 * lockfile, the commands, the artifacts, the Dockerfile, the build args, the base image's
 * identity and the runner's platform. Undefined when one of them cannot be known (no git, a
 * base image nobody can identify): then the image is simply built.
 */
async function inputsFingerprint(
  state: TargetState,
  options: PipelineOptions,
  deps: PipelineDeps,
  baseIdentity: string | undefined,
  parts: (string | Buffer)[] | undefined,
): Promise<string | undefined> {
  if (!baseIdentity || !parts) return undefined;
  const { target, plan } = state;
  const recipe = {
    install: plan.installCommand,
    build: target.build,
    prune: plan.pruneCommand,
    artifacts: target.artifacts,
    dockerfile: path.relative(target.context, target.dockerfile),
    dockerfileText: await readFile(target.dockerfile, 'utf8'),
    buildArgs: target.buildArgs,
    platforms: target.platforms,
    labels: options.labels ?? {},
    base: baseIdentity,
    runner: [deps.platform, deps.arch, deps.libc, deps.nodeVersion.split('.')[0]],
    engine: deps.engine.name,
    // the gates a reused image skips must be the ones it passed
    gates: {
      smoke: target.smoke,
      budget: target.budget,
      allowRun: target.allowRun,
      allowDevDependencies: target.allowDevDependencies,
      allowCopyFrom: target.allowCopyFrom,
    },
    tool: TOOL_VERSION,
  };
  return sha256(JSON.stringify(recipe), ...parts);
}

export function inputsTag(fingerprint: string): string {
  return `${TAG_PREFIX}${fingerprint.slice(0, 32)}`;
}

/** The base image's identity: its image id in the daemon, else its digest in its registry. */
export async function baseImageIdentity(
  state: TargetState,
  deps: PipelineDeps,
  session: RegistrySession,
): Promise<string | undefined> {
  const base = await finalBaseImage(state.target);
  if (!base) return 'scratch';
  if (deps.daemon) {
    const local = await state.daemonImages.lookUp(base);
    if (local) return local.id;
  }
  return manifestDigest(session, base);
}

/** The hash of a target's inputs and the tag that records it in the registry. */
export interface TargetInputs {
  fingerprint: string;
  tag: string;
}

/** An image built from the same inputs, found in the registry: it stands in for a build. */
export interface ReusedImage {
  kind: 'reused';
  /** its manifest as the lookup read it under its inputs tag: the push puts these bytes under the tags */
  manifest: FetchedManifest;
  /** the full references it gets */
  tags: string[];
}

/** What the lookup found: the inputs' hash (when it could be taken), and the manifest of the image made from them. */
export interface ReuseLookup {
  inputs?: TargetInputs;
  existing?: FetchedManifest;
}

/**
 * Looks for an image already built from the same inputs, when the run pushes to a registry.
 * A run that does not push always builds: it is expected to leave a tested image in the daemon,
 * and a pull request's checks should build what they check.
 */
export async function lookUpReuse(
  state: TargetState,
  options: PipelineOptions,
  deps: PipelineDeps,
): Promise<ReuseLookup> {
  if (!options.push || !inNamedRegistry(state.target.image)) return {};
  // the daemon or registry about the base while git lists the sources and they are read
  const [identity, parts] = await Promise.all([baseImageIdentity(state, deps, deps.registry), sourceParts(state)]);
  const fingerprint = await inputsFingerprint(state, options, deps, identity, parts);
  if (!fingerprint) return {};
  const inputs = { fingerprint, tag: inputsTag(fingerprint) };
  const existing = await findManifest(deps.registry, `${state.target.image}:${inputs.tag}`);
  if (!existing) return { inputs };
  state.logger.info(
    `${state.target.image}:${inputs.tag} was built from these same inputs: reusing it (${existing.digest}) instead of building`,
  );
  return { inputs, existing };
}
