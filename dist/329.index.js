import { createRequire as __adbCreateRequire } from 'node:module';
const require = __adbCreateRequire(import.meta.url);
export const id = 329;
export const ids = [329,616];
export const modules = {

/***/ 41616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   probeBuildxWithToolkit: () => (/* binding */ probeBuildxWithToolkit)
/* harmony export */ });
/* harmony import */ var _docker_actions_toolkit_lib_buildx_buildx_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3191);

/**
 * The toolkit's own detection, which also finds a standalone buildx binary
 * (docker/setup-buildx-action). Here in the action's glue, so the CLI bundle does not carry the
 * toolkit; the CLI asks `docker buildx version` itself (engines/detect.ts).
 */
async function probeBuildxWithToolkit() {
    const buildx = new _docker_actions_toolkit_lib_buildx_buildx_js__WEBPACK_IMPORTED_MODULE_0__/* .Buildx */ .F();
    if (!(await buildx.isAvailable()))
        return undefined;
    const { command, args } = await buildx.getCommand([]);
    return { version: await buildx.version(), command: [command, ...args] };
}


/***/ }),

/***/ 84329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCheckMode: () => (/* binding */ runCheckMode)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/load.ts + 1 modules
var load = __webpack_require__(32284);
// EXTERNAL MODULE: ./src/engines/detect.ts
var detect = __webpack_require__(60708);
// EXTERNAL MODULE: ./src/action/buildx.ts
var buildx = __webpack_require__(41616);
// EXTERNAL MODULE: ./src/engines/oci/platform.ts
var platform = __webpack_require__(19754);
// EXTERNAL MODULE: ./src/engines/select.ts
var engines_select = __webpack_require__(5899);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/exec.ts
var exec = __webpack_require__(73190);
// EXTERNAL MODULE: ./src/git/info.ts
var info = __webpack_require__(62714);
// EXTERNAL MODULE: ./src/git/read.ts
var read = __webpack_require__(35186);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
// EXTERNAL MODULE: ./src/daemon-images.ts
var daemon_images = __webpack_require__(11286);
// EXTERNAL MODULE: ./src/phases/preflight.ts
var preflight = __webpack_require__(64155);
// EXTERNAL MODULE: ./src/pipeline/plan.ts
var plan = __webpack_require__(75455);
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
            const where = formatLocation({
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

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/setup.ts + 26 modules
var setup = __webpack_require__(9242);
// EXTERNAL MODULE: ./src/action/logger.ts
var action_logger = __webpack_require__(18980);
// EXTERNAL MODULE: ./src/action/publish.ts + 1 modules
var publish = __webpack_require__(33714);
;// CONCATENATED MODULE: ./src/action/check.ts

















/**
 * mode check: the preflight alone (no install, no build, no image). Each finding is an
 * annotation at its file, line and column; the step fails when a target does not pass.
 */
async function runCheckMode(inputs, workspace) {
    const logger = new action_logger/* ActionLogger */.T(workspace);
    try {
        const config = (0,load/* loadConfig */.Z)(external_node_path_default().resolve(workspace, inputs.workingDirectory, inputs.config));
        const git = (0,read/* gitInfoFromActions */.cW)(process.env, (0,read/* readEventPayload */.N5)(process.env.GITHUB_EVENT_PATH));
        const push = inputs.push === 'auto' ? (0,info/* isDefaultBranchPush */.i)(git) : inputs.push === 'true';
        const run = (0,exec/* createRunner */.ji)(new log/* MemoryLogger */.C());
        const caps = await (0,detect/* detectCapabilities */.Gg)(run, () => (0,buildx.probeBuildxWithToolkit)());
        const engine = (0,engines_select/* selectEngine */.X)(inputs.engine === 'auto' ? (config.engine ?? 'auto') : inputs.engine, caps, {
            ...(inputs.builder ? { builder: inputs.builder } : {}),
            ociCannot: await (0,setup.ociBlockers)(config.targets),
            buildCache: inputs.cacheFrom.length + inputs.cacheTo.length > 0 || config.targets.some((t) => t.cacheFrom || t.cacheTo),
        });
        const result = await runCheck({ config, targets: inputs.targets, push, repositoryRoot: workspace }, {
            engine: engine.name,
            daemon: caps.daemon,
            buildPlatform: (0,platform/* formatPlatform */.Bq)((0,platform/* runnerPlatform */.GQ)(process.arch)),
            run,
            registry: (0,setup.preflightRegistry)(run, logger, process.env.DOCKER_CONFIG || undefined),
        });
        for (const note of result.notes)
            core/* info */.pq(note);
        for (const [name, findings] of Object.entries(result.raw)) {
            for (const f of findings)
                (f.severity === 'error' ? logger.error : logger.warning).call(logger, `${name}: ${f.message}`, f.location);
            core/* info */.pq(`${result.targets[name].ok ? 'ok' : 'FAILED'} ${name}`);
        }
        if (inputs.summary)
            await (0,publish/* writeSummary */.Sy)(checkSummary(result));
        if (result.exitCode !== 0)
            process.exitCode = core/* ExitCode */.yU.Failure;
    }
    catch (error) {
        const location = (0,errors/* locationOf */.hD)(error);
        if (location) {
            logger.error((0,errors/* messageOf */.bD)(error), location);
            process.exitCode = core/* ExitCode */.yU.Failure;
        }
        else {
            core/* setFailed */.C1((0,errors/* messageOf */.bD)(error));
        }
    }
}
function checkSummary(result) {
    const rows = Object.entries(result.targets).map(([name, t]) => {
        const errors = t.findings.filter((f) => f.severity === 'error');
        const first = errors[0] ?? t.findings[0];
        const where = first ? (0,markdown/* codeSpan */.SS)(`${first.file}${first.line ? `:${first.line}` : ''}`, 'table') : '';
        return [
            (0,markdown/* escapeMarkdown */.FV)(name),
            t.ok ? 'passes' : `fails (${errors.length})`,
            first ? `${where} ${(0,markdown/* escapeMarkdown */.FV)(first.message)}` : '',
        ];
    });
    return `## artifact-docker-build check\n\n${(0,markdown/* markdownTable */.Qj)(['target', 'result', 'first finding'], rows, ['left', 'left', 'left'])}\n`;
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

/***/ 25625:
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


/***/ })

};
