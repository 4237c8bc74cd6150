import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BuildError } from '../errors.js';
import { buildDisplay, commonBuildFlags, inspectImage, sourceDateEnv } from './docker.js';
import type { BuiltImage, EngineDeps, ImageBuildRequest, ImageEngine, PushedImage } from './engine.js';

export interface BuildxCapabilities {
  /** e.g. 0.19.3 */
  version: string;
  /** the command that runs buildx: ['docker', 'buildx'] or a standalone ['buildx'] */
  command: string[];
}

export type BuildxOutput = 'load' | 'push' | 'cache-only';

export interface BuildxOptions {
  /** a builder made by docker/setup-buildx-action or `docker buildx create` (remote, kubernetes, ...) */
  builder?: string;
}

/** rewrite-timestamp (BuildKit 0.13, buildx 0.13) clamps file times in layers to SOURCE_DATE_EPOCH. */
export function supportsRewriteTimestamp(version: string): boolean {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  return major > 0 || minor >= 13;
}

/**
 * `buildx build` as docker/build-push-action would run it. The image is first built with
 * --load so the smoke test can run it; the push builds again with --push, which BuildKit
 * answers from its cache, so the pushed layers are the tested ones (the config differs only by
 * the inline cache record). The earlier pushes of the branch and of `latest` are imported as
 * cache and the push records its own: on a fresh runner a COPY whose files did not change (the
 * node_modules of an unchanged lockfile) is then a cache hit and reuses the layer the registry
 * already holds, where rebuilding it would give it the new commit's times and a new digest.
 */
export function planBuildx(
  request: ImageBuildRequest,
  output: BuildxOutput,
  files: { metadata: string; iid: string },
  caps: BuildxCapabilities,
  options: BuildxOptions = {},
): string[] {
  const args = [...caps.command, 'build'];
  if (options.builder) args.push('--builder', options.builder);
  args.push(...commonBuildFlags(request), '--iidfile', files.iid, '--metadata-file', files.metadata);
  const platforms = output === 'load' && request.platforms.length > 1 ? [] : request.platforms;
  if (platforms.length > 0) args.push('--platform', platforms.join(','));
  if (request.sourceDateEpoch !== undefined) args.push('--build-arg', `SOURCE_DATE_EPOCH=${request.sourceDateEpoch}`);
  const rewrite =
    request.sourceDateEpoch !== undefined && supportsRewriteTimestamp(caps.version) ? ',rewrite-timestamp=true' : '';
  for (const ref of request.cacheFrom) args.push('--cache-from', `type=registry,ref=${ref}`);
  for (const spec of request.cacheImports ?? []) args.push('--cache-from', spec);
  // exported once, by the build every run makes; the push after it is answered from that cache
  if (output !== 'push') for (const spec of request.cacheExports ?? []) args.push('--cache-to', spec);
  if (output === 'load') args.push('--output', `type=docker${rewrite}`);
  else if (output === 'push') args.push('--output', `type=image,push=true${rewrite}`, '--cache-to', 'type=inline');
  args.push('--', request.contextDir);
  return args;
}

/** The digest buildx wrote to its metadata file: the manifest or, for several platforms, the index. */
export function parseMetadataDigest(metadata: string): string | undefined {
  const doc = JSON.parse(metadata) as Record<string, unknown>;
  const digest = doc['containerimage.digest'];
  return typeof digest === 'string' ? digest : undefined;
}

export class BuildxEngine implements ImageEngine {
  readonly name = 'buildx' as const;

  constructor(
    private readonly caps: BuildxCapabilities,
    private readonly options: BuildxOptions = {},
  ) {}

  private files(request: ImageBuildRequest, deps: EngineDeps, step: string): { metadata: string; iid: string } {
    return {
      metadata: path.join(deps.tempDir, `${request.target}.${step}.metadata.json`),
      iid: path.join(deps.tempDir, `${request.target}.${step}.iid`),
    };
  }

  async build(request: ImageBuildRequest, deps: EngineDeps): Promise<BuiltImage> {
    // several platforms cannot be loaded into the image store: build to warm the cache only
    const output: BuildxOutput = request.platforms.length > 1 ? 'cache-only' : 'load';
    const files = this.files(request, deps, 'build');
    const argv = planBuildx(request, output, files, this.caps, this.options);
    await deps.run(argv, { env: sourceDateEnv(request), display: buildDisplay(argv) });
    if (output !== 'load') return { runnable: false };
    const id = (await readFile(files.iid, 'utf8')).trim();
    return { ...(await inspectImage(id, deps)), runs: 'the image buildx loaded into the daemon (--load)' };
  }

  async push(request: ImageBuildRequest, deps: EngineDeps): Promise<PushedImage> {
    const files = this.files(request, deps, 'push');
    const argv = planBuildx(request, 'push', files, this.caps, this.options);
    await deps.run(argv, { env: sourceDateEnv(request), display: buildDisplay(argv) });
    const digest = parseMetadataDigest(await readFile(files.metadata, 'utf8'));
    if (!digest) throw new BuildError(`${request.target}: buildx pushed but wrote no digest to ${files.metadata}`);
    return { digest };
  }
}
