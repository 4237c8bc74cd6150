import { createRequire as __adbCreateRequire } from 'node:module';
const require = __adbCreateRequire(import.meta.url);
export const id = 22;
export const ids = [22];
export const modules = {

/***/ 29022:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runReport: () => (/* binding */ runReport)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/git/read.ts
var read = __webpack_require__(35186);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(12011);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/report/figures.ts
var figures = __webpack_require__(53831);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(96867);
;// CONCATENATED MODULE: ./src/report/merge.ts



function shift(t, by) {
    return {
        ...t,
        start: t.start + by,
        end: t.end + by,
        phases: t.phases.map((p) => ({ ...p, start: p.start + by, end: p.end + by })),
    };
}
function mergeRuns(inputs) {
    if (inputs.length === 0)
        return {
            run: { startedAt: new Date(0).toISOString(), seconds: 0, engine: 'none', pushed: false, targets: [] },
            jobs: [],
            duplicates: [],
        };
    const sorted = [...inputs].sort((a, b) => Date.parse(a.run.startedAt) - Date.parse(b.run.startedAt));
    const t0 = Date.parse(sorted[0].run.startedAt);
    const byName = new Map();
    const duplicates = new Set();
    const jobs = [];
    for (const { source, run } of sorted) {
        const offset = (Date.parse(run.startedAt) - t0) / 1000;
        jobs.push({ source, targets: run.targets.map((t) => t.name), start: offset, end: offset + run.seconds });
        for (const t of run.targets) {
            // a rerun of a failed job uploads its target again; the later run is the one that counts
            if (byName.has(t.name))
                duplicates.add(t.name);
            byName.set(t.name, shift(t, offset));
        }
    }
    const engines = [...new Set(sorted.map((i) => i.run.engine))];
    const run = {
        startedAt: new Date(t0).toISOString(),
        seconds: Math.max(...jobs.map((j) => j.end)),
        engine: engines.join(', '),
        pushed: sorted.some((i) => i.run.pushed),
        targets: [...byName.values()].sort((a, b) => a.name.localeCompare(b.name)),
    };
    return { run, jobs, duplicates: [...duplicates].sort() };
}
/**
 * The chain the workflow's wall time waited on. Jobs of a matrix run side by side, so the
 * critical path is the target that finished last, made of its own phases one after another:
 * shortening any other target does not end the workflow sooner.
 */
function criticalPath(run) {
    if (run.targets.length === 0)
        return undefined;
    const byEnd = [...run.targets].sort((a, b) => b.end - a.end);
    const target = byEnd[0];
    const phases = model/* PHASES */.Z.map((name) => ({ name, seconds: (0,figures/* phaseFigure */.Yz)(name, target.phases).seconds })).filter((p) => p.seconds > 0);
    const path = { target, phases };
    if (byEnd[1])
        path.leadSeconds = target.end - byEnd[1].end;
    return path;
}
/** "web: restore cache 3.1 s → install 1m 52s → build commands 48.2 s (ended 12.0 s after the next)" */
function criticalPathText(path) {
    const chain = path.phases.map((p) => `${figures/* PHASE_LABELS */.Qw[p.name]} ${(0,format/* formatDuration */.a3)(p.seconds)}`).join(' → ');
    const longest = [...path.phases].sort((a, b) => b.seconds - a.seconds)[0];
    const lead = path.leadSeconds === undefined ? '' : `; it ended ${(0,format/* formatDuration */.a3)(path.leadSeconds)} after the next target`;
    const most = longest ? `; the longest step is ${figures/* PHASE_LABELS */.Qw[longest.name]}` : '';
    return `${path.target.name}, ${(0,format/* formatDuration */.a3)(path.target.end - path.target.start)}: ${chain || 'no timed phase'}${most}${lead}`;
}

// EXTERNAL MODULE: ./src/report/summary.ts + 2 modules
var report_summary = __webpack_require__(22457);
// EXTERNAL MODULE: ./src/report/size.ts
var size = __webpack_require__(29437);
;// CONCATENATED MODULE: ./src/report/table.ts




const COLORS = { red: '\x1b[31m', green: '\x1b[32m', dim: '\x1b[2m', bold: '\x1b[1m' };
function table_renderTable(run, opts = {}) {
    const paint = (color) => (opts.color ? (text) => `${COLORS[color]}${text}\x1b[0m` : (text) => text);
    const figures = runFigures(run);
    if (run.targets.length === 0)
        return 'No targets ran.';
    return [
        [...overviewLines(run, figures, paint), ...figures.failed.map((t) => paint('red')(failureLine(t)))].join('\n'),
        targetTable(figures, paint).join('\n'),
        phaseTable(figures, paint).join('\n'),
        imageLines(run).join('\n'),
        ...gateLines(run),
        ...sizeLines(run),
    ].join('\n\n');
}
/**
 * Lines of equal visible width, columns two spaces apart. Every line is padded to the full
 * width, the last column too, so a table can be framed or pasted without ragged edges.
 */
function textTable(rows, align) {
    const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => visibleWidth(row[i] ?? ''))));
    return rows.map((row) => row.map((cell, i) => (align[i] === 'right' ? padStart(cell, widths[i]) : padEnd(cell, widths[i]))).join('  '));
}
function overviewLines(run, f, paint) {
    const n = f.targets.length;
    const how = n === 1 ? '1 target' : `${n} targets ${f.parallel ? 'in parallel' : 'one after another'}`;
    const measuring = f.measuring > 0 ? `, of which ${formatDuration(f.measuring)} measuring the baseline (once)` : '';
    const time = `${formatDuration(f.wall)} wall time${measuring}${n > 1 ? ` (${formatDuration(f.targetSeconds)} of target time)` : ''}`;
    const lines = [
        `${paint('bold')('Artifact-first Docker build')}: ${how}, ${time}, engine ${clean(run.engine)}, ${run.pushed ? 'pushed' : 'not pushed'}`,
    ];
    const c = f.comparison;
    if (c) {
        const against = c.kinds.length === 1 ? BASELINE_NAMES[c.kinds[0]] : 'the multi-stage builds (each target against its own)';
        const noise = c.samples >= 2 && Math.abs(c.baselineSeconds - c.seconds) <= c.spread;
        const verdict = noise
            ? `inside the baseline's own spread (${formatDuration(c.spread)}), no saving claimed`
            : paint(c.saved >= 0 ? 'green' : 'red')(c.saved >= 0 ? `${formatPercent(c.saved)} less time` : `${formatPercent(-c.saved)} more time`);
        lines.push(`${formatDuration(c.seconds)} against ${formatDuration(c.baselineSeconds)} for ${against}: ${verdict}`);
    }
    return lines;
}
function failureLine(t) {
    const where = t.error?.phase ? ` in ${PHASE_LABELS[t.error.phase]}` : '';
    const message = t.error ? clean(failureHeadline(t.error.message)) : '';
    return `FAILED ${clean(t.name)}${where}${message ? `: ${message}` : ''}`;
}
function targetTable(f, paint) {
    const header = [
        'target',
        'status',
        'time',
        'compared with (multi-stage)',
        'saved',
        'other baseline',
        'cache',
        'image size',
        'packages (prod / all)',
    ];
    const rows = f.targets.map((t) => [
        clean(t.target.name),
        statusText(t.target, paint),
        formatDuration(t.total),
        clean(baselineText(t.target)),
        savedText(t),
        clean(otherBaselineText(t.target)),
        clean(cacheText(t.target)),
        sizeText(t),
        packagesText(t.target),
    ]);
    return textTable([header, ...rows], ['left', 'left', 'right', 'left', 'right', 'left', 'left', 'left', 'right']);
}
function statusText(t, paint) {
    if (t.status === 'ok')
        return paint('green')(t.reused ? 'ok (reused)' : 'ok');
    if (t.status === 'skipped')
        return paint('dim')('skipped');
    return paint('red')('FAILED');
}
function phaseTable(f, paint) {
    const cell = (p) => {
        if (p.state === 'failed')
            return paint('red')(`✗ ${formatSeconds(p.seconds)}`);
        return p.state === 'ran' ? formatSeconds(p.seconds) : '—';
    };
    const rows = f.targets[0].phases.map((p, i) => [PHASE_LABELS[p.name], ...f.targets.map((t) => cell(t.phases[i]))]);
    if (f.targets.some((t) => t.other > 0))
        rows.push(['setup and waiting', ...f.targets.map((t) => formatSeconds(t.other))]);
    rows.push(['total', ...f.targets.map((t) => formatSeconds(t.total))]);
    rows.push(['your commands', ...f.targets.map((t) => share(formatSeconds(t.userSeconds), userShare(t)))]);
    rows.push([
        "action's steps",
        ...f.targets.map((t) => {
            const user = userShare(t);
            return share(formatSeconds(t.overheadSeconds), user === undefined ? undefined : 100 - user);
        }),
    ]);
    const header = ['phase', ...f.targets.map((t) => clean(t.target.name))];
    return textTable([header, ...rows], ['left', ...f.targets.map(() => 'right')]);
}
function share(text, percent) {
    return percent === undefined ? text : `${text} (${formatPercent(percent)})`;
}
function imageLines(run) {
    const lines = ['images'];
    for (const t of run.targets) {
        const img = t.image;
        if (!img) {
            lines.push(`  ${clean(t.name)}: no image${t.status === 'failed' ? ', the target failed' : ''}`);
            continue;
        }
        const state = img.pushed ? `pushed${img.digest ? ` ${clean(img.digest)}` : ''}` : 'built, not pushed';
        lines.push(`  ${clean(t.name)}: ${state}`);
        for (const tag of img.tags.length > 0 ? img.tags : [img.image])
            lines.push(`    ${clean(tag)}`);
        const smoke = smokeText(t);
        if (smoke)
            lines.push(`    ${clean(smoke)}`);
    }
    return lines;
}
function gateLines(run) {
    const items = recordedGateItems(run);
    if (items.length === 0)
        return [];
    return [['gates from records', ...items.map((g) => `  ${clean(g.target)}: ${clean(g.text)}`)].join('\n')];
}
function sizeLines(run) {
    const items = sizeItems(run);
    if (items.length === 0)
        return [];
    return [
        [
            'image size',
            ...items.map((item) => `  ${clean(item.target)}: ${item.parts.map((p) => clean('code' in p ? p.code : p.text)).join('')}`),
        ].join('\n'),
    ];
}
/** User text on one line with no control characters: nothing in it may move the cursor or recolour. */
function clean(text) {
    return (stripAnsi(text)
        .replace(/\s+/g, ' ')
        // eslint-disable-next-line no-control-regex -- control characters are what gets removed
        .replace(/[\u0000-\u001f\u007f-\u009f]/g, ''));
}

;// CONCATENATED MODULE: ./src/report/matrix-summary.ts





/**
 * The summary of a job matrix: the one-run summary of the merged run (one table for all
 * targets, totals, the baseline comparison, the timeline), with the jobs and the critical path
 * under its heading.
 */
const MATRIX_TITLE = 'Artifact-first Docker build';
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/** Plain sentences both renderers share; the markdown one escapes the names. */
function matrixFacts(merged, name) {
    const { run, jobs } = merged;
    const jobSeconds = jobs.reduce((sum, j) => sum + (j.end - j.start), 0);
    const lines = [
        `${plural(run.targets.length, 'target')} from ${plural(jobs.length, 'job')}: ${(0,format/* formatDuration */.a3)(run.seconds)} from the first job's start to the last one's end, ${(0,format/* formatDuration */.a3)(jobSeconds)} of job time.`,
    ];
    const path = criticalPath(run);
    if (path)
        lines.push(`Critical path: ${name(criticalPathText(path))}.`);
    if (merged.duplicates.length > 0)
        lines.push(`Reported more than once (the latest run is shown): ${merged.duplicates.map(name).join(', ')}.`);
    return lines;
}
function renderMatrixSummary(merged, title = MATRIX_TITLE) {
    if (merged.jobs.length === 0)
        return `## ${(0,markdown/* escapeMarkdown */.FV)(title)}\n\nNo result files: no target was built.\n`;
    const summary = (0,report_summary/* renderSummary */.B)(merged.run, { title });
    const cut = summary.indexOf('\n\n');
    const facts = matrixFacts(merged, markdown/* escapeMarkdown */.FV).join('\n');
    return cut < 0 ? `${summary}\n${facts}\n` : `${summary.slice(0, cut)}\n\n${facts}${summary.slice(cut)}`;
}
function renderMatrixTable(merged) {
    if (merged.jobs.length === 0)
        return 'No result files: no target was built.';
    return `${matrixFacts(merged, (t) => t).join('\n')}\n\n${renderTable(merged.run)}`;
}

// EXTERNAL MODULE: ./src/report/result-file.ts
var result_file = __webpack_require__(76076);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/workspace/graph.ts
var graph = __webpack_require__(60073);
;// CONCATENATED MODULE: ./src/report/result-files.ts




/**
 * The result files named by files, directories (searched for .json files at any depth, as
 * actions/download-artifact leaves one folder per artifact) and globs (`results/**\/*.json`).
 */
function findResultFiles(entries, cwd) {
    const found = [];
    for (const entry of entries) {
        const absolute = external_node_path_default().resolve(cwd, entry);
        if (/[*?]/.test(entry)) {
            const matches = globFiles(cwd, entry);
            if (matches.length === 0)
                throw new errors/* UsageError */.eb(`results: no file matches ${entry} (in ${cwd})`);
            found.push(...matches);
            continue;
        }
        let stat;
        try {
            stat = (0,external_node_fs_.statSync)(absolute);
        }
        catch {
            throw new errors/* UsageError */.eb(`results: ${entry} does not exist (in ${cwd}); download the build jobs' artifacts first`);
        }
        if (stat.isDirectory()) {
            const inside = walk(absolute).filter((f) => f.endsWith('.json'));
            if (inside.length === 0)
                throw new errors/* UsageError */.eb(`results: no .json file under ${entry}`);
            found.push(...inside);
        }
        else {
            found.push(absolute);
        }
    }
    return [...new Set(found)].sort();
}
function walk(dir) {
    return (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true }).flatMap((e) => {
        const full = external_node_path_default().join(dir, e.name);
        return e.isDirectory() ? walk(full) : e.isFile() ? [full] : [];
    });
}
/** Files under the glob's fixed leading directories whose relative path the glob matches. */
function globFiles(cwd, glob) {
    const segments = glob.split('/');
    const fixed = segments.slice(0, segments.findIndex((s) => /[*?]/.test(s)));
    const base = external_node_path_default().resolve(cwd, ...fixed);
    const rest = segments.slice(fixed.length).join('/');
    let files;
    try {
        files = walk(base);
    }
    catch {
        return [];
    }
    // globMatches reads `**` as any number of directories, whatever the last segment names
    return files.filter((f) => (0,graph/* globMatches */.mw)(rest, external_node_path_default().relative(base, f).split((external_node_path_default()).sep).join('/')));
}

// EXTERNAL MODULE: ./src/action/publish.ts + 1 modules
var publish = __webpack_require__(33714);
;// CONCATENATED MODULE: ./src/action/report.ts










/**
 * mode report: the build jobs' result files, merged into one job summary, one sticky pull
 * request comment and the outputs a single run would set.
 */
async function runReport(inputs, workspace) {
    try {
        if (inputs.results.length === 0)
            throw new Error('mode report needs `results`: the result files, or the directory actions/download-artifact put them in');
        const cwd = external_node_path_default().resolve(workspace, inputs.workingDirectory);
        const files = findResultFiles(inputs.results, cwd);
        const runs = await Promise.all(files.map(async (file) => ({
            source: external_node_path_default().relative(cwd, file),
            run: (0,result_file/* readResultDocument */.Vq)(await (0,promises_.readFile)(file, 'utf8'), file),
        })));
        const merged = mergeRuns(runs);
        core/* info */.pq(`merged ${files.length} result ${files.length === 1 ? 'file' : 'files'}: ${merged.run.targets.map((t) => t.name).join(', ') || 'no targets'}`);
        for (const name of merged.duplicates)
            core/* warning */.$e(`${name} is in more than one result file: the latest run is reported`);
        (0,publish/* setOutputs */.n0)(merged.run);
        const body = renderMatrixSummary(merged);
        if (inputs.summary)
            await (0,publish/* writeSummary */.Sy)(body);
        if (inputs.prComment) {
            const git = (0,read/* gitInfoFromActions */.cW)(process.env, (0,read/* readEventPayload */.N5)(process.env.GITHUB_EVENT_PATH));
            await (0,publish/* commentOnPullRequest */.rh)(inputs.githubToken, git, (marker) => `${marker}\n${body}`);
        }
    }
    catch (error) {
        core/* setFailed */.C1((0,errors/* messageOf */.bD)(error));
    }
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


/***/ }),

/***/ 60073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B6: () => (/* binding */ diskView),
/* harmony export */   Bo: () => (/* binding */ buildOrder),
/* harmony export */   EI: () => (/* binding */ readWorkspaceGraph),
/* harmony export */   MU: () => (/* binding */ packageAt),
/* harmony export */   iJ: () => (/* binding */ localDependencyClosure),
/* harmony export */   mw: () => (/* binding */ globMatches),
/* harmony export */   pl: () => (/* binding */ findWorkspace),
/* harmony export */   yh: () => (/* binding */ cachedView)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);



const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];
/** what a package needs at run time: what ships with it */
const PRODUCTION_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'];
/** never package directories, and far too large to walk */
const SKIPPED_DIRS = new Set(['node_modules', '.git']);
/** how deep a `**` glob looks below its fixed part */
const MAX_GLOB_DEPTH = 8;
function readManifest(view, dir) {
    const text = view.readText(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'package.json'));
    if (text === undefined)
        return undefined;
    try {
        const parsed = JSON.parse(text);
        return parsed && typeof parsed === 'object' ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}
function stringList(value) {
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined;
}
/** The globs a directory declares as its workspace packages, if it is a workspace root. */
function declaredPatterns(view, dir) {
    const pnpm = view.readText(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'pnpm-workspace.yaml'));
    if (pnpm !== undefined) {
        let doc;
        try {
            doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(pnpm);
        }
        catch {
            doc = undefined;
        }
        const packages = doc && typeof doc === 'object' ? stringList(doc.packages) : undefined;
        return { patterns: packages ?? [], declaredIn: 'pnpm-workspace.yaml' };
    }
    const manifest = readManifest(view, dir);
    const field = manifest?.workspaces;
    const patterns = stringList(field) ??
        (field && typeof field === 'object' ? stringList(field.packages) : undefined);
    return patterns ? { patterns, declaredIn: 'package.json' } : undefined;
}
function segmentMatches(pattern, name) {
    const source = pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '[^/]');
    return new RegExp(`^${source}$`).test(name);
}
function segmentsMatch(pattern, segments) {
    if (pattern.length === 0)
        return segments.length === 0;
    const [head, ...rest] = pattern;
    // `**` takes any number of directories, none included (`apps/**` matches `apps` itself)
    if (head === '**')
        return segmentsMatch(rest, segments) || (segments.length > 0 && segmentsMatch(pattern, segments.slice(1)));
    return segments.length > 0 && segmentMatches(head, segments[0]) && segmentsMatch(rest, segments.slice(1));
}
/** Whether a workspace glob (`apps/*`, `packages/**`) takes in a relative posix directory. */
function globMatches(glob, relative) {
    const pattern = glob
        .replace(/^\.\//, '')
        .replace(/\/+$/, '')
        .split('/')
        .filter((s) => s !== '' && s !== '.');
    return segmentsMatch(pattern, relative.split('/').filter(Boolean));
}
/** Relative directories under root that the include globs match and no `!` glob excludes. */
function matchWorkspaceDirs(view, root, patterns) {
    const include = patterns.filter((p) => !p.startsWith('!'));
    const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
    const depth = Math.max(0, ...patterns.map((p) => (p.includes('**') ? MAX_GLOB_DEPTH : p.replace(/^!/, '').split('/').length)));
    const found = [];
    const walk = (relative, level) => {
        if (level >= depth)
            return;
        for (const name of view.listDirs(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, relative)).sort()) {
            if (SKIPPED_DIRS.has(name) || name.startsWith('.'))
                continue;
            const child = relative ? `${relative}/${name}` : name;
            if (include.some((g) => globMatches(g, child)) && !exclude.some((g) => globMatches(g, child)))
                found.push(child);
            walk(child, level + 1);
        }
    };
    walk('', 0);
    return found;
}
/**
 * Whether a range taken by a workspace package's name links that package: `workspace:` and
 * plain ranges do (npm, yarn and bun prefer the local package); an `npm:` alias, a git or a
 * tarball URL fetch something else under the same name.
 */
function isLocalRange(range) {
    if (range.startsWith('workspace:') || /^(?:file|link|portal):/.test(range))
        return true;
    return !/^(?:npm:|git[+:]|https?:|github:|[\w-]+\/[\w.-]+(?:#.*)?$)/.test(range);
}
function dependenciesOf(manifest, fields = DEPENDENCY_FIELDS) {
    const all = {};
    for (const field of fields) {
        const deps = manifest[field];
        if (!deps || typeof deps !== 'object')
            continue;
        for (const [name, range] of Object.entries(deps)) {
            if (typeof range === 'string' && !(name in all))
                all[name] = range;
        }
    }
    return all;
}
/** The workspace graph rooted at `root`, or undefined when root declares no workspaces. */
function readWorkspaceGraph(view, root) {
    const declared = declaredPatterns(view, root);
    if (!declared)
        return undefined;
    const packages = new Map();
    const production = new Map();
    for (const relative of matchWorkspaceDirs(view, root, declared.patterns)) {
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, relative);
        const manifest = readManifest(view, dir);
        if (!manifest)
            continue;
        // an unnamed package cannot be depended on; it is still a member, known by its directory
        const name = typeof manifest.name === 'string' && manifest.name ? manifest.name : relative;
        if (!packages.has(name)) {
            packages.set(name, {
                name,
                dir,
                dependencies: dependenciesOf(manifest),
                localDependencies: [],
                localProductionDependencies: [],
            });
            production.set(name, Object.keys(dependenciesOf(manifest, PRODUCTION_FIELDS)));
        }
    }
    for (const pkg of packages.values()) {
        const local = (dep) => dep !== pkg.name && packages.has(dep) && isLocalRange(pkg.dependencies[dep]);
        pkg.localDependencies = Object.keys(pkg.dependencies).filter(local).sort();
        pkg.localProductionDependencies = (production.get(pkg.name) ?? []).filter(local).sort();
    }
    const rootManifest = readManifest(view, root);
    return {
        root,
        declaredIn: declared.declaredIn,
        patterns: declared.patterns,
        rootDependencies: rootManifest ? dependenciesOf(rootManifest) : {},
        rootScripts: rootManifest?.scripts && typeof rootManifest.scripts === 'object' ? Object.keys(rootManifest.scripts).sort() : [],
        packages,
    };
}
/**
 * The workspace that a directory belongs to: the nearest ancestor (or the directory itself)
 * declaring workspaces whose globs take the directory in, or which is the directory. Undefined
 * for a standalone app.
 */
function findWorkspace(view, dir, stopAt) {
    let current = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir);
    for (;;) {
        const graph = declaredPatterns(view, current) ? readWorkspaceGraph(view, current) : undefined;
        if (graph && (current === node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir) || packageAt(graph, dir)))
            return graph;
        const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(current);
        if (parent === current || (stopAt !== undefined && current === node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(stopAt)))
            return undefined;
        current = parent;
    }
}
/** The local package whose directory is dir. */
function packageAt(graph, dir) {
    const wanted = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir);
    for (const pkg of graph.packages.values())
        if (pkg.dir === wanted)
            return pkg;
    return undefined;
}
/**
 * The local packages `name` depends on, directly or through other local packages; sorted by name.
 * `production` follows only what ships (not devDependencies), at every level.
 */
function localDependencyClosure(graph, name, options = {}) {
    const seen = new Set();
    const visit = (current) => {
        const pkg = graph.packages.get(current);
        for (const dep of (options.production ? pkg?.localProductionDependencies : pkg?.localDependencies) ?? []) {
            if (seen.has(dep))
                continue;
            seen.add(dep);
            visit(dep);
        }
    };
    visit(name);
    seen.delete(name);
    return [...seen].sort().map((n) => graph.packages.get(n));
}
/**
 * The order to build local packages in: each after the local packages it depends on (any kind
 * of dependency: a build needs its devDependencies built). A cycle is broken where it is met.
 */
function buildOrder(graph, names) {
    const wanted = new Set(names);
    const order = [];
    const seen = new Set();
    const visit = (name) => {
        if (seen.has(name))
            return;
        seen.add(name);
        const pkg = graph.packages.get(name);
        if (!pkg)
            return;
        for (const dep of pkg.localDependencies)
            visit(dep);
        if (wanted.has(name))
            order.push(pkg);
    };
    for (const name of [...names].sort())
        visit(name);
    return order;
}
/** A view that reads each file and directory once: many targets share one workspace's files. */
function cachedView(view) {
    const texts = new Map();
    const dirs = new Map();
    return {
        readText(file) {
            if (!texts.has(file))
                texts.set(file, view.readText(file));
            return texts.get(file);
        },
        listDirs(dir) {
            if (!dirs.has(dir))
                dirs.set(dir, view.listDirs(dir));
            return dirs.get(dir);
        },
    };
}
/** The real file system as a FileView. */
const diskView = {
    readText(file) {
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
        }
        catch {
            return undefined;
        }
    },
    listDirs(dir) {
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true })
                .filter((e) => e.isDirectory())
                .map((e) => e.name);
        }
        catch {
            return [];
        }
    },
};


/***/ })

};
