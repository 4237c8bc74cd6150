import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BuildError } from '../errors.js';
import { displayArgv } from '../exec.js';
import { planHistory, parseHistory } from '../image/layers.js';
import { normaliseTimes } from '../image/timestamps.js';
import type { BuiltImage, EngineDeps, ImageBuildRequest, ImageEngine, PushedImage } from './engine.js';

/** Flags both `docker build` and `docker buildx build` share, in a stable order. */
export function commonBuildFlags(request: ImageBuildRequest): string[] {
  const args = ['--file', request.dockerfile];
  for (const tag of request.tags) args.push('--tag', tag);
  for (const [name, value] of Object.entries(request.buildArgs)) args.push('--build-arg', `${name}=${value}`);
  for (const [name, value] of Object.entries(request.labels)) args.push('--label', `${name}=${value}`);
  return args;
}

/**
 * How a build's argv is shown in logs and errors: build-arg values hidden (they may be tokens),
 * their names kept, as the smoke test keeps container environment values out of its argv.
 */
export function buildDisplay(argv: readonly string[]): string {
  return displayArgv(
    argv.map((arg, i) =>
      argv[i - 1] === '--build-arg' && !arg.startsWith('SOURCE_DATE_EPOCH=') ? arg.replace(/=.*$/s, '=***') : arg,
    ),
  );
}

/**
 * `docker build` + `docker push` for daemons without buildx (the legacy builder, or BuildKit
 * built into the engine). One platform only: several need buildx or the oci engine.
 */
export function planDockerBuild(
  request: ImageBuildRequest,
  iidFile: string,
  cacheFrom: readonly string[] = [],
): string[] {
  if (request.platforms.length > 1) {
    throw new BuildError(
      `${request.target}: building for ${request.platforms.join(', ')} needs the buildx or oci engine; the docker engine builds one platform`,
    );
  }
  const args = ['docker', 'build', ...commonBuildFlags(request), '--iidfile', iidFile];
  if (request.platforms[0]) args.push('--platform', request.platforms[0]);
  for (const ref of cacheFrom) args.push('--cache-from', ref);
  // `--` ends the options, so no context path can be read as a flag
  args.push('--', request.contextDir);
  return args;
}

/** `docker pull` of an earlier push, so the legacy builder can take its layers as cache. */
export function planDockerPull(ref: string, platform: string | undefined): string[] {
  return platform ? ['docker', 'pull', '--quiet', '--platform', platform, ref] : ['docker', 'pull', '--quiet', ref];
}

export function planDockerPush(tag: string): string[] {
  return ['docker', 'push', tag];
}

/** The manifest digest the registry answered a push with ("latest: digest: sha256:... size: 1234"). */
export function parsePushDigest(output: string): string | undefined {
  return /digest: (sha256:[a-f0-9]{64})/.exec(output)?.[1];
}

export function sourceDateEnv(request: ImageBuildRequest): Record<string, string> {
  // BuildKit and recent docker honour SOURCE_DATE_EPOCH for the image's timestamps
  return request.sourceDateEpoch === undefined ? {} : { SOURCE_DATE_EPOCH: String(request.sourceDateEpoch) };
}

/** The loaded image's size as `docker image inspect` reports it, and its layers as `docker history` does. */
export async function inspectImage(id: string, deps: EngineDeps): Promise<BuiltImage> {
  // two questions that need nothing from each other: asked at once
  const [inspected, history] = await Promise.all([
    deps.run(['docker', 'image', 'inspect', '--format', '{{.Size}}', id], { quiet: true, allowFailure: true }),
    deps.run(planHistory(id), { quiet: true, allowFailure: true }),
  ]);
  const size = Number(inspected.stdout.trim());
  const built: BuiltImage =
    Number.isFinite(size) && inspected.code === 0 ? { id, size, runnable: true } : { id, runnable: true };
  if (history.code === 0) built.layers = parseHistory(history.stdout);
  return built;
}

export class DockerEngine implements ImageEngine {
  readonly name = 'docker' as const;

  async build(request: ImageBuildRequest, deps: EngineDeps): Promise<BuiltImage> {
    const iidFile = path.join(deps.tempDir, `${request.target}.iid`);
    if (request.sourceDateEpoch !== undefined) await normaliseTimes(request.contextDir, request.sourceDateEpoch);
    const cacheFrom = await pullCacheImage(request, deps);
    const argv = planDockerBuild(request, iidFile, cacheFrom);
    await deps.run(argv, { env: sourceDateEnv(request), display: buildDisplay(argv) });
    const id = (await readFile(iidFile, 'utf8')).trim();
    return { ...(await inspectImage(id, deps)), runs: 'the image docker build left in the daemon' };
  }

  async push(request: ImageBuildRequest, deps: EngineDeps): Promise<PushedImage> {
    let digest: string | undefined;
    for (const tag of request.tags) {
      const result = await deps.run(planDockerPush(tag));
      digest = parsePushDigest(result.stdout) ?? digest;
    }
    if (!digest) throw new BuildError(`${request.target}: the registry did not answer the push with a digest`);
    return { digest };
  }
}

/**
 * The legacy builder writes every layer anew (the directory COPY writes into gets the build's
 * time), so an unchanged node_modules would get a new digest and be uploaded again on each
 * commit. Its cache is the way out, as in the classic `docker pull ... || true; docker build
 * --cache-from ...`: the first earlier push that can be pulled (this branch's, else latest)
 * lends its layers to every step whose files did not change (the builder compares contents, not
 * times), and the push then finds them in the registry. Nothing there yet, or no access: built
 * from scratch as before.
 */
async function pullCacheImage(request: ImageBuildRequest, deps: EngineDeps): Promise<string[]> {
  for (const ref of request.cacheFrom) {
    const pulled = await deps.run(planDockerPull(ref, request.platforms[0]), { quiet: true, allowFailure: true });
    if (pulled.code === 0) {
      deps.logger.info(`layers of ${ref} offered as cache (--cache-from)`);
      return [ref];
    }
  }
  return [];
}
