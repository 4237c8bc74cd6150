import { createRequire as __adbCreateRequire } from 'node:module';
const require = __adbCreateRequire(import.meta.url);
export const id = 781;
export const ids = [781,476];
export const modules = {

/***/ 7555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ loadConfig)
});

// UNUSED EXPORTS: parseConfig

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(9310);
;// CONCATENATED MODULE: ./src/config/names.ts
/**
 * Names other than image references that reach a command line (image references are checked by
 * registry/reference.ts): checked before any command runs so nothing from the config can turn
 * into a flag or a malformed argv.
 */
const BUILD_ARG = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;
const LABEL_KEY = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
const isValidBuildArgName = (name) => BUILD_ARG.test(name);
const isValidPlatform = (platform) => PLATFORM.test(platform);
const isValidLabelKey = (key) => LABEL_KEY.test(key);

;// CONCATENATED MODULE: ./src/config/sizes.ts
const UNITS = {
    b: 1,
    kb: 1e3,
    mb: 1e6,
    gb: 1e9,
    kib: 1024,
    mib: 1024 ** 2,
    gib: 1024 ** 3,
};
/** "500MB", "1.5 GiB" or a plain number of bytes; MB is decimal, as docker prints sizes. */
function parseSize(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) && value > 0 ? value : undefined;
    const m = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(value);
    if (!m)
        return undefined;
    const unit = UNITS[(m[2] || 'b').toLowerCase()];
    if (unit === undefined)
        return undefined;
    // a budget of 0 bytes (as `0MB` reads) fails every image: rejected like the number 0
    const bytes = Math.round(Number(m[1]) * unit);
    return bytes > 0 ? bytes : undefined;
}

// EXTERNAL MODULE: ./src/config/suggest.ts
var suggest = __webpack_require__(2784);
// EXTERNAL MODULE: ./src/image/tags.ts
var tags = __webpack_require__(7800);
;// CONCATENATED MODULE: ./src/config/load.ts










const TOP_KEYS = ['version', 'registry', 'concurrency', 'independent', 'engine', 'targets'];
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
];
const SMOKE_KEYS = ['port', 'path', 'timeout', 'env'];
const BASELINE_KEYS = ['dockerfile', 'seconds'];
const BUDGET_KEYS = ['image-size', 'artifacts-size'];
const ENGINES = ['auto', 'buildx', 'docker', 'oci'];
const MAX_TARGET_NAME = 64;
/** Linux limits one argument to 128 KiB and the whole command line with its environment to 2 MiB. */
const MAX_BUILD_ARG_BYTES = 64 * 1024;
const MAX_BUILD_ARGS_BYTES = 512 * 1024;
const TARGET_NAME = /^[a-z0-9][a-z0-9_-]*$/i;
/** Reads and validates a config file; every error names the file, line and column. */
function loadConfig(file) {
    const absolute = external_node_path_default().resolve(file);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(absolute, 'utf8');
    }
    catch (error) {
        const code = error.code;
        const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : String(error);
        throw new errors/* ConfigError */.xL(`cannot read the config file (${why}); set the \`config\` input or --config to its path`, { file: absolute }, { cause: error });
    }
    return parseConfig(text, absolute);
}
function parseConfig(text, file) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const reader = new Reader(file, lines);
    const firstError = doc.errors[0];
    if (firstError) {
        const [offset] = firstError.pos;
        throw new errors/* ConfigError */.xL(`invalid YAML: ${firstError.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`, reader.at(offset));
    }
    const root = doc.contents;
    if (!(0,dist/* isMap */.jh)(root))
        throw new errors/* ConfigError */.xL('the config must be a mapping with `version` and `targets`', reader.locate(root ?? undefined));
    const top = reader.keys(root, TOP_KEYS, 'the top level');
    const versionNode = top.get('version');
    if (!versionNode)
        throw new errors/* ConfigError */.xL('`version: 1` is missing', reader.locate(root));
    if (reader.scalar(versionNode) !== 1)
        throw new errors/* ConfigError */.xL('unsupported version; this release reads `version: 1`', reader.locate(versionNode));
    const dir = external_node_path_default().dirname(file);
    const registry = top.has('registry') ? reader.string(top.get('registry'), 'registry') : undefined;
    // checked as the prefix of an image, so a bare host with a port (localhost:5000) passes
    if (registry !== undefined && !(0,reference/* isValidRepository */.d)(`${registry.replace(/\/+$/, '')}/image`)) {
        throw new errors/* ConfigError */.xL(`\`registry\` "${registry}" is not a registry host or repository prefix (e.g. ghcr.io/acme)`, reader.locate(top.get('registry')));
    }
    const config = { file, dir, version: 1, independent: false, targets: [] };
    if (registry !== undefined)
        config.registry = registry.replace(/\/+$/, '');
    if (top.has('concurrency'))
        config.concurrency = reader.positiveInt(top.get('concurrency'), 'concurrency');
    if (top.has('independent'))
        config.independent = reader.bool(top.get('independent'), 'independent');
    if (top.has('engine'))
        config.engine = reader.oneOf(top.get('engine'), 'engine', ENGINES);
    const targetsNode = top.get('targets');
    if (!targetsNode || !(0,dist/* isMap */.jh)(targetsNode) || targetsNode.items.length === 0) {
        throw new errors/* ConfigError */.xL('`targets` must map at least one target name to its settings', reader.locate(targetsNode ?? root));
    }
    for (const pair of targetsNode.items) {
        const name = reader.keyName(pair);
        if (!TARGET_NAME.test(name)) {
            throw new errors/* ConfigError */.xL(`target name "${name}" may hold only letters, digits, - and _`, reader.locate(pair.key));
        }
        // the name becomes file names, container names and the default image name
        if (name.length > MAX_TARGET_NAME) {
            throw new errors/* ConfigError */.xL(`target name "${name.slice(0, 20)}…" is ${name.length} characters long; use at most ${MAX_TARGET_NAME}`, reader.locate(pair.key));
        }
        config.targets.push(parseTarget(reader, name, pair, dir, config.registry));
    }
    return config;
}
function parseTarget(reader, name, pair, dir, registry) {
    const node = pair.value;
    const where = `target \`${name}\``;
    if (!(0,dist/* isMap */.jh)(node))
        throw new errors/* ConfigError */.xL(`${where} must be a mapping (context, artifacts, ...)`, reader.locate(pair.key ?? undefined));
    const keys = reader.keys(node, TARGET_KEYS, where);
    const locations = { '': reader.locate(pair.key) };
    for (const [key, value] of keys)
        locations[key] = reader.locate(value);
    const required = (key) => {
        const value = keys.get(key);
        if (!value)
            throw new errors/* ConfigError */.xL(`${where} needs \`${key}\``, locations['']);
        return value;
    };
    const context = external_node_path_default().resolve(dir, reader.relativePath(required('context'), `${name}.context`));
    const artifactsNode = required('artifacts');
    const artifacts = reader
        .stringList(artifactsNode, `${name}.artifacts`)
        .map((a, i) => normaliseArtifact(reader, itemNode(artifactsNode, i), a));
    if (artifacts.length === 0)
        throw new errors/* ConfigError */.xL(`${where}: \`artifacts\` is empty; list what the image copies (dist, node_modules, package.json)`, locations.artifacts);
    const imageNode = keys.get('image');
    const imageName = imageNode ? reader.string(imageNode, `${name}.image`) : name;
    const image = (0,reference/* joinImage */.OJ)(registry, imageName);
    if (!(0,reference/* isValidRepository */.d)(image)) {
        throw new errors/* ConfigError */.xL(`image "${image}" is not a valid repository name: lowercase letters, digits and separators (. _ -), components joined by /, no tag (use \`tags\`)`, imageNode ? reader.locate(imageNode) : locations['']);
    }
    const target = {
        name,
        context,
        build: keys.has('build') ? reader.stringOrList(keys.get('build'), `${name}.build`) : [],
        artifacts,
        dockerfile: external_node_path_default().resolve(context, keys.has('dockerfile') ? reader.relativePath(keys.get('dockerfile'), `${name}.dockerfile`) : 'Dockerfile'),
        image,
        tags: keys.has('tags') ? reader.stringList(keys.get('tags'), `${name}.tags`) : [],
        buildArgs: keys.has('build-args') ? reader.stringMap(keys.get('build-args'), `${name}.build-args`) : {},
        platforms: keys.has('platforms') ? reader.stringList(keys.get('platforms'), `${name}.platforms`) : [],
        budget: keys.has('budget') ? parseBudget(reader, keys.get('budget'), name) : {},
        allowRun: keys.has('allow-run') ? reader.bool(keys.get('allow-run'), `${name}.allow-run`) : false,
        allowDevDependencies: keys.has('allow-dev-dependencies')
            ? reader.bool(keys.get('allow-dev-dependencies'), `${name}.allow-dev-dependencies`)
            : false,
        allowCopyFrom: keys.has('allow-copy-from')
            ? reader.stringList(keys.get('allow-copy-from'), `${name}.allow-copy-from`)
            : [],
        locations,
    };
    if (keys.has('cache-from'))
        target.cacheFrom = reader.stringList(keys.get('cache-from'), `${name}.cache-from`);
    if (keys.has('cache-to'))
        target.cacheTo = reader.stringList(keys.get('cache-to'), `${name}.cache-to`);
    if (keys.has('install'))
        target.install = reader.string(keys.get('install'), `${name}.install`);
    if (keys.has('prune')) {
        const prune = keys.get('prune');
        const value = reader.scalar(prune);
        if (value === false)
            target.prune = false;
        else if (typeof value === 'string' && value.trim())
            target.prune = value;
        else
            throw new errors/* ConfigError */.xL(`\`${name}.prune\` must be a command or false`, reader.locate(prune));
    }
    for (const [i, tag] of target.tags.entries()) {
        const problem = (0,tags/* validateTagTemplate */.zw)(tag);
        if (problem)
            throw new errors/* ConfigError */.xL(`tag "${tag}": ${problem}`, reader.locate(itemNode(keys.get('tags'), i)));
    }
    let argBytes = 0;
    for (const [argName, value] of Object.entries(target.buildArgs)) {
        if (!isValidBuildArgName(argName)) {
            throw new errors/* ConfigError */.xL(`build-arg name "${argName}" must be a letter or _ followed by letters, digits or _`, reader.locate(keyNode(keys.get('build-args'), argName)));
        }
        // each goes on the builder's command line, where the system limits one argument (and all together)
        const bytes = Buffer.byteLength(value);
        argBytes += bytes;
        if (bytes > MAX_BUILD_ARG_BYTES || argBytes > MAX_BUILD_ARGS_BYTES) {
            throw new errors/* ConfigError */.xL(bytes > MAX_BUILD_ARG_BYTES
                ? `build-arg ${argName} is ${bytes} bytes; a value may hold at most ${MAX_BUILD_ARG_BYTES / 1024} KiB (it goes on the command line): put large content in a file among the artifacts`
                : `the build-args are ${argBytes} bytes together; they may hold at most ${MAX_BUILD_ARGS_BYTES / 1024} KiB (they go on the command line): put large content in a file among the artifacts`, reader.locate(keyNode(keys.get('build-args'), argName)));
        }
    }
    for (const key of ['dockerfile']) {
        if (keys.has(key) && !(0,paths/* isInside */.F)(target.dockerfile, external_node_path_default().resolve(dir))) {
            throw new errors/* ConfigError */.xL(`\`${name}.${key}\` (${target.dockerfile}) is outside ${dir}; the Dockerfile must be in the repository`, locations[key]);
        }
    }
    for (const [i, platform] of target.platforms.entries()) {
        if (!isValidPlatform(platform)) {
            throw new errors/* ConfigError */.xL(`platform "${platform}" must look like linux/amd64 or linux/arm64/v8`, reader.locate(itemNode(keys.get('platforms'), i)));
        }
    }
    if (keys.has('trace') || keys.has('trace-include'))
        target.trace = parseTrace(reader, keys, name, artifacts);
    if (keys.has('smoke'))
        target.smoke = parseSmoke(reader, keys.get('smoke'), name);
    if (keys.has('baseline'))
        target.baseline = parseBaseline(reader, keys.get('baseline'), name, context);
    return target;
}
function normaliseArtifact(reader, node, artifact) {
    const clean = external_node_path_default().posix.normalize(artifact.replace(/\\/g, '/')).replace(/\/+$/, '');
    if (external_node_path_default().posix.isAbsolute(clean) || clean === '..' || clean.startsWith('../') || clean === '.' || clean === '') {
        throw new errors/* ConfigError */.xL(`artifact "${artifact}" must be a path inside the target's context (like dist or node_modules)`, reader.locate(node));
    }
    return clean;
}
/**
 * `trace` names the server's entry files; `trace-include` adds node_modules files the tracer
 * cannot see. Only node_modules is reduced (the other artifacts ship whole), so both must point
 * where the image gets its files from.
 */
function parseTrace(reader, keys, name, artifacts) {
    const entriesNode = keys.get('trace');
    if (!entriesNode) {
        throw new errors/* ConfigError */.xL(`\`${name}.trace-include\` only adds to a trace: set \`trace\` to the server's entry files, e.g. [dist/main.js]`, reader.locate(keys.get('trace-include')));
    }
    if (!artifacts.includes('node_modules')) {
        throw new errors/* ConfigError */.xL(`\`${name}.trace\` reduces the node_modules artifact, and \`artifacts\` has none; add node_modules to \`artifacts\` or remove \`trace\``, reader.locate(entriesNode));
    }
    const entries = reader.stringOrList(entriesNode, `${name}.trace`).map((entry, i) => {
        const node = itemNode(entriesNode, i);
        const clean = normaliseArtifact(reader, node, entry);
        if ((0,paths/* isInside */.F)(clean, 'node_modules')) {
            throw new errors/* ConfigError */.xL(`trace entry "${entry}" is inside node_modules; name the app's own entry files (e.g. dist/main.js)`, reader.locate(node));
        }
        if (!artifacts.some((a) => (0,paths/* isInside */.F)(clean, a))) {
            throw new errors/* ConfigError */.xL(`trace entry "${entry}" is in none of the artifacts (${artifacts.join(', ')}), so the image would not have it`, reader.locate(node));
        }
        return clean;
    });
    const includeNode = keys.get('trace-include');
    const include = includeNode
        ? reader.stringOrList(includeNode, `${name}.trace-include`).map((glob, i) => {
            const clean = glob.replace(/\\/g, '/').replace(/^\.\//, '');
            if (!clean.startsWith('node_modules/')) {
                throw new errors/* ConfigError */.xL(`trace-include "${glob}" must start with node_modules/ (only node_modules is traced; other artifacts ship whole), e.g. "node_modules/some-pkg/templates/**"`, reader.locate(itemNode(includeNode, i)));
            }
            return clean;
        })
        : [];
    return { entries, include };
}
function parseSmoke(reader, node, name) {
    if (!(0,dist/* isMap */.jh)(node))
        throw new errors/* ConfigError */.xL(`\`${name}.smoke\` must be a mapping like { port: 3000, path: /health }`, reader.locate(node));
    const keys = reader.keys(node, SMOKE_KEYS, `${name}.smoke`);
    const portNode = keys.get('port');
    if (!portNode)
        throw new errors/* ConfigError */.xL(`\`${name}.smoke\` needs \`port\``, reader.locate(node));
    const port = reader.positiveInt(portNode, `${name}.smoke.port`);
    if (port > 65535)
        throw new errors/* ConfigError */.xL(`\`${name}.smoke.port\` must be at most 65535`, reader.locate(portNode));
    const smokePath = keys.has('path') ? reader.string(keys.get('path'), `${name}.smoke.path`) : '/';
    if (!smokePath.startsWith('/'))
        throw new errors/* ConfigError */.xL(`\`${name}.smoke.path\` must start with /`, reader.locate(keys.get('path')));
    return {
        port,
        path: smokePath,
        timeout: keys.has('timeout') ? reader.positiveInt(keys.get('timeout'), `${name}.smoke.timeout`) : 60,
        env: keys.has('env') ? reader.stringMap(keys.get('env'), `${name}.smoke.env`) : {},
    };
}
function parseBaseline(reader, node, name, context) {
    if (!(0,dist/* isMap */.jh)(node))
        throw new errors/* ConfigError */.xL(`\`${name}.baseline\` must be { dockerfile: FILE } or { seconds: N }`, reader.locate(node));
    const keys = reader.keys(node, BASELINE_KEYS, `${name}.baseline`);
    if (keys.has('dockerfile') === keys.has('seconds')) {
        throw new errors/* ConfigError */.xL(`\`${name}.baseline\` takes exactly one of \`dockerfile\` or \`seconds\``, reader.locate(node));
    }
    if (keys.has('seconds'))
        return { kind: 'seconds', seconds: reader.positiveNumber(keys.get('seconds'), `${name}.baseline.seconds`) };
    return {
        kind: 'dockerfile',
        dockerfile: external_node_path_default().resolve(context, reader.relativePath(keys.get('dockerfile'), `${name}.baseline.dockerfile`)),
    };
}
function parseBudget(reader, node, name) {
    if (!(0,dist/* isMap */.jh)(node))
        throw new errors/* ConfigError */.xL(`\`${name}.budget\` must be a mapping like { image-size: 500MB }`, reader.locate(node));
    const keys = reader.keys(node, BUDGET_KEYS, `${name}.budget`);
    const budget = {};
    const size = (key) => {
        const value = keys.get(key);
        if (!value)
            return undefined;
        const raw = reader.scalar(value);
        const bytes = typeof raw === 'string' || typeof raw === 'number' ? parseSize(raw) : undefined;
        if (bytes === undefined)
            throw new errors/* ConfigError */.xL(`\`${name}.budget.${key}\` must be a size like 500MB or 1.5GB`, reader.locate(value));
        return bytes;
    };
    const image = size('image-size');
    const artifacts = size('artifacts-size');
    if (image !== undefined)
        budget.imageSize = image;
    if (artifacts !== undefined)
        budget.artifactsSize = artifacts;
    return budget;
}
function itemNode(node, index) {
    return (0,dist/* isSeq */.oP)(node) ? node.items[index] : node;
}
function keyNode(node, key) {
    const pair = (0,dist/* isMap */.jh)(node) ? node.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === key) : undefined;
    return pair?.key ?? node;
}
/** Typed access to YAML nodes that turns every wrong shape into a ConfigError with its position. */
class Reader {
    file;
    lines;
    constructor(file, lines) {
        this.file = file;
        this.lines = lines;
    }
    at(offset) {
        const { line, col } = this.lines.linePos(offset);
        return { file: this.file, line, column: col };
    }
    locate(node) {
        return node?.range ? this.at(node.range[0]) : { file: this.file };
    }
    keyName(pair) {
        const key = pair.key;
        if (!(0,dist/* isScalar */.jn)(key) || (typeof key.value !== 'string' && typeof key.value !== 'number')) {
            throw new errors/* ConfigError */.xL('keys must be plain names', this.locate(key));
        }
        return String(key.value);
    }
    /** The map's entries by key; an unknown key is an error that suggests the nearest valid one. */
    keys(map, allowed, where) {
        const result = new Map();
        for (const pair of map.items) {
            const name = this.keyName(pair);
            if (!allowed.includes(name)) {
                const guess = (0,suggest/* nearest */.p)(name, allowed);
                const hint = guess ? `did you mean \`${guess}\`?` : `valid keys: ${allowed.join(', ')}`;
                throw new errors/* ConfigError */.xL(`unknown key \`${name}\` in ${where}; ${hint}`, this.locate(pair.key));
            }
            // a key without a value (`smoke:`) reads as null: keep its position for the error
            result.set(name, pair.value ?? pair.key);
        }
        return result;
    }
    scalar(node) {
        return (0,dist/* isScalar */.jn)(node) ? node.value : undefined;
    }
    string(node, key) {
        const value = this.scalar(node);
        if (typeof value === 'string' && value.trim() !== '')
            return value.trim();
        if (typeof value === 'number')
            return String(value);
        throw new errors/* ConfigError */.xL(`\`${key}\` must be a non-empty string`, this.locate(node));
    }
    relativePath(node, key) {
        const value = this.string(node, key);
        if (value.includes('\0'))
            throw new errors/* ConfigError */.xL(`\`${key}\` is not a valid path`, this.locate(node));
        return value;
    }
    bool(node, key) {
        const value = this.scalar(node);
        if (typeof value === 'boolean')
            return value;
        throw new errors/* ConfigError */.xL(`\`${key}\` must be true or false`, this.locate(node));
    }
    positiveNumber(node, key) {
        const value = this.scalar(node);
        if (typeof value === 'number' && Number.isFinite(value) && value > 0)
            return value;
        throw new errors/* ConfigError */.xL(`\`${key}\` must be a positive number`, this.locate(node));
    }
    positiveInt(node, key) {
        const value = this.positiveNumber(node, key);
        if (Number.isInteger(value))
            return value;
        throw new errors/* ConfigError */.xL(`\`${key}\` must be a whole number`, this.locate(node));
    }
    oneOf(node, key, allowed) {
        const value = this.scalar(node);
        if (typeof value === 'string' && allowed.includes(value))
            return value;
        throw new errors/* ConfigError */.xL(`\`${key}\` must be one of ${allowed.join(', ')}`, this.locate(node));
    }
    stringList(node, key) {
        if (!(0,dist/* isSeq */.oP)(node)) {
            throw new errors/* ConfigError */.xL(`\`${key}\` must be a list, e.g. [a, b]`, this.locate(node));
        }
        return node.items.map((item) => this.string(item, `${key}[]`));
    }
    stringOrList(node, key) {
        return (0,dist/* isSeq */.oP)(node) ? this.stringList(node, key) : [this.string(node, key)];
    }
    stringMap(node, key) {
        if (!(0,dist/* isMap */.jh)(node))
            throw new errors/* ConfigError */.xL(`\`${key}\` must be a mapping of names to values`, this.locate(node));
        const result = {};
        for (const pair of node.items) {
            const name = this.keyName(pair);
            const value = this.scalar(pair.value);
            if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
                throw new errors/* ConfigError */.xL(`\`${key}.${name}\` must be a string, number or boolean`, this.locate(pair.value ?? pair.key));
            }
            result[name] = String(value);
        }
        return result;
    }
}


/***/ }),

/***/ 2784:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ nearest)
/* harmony export */ });
/** The nearest valid key, so a typo like `contxt` gets "did you mean `context`?". */
function nearest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const d = distance(word.toLowerCase(), candidate.toLowerCase());
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    // beyond this many edits the suggestion is noise rather than help
    return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return row[b.length];
}


/***/ }),

/***/ 3190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $K: () => (/* binding */ shellArgv),
/* harmony export */   Cj: () => (/* binding */ tailOf),
/* harmony export */   ji: () => (/* binding */ createRunner),
/* harmony export */   zq: () => (/* binding */ displayArgv)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _interrupt_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8476);



const TAIL_LINES = 30;
/** The shell a user's command line (build, install, prune) runs in. */
function shellArgv(command) {
    return process.platform === 'win32' ? ['cmd.exe', '/d', '/s', '/c', command] : ['sh', '-c', command];
}
function displayArgv(argv) {
    return argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}
function tailOf(text, lines = TAIL_LINES) {
    const all = withoutNpmUsage(text.replace(/\s+$/, '').split('\n'));
    return all.slice(-lines).join('\n');
}
/**
 * npm ends an EUSAGE failure (`npm ci` over a lockfile out of sync with package.json, an unknown
 * flag) with some 80 lines of the command's help, which would fill the whole tail and push out
 * the lines that say what is wrong. The help block, from its one-line description before
 * `Usage:` to `Run "npm help <cmd>" for more info`, is replaced by one line.
 */
function withoutNpmUsage(all) {
    const usage = all.findIndex((l) => /^npm (?:error|ERR!) Usage:\s*$/.test(l));
    if (usage < 0)
        return all;
    const end = all.findIndex((l, i) => i > usage && /^npm (?:error|ERR!) Run "npm help [^"]*" for more info\s*$/.test(l));
    if (end < 0)
        return all;
    let start = usage;
    // the command's description and the empty npm line after it belong to the help
    if (start >= 2 && /^npm (?:error|ERR!)\s*$/.test(all[start - 1]) && /^npm (?:error|ERR!) \S/.test(all[start - 2]))
        start -= 2;
    return [
        ...all.slice(0, start),
        `npm error (npm's help for the command, ${end - start + 1} lines, left out)`,
        ...all.slice(end + 1),
    ];
}
function createRunner(logger) {
    return async (argv, options = {}) => {
        const [tool, ...args] = argv;
        if (!tool)
            throw new Error('empty command');
        const display = options.display ?? (argv[0] === 'sh' && argv[1] === '-c' ? argv[2] : displayArgv(argv));
        logger.info(`$ ${display}`);
        let stdout = '';
        let stderr = '';
        // both streams in arrival order, for the tail shown on failure
        let combined = '';
        const started = performance.now();
        const env = options.env ? mergeEnv(options.env) : process.env;
        const line = (text) => {
            combined += `${text}\n`;
            if (!options.quiet)
                logger.info(text);
        };
        const outLines = lineSplitter(line);
        const errLines = lineSplitter(line);
        let code;
        try {
            code = await new Promise((resolve, reject) => {
                // a process group of its own, so an interrupt can end the command and all it started
                const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(tool, args, {
                    cwd: options.cwd,
                    env,
                    detached: process.platform !== 'win32',
                    windowsVerbatimArguments: tool === 'cmd.exe',
                    stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
                });
                const untrack = child.pid !== undefined && process.platform !== 'win32' ? (0,_interrupt_js__WEBPACK_IMPORTED_MODULE_2__/* .trackProcessGroup */ .uU)(child.pid) : () => undefined;
                child.stdout.on('data', (data) => {
                    stdout += data.toString();
                    outLines.push(data.toString());
                });
                child.stderr.on('data', (data) => {
                    stderr += data.toString();
                    errLines.push(data.toString());
                });
                if (options.input !== undefined) {
                    // a command that exits before reading all of its input is not an error of ours
                    child.stdin.on('error', () => undefined);
                    child.stdin.end(options.input);
                }
                child.on('error', (error) => {
                    untrack();
                    reject(error);
                });
                child.on('close', (exitCode, signal) => {
                    untrack();
                    resolve(exitCode ?? (signal ? null : 0));
                });
            });
        }
        catch (error) {
            // the tool could not be started at all (not on PATH, bad cwd, an environment too large)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandError */ .Qd(display, null, error instanceof Error ? error.message : String(error), { cause: error });
        }
        finally {
            outLines.end();
            errLines.end();
        }
        const seconds = (performance.now() - started) / 1000;
        if (code !== 0 && !options.allowFailure)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandError */ .Qd(display, code, tailOf(combined), { seconds });
        return { code: code ?? 128, stdout, stderr, seconds };
    };
}
/** Feeds whole lines to `onLine` as chunks arrive; `end` flushes a last line without its newline. */
function lineSplitter(onLine) {
    let rest = '';
    return {
        push(chunk) {
            const lines = (rest + chunk).split(/\r?\n/);
            rest = lines.pop();
            for (const l of lines)
                onLine(l);
        },
        end() {
            if (rest)
                onLine(rest);
            rest = '';
        },
    };
}
function mergeEnv(extra) {
    const env = {};
    for (const [k, v] of Object.entries({ ...process.env, ...extra }))
        if (v !== undefined)
            env[k] = v;
    return env;
}


/***/ }),

/***/ 2714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ isDefaultBranchPush)
/* harmony export */ });
/** `push: auto` pushes only for a push to the repository's default branch. */
function isDefaultBranchPush(git) {
    return git.event === 'push' && git.ref === `refs/heads/${git.defaultBranch}`;
}


/***/ }),

/***/ 5186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ET: () => (/* binding */ checkoutFiles),
/* harmony export */   KY: () => (/* binding */ workTreeRoot),
/* harmony export */   b$: () => (/* binding */ readCheckout)
/* harmony export */ });
/* unused harmony exports readEventPayload, gitInfoFromActions, httpsRemote */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/** The event's payload (GITHUB_EVENT_PATH); empty when there is none or it does not parse. */
function readEventPayload(file) {
    if (!file)
        return {};
    try {
        return JSON.parse(readFileSync(file, 'utf8'));
    }
    catch {
        return {};
    }
}
/** What the runner's variables say about the commit; pure, so it is tested with tables. */
function gitInfoFromActions(env, payload) {
    const event = env.GITHUB_EVENT_NAME || 'push';
    const ref = env.GITHUB_REF;
    const info = { event, defaultBranch: payload.repository?.default_branch || 'main' };
    if (ref)
        info.ref = ref;
    if (env.GITHUB_SHA)
        info.sha = env.GITHUB_SHA;
    // on pull requests GITHUB_REF_NAME is "7/merge"; the head branch is what people call it
    const branch = env.GITHUB_HEAD_REF || (ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined);
    if (branch)
        info.branch = branch;
    const pr = payload.pull_request?.number;
    if (typeof pr === 'number')
        info.prNumber = pr;
    if (env.GITHUB_RUN_NUMBER)
        info.runNumber = env.GITHUB_RUN_NUMBER;
    if (env.GITHUB_REPOSITORY) {
        info.repository = env.GITHUB_REPOSITORY;
        info.repositoryUrl =
            payload.repository?.html_url || `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}`;
    }
    const timestamp = payload.head_commit?.timestamp ? Date.parse(payload.head_commit.timestamp) : NaN;
    if (Number.isFinite(timestamp))
        info.commitTime = Math.floor(timestamp / 1000);
    return info;
}
async function git(run, cwd, ...args) {
    try {
        const result = await run(['git', ...args], { cwd, quiet: true, allowFailure: true });
        const out = result.stdout.trim();
        return result.code === 0 && out !== '' ? out : undefined;
    }
    catch {
        return undefined;
    }
}
/** "git@github.com:acme/app.git", "ssh://git@github.com/acme/app.git" or "https://github.com/acme/app.git" → https://github.com/acme/app */
function httpsRemote(remote) {
    const ssh = /^git@([^:]+):(.+?)(?:\.git)?$/.exec(remote);
    if (ssh)
        return `https://${ssh[1]}/${ssh[2]}`;
    // the URL form names the ssh port, which the web address does not use
    const sshUrl = /^ssh:\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/(.+?)(?:\.git)?$/.exec(remote);
    if (sshUrl)
        return `https://${sshUrl[1]}/${sshUrl[2]}`;
    const https = /^https?:\/\/(?:[^@/]+@)?(.+?)(?:\.git)?$/.exec(remote);
    return https ? `https://${https[1]}` : undefined;
}
/**
 * The same facts read from a checkout with git, for the CLI and to fill gaps in Actions. Four
 * questions asked at once, each a process start: the commit and its time; the top directory and
 * the branch (one rev-parse, which prints the top directory even before the first commit); the
 * remote's default branch; the remote's address.
 */
async function readCheckout(run, cwd) {
    const [commit, where, originHead, remote] = await Promise.all([
        git(run, cwd, 'log', '-1', '--format=%H %ct', 'HEAD'),
        run(['git', 'rev-parse', '--show-toplevel', '--symbolic-full-name', 'HEAD'], {
            cwd,
            quiet: true,
            allowFailure: true,
        }).catch(() => undefined),
        git(run, cwd, 'symbolic-ref', '--short', '-q', 'refs/remotes/origin/HEAD'),
        git(run, cwd, 'remote', 'get-url', 'origin'),
    ]);
    const [top, head] = where?.stdout.split('\n') ?? [];
    const facts = { info: {} };
    if (top?.startsWith('/'))
        facts.root = top;
    const [sha, time] = commit?.split(' ') ?? [];
    if (!sha)
        return facts;
    const info = facts.info;
    info.sha = sha;
    const commitTime = Number(time);
    if (Number.isFinite(commitTime) && commitTime > 0)
        info.commitTime = commitTime;
    if (where?.code === 0 && head?.startsWith('refs/heads/'))
        info.branch = head.slice('refs/heads/'.length);
    if (originHead)
        info.defaultBranch = originHead.replace(/^origin\//, '');
    const url = remote ? httpsRemote(remote) : undefined;
    if (url)
        info.repositoryUrl = url;
    return facts;
}
/** The top directory of the git work tree that holds `cwd`; undefined outside one (or without git). */
async function workTreeRoot(run, cwd) {
    const top = await run(['git', 'rev-parse', '--show-toplevel'], { cwd, quiet: true, allowFailure: true }).catch(() => undefined);
    return (top?.code === 0 && top.stdout.trim()) || undefined;
}
/**
 * The files of `dir` a fresh checkout would have, relative to it: git's tracked files plus the
 * untracked ones it does not ignore (this run's node_modules and build output are ignored).
 * Undefined outside a git work tree.
 */
async function checkoutFiles(run, dir) {
    const listed = await run(['git', 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
        cwd: dir,
        quiet: true,
        allowFailure: true,
    });
    if (listed.code !== 0)
        return undefined;
    return listed.stdout.split('\0').filter((f) => f !== '');
}


/***/ }),

/***/ 7800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $o: () => (/* binding */ computeTags),
/* harmony export */   _A: () => (/* binding */ cacheTags),
/* harmony export */   zw: () => (/* binding */ validateTagTemplate)
/* harmony export */ });
/* unused harmony exports sanitizeTag, expandTag */
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9310);
/* harmony import */ var _git_info_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2714);


const PLACEHOLDERS = ['sha', 'sha7', 'branch', 'run', 'version'];
/** Why a tag template can never give a valid tag, or undefined when it is fine. */
function validateTagTemplate(template) {
    for (const m of template.matchAll(/\{([^}]*)\}/g)) {
        if (!PLACEHOLDERS.includes(m[1])) {
            return `unknown placeholder {${m[1]}}; known: ${PLACEHOLDERS.map((p) => `{${p}}`).join(' ')}`;
        }
    }
    // placeholders expand to tag-safe text, so checking with a stand-in is enough
    const sample = template.replace(/\{[^}]*\}/g, 'x');
    if (sample.startsWith('-') || sample.startsWith('.'))
        return 'a tag must not start with - or .';
    if (!(0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .isValidTag */ .r_)(sample))
        return 'a tag holds only letters, digits, _ . - and at most 128 characters';
    return undefined;
}
/** Branch names hold / and other characters a tag can't: feature/x → feature-x, as metadata-action does. */
function sanitizeTag(text) {
    return text
        .replace(/[^A-Za-z0-9_.-]+/g, '-')
        .replace(/^[-.]+/, '')
        .slice(0, 128);
}
/** Expands a template; undefined when a placeholder has no value here (no sha outside git). */
function expandTag(template, ctx) {
    const values = {
        sha: ctx.git.sha,
        sha7: ctx.git.sha?.slice(0, 7),
        branch: ctx.git.branch === undefined ? undefined : sanitizeTag(ctx.git.branch),
        run: ctx.git.runNumber,
        version: ctx.version === undefined ? undefined : sanitizeTag(ctx.version),
    };
    let missing = false;
    const tag = template.replace(/\{([a-z0-9]+)\}/g, (_m, name) => {
        const value = values[name];
        if (!value)
            missing = true;
        return value ?? '';
    });
    return missing || !(0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .isValidTag */ .r_)(tag) ? undefined : tag;
}
/**
 * The tags a target gets: sha-<7>, the branch (pr-N on pull requests), latest on the default
 * branch, then the config's own templates. Duplicates removed, order kept.
 */
function computeTags(templates, ctx) {
    const { git } = ctx;
    const tags = [];
    if (git.sha)
        tags.push(`sha-${git.sha.slice(0, 7)}`);
    if (git.prNumber !== undefined)
        tags.push(`pr-${git.prNumber}`);
    else if (git.branch)
        tags.push(sanitizeTag(git.branch));
    const onDefault = git.event === 'local' ? git.branch === git.defaultBranch : (0,_git_info_js__WEBPACK_IMPORTED_MODULE_1__/* .isDefaultBranchPush */ .i)(git);
    if (onDefault)
        tags.push('latest');
    for (const template of templates)
        tags.push(expandTag(template, ctx));
    const unique = [...new Set(tags.filter((t) => t !== undefined && t !== ''))];
    return unique.length > 0 ? unique : ['latest'];
}
/**
 * Tags whose images an earlier run pushed and whose layers this build can reuse (BuildKit's
 * registry cache import): this branch's own (pr-N on pull requests), then the default branch's
 * `latest`. Per-commit tags (sha-...) are left out: they never exist before the push.
 */
function cacheTags(git) {
    const tags = [];
    if (git.prNumber !== undefined)
        tags.push(`pr-${git.prNumber}`);
    else if (git.branch)
        tags.push(sanitizeTag(git.branch));
    tags.push('latest');
    return [...new Set(tags.filter((t) => t !== ''))];
}


/***/ }),

/***/ 8476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lx: () => (/* binding */ exitOnSignals),
/* harmony export */   exitStatus: () => (/* binding */ exitStatus),
/* harmony export */   nA: () => (/* binding */ onInterrupt),
/* harmony export */   uU: () => (/* binding */ trackProcessGroup)
/* harmony export */ });
/* unused harmony exports interrupted, signalExitCode */
const pending = new Set();
/** process groups of running commands (their leaders' pids) */
const groups = new Set();
function onInterrupt(undo) {
    pending.add(undo);
    return () => {
        pending.delete(undo);
    };
}
function trackProcessGroup(pid) {
    groups.add(pid);
    return () => {
        groups.delete(pid);
    };
}
/** Kills every running command's process group, then runs the undos, newest first; never throws. */
async function interrupted(signal, timeoutMs = 20_000) {
    for (const pid of groups) {
        try {
            // the negative pid is the whole group: the command and everything it started
            process.kill(-pid, signal === 'SIGINT' ? 'SIGINT' : 'SIGTERM');
        }
        catch {
            // the group is gone already
        }
    }
    const undos = [...pending].reverse();
    pending.clear();
    const all = (async () => {
        for (const undo of undos) {
            try {
                await undo();
            }
            catch {
                // best effort: the next one may still work
            }
        }
    })();
    await Promise.race([all, new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())]);
    for (const pid of groups) {
        try {
            process.kill(-pid, 'SIGKILL');
        }
        catch {
            // gone
        }
    }
}
/** The exit status of a process ended by `signal`, as a shell reports it: 128 + the signal's number. */
function signalExitCode(signal) {
    return signal === 'SIGINT' ? 130 : 143;
}
/** the exit status of a stop under way, once its cleanup is done */
let stopping;
/**
 * The status the process exits with: a run that ends while a signal's cleanup is under way (the
 * killed command fails its phase, and the pipeline returns) waits for that cleanup and exits with
 * the signal's status, not with the failure the signal caused.
 */
async function exitStatus(code) {
    return stopping ? await stopping : code;
}
/**
 * For the glue: on SIGINT or SIGTERM, say so, undo what is registered and exit with the
 * signal's status. A second signal while cleaning up exits at once.
 */
function exitOnSignals(say) {
    const stop = (signal) => {
        if (stopping)
            process.exit(signalExitCode(signal));
        say(`${signal}: stopping the running commands, removing the smoke-test container and temporary files`);
        stopping = interrupted(signal).then(() => signalExitCode(signal));
        void stopping.then((code) => process.exit(code));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
}


/***/ }),

/***/ 8431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ isInside),
/* harmony export */   V: () => (/* binding */ inNodeModules)
/* harmony export */ });
/**
 * Tests on '/'-separated, normalised paths: relative to one root (a context, the repository, an
 * image) or absolute (path.resolve's output on the runners' Linux).
 */
/** Whether `child` is `parent` or lies below it; '' is the root, which holds every relative path. */
function isInside(child, parent) {
    if (parent === '')
        return !child.startsWith('/');
    return child === parent || child.startsWith(parent.endsWith('/') ? parent : `${parent}/`);
}
/** Whether some segment of `rel` is node_modules: a dependency's file, not the app's own. */
function inNodeModules(rel) {
    return (rel === 'node_modules' ||
        rel.startsWith('node_modules/') ||
        rel.includes('/node_modules/') ||
        rel.endsWith('/node_modules'));
}


/***/ }),

/***/ 9310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   K: () => (/* binding */ inNamedRegistry),
/* harmony export */   OJ: () => (/* binding */ joinImage),
/* harmony export */   RK: () => (/* binding */ splitTag),
/* harmony export */   Tn: () => (/* binding */ manifestReference),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   d: () => (/* binding */ isValidRepository),
/* harmony export */   jW: () => (/* binding */ isLoopbackRegistry),
/* harmony export */   nz: () => (/* binding */ apiHost),
/* harmony export */   r_: () => (/* binding */ isValidTag),
/* harmony export */   sg: () => (/* binding */ DOCKER_HUB_API)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

const DOCKER_HUB = 'docker.io';
/** where Docker Hub's registry API answers; docker.io itself only redirects */
const DOCKER_HUB_API = 'registry-1.docker.io';
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;
const HOST = /^(?:\[[0-9a-fA-F:.]+\]|[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*)(?::\d+)?$/;
const isValidTag = (tag) => TAG.test(tag);
/** The first component is a registry host when it has a dot or a port, or is localhost. */
function isRegistryHost(component) {
    return component === 'localhost' || component.includes('.') || component.includes(':') || component.startsWith('[');
}
/** A name without tag or digest, split into its registry host (when it names one) and path components. */
function splitName(name) {
    const parts = name.split('/');
    if (parts.length > 1 && isRegistryHost(parts[0]))
        return { host: parts[0], components: parts.slice(1) };
    return { components: parts };
}
/**
 * Whether an image names its registry host. Only then are its earlier pushes offered as cache:
 * a bare name (`backend`) would make the engine ask Docker Hub for someone else's `backend`.
 */
function inNamedRegistry(image) {
    return splitName(image).host !== undefined;
}
/** A repository reference without tag or digest: [host[:port]/]path/components */
function isValidRepository(reference) {
    if (reference.length > 255)
        return false;
    const { host, components } = splitName(reference);
    if (host !== undefined && !HOST.test(host))
        return false;
    return components.length > 0 && components.every((c) => COMPONENT.test(c));
}
/** Joins a relative image name to the registry prefix; a full reference stays as it is. */
function joinImage(registry, image) {
    if (!registry || inNamedRegistry(image))
        return image;
    return `${registry.replace(/\/+$/, '')}/${image}`;
}
/** Splits repository:tag, minding a registry port (localhost:5000/app:1 → localhost:5000/app, 1). */
function splitTag(reference) {
    const slash = reference.lastIndexOf('/');
    const colon = reference.lastIndexOf(':');
    if (colon > slash)
        return { repository: reference.slice(0, colon), tag: reference.slice(colon + 1) };
    return { repository: reference };
}
function parseReference(text) {
    const fail = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BuildError */ .zS(`invalid image reference "${text}": ${why}`);
    };
    if (!text)
        fail('it is empty');
    let rest = text;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            fail(`"${digest}" is not a digest`);
        if (digest.startsWith('sha256:') && !/^sha256:[a-f0-9]{64}$/.test(digest))
            fail(`"${digest}" is not a sha256 digest`);
    }
    const split = splitTag(rest);
    const tag = split.tag;
    if (tag !== undefined && !TAG.test(tag))
        fail(`"${tag}" is not a valid tag`);
    const { host, components: parts } = splitName(split.repository);
    let registry = DOCKER_HUB;
    if (host !== undefined) {
        if (!HOST.test(host))
            fail(`"${host}" is not a valid registry host`);
        registry = host;
    }
    if (registry === 'index.docker.io' || registry === DOCKER_HUB_API)
        registry = DOCKER_HUB;
    if (registry === DOCKER_HUB && parts.length === 1)
        parts.unshift('library');
    for (const part of parts) {
        if (!COMPONENT.test(part))
            fail(part && part !== part.toLowerCase()
                ? 'repository names must be lowercase'
                : `"${part}" is not a valid path component`);
    }
    const repository = parts.join('/');
    if (repository.length > 255)
        fail('the repository name is longer than 255 characters');
    const ref = { registry, repository };
    if (tag !== undefined)
        ref.tag = tag;
    if (digest !== undefined)
        ref.digest = digest;
    // like docker pull, a bare name means :latest
    if (tag === undefined && digest === undefined)
        ref.tag = 'latest';
    return ref;
}
/** The host the registry API is reached at. */
function apiHost(registry) {
    return registry === DOCKER_HUB ? DOCKER_HUB_API : registry;
}
/** `registry/repository[:tag][@digest]`, fully qualified. */
function formatReference(ref) {
    return `${ref.registry}/${ref.repository}${ref.tag === undefined ? '' : `:${ref.tag}`}${ref.digest === undefined ? '' : `@${ref.digest}`}`;
}
/** The tag or digest a manifest is fetched by; the digest wins, as it does for docker. */
function manifestReference(ref) {
    return ref.digest ?? ref.tag ?? 'latest';
}
/** Registries on the loopback interface speak plain HTTP, as docker assumes for them too. */
function isLoopbackRegistry(host) {
    const name = host.startsWith('[') ? host.slice(1, host.indexOf(']')) : host.replace(/:\d+$/, '');
    return name === 'localhost' || name === '127.0.0.1' || name === '::1';
}


/***/ })

};
