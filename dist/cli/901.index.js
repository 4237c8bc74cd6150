import { createRequire as __adbCreateRequire } from 'node:module';
const require = __adbCreateRequire(import.meta.url);
export const id = 901;
export const ids = [901];
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

/***/ 901:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildCommand: () => (/* binding */ buildCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/cache/entry.ts
var entry = __webpack_require__(8962);
;// CONCATENATED MODULE: ./src/which.ts


/**
 * The file a shell would run for `command`: the first executable of that name on PATH, resolved
 * through symlinks; undefined when there is none. Looking costs a few stats, where asking the
 * command itself (`zstd --version`) costs a process start.
 */
function which(command, searchPath = process.env.PATH) {
    for (const dir of (searchPath ?? '').split((external_node_path_default()).delimiter)) {
        // an empty entry is the current directory, as the shell reads PATH
        const candidate = external_node_path_default().resolve(dir || '.', command);
        try {
            (0,external_node_fs_.accessSync)(candidate, external_node_fs_.constants.X_OK);
            return (0,external_node_fs_.realpathSync)(candidate);
        }
        catch {
            // not here, or not executable: the next directory
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/cache/local-store.ts





/**
 * The CLI's cache: one archive per key in a local directory, with its digest beside it (see
 * entry.ts), written under a temporary name and renamed so a crash never leaves a half-written
 * entry that a later run would restore. An entry that fails its checks is removed, so the next
 * save replaces it instead of every later run tripping over it. zstd when the machine has it
 * (as @actions/cache prefers), gzip otherwise.
 */
class LocalDirectoryStore {
    root;
    run;
    compression;
    name = 'local directory';
    constructor(root, run, compression) {
        this.root = root;
        this.run = run;
        this.compression = compression;
    }
    /** zstd when it is on PATH (looked up, not started: a run that reuses an image never packs) */
    static create(root, run, searchPath = process.env.PATH) {
        return new LocalDirectoryStore(root, run, which('zstd', searchPath) ? 'zstd' : 'gzip');
    }
    get extension() {
        return `.tar.${this.compression === 'zstd' ? 'zst' : 'gz'}`;
    }
    archive(key) {
        return external_node_path_default().join(this.root, `${key}${this.extension}`);
    }
    async restore(dir, key) {
        if (!(0,external_node_fs_.existsSync)(this.archive(key)))
            return false;
        await this.unpack(key, dir);
        return true;
    }
    async restoreNearest(dir, key, prefix) {
        const found = (0,external_node_fs_.existsSync)(this.archive(key)) ? key : await this.newest(prefix);
        if (found === undefined)
            return undefined;
        await this.unpack(found, dir);
        return found;
    }
    /** Unpacks a checked entry into `dir`; a bad entry is removed and the error (CacheEntryError) thrown. */
    async unpack(key, dir) {
        await (0,promises_.mkdir)(external_node_path_default().dirname(dir), { recursive: true });
        try {
            await (0,entry/* unpackEntry */.$7)(this.archive(key), dir, this.compression, this.run);
        }
        catch (error) {
            await this.remove(key);
            throw error;
        }
    }
    async remove(key) {
        await (0,promises_.rm)(this.archive(key), { force: true });
        await (0,promises_.rm)((0,entry/* digestFile */.TM)(this.archive(key)), { force: true });
    }
    /**
     * Each commit of a Next.js app adds a build cache entry, and this directory has no eviction:
     * once the newest is saved, the older ones of its prefix are only disk space.
     */
    async removeOthers(prefix, keep) {
        for (const key of await this.keys(prefix)) {
            if (key !== keep)
                await this.remove(key);
        }
    }
    /** Keys of the complete archives starting with `prefix` (of this store's compression). */
    async keys(prefix) {
        let names;
        try {
            names = await (0,promises_.readdir)(this.root);
        }
        catch (error) {
            // no cache directory yet: nothing was ever saved
            if (error.code === 'ENOENT')
                return [];
            throw error;
        }
        return names
            .filter((n) => n.startsWith(prefix) && n.endsWith(this.extension))
            .map((n) => n.slice(0, -this.extension.length));
    }
    /**
     * The key of the most recently written complete archive starting with `prefix`. Archives in
     * the making end in `.partial`, so the extension alone keeps them out; an archive of the
     * other compression is left for the machine that can read it.
     */
    async newest(prefix) {
        let best;
        for (const key of await this.keys(prefix)) {
            const mtime = await (0,promises_.stat)(this.archive(key)).then((s) => s.mtimeMs, 
            // removed since the listing (someone clearing the cache directory)
            () => undefined);
            if (mtime === undefined)
                continue;
            // the same mtime breaks by name, so the choice does not depend on the listing's order
            if (!best || mtime > best.mtime || (mtime === best.mtime && key > best.key))
                best = { key, mtime };
        }
        return best?.key;
    }
    async save(dir, key) {
        const archive = this.archive(key);
        if ((0,external_node_fs_.existsSync)(archive))
            return false;
        await (0,promises_.mkdir)(this.root, { recursive: true });
        const partial = `${archive}.${process.pid}.partial`;
        try {
            await (0,entry/* packEntry */.AR)(dir, partial, this.compression, this.run);
            // the digest first: an archive is only ever found with its digest beside it
            await (0,promises_.rename)((0,entry/* digestFile */.TM)(partial), (0,entry/* digestFile */.TM)(archive));
            await (0,promises_.rename)(partial, archive);
        }
        finally {
            await (0,promises_.rm)(partial, { force: true });
            await (0,promises_.rm)((0,entry/* digestFile */.TM)(partial), { force: true });
        }
        return true;
    }
}

// EXTERNAL MODULE: ./src/config/load.ts + 2 modules
var load = __webpack_require__(7555);
// EXTERNAL MODULE: ./src/engines/detect.ts
var detect = __webpack_require__(708);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/exec.ts
var exec = __webpack_require__(3190);
// EXTERNAL MODULE: ./src/interrupt.ts
var interrupt = __webpack_require__(8476);
// EXTERNAL MODULE: ./src/git/read.ts
var read = __webpack_require__(5186);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/machine.ts






/**
 * The version of the `node` the install and build commands run: the first on PATH. The action
 * itself runs on the runner's own Node (node24, action.yml's `using`), which is not on PATH;
 * actions/setup-node puts the job's Node there, and that one installs node_modules. The process's
 * own version when PATH's node is this very binary (the CLI, run by the `node` on PATH: no
 * process needs starting to ask it) or when PATH has no node that answers.
 */
async function nodeOnPath(probe = async () => (await (0,external_node_util_.promisify)(external_node_child_process_.execFile)('node', ['-p', 'process.version'], { encoding: 'utf8', timeout: 10_000 })).stdout, first = which('node')) {
    if (first !== undefined && first === realpathOrSelf(process.execPath))
        return process.version;
    try {
        const version = (await probe()).trim();
        if (/^v\d+\.\d+\.\d+/.test(version))
            return version;
    }
    catch {
        // no node on PATH (a Bun-only job, say): the process's own is the best guess
    }
    return process.version;
}
function realpathOrSelf(file) {
    try {
        return (0,external_node_fs_.realpathSync)(file);
    }
    catch {
        return file;
    }
}
/**
 * The runner itself: what node_modules and native addons are built for. Asking the `node` on
 * PATH starts a process: it runs beside the glue's other probes rather than before them.
 */
async function machineFacts() {
    const header = process.report?.getReport()?.header;
    return {
        platform: process.platform,
        arch: process.arch,
        libc: header?.glibcVersionRuntime ? 'glibc' : 'musl',
        nodeVersion: await nodeOnPath(),
        cores: external_node_os_default().availableParallelism(),
    };
}
/**
 * Starts the probes (`docker version`, `docker buildx version`, the `node` on PATH) and returns
 * at once. The glues call this before they load the pipeline's code, so those processes answer
 * while the bundle compiles instead of after it.
 */
function probeHost(run, probeBuildx) {
    return Promise.all([machineFacts(), (0,detect/* detectCapabilities */.Gg)(run, probeBuildx)]).then(([machine, caps]) => ({
        machine,
        caps,
    }));
}

// EXTERNAL MODULE: ./src/cli/logger.ts
var cli_logger = __webpack_require__(2280);
;// CONCATENATED MODULE: ./src/cli/stdout.ts
/**
 * Keeps stdout for the CLI's own result. Libraries print there on their own (@actions/core's
 * `::debug::` lines when @actions/tool-cache fetches a package manager, for one), which would
 * break `--json` for whoever pipes it: while the CLI runs, anything written to process.stdout
 * goes to stderr, and the result is written through the writer this returns.
 */
function claimStdout() {
    const stdout = process.stdout;
    const original = stdout.write;
    const toStderr = process.stderr.write.bind(process.stderr);
    stdout.write = toStderr;
    return {
        write: (text) => {
            original.call(stdout, text);
        },
        release: () => {
            stdout.write = original;
        },
    };
}

// EXTERNAL MODULE: ./src/pm/tool-cache.ts
var tool_cache = __webpack_require__(8918);
;// CONCATENATED MODULE: ./src/cli/tool-cache.ts

let redirected = 0;
let original;
/**
 * @actions/tool-cache logs through @actions/core, which writes `::debug::` lines to stdout for
 * the runner to read. The CLI's stdout is its --json result, so while the tool cache works its
 * output goes to stderr with the rest of the logs.
 */
async function onStderr(fn) {
    if (redirected++ === 0) {
        original = process.stdout.write.bind(process.stdout);
        process.stdout.write = process.stderr.write.bind(process.stderr);
    }
    try {
        return await fn();
    }
    finally {
        if (--redirected === 0 && original)
            process.stdout.write = original;
    }
}
const cliToolCache = {
    find: (name, version) => onStderr(async () => (await (0,tool_cache/* loadToolCache */.$)()).find(name, version)),
    downloadTool: (url) => onStderr(async () => (await (0,tool_cache/* loadToolCache */.$)()).downloadTool(url)),
    extractTar: (file, dest, flags) => onStderr(async () => (await (0,tool_cache/* loadToolCache */.$)()).extractTar(file, dest, flags)),
    cacheDir: (source, tool, version) => onStderr(async () => (await (0,tool_cache/* loadToolCache */.$)()).cacheDir(source, tool, version)),
};

;// CONCATENATED MODULE: ./src/cli/build.ts














function cacheHome(env) {
    return env.XDG_CACHE_HOME || external_node_path_default().join(external_node_os_default().homedir(), '.cache');
}
async function report(result, options, out) {
    const [{ resultDocument }, { renderSummary }, { renderTable }] = await Promise.all([
        __webpack_require__.e(/* import() */ 76).then(__webpack_require__.bind(__webpack_require__, 6076)),
        Promise.all(/* import() */[__webpack_require__.e(299), __webpack_require__.e(535)]).then(__webpack_require__.bind(__webpack_require__, 7535)),
        Promise.all(/* import() */[__webpack_require__.e(299), __webpack_require__.e(790)]).then(__webpack_require__.bind(__webpack_require__, 790)),
    ]);
    if (options.json) {
        // the same document as the action's result file, so `report` merges either
        out(`${JSON.stringify(resultDocument(result), null, 2)}\n`);
        process.stderr.write(`\n${renderTable(result)}\n`);
    }
    else {
        out(`\n${renderTable(result)}\n`);
    }
    if (options.summary) {
        try {
            await (0,promises_.writeFile)(options.summary, renderSummary(result));
        }
        catch (error) {
            process.stderr.write(`warning: could not write ${options.summary}: ${(0,errors/* messageOf */.bD)(error)}\n`);
        }
    }
}
/** The build, its flags parsed: config → pipeline → table or JSON; returns the exit status. */
async function buildCommand(options, env) {
    const logger = new cli_logger/* StderrLogger */.j(options.verbose);
    (0,interrupt/* exitOnSignals */.Lx)((message) => logger.warning(message));
    const stdout = claimStdout();
    let result;
    let tempDir;
    try {
        const config = (0,load/* loadConfig */.Z)(options.config);
        const cacheRoot = external_node_path_default().join(cacheHome(env), 'artifact-docker-build');
        const run = (0,exec/* createRunner */.ji)(logger);
        // @actions/tool-cache keeps package managers it fetches here, as it does on a runner
        env.RUNNER_TOOL_CACHE ||= external_node_path_default().join(cacheRoot, 'tools');
        const runnerTemp = (env.RUNNER_TEMP ||= external_node_path_default().join(external_node_os_default().tmpdir(), 'artifact-docker-build'));
        await (0,promises_.mkdir)(runnerTemp, { recursive: true });
        const runDir = (tempDir = external_node_path_default().join(runnerTemp, `run-${process.pid}`));
        // the engine probes, the cache's compressor probe and git's questions all started at once:
        // they answer while the pipeline's code (most of the bundle) compiles
        const host = probeHost(run, () => (0,detect/* probeBuildxWithRunner */.TG)(run));
        const store = options.cache
            ? LocalDirectoryStore.create(options.cacheDir ?? external_node_path_default().join(cacheRoot, 'entries'), run)
            : undefined;
        const checkout = (0,read/* readCheckout */.b$)(run, config.dir);
        const [deps, repo, { runPipeline }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(172), __webpack_require__.e(814)]).then(__webpack_require__.bind(__webpack_require__, 3814)).then(({ setupPipeline }) => setupPipeline({
                logger,
                engine: options.engine,
                ...(config.engine ? { configEngine: config.engine } : {}),
                host,
                toolCache: cliToolCache,
                ...(store ? { store } : {}),
                tempDir: runDir,
                recordsDir: external_node_path_default().join(runnerTemp, 'records'),
                imagesDir: external_node_path_default().join(runnerTemp, 'images'),
                registryUrl: env.npm_config_registry || 'https://registry.npmjs.org',
                ...(env.DOCKER_CONFIG ? { dockerConfigDir: env.DOCKER_CONFIG } : {}),
                ...(options.builder ? { builder: options.builder } : {}),
                targets: config.targets,
                buildCache: options.cacheFrom.length + options.cacheTo.length > 0 ||
                    config.targets.some((t) => t.cacheFrom || t.cacheTo),
            })),
            checkout,
            Promise.all(/* import() */[__webpack_require__.e(653), __webpack_require__.e(299), __webpack_require__.e(172), __webpack_require__.e(155), __webpack_require__.e(168)]).then(__webpack_require__.bind(__webpack_require__, 1168)),
        ]);
        const repositoryRoot = repo.root ?? config.dir;
        const git = { event: 'local', defaultBranch: 'main', ...repo.info };
        const outcome = await runPipeline({
            config,
            targets: options.targets,
            push: options.push,
            cache: options.cache,
            baseline: options.baseline,
            buildCache: { from: options.cacheFrom, to: options.cacheTo },
            git,
            repositoryRoot,
        }, deps);
        result = outcome.result;
        await report(result, options, stdout.write);
        // each failed target was logged as it failed; printing the error again would only repeat it
        return outcome.error === undefined ? 0 : (0,errors/* exitCodeOf */.FO)(outcome.error);
    }
    catch (error) {
        logger.error((0,errors/* messageOf */.bD)(error));
        return (0,errors/* exitCodeOf */.FO)(error);
    }
    finally {
        // the staged contexts and engine files of this run; the cache and the images dir stay
        if (tempDir)
            await (0,promises_.rm)(tempDir, { recursive: true, force: true }).catch(() => undefined);
        stdout.release();
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
