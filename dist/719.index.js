import { createRequire as __adbCreateRequire } from 'node:module';
const require = __adbCreateRequire(import.meta.url);
export const id = 719;
export const ids = [719];
export const modules = {

/***/ 33714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rh: () => (/* binding */ commentOnPullRequest),
  n0: () => (/* binding */ setOutputs),
  Sy: () => (/* binding */ writeSummary)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/report/outputs.ts
var outputs = __webpack_require__(65468);
// EXTERNAL MODULE: ./src/report/pr-comment.ts
var pr_comment = __webpack_require__(71914);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(92413);
;// CONCATENATED MODULE: ./src/action/pr-comment.ts


/**
 * A failed API call. `permission` marks the answers a workflow without `pull-requests: write`
 * gets (403 "Resource not accessible by integration", or 404 for a private repository), which
 * the action reports as a warning rather than failing the build.
 */
class PrCommentError extends Error {
    status;
    githubMessage;
    name = 'PrCommentError';
    permission;
    constructor(message, 
    /** the HTTP status; 0 when no answer came */
    status, 
    /** GitHub's own `message`, when it sent one */
    githubMessage, options) {
        super(message, options);
        this.status = status;
        this.githubMessage = githubMessage;
        this.permission = status === 403 || status === 404;
    }
}
/** The REST calls, through Octokit as @actions/github sets it up (the runner's proxy settings included). */
async function upsertPrComment(opts) {
    const [owner, repo] = splitRepository(opts.repository);
    const octokit = client(opts);
    const body = (0,pr_comment/* truncateBody */.Nz)(opts.body);
    const redact = (text) => (opts.token ? text.split(opts.token).join('***') : text);
    try {
        const comments = await octokit.paginate(octokit.rest.issues.listComments, {
            owner,
            repo,
            issue_number: opts.issueNumber,
            per_page: 100,
        });
        const existing = (0,pr_comment/* findMarked */.Em)(comments, opts.marker);
        if (existing) {
            const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
            return { action: 'updated', id: data.id, url: data.html_url };
        }
        const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: opts.issueNumber, body });
        return { action: 'created', id: data.id, url: data.html_url };
    }
    catch (error) {
        if (error instanceof PrCommentError)
            throw error;
        throw toPrCommentError(error, redact);
    }
}
function client(opts) {
    const base = new URL(opts.apiUrl.replace(/\/+$/, '') + '/');
    const octokit = (0,github/* getOctokit */.Q)(opts.token, { baseUrl: base.href.replace(/\/$/, ''), userAgent: 'artifact-docker-build' });
    octokit.hook.before('request', (options) => {
        // The token goes with every request: never to another host (a pagination link, say)
        const url = new URL(options.url.replace(/\{[^}]*\}/g, ''), base);
        if (url.origin !== base.origin)
            throw new PrCommentError(`the API's next page points to another host (${url.origin})`, 0);
        options.headers.accept = 'application/vnd.github+json';
        options.headers['x-github-api-version'] = '2022-11-28';
    });
    return octokit;
}
/** Octokit's RequestError (an HTTP answer) or a network failure, as the action reports it. */
function toPrCommentError(error, redact) {
    const e = error;
    // Octokit reports a request that got no answer (refused, DNS) as status 500 without a response
    const status = e?.response && typeof e.status === 'number' ? e.status : 0;
    const what = e?.request?.method && e.request.url ? `${e.request.method} ${new URL(e.request.url).pathname}` : 'the GitHub API';
    const data = e?.response?.data;
    const githubMessage = data && typeof data === 'object' && 'message' in data && typeof data.message === 'string'
        ? data.message
        : typeof data === 'string' && data.trim() !== ''
            ? data.trim().split('\n')[0].slice(0, 200)
            : undefined;
    const reason = error instanceof Error ? error.message : String(error);
    const message = status > 0 ? `${what} answered ${status}${githubMessage ? `: ${githubMessage}` : ''}` : `${what} failed: ${reason}`;
    return new PrCommentError(redact(message), status, githubMessage === undefined ? undefined : redact(githubMessage), {
        cause: error,
    });
}
function splitRepository(repository) {
    const m = /^([^/\s]+)\/([^/\s]+)$/.exec(repository);
    if (!m)
        throw new PrCommentError(`repository must be owner/name, got "${repository}"`, 0);
    return [m[1], m[2]];
}

;// CONCATENATED MODULE: ./src/action/publish.ts





/** The outputs a build sets, from the run's record (one job's, or a matrix's merged). */
function setOutputs(result) {
    core/* setOutput */.uH('images', JSON.stringify((0,outputs/* imagesOutput */.K1)(result)));
    core/* setOutput */.uH('timings', JSON.stringify((0,outputs/* timingsOutput */.zF)(result)));
    core/* setOutput */.uH('cache-hit', String((0,outputs/* allCacheHit */.LK)(result)));
    const speedup = (0,outputs/* overallSpeedup */.mY)(result);
    core/* setOutput */.uH('speedup', speedup === undefined ? '' : String(speedup));
}
/** The job summary; best effort: a summary that cannot be written fails nothing. */
async function writeSummary(markdown) {
    try {
        await core/* summary */.z.addRaw(markdown, true).write();
    }
    catch (error) {
        core/* warning */.$e(`could not write the job summary: ${(0,errors/* messageOf */.bD)(error)}`);
    }
}
/** One comment per pull request and job, updated in place; best effort, like the summary. */
async function commentOnPullRequest(token, git, body) {
    if (git.prNumber === undefined || !git.repository) {
        core/* info */.pq('pr-comment: not a pull request event; no comment');
        return;
    }
    try {
        const marker = (0,pr_comment/* prCommentMarker */.GD)(process.env.GITHUB_JOB);
        const done = await upsertPrComment({
            apiUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
            token,
            repository: git.repository,
            issueNumber: git.prNumber,
            body: body(marker),
            marker,
        });
        core/* info */.pq(`pr-comment: ${done.action} ${done.url}`);
    }
    catch (error) {
        const hint = error instanceof PrCommentError && error.permission ? ' (give the job `permissions: pull-requests: write`)' : '';
        core/* warning */.$e(`pr-comment: ${(0,errors/* messageOf */.bD)(error)}${hint}`);
    }
}


/***/ }),

/***/ 35186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ET: () => (/* binding */ checkoutFiles),
/* harmony export */   KY: () => (/* binding */ workTreeRoot),
/* harmony export */   N5: () => (/* binding */ readEventPayload),
/* harmony export */   b$: () => (/* binding */ readCheckout),
/* harmony export */   cW: () => (/* binding */ gitInfoFromActions)
/* harmony export */ });
/* unused harmony export httpsRemote */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/** The event's payload (GITHUB_EVENT_PATH); empty when there is none or it does not parse. */
function readEventPayload(file) {
    if (!file)
        return {};
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
    }
    catch {
        return {};
    }
}
/** What the runner's variables say about the commit; pure, so it is tested with tables. */
function gitInfoFromActions(env, payload) {
    const event = env.GITHUB_EVENT_NAME || 'push';
    const ref = env.GITHUB_REF;
    const info = { event, defaultBranch: payload.repository?.default_branch || 'main' };
    if (ref)
        info.ref = ref;
    if (env.GITHUB_SHA)
        info.sha = env.GITHUB_SHA;
    // on pull requests GITHUB_REF_NAME is "7/merge"; the head branch is what people call it
    const branch = env.GITHUB_HEAD_REF || (ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined);
    if (branch)
        info.branch = branch;
    const pr = payload.pull_request?.number;
    if (typeof pr === 'number')
        info.prNumber = pr;
    if (env.GITHUB_RUN_NUMBER)
        info.runNumber = env.GITHUB_RUN_NUMBER;
    if (env.GITHUB_REPOSITORY) {
        info.repository = env.GITHUB_REPOSITORY;
        info.repositoryUrl =
            payload.repository?.html_url || `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}`;
    }
    const timestamp = payload.head_commit?.timestamp ? Date.parse(payload.head_commit.timestamp) : NaN;
    if (Number.isFinite(timestamp))
        info.commitTime = Math.floor(timestamp / 1000);
    return info;
}
async function git(run, cwd, ...args) {
    try {
        const result = await run(['git', ...args], { cwd, quiet: true, allowFailure: true });
        const out = result.stdout.trim();
        return result.code === 0 && out !== '' ? out : undefined;
    }
    catch {
        return undefined;
    }
}
/** "git@github.com:acme/app.git", "ssh://git@github.com/acme/app.git" or "https://github.com/acme/app.git" → https://github.com/acme/app */
function httpsRemote(remote) {
    const ssh = /^git@([^:]+):(.+?)(?:\.git)?$/.exec(remote);
    if (ssh)
        return `https://${ssh[1]}/${ssh[2]}`;
    // the URL form names the ssh port, which the web address does not use
    const sshUrl = /^ssh:\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/(.+?)(?:\.git)?$/.exec(remote);
    if (sshUrl)
        return `https://${sshUrl[1]}/${sshUrl[2]}`;
    const https = /^https?:\/\/(?:[^@/]+@)?(.+?)(?:\.git)?$/.exec(remote);
    return https ? `https://${https[1]}` : undefined;
}
/**
 * The same facts read from a checkout with git, for the CLI and to fill gaps in Actions. Four
 * questions asked at once, each a process start: the commit and its time; the top directory and
 * the branch (one rev-parse, which prints the top directory even before the first commit); the
 * remote's default branch; the remote's address.
 */
async function readCheckout(run, cwd) {
    const [commit, where, originHead, remote] = await Promise.all([
        git(run, cwd, 'log', '-1', '--format=%H %ct', 'HEAD'),
        run(['git', 'rev-parse', '--show-toplevel', '--symbolic-full-name', 'HEAD'], {
            cwd,
            quiet: true,
            allowFailure: true,
        }).catch(() => undefined),
        git(run, cwd, 'symbolic-ref', '--short', '-q', 'refs/remotes/origin/HEAD'),
        git(run, cwd, 'remote', 'get-url', 'origin'),
    ]);
    const [top, head] = where?.stdout.split('\n') ?? [];
    const facts = { info: {} };
    if (top?.startsWith('/'))
        facts.root = top;
    const [sha, time] = commit?.split(' ') ?? [];
    if (!sha)
        return facts;
    const info = facts.info;
    info.sha = sha;
    const commitTime = Number(time);
    if (Number.isFinite(commitTime) && commitTime > 0)
        info.commitTime = commitTime;
    if (where?.code === 0 && head?.startsWith('refs/heads/'))
        info.branch = head.slice('refs/heads/'.length);
    if (originHead)
        info.defaultBranch = originHead.replace(/^origin\//, '');
    const url = remote ? httpsRemote(remote) : undefined;
    if (url)
        info.repositoryUrl = url;
    return facts;
}
/** The top directory of the git work tree that holds `cwd`; undefined outside one (or without git). */
async function workTreeRoot(run, cwd) {
    const top = await run(['git', 'rev-parse', '--show-toplevel'], { cwd, quiet: true, allowFailure: true }).catch(() => undefined);
    return (top?.code === 0 && top.stdout.trim()) || undefined;
}
/**
 * The files of `dir` a fresh checkout would have, relative to it: git's tracked files plus the
 * untracked ones it does not ignore (this run's node_modules and build output are ignored).
 * Undefined outside a git work tree.
 */
async function checkoutFiles(run, dir) {
    const listed = await run(['git', 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
        cwd: dir,
        quiet: true,
        allowFailure: true,
    });
    if (listed.code !== 0)
        return undefined;
    return listed.stdout.split('\0').filter((f) => f !== '');
}


/***/ }),

/***/ 53831:
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
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96867);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65468);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12011);



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

/***/ 12011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ changePercent),
/* harmony export */   TP: () => (/* binding */ tenths),
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   _$: () => (/* binding */ isoDate),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   aJ: () => (/* binding */ stripAnsi),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony exports visibleWidth, padEnd, padStart */
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

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Qj: () => (/* binding */ markdownTable),
/* harmony export */   SS: () => (/* binding */ codeSpan)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12011);

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

/***/ 96867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ PHASES)
/* harmony export */ });
/** What a run measured: the one data model behind the outputs, the summary and the tables. */
/** In the order they run: the image is built before the smoke test runs it. */
const PHASES = ['restore', 'install', 'save', 'build', 'prune', 'validate', 'image', 'smoke', 'push'];


/***/ }),

/***/ 65468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K1: () => (/* binding */ imagesOutput),
/* harmony export */   LK: () => (/* binding */ allCacheHit),
/* harmony export */   Q5: () => (/* binding */ comparedFigure),
/* harmony export */   Zm: () => (/* binding */ comparable),
/* harmony export */   aX: () => (/* binding */ speedupPercent),
/* harmony export */   kQ: () => (/* binding */ targetTotal),
/* harmony export */   mY: () => (/* binding */ overallSpeedup),
/* harmony export */   tu: () => (/* binding */ otherFigure),
/* harmony export */   zF: () => (/* binding */ timingsOutput)
/* harmony export */ });

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

/***/ 71914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ findMarked),
/* harmony export */   GD: () => (/* binding */ prCommentMarker),
/* harmony export */   M1: () => (/* binding */ prCommentBody),
/* harmony export */   Nz: () => (/* binding */ truncateBody)
/* harmony export */ });
/* unused harmony export MAX_BODY */
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22457);

/**
 * One timing comment per pull request (per job), updated in place on every run. The comment is
 * found by a hidden HTML marker rather than by author, because the token may belong to the
 * Actions bot, a GitHub App or a user, and may change between runs.
 */
const MARKER_NAME = 'artifact-docker-build';
/** GitHub rejects comment bodies over this many characters. */
const MAX_BODY = 65536;
/**
 * `<!-- artifact-docker-build -->`, or `<!-- artifact-docker-build:JOB -->` so that two jobs of
 * one workflow keep a comment each. Neither marker is a substring of another.
 */
function prCommentMarker(jobId) {
    // "--" and ">" would end the HTML comment early; keep what a job id normally holds.
    const key = (jobId ?? '').replace(/[^\w.-]+/g, '_').replace(/-{2,}/g, '-');
    return key ? `<!-- ${MARKER_NAME}:${key} -->` : `<!-- ${MARKER_NAME} -->`;
}
/** The summary with the marker on the first line, where the search looks for it first. */
function prCommentBody(run, marker = prCommentMarker(), opts = {}) {
    return `${marker}\n${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .renderSummary */ .B)(run, opts)}`;
}
/** The comment carrying the marker; one that starts with it wins over one that quotes it. */
function findMarked(comments, marker) {
    const marked = comments.filter((c) => c.body?.includes(marker));
    return marked.find((c) => c.body?.trimStart().startsWith(marker)) ?? marked[0];
}
/**
 * Cuts a body to GitHub's limit, with a note saying so. A cut inside a fenced block (the gantt
 * chart) closes the fence, or everything after it would render as code.
 */
function truncateBody(body, limit = MAX_BODY) {
    if (body.length <= limit)
        return body;
    const note = `\n\n_The report was cut here: GitHub allows at most ${limit} characters in a comment. The job summary has all of it._\n`;
    let kept = body.slice(0, limit - note.length - 4);
    // don't leave half of a surrogate pair
    if (/[\uD800-\uDBFF]$/.test(kept))
        kept = kept.slice(0, -1);
    const fences = kept.match(/^```/gm)?.length ?? 0;
    return `${kept}${fences % 2 === 1 ? '\n```' : ''}${note}`;
}


/***/ }),

/***/ 29437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mp: () => (/* binding */ sizeItems),
/* harmony export */   _r: () => (/* binding */ partsText),
/* harmony export */   kg: () => (/* binding */ STANDALONE_HOWTO)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12011);

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


/***/ }),

/***/ 22457:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B: () => (/* binding */ renderSummary)
});

// EXTERNAL MODULE: ./src/report/figures.ts
var report_figures = __webpack_require__(53831);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(12011);
// EXTERNAL MODULE: ./src/report/outputs.ts
var outputs = __webpack_require__(65468);
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
var report_size = __webpack_require__(29437);
;// CONCATENATED MODULE: ./src/report/gates.ts
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

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
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
    const gates = recordedGateItems(run);
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
