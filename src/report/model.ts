/** What a run measured: the one data model behind the outputs, the summary and the tables. */

export const PHASES = ['restore', 'install', 'save', 'build', 'prune', 'validate', 'smoke', 'image', 'push'] as const;
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

export interface BaselineResult {
  seconds: number;
  source: 'measured' | 'recorded' | 'fixed';
  /** bytes of the multi-stage image, when it was built */
  imageSize?: number;
  /** ISO date the recorded figure was measured */
  recordedAt?: string;
}

export interface ImageResult {
  /** repository reference without tag */
  image: string;
  /** full references, repository:tag */
  tags: string[];
  /** manifest digest from the registry, when pushed */
  digest?: string;
  /** bytes, as the engine reports the image */
  size?: number;
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
  nextStandalone?: NextStandaloneSaving;
  error?: { phase?: PhaseName; message: string };
  /** the image was not rebuilt because one for the same inputs exists */
  reused?: boolean;
}

export interface RunResult {
  /** ISO time the run started */
  startedAt: string;
  /** wall seconds of the whole run */
  seconds: number;
  engine: string;
  pushed: boolean;
  targets: TargetResult[];
}
