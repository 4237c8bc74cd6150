import { createRequire as __adbCreateRequire } from 'node:module';
const require = __adbCreateRequire(import.meta.url);
export const id = 920;
export const ids = [920,535,790];
export const modules = {

/***/ 7920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reportCommand: () => (/* binding */ reportCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/figures.ts
var figures = __webpack_require__(3831);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(6867);
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

// EXTERNAL MODULE: ./src/report/summary.ts + 1 modules
var report_summary = __webpack_require__(7535);
// EXTERNAL MODULE: ./src/report/table.ts
var table = __webpack_require__(790);
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
    const summary = (0,report_summary.renderSummary)(merged.run, { title });
    const cut = summary.indexOf('\n\n');
    const facts = matrixFacts(merged, markdown/* escapeMarkdown */.FV).join('\n');
    return cut < 0 ? `${summary}\n${facts}\n` : `${summary.slice(0, cut)}\n\n${facts}${summary.slice(cut)}`;
}
function renderMatrixTable(merged) {
    if (merged.jobs.length === 0)
        return 'No result files: no target was built.';
    return `${matrixFacts(merged, (t) => t).join('\n')}\n\n${(0,table.renderTable)(merged.run)}`;
}

// EXTERNAL MODULE: ./src/report/result-file.ts
var result_file = __webpack_require__(6076);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/workspace/graph.ts
var graph = __webpack_require__(73);
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

// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/logger.ts
var cli_logger = __webpack_require__(2280);
;// CONCATENATED MODULE: ./src/cli/report.ts









/** `report`: several runs' results merged into one table (or JSON), and optionally markdown. */
async function reportCommand(argv) {
    const logger = new cli_logger/* StderrLogger */.j(false);
    try {
        const options = (0,args/* parseReportArgs */.D8)(argv);
        if (options.help) {
            process.stdout.write(`${args/* REPORT_USAGE */.hB}\n`);
            return 0;
        }
        const cwd = process.cwd();
        const files = findResultFiles(options.files, cwd);
        const runs = await Promise.all(files.map(async (file) => ({
            source: external_node_path_default().relative(cwd, file),
            run: (0,result_file.readResultDocument)(await (0,promises_.readFile)(file, 'utf8'), file),
        })));
        const merged = mergeRuns(runs);
        for (const name of merged.duplicates)
            logger.warning(`${name} is in more than one result file: the latest run is reported`);
        if (options.json) {
            process.stdout.write(`${JSON.stringify((0,result_file.resultDocument)(merged.run), null, 2)}\n`);
            process.stderr.write(`${renderMatrixTable(merged)}\n`);
        }
        else {
            process.stdout.write(`${renderMatrixTable(merged)}\n`);
        }
        if (options.summary) {
            try {
                await (0,promises_.writeFile)(options.summary, renderMatrixSummary(merged));
            }
            catch (error) {
                logger.warning(`could not write ${options.summary}: ${(0,errors/* messageOf */.bD)(error)}`);
            }
        }
        return 0;
    }
    catch (error) {
        logger.error((0,errors/* messageOf */.bD)(error));
        return (0,errors/* exitCodeOf */.FO)(error);
    }
}


/***/ }),

/***/ 8874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ recordedGateItems)
/* harmony export */ });
/**
 * The gates a run replayed from records rather than ran: said in the summary, because a user
 * reading a warning should know it was found on an earlier run of the same tree or base image.
 */
function recordedGateItems(run) {
    return run.targets.flatMap((t) => {
        const items = [];
        const tree = t.gates?.productionTree;
        if (tree?.replayed)
            items.push({ target: t.name, text: `production tree checks: recorded for key ${tree.key}, not repeated` });
        const base = t.gates?.baseImage;
        if (base?.replayed)
            items.push({ target: t.name, text: `base image probe: recorded for ${base.identity}, not repeated` });
        return items;
    });
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Qj: () => (/* binding */ markdownTable),
/* harmony export */   SS: () => (/* binding */ codeSpan)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2011);

/**
 * GitHub-flavoured markdown building blocks. Every user string goes through `escapeMarkdown`
 * (names) or `codeSpan` (free text: errors, tags, digests). Code spans are the safer home for
 * free text: GitHub turns neither `@name` into a mention nor `#12` into a cross-reference there,
 * which matters in a PR comment.
 */
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/** Text that renders as itself in a table cell or a line: no HTML, no emphasis, no cell breaks. */
function escapeMarkdown(text) {
    return oneLine(text)
        .replace(/[&<>]/g, (ch) => ENTITIES[ch] ?? ch)
        .replace(/[\\`*_[\]|~]/g, (ch) => `\\${ch}`);
}
/**
 * Text shown verbatim in a code span. The fence is one backtick longer than any run inside.
 * In a table cell `|` is escaped even there, because GitHub splits the row on it before it reads
 * code spans (and drops the backslash again); anywhere else the backslash would show.
 */
function codeSpan(text, where = 'line') {
    const flat = oneLine(text);
    const body = where === 'table' ? flat.replace(/\|/g, '\\|') : flat;
    const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    // A span that starts or ends with a backtick needs a space, which the renderer strips again.
    const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${body}${pad}${fence}`;
}
function oneLine(text) {
    return ((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .stripAnsi */ .aJ)(text)
        .replace(/\r\n|[\r\n\t\u2028\u2029]/g, ' ')
        // eslint-disable-next-line no-control-regex -- control characters are what gets removed
        .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ''));
}
/** A pipe table; cells must already be escaped. */
function markdownTable(header, rows, align) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    const rule = header.map((_, i) => (align[i] === 'right' ? '---:' : '---'));
    return [line(header), line(rule), ...rows.map(line)].join('\n');
}


/***/ }),

/***/ 6076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readResultDocument: () => (/* binding */ readResultDocument),
/* harmony export */   resultDocument: () => (/* binding */ resultDocument),
/* harmony export */   resultFileName: () => (/* binding */ resultFileName)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5468);


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

/***/ 7535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderSummary: () => (/* binding */ renderSummary)
});

// EXTERNAL MODULE: ./src/report/figures.ts
var report_figures = __webpack_require__(3831);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/report/outputs.ts
var outputs = __webpack_require__(5468);
;// CONCATENATED MODULE: ./src/report/gantt.ts


/**
 * A mermaid gantt chart of the run: a section per target with a bar per phase, and the
 * baseline measurements this run made in a section of their own, drawn where they ran (after
 * the targets). Recorded and fixed baselines took no time here and are not drawn.
 *
 * Times are milliseconds since the run started, read with `dateFormat x` (epoch milliseconds)
 * and labelled with `axisFormat %s` (epoch seconds): the axis then counts seconds from 0, with
 * no time zone in play, and short phases keep their width instead of rounding to whole seconds.
 */
const BASELINE_SECTION = 'measuring the multi-stage baseline';
function renderGantt(run) {
    const lines = [];
    for (const t of run.targets) {
        const bars = t.phases.filter((p) => p.status !== 'skipped');
        if (bars.length === 0)
            continue;
        lines.push(`section ${ganttText(t.name)}`);
        for (const p of bars) {
            // rounded at the clock readings, as the phase table rounds, so both show the same figure
            const label = `${report_figures/* PHASE_LABELS */.Qw[p.name]} ${(0,format/* formatSeconds */.Xo)(((0,format/* tenths */.TP)(p.end) - (0,format/* tenths */.TP)(p.start)) / 10)}`;
            lines.push(task(label, p.status === 'failed' ? ['crit'] : [], p.start, p.end));
        }
    }
    const measured = run.targets.filter((t) => t.baseline?.measuring);
    if (measured.length > 0) {
        lines.push(`section ${BASELINE_SECTION}`);
        for (const t of measured) {
            const { start, end } = t.baseline.measuring;
            lines.push(task(`${ganttText(t.name)} measured ${(0,format/* formatDuration */.a3)(((0,format/* tenths */.TP)(end) - (0,format/* tenths */.TP)(start)) / 10)}`, ['done'], start, end));
        }
    }
    if (lines.length === 0)
        return undefined;
    const header = [
        'gantt',
        'title Where the time went, in seconds since the run started',
        'dateFormat x',
        'axisFormat %s',
        // the today line sits decades to the right of a chart that starts at the epoch
        'todayMarker off',
    ];
    return ['```mermaid', header[0], ...[...header.slice(1), ...lines].map((l) => `    ${l}`), '```'].join('\n');
}
function task(label, tags, start, end) {
    const from = Math.max(0, Math.round(start * 1000));
    const to = Math.max(from, Math.round(end * 1000));
    return `${label} :${[...tags, String(from), String(to)].join(', ')}`;
}
/**
 * Mermaid's gantt lexer is case-insensitive and tries its keywords before task text, with no
 * word boundary: a task named "title-svc" or "gantt" or "click x" would be read as a statement.
 * Text starting with one of them gets a neutral prefix.
 */
const KEYWORD_START = /^(gantt|dateformat|inclusiveenddates|topaxis|axisformat|tickinterval|includes|excludes|todaymarker|weekday|weekend|title|accdescr|acctitle|section|click|href|call|displaymode|\d{4}-\d{2}-\d{2})/i;
/** Text that is safe as a task name or section title: no `:`, `#`, `;` or `%%`, nothing markup-like. */
function ganttText(text) {
    const clean = text
        .replace(/[^\p{L}\p{N} ._\-/()+@=,]/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    if (clean === '')
        return 'target';
    return KEYWORD_START.test(clean) ? `target ${clean}` : clean;
}

// EXTERNAL MODULE: ./src/report/size.ts
var report_size = __webpack_require__(9437);
// EXTERNAL MODULE: ./src/report/gates.ts
var report_gates = __webpack_require__(8874);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/report/summary.ts







const DEFAULT_TITLE = 'Artifact-first Docker build';
function renderSummary(run, opts = {}) {
    const figures = (0,report_figures/* runFigures */.jU)(run);
    const blocks = [`## ${(0,markdown/* escapeMarkdown */.FV)(opts.title ?? DEFAULT_TITLE)}`];
    if (run.targets.length === 0)
        return `${blocks[0]}\n\nNo targets ran.\n`;
    blocks.push(...failureLines(figures), headline(figures), runLine(run, figures), ...branchLines(run), targetTable(figures), '### Where the time went', phaseTable(figures), ownCommandLines(figures));
    const gantt = renderGantt(run);
    if (gantt)
        blocks.push(gantt);
    blocks.push('### Images', imageList(run));
    const gates = (0,report_gates/* recordedGateItems */.Q)(run);
    if (gates.length > 0)
        blocks.push('### Gates from records', gates.map((g) => `- **${(0,markdown/* escapeMarkdown */.FV)(g.target)}**: ${(0,markdown/* escapeMarkdown */.FV)(g.text)}`).join('\n'));
    const size = (0,report_size/* sizeItems */.Mp)(run);
    if (size.length > 0)
        blocks.push('### Image size', size
            .map((item) => `- **${(0,markdown/* escapeMarkdown */.FV)(item.target)}**: ${item.parts.map((p) => ('code' in p ? (0,markdown/* codeSpan */.SS)(p.code) : (0,markdown/* escapeMarkdown */.FV)(p.text))).join('')}`)
            .join('\n'));
    return `${blocks.join('\n\n')}\n`;
}
function failureLines(f) {
    return f.failed.map((t) => {
        const where = t.error?.phase ? ` in **${report_figures/* PHASE_LABELS */.Qw[t.error.phase]}**` : '';
        const message = t.error ? (0,report_figures/* failureHeadline */.Ni)(t.error.message) : '';
        return `❌ **${(0,markdown/* escapeMarkdown */.FV)(t.name)}** failed${where}${message ? `: ${(0,markdown/* codeSpan */.SS)(message)}` : ''}`;
    });
}
/** The one sentence a reader should take away, and the figures behind it. */
function headline(f) {
    const c = f.comparison;
    if (!c) {
        const n = f.targets.length;
        const done = f.targets.filter((t) => t.target.status === 'ok').length;
        const reused = f.targets.filter((t) => t.target.reused).length;
        if (reused === n) {
            return `**Nothing to build: ${n === 1 ? 'the image' : `all ${n} images`} of these same inputs ${n === 1 ? 'was' : 'were'} already in the registry, tagged in ${(0,format/* formatDuration */.a3)(f.wall)}.**`;
        }
        const built = done === n ? `${n} ${plural(n, 'target')} built in ${(0,format/* formatDuration */.a3)(f.wall)}` : `${done} of ${n} targets built`;
        const why = f.targets.some((t) => t.target.baseline)
            ? 'No finished target to compare with its multi-stage baseline.'
            : 'No multi-stage baseline to compare with.';
        return `**${built}.** ${why}`;
    }
    const compared = f.targets.filter((t) => t.saved !== undefined);
    const who = compared.length === f.targets.length ? '' : `${compared.map((t) => (0,markdown/* escapeMarkdown */.FV)(t.target.name)).join(', ')}: `;
    const against = c.kinds.length === 1
        ? report_figures/* BASELINE_NAMES */.hu[c.kinds[0]]
        : 'the multi-stage builds (each target against its own, see the table)';
    const figures = `${(0,format/* formatDuration */.a3)(c.seconds)} against ${(0,format/* formatDuration */.a3)(c.baselineSeconds)} for ${against}`;
    let sentence;
    if (c.samples >= 2 && Math.abs(c.baselineSeconds - c.seconds) <= c.spread) {
        sentence = `**${who}${figures}: the difference is inside the baseline's own spread (${(0,format/* formatDuration */.a3)(c.spread)} between its samples), so no saving is claimed.**`;
    }
    else {
        const verdict = c.saved >= 0 ? `${(0,format/* formatPercent */.l9)(c.saved)} less time` : `${(0,format/* formatPercent */.l9)(-c.saved)} more time`;
        sentence = `**${who}${figures}: ${verdict}.**`;
    }
    return [sentence, ...compared.map(basisLine)].join('\n');
}
/** Per target: why this baseline, what it rests on, and the other one for scale. */
function basisLine(t) {
    const b = t.target.baseline;
    const why = b.comparedWith === 'cached'
        ? 'node_modules came from the cache'
        : t.target.cacheHit
            ? 'no cached figure to compare with'
            : 'node_modules was installed';
    const figure = (0,outputs/* comparedFigure */.Q5)(b);
    const rest = figure.source === 'fixed'
        ? 'a fixed figure from the config'
        : `${plural(figure.samples, 'sample', `${figure.samples} `)}${b.builder ? `, built with ${(0,markdown/* escapeMarkdown */.FV)(b.builder)}` : ''}`;
    const other = (0,outputs/* otherFigure */.tu)(b);
    const scale = other
        ? ` ${capitalise(report_figures/* BASELINE_NAMES */.hu[other.kind])} takes ${(0,format/* formatDuration */.a3)(other.figure.seconds)}.`
        : '';
    const single = figure.samples === 1 ? ' One sample: how much it varies is not known.' : '';
    return `- ${compareNote(t)}${(0,markdown/* escapeMarkdown */.FV)(t.target.name)}: compared with ${b.comparedWith} (${why}; ${rest}).${single}${scale}`;
}
function compareNote(t) {
    return t.withinSpread ? '≈ ' : '';
}
function runLine(run, f) {
    const n = f.targets.length;
    const building = f.measuring > 0 ? Math.max(0, Math.round((f.wall - f.measuring) * 10) / 10) : f.wall;
    const apart = f.measuring > 0
        ? ` (${(0,format/* formatDuration */.a3)(building)} building, + ${(0,format/* formatDuration */.a3)(f.measuring)} measuring the ${plural(f.targets.filter((t) => t.target.baseline?.measuring).length, 'baseline')}, once: later runs reuse the record)`
        : '';
    const timing = n === 1
        ? `The step took ${(0,format/* formatDuration */.a3)(f.wall)} of wall time${apart}.`
        : `The ${n} targets ran ${f.parallel ? 'in parallel' : 'one after another'}: ${(0,format/* formatDuration */.a3)(f.wall)} of wall time${apart} for ${(0,format/* formatDuration */.a3)(f.targetSeconds)} of target time.`;
    const pushed = run.pushed ? 'Images pushed.' : 'Images built, not pushed.';
    return `${timing} Engine: ${(0,markdown/* escapeMarkdown */.FV)(run.engine)}. ${pushed}`;
}
/** On a pull request: each target against the default branch's last successful run. */
function branchLines(run) {
    const lines = run.targets.flatMap((t) => {
        const c = (0,report_figures/* branchChange */.jf)(t);
        if (!c)
            return [];
        const name = `**${(0,markdown/* escapeMarkdown */.FV)(t.name)}**`;
        const date = c.recordedAt.slice(0, 10);
        const before = t.defaultBranch;
        const size = t.image?.size !== undefined && before.size !== undefined
            ? `image ${(0,format/* formatBytes */.z3)(t.image.size)} against ${(0,format/* formatBytes */.z3)(before.size)}, `
            : '';
        const head = `- ${name}: **${(0,markdown/* escapeMarkdown */.FV)((0,report_figures/* branchChangeText */.Kn)(c))}** (${(0,markdown/* codeSpan */.SS)(c.sha.slice(0, 7))}, ${date}): ${size}time ${(0,format/* formatSeconds */.Xo)(t.end - t.start)} against ${(0,format/* formatSeconds */.Xo)(before.seconds)}`;
        const layers = c.layers.map((l) => `${(0,markdown/* codeSpan */.SS)(l.step)} ${(0,format/* formatBytes */.z3)(l.size)} (${l.delta === undefined ? 'new' : (0,report_figures/* signedBytes */.Sq)(l.delta)})`);
        return layers.length > 0 ? [head, `  - largest layers: ${layers.join(', ')}`] : [head];
    });
    return lines.length > 0 ? [lines.join('\n')] : [];
}
function targetTable(f) {
    const header = [
        'target',
        'status',
        'time',
        'compared with (multi-stage)',
        'saved',
        'other baseline',
        'cache',
        'image size',
        'packages (production / all)',
    ];
    const rows = f.targets.map((t) => [
        `**${(0,markdown/* escapeMarkdown */.FV)(t.target.name)}**`,
        statusCell(t.target),
        (0,format/* formatDuration */.a3)(t.total),
        (0,markdown/* escapeMarkdown */.FV)((0,report_figures/* baselineText */.BW)(t.target)),
        t.saved !== undefined && t.saved >= 0 && !t.withinSpread ? `**${(0,report_figures/* savedText */.Xm)(t)}**` : (0,report_figures/* savedText */.Xm)(t),
        (0,markdown/* escapeMarkdown */.FV)((0,report_figures/* otherBaselineText */.VQ)(t.target)),
        t.target.cacheHit ? '✅ hit' : (0,markdown/* escapeMarkdown */.FV)((0,report_figures/* cacheText */.e5)(t.target)),
        (0,report_figures/* sizeText */.lP)(t),
        (0,report_figures/* packagesText */.Le)(t.target),
    ]);
    return (0,markdown/* markdownTable */.Qj)(header, rows, ['left', 'left', 'right', 'left', 'right', 'left', 'left', 'left', 'right']);
}
function statusCell(t) {
    if (t.status === 'ok')
        return t.reused ? '✅ ok (image reused)' : '✅ ok';
    if (t.status === 'skipped')
        return '⏭️ skipped';
    return t.error?.phase ? `❌ failed in ${report_figures/* PHASE_LABELS */.Qw[t.error.phase]}` : '❌ failed';
}
function phaseTable(f) {
    const header = ['phase', ...f.targets.map((t) => (0,markdown/* escapeMarkdown */.FV)(t.target.name))];
    const rows = f.targets[0].phases.map((p, i) => [
        report_figures/* PHASE_LABELS */.Qw[p.name],
        ...f.targets.map((t) => phaseCell(t.phases[i])),
    ]);
    if (f.targets.some((t) => t.other > 0)) {
        rows.push(['setup and waiting', ...f.targets.map((t) => (0,format/* formatSeconds */.Xo)(t.other))]);
    }
    rows.push(['**total**', ...f.targets.map((t) => `**${(0,format/* formatSeconds */.Xo)(t.total)}**`)]);
    return (0,markdown/* markdownTable */.Qj)(header, rows, ['left', ...f.targets.map(() => 'right')]);
}
function phaseCell(p) {
    if (p.state === 'failed')
        return `❌ ${(0,format/* formatSeconds */.Xo)(p.seconds)}`;
    return p.state === 'ran' ? (0,format/* formatSeconds */.Xo)(p.seconds) : '—';
}
/** Time in the user's own commands against the action's own steps: what the action costs. */
function ownCommandLines(f) {
    return f.targets
        .map((t) => {
        const name = `**${(0,markdown/* escapeMarkdown */.FV)(t.target.name)}**`;
        const user = (0,report_figures/* userShare */.H3)(t);
        if (user === undefined)
            return `- ${name}: no time spent`;
        return (`- ${name}: ${(0,format/* formatSeconds */.Xo)(t.userSeconds)} in your build commands (${(0,format/* formatPercent */.l9)(user)}), ` +
            `${(0,format/* formatSeconds */.Xo)(t.overheadSeconds)} in the action's own steps (${(0,format/* formatPercent */.l9)(100 - user)})`);
    })
        .join('\n');
}
function imageList(run) {
    return run.targets.map(imageItem).join('\n');
}
function imageItem(t) {
    const name = `**${(0,markdown/* escapeMarkdown */.FV)(t.name)}**`;
    const img = t.image;
    if (!img) {
        if (t.status === 'failed')
            return `- ${name}: no image, the target failed`;
        return `- ${name}: no image`;
    }
    const facts = [img.pushed ? 'pushed' : 'built, not pushed'];
    if (t.reused)
        facts.push('reused, same inputs as an existing image');
    if (img.size !== undefined)
        facts.push(`${(0,format/* formatBytes */.z3)(img.size)} uncompressed`);
    if (img.compressedSize !== undefined)
        facts.push(`${(0,format/* formatBytes */.z3)(img.compressedSize)} to pull (compressed)`);
    if (img.digest)
        facts.push(`digest ${(0,markdown/* codeSpan */.SS)(img.digest)}`);
    const tags = img.tags.length > 0 ? img.tags : [img.image];
    const smoke = (0,report_figures/* smokeText */.Nu)(t);
    return [
        `- ${name}: ${facts.join(', ')}`,
        ...tags.map((tag) => `  - ${(0,markdown/* codeSpan */.SS)(tag)}`),
        ...(smoke ? [`  - ${(0,markdown/* escapeMarkdown */.FV)(smoke)}`] : []),
    ].join('\n');
}
function plural(n, word, prefix = '') {
    return `${prefix}${n === 1 ? word : `${word}s`}`;
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}


/***/ }),

/***/ 790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderTable: () => (/* binding */ renderTable),
/* harmony export */   textTable: () => (/* binding */ textTable)
/* harmony export */ });
/* harmony import */ var _figures_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3831);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2011);
/* harmony import */ var _size_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9437);
/* harmony import */ var _gates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8874);




const COLORS = { red: '\x1b[31m', green: '\x1b[32m', dim: '\x1b[2m', bold: '\x1b[1m' };
function renderTable(run, opts = {}) {
    const paint = (color) => (opts.color ? (text) => `${COLORS[color]}${text}\x1b[0m` : (text) => text);
    const figures = (0,_figures_js__WEBPACK_IMPORTED_MODULE_0__/* .runFigures */ .jU)(run);
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
    const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .visibleWidth */ .LQ)(row[i] ?? ''))));
    return rows.map((row) => row.map((cell, i) => (align[i] === 'right' ? (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .padStart */ .CF)(cell, widths[i]) : (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .padEnd */ .f)(cell, widths[i]))).join('  '));
}
function overviewLines(run, f, paint) {
    const n = f.targets.length;
    const how = n === 1 ? '1 target' : `${n} targets ${f.parallel ? 'in parallel' : 'one after another'}`;
    const measuring = f.measuring > 0 ? `, of which ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(f.measuring)} measuring the baseline (once)` : '';
    const time = `${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(f.wall)} wall time${measuring}${n > 1 ? ` (${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(f.targetSeconds)} of target time)` : ''}`;
    const lines = [
        `${paint('bold')('Artifact-first Docker build')}: ${how}, ${time}, engine ${clean(run.engine)}, ${run.pushed ? 'pushed' : 'not pushed'}`,
    ];
    const c = f.comparison;
    if (c) {
        const against = c.kinds.length === 1 ? _figures_js__WEBPACK_IMPORTED_MODULE_0__/* .BASELINE_NAMES */ .hu[c.kinds[0]] : 'the multi-stage builds (each target against its own)';
        const noise = c.samples >= 2 && Math.abs(c.baselineSeconds - c.seconds) <= c.spread;
        const verdict = noise
            ? `inside the baseline's own spread (${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(c.spread)}), no saving claimed`
            : paint(c.saved >= 0 ? 'green' : 'red')(c.saved >= 0 ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPercent */ .l9)(c.saved)} less time` : `${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPercent */ .l9)(-c.saved)} more time`);
        lines.push(`${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(c.seconds)} against ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(c.baselineSeconds)} for ${against}: ${verdict}`);
    }
    return lines;
}
function failureLine(t) {
    const where = t.error?.phase ? ` in ${_figures_js__WEBPACK_IMPORTED_MODULE_0__/* .PHASE_LABELS */ .Qw[t.error.phase]}` : '';
    const message = t.error ? clean((0,_figures_js__WEBPACK_IMPORTED_MODULE_0__/* .failureHeadline */ .Ni)(t.error.message)) : '';
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
        (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(t.total),
        clean((0,_figures_js__WEBPACK_IMPORTED_MODULE_0__/* .baselineText */ .BW)(t.target)),
        (0,_figures_js__WEBPACK_IMPORTED_MODULE_0__/* .savedText */ .Xm)(t),
        clean((0,_figures_js__WEBPACK_IMPORTED_MODULE_0__/* .otherBaselineText */ .VQ)(t.target)),
        clean((0,_figures_js__WEBPACK_IMPORTED_MODULE_0__/* .cacheText */ .e5)(t.target)),
        (0,_figures_js__WEBPACK_IMPORTED_MODULE_0__/* .sizeText */ .lP)(t),
        (0,_figures_js__WEBPACK_IMPORTED_MODULE_0__/* .packagesText */ .Le)(t.target),
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
            return paint('red')(`✗ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatSeconds */ .Xo)(p.seconds)}`);
        return p.state === 'ran' ? (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatSeconds */ .Xo)(p.seconds) : '—';
    };
    const rows = f.targets[0].phases.map((p, i) => [_figures_js__WEBPACK_IMPORTED_MODULE_0__/* .PHASE_LABELS */ .Qw[p.name], ...f.targets.map((t) => cell(t.phases[i]))]);
    if (f.targets.some((t) => t.other > 0))
        rows.push(['setup and waiting', ...f.targets.map((t) => (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatSeconds */ .Xo)(t.other))]);
    rows.push(['total', ...f.targets.map((t) => (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatSeconds */ .Xo)(t.total))]);
    rows.push(['your commands', ...f.targets.map((t) => share((0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatSeconds */ .Xo)(t.userSeconds), (0,_figures_js__WEBPACK_IMPORTED_MODULE_0__/* .userShare */ .H3)(t)))]);
    rows.push([
        "action's steps",
        ...f.targets.map((t) => {
            const user = (0,_figures_js__WEBPACK_IMPORTED_MODULE_0__/* .userShare */ .H3)(t);
            return share((0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatSeconds */ .Xo)(t.overheadSeconds), user === undefined ? undefined : 100 - user);
        }),
    ]);
    const header = ['phase', ...f.targets.map((t) => clean(t.target.name))];
    return textTable([header, ...rows], ['left', ...f.targets.map(() => 'right')]);
}
function share(text, percent) {
    return percent === undefined ? text : `${text} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPercent */ .l9)(percent)})`;
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
        const smoke = (0,_figures_js__WEBPACK_IMPORTED_MODULE_0__/* .smokeText */ .Nu)(t);
        if (smoke)
            lines.push(`    ${clean(smoke)}`);
    }
    return lines;
}
function gateLines(run) {
    const items = (0,_gates_js__WEBPACK_IMPORTED_MODULE_3__/* .recordedGateItems */ .Q)(run);
    if (items.length === 0)
        return [];
    return [['gates from records', ...items.map((g) => `  ${clean(g.target)}: ${clean(g.text)}`)].join('\n')];
}
function sizeLines(run) {
    const items = (0,_size_js__WEBPACK_IMPORTED_MODULE_1__/* .sizeItems */ .Mp)(run);
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
    return ((0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .stripAnsi */ .aJ)(text)
        .replace(/\s+/g, ' ')
        // eslint-disable-next-line no-control-regex -- control characters are what gets removed
        .replace(/[\u0000-\u001f\u007f-\u009f]/g, ''));
}


/***/ }),

/***/ 73:
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
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);



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
