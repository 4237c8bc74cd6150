import path from 'node:path';
import type { Platform } from './platform.js';

/** The runtime part of an image config (`config` in the JSON), as docker writes it. */
export interface ContainerConfig {
  User?: string;
  ExposedPorts?: Record<string, Record<string, never>>;
  Env?: string[];
  Entrypoint?: string[] | null;
  Cmd?: string[] | null;
  Volumes?: Record<string, Record<string, never>>;
  WorkingDir?: string;
  Labels?: Record<string, string>;
  StopSignal?: string;
  Healthcheck?: HealthConfig;
  Shell?: string[];
  OnBuild?: string[] | null;
  /** fields this engine does not set (ArgsEscaped, Image, ...) pass through from the base */
  [field: string]: unknown;
}

export interface HealthConfig {
  Test: string[];
  /** nanoseconds, as Go's time.Duration */
  Interval?: number;
  Timeout?: number;
  StartPeriod?: number;
  StartInterval?: number;
  Retries?: number;
}

export interface HistoryEntry {
  created?: string;
  created_by?: string;
  author?: string;
  comment?: string;
  empty_layer?: boolean;
}

/** An image config file (application/vnd.oci.image.config.v1+json). */
export interface ImageConfigFile {
  created?: string;
  author?: string;
  architecture: string;
  os: string;
  variant?: string;
  config?: ContainerConfig;
  rootfs: { type: 'layers'; diff_ids: string[] };
  history?: HistoryEntry[];
  [field: string]: unknown;
}

const DEFAULT_SHELL = ['/bin/sh', '-c'];
/** fields of a base config that describe how the base was built, not the new image */
const BUILD_ONLY_FIELDS = [
  'container',
  'container_config',
  'docker_version',
  'id',
  'parent',
  'moby.buildkit.buildinfo.v1',
  'moby.buildkit.cache.v0',
];

/** `KEY=VALUE` strings as a record; the last one of a key wins. */
export function envRecord(env: readonly string[] | undefined): Record<string, string> {
  const record: Record<string, string> = {};
  for (const entry of env ?? []) {
    const eq = entry.indexOf('=');
    if (eq > 0) record[entry.slice(0, eq)] = entry.slice(eq + 1);
    else record[entry] = '';
  }
  return record;
}

/** Sets variables by key: an existing one is replaced where it stands, a new one appended. */
export function mergeEnv(env: readonly string[] | undefined, pairs: readonly (readonly [string, string])[]): string[] {
  const result = [...(env ?? [])];
  for (const [key, value] of pairs) {
    const at = result.findIndex((e) => e === key || e.startsWith(`${key}=`));
    if (at >= 0) result[at] = `${key}=${value}`;
    else result.push(`${key}=${value}`);
  }
  return result;
}

/** WORKDIR: a relative path continues from the current directory. */
export function resolveWorkdir(current: string | undefined, dir: string): string {
  return path.posix
    .normalize(path.posix.isAbsolute(dir) ? dir : path.posix.join(current || '/', dir))
    .replace(/(.)\/$/, '$1');
}

/** CMD/ENTRYPOINT in shell form run under SHELL (default /bin/sh -c). */
export function shellForm(shell: readonly string[] | undefined, command: string): string[] {
  return [...(shell && shell.length > 0 ? shell : DEFAULT_SHELL), command];
}

/**
 * ENTRYPOINT replaces the entrypoint and, as docker does, drops a CMD inherited from the base
 * (it was meant as arguments for the base's entrypoint); a CMD set earlier in this Dockerfile stays.
 */
export function applyEntrypoint(config: ContainerConfig, entrypoint: string[], cmdSetHere: boolean): void {
  config.Entrypoint = entrypoint;
  if (!cmdSetHere) config.Cmd = null;
}

/** EXPOSE words: `80`, `80/tcp`, `53/udp`, `8000-8002` → `{"80/tcp":{}}` keys. */
export function exposedPorts(words: readonly string[]): string[] {
  const keys: string[] = [];
  for (const word of words) {
    const m = /^(\d+)(?:-(\d+))?(?:\/(tcp|udp|sctp))?$/i.exec(word);
    if (!m)
      throw new Error(
        `invalid port "${word}": expected a number, a range (8000-8010), with an optional /tcp, /udp or /sctp`,
      );
    const first = Number(m[1]);
    const last = m[2] === undefined ? first : Number(m[2]);
    if (first < 1 || last > 65535 || last < first) throw new Error(`invalid port "${word}"`);
    const proto = (m[3] ?? 'tcp').toLowerCase();
    for (let port = first; port <= last; port++) keys.push(`${port}/${proto}`);
  }
  return keys;
}

/** Go duration text (`30s`, `1m30s`, `500ms`) in nanoseconds, as docker stores healthcheck times. */
export function parseDuration(text: string): number {
  const units: Record<string, number> = { ns: 1, us: 1e3, µs: 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };
  if (text === '0') return 0;
  const re = /(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/gy;
  let total = 0;
  let consumed = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    total += Number(m[1]) * units[m[2]!]!;
    consumed = re.lastIndex;
  }
  if (consumed === 0 || consumed !== text.length)
    throw new Error(`invalid duration "${text}" (expected e.g. 30s, 1m30s, 500ms)`);
  return Math.round(total);
}

/**
 * HEALTHCHECK: `NONE`, or `[flags] CMD <command>` with the command in exec (JSON) or shell
 * form. `args` is the text after the flags.
 */
export function healthcheck(args: string, flags: Record<string, string>): HealthConfig {
  const trimmed = args.trim();
  if (/^none$/i.test(trimmed)) {
    if (Object.keys(flags).length > 0) throw new Error('HEALTHCHECK NONE takes no options');
    return { Test: ['NONE'] };
  }
  const m = /^cmd\s+(.*)$/is.exec(trimmed);
  if (!m) throw new Error('HEALTHCHECK expects NONE or CMD <command>');
  const command = m[1]!.trim();
  let test: string[] = ['CMD-SHELL', command];
  if (command.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(command);
      if (Array.isArray(parsed) && parsed.every((p) => typeof p === 'string')) test = ['CMD', ...(parsed as string[])];
    } catch {
      // not JSON: shell form, as docker reads it
    }
  }
  const health: HealthConfig = { Test: test };
  for (const [flag, value] of Object.entries(flags)) {
    switch (flag) {
      case 'interval':
        health.Interval = parseDuration(value);
        break;
      case 'timeout':
        health.Timeout = parseDuration(value);
        break;
      case 'start-period':
        health.StartPeriod = parseDuration(value);
        break;
      case 'start-interval':
        health.StartInterval = parseDuration(value);
        break;
      case 'retries':
        if (!/^\d+$/.test(value)) throw new Error(`--retries must be a whole number, not "${value}"`);
        health.Retries = Number(value);
        break;
      default:
        throw new Error(`unknown HEALTHCHECK option --${flag}`);
    }
  }
  return health;
}

export interface DeriveInput {
  base?: ImageConfigFile;
  /** the runtime config after every instruction of the Dockerfile */
  config: ContainerConfig;
  /** labels given with the build (they win over the Dockerfile's, as `docker build --label`) */
  labels: Record<string, string>;
  /** diff_ids of this build's layers, in order */
  diffIds: string[];
  /** this build's history entries, one per instruction */
  history: HistoryEntry[];
  platform: Platform;
  /** ISO time: SOURCE_DATE_EPOCH, so that equal inputs give an equal config */
  created: string;
  author?: string;
}

/** The new image's config file: the base's, with this build's runtime config, layers and history. */
export function deriveImageConfig(input: DeriveInput): ImageConfigFile {
  const base: Record<string, unknown> = { ...(input.base ?? {}) };
  for (const field of BUILD_ONLY_FIELDS) delete base[field];
  const labels = { ...(input.config.Labels ?? {}), ...input.labels };
  const config: ContainerConfig = { ...input.config };
  if (Object.keys(labels).length > 0) config.Labels = labels;
  // triggers run when an image is built FROM this one; the base's were for us and are spent
  delete config.OnBuild;
  const file: ImageConfigFile = {
    ...base,
    created: input.created,
    architecture: input.platform.architecture,
    os: input.platform.os,
    config,
    rootfs: { type: 'layers', diff_ids: [...(input.base?.rootfs.diff_ids ?? []), ...input.diffIds] },
    history: [...(input.base?.history ?? []), ...input.history],
  };
  if (input.platform.variant) file.variant = input.platform.variant;
  else delete file.variant;
  if (input.author !== undefined) file.author = input.author;
  return file;
}
