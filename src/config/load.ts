import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import { ConfigError } from '../errors.js';
import { isInside } from '../paths.js';
import { isValidRepository, joinImage } from '../registry/reference.js';
import { isValidBuildArgName, isValidPlatform } from './names.js';
import { parseSize } from './sizes.js';
import { nearest } from './suggest.js';
import { validateTagTemplate } from '../image/tags.js';
import type {
  BaselineConfig,
  BudgetConfig,
  Config,
  EngineChoice,
  SmokeConfig,
  SourceLocation,
  TargetConfig,
  TraceConfig,
} from './types.js';

const TOP_KEYS = ['version', 'registry', 'concurrency', 'independent', 'engine', 'targets'] as const;
const TARGET_KEYS = [
  'context',
  'install',
  'build',
  'prune',
  'artifacts',
  'dockerfile',
  'image',
  'tags',
  'build-args',
  'platforms',
  'smoke',
  'baseline',
  'budget',
  'allow-run',
  'allow-dev-dependencies',
  'allow-copy-from',
  'cache-from',
  'cache-to',
  'trace',
  'trace-include',
] as const;
const SMOKE_KEYS = ['port', 'path', 'timeout', 'env'] as const;
const BASELINE_KEYS = ['dockerfile', 'seconds'] as const;
const BUDGET_KEYS = ['image-size', 'artifacts-size'] as const;
const ENGINES: readonly EngineChoice[] = ['auto', 'buildx', 'docker', 'oci'];
const MAX_TARGET_NAME = 64;
/** Linux limits one argument to 128 KiB and the whole command line with its environment to 2 MiB. */
const MAX_BUILD_ARG_BYTES = 64 * 1024;
const MAX_BUILD_ARGS_BYTES = 512 * 1024;

const TARGET_NAME = /^[a-z0-9][a-z0-9_-]*$/i;

/** Reads and validates a config file; every error names the file, line and column. */
export function loadConfig(file: string): Config {
  const absolute = path.resolve(file);
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error: unknown) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : String(error);
    throw new ConfigError(
      `cannot read the config file (${why}); set the \`config\` input or --config to its path`,
      { file: absolute },
      { cause: error },
    );
  }
  return parseConfig(text, absolute);
}

export function parseConfig(text: string, file: string): Config {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const reader = new Reader(file, lines);
  const firstError = doc.errors[0];
  if (firstError) {
    const [offset] = firstError.pos;
    throw new ConfigError(
      `invalid YAML: ${firstError.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
      reader.at(offset),
    );
  }
  const root = doc.contents;
  if (!isMap(root))
    throw new ConfigError(
      'the config must be a mapping with `version` and `targets`',
      reader.locate(root ?? undefined),
    );
  const top = reader.keys(root, TOP_KEYS, 'the top level');
  const versionNode = top.get('version');
  if (!versionNode) throw new ConfigError('`version: 1` is missing', reader.locate(root));
  if (reader.scalar(versionNode) !== 1)
    throw new ConfigError('unsupported version; this release reads `version: 1`', reader.locate(versionNode));
  const dir = path.dirname(file);
  const registry = top.has('registry') ? reader.string(top.get('registry')!, 'registry') : undefined;
  // checked as the prefix of an image, so a bare host with a port (localhost:5000) passes
  if (registry !== undefined && !isValidRepository(`${registry.replace(/\/+$/, '')}/image`)) {
    throw new ConfigError(
      `\`registry\` "${registry}" is not a registry host or repository prefix (e.g. ghcr.io/acme)`,
      reader.locate(top.get('registry')),
    );
  }
  const config: Config = { file, dir, version: 1, independent: false, targets: [] };
  if (registry !== undefined) config.registry = registry.replace(/\/+$/, '');
  if (top.has('concurrency')) config.concurrency = reader.positiveInt(top.get('concurrency')!, 'concurrency');
  if (top.has('independent')) config.independent = reader.bool(top.get('independent')!, 'independent');
  if (top.has('engine')) config.engine = reader.oneOf(top.get('engine')!, 'engine', ENGINES);

  const targetsNode = top.get('targets');
  if (!targetsNode || !isMap(targetsNode) || targetsNode.items.length === 0) {
    throw new ConfigError(
      '`targets` must map at least one target name to its settings',
      reader.locate(targetsNode ?? root),
    );
  }
  for (const pair of targetsNode.items) {
    const name = reader.keyName(pair);
    if (!TARGET_NAME.test(name)) {
      throw new ConfigError(
        `target name "${name}" may hold only letters, digits, - and _`,
        reader.locate(pair.key as Node),
      );
    }
    // the name becomes file names, container names and the default image name
    if (name.length > MAX_TARGET_NAME) {
      throw new ConfigError(
        `target name "${name.slice(0, 20)}…" is ${name.length} characters long; use at most ${MAX_TARGET_NAME}`,
        reader.locate(pair.key as Node),
      );
    }
    config.targets.push(parseTarget(reader, name, pair, dir, config.registry));
  }
  return config;
}

function parseTarget(
  reader: Reader,
  name: string,
  pair: Pair,
  dir: string,
  registry: string | undefined,
): TargetConfig {
  const node = pair.value as Node | null;
  const where = `target \`${name}\``;
  if (!isMap(node))
    throw new ConfigError(
      `${where} must be a mapping (context, artifacts, ...)`,
      reader.locate((pair.key as Node) ?? undefined),
    );
  const keys = reader.keys(node, TARGET_KEYS, where);
  const locations: Record<string, SourceLocation> = { '': reader.locate(pair.key as Node) };
  for (const [key, value] of keys) locations[key] = reader.locate(value);
  const required = (key: (typeof TARGET_KEYS)[number]): Node => {
    const value = keys.get(key);
    if (!value) throw new ConfigError(`${where} needs \`${key}\``, locations['']);
    return value;
  };

  const context = path.resolve(dir, reader.relativePath(required('context'), `${name}.context`));
  const artifactsNode = required('artifacts');
  const artifacts = reader
    .stringList(artifactsNode, `${name}.artifacts`)
    .map((a, i) => normaliseArtifact(reader, itemNode(artifactsNode, i), a));
  if (artifacts.length === 0)
    throw new ConfigError(
      `${where}: \`artifacts\` is empty; list what the image copies (dist, node_modules, package.json)`,
      locations.artifacts,
    );

  const imageNode = keys.get('image');
  const imageName = imageNode ? reader.string(imageNode, `${name}.image`) : name;
  const image = joinImage(registry, imageName);
  if (!isValidRepository(image)) {
    throw new ConfigError(
      `image "${image}" is not a valid repository name: lowercase letters, digits and separators (. _ -), components joined by /, no tag (use \`tags\`)`,
      imageNode ? reader.locate(imageNode) : locations[''],
    );
  }

  const target: TargetConfig = {
    name,
    context,
    build: keys.has('build') ? reader.stringOrList(keys.get('build')!, `${name}.build`) : [],
    artifacts,
    dockerfile: path.resolve(
      context,
      keys.has('dockerfile') ? reader.relativePath(keys.get('dockerfile')!, `${name}.dockerfile`) : 'Dockerfile',
    ),
    image,
    tags: keys.has('tags') ? reader.stringList(keys.get('tags')!, `${name}.tags`) : [],
    buildArgs: keys.has('build-args') ? reader.stringMap(keys.get('build-args')!, `${name}.build-args`) : {},
    platforms: keys.has('platforms') ? reader.stringList(keys.get('platforms')!, `${name}.platforms`) : [],
    budget: keys.has('budget') ? parseBudget(reader, keys.get('budget')!, name) : {},
    allowRun: keys.has('allow-run') ? reader.bool(keys.get('allow-run')!, `${name}.allow-run`) : false,
    allowDevDependencies: keys.has('allow-dev-dependencies')
      ? reader.bool(keys.get('allow-dev-dependencies')!, `${name}.allow-dev-dependencies`)
      : false,
    allowCopyFrom: keys.has('allow-copy-from')
      ? reader.stringList(keys.get('allow-copy-from')!, `${name}.allow-copy-from`)
      : [],
    locations,
  };
  if (keys.has('cache-from')) target.cacheFrom = reader.stringList(keys.get('cache-from')!, `${name}.cache-from`);
  if (keys.has('cache-to')) target.cacheTo = reader.stringList(keys.get('cache-to')!, `${name}.cache-to`);
  if (keys.has('install')) target.install = reader.string(keys.get('install')!, `${name}.install`);
  if (keys.has('prune')) {
    const prune = keys.get('prune')!;
    const value = reader.scalar(prune);
    if (value === false) target.prune = false;
    else if (typeof value === 'string' && value.trim()) target.prune = value;
    else throw new ConfigError(`\`${name}.prune\` must be a command or false`, reader.locate(prune));
  }
  for (const [i, tag] of target.tags.entries()) {
    const problem = validateTagTemplate(tag);
    if (problem) throw new ConfigError(`tag "${tag}": ${problem}`, reader.locate(itemNode(keys.get('tags')!, i)));
  }
  let argBytes = 0;
  for (const [argName, value] of Object.entries(target.buildArgs)) {
    if (!isValidBuildArgName(argName)) {
      throw new ConfigError(
        `build-arg name "${argName}" must be a letter or _ followed by letters, digits or _`,
        reader.locate(keyNode(keys.get('build-args')!, argName)),
      );
    }
    // each goes on the builder's command line, where the system limits one argument (and all together)
    const bytes = Buffer.byteLength(value);
    argBytes += bytes;
    if (bytes > MAX_BUILD_ARG_BYTES || argBytes > MAX_BUILD_ARGS_BYTES) {
      throw new ConfigError(
        bytes > MAX_BUILD_ARG_BYTES
          ? `build-arg ${argName} is ${bytes} bytes; a value may hold at most ${MAX_BUILD_ARG_BYTES / 1024} KiB (it goes on the command line): put large content in a file among the artifacts`
          : `the build-args are ${argBytes} bytes together; they may hold at most ${MAX_BUILD_ARGS_BYTES / 1024} KiB (they go on the command line): put large content in a file among the artifacts`,
        reader.locate(keyNode(keys.get('build-args')!, argName)),
      );
    }
  }
  for (const key of ['dockerfile'] as const) {
    if (keys.has(key) && !isInside(target.dockerfile, path.resolve(dir))) {
      throw new ConfigError(
        `\`${name}.${key}\` (${target.dockerfile}) is outside ${dir}; the Dockerfile must be in the repository`,
        locations[key],
      );
    }
  }
  for (const [i, platform] of target.platforms.entries()) {
    if (!isValidPlatform(platform)) {
      throw new ConfigError(
        `platform "${platform}" must look like linux/amd64 or linux/arm64/v8`,
        reader.locate(itemNode(keys.get('platforms')!, i)),
      );
    }
  }
  if (keys.has('trace') || keys.has('trace-include')) target.trace = parseTrace(reader, keys, name, artifacts);
  if (keys.has('smoke')) target.smoke = parseSmoke(reader, keys.get('smoke')!, name);
  if (keys.has('baseline')) target.baseline = parseBaseline(reader, keys.get('baseline')!, name, context);
  return target;
}

function normaliseArtifact(reader: Reader, node: Node | undefined, artifact: string): string {
  const clean = path.posix.normalize(artifact.replace(/\\/g, '/')).replace(/\/+$/, '');
  if (path.posix.isAbsolute(clean) || clean === '..' || clean.startsWith('../') || clean === '.' || clean === '') {
    throw new ConfigError(
      `artifact "${artifact}" must be a path inside the target's context (like dist or node_modules)`,
      reader.locate(node),
    );
  }
  return clean;
}

/**
 * `trace` names the server's entry files; `trace-include` adds node_modules files the tracer
 * cannot see. Only node_modules is reduced (the other artifacts ship whole), so both must point
 * where the image gets its files from.
 */
function parseTrace(
  reader: Reader,
  keys: Map<(typeof TARGET_KEYS)[number], Node>,
  name: string,
  artifacts: readonly string[],
): TraceConfig {
  const entriesNode = keys.get('trace');
  if (!entriesNode) {
    throw new ConfigError(
      `\`${name}.trace-include\` only adds to a trace: set \`trace\` to the server's entry files, e.g. [dist/main.js]`,
      reader.locate(keys.get('trace-include')),
    );
  }
  if (!artifacts.includes('node_modules')) {
    throw new ConfigError(
      `\`${name}.trace\` reduces the node_modules artifact, and \`artifacts\` has none; add node_modules to \`artifacts\` or remove \`trace\``,
      reader.locate(entriesNode),
    );
  }
  const entries = reader.stringOrList(entriesNode, `${name}.trace`).map((entry, i) => {
    const node = itemNode(entriesNode, i);
    const clean = normaliseArtifact(reader, node, entry);
    if (isInside(clean, 'node_modules')) {
      throw new ConfigError(
        `trace entry "${entry}" is inside node_modules; name the app's own entry files (e.g. dist/main.js)`,
        reader.locate(node),
      );
    }
    if (!artifacts.some((a) => isInside(clean, a))) {
      throw new ConfigError(
        `trace entry "${entry}" is in none of the artifacts (${artifacts.join(', ')}), so the image would not have it`,
        reader.locate(node),
      );
    }
    return clean;
  });
  const includeNode = keys.get('trace-include');
  const include = includeNode
    ? reader.stringOrList(includeNode, `${name}.trace-include`).map((glob, i) => {
        const clean = glob.replace(/\\/g, '/').replace(/^\.\//, '');
        if (!clean.startsWith('node_modules/')) {
          throw new ConfigError(
            `trace-include "${glob}" must start with node_modules/ (only node_modules is traced; other artifacts ship whole), e.g. "node_modules/some-pkg/templates/**"`,
            reader.locate(itemNode(includeNode, i)),
          );
        }
        return clean;
      })
    : [];
  return { entries, include };
}

function parseSmoke(reader: Reader, node: Node, name: string): SmokeConfig {
  if (!isMap(node))
    throw new ConfigError(
      `\`${name}.smoke\` must be a mapping like { port: 3000, path: /health }`,
      reader.locate(node),
    );
  const keys = reader.keys(node, SMOKE_KEYS, `${name}.smoke`);
  const portNode = keys.get('port');
  if (!portNode) throw new ConfigError(`\`${name}.smoke\` needs \`port\``, reader.locate(node));
  const port = reader.positiveInt(portNode, `${name}.smoke.port`);
  if (port > 65535) throw new ConfigError(`\`${name}.smoke.port\` must be at most 65535`, reader.locate(portNode));
  const smokePath = keys.has('path') ? reader.string(keys.get('path')!, `${name}.smoke.path`) : '/';
  if (!smokePath.startsWith('/'))
    throw new ConfigError(`\`${name}.smoke.path\` must start with /`, reader.locate(keys.get('path')));
  return {
    port,
    path: smokePath,
    timeout: keys.has('timeout') ? reader.positiveInt(keys.get('timeout')!, `${name}.smoke.timeout`) : 60,
    env: keys.has('env') ? reader.stringMap(keys.get('env')!, `${name}.smoke.env`) : {},
  };
}

function parseBaseline(reader: Reader, node: Node, name: string, context: string): BaselineConfig {
  if (!isMap(node))
    throw new ConfigError(`\`${name}.baseline\` must be { dockerfile: FILE } or { seconds: N }`, reader.locate(node));
  const keys = reader.keys(node, BASELINE_KEYS, `${name}.baseline`);
  if (keys.has('dockerfile') === keys.has('seconds')) {
    throw new ConfigError(
      `\`${name}.baseline\` takes exactly one of \`dockerfile\` or \`seconds\``,
      reader.locate(node),
    );
  }
  if (keys.has('seconds'))
    return { kind: 'seconds', seconds: reader.positiveNumber(keys.get('seconds')!, `${name}.baseline.seconds`) };
  return {
    kind: 'dockerfile',
    dockerfile: path.resolve(context, reader.relativePath(keys.get('dockerfile')!, `${name}.baseline.dockerfile`)),
  };
}

function parseBudget(reader: Reader, node: Node, name: string): BudgetConfig {
  if (!isMap(node))
    throw new ConfigError(`\`${name}.budget\` must be a mapping like { image-size: 500MB }`, reader.locate(node));
  const keys = reader.keys(node, BUDGET_KEYS, `${name}.budget`);
  const budget: BudgetConfig = {};
  const size = (key: 'image-size' | 'artifacts-size'): number | undefined => {
    const value = keys.get(key);
    if (!value) return undefined;
    const raw = reader.scalar(value);
    const bytes = typeof raw === 'string' || typeof raw === 'number' ? parseSize(raw) : undefined;
    if (bytes === undefined)
      throw new ConfigError(`\`${name}.budget.${key}\` must be a size like 500MB or 1.5GB`, reader.locate(value));
    return bytes;
  };
  const image = size('image-size');
  const artifacts = size('artifacts-size');
  if (image !== undefined) budget.imageSize = image;
  if (artifacts !== undefined) budget.artifactsSize = artifacts;
  return budget;
}

function itemNode(node: Node, index: number): Node | undefined {
  return isSeq(node) ? (node.items[index] as Node | undefined) : node;
}

function keyNode(node: Node, key: string): Node {
  const pair = isMap(node) ? node.items.find((p) => isScalar(p.key) && String(p.key.value) === key) : undefined;
  return (pair?.key as Node | undefined) ?? node;
}

/** Typed access to YAML nodes that turns every wrong shape into a ConfigError with its position. */
class Reader {
  constructor(
    private readonly file: string,
    private readonly lines: LineCounter,
  ) {}

  at(offset: number): SourceLocation {
    const { line, col } = this.lines.linePos(offset);
    return { file: this.file, line, column: col };
  }

  locate(node: Node | null | undefined): SourceLocation {
    return node?.range ? this.at(node.range[0]) : { file: this.file };
  }

  keyName(pair: Pair): string {
    const key = pair.key as Node | null;
    if (!isScalar(key) || (typeof key.value !== 'string' && typeof key.value !== 'number')) {
      throw new ConfigError('keys must be plain names', this.locate(key));
    }
    return String(key.value);
  }

  /** The map's entries by key; an unknown key is an error that suggests the nearest valid one. */
  keys<K extends string>(map: YAMLMap, allowed: readonly K[], where: string): Map<K, Node> {
    const result = new Map<K, Node>();
    for (const pair of map.items) {
      const name = this.keyName(pair);
      if (!(allowed as readonly string[]).includes(name)) {
        const guess = nearest(name, allowed);
        const hint = guess ? `did you mean \`${guess}\`?` : `valid keys: ${allowed.join(', ')}`;
        throw new ConfigError(`unknown key \`${name}\` in ${where}; ${hint}`, this.locate(pair.key as Node));
      }
      // a key without a value (`smoke:`) reads as null: keep its position for the error
      result.set(name as K, (pair.value as Node | null) ?? (pair.key as Node));
    }
    return result;
  }

  scalar(node: Node): unknown {
    return isScalar(node) ? node.value : undefined;
  }

  string(node: Node, key: string): string {
    const value = this.scalar(node);
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (typeof value === 'number') return String(value);
    throw new ConfigError(`\`${key}\` must be a non-empty string`, this.locate(node));
  }

  relativePath(node: Node, key: string): string {
    const value = this.string(node, key);
    if (value.includes('\0')) throw new ConfigError(`\`${key}\` is not a valid path`, this.locate(node));
    return value;
  }

  bool(node: Node, key: string): boolean {
    const value = this.scalar(node);
    if (typeof value === 'boolean') return value;
    throw new ConfigError(`\`${key}\` must be true or false`, this.locate(node));
  }

  positiveNumber(node: Node, key: string): number {
    const value = this.scalar(node);
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) return value;
    throw new ConfigError(`\`${key}\` must be a positive number`, this.locate(node));
  }

  positiveInt(node: Node, key: string): number {
    const value = this.positiveNumber(node, key);
    if (Number.isInteger(value)) return value;
    throw new ConfigError(`\`${key}\` must be a whole number`, this.locate(node));
  }

  oneOf<T extends string>(node: Node, key: string, allowed: readonly T[]): T {
    const value = this.scalar(node);
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    throw new ConfigError(`\`${key}\` must be one of ${allowed.join(', ')}`, this.locate(node));
  }

  stringList(node: Node, key: string): string[] {
    if (!isSeq(node)) {
      throw new ConfigError(`\`${key}\` must be a list, e.g. [a, b]`, this.locate(node));
    }
    return node.items.map((item) => this.string(item as Node, `${key}[]`));
  }

  stringOrList(node: Node, key: string): string[] {
    return isSeq(node) ? this.stringList(node, key) : [this.string(node, key)];
  }

  stringMap(node: Node, key: string): Record<string, string> {
    if (!isMap(node)) throw new ConfigError(`\`${key}\` must be a mapping of names to values`, this.locate(node));
    const result: Record<string, string> = {};
    for (const pair of node.items) {
      const name = this.keyName(pair);
      const value = this.scalar(pair.value as Node);
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
        throw new ConfigError(
          `\`${key}.${name}\` must be a string, number or boolean`,
          this.locate((pair.value as Node) ?? (pair.key as Node)),
        );
      }
      result[name] = String(value);
    }
    return result;
  }
}
