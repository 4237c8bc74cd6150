import { createRequire as __adbCreateRequire } from 'node:module';
const require = __adbCreateRequire(import.meta.url);
export const id = 920;
export const ids = [920];
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
    const summary = (0,report_summary/* renderSummary */.B)(merged.run, { title });
    const cut = summary.indexOf('\n\n');
    const facts = matrixFacts(merged, markdown/* escapeMarkdown */.FV).join('\n');
    return cut < 0 ? `${summary}\n${facts}\n` : `${summary.slice(0, cut)}\n\n${facts}${summary.slice(cut)}`;
}
function renderMatrixTable(merged) {
    if (merged.jobs.length === 0)
        return 'No result files: no target was built.';
    return `${matrixFacts(merged, (t) => t).join('\n')}\n\n${(0,table/* renderTable */.b)(merged.run)}`;
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
            run: (0,result_file/* readResultDocument */.Vq)(await (0,promises_.readFile)(file, 'utf8'), file),
        })));
        const merged = mergeRuns(runs);
        for (const name of merged.duplicates)
            logger.warning(`${name} is in more than one result file: the latest run is reported`);
        if (options.json) {
            process.stdout.write(`${JSON.stringify((0,result_file/* resultDocument */.jP)(merged.run), null, 2)}\n`);
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

/***/ 2011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ changePercent),
/* harmony export */   CF: () => (/* binding */ padStart),
/* harmony export */   LQ: () => (/* binding */ visibleWidth),
/* harmony export */   TP: () => (/* binding */ tenths),
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   _$: () => (/* binding */ isoDate),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   aJ: () => (/* binding */ stripAnsi),
/* harmony export */   f: () => (/* binding */ padEnd),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/** Number and text formatting shared by the summary, the terminal table and the CLI. */
/** Tenths of a second, the precision every rendered figure uses. */
function tenths(seconds) {
    return Math.round(seconds * 10);
}
/** "12.3 s": the phase table's unit, so a column of phases adds up digit by digit. */
function formatSeconds(seconds) {
    if (!Number.isFinite(seconds))
        return '—';
    return `${(Math.max(0, tenths(seconds)) / 10).toFixed(1)} s`;
}
/** "12.3 s" under a minute, "1m 05s" and "1h 02m 05s" above, where tenths stop mattering. */
function formatDuration(seconds) {
    if (!Number.isFinite(seconds))
        return '—';
    // Decide on the rounded value, so 59.96 s reads "1m 00s" rather than "60.0 s".
    if (Math.max(0, tenths(seconds)) < 600)
        return formatSeconds(seconds);
    const whole = Math.round(seconds);
    const h = Math.floor(whole / 3600);
    const m = Math.floor((whole % 3600) / 60);
    const s = whole % 60;
    const mmss = `${String(m).padStart(h > 0 ? 2 : 1, '0')}m ${String(s).padStart(2, '0')}s`;
    return h > 0 ? `${h}h ${mmss}` : mmss;
}
const SIZE_UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];
/**
 * "123 MB", "12.3 MB", "1.23 GB": decimal units and three significant digits, the way
 * `docker images` prints sizes, so the figures can be compared with what users see there.
 */
function formatBytes(bytes) {
    if (!Number.isFinite(bytes) || bytes < 0)
        return '—';
    let value = bytes;
    let unit = 0;
    for (;;) {
        const shown = unit === 0 ? Math.round(value) : Number(value.toPrecision(3));
        // Carry after rounding, so 999.6 MB becomes "1 GB" and not "1000 MB".
        if (shown < 1000 || unit === SIZE_UNITS.length - 1)
            return `${shown} ${SIZE_UNITS[unit]}`;
        value /= 1000;
        unit += 1;
    }
}
/** "68.2 %" with one decimal, as speedupPercent rounds. */
function formatPercent(percent) {
    return `${percent.toFixed(1)} %`;
}
/** The change from `before` to `after` in percent, one decimal: -84.8 for an image 84.8 % smaller. */
function changePercent(after, before) {
    if (!(before > 0))
        return undefined;
    return Math.round(((after - before) / before) * 1000) / 10;
}
/** "2025-01-12" from an ISO time; undefined when the text is not one. */
function isoDate(iso) {
    const m = iso === undefined ? null : /^(\d{4}-\d{2}-\d{2})/.exec(iso);
    return m?.[1];
}
// eslint-disable-next-line no-control-regex -- matching terminal escapes is the point
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]/g;
/** Removes terminal control sequences (colours, cursor moves), to measure or compare what shows. */
function stripAnsi(text) {
    return text.replace(ANSI, '');
}
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
const WIDE = /^[\p{Emoji_Presentation}\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]$/u;
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;
/**
 * Columns a terminal gives the text: colour codes take none, combining marks none, emoji and
 * East Asian wide characters two. String length gets all three wrong, and misaligns tables.
 */
function visibleWidth(text) {
    let width = 0;
    let previous = '';
    for (const ch of stripAnsi(text)) {
        if (ch === '\uFE0F') {
            // An emoji selector widens a text-style pictograph (⏭, ♻) to emoji width.
            if (PICTOGRAPH.test(previous) && !WIDE.test(previous))
                width += 1;
        }
        else if (!ZERO_WIDTH.test(ch)) {
            width += WIDE.test(ch) ? 2 : 1;
        }
        previous = ch;
    }
    return width;
}
function padEnd(text, width) {
    return text + ' '.repeat(Math.max(0, width - visibleWidth(text)));
}
function padStart(text, width) {
    return ' '.repeat(Math.max(0, width - visibleWidth(text))) + text;
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
