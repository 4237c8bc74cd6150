import { createRequire as __adbCreateRequire } from 'node:module';
const require = __adbCreateRequire(import.meta.url);
export const id = 408;
export const ids = [408];
export const modules = {

/***/ 79408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  build: () => (/* binding */ build)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/load.ts + 1 modules
var load = __webpack_require__(32284);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/exec.ts
var exec = __webpack_require__(73190);
// EXTERNAL MODULE: ./src/interrupt.ts
var interrupt = __webpack_require__(48476);
// EXTERNAL MODULE: ./src/git/read.ts
var read = __webpack_require__(35186);
// EXTERNAL MODULE: ./src/git/info.ts
var info = __webpack_require__(62714);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/engines/detect.ts
var detect = __webpack_require__(60708);
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

// EXTERNAL MODULE: ./src/report/pr-comment.ts
var pr_comment = __webpack_require__(71914);
// EXTERNAL MODULE: ./src/report/summary.ts + 2 modules
var summary = __webpack_require__(22457);
// EXTERNAL MODULE: ./src/report/result-file.ts
var result_file = __webpack_require__(76076);
// EXTERNAL MODULE: ./src/action/publish.ts + 1 modules
var publish = __webpack_require__(33714);
// EXTERNAL MODULE: ./src/action/logger.ts
var action_logger = __webpack_require__(18980);
;// CONCATENATED MODULE: ./src/action/build.ts
















/** The runner's variables and the checkout, combined: the checkout fills in the commit time. */
async function gitInfo(workspace, payload, logger) {
    const fromEnv = (0,read/* gitInfoFromActions */.cW)(process.env, payload);
    const fromRepo = (await (0,read/* readCheckout */.b$)((0,exec/* createRunner */.ji)(logger), workspace)).info;
    const info = { ...fromEnv };
    if (info.commitTime === undefined && fromRepo.sha === info.sha && fromRepo.commitTime !== undefined)
        info.commitTime = fromRepo.commitTime;
    if (!info.sha && fromRepo.sha)
        info.sha = fromRepo.sha;
    if (!info.repositoryUrl && fromRepo.repositoryUrl)
        info.repositoryUrl = fromRepo.repositoryUrl;
    return info;
}
/**
 * How long a cache call may hang before the build goes on without it: five minutes to restore
 * and ten to save by default; ARTIFACT_DOCKER_BUILD_CACHE_TIMEOUT (seconds) sets both.
 */
function cacheTimeouts(raw) {
    const seconds = Number(raw);
    if (raw && Number.isFinite(seconds) && seconds > 0)
        return { restoreTimeoutMs: seconds * 1000, saveTimeoutMs: seconds * 1000 };
    return { restoreTimeoutMs: 5 * 60_000, saveTimeoutMs: 10 * 60_000 };
}
/**
 * The run's result as a file (images, timings and the full record), named after the job and its
 * targets so that the files of a matrix's jobs keep apart when downloaded into one directory.
 */
async function writeResultFile(result) {
    try {
        const dir = external_node_path_default().join(process.env.RUNNER_TEMP || external_node_os_default().tmpdir(), 'artifact-docker-build-results');
        const file = external_node_path_default().join(dir, (0,result_file/* resultFileName */.tK)(process.env.GITHUB_JOB, result));
        await (0,promises_.mkdir)(dir, { recursive: true });
        await (0,promises_.writeFile)(file, `${JSON.stringify((0,result_file/* resultDocument */.jP)(result), null, 2)}\n`);
        core/* setOutput */.uH('result-file', file);
    }
    catch (error) {
        core/* warning */.$e(`could not write the result file: ${(0,errors/* messageOf */.bD)(error)}`);
    }
}
/** The Actions cache, when the job can reach its service; loaded beside the pipeline's code. */
async function actionsCache(logger, runnerTemp) {
    const { ActionsCacheStore } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(691), __webpack_require__.e(381)]).then(__webpack_require__.bind(__webpack_require__, 30381));
    if (!ActionsCacheStore.isAvailable()) {
        core/* warning */.$e('the GitHub Actions cache service is not available to this job: node_modules is installed every time');
        return undefined;
    }
    return new ActionsCacheStore(logger, {
        ...cacheTimeouts(process.env.ARTIFACT_DOCKER_BUILD_CACHE_TIMEOUT),
        stagingDir: external_node_path_default().join(runnerTemp, 'artifact-docker-build-cache'),
        run: (0,exec/* createRunner */.ji)(logger),
    });
}
/** mode build: inputs → pipeline → outputs, result file, summary, PR comment. */
async function build(inputs, workspace) {
    const logger = new action_logger/* ActionLogger */.T(workspace);
    (0,interrupt/* exitOnSignals */.Lx)((message) => logger.warning(message));
    let result;
    let git;
    let tempDir;
    try {
        const root = external_node_path_default().resolve(workspace, inputs.workingDirectory);
        const config = (0,load/* loadConfig */.Z)(external_node_path_default().resolve(root, inputs.config));
        const payload = (0,read/* readEventPayload */.N5)(process.env.GITHUB_EVENT_PATH);
        const run = (0,exec/* createRunner */.ji)(logger);
        // the engine probes, git and the cache client all started at once: they answer while the
        // pipeline's code (most of the bundle) compiles
        const host = probeHost(run, async () => (await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(691), __webpack_require__.e(805), __webpack_require__.e(191), __webpack_require__.e(616)]).then(__webpack_require__.bind(__webpack_require__, 41616))).probeBuildxWithToolkit());
        const reading = gitInfo(workspace, payload, logger);
        const runnerTemp = process.env.RUNNER_TEMP || external_node_os_default().tmpdir();
        const store = inputs.cache ? actionsCache(logger, runnerTemp) : undefined;
        const [repo, deps, { runPipeline }] = await Promise.all([
            reading,
            Promise.all(/* import() */[__webpack_require__.e(172), __webpack_require__.e(242)]).then(__webpack_require__.bind(__webpack_require__, 9242)).then(({ setupPipeline }) => setupPipeline({
                logger,
                engine: inputs.engine,
                ...(config.engine ? { configEngine: config.engine } : {}),
                host,
                ...(store ? { store } : {}),
                tempDir: (tempDir = external_node_path_default().join(runnerTemp, `artifact-docker-build-${process.pid}`)),
                recordsDir: external_node_path_default().join(runnerTemp, 'artifact-docker-build-records'),
                imagesDir: external_node_path_default().join(runnerTemp, 'artifact-docker-build-images'),
                registryUrl: process.env.npm_config_registry || 'https://registry.npmjs.org',
                ...(process.env.DOCKER_CONFIG ? { dockerConfigDir: process.env.DOCKER_CONFIG } : {}),
                ...(inputs.builder ? { builder: inputs.builder } : {}),
                targets: config.targets,
                buildCache: inputs.cacheFrom.length + inputs.cacheTo.length > 0 || config.targets.some((t) => t.cacheFrom || t.cacheTo),
            })),
            Promise.all(/* import() */[__webpack_require__.e(653), __webpack_require__.e(172), __webpack_require__.e(155), __webpack_require__.e(508)]).then(__webpack_require__.bind(__webpack_require__, 76508)),
        ]);
        git = repo;
        const push = inputs.push === 'auto' ? (0,info/* isDefaultBranchPush */.i)(git) : inputs.push === 'true';
        core/* info */.pq(`push: ${push ? 'yes' : 'no'} (${inputs.push === 'auto' ? `auto: ${git.event} to ${git.ref ?? 'an unknown ref'}, default branch ${git.defaultBranch}` : inputs.push})`);
        const outcome = await runPipeline({
            config,
            targets: inputs.targets,
            push,
            cache: inputs.cache,
            baseline: inputs.baseline,
            tags: inputs.tags,
            labels: inputs.labels,
            buildCache: { from: inputs.cacheFrom, to: inputs.cacheTo },
            git,
            repositoryRoot: workspace,
        }, deps);
        result = outcome.result;
        // outputs first: a later step reading them must see them even when this one fails
        (0,publish/* setOutputs */.n0)(result);
        await writeResultFile(result);
        // each failed target was logged, and annotated at its file and line, as it failed: failing
        // the step must not annotate the same error a second time
        if (outcome.error !== undefined)
            process.exitCode = core/* ExitCode */.yU.Failure;
    }
    catch (error) {
        const location = (0,errors/* locationOf */.hD)(error);
        if (location) {
            // setFailed cannot annotate a file; this is setFailed with the annotation's place
            logger.error((0,errors/* messageOf */.bD)(error), location);
            process.exitCode = core/* ExitCode */.yU.Failure;
        }
        else {
            core/* setFailed */.C1((0,errors/* messageOf */.bD)(error));
        }
    }
    finally {
        // the staged contexts and engine files of this run; records and images stay
        if (tempDir)
            await (0,promises_.rm)(tempDir, { recursive: true, force: true }).catch(() => undefined);
        if (result && inputs.summary)
            await (0,publish/* writeSummary */.Sy)((0,summary/* renderSummary */.B)(result));
        if (result && inputs.prComment && git) {
            const run = result;
            await (0,publish/* commentOnPullRequest */.rh)(inputs.githubToken, git, (marker) => (0,pr_comment/* prCommentBody */.M1)(run, marker));
        }
    }
}


/***/ }),

/***/ 60708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gg: () => (/* binding */ detectCapabilities)
/* harmony export */ });
/* unused harmony exports parseBuildxVersion, probeBuildxWithRunner */
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

/***/ 76076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vq: () => (/* binding */ readResultDocument),
/* harmony export */   jP: () => (/* binding */ resultDocument),
/* harmony export */   tK: () => (/* binding */ resultFileName)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65468);


/**
 * One run's result as a file: the `images` and `timings` outputs as the action sets them and
 * the CLI's --json prints them, plus `run`, the full record they were computed from (phases with
 * their start and end, statuses, errors, the engine), which a report merging several jobs needs
 * to draw one timeline.
 */
const RESULT_FORMAT = 'artifact-docker-build/result@1';
function resultDocument(run) {
    return { format: RESULT_FORMAT, images: (0,_outputs_js__WEBPACK_IMPORTED_MODULE_1__/* .imagesOutput */ .K1)(run), timings: (0,_outputs_js__WEBPACK_IMPORTED_MODULE_1__/* .timingsOutput */ .zF)(run), run };
}
/** `result-build-api-web.json`: unique per job of a matrix, readable in a list of artifacts. */
function resultFileName(job, run) {
    const parts = [job || 'run', ...run.targets.map((t) => t.name)].map((p) => p.replace(/[^\w.-]+/g, '_'));
    const name = parts.join('-').slice(0, 120);
    return `result-${name}.json`;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** A result file's run, checked enough that a wrong file is named, not half-rendered. */
function readResultDocument(text, file) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${file} is not JSON (${error instanceof Error ? error.message : String(error)}); pass the result files the build jobs wrote (output result-file, or --json)`);
    }
    if (!isRecord(doc) || !isRecord(doc.run)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${file} is not a result of artifact-docker-build: it has no "run" record; pass the files the build jobs wrote (output result-file, or the CLI's --json)`);
    }
    const run = doc.run;
    if (typeof run.startedAt !== 'string' ||
        Number.isNaN(Date.parse(run.startedAt)) ||
        typeof run.seconds !== 'number' ||
        !Array.isArray(run.targets)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${file}: the "run" record lacks startedAt, seconds or targets`);
    }
    for (const t of run.targets) {
        if (!isRecord(t) ||
            typeof t.name !== 'string' ||
            typeof t.start !== 'number' ||
            typeof t.end !== 'number' ||
            !Array.isArray(t.phases)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${file}: a target in "run" lacks its name, start, end or phases`);
        }
    }
    return run;
}


/***/ })

};
