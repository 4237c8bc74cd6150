import { createRequire as __adbCreateRequire } from 'node:module';
const require = __adbCreateRequire(import.meta.url);
export const id = 535;
export const ids = [535];
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


/***/ })

};
