/** What a run measured: the one data model behind the outputs, the summary and the tables. */

/** In the order they run: the image is built before the smoke test runs it. */
export const PHASES = ['restore', 'install', 'save', 'build', 'prune', 'validate', 'image', 'smoke', 'push'] as const;
export type PhaseName = (typeof PHASES)[number];

export type Status = 'ok' | 'failed' | 'skipped';

export interface PhaseRecord {
  name: PhaseName;
  /** seconds since the run started, from a monotonic clock */
  start: number;
  end: number;
  status: Status;
  /** one short line: "exact hit", "skipped: cache hit", "3 tags" */
  detail?: string;
}

export type BaselineSource = 'measured' | 'recorded' | 'fixed';

/** `cold`: the multi-stage build without any cache; `cached`: after a source-only change, its dependency stages from cache. */
export type BaselineKind = 'cold' | 'cached';

/** One multi-stage figure: the mean of its samples, and how far apart they were. */
export interface BaselineFigure {
  seconds: number;
  /** builds the figure is the mean of; 0 for a fixed figure, which nobody measured */
  samples: number;
  /** the fastest and the slowest sample; both `seconds` with one sample or a fixed figure */
  min: number;
  max: number;
  source: BaselineSource;
  /** ISO date the recorded figure was measured */
  recordedAt?: string;
}

export interface BaselineResult {
  cold: BaselineFigure & {
    /** bytes of the multi-stage image, uncompressed (`docker image inspect`), when it was built */
    imageSize?: number;
  };
  /** absent when it could not be measured (no git checkout to change a source in) or is fixed */
  cached?: BaselineFigure;
  /** the figure this run is held against: `cached` after a dependency cache hit, else `cold` */
  comparedWith: BaselineKind;
  /** what built it: "BuildKit (buildx 0.19.3)", "the legacy builder (docker 28.2.2)" */
  builder?: string;
  /** seconds since the run started, when this run measured it: the step waited for it */
  measuring?: { start: number; end: number };
}

/** Size and time of the last successful run on the default branch, for a pull request to compare with. */
export interface DefaultBranchRecord {
  branch: string;
  sha: string;
  recordedAt: string;
  /** the target's seconds */
  seconds: number;
  /** the image's uncompressed bytes */
  size?: number;
  /** the image's layers, uncompressed bytes, in build order */
  layers?: LayerSize[];
}

export interface LayerSize {
  /** the instruction that made it: "COPY node_modules ./node_modules", or "base image" */
  step: string;
  size: number;
}

export interface ImageResult {
  /** repository reference without tag */
  image: string;
  /** full references, repository:tag */
  tags: string[];
  /** manifest digest from the registry, when pushed */
  digest?: string;
  /** bytes, uncompressed: the sum of the layers' sizes, as `docker image inspect` reports them */
  size?: number;
  /** bytes a pull downloads: the compressed layers, as the registry holds them; when known */
  compressedSize?: number;
  /** the layers, uncompressed, in build order; when the engine could tell */
  layers?: LayerSize[];
  pushed: boolean;
}

export interface TreeSize {
  files: number;
  bytes: number;
}

/** The shipped node_modules before and after tracing (`trace`). */
export interface TraceReport {
  entries: string[];
  before: TreeSize;
  after: TreeSize;
  /** the largest packages left, largest first */
  largest: { name: string; bytes: number }[];
  /** files only `trace-include` brought in */
  included: number;
  /** seconds the trace took, the tree's measuring included */
  seconds: number;
  /** nft's analyses of node_modules came from the cache */
  analysesReused: boolean;
  /** the whole result came from the cache: only the app's own files were parsed */
  resultReused?: boolean;
}

export interface SizedPackage {
  name: string;
  version?: string;
  /** relative to the context */
  path: string;
  bytes: number;
}

/** What the shipped node_modules holds that the server never uses (a warning each). */
export interface ProductionTreeReport {
  /** compilers, bundlers and their binaries */
  buildTools: SizedPackage[];
  /** platform packages for another OS, CPU or C library than the image */
  foreign: SizedPackage[];
  /** one package at several versions, largest copy first */
  duplicates: { name: string; copies: SizedPackage[] }[];
}

/** Gates whose findings were kept under a key of what they judged, and whether this run replayed them. */
export interface RecordedGates {
  /** the production tree's checks (dev dependencies, secrets, native binaries, the tree report) */
  productionTree?: { key: string; replayed: boolean };
  /** the base image probe (Node version, C library), by the image's ID or manifest digest */
  baseImage?: { identity: string; replayed: boolean };
}

/** A Next.js target shipping the classic layout, and what its standalone output would ship. */
export interface NextStandaloneSaving {
  /** bytes of node_modules and .next as shipped */
  classic: number;
  /** bytes of the files `next build`'s own traces (.next/*.nft.json) name, with .next/static and public */
  standalone: number;
}

export interface TargetResult {
  name: string;
  status: Status;
  /** seconds since the run started */
  start: number;
  end: number;
  phases: PhaseRecord[];
  cacheHit: boolean;
  /** seconds spent in the user's own build commands, to tell them from the action's overhead */
  userSeconds: number;
  image?: ImageResult;
  baseline?: BaselineResult;
  packages?: { production: number; all: number };
  trace?: TraceReport;
  productionTree?: ProductionTreeReport;
  /** gates replayed from records instead of run again */
  gates?: RecordedGates;
  nextStandalone?: NextStandaloneSaving;
  error?: { phase?: PhaseName; message: string };
  /** the image was not rebuilt because one for the same inputs exists */
  reused?: boolean;
  /** on a pull request: the same target's last successful run on the default branch */
  defaultBranch?: DefaultBranchRecord;
}

export interface RunResult {
  /** ISO time the run started */
  startedAt: string;
  /** wall seconds of the whole step, from its start to its end: the baseline measurement included */
  seconds: number;
  engine: string;
  pushed: boolean;
  targets: TargetResult[];
}
