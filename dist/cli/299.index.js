import { createRequire as __adbCreateRequire } from 'node:module';
const require = __adbCreateRequire(import.meta.url);
export const id = 299;
export const ids = [299];
export const modules = {

/***/ 3831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BW: () => (/* binding */ baselineText),
/* harmony export */   H3: () => (/* binding */ userShare),
/* harmony export */   Kn: () => (/* binding */ branchChangeText),
/* harmony export */   Le: () => (/* binding */ packagesText),
/* harmony export */   M$: () => (/* binding */ NO_SMOKE),
/* harmony export */   Ni: () => (/* binding */ failureHeadline),
/* harmony export */   Nu: () => (/* binding */ smokeText),
/* harmony export */   Qw: () => (/* binding */ PHASE_LABELS),
/* harmony export */   Sq: () => (/* binding */ signedBytes),
/* harmony export */   VQ: () => (/* binding */ otherBaselineText),
/* harmony export */   Xm: () => (/* binding */ savedText),
/* harmony export */   Yz: () => (/* binding */ phaseFigure),
/* harmony export */   e5: () => (/* binding */ cacheText),
/* harmony export */   hu: () => (/* binding */ BASELINE_NAMES),
/* harmony export */   jU: () => (/* binding */ runFigures),
/* harmony export */   jf: () => (/* binding */ branchChange),
/* harmony export */   lP: () => (/* binding */ sizeText)
/* harmony export */ });
/* unused harmony exports targetFigures, spreadOf, insideSpread, firstLine, signedSeconds */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6867);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5468);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2011);



/**
 * The figures the summary and the terminal table show, computed once so that both agree.
 *
 * Durations are rounded at the clock readings, not per duration: a phase shows
 * tenths(end) - tenths(start). Because the phases of a target run one after another, the shown
 * phases and the gaps between them then add up to the shown total exactly, to the tenth, which
 * rounding each duration on its own cannot promise.
 */
const PHASE_LABELS = {
    restore: 'restore cache',
    install: 'install',
    save: 'save cache',
    build: 'build commands',
    prune: 'prune dev deps',
    validate: 'validate',
    smoke: 'smoke test',
    image: 'build image',
    push: 'push',
};
const shown = (from, to) => Math.max(0, (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .tenths */ .TP)(to) - (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .tenths */ .TP)(from)) / 10;
/** Shown seconds of a phase, with its records (a phase may be recorded more than once) added up. */
function phaseFigure(name, records) {
    const own = records.filter((r) => r.name === name);
    if (own.length === 0)
        return { name, state: 'absent', seconds: 0 };
    const counted = own.filter((r) => r.status !== 'skipped');
    if (counted.length === 0)
        return { name, state: 'skipped', seconds: 0 };
    const t = counted.reduce((sum, r) => sum + (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .tenths */ .TP)(r.end) - (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .tenths */ .TP)(r.start), 0);
    return { name, state: counted.some((r) => r.status === 'failed') ? 'failed' : 'ran', seconds: Math.max(0, t) / 10 };
}
function targetFigures(t) {
    const total = shown(t.start, t.end);
    const phases = _model_js__WEBPACK_IMPORTED_MODULE_1__/* .PHASES */ .Z.map((name) => phaseFigure(name, t.phases));
    const phaseTenths = phases.reduce((sum, p) => sum + (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .tenths */ .TP)(p.seconds), 0);
    const userTenths = Math.min(Math.max(0, (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .tenths */ .TP)(t.userSeconds)), (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .tenths */ .TP)(total));
    const figures = {
        target: t,
        total,
        phases,
        other: Math.max(0, (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .tenths */ .TP)(total) - phaseTenths) / 10,
        userSeconds: userTenths / 10,
        overheadSeconds: ((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .tenths */ .TP)(total) - userTenths) / 10,
    };
    // The same figure as the `speedup` output, so the summary never disagrees with it.
    const compared = t.baseline ? (0,_outputs_js__WEBPACK_IMPORTED_MODULE_2__/* .comparedFigure */ .Q5)(t.baseline) : undefined;
    const saved = (0,_outputs_js__WEBPACK_IMPORTED_MODULE_2__/* .comparable */ .Zm)(t) ? (0,_outputs_js__WEBPACK_IMPORTED_MODULE_2__/* .speedupPercent */ .aX)((0,_outputs_js__WEBPACK_IMPORTED_MODULE_2__/* .targetTotal */ .kQ)(t), compared?.seconds) : undefined;
    if (saved !== undefined && compared) {
        figures.saved = saved;
        figures.withinSpread = insideSpread((0,_outputs_js__WEBPACK_IMPORTED_MODULE_2__/* .targetTotal */ .kQ)(t), compared.seconds, spreadOf(compared), compared.samples);
    }
    const size = t.image?.size;
    const baseSize = t.baseline?.cold.imageSize;
    const sizeChange = size !== undefined && baseSize !== undefined ? (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .changePercent */ .AI)(size, baseSize) : undefined;
    if (sizeChange !== undefined)
        figures.sizeChange = sizeChange;
    return figures;
}
/** True when some two targets were running at the same moment. */
function ranInParallel(targets) {
    const sorted = [...targets].sort((a, b) => a.start - b.start);
    return sorted.some((t, i) => i > 0 && t.start < Math.max(...sorted.slice(0, i).map((p) => p.end)));
}
function runFigures(run) {
    const targets = run.targets.map(targetFigures);
    const figures = {
        targets,
        wall: shown(0, run.seconds),
        targetSeconds: targets.reduce((sum, t) => sum + (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .tenths */ .TP)(t.total), 0) / 10,
        parallel: ranInParallel(run.targets),
        failed: run.targets.filter((t) => t.status === 'failed'),
        measuring: measuringSeconds(run),
    };
    const saved = (0,_outputs_js__WEBPACK_IMPORTED_MODULE_2__/* .overallSpeedup */ .mY)(run);
    if (saved !== undefined) {
        // The same targets overallSpeedup adds up
        const figuresOf = run.targets.filter(_outputs_js__WEBPACK_IMPORTED_MODULE_2__/* .comparable */ .Zm).map((t) => ({ t, f: (0,_outputs_js__WEBPACK_IMPORTED_MODULE_2__/* .comparedFigure */ .Q5)(t.baseline) }));
        figures.comparison = {
            seconds: figuresOf.reduce((sum, { t }) => sum + (0,_outputs_js__WEBPACK_IMPORTED_MODULE_2__/* .targetTotal */ .kQ)(t), 0),
            baselineSeconds: figuresOf.reduce((sum, { f }) => sum + f.seconds, 0),
            saved,
            spread: figuresOf.reduce((sum, { f }) => sum + spreadOf(f), 0),
            samples: Math.min(...figuresOf.map(({ f }) => f.samples)),
            kinds: [...new Set(figuresOf.map(({ t }) => t.baseline.comparedWith))].sort(),
        };
    }
    return figures;
}
/** Seconds between the fastest and the slowest sample: how much the same build varies by itself. */
function spreadOf(f) {
    return f.samples >= 2 ? Math.max(0, f.max - f.min) : 0;
}
/**
 * Whether a difference says nothing: it is no bigger than the spread of the baseline's own
 * samples. Needs two samples at least; with one, the spread is unknown and the report says so.
 */
function insideSpread(seconds, baselineSeconds, spread, samples) {
    return samples >= 2 && Math.abs(baselineSeconds - seconds) <= spread;
}
/** Wall seconds spent measuring baselines in this run; they run one after another. */
function measuringSeconds(run) {
    const seconds = run.targets.reduce((sum, t) => {
        const m = t.baseline?.measuring;
        return m ? sum + (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .tenths */ .TP)(m.end) - (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .tenths */ .TP)(m.start) : sum;
    }, 0);
    return Math.max(0, seconds) / 10;
}
const BASELINE_NAMES = {
    cold: 'the multi-stage build without cache',
    cached: 'the multi-stage build with its dependency stages cached',
};
/** "2 samples, 44.0 s–50.2 s, measured": what a baseline figure rests on. */
function figureBasis(f) {
    if (f.source === 'fixed')
        return 'fixed in the config';
    const samples = f.samples === 1 ? '1 sample' : `${f.samples} samples, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(f.min)}–${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(f.max)}`;
    const date = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .isoDate */ ._$)(f.recordedAt);
    const source = f.source === 'recorded' ? (date ? `recorded on ${date}` : 'recorded') : 'measured in this run';
    return `${samples}, ${source}`;
}
/**
 * What the smoke test ran, as its phase recorded it ("ran the image after loading 3 of 4 layers
 * (4.7 kB compressed) into the daemon: http://127.0.0.1:8080/health answered 200, 0.4 s after the
 * container started"), or why it
 * did not run; nothing when the target has no smoke test or it failed (the failure says why).
 */
function smokeText(t) {
    const smoke = t.phases.find((p) => p.name === 'smoke');
    if (!smoke?.detail || smoke.status === 'failed')
        return undefined;
    if (smoke.status === 'skipped')
        return smoke.detail === NO_SMOKE ? undefined : `smoke test skipped: ${smoke.detail}`;
    return `smoke test ${smoke.detail}`;
}
/** the smoke phase's detail for a target without a smoke test */
const NO_SMOKE = 'no smoke check configured';
/**
 * An error's first line, as the summary and the terminal table show it alone: a line that
 * announces what follows ("…; last lines of its output:") would promise lines that are not
 * there, so it points at the log, where they are, instead.
 */
function failureHeadline(message) {
    const first = firstLine(message);
    const rest = message.slice(message.indexOf(first) + first.length).trim() !== '';
    if (!rest || !first.endsWith(':'))
        return first;
    const command = /^(.*); last lines of its output:$/.exec(first);
    return command ? `${command[1]}; its last lines are in the log` : `${first.slice(0, -1)} (the rest is in the log)`;
}
function firstLine(message) {
    return (message
        .split(/\r?\n/)
        .find((line) => line.trim() !== '')
        ?.trim() ?? '');
}
/*
 * Plain-text cells both renderers share; the summary escapes and decorates them, the terminal
 * table prints them as they are.
 */
/** "cached 47.1 s (2 samples, 44.0 s–50.2 s, measured in this run)": the figure the target is held against */
function baselineText(t) {
    if (!t.baseline)
        return '—';
    const f = (0,_outputs_js__WEBPACK_IMPORTED_MODULE_2__/* .comparedFigure */ .Q5)(t.baseline);
    return `${t.baseline.comparedWith} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(f.seconds)} (${figureBasis(f)})`;
}
/** "cold 4m 02s": the other figure, for scale */
function otherBaselineText(t) {
    const other = t.baseline ? (0,_outputs_js__WEBPACK_IMPORTED_MODULE_2__/* .otherFigure */ .tu)(t.baseline) : undefined;
    return other ? `${other.kind} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(other.figure.seconds)}` : '—';
}
/** "71.6 %", "-12.0 % (slower)" when the baseline was faster, "within noise" inside its spread */
function savedText(f) {
    if (f.target.reused)
        return 'not built (reused)';
    if (f.saved === undefined)
        return '—';
    if (f.withinSpread)
        return 'within noise';
    return f.saved >= 0 ? (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(f.saved) : `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(f.saved)} (slower)`;
}
/** "hit", "miss (why)", or "—" when the target restored no cache */
function cacheText(t) {
    const restore = t.phases.find((p) => p.name === 'restore');
    if (!restore)
        return '—';
    if (restore.status === 'skipped')
        return restore.detail ? `off (${restore.detail})` : 'off';
    return t.cacheHit ? 'hit' : 'miss';
}
/** "182 MB vs 1.21 GB (-84.9 %)": the image against the multi-stage one, when both were measured */
function sizeText(f) {
    const size = f.target.image?.size;
    const base = f.target.baseline?.cold.imageSize;
    if (size === undefined)
        return base === undefined ? '—' : `— vs ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(base)}`;
    if (base === undefined || f.sizeChange === undefined)
        return (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(size);
    const change = f.sizeChange > 0 ? `+${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(f.sizeChange)}` : (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(f.sizeChange);
    return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(size)} vs ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(base)} (${change})`;
}
/** "212 / 1034": production against all installed packages */
function packagesText(t) {
    return t.packages ? `${t.packages.production} / ${t.packages.all}` : '—';
}
/** The user's share of the target's time in percent, one decimal; the action's is the rest. */
function userShare(f) {
    return f.total > 0 ? Math.round((f.userSeconds / f.total) * 1000) / 10 : undefined;
}
/**
 * The change against the default branch's last successful run: size, time, and the largest
 * layers matched by the step that made them (the n-th layer of a step with the n-th of the same).
 */
function branchChange(t, largest = 3) {
    const record = t.defaultBranch;
    if (!record || t.status !== 'ok')
        return undefined;
    const change = {
        branch: record.branch,
        sha: record.sha,
        recordedAt: record.recordedAt,
        secondsDelta: ((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .tenths */ .TP)(t.end - t.start) - (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .tenths */ .TP)(record.seconds)) / 10,
        layers: [],
    };
    if (t.image?.size !== undefined && record.size !== undefined)
        change.sizeDelta = t.image.size - record.size;
    const before = [...(record.layers ?? [])];
    const matched = (t.image?.layers ?? []).map((layer) => {
        const i = before.findIndex((b) => b.step === layer.step);
        const found = i >= 0 ? before.splice(i, 1)[0] : undefined;
        const entry = { step: layer.step, size: layer.size };
        if (found)
            entry.delta = layer.size - found.size;
        return entry;
    });
    change.layers = matched.sort((a, b) => b.size - a.size).slice(0, largest);
    return change;
}
/** "+12.4 MB", "-3 kB", "±0 B": a change in bytes, in the units sizes are shown in. */
function signedBytes(delta) {
    if (delta === 0)
        return '±0 B';
    return `${delta > 0 ? '+' : '-'}${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(Math.abs(delta))}`;
}
/** "+3.1 s", "-0.4 s", "±0.0 s" */
function signedSeconds(delta) {
    if ((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .tenths */ .TP)(delta) === 0)
        return '±0.0 s';
    return `${delta > 0 ? '+' : '-'}${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSeconds */ .Xo)(Math.abs(delta))}`;
}
/** "+12.4 MB, +3.1 s vs main": the line a pull request reads first */
function branchChangeText(c) {
    const parts = [
        c.sizeDelta === undefined ? undefined : signedBytes(c.sizeDelta),
        signedSeconds(c.secondsDelta),
    ].filter((p) => p !== undefined);
    return `${parts.join(', ')} vs ${c.branch}`;
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

/***/ 6867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ PHASES)
/* harmony export */ });
/** What a run measured: the one data model behind the outputs, the summary and the tables. */
/** In the order they run: the image is built before the smoke test runs it. */
const PHASES = ['restore', 'install', 'save', 'build', 'prune', 'validate', 'image', 'smoke', 'push'];


/***/ }),

/***/ 5468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K1: () => (/* binding */ imagesOutput),
/* harmony export */   Q5: () => (/* binding */ comparedFigure),
/* harmony export */   Zm: () => (/* binding */ comparable),
/* harmony export */   aX: () => (/* binding */ speedupPercent),
/* harmony export */   kQ: () => (/* binding */ targetTotal),
/* harmony export */   mY: () => (/* binding */ overallSpeedup),
/* harmony export */   tu: () => (/* binding */ otherFigure),
/* harmony export */   zF: () => (/* binding */ timingsOutput)
/* harmony export */ });
/* unused harmony export allCacheHit */

const round = (seconds) => Math.round(seconds * 100) / 100;
const figureOutput = (f) => ({
    seconds: round(f.seconds),
    samples: f.samples,
    source: f.source,
});
/** The figure `comparedWith` names. */
function comparedFigure(baseline) {
    return baseline.comparedWith === 'cached' && baseline.cached ? baseline.cached : baseline.cold;
}
/** The other figure, shown beside the compared one. */
function otherFigure(baseline) {
    if (baseline.comparedWith === 'cached')
        return { kind: 'cold', figure: baseline.cold };
    return baseline.cached ? { kind: 'cached', figure: baseline.cached } : undefined;
}
function targetTotal(t) {
    return round(t.end - t.start);
}
/**
 * Percent of the baseline saved, one decimal; undefined without a baseline. Computed from the
 * seconds as the `timings` output reports them (hundredths), so that anyone recomputing it from
 * that output gets the same figure.
 */
function speedupPercent(seconds, baselineSeconds) {
    if (baselineSeconds === undefined || round(baselineSeconds) <= 0)
        return undefined;
    const base = round(baselineSeconds);
    return Math.round(((base - round(seconds)) / base) * 1000) / 10;
}
/**
 * Whether a target's time can stand against its baseline: it finished, has one, and was built.
 * A reused image was not built, so its second of tagging says nothing about build speed.
 */
function comparable(t) {
    return t.status === 'ok' && t.baseline !== undefined && !t.reused;
}
/** Over all comparable targets: their summed time against their summed `comparedWith` baselines. */
function overallSpeedup(run) {
    const withBaseline = run.targets.filter(comparable);
    if (withBaseline.length === 0)
        return undefined;
    const spent = withBaseline.reduce((sum, t) => sum + targetTotal(t), 0);
    const baseline = withBaseline.reduce((sum, t) => sum + round(t.baseline ? comparedFigure(t.baseline).seconds : 0), 0);
    return speedupPercent(spent, baseline);
}
function imagesOutput(run) {
    const out = {};
    for (const t of run.targets) {
        if (!t.image)
            continue;
        out[t.name] = {
            image: t.image.image,
            tags: t.image.tags,
            digest: t.image.digest ?? null,
            size: t.image.size ?? null,
        };
    }
    return out;
}
function timingsOutput(run) {
    const targets = {};
    for (const t of run.targets) {
        const phases = {};
        for (const p of t.phases) {
            if (p.status === 'skipped')
                continue;
            phases[p.name] = round((phases[p.name] ?? 0) + p.end - p.start);
        }
        const total = targetTotal(t);
        const entry = { phases, total, cacheHit: t.cacheHit };
        if (t.baseline) {
            const { cold, cached, comparedWith } = t.baseline;
            entry.baseline = { cold: figureOutput(cold), comparedWith };
            if (cold.imageSize !== undefined)
                entry.baseline.cold.imageSize = cold.imageSize;
            if (cached)
                entry.baseline.cached = figureOutput(cached);
            const s = comparable(t) ? speedupPercent(total, comparedFigure(t.baseline).seconds) : undefined;
            if (s !== undefined)
                entry.speedup = s;
        }
        targets[t.name] = entry;
    }
    return { total: round(run.seconds), targets };
}
/** true only when every target that got as far as restoring found an exact entry */
function allCacheHit(run) {
    return run.targets.length > 0 && run.targets.every((t) => t.cacheHit);
}


/***/ }),

/***/ 9437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mp: () => (/* binding */ sizeItems),
/* harmony export */   _r: () => (/* binding */ partsText),
/* harmony export */   kg: () => (/* binding */ STANDALONE_HOWTO)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2011);

/** What a user changes to ship Next.js's standalone output. */
const STANDALONE_HOWTO = [
    { text: 'to switch, set ' },
    { code: "output: 'standalone'" },
    { text: ' in next.config, the artifacts to ' },
    { code: '[.next/standalone, .next/static, public]' },
    { text: ', and have the Dockerfile copy ' },
    { code: '.next/standalone' },
    { text: ' to the WORKDIR, ' },
    { code: '.next/static' },
    { text: ' to ' },
    { code: '.next/static' },
    { text: ' and ' },
    { code: 'public' },
    { text: ', then run ' },
    { code: 'node server.js' },
];
/** Parts as one line of plain text, code in backticks (for logs). */
function partsText(parts) {
    return parts.map((p) => ('code' in p ? `\`${p.code}\`` : p.text)).join('');
}
function sizeItems(run) {
    return run.targets.flatMap((t) => [...traceItems(t), ...standaloneItems(t), ...treeItems(t)].map((parts) => ({ target: t.name, parts })));
}
function traceItems(t) {
    const trace = t.trace;
    if (!trace)
        return [];
    const share = trace.before.bytes > 0 ? ` (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)((trace.after.bytes / trace.before.bytes) * 100)})` : '';
    const parts = [
        { text: 'node_modules traced from ' },
        ...list(trace.entries.map((e) => ({ code: e }))),
        {
            text: `: ${count(trace.before.files)} files, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(trace.before.bytes)} → ${count(trace.after.files)} files, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(trace.after.bytes)}${share}`,
        },
    ];
    if (trace.included > 0)
        parts.push({ text: `, ${count(trace.included)} of them from trace-include` });
    parts.push({
        text: `; traced in ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSeconds */ .Xo)(trace.seconds)}${trace.resultReused
            ? ' (the app loads the same packages: the result from the cache)'
            : trace.analysesReused
                ? ' (node_modules analyses from the cache)'
                : ''}`,
    });
    if (trace.largest.length > 0) {
        parts.push({ text: '; largest packages left: ' }, ...list(trace.largest.map((p) => ({ code: p.name })), (i) => ` ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(trace.largest[i].bytes)}`));
    }
    return [parts];
}
function standaloneItems(t) {
    const s = t.nextStandalone;
    if (!s)
        return [];
    return [
        [
            {
                text: `Next.js classic layout: node_modules and .next ship ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(s.classic)}; the standalone output would ship ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(s.standalone)}, ` +
                    `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(s.classic - s.standalone)} less (measured from next build's own .nft.json traces); `,
            },
            ...STANDALONE_HOWTO,
        ],
    ];
}
function treeItems(t) {
    const tree = t.productionTree;
    if (!tree)
        return [];
    const items = [];
    const packages = (label, list) => [
        { text: `${label} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(sum(list))}: ` },
        ...joinParts(list
            .slice(0, 6)
            .map((p) => [{ code: `${p.name}${p.version ? `@${p.version}` : ''}` }, { text: ` ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(p.bytes)}` }])),
        ...(list.length > 6 ? [{ text: ` and ${list.length - 6} more` }] : []),
    ];
    if (tree.buildTools.length > 0)
        items.push(packages('build-time tools in the image', tree.buildTools));
    if (tree.foreign.length > 0)
        items.push(packages("binaries for another platform or C library than the image's", tree.foreign));
    if (tree.duplicates.length > 0) {
        items.push([
            { text: `${tree.duplicates.length} package${tree.duplicates.length === 1 ? '' : 's'} at several versions: ` },
            ...joinParts(tree.duplicates
                .slice(0, 4)
                .map((d) => [
                { code: d.name },
                { text: ` (${d.copies.map((c) => `${c.version ?? '?'} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(c.bytes)}`).join(', ')})` },
            ])),
            ...(tree.duplicates.length > 4 ? [{ text: ` and ${tree.duplicates.length - 4} more` }] : []),
        ]);
    }
    return items;
}
function list(items, suffix) {
    return joinParts(items.map((item, i) => (suffix ? [item, { text: suffix(i) }] : [item])));
}
function joinParts(groups) {
    return groups.flatMap((group, i) => (i === 0 ? group : [{ text: ', ' }, ...group]));
}
function sum(list) {
    return list.reduce((n, p) => n + p.bytes, 0);
}
function count(n) {
    return n.toLocaleString('en-US');
}


/***/ })

};
