import { createRequire as __adbCreateRequire } from 'node:module';
const require = __adbCreateRequire(import.meta.url);
export const id = 308;
export const ids = [308];
export const modules = {

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D8: () => (/* binding */ parseReportArgs),
/* harmony export */   EG: () => (/* binding */ parsePlanArgs),
/* harmony export */   YG: () => (/* binding */ PLAN_USAGE),
/* harmony export */   Z$: () => (/* binding */ CHECK_USAGE),
/* harmony export */   hB: () => (/* binding */ REPORT_USAGE),
/* harmony export */   hM: () => (/* binding */ parseCheckArgs),
/* harmony export */   hT: () => (/* binding */ parseCliArgs),
/* harmony export */   u_: () => (/* binding */ USAGE)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


const USAGE = `Usage: artifact-docker-build [build] [options]
       artifact-docker-build plan [--config FILE] [--since REF]
       artifact-docker-build report FILE|DIR... [--summary FILE] [--json]
       artifact-docker-build check [--config FILE] [--target NAME]... [--json]

Restores node_modules from a cache keyed by the lockfile, installs on a miss, runs the build on
this machine, prunes dev dependencies, validates the artifacts and builds a COPY-only image.

Options:
  --config FILE         config file (default: artifact-build.yml)
  --target NAME         run only this target; repeat for several (default: all)
  --push / --no-push    push the images (default: no push)
  --engine E            auto, buildx, docker or oci (default: auto, or the config's engine)
  --baseline M          auto, measure or off (default: auto)
  --cache-dir DIR       node_modules cache (default: $XDG_CACHE_HOME/artifact-docker-build)
  --no-cache            neither restore nor save node_modules
  --summary FILE        also write the timing summary as markdown to FILE
  --builder NAME        buildx builder to build with (a remote or kubernetes one, say)
  --cache-from SPEC     BuildKit cache import for buildx (type=registry,ref=...); repeatable;
                        {target} is replaced by the target's name
  --cache-to SPEC       BuildKit cache export for buildx (type=gha,scope={target}); repeatable
  --json                print {"images", "timings"} on stdout; logs stay on stderr
  --verbose             more logging
  -h, --help            this text
  --version             the version

Exit status: 0 success, 1 build or validation failure, 2 usage or config error.`;
function choice(flag, value, allowed, fallback) {
    if (value === undefined)
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
}
function parseCliArgs(argv) {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: [...argv],
            allowPositionals: false,
            allowNegative: true,
            options: {
                config: { type: 'string' },
                target: { type: 'string', multiple: true },
                push: { type: 'boolean' },
                engine: { type: 'string' },
                baseline: { type: 'string' },
                cache: { type: 'boolean' },
                'cache-dir': { type: 'string' },
                summary: { type: 'string' },
                builder: { type: 'string' },
                'cache-from': { type: 'string', multiple: true },
                'cache-to': { type: 'string', multiple: true },
                json: { type: 'boolean' },
                verbose: { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean' },
            },
        });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    }
    const v = parsed.values;
    const options = {
        config: v.config ?? 'artifact-build.yml',
        targets: (v.target ?? [])
            .flatMap((t) => t.split(','))
            .map((t) => t.trim())
            .filter(Boolean),
        push: v.push ?? false,
        engine: choice('engine', v.engine, ['auto', 'buildx', 'docker', 'oci'], 'auto'),
        baseline: choice('baseline', v.baseline, ['auto', 'measure', 'off'], 'auto'),
        cache: v.cache ?? true,
        cacheFrom: v['cache-from'] ?? [],
        cacheTo: v['cache-to'] ?? [],
        json: v.json ?? false,
        verbose: v.verbose ?? false,
        help: v.help ?? false,
        version: v.version ?? false,
    };
    if (v['cache-dir'] !== undefined)
        options.cacheDir = v['cache-dir'];
    if (v.summary !== undefined)
        options.summary = v.summary;
    if (v.builder !== undefined && v.builder.trim() !== '')
        options.builder = v.builder.trim();
    return options;
}
const PLAN_USAGE = `Usage: artifact-docker-build plan [--config FILE] [--since REF]

Prints the targets to build as a job matrix, {"include":[{"target":"api"}]}, on stdout, and
why each one is in it on stderr. With --since, only the targets that a change between REF and
HEAD affects: files in the target's context or in the local workspace packages it depends on,
its lockfile entries, its Dockerfile, its config entry or the config's top level.

Options:
  --config FILE   config file (default: artifact-build.yml)
  --since REF     a commit, branch or tag to compare HEAD with (default: every target)
  --verbose       show the git commands
  -h, --help      this text`;
/** Runs a parseArgs call, turning its errors into usage errors that show the usage. */
function parsing(usage, parse) {
    try {
        return parse();
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    }
}
function parsePlanArgs(argv) {
    const { values } = parsing(PLAN_USAGE, () => (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args: [...argv],
        options: {
            config: { type: 'string' },
            since: { type: 'string' },
            verbose: { type: 'boolean' },
            help: { type: 'boolean', short: 'h' },
        },
    }));
    const options = {
        config: values.config ?? 'artifact-build.yml',
        verbose: values.verbose ?? false,
        help: values.help ?? false,
    };
    const since = values.since;
    if (since !== undefined) {
        if (since.trim() === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('--since needs a commit, branch or tag');
        options.since = since.trim();
    }
    return options;
}
const REPORT_USAGE = `Usage: artifact-docker-build report FILE|DIR... [--summary FILE] [--json]

Merges the results of several runs (the --json output of each, or the action's result-file of
each job of a matrix) into one report: one table for all targets, the totals, the critical path
and the comparison with the multi-stage baselines. A directory is searched for .json files.

Options:
  --summary FILE  also write the report as markdown (a job summary) to FILE
  --json          print the merged result ({"images", "timings", "run"}) on stdout instead
  -h, --help      this text`;
function parseReportArgs(argv) {
    const { values, positionals } = parsing(REPORT_USAGE, () => (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args: [...argv],
        allowPositionals: true,
        options: { summary: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    }));
    const options = { files: positionals, json: values.json ?? false, help: values.help ?? false };
    if (values.summary !== undefined)
        options.summary = values.summary;
    if (!options.help && options.files.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`report needs at least one result file or directory\n\n${REPORT_USAGE}`);
    return options;
}
const CHECK_USAGE = `Usage: artifact-docker-build check [--config FILE] [--target NAME]... [--json]

Everything that can be checked before a build, in about a second, with no install, no build and
no image: the config, package manager and lockfile, the COPY-only Dockerfile (read as BuildKit
reads it) with the base image's config, <Dockerfile>.dockerignore, the declared artifacts that
must already exist, the base image reachable for the engine, registry credentials when
pushing, the smoke test's port.

Options:
  --config FILE   config file (default: artifact-build.yml)
  --target NAME   check only this target; repeat for several (default: all)
  --push          also check that the registry accepts this machine's credentials for a push
  --engine E      auto, buildx, docker or oci: whose view of the base image counts (default: auto)
  --json          print {"targets": {...}} with the findings and the Dockerfile as read
  --verbose       more logging
  -h, --help      this text

Exit status: 0 every target passes, 1 a check fails, 2 usage or config error.`;
function parseCheckArgs(argv) {
    const { values } = parsing(CHECK_USAGE, () => (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args: [...argv],
        options: {
            config: { type: 'string' },
            target: { type: 'string', multiple: true },
            push: { type: 'boolean' },
            engine: { type: 'string' },
            json: { type: 'boolean' },
            verbose: { type: 'boolean' },
            help: { type: 'boolean', short: 'h' },
        },
    }));
    return {
        config: values.config ?? 'artifact-build.yml',
        targets: (values.target ?? [])
            .flatMap((t) => t.split(','))
            .map((t) => t.trim())
            .filter(Boolean),
        push: values.push ?? false,
        engine: choice('engine', values.engine, ['auto', 'buildx', 'docker', 'oci'], 'auto'),
        json: values.json ?? false,
        verbose: values.verbose ?? false,
        help: values.help ?? false,
    };
}


/***/ }),

/***/ 2280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ StderrLogger)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/** Everything the CLI says goes to stderr, so stdout carries only the table or the JSON. */
class StderrLogger {
    verbose;
    prefix;
    write;
    constructor(verbose, prefix = '', write = (line) => process.stderr.write(`${line}\n`)) {
        this.verbose = verbose;
        this.prefix = prefix;
        this.write = write;
    }
    where(location) {
        return location ? ` (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatLocation */ .j$)(location)})` : '';
    }
    info(message) {
        for (const line of message.split('\n'))
            this.write(`${this.prefix}${line}`);
    }
    debug(message) {
        if (this.verbose)
            this.info(message);
    }
    warning(message, location) {
        this.write(`${this.prefix}warning: ${message}${this.where(location)}`);
    }
    error(message, location) {
        // the error's own message usually names the place already
        this.write(`${this.prefix}error: ${message}${location && !message.includes(location.file) ? this.where(location) : ''}`);
    }
    async group(title, fn) {
        this.write(`${this.prefix}── ${title}`);
        return fn();
    }
    child(prefix) {
        return new StderrLogger(this.verbose, `${this.prefix}[${prefix}] `, this.write);
    }
}


/***/ }),

/***/ 308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/logger.ts
var logger = __webpack_require__(2280);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/cli/main.ts




/**
 * Subcommands by their first argument; anything else (flags, or nothing) is the build. Each is
 * loaded when asked for: `plan` or `report` does not pay for compiling the build's engines and
 * cache clients, and `--help` compiles nothing but the argument parser.
 */
const COMMANDS = {
    build: async () => build,
    check: async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(172), __webpack_require__.e(781), __webpack_require__.e(814), __webpack_require__.e(155), __webpack_require__.e(259)]).then(__webpack_require__.bind(__webpack_require__, 8029))).checkCommand,
    plan: async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(781), __webpack_require__.e(654)]).then(__webpack_require__.bind(__webpack_require__, 1654))).planCommand,
    report: async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(299), __webpack_require__.e(920)]).then(__webpack_require__.bind(__webpack_require__, 7920))).reportCommand,
};
/** The CLI: a subcommand, or flags → pipeline → table or JSON; returns the exit status. */
async function main(argv, env = process.env) {
    const load = argv[0] !== undefined && Object.hasOwn(COMMANDS, argv[0]) ? COMMANDS[argv[0]] : undefined;
    return load ? (await load())(argv.slice(1), env) : build(argv, env);
}
/** The build's flags; help and version answer before the pipeline's code is loaded. */
async function build(argv, env) {
    let options;
    try {
        options = (0,args/* parseCliArgs */.hT)(argv);
    }
    catch (error) {
        new logger/* StderrLogger */.j(false).error((0,errors/* messageOf */.bD)(error));
        return (0,errors/* exitCodeOf */.FO)(error);
    }
    if (options.help) {
        process.stdout.write(`${args/* USAGE */.u_}\n`);
        return 0;
    }
    if (options.version) {
        process.stdout.write(`${package_namespaceObject.rE}\n`);
        return 0;
    }
    const { buildCommand } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(781), __webpack_require__.e(901)]).then(__webpack_require__.bind(__webpack_require__, 901));
    return buildCommand(options, env);
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FO: () => (/* binding */ exitCodeOf),
/* harmony export */   Qd: () => (/* binding */ CommandError),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   j$: () => (/* binding */ formatLocation),
/* harmony export */   ue: () => (/* binding */ GateError),
/* harmony export */   xL: () => (/* binding */ ConfigError),
/* harmony export */   zS: () => (/* binding */ BuildError)
/* harmony export */ });
/* unused harmony export locationOf */
/**
 * The kinds of failure a user must tell apart. The CLI maps them to exit codes (usage and
 * config: 2, everything else: 1); the action turns them into annotations at `location`.
 */
class UsageError extends Error {
    name = 'UsageError';
    exitCode = 2;
}
class ConfigError extends Error {
    location;
    name = 'ConfigError';
    exitCode = 2;
    constructor(message, location, options) {
        super(location ? `${formatLocation(location)}: ${message}` : message, options);
        this.location = location;
    }
}
/** A check before the push failed (artifacts, Dockerfile, secrets, smoke test, budget). */
class GateError extends Error {
    location;
    name = 'GateError';
    exitCode = 1;
    constructor(message, location, options) {
        super(location ? `${formatLocation(location)}: ${message}` : message, options);
        this.location = location;
    }
}
/** A command exited non-zero; carries what ran and the tail of its output. */
class CommandError extends Error {
    command;
    code;
    tail;
    name = 'CommandError';
    exitCode = 1;
    /** how long it ran before it failed: a failing build command's time is still the user's */
    seconds;
    constructor(command, code, tail, options) {
        super(`\`${command}\` ${code === null ? 'was killed' : `exited with code ${code}`}` +
            (tail ? `; last lines of its output:\n${tail}` : ''), options);
        this.command = command;
        this.code = code;
        this.tail = tail;
        this.seconds = options?.seconds ?? 0;
    }
}
/** Any other failure of the build: a registry answer, a missing tool. */
class BuildError extends Error {
    name = 'BuildError';
    exitCode = 1;
}
function formatLocation(loc) {
    if (loc.line === undefined)
        return loc.file;
    return loc.column === undefined ? `${loc.file}:${loc.line}` : `${loc.file}:${loc.line}:${loc.column}`;
}
function exitCodeOf(error) {
    if (error instanceof UsageError || error instanceof ConfigError)
        return 2;
    return 1;
}
function locationOf(error) {
    if (error instanceof ConfigError || error instanceof GateError)
        return error.location;
    return undefined;
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ })

};
