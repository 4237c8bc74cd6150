import { readFile } from 'node:fs/promises';
import type { SourceLocation, TargetConfig } from '../config/types.js';
import { parseDockerfile } from '../dockerfile/parse.js';
import { baseImages, finalBase, nodePlatform, platformOf } from '../dockerfile/stage.js';
import { DaemonImages } from '../daemon-images.js';
import type { Runner } from '../exec.js';
import type { BaseImageFacts } from './types.js';

export type { BaseImageFacts } from './types.js';

/**
 * What the base image really runs, read by running it rather than guessed from its name
 * (node:20-slim says nothing about a company's own base image): Node's version and, from
 * Node's process report, glibc's version; no glibc version means musl. Images without node
 * fall back to looking for the dynamic loader with the shell's globbing (slim images have no
 * `ls`). The containers get no network: nothing here needs one.
 */
const NODE_PROBE =
  'JSON.stringify({v:process.version,bun:(process.versions&&process.versions.bun)||null,glibc:(process.report&&process.report.getReport().header.glibcVersionRuntime)||null})';
const LOADER_PROBE =
  'for f in /lib/ld-musl-* /usr/lib/ld-musl-* /lib64/ld-linux-* /lib/ld-linux-* /lib/*/ld-linux-* /usr/lib/*/ld-linux-*; do [ -e "$f" ] && echo "$f"; done; exit 0';

export interface ProbeOptions {
  /** e.g. linux/arm64, for a multi-platform image (needs emulation on another CPU) */
  platform?: string;
  /** the run's answers about images in the daemon: the image's entrypoint, when it has no node on PATH */
  daemonImages?: DaemonImages;
}

export function isBaseImageFacts(value: unknown): value is BaseImageFacts {
  const v = value as Partial<BaseImageFacts> | null;
  return (
    typeof v?.image === 'string' &&
    (v.libc === 'glibc' || v.libc === 'musl' || v.libc === 'unknown') &&
    (v.nodeVersion === undefined || typeof v.nodeVersion === 'string') &&
    (v.glibcVersion === undefined || typeof v.glibcVersion === 'string') &&
    (v.bunVersion === undefined || typeof v.bunVersion === 'string')
  );
}

export async function probeBaseImage(image: string, run: Runner, options: ProbeOptions = {}): Promise<BaseImageFacts> {
  // a Bun image (oven/bun) has no node: bun runs the same probe and says which Bun it is
  const fromNode =
    (await probeNode(image, run, options, 'node')) ??
    (await probeNode(
      image,
      run,
      options,
      await nodeEntrypoint(image, options.daemonImages ?? new DaemonImages(run)),
    )) ??
    (await probeNode(image, run, options, 'bun'));
  if (fromNode) return fromNode;
  return { image, libc: await probeLoader(image, run, options) };
}

function runArgs(image: string, options: ProbeOptions, entrypoint: string, args: string[]): string[] {
  const platform = options.platform ? ['--platform', options.platform] : [];
  return ['docker', 'run', '--rm', '--network', 'none', ...platform, '--entrypoint', entrypoint, image, ...args];
}

async function probeNode(
  image: string,
  run: Runner,
  options: ProbeOptions,
  entrypoint: string | undefined,
): Promise<BaseImageFacts | undefined> {
  if (!entrypoint) return undefined;
  const result = await quietly(run, runArgs(image, options, entrypoint, ['-p', NODE_PROBE]));
  const parsed = result ? parseNodeProbe(result) : undefined;
  if (!parsed) return undefined;
  const facts: BaseImageFacts = { image, libc: parsed.glibc ? 'glibc' : 'musl', nodeVersion: parsed.v };
  if (parsed.glibc) facts.glibcVersion = parsed.glibc;
  if (parsed.bun) facts.bunVersion = parsed.bun;
  return facts;
}

/** The last line that is the probe's JSON (an image's entrypoint may print a banner first). */
export function parseNodeProbe(stdout: string): { v: string; glibc: string | null; bun?: string } | undefined {
  for (const line of stdout.trim().split('\n').reverse()) {
    try {
      const value = JSON.parse(line) as { v?: unknown; glibc?: unknown; bun?: unknown };
      if (typeof value.v === 'string' && /^v\d+\./.test(value.v)) {
        const parsed: { v: string; glibc: string | null; bun?: string } = {
          v: value.v,
          glibc: typeof value.glibc === 'string' ? value.glibc : null,
        };
        if (typeof value.bun === 'string') parsed.bun = value.bun;
        return parsed;
      }
    } catch {
      // not the probe's line
    }
  }
  return undefined;
}

/** Distroless node images have node at /nodejs/bin/node as their entrypoint, not on PATH. */
async function nodeEntrypoint(image: string, images: DaemonImages): Promise<string | undefined> {
  // docker itself could not be started: the probes say so by finding nothing
  const inspected = await images.lookUp(image).catch(() => undefined);
  const entrypoint: unknown = inspected?.config.Entrypoint;
  const first = Array.isArray(entrypoint) ? (entrypoint[0] as unknown) : undefined;
  return typeof first === 'string' && /(^|\/)node$/.test(first) && first !== 'node' ? first : undefined;
}

async function probeLoader(image: string, run: Runner, options: ProbeOptions): Promise<BaseImageFacts['libc']> {
  const out = await quietly(run, runArgs(image, options, '/bin/sh', ['-c', LOADER_PROBE]));
  return out ? libcFromLoaders(out) : 'unknown';
}

export function libcFromLoaders(listing: string): BaseImageFacts['libc'] {
  if (/ld-musl-/.test(listing)) return 'musl';
  if (/ld-linux/.test(listing)) return 'glibc';
  return 'unknown';
}

/** stdout of a command that may fail (no such binary in the image), or undefined. */
async function quietly(run: Runner, argv: string[]): Promise<string | undefined> {
  try {
    const result = await run(argv, { quiet: true, allowFailure: true });
    return result.code === 0 ? result.stdout : undefined;
  } catch {
    // docker itself could not be started
    return undefined;
  }
}

/**
 * The final stage's base image, following `FROM <earlier stage>` back to an image, with build
 * args applied; undefined for FROM scratch.
 */
export async function finalBaseImage(target: TargetConfig): Promise<string | undefined> {
  const stage = await finalBaseStage(target);
  return !stage || stage.image === 'scratch' ? undefined : stage.image;
}

/**
 * Where the base image is chosen (the FROM line finalBaseImage reads), for the findings about
 * it; the Dockerfile alone when it cannot be read, which the Dockerfile check reports.
 */
export async function baseImageLocation(target: TargetConfig): Promise<SourceLocation> {
  try {
    const stage = await finalBaseStage(target);
    return stage ? { file: target.dockerfile, line: stage.line } : { file: target.dockerfile };
  } catch {
    return { file: target.dockerfile };
  }
}

async function finalBaseStage(target: TargetConfig): Promise<{ image: string; line: number } | undefined> {
  const parsed = parseDockerfile(await readFile(target.dockerfile, 'utf8'));
  const runner = nodePlatform(process.arch);
  const platform = target.platforms[0] ? platformOf(target.platforms[0]) : runner;
  return finalBase(baseImages(parsed, { buildArgs: target.buildArgs, platform, buildPlatform: runner }));
}
