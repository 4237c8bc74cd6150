import { createRequire as __adbCreateRequire } from 'node:module';
const require = __adbCreateRequire(import.meta.url);
export const id = 790;
export const ids = [790];
export const modules = {

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


/***/ })

};
