import type { CacheStore } from '../cache/store.js';
import type { Config, TargetConfig } from '../config/types.js';
import type { DaemonImages } from '../daemon-images.js';
import type { ImageEngine, UploadAhead } from '../engines/engine.js';
import type { RegistrySession } from '../registry/session.js';
import type { Runner } from '../exec.js';
import type { GitInfo } from '../git/info.js';
import type { Logger } from '../log.js';
import type { ToolCache } from '../pm/provide.js';
import type { DockerTools } from '../baseline/plan.js';
import type { NextStandaloneSaving, ProductionTreeReport, RecordedGates, TraceReport } from '../report/model.js';
import type { PathFilter } from '../trace/filter.js';
import type { TargetPlan } from './plan.js';
import type { SharedWork } from './shared.js';

export type BaselineMode = 'auto' | 'measure' | 'off';

/** What the user asked for, parsed and typed by the glue (action inputs or CLI flags). */
export interface PipelineOptions {
  config: Config;
  /** target names; empty means all */
  targets: string[];
  push: boolean;
  cache: boolean;
  baseline: BaselineMode;
  /** full references replacing the computed tags (single-target runs) */
  tags?: string[];
  /** added to the OCI labels */
  labels?: Record<string, string>;
  /** BuildKit cache imports and exports for every target, after the config's own */
  buildCache?: { from: string[]; to: string[] };
  git: GitInfo;
  /** the repository root, for cache keys that survive a checkout in another place */
  repositoryRoot: string;
}

/** The machine and the side effects, handed in so tests use real local ones. */
export interface PipelineDeps {
  logger: Logger;
  /** makes a runner that logs through the given logger */
  runner: (logger: Logger) => Runner;
  store?: CacheStore;
  engine: ImageEngine;
  /** true when `docker run` works here (for smoke tests and baselines) */
  daemon: boolean;
  /** the docker CLI and daemon versions and buildx, when a daemon answers: what measures the baseline */
  docker?: DockerTools;
  /** the clock's reading when the step started; the run's wall time counts from it (default: when the pipeline starts) */
  startedAt?: number;
  tempDir: string;
  /** seconds from a monotonic clock */
  clock: () => number;
  toolCache: ToolCache;
  registryUrl: string;
  platform: NodeJS.Platform;
  arch: string;
  /** the runner's C library: native addons built here link against it */
  libc: 'glibc' | 'musl';
  nodeVersion: string;
  concurrency: number;
  /** where records (recorded baselines) are staged for the cache store; stable across runs */
  recordsDir: string;
  /** registry clients with the runner's `docker login` credentials */
  registry: RegistrySession;
  /** the same, for the preflight's quick questions: one retry, short timeouts (default: `registry`) */
  preflightRegistry?: RegistrySession;
}

/** One target's state as its phases fill it in. */
export interface TargetState {
  plan: TargetPlan;
  target: TargetConfig;
  logger: Logger;
  run: Runner;
  /** environment for the user's commands: PATH with a provided package manager first */
  env: Record<string, string>;
  packageManagerVersion?: string;
  cacheKey?: string;
  cacheHit: boolean;
  /** Next.js's build cache: the key it is saved under, and the key it was restored from */
  buildCache?: { key: string; prefix: string; restored?: string };
  userSeconds: number;
  packages?: { production: number; all: number };
  /** the image's blobs going up while the gates run, when a push follows and the engine can split it */
  uploadAhead?: UploadAhead;
  /** bytes of each artifact, as the validation measured them (the image budget's "biggest artifacts") */
  artifactSizes?: Record<string, number>;
  /**
   * node_modules cut to what the `trace` entries require: `key` identifies the shipped tree
   * (the production tree's key and the traced files), `filter` picks its files when staging
   */
  trace?: { key: string; filter: PathFilter; report: TraceReport };
  /** what the shipped node_modules holds that the server never uses (the validation's report) */
  productionTree?: ProductionTreeReport;
  /** which gates the validation kept under a key, or replayed from one */
  gates?: RecordedGates;
  /** a Next.js target in the classic layout: what the standalone output would ship instead */
  nextStandalone?: NextStandaloneSaving;
  /** the work this target shares with the other targets of its workspace, if it is in one */
  shared?: SharedWork;
  /** the run's answers about images in the Docker daemon (the base image), one per reference for all targets */
  daemonImages: DaemonImages;
}
