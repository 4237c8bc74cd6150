import { createRequire as __adbCreateRequire } from 'node:module';
const require = __adbCreateRequire(import.meta.url);
export const id = 29;
export const ids = [29];
export const modules = {

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

// EXTERNAL MODULE: ./src/setup.ts + 26 modules
var setup = __webpack_require__(1375);
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
            ociCannot: await (0,setup/* ociBlockers */.JQ)(config.targets),
            buildCache: config.targets.some((t) => t.cacheFrom || t.cacheTo),
        });
        const repositoryRoot = (await run(['git', 'rev-parse', '--show-toplevel'], { cwd: config.dir, quiet: true, allowFailure: true })).stdout.trim() || config.dir;
        const result = await runCheck({ config, targets: options.targets, push: options.push, repositoryRoot }, {
            engine: engine.name,
            daemon: caps.daemon,
            buildPlatform: (0,platform/* formatPlatform */.Bq)((0,platform/* runnerPlatform */.GQ)(process.arch)),
            run,
            registry: (0,setup/* preflightRegistry */.tb)(run, quiet, env.DOCKER_CONFIG || undefined),
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


/***/ })

};
