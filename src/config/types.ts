/** The validated config file: every path absolute, every default filled in. */

export type PackageManagerName = 'npm' | 'pnpm' | 'yarn' | 'bun';
export type EngineChoice = 'auto' | 'buildx' | 'docker' | 'oci';
export type EngineName = Exclude<EngineChoice, 'auto'>;

/** A place in a file, 1-based, for error messages and annotations. */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

export interface SmokeConfig {
  port: number;
  path: string;
  /** seconds */
  timeout: number;
  /** extra environment for the container */
  env: Record<string, string>;
}

export type BaselineConfig = { kind: 'dockerfile'; dockerfile: string } | { kind: 'seconds'; seconds: number };

export interface BudgetConfig {
  /** bytes */
  imageSize?: number;
  /** bytes, the declared artifacts summed */
  artifactsSize?: number;
}

/** Ship only the node_modules files the server's entries require (see src/trace/). */
export interface TraceConfig {
  /** entry files, relative to the context, / separated */
  entries: string[];
  /** globs relative to the context, each under node_modules/: files loaded in ways a tracer cannot see */
  include: string[];
}

export interface TargetConfig {
  name: string;
  /** absolute directory holding package.json and the lockfile */
  context: string;
  /** install command; undefined means the package manager's clean install */
  install?: string;
  build: string[];
  /** undefined: the package manager's default; false: keep dev dependencies */
  prune?: string | false;
  /** relative to context, normalised with forward slashes, no trailing slash */
  artifacts: string[];
  /** absolute path */
  dockerfile: string;
  /** full repository reference without tag, e.g. ghcr.io/acme/backend */
  image: string;
  /** tag templates with {sha} {sha7} {branch} {run} {version} */
  tags: string[];
  buildArgs: Record<string, string>;
  platforms: string[];
  smoke?: SmokeConfig;
  baseline?: BaselineConfig;
  budget: BudgetConfig;
  allowRun: boolean;
  allowDevDependencies: boolean;
  /** images `COPY --from=<image>` may copy from, as written in the Dockerfile (their files skip the artifact and secret checks) */
  allowCopyFrom: string[];
  /** BuildKit cache imports and exports for the buildx engine, as buildx reads them (type=gha,scope={target}) */
  cacheFrom?: string[];
  cacheTo?: string[];
  trace?: TraceConfig;
  /** where each of the target's keys sits in the config file ('' is the target itself) */
  locations: Record<string, SourceLocation>;
}

export interface Config {
  /** absolute path of the config file */
  file: string;
  /** directory the config's paths are relative to */
  dir: string;
  version: 1;
  registry?: string;
  /** how many targets run at once; undefined means the number of cores */
  concurrency?: number;
  /** when true a failing target does not stop the others from being pushed */
  independent: boolean;
  engine?: EngineChoice;
  targets: TargetConfig[];
}
