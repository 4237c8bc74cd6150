import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { CacheStore } from './cache/store.js';
import type { EngineChoice, TargetConfig } from './config/types.js';
import { createEngine } from './engines/create.js';
import { registrySession, type RegistrySession } from './registry/session.js';
import { ociCannotBuild, selectEngine } from './engines/select.js';
import { checkDockerfileText, contextView } from './validate/dockerfile.js';
import { createRunner } from './exec.js';
import { onInterrupt } from './interrupt.js';
import type { Logger } from './log.js';
import type { HostFacts } from './machine.js';
import type { PipelineDeps } from './pipeline/context.js';
import type { ToolCache } from './pm/provide.js';
import { actionsToolCache } from './pm/tool-cache.js';

export interface SetupOptions {
  logger: Logger;
  /** the input or flag; `auto` defers to the config's `engine` */
  engine: EngineChoice;
  configEngine?: EngineChoice;
  /** the start-up probes, started by the glue before it loaded this code (machine.ts) */
  host: Promise<HostFacts>;
  /** a promise when making it asks a process too (the local store's compressor) */
  store?: CacheStore | Promise<CacheStore | undefined>;
  tempDir: string;
  recordsDir: string;
  /** images a daemonless build neither loads nor pushes are left here as archives */
  imagesDir: string;
  registryUrl: string;
  dockerConfigDir?: string;
  /** the `builder` input: a buildx builder by name */
  builder?: string;
  /** BuildKit cache imports or exports were asked for, which only buildx can use */
  buildCache?: boolean;
  /** the config's targets: `auto` reads their Dockerfiles for what the oci engine cannot build */
  targets?: readonly TargetConfig[];
  /** the CLI's keeps the tool cache's logs off stdout */
  toolCache?: ToolCache;
}

/**
 * Registry clients for the preflight: a base image or a login that cannot be reached is a
 * finding in a second, not after the retries a push deserves.
 */
export function preflightRegistry(
  run: ReturnType<typeof createRunner>,
  logger: Logger,
  dockerConfigDir?: string,
): RegistrySession {
  return registrySession({
    run,
    logger,
    retry: { attempts: 2, baseDelayMs: 200 },
    fetch: (input, init) => fetch(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(10_000) }),
    ...(dockerConfigDir ? { dockerConfigDir } : {}),
  });
}

/**
 * Why the oci engine cannot build some of `targets` (read from their Dockerfiles). A Dockerfile
 * that cannot be read, or that the COPY-only gate refuses (a RUN without `allow-run`, a second
 * stage), is left to the preflight, which fails that target: it must not move the other targets
 * off the fastest engine.
 */
export async function ociBlockers(targets: readonly TargetConfig[]): Promise<string[]> {
  const found = await Promise.all(
    targets.map(async (target) => {
      const text = await readFile(target.dockerfile, 'utf8').catch(() => undefined);
      if (text === undefined) return undefined;
      const gate = checkDockerfileText(text, target, contextView(target.context), { beforeBuild: true });
      if (gate.some((finding) => finding.severity === 'error')) return undefined;
      return ociCannotBuild(target, path.basename(target.dockerfile), text);
    }),
  );
  return found.filter((b): b is string => b !== undefined);
}

/**
 * What both glues (action and CLI) do before the pipeline: take the start-up probes' answers
 * (started by the glue, machine.ts), pick the engine, make the pipeline's dependencies.
 */
export async function setupPipeline(options: SetupOptions): Promise<PipelineDeps> {
  const { logger } = options;
  const run = createRunner(logger);
  const [{ machine, caps }, store] = await Promise.all([options.host, options.store]);
  const choice = options.engine === 'auto' ? (options.configEngine ?? 'auto') : options.engine;
  const selection = selectEngine(choice, caps, {
    ...(options.builder ? { builder: options.builder } : {}),
    ...(options.buildCache ? { buildCache: true } : {}),
    ociCannot: choice === 'auto' ? await ociBlockers(options.targets ?? []) : [],
  });
  if (options.builder && selection.name !== 'buildx')
    logger.warning(
      `builder ${options.builder}: only the buildx engine uses a builder; engine ${selection.name} ignores it`,
    );
  if (options.buildCache && selection.name !== 'buildx')
    logger.warning(
      `cache-from / cache-to: only the buildx engine reads BuildKit cache specs; engine ${selection.name} ignores them`,
    );
  const line = `engine ${selection.name}${selection.name === 'buildx' && caps.buildx ? ` (buildx ${caps.buildx.version})` : ''}: ${choice === 'auto' ? selection.reason : `as asked (engine ${choice})`}`;
  if (selection.warning) logger.warning(line);
  else logger.info(line);
  await mkdir(options.tempDir, { recursive: true });
  // removed by the glue when the run ends, and here when it is interrupted
  onInterrupt(() => rm(options.tempDir, { recursive: true, force: true }));
  const deps: PipelineDeps = {
    logger,
    runner: createRunner,
    engine: createEngine(selection, caps, {
      arch: machine.arch,
      archiveDir: options.imagesDir,
      recordsDir: options.recordsDir,
      ...(store ? { store } : {}),
      ...(options.dockerConfigDir ? { dockerConfigDir: options.dockerConfigDir } : {}),
      ...(options.builder ? { builder: options.builder } : {}),
    }),
    daemon: caps.daemon,
    // performance.now() counts from the process's start, which is the step's start
    startedAt: 0,
    tempDir: options.tempDir,
    clock: () => performance.now() / 1000,
    toolCache: options.toolCache ?? actionsToolCache,
    registryUrl: options.registryUrl,
    platform: machine.platform,
    arch: machine.arch,
    libc: machine.libc,
    nodeVersion: machine.nodeVersion,
    concurrency: machine.cores,
    recordsDir: options.recordsDir,
    registry: registrySession({
      run,
      logger,
      ...(options.dockerConfigDir ? { dockerConfigDir: options.dockerConfigDir } : {}),
    }),
    preflightRegistry: preflightRegistry(run, logger, options.dockerConfigDir),
  };
  if (store) deps.store = store;
  if (caps.versions) deps.docker = caps.buildx ? { ...caps.versions, buildx: caps.buildx } : caps.versions;
  return deps;
}
