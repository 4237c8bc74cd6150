import { createRequire as __adbCreateRequire } from 'node:module';
const require = __adbCreateRequire(import.meta.url);
export const id = 76;
export const ids = [76];
export const modules = {

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


/***/ })

};
