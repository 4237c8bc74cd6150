import { createRequire as __adbCreateRequire } from 'node:module';
const require = __adbCreateRequire(import.meta.url);
export const id = 259;
export const ids = [259];
export const modules = {

/***/ 8962:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $7: () => (/* binding */ unpackEntry),
/* harmony export */   AR: () => (/* binding */ packEntry),
/* harmony export */   TM: () => (/* binding */ digestFile),
/* harmony export */   Vq: () => (/* binding */ sha256OfFile)
/* harmony export */ });
/* unused harmony exports CacheEntryError, strayMember */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8431);






/** A cache entry that cannot be used; the store removes what it unpacked and reports a miss. */
class CacheEntryError extends Error {
    name = 'CacheEntryError';
}
function digestFile(archive) {
    return `${archive}.sha256`;
}
function compressFlags(compression, direction) {
    if (compression === 'none')
        return [];
    if (compression === 'gzip')
        return ['-z'];
    // -T0: all cores; level 3 is zstd's default and the sweet spot for node_modules
    return ['--use-compress-program', direction === 'compress' ? 'zstd -T0 -3' : 'zstd -d'];
}
async function sha256OfFile(file) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}
/** Archives `dir` (as its own name, nothing above it) into `archive` and writes the digest beside it. */
async function packEntry(dir, archive, compression, run) {
    await run(['tar', ...compressFlags(compression, 'compress'), '-cf', archive, '-C', node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(dir), node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(dir)], { quiet: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(digestFile(archive), `${await sha256OfFile(archive)}\n`);
}
/** The reason a member name does not belong in an entry for `name`, undefined when it does. */
function strayMember(member, name) {
    const clean = member.replace(/^\.\//, '').replace(/\/+$/, '');
    if (clean.startsWith('/'))
        return 'an absolute path';
    if (clean.split('/').includes('..'))
        return 'a path with ..';
    if (!(0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .isInside */ .F)(clean, name))
        return `outside ${name}/`;
    return undefined;
}
/**
 * Unpacks `archive` into `dir` after checking its digest and its member names. On any failure
 * nothing of the entry is left behind (neither `dir` nor the staging directory) and a
 * CacheEntryError says why.
 */
async function unpackEntry(archive, dir, compression, run) {
    const name = node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(dir);
    const parent = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(dir);
    const staging = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(parent, `.${name}.restore-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`);
    try {
        const expected = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(digestFile(archive), 'utf8').then((text) => text.trim(), () => undefined);
        if (!expected)
            throw new CacheEntryError('the entry has no digest (written by an older version, or cut short)');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(staging, { recursive: true });
        // one pass over the archive, hashed while tar unpacks it: nothing reaches `dir` before both
        // checks passed, and tar without -P keeps every member (and every link it makes) inside the
        // staging directory, which is removed whatever happens. -v names the members as they go.
        const [actual, unpacked] = await Promise.all([
            sha256OfFile(archive),
            run(['tar', ...compressFlags(compression, 'decompress'), '-xvf', archive, '-C', staging], {
                quiet: true,
                allowFailure: true,
            }),
        ]);
        if (actual !== expected)
            throw new CacheEntryError(`the archive's digest is ${actual.slice(0, 12)}…, not the ${expected.slice(0, 12)}… written when it was saved`);
        if (unpacked.code !== 0)
            throw new CacheEntryError(`tar cannot read the archive: ${unpacked.stderr.trim().split('\n')[0] ?? `exit ${unpacked.code}`}`);
        for (const member of unpacked.stdout.split('\n')) {
            if (!member)
                continue;
            const why = strayMember(member, name);
            if (why)
                throw new CacheEntryError(`the archive holds ${JSON.stringify(member)}, ${why}: an entry for ${name} holds nothing else`);
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(dir, { recursive: true, force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(staging, name), dir);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(dir, { recursive: true, force: true });
        throw error instanceof CacheEntryError
            ? error
            : new CacheEntryError(error instanceof Error ? error.message : String(error), { cause: error });
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(staging, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 8029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkCommand: () => (/* binding */ checkCommand)
});

// EXTERNAL MODULE: ./src/config/load.ts + 2 modules
var load = __webpack_require__(7555);
// EXTERNAL MODULE: ./src/engines/detect.ts
var detect = __webpack_require__(708);
// EXTERNAL MODULE: ./src/engines/oci/platform.ts
var platform = __webpack_require__(9754);
// EXTERNAL MODULE: ./src/engines/select.ts
var engines_select = __webpack_require__(5899);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/git/read.ts
var read = __webpack_require__(5186);
// EXTERNAL MODULE: ./src/exec.ts
var exec = __webpack_require__(3190);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/daemon-images.ts
var daemon_images = __webpack_require__(1286);
// EXTERNAL MODULE: ./src/phases/preflight.ts
var preflight = __webpack_require__(4155);
// EXTERNAL MODULE: ./src/pipeline/plan.ts
var plan = __webpack_require__(5455);
;// CONCATENATED MODULE: ./src/pipeline/check.ts





async function runCheck(options, deps) {
    const targets = (0,plan/* selectTargets */.Dv)(options.config, options.targets);
    // targets on one base ask the daemon about it once
    const daemonImages = new daemon_images/* DaemonImages */.t(deps.run);
    const reports = await Promise.all(targets.map((t) => (0,preflight/* preflightTarget */.J)(t, {
        engine: deps.engine,
        daemon: deps.daemon,
        push: options.push,
        buildPlatform: deps.buildPlatform,
        repositoryRoot: options.repositoryRoot,
    }, { run: deps.run, registry: deps.registry, daemonImages })));
    const result = {
        targets: {},
        notes: [...new Set(reports.flatMap((r) => r.notes))],
        exitCode: 0,
        raw: {},
    };
    for (const report of reports) {
        result.targets[report.target] = targetCheck(report, options.config.dir);
        result.raw[report.target] = report.findings;
    }
    const errors = reports.flatMap((r) => r.findings.filter((f) => f.severity === 'error'));
    result.exitCode = errors.some((f) => f.check === 'config') ? 2 : errors.length > 0 ? 1 : 0;
    return result;
}
function targetCheck(report, relativeTo) {
    const check = {
        ok: report.ok,
        findings: report.findings.map((f) => {
            const finding = {
                file: relative(f.location?.file ?? '', relativeTo),
                message: f.message,
                severity: f.severity,
            };
            if (f.location?.line !== undefined)
                finding.line = f.location.line;
            if (f.location?.column !== undefined)
                finding.column = f.location.column;
            return finding;
        }),
    };
    if (report.dockerfile)
        check.dockerfile = {
            file: relative(report.dockerfile.file, relativeTo),
            instructions: report.dockerfile.instructions,
        };
    return check;
}
function relative(file, dir) {
    if (!external_node_path_default().isAbsolute(file))
        return file;
    const rel = external_node_path_default().relative(dir, file);
    return rel.startsWith('..') ? file : rel.split((external_node_path_default()).sep).join('/');
}
/** `--json`: `{ "targets": { "<name>": { ok, findings: [{file, line, column, message}], dockerfile } } }` */
function checkJson(result) {
    const targets = Object.fromEntries(Object.entries(result.targets).map(([name, t]) => [
        name,
        {
            ok: t.ok,
            findings: t.findings.map((f) => ({
                file: f.file,
                line: f.line ?? null,
                column: f.column ?? null,
                message: f.message,
                ...(f.severity === 'warning' ? { severity: 'warning' } : {}),
            })),
            ...(t.dockerfile ? { dockerfile: t.dockerfile } : {}),
        },
    ]));
    return `${JSON.stringify({ targets }, null, 2)}\n`;
}
/** The terminal's reading: a line per finding at file:line:column, one line per target that passes. */
function checkText(result) {
    const lines = [...result.notes.map((n) => `note: ${n}`)];
    for (const [name, t] of Object.entries(result.targets)) {
        for (const f of t.findings) {
            const where = (0,errors/* formatLocation */.j$)({
                file: f.file || name,
                ...(f.line !== undefined ? { line: f.line } : {}),
                ...(f.column !== undefined ? { column: f.column } : {}),
            });
            // the location leads the line, so the message's own "Dockerfile line 4:" would repeat it
            lines.push(`${where}: ${f.severity}: ${f.message.replace(/^\S+ line \d+: /, '')}`);
        }
        if (t.ok) {
            const warnings = t.findings.length;
            const count = t.dockerfile
                ? `, ${t.dockerfile.file}: ${t.dockerfile.instructions.length} instructions, COPY-only`
                : '';
            lines.push(`ok ${name}: ready to build${count}${warnings ? ` (${warnings} warning${warnings === 1 ? '' : 's'})` : ''}`);
        }
        else {
            const errors = t.findings.filter((f) => f.severity === 'error').length;
            lines.push(`FAILED ${name}: ${errors} problem${errors === 1 ? '' : 's'}`);
        }
    }
    return lines;
}

// EXTERNAL MODULE: ./src/setup.ts + 25 modules
var setup = __webpack_require__(3814);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/logger.ts
var cli_logger = __webpack_require__(2280);
;// CONCATENATED MODULE: ./src/cli/check.ts












/** `check`: the preflight alone; findings at file:line:column on stdout, or JSON with --json. */
async function checkCommand(argv, env) {
    const logger = new cli_logger/* StderrLogger */.j(false);
    try {
        const options = (0,args/* parseCheckArgs */.hM)(argv);
        if (options.help) {
            process.stdout.write(`${args/* CHECK_USAGE */.Z$}\n`);
            return 0;
        }
        const config = (0,load/* loadConfig */.Z)(options.config);
        // the probes are plumbing here, not steps a reader follows
        const quiet = options.verbose ? logger : new log/* MemoryLogger */.C();
        const run = (0,exec/* createRunner */.ji)(quiet);
        const caps = await (0,detect/* detectCapabilities */.Gg)(run, () => (0,detect/* probeBuildxWithRunner */.TG)(run));
        const engine = (0,engines_select/* selectEngine */.X)(options.engine === 'auto' ? (config.engine ?? 'auto') : options.engine, caps, {
            ociCannot: await (0,setup.ociBlockers)(config.targets),
            buildCache: config.targets.some((t) => t.cacheFrom || t.cacheTo),
        });
        const repositoryRoot = (await (0,read/* workTreeRoot */.KY)(run, config.dir)) ?? config.dir;
        const result = await runCheck({ config, targets: options.targets, push: options.push, repositoryRoot }, {
            engine: engine.name,
            daemon: caps.daemon,
            buildPlatform: (0,platform/* formatPlatform */.Bq)((0,platform/* runnerPlatform */.GQ)(process.arch)),
            run,
            registry: (0,setup.preflightRegistry)(run, quiet, env.DOCKER_CONFIG || undefined),
        });
        if (options.json)
            process.stdout.write(checkJson(result));
        else
            process.stdout.write(`${checkText(result).join('\n')}\n`);
        return result.exitCode;
    }
    catch (error) {
        logger.error((0,errors/* messageOf */.bD)(error));
        return (0,errors/* exitCodeOf */.FO)(error);
    }
}


/***/ }),

/***/ 708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gg: () => (/* binding */ detectCapabilities),
/* harmony export */   TG: () => (/* binding */ probeBuildxWithRunner)
/* harmony export */ });
/* unused harmony export parseBuildxVersion */
/**
 * The version in `docker buildx version`'s answer ("github.com/docker/buildx v0.19.3 48d6a39",
 * or "github.com/docker/buildx 0.19.3+azure-1 …" from distributions).
 */
function parseBuildxVersion(output) {
    return /\bbuildx\S*\s+v?(\d+\.\d+\.\d+[^\s]*)/.exec(output)?.[1];
}
/** Asks `docker buildx version` through our runner (no @actions/core output on the CLI's stdout). */
async function probeBuildxWithRunner(run) {
    const result = await run(['docker', 'buildx', 'version'], { quiet: true, allowFailure: true }).catch(() => undefined);
    if (!result || result.code !== 0)
        return undefined;
    const version = parseBuildxVersion(result.stdout.trim());
    return version ? { version, command: ['docker', 'buildx'] } : undefined;
}
async function detectCapabilities(run, probeBuildx) {
    // two process starts that need nothing from each other
    const [answer, buildx] = await Promise.all([
        run(['docker', 'version', '--format', '{{.Client.Version}} {{.Server.Version}}'], {
            quiet: true,
            allowFailure: true,
        }).catch(() => undefined),
        probeBuildx(),
    ]);
    const [client = '', server = ''] = answer?.code === 0 ? answer.stdout.trim().split(/\s+/) : [];
    const daemon = server !== '';
    const caps = buildx ? { daemon, buildx } : { daemon };
    if (daemon)
        caps.versions = { client, server };
    return caps;
}


/***/ }),

/***/ 5625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ MemoryLogger)
/* harmony export */ });
/** A logger that keeps what it is told, for tests and for quiet runs. */
class MemoryLogger {
    prefix;
    lines = [];
    constructor(prefix = '') {
        this.prefix = prefix;
    }
    info(message) {
        this.lines.push(`${this.prefix}${message}`);
    }
    debug() { }
    warning(message) {
        this.lines.push(`${this.prefix}warning: ${message}`);
    }
    error(message) {
        this.lines.push(`${this.prefix}error: ${message}`);
    }
    async group(title, fn) {
        this.info(title);
        return fn();
    }
    child(prefix) {
        const child = new MemoryLogger(`${this.prefix}[${prefix}] `);
        // share one buffer so the order of lines is the order things happened
        child.lines = this.lines;
        return child;
    }
}


/***/ }),

/***/ 8918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ loadToolCache),
/* harmony export */   C: () => (/* binding */ actionsToolCache)
/* harmony export */ });
let loaded;
/**
 * @actions/tool-cache, with @actions/core and its HTTP client, is a megabyte of code that a run
 * needs only when a package manager is missing from PATH: it is loaded then, not at start-up.
 */
function loadToolCache() {
    return (loaded ??= Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(991)]).then(__webpack_require__.bind(__webpack_require__, 5991)));
}
/** The runner's tool cache, as the action uses it. */
const actionsToolCache = {
    find: async (name, version) => (await loadToolCache()).find(name, version),
    downloadTool: async (url) => (await loadToolCache()).downloadTool(url),
    extractTar: async (file, dest, flags) => (await loadToolCache()).extractTar(file, dest, flags),
    cacheDir: async (source, tool, version) => (await loadToolCache()).cacheDir(source, tool, version),
};


/***/ })

};
