import { createRequire as __adbCreateRequire } from 'node:module';
const require = __adbCreateRequire(import.meta.url);
export const id = 242;
export const ids = [242];
export const modules = {

/***/ 78962:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $7: () => (/* binding */ unpackEntry),
/* harmony export */   AR: () => (/* binding */ packEntry),
/* harmony export */   TM: () => (/* binding */ digestFile),
/* harmony export */   Tw: () => (/* binding */ CacheEntryError),
/* harmony export */   Vq: () => (/* binding */ sha256OfFile)
/* harmony export */ });
/* unused harmony export strayMember */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8431);






/** A cache entry that cannot be used; the store removes what it unpacked and reports a miss. */
class CacheEntryError extends Error {
    name = 'CacheEntryError';
}
function digestFile(archive) {
    return `${archive}.sha256`;
}
function compressFlags(compression, direction) {
    if (compression === 'none')
        return [];
    if (compression === 'gzip')
        return ['-z'];
    // -T0: all cores; level 3 is zstd's default and the sweet spot for node_modules
    return ['--use-compress-program', direction === 'compress' ? 'zstd -T0 -3' : 'zstd -d'];
}
async function sha256OfFile(file) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}
/** Archives `dir` (as its own name, nothing above it) into `archive` and writes the digest beside it. */
async function packEntry(dir, archive, compression, run) {
    await run(['tar', ...compressFlags(compression, 'compress'), '-cf', archive, '-C', node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(dir), node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(dir)], { quiet: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(digestFile(archive), `${await sha256OfFile(archive)}\n`);
}
/** The reason a member name does not belong in an entry for `name`, undefined when it does. */
function strayMember(member, name) {
    const clean = member.replace(/^\.\//, '').replace(/\/+$/, '');
    if (clean.startsWith('/'))
        return 'an absolute path';
    if (clean.split('/').includes('..'))
        return 'a path with ..';
    if (!(0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .isInside */ .F)(clean, name))
        return `outside ${name}/`;
    return undefined;
}
/**
 * Unpacks `archive` into `dir` after checking its digest and its member names. On any failure
 * nothing of the entry is left behind (neither `dir` nor the staging directory) and a
 * CacheEntryError says why.
 */
async function unpackEntry(archive, dir, compression, run) {
    const name = node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(dir);
    const parent = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(dir);
    const staging = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(parent, `.${name}.restore-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`);
    try {
        const expected = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(digestFile(archive), 'utf8').then((text) => text.trim(), () => undefined);
        if (!expected)
            throw new CacheEntryError('the entry has no digest (written by an older version, or cut short)');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(staging, { recursive: true });
        // one pass over the archive, hashed while tar unpacks it: nothing reaches `dir` before both
        // checks passed, and tar without -P keeps every member (and every link it makes) inside the
        // staging directory, which is removed whatever happens. -v names the members as they go.
        const [actual, unpacked] = await Promise.all([
            sha256OfFile(archive),
            run(['tar', ...compressFlags(compression, 'decompress'), '-xvf', archive, '-C', staging], {
                quiet: true,
                allowFailure: true,
            }),
        ]);
        if (actual !== expected)
            throw new CacheEntryError(`the archive's digest is ${actual.slice(0, 12)}…, not the ${expected.slice(0, 12)}… written when it was saved`);
        if (unpacked.code !== 0)
            throw new CacheEntryError(`tar cannot read the archive: ${unpacked.stderr.trim().split('\n')[0] ?? `exit ${unpacked.code}`}`);
        for (const member of unpacked.stdout.split('\n')) {
            if (!member)
                continue;
            const why = strayMember(member, name);
            if (why)
                throw new CacheEntryError(`the archive holds ${JSON.stringify(member)}, ${why}: an entry for ${name} holds nothing else`);
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(dir, { recursive: true, force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(staging, name), dir);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(dir, { recursive: true, force: true });
        throw error instanceof CacheEntryError
            ? error
            : new CacheEntryError(error instanceof Error ? error.message : String(error), { cause: error });
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(staging, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 48264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YB: () => (/* binding */ readCopyOnlyDockerfile),
/* harmony export */   lL: () => (/* binding */ dockerfileError),
/* harmony export */   m5: () => (/* binding */ isRemoteSource),
/* harmony export */   sr: () => (/* binding */ instructionText)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/** Instructions that only change the image config (or add a COPY/ADD layer). */
const SUPPORTED = new Set([
    'ARG',
    'ENV',
    'LABEL',
    'WORKDIR',
    'USER',
    'EXPOSE',
    'VOLUME',
    'CMD',
    'ENTRYPOINT',
    'HEALTHCHECK',
    'STOPSIGNAL',
    'SHELL',
    'MAINTAINER',
    'COPY',
    'ADD',
]);
const KNOWN = new Set([...SUPPORTED, 'FROM', 'RUN', 'ONBUILD']);
const COPY_FLAGS = new Set(['chown', 'chmod', 'link']);
const REMOTE_SOURCE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@)/i;
const WHY = 'the oci engine builds COPY-only images without a Docker daemon';
function dockerfileError(file, line, message) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BuildError */ .zS(`${file}:${line}: ${message}`);
}
function readCopyOnlyDockerfile(parsed, file) {
    const problem = parsed.problems?.[0];
    if (problem)
        throw dockerfileError(file, problem.line, problem.message);
    const globalArgs = [];
    const body = [];
    let from;
    for (const ins of parsed.instructions) {
        if (!KNOWN.has(ins.keyword))
            throw dockerfileError(file, ins.line, `unknown instruction ${ins.keyword}`);
        if (ins.keyword === 'FROM') {
            if (from) {
                throw dockerfileError(file, ins.line, `a second FROM: multi-stage builds are not supported (${WHY}); build the artifacts on the runner and COPY them, or use engine buildx or docker`);
            }
            checkFrom(ins, file);
            from = ins;
        }
        else if (!from) {
            if (ins.keyword !== 'ARG')
                throw dockerfileError(file, ins.line, `${ins.keyword} before FROM: only ARG may come before the first FROM`);
            globalArgs.push(ins);
        }
        else {
            checkInstruction(ins, file);
            body.push(ins);
        }
    }
    if (!from)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BuildError */ .zS(`${file}: no FROM instruction`);
    return { file, escape: parsed.escape, globalArgs, from, body };
}
function checkFrom(ins, file) {
    for (const flag of Object.keys(ins.flags)) {
        if (flag !== 'platform')
            throw dockerfileError(file, ins.line, `FROM --${flag} is not supported`);
    }
}
function checkInstruction(ins, file) {
    switch (ins.keyword) {
        case 'RUN':
            throw dockerfileError(file, ins.line, `RUN is not supported (${WHY}); run the step on the runner (a build command) and COPY its output, or use engine buildx or docker`);
        case 'ONBUILD':
            throw dockerfileError(file, ins.line, `ONBUILD is not supported (${WHY})`);
        case 'COPY':
        case 'ADD':
            checkCopy(ins, file);
            break;
        case 'SHELL':
            if (!ins.json)
                throw dockerfileError(file, ins.line, 'SHELL requires the JSON form, e.g. SHELL ["/bin/sh", "-c"]');
            break;
    }
}
function checkCopy(ins, file) {
    if (ins.flags.from !== undefined) {
        throw dockerfileError(file, ins.line, `${ins.keyword} --from is not supported (${WHY}, so there is no other stage or image to copy from); COPY the files from the context instead`);
    }
    for (const flag of Object.keys(ins.flags)) {
        if (!COPY_FLAGS.has(flag))
            throw dockerfileError(file, ins.line, `${ins.keyword} --${flag} is not supported by the oci engine`);
    }
    if (ins.heredocs)
        throw dockerfileError(file, ins.line, `${ins.keyword} with a here-document is not supported by the oci engine; put the file in the artifacts and COPY it`);
    if (ins.keyword === 'ADD') {
        const words = ins.nodes;
        const remote = words.slice(0, -1).find((w) => REMOTE_SOURCE.test(w));
        if (remote)
            throw dockerfileError(file, ins.line, `ADD ${remote}: remote sources are not supported (${WHY} and without network access at build time); download the file on the runner and COPY it`);
    }
}
/** Whether a COPY/ADD source names something outside the context (after variable expansion). */
function isRemoteSource(source) {
    return REMOTE_SOURCE.test(source);
}
/** The instruction as written (flags included), for the image's history. */
function instructionText(ins) {
    const flags = Object.entries(ins.flags).map(([k, v]) => (v === 'true' ? `--${k}` : `--${k}=${v}`));
    return [ins.keyword, ...flags, ins.args].filter((p) => p !== '').join(' ');
}


/***/ }),

/***/ 5899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ ociCannotBuild),
/* harmony export */   X: () => (/* binding */ selectEngine)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _dockerfile_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16357);
/* harmony import */ var _oci_instructions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48264);
/* harmony import */ var _oci_platform_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19754);




const NO_BUILDX = 'add docker/setup-buildx-action before this step, or use engine docker or oci';
/**
 * `auto` picks the daemonless oci engine whenever it can do the job: a COPY-only Dockerfile
 * needs no daemon build, so oci sends no build context, writes only the layers it does not
 * already keep and talks to the registry itself, which makes it the fastest engine here (see
 * docs/benchmarks.md). buildx (else docker) remains for what oci cannot do: a named buildx
 * builder, the user's BuildKit cache specs, and Dockerfiles or platforms it cannot build.
 */
function selectEngine(choice, caps, job = {}) {
    switch (choice) {
        case 'buildx':
            if (!caps.buildx)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BuildError */ .zS(`engine buildx: \`docker buildx\` is not installed; ${NO_BUILDX}`);
            return { name: 'buildx', reason: 'as asked' };
        case 'docker':
            if (!caps.daemon)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BuildError */ .zS('engine docker: no Docker daemon answers `docker version`; start one, or use engine oci (no daemon needed)');
            return { name: 'docker', reason: 'as asked' };
        case 'oci':
            return { name: 'oci', reason: 'as asked' };
        case 'auto':
            return selectAuto(caps, job);
    }
}
function selectAuto(caps, job) {
    // a named builder (remote, kubernetes) is where the user wants the build to run: never elsewhere
    if (job.builder) {
        if (!caps.buildx)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BuildError */ .zS(`builder ${job.builder}: \`docker buildx\` is not installed; add docker/setup-buildx-action before this step`);
        return { name: 'buildx', reason: `builder ${job.builder} is a buildx builder` };
    }
    const blocker = job.ociCannot?.[0];
    if (job.buildCache && caps.buildx && caps.daemon)
        return { name: 'buildx', reason: 'cache-from / cache-to are BuildKit cache specs, which only buildx reads' };
    if (blocker) {
        if (caps.buildx && caps.daemon)
            return { name: 'buildx', reason: `the oci engine cannot build this job: ${blocker}` };
        if (caps.daemon)
            return {
                name: 'docker',
                reason: `the oci engine cannot build this job (${blocker}) and buildx is not installed: \`docker build\`, one platform, no BuildKit cache. Add docker/setup-buildx-action for the buildx engine.`,
                warning: true,
            };
        // nothing else can build it either: the oci engine's error names the line
        return {
            name: 'oci',
            reason: `no Docker daemon answers, and the oci engine cannot build this job: ${blocker}`,
            warning: true,
        };
    }
    if (!caps.daemon)
        return {
            name: 'oci',
            reason: 'COPY-only Dockerfile, no daemon build needed; no Docker daemon answers, so the smoke test is skipped',
            warning: true,
        };
    return {
        name: 'oci',
        reason: 'COPY-only Dockerfile, no daemon build needed; the image is loaded into the daemon for the smoke test',
    };
}
/**
 * Why the oci engine cannot build a target, or undefined when it can: what its Dockerfile holds
 * beyond one stage of config and COPY/ADD from the context (a RUN the config allows, COPY --from,
 * a second stage, a here-document, a remote ADD), or a platform other than Linux.
 */
function ociCannotBuild(target, file, text) {
    try {
        (0,_oci_instructions_js__WEBPACK_IMPORTED_MODULE_2__/* .readCopyOnlyDockerfile */ .YB)((0,_dockerfile_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDockerfile */ .Ai)(text), file);
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BuildError */ .zS))
            throw error;
        return `${target.name}: ${error.message.replace(/ \(the oci engine builds[^)]*\)/, '').replace(/;.*$/, '')}`;
    }
    for (const text of target.platforms) {
        let platform;
        try {
            platform = (0,_oci_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePlatform */ .FL)(text);
        }
        catch {
            // the config check reports it
            continue;
        }
        if (platform.os !== 'linux')
            return `${target.name}: platform ${(0,_oci_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPlatform */ .Bq)(platform)} (the oci engine builds linux images only)`;
    }
    return undefined;
}


/***/ }),

/***/ 9242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ociBlockers: () => (/* binding */ ociBlockers),
  preflightRegistry: () => (/* binding */ preflightRegistry),
  setupPipeline: () => (/* binding */ setupPipeline)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/exec.ts
var exec = __webpack_require__(73190);
;// CONCATENATED MODULE: ./src/image/layers.ts
/**
 * An image's layers as the daemon sizes them (`docker history`, uncompressed bytes, as
 * `docker image inspect` adds them up), oldest first, with the step that made each.
 */
function planHistory(id) {
    return ['docker', 'history', '--no-trunc', '--human=false', '--format', '{{.Size}}\t{{.CreatedBy}}', id];
}
/**
 * `docker history` lists the newest layer first, and a row for each step, also the ones that
 * wrote no layer (ENV, CMD: size 0); those are dropped.
 */
function parseHistory(output) {
    return output
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => {
        const tab = line.indexOf('\t');
        return { size: Number(line.slice(0, tab)), step: cleanStep(line.slice(tab + 1)) };
    })
        .filter((row) => Number.isFinite(row.size) && row.size > 0)
        .reverse();
}
/** "COPY dir:abc… in /app/node_modules # buildkit" → "COPY … /app/node_modules"; the shell form's prefix dropped. */
function cleanStep(createdBy) {
    // an imported base (docker import) records no step
    if (createdBy.trim() === '')
        return 'base image layer';
    return createdBy
        .replace(/^\/bin\/sh -c #\(nop\)\s*/, '')
        .replace(/^\/bin\/sh -c /, 'RUN ')
        .replace(/\s*# buildkit$/, '')
        .replace(/\b(file|dir|multi):[0-9a-f]{64}\b/g, '…')
        .replace(/\s+/g, ' ')
        .trim();
}

// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
;// CONCATENATED MODULE: ./src/image/timestamps.ts



/**
 * The time npm gives every file it packs (1985-10-26T08:15:00Z), so what installed packages
 * already carry. Files whose content the lockfile pins (node_modules, and the package manifests
 * and lockfiles beside it) get it in layers instead of the commit's time: a dependency layer, or
 * the `COPY package.json ./` layer before it, is then the same bytes, and the same digest, on
 * every commit that leaves them alone. A source-only change uploads only the app's own layers,
 * and a daemon that has the image of an earlier commit keeps its node_modules layer: a layer's
 * identity there (its chain ID) covers every layer below it. The app's own files keep the
 * commit's time, so that servers deriving ETags and Last-Modified from size and mtime
 * (express.static, Next.js's public/) see a newer version on each commit.
 */
const DEPENDENCY_TIME = 499_162_500;
/** The package manager's manifest and lockfiles: read at install time, never served. */
const MANIFESTS = new Set([
    'package.json',
    'package-lock.json',
    'npm-shrinkwrap.json',
    'yarn.lock',
    'pnpm-lock.yaml',
    'bun.lock',
    'bun.lockb',
]);
/** Whether a file's content is pinned with the dependencies: under node_modules, or a package manifest or lockfile. */
function isPinnedPath(relative) {
    return (0,paths/* inNodeModules */.V)(relative) || MANIFESTS.has(relative.slice(relative.lastIndexOf('/') + 1));
}
/** The mtime a layer entry at `relative` gets, for a build at `epoch` (SOURCE_DATE_EPOCH). */
function layerTime(relative, epoch) {
    return isPinnedPath(relative) ? DEPENDENCY_TIME : epoch;
}
/**
 * The mtimes of a layer's entries: files as `layerTime` says; a directory outside node_modules
 * as its newest entry in the layer (npm's time when it holds nothing else, so `COPY package.json
 * ./` does not change with the commit through its `app/` entry), the epoch when it is empty.
 */
function layerTimes(entries, epoch) {
    const times = entries.map((e) => (e.type === 'directory' ? undefined : layerTime(e.path, epoch)));
    const newest = new Map();
    entries.forEach((e, i) => {
        const time = times[i];
        if (time === undefined)
            return;
        for (let at = e.path.lastIndexOf('/'); at > 0; at = e.path.lastIndexOf('/', at - 1)) {
            const dir = e.path.slice(0, at);
            newest.set(dir, Math.max(newest.get(dir) ?? time, time));
        }
        // the layer's root (the destination `.` of `COPY x ./` at /) holds it too
        newest.set('', Math.max(newest.get('') ?? time, time));
    });
    return entries.map((e, i) => {
        const time = times[i];
        if (time !== undefined)
            return time;
        if ((0,paths/* inNodeModules */.V)(e.path))
            return DEPENDENCY_TIME;
        return newest.get(e.path) ?? epoch;
    });
}
/**
 * Sets the file times of a staged context to what `layerTimes` says, for builders that copy
 * times into layers as they find them (the legacy builder, BuildKit before rewrite-timestamp):
 * pinned files are set to DEPENDENCY_TIME, the app's own files are clamped to `epoch` as
 * BuildKit's rewrite-timestamp does, a directory outside node_modules gets its newest entry's
 * time. Without it a fresh checkout, a cache restore or a replayed prune gives files new times
 * and a layer whose bytes did not change a new digest. The staged files are hard links, so the
 * workspace's files get these times too; nothing reads them after.
 */
async function normaliseTimes(dir, epoch) {
    await normaliseDir(dir, '', epoch);
}
/** Normalises `relative` and everything under it; returns the newest time it set inside. */
async function normaliseDir(dir, relative, epoch) {
    const entries = await (0,promises_.readdir)(external_node_path_default().join(dir, relative), { withFileTypes: true });
    let newest;
    for (let i = 0; i < entries.length; i += 64) {
        const times = await Promise.all(entries.slice(i, i + 64).map(async (entry) => {
            const child = relative ? `${relative}/${entry.name}` : entry.name;
            if (!entry.isDirectory())
                return normaliseFile(external_node_path_default().join(dir, child), child, epoch);
            const inside = await normaliseDir(dir, child, epoch);
            return setDirTime(external_node_path_default().join(dir, child), child, inside, epoch);
        }));
        for (const t of times)
            newest = Math.max(newest ?? t, t);
    }
    if (relative === '')
        await setDirTime(dir, '', newest, epoch);
    return newest;
}
async function setDirTime(file, relative, inside, epoch) {
    const time = (0,paths/* inNodeModules */.V)(relative) ? DEPENDENCY_TIME : (inside ?? epoch);
    await setTime(file, time);
    return time;
}
/** A file or link: pinned ones get npm's time, the others are clamped to the epoch (older times kept). */
async function normaliseFile(file, relative, epoch) {
    if (isPinnedPath(relative)) {
        await setTime(file, DEPENDENCY_TIME);
        return DEPENDENCY_TIME;
    }
    const stat = await (0,promises_.lstat)(file);
    const mtime = Math.floor(stat.mtimeMs / 1000);
    if (stat.mtimeMs / 1000 > epoch || stat.atimeMs / 1000 > epoch) {
        await (0,promises_.lutimes)(file, epoch, epoch);
        return epoch;
    }
    return mtime;
}
async function setTime(file, time) {
    const stat = await (0,promises_.lstat)(file);
    if (stat.mtimeMs / 1000 !== time || stat.atimeMs / 1000 !== time)
        await (0,promises_.lutimes)(file, time, time);
}

;// CONCATENATED MODULE: ./src/engines/docker.ts






/** Flags both `docker build` and `docker buildx build` share, in a stable order. */
function commonBuildFlags(request) {
    const args = ['--file', request.dockerfile];
    for (const tag of request.tags)
        args.push('--tag', tag);
    for (const [name, value] of Object.entries(request.buildArgs))
        args.push('--build-arg', `${name}=${value}`);
    for (const [name, value] of Object.entries(request.labels))
        args.push('--label', `${name}=${value}`);
    return args;
}
/**
 * How a build's argv is shown in logs and errors: build-arg values hidden (they may be tokens),
 * their names kept, as the smoke test keeps container environment values out of its argv.
 */
function buildDisplay(argv) {
    return (0,exec/* displayArgv */.zq)(argv.map((arg, i) => argv[i - 1] === '--build-arg' && !arg.startsWith('SOURCE_DATE_EPOCH=') ? arg.replace(/=.*$/s, '=***') : arg));
}
/**
 * `docker build` + `docker push` for daemons without buildx (the legacy builder, or BuildKit
 * built into the engine). One platform only: several need buildx or the oci engine.
 */
function planDockerBuild(request, iidFile, cacheFrom = []) {
    if (request.platforms.length > 1) {
        throw new errors/* BuildError */.zS(`${request.target}: building for ${request.platforms.join(', ')} needs the buildx or oci engine; the docker engine builds one platform`);
    }
    const args = ['docker', 'build', ...commonBuildFlags(request), '--iidfile', iidFile];
    if (request.platforms[0])
        args.push('--platform', request.platforms[0]);
    for (const ref of cacheFrom)
        args.push('--cache-from', ref);
    // `--` ends the options, so no context path can be read as a flag
    args.push('--', request.contextDir);
    return args;
}
/** `docker pull` of an earlier push, so the legacy builder can take its layers as cache. */
function planDockerPull(ref, platform) {
    return platform ? ['docker', 'pull', '--quiet', '--platform', platform, ref] : ['docker', 'pull', '--quiet', ref];
}
function planDockerPush(tag) {
    return ['docker', 'push', tag];
}
/** The manifest digest the registry answered a push with ("latest: digest: sha256:... size: 1234"). */
function parsePushDigest(output) {
    return /digest: (sha256:[a-f0-9]{64})/.exec(output)?.[1];
}
function sourceDateEnv(request) {
    // BuildKit and recent docker honour SOURCE_DATE_EPOCH for the image's timestamps
    return request.sourceDateEpoch === undefined ? {} : { SOURCE_DATE_EPOCH: String(request.sourceDateEpoch) };
}
/** The loaded image's size as `docker image inspect` reports it, and its layers as `docker history` does. */
async function inspectImage(id, deps) {
    // two questions that need nothing from each other: asked at once
    const [inspected, history] = await Promise.all([
        deps.run(['docker', 'image', 'inspect', '--format', '{{.Size}}', id], { quiet: true, allowFailure: true }),
        deps.run(planHistory(id), { quiet: true, allowFailure: true }),
    ]);
    const size = Number(inspected.stdout.trim());
    const built = Number.isFinite(size) && inspected.code === 0 ? { id, size, runnable: true } : { id, runnable: true };
    if (history.code === 0)
        built.layers = parseHistory(history.stdout);
    return built;
}
class DockerEngine {
    name = 'docker';
    async build(request, deps) {
        const iidFile = external_node_path_default().join(deps.tempDir, `${request.target}.iid`);
        if (request.sourceDateEpoch !== undefined)
            await normaliseTimes(request.contextDir, request.sourceDateEpoch);
        const cacheFrom = await pullCacheImage(request, deps);
        const argv = planDockerBuild(request, iidFile, cacheFrom);
        await deps.run(argv, { env: sourceDateEnv(request), display: buildDisplay(argv) });
        const id = (await (0,promises_.readFile)(iidFile, 'utf8')).trim();
        return { ...(await inspectImage(id, deps)), runs: 'the image docker build left in the daemon' };
    }
    async push(request, deps) {
        let digest;
        for (const tag of request.tags) {
            const result = await deps.run(planDockerPush(tag));
            digest = parsePushDigest(result.stdout) ?? digest;
        }
        if (!digest)
            throw new errors/* BuildError */.zS(`${request.target}: the registry did not answer the push with a digest`);
        return { digest };
    }
}
/**
 * The legacy builder writes every layer anew (the directory COPY writes into gets the build's
 * time), so an unchanged node_modules would get a new digest and be uploaded again on each
 * commit. Its cache is the way out, as in the classic `docker pull ... || true; docker build
 * --cache-from ...`: the first earlier push that can be pulled (this branch's, else latest)
 * lends its layers to every step whose files did not change (the builder compares contents, not
 * times), and the push then finds them in the registry. Nothing there yet, or no access: built
 * from scratch as before.
 */
async function pullCacheImage(request, deps) {
    for (const ref of request.cacheFrom) {
        const pulled = await deps.run(planDockerPull(ref, request.platforms[0]), { quiet: true, allowFailure: true });
        if (pulled.code === 0) {
            deps.logger.info(`layers of ${ref} offered as cache (--cache-from)`);
            return [ref];
        }
    }
    return [];
}

;// CONCATENATED MODULE: ./src/engines/buildx.ts




/** rewrite-timestamp (BuildKit 0.13, buildx 0.13) clamps file times in layers to SOURCE_DATE_EPOCH. */
function supportsRewriteTimestamp(version) {
    const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
    return major > 0 || minor >= 13;
}
/**
 * `buildx build` as docker/build-push-action would run it. The image is first built with
 * --load so the smoke test can run it; the push builds again with --push, which BuildKit
 * answers from its cache, so the pushed layers are the tested ones (the config differs only by
 * the inline cache record). The earlier pushes of the branch and of `latest` are imported as
 * cache and the push records its own: on a fresh runner a COPY whose files did not change (the
 * node_modules of an unchanged lockfile) is then a cache hit and reuses the layer the registry
 * already holds, where rebuilding it would give it the new commit's times and a new digest.
 */
function planBuildx(request, output, files, caps, options = {}) {
    const args = [...caps.command, 'build'];
    if (options.builder)
        args.push('--builder', options.builder);
    args.push(...commonBuildFlags(request), '--iidfile', files.iid, '--metadata-file', files.metadata);
    const platforms = output === 'load' && request.platforms.length > 1 ? [] : request.platforms;
    if (platforms.length > 0)
        args.push('--platform', platforms.join(','));
    if (request.sourceDateEpoch !== undefined)
        args.push('--build-arg', `SOURCE_DATE_EPOCH=${request.sourceDateEpoch}`);
    const rewrite = request.sourceDateEpoch !== undefined && supportsRewriteTimestamp(caps.version) ? ',rewrite-timestamp=true' : '';
    for (const ref of request.cacheFrom)
        args.push('--cache-from', `type=registry,ref=${ref}`);
    for (const spec of request.cacheImports ?? [])
        args.push('--cache-from', spec);
    // exported once, by the build every run makes; the push after it is answered from that cache
    if (output !== 'push')
        for (const spec of request.cacheExports ?? [])
            args.push('--cache-to', spec);
    if (output === 'load')
        args.push('--output', `type=docker${rewrite}`);
    else if (output === 'push')
        args.push('--output', `type=image,push=true${rewrite}`, '--cache-to', 'type=inline');
    args.push('--', request.contextDir);
    return args;
}
/** The digest buildx wrote to its metadata file: the manifest or, for several platforms, the index. */
function parseMetadataDigest(metadata) {
    const doc = JSON.parse(metadata);
    const digest = doc['containerimage.digest'];
    return typeof digest === 'string' ? digest : undefined;
}
class BuildxEngine {
    caps;
    options;
    name = 'buildx';
    constructor(caps, options = {}) {
        this.caps = caps;
        this.options = options;
    }
    files(request, deps, step) {
        return {
            metadata: external_node_path_default().join(deps.tempDir, `${request.target}.${step}.metadata.json`),
            iid: external_node_path_default().join(deps.tempDir, `${request.target}.${step}.iid`),
        };
    }
    async build(request, deps) {
        // several platforms cannot be loaded into the image store: build to warm the cache only
        const output = request.platforms.length > 1 ? 'cache-only' : 'load';
        const files = this.files(request, deps, 'build');
        const argv = planBuildx(request, output, files, this.caps, this.options);
        await deps.run(argv, { env: sourceDateEnv(request), display: buildDisplay(argv) });
        if (output !== 'load')
            return { runnable: false };
        const id = (await (0,promises_.readFile)(files.iid, 'utf8')).trim();
        return { ...(await inspectImage(id, deps)), runs: 'the image buildx loaded into the daemon (--load)' };
    }
    async push(request, deps) {
        const files = this.files(request, deps, 'push');
        const argv = planBuildx(request, 'push', files, this.caps, this.options);
        await deps.run(argv, { env: sourceDateEnv(request), display: buildDisplay(argv) });
        const digest = parseMetadataDigest(await (0,promises_.readFile)(files.metadata, 'utf8'));
        if (!digest)
            throw new errors/* BuildError */.zS(`${request.target}: buildx pushed but wrote no digest to ${files.metadata}`);
        return { digest };
    }
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/engines/oci/base-image.ts
var base_image = __webpack_require__(84836);
// EXTERNAL MODULE: ./src/engines/oci/daemon-base.ts
var daemon_base = __webpack_require__(66639);
// EXTERNAL MODULE: ./src/daemon-images.ts
var daemon_images = __webpack_require__(11286);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/dockerfile/parse.ts
var parse = __webpack_require__(16357);
// EXTERNAL MODULE: ./src/dockerfile/ignore.ts
var dockerfile_ignore = __webpack_require__(12946);
// EXTERNAL MODULE: ./src/dockerfile/glob.ts
var glob = __webpack_require__(44882);
// EXTERNAL MODULE: ./src/engines/oci/instructions.ts
var instructions = __webpack_require__(48264);
;// CONCATENATED MODULE: ./src/engines/oci/copy.ts






const DIR_MODE = 0o755;
/**
 * The entries of one COPY/ADD layer, with docker's semantics: a directory source copies its
 * contents (not itself) into the destination; a file goes to `dest` or, when the destination
 * is a directory (written with a trailing slash, or one known to exist), into it; several
 * sources need a directory. Symlinks inside a directory stay links; a source that is itself a
 * link is followed, as BuildKit does; hard links become separate regular files.
 *
 * Normalised for reproducibility: times are `layerTimes`' (npm's fixed time for node_modules and
 * the package manifests, the build's epoch for other files, a directory's newest entry); owners are 0:0 or --chown's; modes are
 * --chmod's, else 0755 for directories and for files with any execute bit, 0644 for other
 * files. Directories above the destination are not added: a layer entry for /home would
 * overwrite the base's owner and mode of it (0755 root), whereas an absent parent keeps the
 * base's, and one missing there is created 0755 when the layer is unpacked.
 */
async function collectCopy(step, ctx) {
    const sources = [];
    for (const source of step.sources) {
        const matched = await resolveSource(source, step, ctx);
        for (const rel of matched)
            sources.push({ rel, stats: await followed(rel, source, step, ctx), written: source });
    }
    const destIsDir = step.destIsDir || ctx.knownDirs.has(step.dest) || sources.length > 1 || sources.some((s) => s.stats.isDirectory());
    if (sources.length > 1 && !step.destIsDir && !ctx.knownDirs.has(step.dest)) {
        throw (0,instructions/* dockerfileError */.lL)(ctx.file, step.line, `${step.keyword}: the sources match ${sources.length} files, so the destination must be a directory ending in / ("${step.dest}/")`);
    }
    const entries = new Map();
    const nativeAddons = [];
    const owner = { uid: step.uid, gid: step.gid, mtime: ctx.mtime };
    const add = (entry) => {
        if (entry.path === '')
            return;
        entries.set(entry.path, entry);
    };
    const destPath = tarPath(step.dest);
    if (destIsDir)
        add({ path: destPath, type: 'directory', mode: step.mode ?? DIR_MODE, size: 0, ...owner });
    for (const source of sources) {
        if (source.stats.isDirectory()) {
            await walk(source.rel, destPath, step, ctx, owner, add, nativeAddons);
            continue;
        }
        const target = destIsDir ? joinTar(destPath, external_node_path_default().posix.basename(source.rel)) : destPath;
        if (step.keyword === 'ADD' && (await isArchive(external_node_path_default().join(ctx.dir, source.rel)))) {
            throw (0,instructions/* dockerfileError */.lL)(ctx.file, step.line, `ADD ${source.written}: ADD would unpack this archive, which the oci engine does not do; unpack it on the runner and COPY the result`);
        }
        add(fileEntry(target, source.stats, external_node_path_default().join(ctx.dir, source.rel), step, owner));
        if (source.rel.endsWith('.node'))
            nativeAddons.push(source.rel);
    }
    const sorted = [...entries.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const times = layerTimes(sorted, ctx.mtime);
    return { entries: sorted.map((e, i) => ({ ...e, mtime: times[i] })), nativeAddons: nativeAddons.sort() };
}
/** `/app/dist` → `app/dist`; the root is the empty path. */
function tarPath(absolute) {
    return absolute.replace(/^\/+/, '').replace(/\/+$/, '');
}
function joinTar(dir, name) {
    return dir === '' ? name : `${dir}/${name}`;
}
/** Context-relative paths a source names: itself, or its wildcard's matches (sorted). */
async function resolveSource(source, step, ctx) {
    // sources are relative to the context root, with or without a leading slash; ".." stops there
    const clean = external_node_path_default().posix.normalize(`/${source}`).slice(1).replace(/\/$/, '');
    const notFound = () => {
        throw (0,instructions/* dockerfileError */.lL)(ctx.file, step.line, `${step.keyword} ${source}: not found in the build context (the context holds only the target's declared artifacts${ctx.ignore ? ', minus what the .dockerignore excludes' : ''})`);
    };
    if (!(0,glob/* hasWildcard */.rl)(clean)) {
        if (clean !== '' && (0,dockerfile_ignore/* isIgnored */.pi)(ctx.ignore, clean))
            notFound();
        try {
            await (0,promises_.lstat)(external_node_path_default().join(ctx.dir, clean));
        }
        catch {
            notFound();
        }
        return [clean];
    }
    let matches;
    try {
        matches = await copy_glob(ctx.dir, clean.split('/'), '', ctx.ignore);
    }
    catch (error) {
        if (error instanceof glob/* BadPatternError */.m)
            throw (0,instructions/* dockerfileError */.lL)(ctx.file, step.line, `${step.keyword} ${source}: ${error.message}`);
        throw error;
    }
    if (matches.length === 0)
        notFound();
    return matches.sort();
}
async function copy_glob(root, segments, prefix, ignore) {
    const [segment, ...rest] = segments;
    if (segment === undefined)
        return [prefix];
    let names;
    if (!(0,glob/* hasWildcard */.rl)(segment)) {
        names = [segment];
    }
    else {
        let listed;
        try {
            listed = await (0,promises_.readdir)(external_node_path_default().join(root, prefix));
        }
        catch {
            return [];
        }
        names = listed.filter((n) => (0,glob/* goMatch */.Eb)(segment, n));
    }
    const found = [];
    for (const name of names) {
        const rel = prefix ? `${prefix}/${name}` : name;
        if ((0,dockerfile_ignore/* isIgnored */.pi)(ignore, rel))
            continue;
        try {
            await (0,promises_.lstat)(external_node_path_default().join(root, rel));
        }
        catch {
            continue;
        }
        found.push(...(await copy_glob(root, rest, rel, ignore)));
    }
    return found;
}
/** The source's own stats, a top-level symlink followed. */
async function followed(rel, written, step, ctx) {
    const full = external_node_path_default().join(ctx.dir, rel);
    try {
        const target = await (0,promises_.stat)(full);
        if (!target.isFile() && !target.isDirectory())
            throw new Error('not a file');
        return target;
    }
    catch {
        throw (0,instructions/* dockerfileError */.lL)(ctx.file, step.line, `${step.keyword} ${written}: ${rel || '.'} is not a file or directory (a dangling symlink?)`);
    }
}
async function walk(relDir, destDir, step, ctx, owner, add, nativeAddons) {
    const names = await (0,promises_.readdir)(external_node_path_default().join(ctx.dir, relDir));
    // a directory's entries and subdirectories are read at once, not one lstat after another:
    // a node_modules is thousands of them; collectCopy sorts what was found
    await Promise.all(names.map(async (name) => {
        const rel = relDir ? `${relDir}/${name}` : name;
        if ((0,dockerfile_ignore/* isIgnored */.pi)(ctx.ignore, rel)) {
            // an excluded directory may still hold re-included files ("!dir/keep")
            const stats = await (0,promises_.lstat)(external_node_path_default().join(ctx.dir, rel));
            if (!stats.isDirectory() || (0,dockerfile_ignore/* skipsDirectory */.Eu)(ctx.ignore, rel))
                return;
            await walk(rel, joinTar(destDir, name), step, ctx, owner, add, nativeAddons);
            return;
        }
        const full = external_node_path_default().join(ctx.dir, rel);
        const stats = await (0,promises_.lstat)(full);
        const target = joinTar(destDir, name);
        if (stats.isDirectory()) {
            add({ path: target, type: 'directory', mode: step.mode ?? DIR_MODE, size: 0, ...owner });
            await walk(rel, target, step, ctx, owner, add, nativeAddons);
        }
        else if (stats.isSymbolicLink()) {
            add({ path: target, type: 'symlink', mode: 0o777, size: 0, linkname: await (0,promises_.readlink)(full), ...owner });
        }
        else if (stats.isFile()) {
            add(fileEntry(target, stats, full, step, owner));
            if (name.endsWith('.node'))
                nativeAddons.push(rel);
        }
        // sockets, FIFOs and devices have no place in an image layer built from artifacts
    }));
}
function fileEntry(target, stats, source, step, owner) {
    return {
        path: target,
        type: 'file',
        mode: step.mode ?? normalFileMode(stats.mode),
        size: stats.size,
        source,
        sourceTime: Math.floor(stats.mtimeMs / 1000),
        ...owner,
    };
}
/** 0755 when any execute bit is set, else 0644: the umask and the checkout never leak in. */
function normalFileMode(mode) {
    return mode & 0o111 ? 0o755 : 0o644;
}
/** What ADD would unpack: tar (ustar magic), gzip, bzip2, xz. */
async function isArchive(file) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const head = Buffer.alloc(265);
        const { bytesRead } = await handle.read(head, 0, head.length, 0);
        const b = head.subarray(0, bytesRead);
        if (b[0] === 0x1f && b[1] === 0x8b)
            return true;
        if (b.subarray(0, 3).toString('latin1') === 'BZh')
            return true;
        if (b.subarray(0, 6).equals(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])))
            return true;
        return b.subarray(257, 262).toString('latin1') === 'ustar';
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: ./src/registry/digest.ts
var registry_digest = __webpack_require__(35035);
;// CONCATENATED MODULE: ./src/engines/oci/image-config.ts

const DEFAULT_SHELL = ['/bin/sh', '-c'];
/** fields of a base config that describe how the base was built, not the new image */
const BUILD_ONLY_FIELDS = [
    'container',
    'container_config',
    'docker_version',
    'id',
    'parent',
    'moby.buildkit.buildinfo.v1',
    'moby.buildkit.cache.v0',
];
/** `KEY=VALUE` strings as a record; the last one of a key wins. */
function envRecord(env) {
    const record = {};
    for (const entry of env ?? []) {
        const eq = entry.indexOf('=');
        if (eq > 0)
            record[entry.slice(0, eq)] = entry.slice(eq + 1);
        else
            record[entry] = '';
    }
    return record;
}
/** Sets variables by key: an existing one is replaced where it stands, a new one appended. */
function mergeEnv(env, pairs) {
    const result = [...(env ?? [])];
    for (const [key, value] of pairs) {
        const at = result.findIndex((e) => e === key || e.startsWith(`${key}=`));
        if (at >= 0)
            result[at] = `${key}=${value}`;
        else
            result.push(`${key}=${value}`);
    }
    return result;
}
/** WORKDIR: a relative path continues from the current directory. */
function resolveWorkdir(current, dir) {
    return external_node_path_default().posix
        .normalize(external_node_path_default().posix.isAbsolute(dir) ? dir : external_node_path_default().posix.join(current || '/', dir))
        .replace(/(.)\/$/, '$1');
}
/** CMD/ENTRYPOINT in shell form run under SHELL (default /bin/sh -c). */
function shellForm(shell, command) {
    return [...(shell && shell.length > 0 ? shell : DEFAULT_SHELL), command];
}
/**
 * ENTRYPOINT replaces the entrypoint and, as docker does, drops a CMD inherited from the base
 * (it was meant as arguments for the base's entrypoint); a CMD set earlier in this Dockerfile stays.
 */
function applyEntrypoint(config, entrypoint, cmdSetHere) {
    config.Entrypoint = entrypoint;
    if (!cmdSetHere)
        config.Cmd = null;
}
/** EXPOSE words: `80`, `80/tcp`, `53/udp`, `8000-8002` → `{"80/tcp":{}}` keys. */
function exposedPorts(words) {
    const keys = [];
    for (const word of words) {
        const m = /^(\d+)(?:-(\d+))?(?:\/(tcp|udp|sctp))?$/i.exec(word);
        if (!m)
            throw new Error(`invalid port "${word}": expected a number, a range (8000-8010), with an optional /tcp, /udp or /sctp`);
        const first = Number(m[1]);
        const last = m[2] === undefined ? first : Number(m[2]);
        if (first < 1 || last > 65535 || last < first)
            throw new Error(`invalid port "${word}"`);
        const proto = (m[3] ?? 'tcp').toLowerCase();
        for (let port = first; port <= last; port++)
            keys.push(`${port}/${proto}`);
    }
    return keys;
}
/** Go duration text (`30s`, `1m30s`, `500ms`) in nanoseconds, as docker stores healthcheck times. */
function parseDuration(text) {
    const units = { ns: 1, us: 1e3, µs: 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };
    if (text === '0')
        return 0;
    const re = /(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/gy;
    let total = 0;
    let consumed = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        total += Number(m[1]) * units[m[2]];
        consumed = re.lastIndex;
    }
    if (consumed === 0 || consumed !== text.length)
        throw new Error(`invalid duration "${text}" (expected e.g. 30s, 1m30s, 500ms)`);
    return Math.round(total);
}
/**
 * HEALTHCHECK: `NONE`, or `[flags] CMD <command>` with the command in exec (JSON) or shell
 * form. `args` is the text after the flags.
 */
function healthcheck(args, flags) {
    const trimmed = args.trim();
    if (/^none$/i.test(trimmed)) {
        if (Object.keys(flags).length > 0)
            throw new Error('HEALTHCHECK NONE takes no options');
        return { Test: ['NONE'] };
    }
    const m = /^cmd\s+(.*)$/is.exec(trimmed);
    if (!m)
        throw new Error('HEALTHCHECK expects NONE or CMD <command>');
    const command = m[1].trim();
    let test = ['CMD-SHELL', command];
    if (command.startsWith('[')) {
        try {
            const parsed = JSON.parse(command);
            if (Array.isArray(parsed) && parsed.every((p) => typeof p === 'string'))
                test = ['CMD', ...parsed];
        }
        catch {
            // not JSON: shell form, as docker reads it
        }
    }
    const health = { Test: test };
    for (const [flag, value] of Object.entries(flags)) {
        switch (flag) {
            case 'interval':
                health.Interval = parseDuration(value);
                break;
            case 'timeout':
                health.Timeout = parseDuration(value);
                break;
            case 'start-period':
                health.StartPeriod = parseDuration(value);
                break;
            case 'start-interval':
                health.StartInterval = parseDuration(value);
                break;
            case 'retries':
                if (!/^\d+$/.test(value))
                    throw new Error(`--retries must be a whole number, not "${value}"`);
                health.Retries = Number(value);
                break;
            default:
                throw new Error(`unknown HEALTHCHECK option --${flag}`);
        }
    }
    return health;
}
/** The new image's config file: the base's, with this build's runtime config, layers and history. */
function deriveImageConfig(input) {
    const base = { ...(input.base ?? {}) };
    for (const field of BUILD_ONLY_FIELDS)
        delete base[field];
    const labels = { ...(input.config.Labels ?? {}), ...input.labels };
    const config = { ...input.config };
    if (Object.keys(labels).length > 0)
        config.Labels = labels;
    // triggers run when an image is built FROM this one; the base's were for us and are spent
    delete config.OnBuild;
    const file = {
        ...base,
        created: input.created,
        architecture: input.platform.architecture,
        os: input.platform.os,
        config,
        rootfs: { type: 'layers', diff_ids: [...(input.base?.rootfs.diff_ids ?? []), ...input.diffIds] },
        history: [...(input.base?.history ?? []), ...input.history],
    };
    if (input.platform.variant)
        file.variant = input.platform.variant;
    else
        delete file.variant;
    if (input.author !== undefined)
        file.author = input.author;
    return file;
}

// EXTERNAL MODULE: ./src/dockerfile/expand.ts
var expand = __webpack_require__(51424);
// EXTERNAL MODULE: ./src/dockerfile/stage.ts
var dockerfile_stage = __webpack_require__(78684);
;// CONCATENATED MODULE: ./src/engines/oci/evaluate.ts






function scopeInput(input) {
    return {
        escape: input.dockerfile.escape,
        buildArgs: input.buildArgs,
        platform: input.platform,
        buildPlatform: input.buildPlatform,
    };
}
/** The values of the ARGs declared before FROM (they are the only variables FROM sees). */
function globalArgValues(input) {
    const { dockerfile } = input;
    const values = { ...(0,dockerfile_stage/* platformArgs */.xZ)(input.platform, input.buildPlatform) };
    for (const ins of dockerfile.globalArgs)
        declareArgs(ins, input, values, (0,expand/* lookupIn */.IX)(values), values);
    return values;
}
/** FROM's image and --platform, variables expanded. */
function resolveFrom(input) {
    const { dockerfile } = input;
    const lookup = (0,expand/* lookupIn */.IX)(globalArgValues(input));
    const from = dockerfile.from;
    const words = wrap(dockerfile, from, () => from.nodes.map((w) => (0,expand/* expandWord */.Vo)(w, lookup, { escape: dockerfile.escape })));
    const image = words[0];
    if (!image)
        throw (0,instructions/* dockerfileError */.lL)(dockerfile.file, from.line, 'FROM needs an image');
    if (words.length > 1 && !(words.length === 3 && words[1].toUpperCase() === 'AS'))
        throw (0,instructions/* dockerfileError */.lL)(dockerfile.file, from.line, 'FROM takes an image and an optional AS name');
    const result = { image, line: from.line };
    if (from.flags.platform)
        result.platform = wrap(dockerfile, from, () => (0,expand/* expandWord */.Vo)(from.flags.platform, lookup, { escape: dockerfile.escape }));
    return result;
}
/**
 * Runs the stage's instructions over the base's config, as docker's dispatcher does: each
 * instruction sees the variables (base ENV, ENV, then ARG) set before it; config-only
 * instructions become empty-layer history entries; COPY and ADD become layer steps.
 */
function evaluateStage(input, baseConfig) {
    const { dockerfile } = input;
    const globals = globalArgValues(input);
    const config = structuredClone(baseConfig ?? {});
    const args = {};
    const steps = [];
    let author;
    let cmdSet = false;
    for (const ins of dockerfile.body) {
        // ENV (the base's included) wins over ARG of the same name
        const lookup = (0,expand/* lookupIn */.IX)(envRecord(config.Env), args);
        const words = () => wrap(dockerfile, ins, () => (0,dockerfile_stage/* copyWords */.rb)(ins, lookup, dockerfile.escape));
        const word = () => wrap(dockerfile, ins, () => (0,expand/* expandWord */.Vo)(ins.args, lookup, { escape: dockerfile.escape })).trim();
        const createdBy = (0,instructions/* instructionText */.sr)(ins);
        switch (ins.keyword) {
            case 'ARG':
                declareArgs(ins, input, args, lookup, globals);
                continue;
            case 'ENV':
                config.Env = mergeEnv(config.Env, keyValues(dockerfile, ins, lookup));
                break;
            case 'LABEL':
                config.Labels = { ...(config.Labels ?? {}), ...Object.fromEntries(keyValues(dockerfile, ins, lookup)) };
                break;
            case 'WORKDIR':
                config.WorkingDir = resolveWorkdir(config.WorkingDir, word());
                steps.push({ kind: 'config', createdBy, workdir: config.WorkingDir });
                continue;
            case 'USER':
                config.User = word();
                break;
            case 'EXPOSE': {
                const ports = wrap(dockerfile, ins, () => exposedPorts(words().flatMap((w) => w.split(/\s+/).filter(Boolean))));
                config.ExposedPorts = { ...(config.ExposedPorts ?? {}), ...Object.fromEntries(ports.map((p) => [p, {}])) };
                break;
            }
            case 'VOLUME':
                config.Volumes = { ...(config.Volumes ?? {}), ...Object.fromEntries(words().map((v) => [v, {}])) };
                break;
            case 'STOPSIGNAL':
                config.StopSignal = word();
                break;
            case 'SHELL':
                config.Shell = ins.json;
                break;
            case 'CMD':
                config.Cmd = ins.json ?? shellForm(config.Shell, ins.args);
                cmdSet = true;
                break;
            case 'ENTRYPOINT':
                applyEntrypoint(config, ins.json ?? shellForm(config.Shell, ins.args), cmdSet);
                break;
            case 'HEALTHCHECK':
                config.Healthcheck = wrap(dockerfile, ins, () => healthcheck(ins.args, ins.flags));
                break;
            case 'MAINTAINER':
                author = ins.args;
                break;
            case 'COPY':
            case 'ADD':
                steps.push({ kind: 'layer', copy: copyStep(dockerfile, ins, words(), config.WorkingDir, lookup), createdBy });
                continue;
        }
        steps.push({ kind: 'config', createdBy });
    }
    const stage = { config, steps };
    if (author !== undefined)
        stage.author = author;
    return stage;
}
/** Names of build args the Dockerfile never declares; docker warns about them too. */
function unusedBuildArgs(dockerfile, buildArgs) {
    const declared = new Set();
    for (const ins of [...dockerfile.globalArgs, ...dockerfile.body.filter((i) => i.keyword === 'ARG')]) {
        for (const { name } of (0,dockerfile_stage/* argDeclarations */.Yq)(ins))
            declared.add(name);
    }
    return Object.keys(buildArgs).filter((name) => !declared.has(name));
}
/** ARG in the stage: names are checked here, values come from the shared scope rules. */
function declareArgs(ins, input, into, lookup, globals) {
    for (const { name } of (0,dockerfile_stage/* argDeclarations */.Yq)(ins)) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
            throw (0,instructions/* dockerfileError */.lL)(input.dockerfile.file, ins.line, `invalid ARG name "${name}"`);
    }
    wrap(input.dockerfile, ins, () => (0,dockerfile_stage/* declareArgs */.SK)(ins, scopeInput(input), into, lookup, globals));
}
/** ENV and LABEL pairs: `k=v k2="v 2"`, or the legacy `KEY value with spaces`. */
function keyValues(dockerfile, ins, lookup) {
    if (ins.nodes.length < 2)
        throw (0,instructions/* dockerfileError */.lL)(dockerfile.file, ins.line, `${ins.keyword} needs KEY=VALUE (or KEY VALUE)`);
    return wrap(dockerfile, ins, () => (0,dockerfile_stage/* keyValues */.K7)(ins, lookup, dockerfile.escape));
}
function copyStep(dockerfile, ins, words, workdir, lookup) {
    const fail = (message) => {
        throw (0,instructions/* dockerfileError */.lL)(dockerfile.file, ins.line, `${ins.keyword}: ${message}`);
    };
    if (words.length < 2)
        fail('needs at least one source and a destination');
    const sources = words.slice(0, -1);
    const rawDest = words[words.length - 1];
    const remote = sources.find(instructions/* isRemoteSource */.m5);
    if (remote)
        fail(`${remote}: remote sources are not supported by the oci engine; download the file on the runner and COPY it`);
    const destIsDir = rawDest === '' || rawDest === '.' || rawDest.endsWith('/') || rawDest.endsWith('/.');
    if (sources.length > 1 && !destIsDir)
        fail(`with more than one source, the destination must be a directory and end with a / ("${rawDest}/")`);
    const dest = external_node_path_default().posix
        .normalize(external_node_path_default().posix.isAbsolute(rawDest) ? rawDest : external_node_path_default().posix.join(workdir || '/', rawDest))
        .replace(/(.)\/$/, '$1');
    const step = {
        keyword: ins.keyword,
        sources,
        dest,
        destIsDir,
        uid: 0,
        gid: 0,
        line: ins.line,
    };
    if (ins.flags.chown !== undefined) {
        const ids = parseChown(wrap(dockerfile, ins, () => (0,expand/* expandWord */.Vo)(ins.flags.chown, lookup, { escape: dockerfile.escape })));
        if (!ids)
            fail(`--chown=${ins.flags.chown}: the oci engine needs numeric ids (e.g. --chown=1000:1000) or root, since it does not read the base image's /etc/passwd`);
        step.uid = ids.uid;
        step.gid = ids.gid;
    }
    if (ins.flags.chmod !== undefined) {
        if (!/^[0-7]{3,4}$/.test(ins.flags.chmod))
            fail(`--chmod=${ins.flags.chmod}: only octal modes (e.g. 755, 0644) are supported`);
        step.mode = parseInt(ins.flags.chmod, 8);
    }
    return step;
}
/** `uid[:gid]` with numbers or root; a lone uid is also the gid, as docker does. */
function parseChown(text) {
    const id = (part) => part === 'root' ? 0 : /^\d+$/.test(part) ? Number(part) : undefined;
    const [user, group, extra] = text.split(':');
    if (extra !== undefined || !user)
        return undefined;
    const uid = id(user);
    const gid = group === undefined ? uid : id(group);
    return uid === undefined || gid === undefined ? undefined : { uid, gid };
}
/** Runs `fn`, turning its plain errors (bad substitution, bad port) into errors at the instruction's line. */
function wrap(dockerfile, ins, fn) {
    try {
        return fn();
    }
    catch (error) {
        if (error instanceof errors/* BuildError */.zS)
            throw error;
        throw (0,instructions/* dockerfileError */.lL)(dockerfile.file, ins.line, `${ins.keyword}: ${error instanceof Error ? error.message : String(error)}`);
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./src/engines/oci/gzip.ts
var oci_gzip = __webpack_require__(5421);
// EXTERNAL MODULE: ./src/registry/media-types.ts
var media_types = __webpack_require__(99867);
;// CONCATENATED MODULE: ./src/engines/oci/tar.ts
const BLOCK = 512;
/** the end of an archive: two zero blocks */
const TAR_TRAILER = Buffer.alloc(2 * BLOCK);
const TYPE_FLAG = { file: '0', directory: '5', symlink: '2', pax: 'x' };
const MAX_OCTAL_11 = 0o77777777777;
const MAX_OCTAL_7 = 0o7777777;
function tarName(entry) {
    return entry.type === 'directory' ? `${entry.path}/` : entry.path;
}
/** The header block(s) of one entry: a PAX header first when ustar fields overflow. */
function tarHeader(entry) {
    const name = tarName(entry);
    const linkname = entry.linkname ?? '';
    const pax = [];
    if (!fitsUstar(name))
        pax.push(['path', name]);
    if (!fitsUstar(linkname))
        pax.push(['linkpath', linkname]);
    if (entry.size > MAX_OCTAL_11)
        pax.push(['size', String(entry.size)]);
    if (entry.uid > MAX_OCTAL_7)
        pax.push(['uid', String(entry.uid)]);
    if (entry.gid > MAX_OCTAL_7)
        pax.push(['gid', String(entry.gid)]);
    const header = ustarHeader({
        name: fitsUstar(name) ? name : fallbackName(name),
        linkname: fitsUstar(linkname) ? linkname : '',
        type: TYPE_FLAG[entry.type],
        mode: entry.mode & 0o7777,
        uid: entry.uid,
        gid: entry.gid,
        size: entry.type === 'file' ? entry.size : 0,
        mtime: entry.mtime,
    });
    if (pax.length === 0)
        return header;
    const records = Buffer.from(pax.map(([key, value]) => paxRecord(key, value)).join(''), 'utf8');
    const paxHeader = ustarHeader({
        name: paxHeaderName(name),
        linkname: '',
        type: TYPE_FLAG.pax,
        mode: 0o644,
        uid: 0,
        gid: 0,
        size: records.length,
        mtime: entry.mtime,
    });
    return Buffer.concat([paxHeader, records, padding(records.length), header]);
}
/** Zeros up to the next 512-byte boundary. */
function padding(size) {
    const rest = size % BLOCK;
    return rest === 0 ? Buffer.alloc(0) : Buffer.alloc(BLOCK - rest);
}
/** The archive as a stream of buffers: each header, its content and padding, then the trailer. */
async function* tarStream(items) {
    for await (const { entry, open } of items) {
        yield tarHeader(entry);
        if (entry.type !== 'file')
            continue;
        let written = 0;
        if (entry.size > 0) {
            if (!open)
                throw new Error(`${entry.path}: no content for a file of ${entry.size} bytes`);
            for await (const chunk of open()) {
                const buffer = chunk;
                written += buffer.length;
                if (written > entry.size)
                    break;
                yield buffer;
            }
        }
        // a file that grew or shrank since it was listed would corrupt every entry after it
        if (written !== entry.size)
            throw new Error(`${entry.path} changed while it was being archived (${entry.size} bytes listed, ${written} read)`);
        yield padding(entry.size);
    }
    yield TAR_TRAILER;
}
function fitsUstar(text) {
    return text.length <= 100 && /^[\x20-\x7e]*$/.test(text);
}
/** What readers without PAX see: the ASCII-safe tail of the path, which PAX then overrides. */
function fallbackName(name) {
    const ascii = name.replace(/[^\x20-\x7e]/g, '_');
    return ascii.length <= 100 ? ascii : ascii.slice(ascii.length - 100);
}
/** Fixed, like Go's archive/tar ("PaxHeaders.0"), so the bytes never depend on a process id. */
function paxHeaderName(name) {
    const base = name.replace(/\/$/, '').split('/').pop() ?? '';
    return `PaxHeaders.0/${base.replace(/[^\x20-\x7e]/g, '_')}`.slice(0, 100);
}
/** "<length> <key>=<value>\n", where length counts the whole record, its own digits included. */
function paxRecord(key, value) {
    const rest = ` ${key}=${value}\n`;
    const restBytes = Buffer.byteLength(rest, 'utf8');
    let length = restBytes + 1;
    while (String(length).length + restBytes !== length)
        length = String(length).length + restBytes;
    return `${length}${rest}`;
}
function ustarHeader(fields) {
    const block = Buffer.alloc(BLOCK);
    block.write(fields.name, 0, 100, 'ascii');
    writeOctal(block, fields.mode, 100, 8);
    writeOctal(block, fields.uid > MAX_OCTAL_7 ? 0 : fields.uid, 108, 8);
    writeOctal(block, fields.gid > MAX_OCTAL_7 ? 0 : fields.gid, 116, 8);
    writeOctal(block, fields.size > MAX_OCTAL_11 ? 0 : fields.size, 124, 12);
    writeOctal(block, Math.min(Math.max(0, Math.floor(fields.mtime)), MAX_OCTAL_11), 136, 12);
    block.write(fields.type, 156, 1, 'ascii');
    block.write(fields.linkname, 157, 100, 'ascii');
    block.write('ustar\u000000', 257, 8, 'ascii');
    writeOctal(block, 0, 329, 8);
    writeOctal(block, 0, 337, 8);
    // the checksum is computed with its own field read as eight spaces
    block.fill(0x20, 148, 156);
    let sum = 0;
    for (const byte of block)
        sum += byte;
    block.write(`${sum.toString(8).padStart(6, '0')}\u0000 `, 148, 8, 'ascii');
    return block;
}
function writeOctal(block, value, offset, width) {
    block.write(`${value.toString(8).padStart(width - 1, '0')}\u0000`, offset, width, 'ascii');
}

;// CONCATENATED MODULE: ./src/engines/oci/layer.ts









/** The tar items of a layer: files are opened only when the writer reaches them. */
function layerItems(entries) {
    return entries.map((entry) => {
        const { source, sourceTime: _time, ...tarEntry } = entry;
        return source === undefined ? { entry: tarEntry } : { entry: tarEntry, open: () => (0,external_node_fs_.createReadStream)(source) };
    });
}
/**
 * Writes a layer as gzip'd tar into `blobsDir` (blobs/sha256 of an OCI layout), hashing the
 * tar and the gzip in the same pass; nothing is held in memory but the stream's buffers.
 */
async function writeLayer(entries, blobsDir) {
    await (0,promises_.mkdir)(blobsDir, { recursive: true });
    const partial = external_node_path_default().join(blobsDir, `.partial-${process.pid}-${Math.random().toString(36).slice(2)}`);
    const tar = new registry_digest/* DigestTap */.Ey();
    const gz = new registry_digest/* DigestTap */.Ey();
    const [gzip, fixHeader] = (0,oci_gzip/* deterministicGzipStages */._)();
    try {
        await (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.from(tarStream(layerItems(entries))), tar, gzip, fixHeader, gz, (0,external_node_fs_.createWriteStream)(partial));
    }
    catch (error) {
        await (0,promises_.rm)(partial, { force: true });
        throw error;
    }
    const digest = gz.digest();
    const file = external_node_path_default().join(blobsDir, (0,registry_digest/* digestHex */.sU)(digest));
    await (0,promises_.rename)(partial, file);
    return {
        mediaType: media_types/* OCI_LAYER_GZIP */.BQ,
        digest,
        diffId: tar.digest(),
        size: (await (0,promises_.stat)(file)).size,
        uncompressedSize: tar.bytes,
        file,
    };
}

// EXTERNAL MODULE: ./src/cache/entry.ts
var cache_entry = __webpack_require__(78962);
// EXTERNAL MODULE: ./src/map-limit.ts
var map_limit = __webpack_require__(89143);
;// CONCATENATED MODULE: ./src/engines/oci/split.ts





/**
 * Splits a COPY whose tree carries a node_modules beside the app's own files (Next.js's
 * standalone output: server.js and .next/server beside the traced node_modules) into a
 * dependency layer and the rest, as jib splits a Java app's dependencies from its classes. A
 * source change then makes only the small second layer again, uploads only it, and loads only it
 * into the daemon; the first keeps its digest (node_modules entries get npm's fixed time) and
 * comes from the layer cache.
 *
 * The two layers unpack to the same files as the one layer docker would write: their paths do
 * not overlap but for the directories above node_modules, which only the second layer carries
 * (with their own mode, owner and time; the first layer leaves them to be created, the second
 * then sets them). No split when either side has no file, or the destination itself lies in a
 * node_modules.
 */
function splitDependencies(entries, dest) {
    if ((0,paths/* inNodeModules */.V)(dest))
        return undefined;
    const prefix = dest === '' ? '' : `${dest}/`;
    const dependencies = [];
    const rest = [];
    for (const entry of entries) {
        const below = entry.path.startsWith(prefix) ? entry.path.slice(prefix.length) : undefined;
        (below !== undefined && (0,paths/* inNodeModules */.V)(below) ? dependencies : rest).push(entry);
    }
    const holdsFiles = (side) => side.some((e) => e.type !== 'directory');
    return holdsFiles(dependencies) && holdsFiles(rest) ? { dependencies, rest } : undefined;
}
/** files hashed at once: enough to keep the disk busy, few enough to leave descriptors to the rest */
const PARALLEL_READS = 16;
/** files up to this size are read whole (one call), larger ones streamed */
const READ_WHOLE = 1 << 20;
async function fileDigest(entry) {
    if (entry.source === undefined || entry.type !== 'file')
        return '';
    if (entry.size > READ_WHOLE)
        return (0,cache_entry/* sha256OfFile */.Vq)(entry.source);
    return (0,external_node_crypto_.createHash)('sha256')
        .update(await (0,promises_.readFile)(entry.source))
        .digest('hex');
}
/**
 * A key of a layer's bytes: every entry as the tar writes it plus each file's content digest.
 * The files are read, not tarred or compressed: hashing is several times faster than gzip, and
 * the sources' mtimes cannot stand in for their content here (Next.js copies its traced files
 * into the standalone output afresh on every build).
 */
async function contentKey(prefix, entries) {
    const digests = await (0,map_limit/* mapLimit */.s)(entries, PARALLEL_READS, fileDigest);
    const hash = (0,external_node_crypto_.createHash)('sha256').update(prefix);
    entries.forEach((e, i) => {
        hash.update(`\n${e.path}\0${e.type}\0${e.mode}\0${e.uid}\0${e.gid}\0${e.mtime}\0${e.size}\0${e.linkname ?? ''}\0${digests[i]}`);
    });
    return hash.digest('hex');
}

// EXTERNAL MODULE: ./src/engines/oci/layout.ts
var layout = __webpack_require__(4071);
// EXTERNAL MODULE: ./src/engines/oci/manifest.ts
var oci_manifest = __webpack_require__(3940);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(12011);
// EXTERNAL MODULE: ./src/engines/oci/platform.ts
var oci_platform = __webpack_require__(19754);
// EXTERNAL MODULE: ./src/registry/reference.ts
var registry_reference = __webpack_require__(79310);
;// CONCATENATED MODULE: ./src/engines/oci/build.ts



















/** bumped when the layer writer's output for equal entries changes */
const LAYER_KEY_VERSION = 1;
/** what this engine writes into history entries, where BuildKit writes buildkit.dockerfile.v0 */
const HISTORY_COMMENT = 'artifact-docker-build oci engine';
/** what each layer of a split COPY holds, after the instruction in its history entry */
const PART_NOTE = { dependencies: 'its node_modules', rest: 'its files outside node_modules' };
/**
 * Builds a COPY-only Dockerfile into an OCI layout: per platform, the base is resolved, the
 * instructions evaluated, each COPY/ADD written as a layer (layers identical across
 * platforms are written once and shared), and config and manifest derived; several platforms
 * get an index over their manifests.
 */
async function buildOciImage(input) {
    const { request, logger } = input;
    const file = external_node_path_default().basename(request.dockerfile);
    const dockerfile = (0,instructions/* readCopyOnlyDockerfile */.YB)((0,parse/* parseDockerfile */.Ai)(await (0,promises_.readFile)(request.dockerfile, 'utf8')), file);
    const platforms = request.platforms.length > 0 ? request.platforms.map(oci_platform/* parsePlatform */.FL) : [input.runner];
    for (const platform of platforms) {
        if (platform.os !== 'linux')
            throw new errors/* BuildError */.zS(`${request.target}: platform ${(0,oci_platform/* formatPlatform */.Bq)(platform)}: the oci engine builds linux images only`);
    }
    const tags = request.tags.map(registry_reference/* parseReference */.F2);
    const unused = unusedBuildArgs(dockerfile, request.buildArgs);
    if (unused.length > 0)
        logger.info(`build args not declared by an ARG in ${file}, so unused: ${unused.join(', ')}`);
    await (0,promises_.rm)(input.layoutDir, { recursive: true, force: true });
    const layers = new LayerWriter((0,layout/* blobsDir */.yP)(input.layoutDir), {
        dir: request.contextDir,
        file,
        mtime: request.sourceDateEpoch ?? 0,
        ignore: await (0,dockerfile_ignore/* applicableIgnoreFile */.k7)(request.contextDir, request.dockerfile),
        ...(input.layers ? { cache: input.layers } : {}),
        ...(request.treeKeys ? { treeKeys: request.treeKeys } : {}),
    });
    const images = [];
    for (const platform of platforms)
        images.push(await buildPlatform(dockerfile, platform, input, layers));
    const native = layers.nativeAddons();
    const foreign = platforms.filter((p) => !(0,oci_platform/* samePlatform */.my)(p, input.runner));
    if (native.length > 0 && foreign.length > 0) {
        throw new errors/* BuildError */.zS(`${request.target}: the artifacts hold native addons (${native.slice(0, 3).join(', ')}${native.length > 3 ? ', ...' : ''}) built on this ${(0,oci_platform/* formatPlatform */.Bq)(input.runner)} runner, ` +
            `so they cannot serve ${foreign.map(oci_platform/* formatPlatform */.Bq).join(', ')}; build each platform on a runner of its own, or drop those platforms`);
    }
    const top = images.length === 1
        ? images[0].manifest
        : (0,oci_manifest/* imageIndex */.sS)(images.map((i) => ({ ...(0,oci_manifest/* descriptorOf */.nb)(i.manifest), platform: (0,oci_platform/* toDescriptor */.RU)(i.platform) })));
    const documents = images.flatMap((i) => [i.config, i.manifest]);
    await (0,layout/* writeLayout */.wy)(input.layoutDir, images.length === 1 ? documents : [...documents, top], top, tags[0]?.tag);
    const first = images[0];
    const size = (first.base?.manifest.layers ?? []).reduce((sum, l) => sum + l.size, 0) +
        first.layers.reduce((sum, l) => sum + l.size, 0) +
        first.config.size;
    return { layoutDir: input.layoutDir, images, top, tags, size };
}
async function buildPlatform(dockerfile, platform, input, layers) {
    const { request, logger } = input;
    const stageInput = { dockerfile, buildArgs: request.buildArgs, platform, buildPlatform: input.runner };
    const from = resolveFrom(stageInput);
    let base;
    if (from.image !== 'scratch') {
        const reference = (0,registry_reference/* parseReference */.F2)(from.image);
        base = await input.bases.resolve(reference, from.platform ? (0,oci_platform/* parsePlatform */.FL)(from.platform) : platform);
        logger.info(`${(0,oci_platform/* formatPlatform */.Bq)(platform)}: FROM ${(0,registry_reference/* formatReference */.FH)(reference)} → ${base.daemon ? `image ${base.daemon.imageId} of the Docker daemon` : base.manifestDigest}`);
        if (base.platformMismatch) {
            logger.warning(`${(0,registry_reference/* formatReference */.FH)(reference)} is a ${base.platformMismatch} image, not ${(0,oci_platform/* formatPlatform */.Bq)(platform)}; using it anyway, as docker does for a single-platform base`);
        }
        if ((base.config.config?.OnBuild ?? []).length > 0) {
            throw (0,instructions/* dockerfileError */.lL)(dockerfile.file, from.line, `the base image has ONBUILD triggers, which the oci engine cannot run`);
        }
    }
    const stage = evaluateStage(stageInput, base?.config.config);
    const created = new Date((request.sourceDateEpoch ?? 0) * 1000).toISOString().replace(/\.000Z$/, 'Z');
    // directories the image is known to have here, so that `COPY file /app` lands in /app like docker's
    const knownDirs = new Set(['/']);
    const history = [];
    const own = [];
    for (const step of stage.steps) {
        if (step.kind === 'config') {
            // docker also creates WORKDIR's directory (BuildKit in a layer of its own, when missing);
            // here it only goes into the config: the runtime creates it when a container starts, and
            // a COPY into it creates it in that COPY's layer
            if (step.workdir)
                addWithParents(knownDirs, step.workdir);
            history.push({ created, created_by: step.createdBy, comment: HISTORY_COMMENT, empty_layer: true });
            continue;
        }
        const layer = await layers.write(step.copy, knownDirs, logger);
        for (const dir of layer.dirs)
            addWithParents(knownDirs, dir);
        for (const { blob, part } of layer.layers) {
            own.push(blob);
            const createdBy = part ? `${step.createdBy} # ${PART_NOTE[part]}` : step.createdBy;
            history.push({ created, created_by: createdBy, comment: HISTORY_COMMENT });
        }
    }
    const config = deriveImageConfig({
        ...(base ? { base: base.config } : {}),
        config: stage.config,
        labels: request.labels,
        diffIds: own.map((l) => l.diffId),
        history,
        platform,
        created,
        ...(stage.author !== undefined ? { author: stage.author } : {}),
    });
    const configBlob = (0,oci_manifest/* jsonBlob */.q2)(media_types/* OCI_CONFIG */.TF, (0,registry_digest/* canonicalJson */.dj)(config));
    const baseLayers = (base?.manifest.layers ?? []).map((l) => ({
        ...l,
        mediaType: (0,media_types/* ociLayerType */.BJ)(l.mediaType),
    }));
    const ownLayers = own.map((l) => ({ mediaType: l.mediaType, digest: l.digest, size: l.size }));
    const annotations = base
        ? {
            'org.opencontainers.image.base.name': (0,registry_reference/* formatReference */.FH)(base.reference),
            'org.opencontainers.image.base.digest': base.manifestDigest,
        }
        : undefined;
    const manifest = (0,oci_manifest/* imageManifest */.Bz)((0,oci_manifest/* descriptorOf */.nb)(configBlob), [...baseLayers, ...ownLayers], annotations);
    const image = { platform, config: configBlob, manifest, layers: own };
    if (base)
        image.base = base;
    return image;
}
function addWithParents(dirs, dir) {
    for (let d = dir; d !== '/' && d !== '.' && !dirs.has(d); d = external_node_path_default().posix.dirname(d))
        dirs.add(d);
}
/** `./node_modules/` → `node_modules`: how a COPY source names a context-relative artifact. */
function artifactName(source) {
    return external_node_path_default().posix
        .normalize(source)
        .replace(/^\.\/+/, '')
        .replace(/\/+$/, '');
}
/**
 * Writes each distinct layer once: platforms that evaluate a COPY to the same step (and the
 * same destination kind) share its blobs. A COPY of artifacts pinned by a tree key (the
 * production node_modules) is looked up in the layer cache first, and kept there when made; a
 * COPY carrying a node_modules beside other files is written as two layers, the node_modules one
 * kept by its content.
 */
class LayerWriter {
    blobs;
    context;
    written = new Map();
    native = new Set();
    constructor(blobs, context) {
        this.blobs = blobs;
        this.context = context;
    }
    write(step, knownDirs, logger) {
        const destKnown = knownDirs.has(step.dest);
        const key = JSON.stringify({ ...step, destKnown });
        let layer = this.written.get(key);
        if (!layer) {
            layer = (async () => {
                const { ignore, cache: _cache, treeKeys: _trees, ...rest } = this.context;
                const copied = await collectCopy(step, { ...rest, ...(ignore ? { ignore } : {}), knownDirs });
                for (const addon of copied.nativeAddons)
                    this.native.add(addon);
                const dirs = copied.entries.filter((e) => e.type === 'directory').map((e) => `/${e.path}`);
                const label = `layer ${step.keyword} (line ${step.line}) → ${step.dest}`;
                const pinned = this.keptKey(step, destKnown, copied.entries);
                if (pinned)
                    return { layers: [{ blob: await this.keptOrWritten(pinned, copied.entries, label, logger) }], dirs };
                const split = step.keyword === 'COPY' ? splitDependencies(copied.entries, tarPath(step.dest)) : undefined;
                if (!split)
                    return { layers: [{ blob: await this.keptOrWritten(undefined, copied.entries, label, logger) }], dirs };
                const { line: _line, ...what } = step;
                const byContent = this.context.cache
                    ? `adb-v1-layer-${(await contentKey(JSON.stringify({ version: LAYER_KEY_VERSION, split: 'dependencies', what, destKnown }), split.dependencies)).slice(0, 40)}`
                    : undefined;
                const [dependencies, files] = await Promise.all([
                    this.keptOrWritten(byContent, split.dependencies, `${label}, ${PART_NOTE.dependencies}`, logger),
                    this.keptOrWritten(undefined, split.rest, `${label}, ${PART_NOTE.rest}`, logger),
                ]);
                return {
                    layers: [
                        { blob: dependencies, part: 'dependencies' },
                        { blob: files, part: 'rest' },
                    ],
                    dirs,
                };
            })();
            this.written.set(key, layer);
        }
        return layer;
    }
    /** The layer of `entries`: the kept one under `key` when there is one, else written (and kept). */
    async keptOrWritten(key, entries, label, logger) {
        const files = entries.filter((e) => e.type === 'file').length;
        const cache = key ? this.context.cache : undefined;
        const found = key && cache ? await cache.get(key, (digest) => external_node_path_default().join(this.blobs, (0,registry_digest/* digestHex */.sU)(digest))) : undefined;
        if (found) {
            logger.info(`${label}: ${files} files, ${(0,format/* formatBytes */.z3)(found.size)} gzip'd, ${found.digest}, kept from an earlier run`);
            return {
                mediaType: media_types/* OCI_LAYER_GZIP */.BQ,
                digest: found.digest,
                diffId: found.diffId,
                size: found.size,
                uncompressedSize: found.uncompressedSize,
                file: external_node_path_default().join(this.blobs, (0,registry_digest/* digestHex */.sU)(found.digest)),
            };
        }
        const blob = await writeLayer(entries, this.blobs);
        logger.info(`${label}: ${files} files, ${(0,format/* formatBytes */.z3)(blob.uncompressedSize)}, ${(0,format/* formatBytes */.z3)(blob.size)} gzip'd, ${blob.digest}`);
        if (key && cache)
            await cache.put(key, blob, blob.file);
        return blob;
    }
    /**
     * The layer cache key of a COPY whose every source is a pinned artifact: the trees' keys, the
     * step, and every entry as it goes into the tar plus its file's mtime, so that a build command
     * that wrote into node_modules makes a new layer.
     */
    keptKey(step, destKnown, entries) {
        const treeKeys = this.context.treeKeys;
        if (!this.context.cache || !treeKeys || step.keyword !== 'COPY')
            return undefined;
        const trees = step.sources.map((source) => treeKeys[artifactName(source)]);
        if (trees.length === 0 || trees.some((t) => t === undefined))
            return undefined;
        const { line: _line, ...what } = step;
        const hash = (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify({ version: LAYER_KEY_VERSION, trees, what, destKnown }));
        for (const e of entries) {
            // npm rewrites its hidden lockfile on every install and prune (a replayed one too); its
            // content follows from the tree's key, so its time would only make every run a miss
            const time = e.path.endsWith('node_modules/.package-lock.json') ? '' : (e.sourceTime ?? '');
            hash.update(`\n${e.path}\0${e.type}\0${e.mode}\0${e.uid}\0${e.gid}\0${e.mtime}\0${e.size}\0${e.linkname ?? ''}\0${time}`);
        }
        return `adb-v1-layer-${hash.digest('hex').slice(0, 40)}`;
    }
    /** Native addons (*.node) among everything written so far. */
    nativeAddons() {
        return [...this.native].sort();
    }
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/engines/oci/content-size.ts


/**
 * The bytes a layer takes once unpacked, counted the way Docker's overlay2 driver counts them for
 * `docker image inspect`'s Size: every regular file's length, every symlink's target length
 * (what lstat reports for it), nothing for directories, devices or whiteouts, and a hard link
 * not again (it is the same inode). The tar's own headers and padding are not part of it.
 */
async function tarContentSize(tar) {
    const reader = new TarSizeReader();
    for await (const chunk of tar)
        reader.push(Buffer.from(chunk));
    return reader.total;
}
/** A gzip'd layer blob, from a file or a stream. */
function gzipLayerContentSize(source) {
    const input = typeof source === 'string' ? (0,external_node_fs_.createReadStream)(source) : source;
    return tarContentSize(input.pipe((0,external_node_zlib_.createGunzip)()));
}
const content_size_BLOCK = 512;
class TarSizeReader {
    total = 0;
    buffer = Buffer.alloc(0);
    /** content bytes (with padding) still to skip, or to collect for a PAX or GNU long-name record */
    skip = 0;
    collect;
    /** overrides for the next entry, from a PAX header or a GNU long link */
    next = {};
    ended = false;
    push(chunk) {
        this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
        for (;;) {
            if (this.ended)
                return;
            if (this.skip > 0) {
                const n = Math.min(this.skip, this.buffer.length);
                if (this.collect)
                    this.collect.parts.push(this.buffer.subarray(0, Math.min(n, Math.max(0, this.collect.bytes - this.collected()))));
                this.buffer = this.buffer.subarray(n);
                this.skip -= n;
                if (this.skip > 0)
                    return;
                if (this.collect)
                    this.finishRecord();
                continue;
            }
            if (this.buffer.length < content_size_BLOCK)
                return;
            const header = this.buffer.subarray(0, content_size_BLOCK);
            this.buffer = this.buffer.subarray(content_size_BLOCK);
            if (header.every((b) => b === 0)) {
                // the end-of-archive blocks
                this.ended = true;
                return;
            }
            this.entry(header);
        }
    }
    collected() {
        return this.collect ? this.collect.parts.reduce((sum, p) => sum + p.length, 0) : 0;
    }
    entry(header) {
        const type = String.fromCharCode(header[156] ?? 0);
        const size = this.next.size ?? readNumber(header.subarray(124, 136));
        const padded = Math.ceil(size / content_size_BLOCK) * content_size_BLOCK;
        if (type === 'x' || type === 'K' || type === 'L' || type === 'g') {
            this.collect = { bytes: size, kind: type === 'x' ? 'pax' : type === 'K' ? 'longlink' : 'ignore', parts: [] };
            this.skip = padded;
            if (padded === 0)
                this.finishRecord();
            return;
        }
        const linkname = this.next.linkpath ?? cString(header.subarray(157, 257));
        this.next = {};
        if (type === '0' || type === '\0' || type === '7')
            this.total += size;
        else if (type === '2')
            this.total += Buffer.byteLength(linkname);
        this.skip = type === '0' || type === '\0' || type === '7' ? padded : 0;
    }
    finishRecord() {
        const record = this.collect;
        this.collect = undefined;
        const text = Buffer.concat(record.parts).subarray(0, record.bytes);
        if (record.kind === 'longlink')
            this.next.linkpath = cString(text);
        if (record.kind !== 'pax')
            return;
        for (const [key, value] of paxRecords(text.toString('utf8'))) {
            if (key === 'size')
                this.next.size = Number(value);
            if (key === 'linkpath')
                this.next.linkpath = value;
        }
    }
}
/** "%d %s=%s\n" records; the length counts the whole record. */
function paxRecords(text) {
    const records = [];
    const bytes = Buffer.from(text, 'utf8');
    let at = 0;
    while (at < bytes.length) {
        const space = bytes.indexOf(0x20, at);
        if (space < 0)
            break;
        const length = Number(bytes.subarray(at, space).toString());
        if (!(length > 0))
            break;
        const record = bytes.subarray(space + 1, at + length - 1).toString('utf8');
        const eq = record.indexOf('=');
        if (eq > 0)
            records.push([record.slice(0, eq), record.slice(eq + 1)]);
        at += length;
    }
    return records;
}
/** An octal field, or GNU's base-256 form (high bit set) for sizes over 8 GiB. */
function readNumber(field) {
    if ((field[0] & 0x80) !== 0) {
        let value = 0;
        for (let i = 1; i < field.length; i++)
            value = value * 256 + field[i];
        return value;
    }
    const text = cString(field).trim();
    return text === '' ? 0 : Number.parseInt(text, 8);
}
function cString(field) {
    const end = field.indexOf(0);
    return field.subarray(0, end < 0 ? field.length : end).toString('utf8');
}

;// CONCATENATED MODULE: ./src/engines/oci/docker-archive.ts






/**
 * The `docker save` format that `docker load` of every engine version reads (20.10 does not
 * read an OCI layout): manifest.json naming the config and the layer files by path. Layers
 * may stay gzip'd, docker decompresses them and checks each against the config's diff_ids.
 */
async function writeDockerArchive(file, image) {
    const mtime = 0;
    const dir = (p) => ({
        entry: { path: p, type: 'directory', mode: 0o755, uid: 0, gid: 0, mtime, size: 0 },
    });
    const bytes = (p, data) => ({
        entry: { path: p, type: 'file', mode: 0o644, uid: 0, gid: 0, mtime, size: data.length },
        open: () => external_node_stream_.Readable.from([data]),
    });
    const configPath = `blobs/sha256/${(0,registry_digest/* digestHex */.sU)(image.config.digest)}`;
    const layerPaths = image.layers.map((l) => `blobs/sha256/${(0,registry_digest/* digestHex */.sU)(l.digest)}`);
    const manifest = Buffer.from(JSON.stringify([{ Config: configPath, RepoTags: image.repoTags, Layers: layerPaths }]));
    const items = [dir('blobs'), dir('blobs/sha256'), bytes(configPath, image.config.bytes)];
    const seen = new Set();
    for (const [i, layer] of image.layers.entries()) {
        // a layer may appear twice in one image (the same COPY twice); the archive holds it once
        if (seen.has(layer.digest) || layer.file === undefined)
            continue;
        seen.add(layer.digest);
        const source = layer.file;
        const size = (await (0,promises_.stat)(source)).size;
        items.push({
            entry: { path: layerPaths[i], type: 'file', mode: 0o644, uid: 0, gid: 0, mtime, size },
            open: () => (0,external_node_fs_.createReadStream)(source),
        });
    }
    items.push(bytes('manifest.json', manifest));
    await (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.from(tarStream(items)), (0,external_node_fs_.createWriteStream)(file));
}

;// CONCATENATED MODULE: ./src/registry/retry.ts
const DEFAULT_RETRY = { attempts: 5, baseDelayMs: 500 };
/** a registry asking for a longer pause (Retry-After) is not waited on for more than this */
const MAX_DELAY_MS = 30_000;
/** A registry answer worth trying again: it is overloaded or failed on its side. */
class RetryableStatusError extends Error {
    status;
    retryAfterMs;
    name = 'RetryableStatusError';
    constructor(status, message, retryAfterMs) {
        super(message);
        this.status = status;
        this.retryAfterMs = retryAfterMs;
    }
}
/** 429 and the 5xx family, except the ones that will not change on a second try. */
function isRetryableStatus(status) {
    return status === 429 || (status >= 500 && status <= 599 && status !== 501 && status !== 505);
}
const NETWORK_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'UND_ERR_CLOSED',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
]);
/**
 * A dropped connection: undici's fetch throws `TypeError: fetch failed` with the socket error
 * as its cause, and a body read fails with the error itself.
 */
function isNetworkError(error) {
    for (let e = error, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) {
        const code = e.code;
        if (code && NETWORK_CODES.has(code))
            return true;
        if (e.name === 'SocketError' || /other side closed|socket hang up|terminated/i.test(e.message))
            return true;
    }
    return false;
}
function isRetryable(error) {
    return error instanceof RetryableStatusError || isNetworkError(error);
}
/** `Retry-After` in seconds (the HTTP-date form is rare from registries and ignored). */
function retryAfterMs(header) {
    if (!header || !/^\d+$/.test(header.trim()))
        return undefined;
    return Number(header.trim()) * 1000;
}
function backoffMs(policy, failedAttempt, requested) {
    const exponential = policy.baseDelayMs * 2 ** (failedAttempt - 1);
    return Math.min(MAX_DELAY_MS, Math.max(exponential, requested ?? 0));
}
/**
 * Runs `attempt` until it succeeds, fails for a reason a retry cannot fix, or the policy's
 * tries are spent; the last error is thrown. Waits grow exponentially, so a registry that
 * restarts gets time, and a dead one fails the build within seconds, not minutes.
 */
async function withRetry(policy, what, logger, attempt) {
    for (let n = 1;; n++) {
        try {
            return await attempt(n);
        }
        catch (error) {
            if (n >= policy.attempts || !isRetryable(error))
                throw error;
            const delay = backoffMs(policy, n, error instanceof RetryableStatusError ? error.retryAfterMs : undefined);
            logger.info(`${what}: ${describeFailure(error)}; retrying in ${(delay / 1000).toFixed(1)} s (try ${n + 1} of ${policy.attempts})`);
            await new Promise((resolve) => setTimeout(resolve, delay));
        }
    }
}
function describeFailure(error) {
    if (!(error instanceof Error))
        return String(error);
    const cause = error.cause instanceof Error ? error.cause : undefined;
    const code = cause?.code ?? error.code;
    if (error.message === 'fetch failed' && cause)
        return `connection failed (${code ?? cause.message})`;
    return error.message;
}

;// CONCATENATED MODULE: ./src/engines/oci/load.ts













/**
 * Writes one platform's image as a `docker load` archive. The first `present` layers (the
 * daemon has them: `docker load` skips a layer whose chain it has, file or not) are named but
 * left out, so a base the daemon already has is neither downloaded nor written. Other base
 * layers are downloaded first (once per run: targets on the same base share them), each
 * checked against its digest.
 */
async function writeArchive(image, dirs, tags, file, deps, present = 0) {
    const layers = [];
    await (0,promises_.mkdir)(dirs.baseLayersDir, { recursive: true });
    for (const layer of image.base?.manifest.layers ?? []) {
        if (layers.length < present) {
            layers.push({ digest: layer.digest });
            continue;
        }
        if (image.base?.daemon) {
            layers.push({ digest: layer.digest, file: (0,base_image/* daemonLayerFile */.I)(image.base.daemon, layer.digest) });
            continue;
        }
        const target = external_node_path_default().join(dirs.baseLayersDir, (0,registry_digest/* digestHex */.sU)(layer.digest));
        if (!(0,external_node_fs_.existsSync)(target)) {
            const base = image.base;
            await download(deps.clientFor(base.host), base.reference.repository, layer.digest, target);
            deps.logger.info(`fetched base layer ${layer.digest} (${(0,format/* formatBytes */.z3)(layer.size)}) from ${base.host}/${base.reference.repository}`);
        }
        layers.push({ digest: layer.digest, file: target });
    }
    for (const layer of image.layers)
        layers.push(layers.length < present
            ? { digest: layer.digest }
            : { digest: layer.digest, file: (0,layout/* blobFile */.c7)(dirs.layoutDir, layer.digest) });
    // docker load wants docker names: tags as written, no digests
    const repoTags = tags
        .filter((t) => t.tag !== undefined)
        .map((t) => (0,registry_reference/* formatReference */.FH)({ registry: t.registry, repository: t.repository, tag: t.tag }));
    await writeDockerArchive(file, {
        config: { digest: image.config.digest, bytes: image.config.bytes },
        layers,
        repoTags,
    });
}
/** Streams a blob to `target`, checking its digest; a dropped download is started over once. */
async function download(client, repository, digest, target) {
    // unique, so that two targets fetching the same layer at once do not write one file
    const partial = `${target}.${process.pid}-${Math.random().toString(36).slice(2)}.partial`;
    for (let attempt = 1;; attempt++) {
        try {
            const response = await client.openBlob(repository, digest);
            if (!response.body)
                throw new errors/* BuildError */.zS(`GET blob ${digest}: no body`);
            const tap = new registry_digest/* DigestTap */.Ey();
            await (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.fromWeb(response.body), tap, (0,external_node_fs_.createWriteStream)(partial));
            if (tap.digest() !== digest)
                throw new errors/* BuildError */.zS(`${client.host}/${repository}: blob ${digest} arrived with digest ${tap.digest()}`);
            await (0,promises_.rename)(partial, target);
            return;
        }
        catch (error) {
            await (0,promises_.rm)(partial, { force: true });
            if (attempt >= 2 || !isNetworkError(error))
                throw error;
        }
    }
}
/**
 * How many leading layers of `diffIds` the daemon already has: the longest prefix shared with
 * the layers of an image it holds among `candidates` (the base, earlier loads of the same tags).
 * Layers are identified by their chain, so only a common prefix counts.
 */
async function layersInDaemon(diffIds, candidates, run) {
    if (candidates.length === 0)
        return 0;
    const result = await run(['docker', 'image', 'inspect', '--format', '{{json .RootFS.Layers}}', ...candidates], {
        quiet: true,
        allowFailure: true,
    });
    let best = 0;
    for (const line of result.stdout.split('\n')) {
        let layers;
        try {
            layers = JSON.parse(line);
        }
        catch {
            continue;
        }
        if (!Array.isArray(layers))
            continue;
        let n = 0;
        while (n < diffIds.length && n < layers.length && layers[n] === diffIds[n])
            n++;
        best = Math.max(best, n);
    }
    return best;
}
/**
 * `docker load`s the archive. Docker names the image by its config's digest, which is what
 * the caller then runs.
 */
async function dockerLoad(file, run) {
    await run(['docker', 'load', '--input', file], { quiet: true });
}

;// CONCATENATED MODULE: ./src/registry/errors.ts

/** A registry answer that is an error; `status` tells a lost upload session (404, 416) from the rest. */
class RegistryError extends errors/* BuildError */.zS {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
/** The registry's own words from an error body ({"errors":[{"code","message"}]}), if any. */
async function errorDetail(response) {
    let text;
    try {
        text = await response.text();
    }
    catch {
        return '';
    }
    try {
        const body = JSON.parse(text);
        const first = body.errors?.[0];
        if (first)
            return ` ${[first.code, first.message].filter(Boolean).join(': ')}`;
    }
    catch {
        // not JSON: a proxy's or load balancer's page
    }
    const line = text.trim().split('\n')[0]?.slice(0, 200);
    return line ? ` ${line}` : '';
}

;// CONCATENATED MODULE: ./src/engines/oci/push.ts








/** Blobs up to this size go up in one PUT; larger ones in PATCH chunks of CHUNK_SIZE. */
const MONOLITHIC_MAX = 5 * 1024 * 1024;
const CHUNK_SIZE = 8 * 1024 * 1024;
/** blobs moved at once: enough to hide latency, few enough not to trip rate limits */
const PARALLEL = 3;
/** an upload that lost its session (404, 416) or its source stream starts over this often */
const UPLOAD_TRIES = 2;
function planPushSteps(plan, tags) {
    if (tags.length === 0)
        throw new errors/* BuildError */.zS('nothing to push: the image has no tags');
    const repositories = new Map();
    for (const tag of tags) {
        const host = (0,registry_reference/* apiHost */.nz)(tag.registry);
        repositories.set(`${host}/${tag.repository}`, { host, repository: tag.repository });
    }
    const uploads = [...repositories.values()];
    const children = uploads.flatMap((r) => plan.children.map((child) => ({ ...r, kind: 'child', reference: child.digest, manifest: child })));
    const tagged = tags.map((tag) => ({
        host: (0,registry_reference/* apiHost */.nz)(tag.registry),
        repository: tag.repository,
        kind: 'top',
        tag,
        reference: tag.tag ?? plan.top.digest,
        manifest: plan.top,
    }));
    return { uploads, manifests: [...children, ...tagged] };
}
/**
 * Pushes an image to every tag's repository: the blobs a repository lacks (HEAD first), then
 * the manifests, and only then the tags. A failure anywhere before the first tag's manifest
 * PUT leaves every tag where it was. Returns the top manifest's digest as the registry gave it.
 */
async function pushImage(plan, tags, deps) {
    const steps = planPushSteps(plan, tags);
    await uploadBlobs(plan, steps, deps);
    return putManifests(steps, deps);
}
/** The first step: every blob each repository lacks, HEAD first; moves no tag. */
async function uploadBlobs(plan, steps, deps) {
    for (const { host, repository } of steps.uploads) {
        const client = deps.clientFor(host);
        client.allow(repository, ['pull', 'push']);
        const outcomes = await (0,map_limit/* mapLimit */.s)(plan.blobs, PARALLEL, (blob) => {
            deps.signal?.throwIfAborted();
            return pushBlob(client, repository, blob, deps);
        });
        deps.logger.info(`${host}/${repository}: ${summarize(plan.blobs, outcomes)}`);
    }
}
/** The second step, once the blobs are there: the manifests, the tags last. */
async function putManifests(steps, deps) {
    let digest;
    for (const put of steps.manifests) {
        const client = deps.clientFor(put.host);
        client.allow(put.repository, ['pull', 'push']);
        const answered = await client.putManifest(put.repository, put.reference, put.manifest.mediaType, put.manifest.bytes);
        if (put.kind !== 'top')
            continue;
        deps.logger.info((0,registry_reference/* formatReference */.FH)({ ...put.tag, digest: answered }));
        digest ??= answered;
    }
    return digest;
}
async function pushBlob(client, repository, blob, deps) {
    if (await client.hasBlob(repository, blob.digest))
        return 'present';
    const { source } = blob;
    const sameRegistry = source.kind === 'remote' && source.host === client.host && source.repository !== repository;
    if (sameRegistry)
        client.allow(source.repository, ['pull']);
    for (let attempt = 1;; attempt++) {
        try {
            const start = await client.startUpload(repository, sameRegistry ? { digest: blob.digest, from: source.repository } : undefined);
            if (start.mounted) {
                deps.logger.debug(`${blob.digest}: mounted from ${source.kind === 'remote' ? source.repository : ''}`);
                return 'mounted';
            }
            const what = `upload ${blob.digest} (${(0,format/* formatBytes */.z3)(blob.size)}) to ${client.host}/${repository}`;
            if (source.kind === 'remote') {
                const from = deps.clientFor(source.host);
                const response = await from.openBlob(source.repository, blob.digest);
                await sendStream(client, start.location, blob, response, what, deps.signal);
                deps.logger.debug(`${blob.digest}: copied from ${source.host}/${source.repository}`);
                return 'copied';
            }
            await sendLocal(client, start.location, blob, source, what, deps.signal);
            deps.logger.debug(`${blob.digest}: uploaded`);
            return 'uploaded';
        }
        catch (error) {
            const sessionLost = error instanceof RegistryError && [400, 404, 416].includes(error.status);
            if (attempt >= UPLOAD_TRIES || !(sessionLost || isNetworkError(error)))
                throw error;
            deps.logger.info(`${blob.digest}: upload failed (${error instanceof Error ? error.message : String(error)}); starting it over`);
        }
    }
}
/** A blob of this build: one PUT when small, else chunks read from the file one at a time. */
async function sendLocal(client, location, blob, source, what, signal) {
    if (source.kind === 'bytes') {
        await client.finishUpload(location, blob.digest, source.bytes, what);
        return;
    }
    const handle = await (0,promises_.open)(source.file, 'r');
    try {
        const read = async (start, length) => {
            const buffer = Buffer.alloc(length);
            const { bytesRead } = await handle.read(buffer, 0, length, start);
            if (bytesRead !== length)
                throw new errors/* BuildError */.zS(`${source.file} changed while it was being pushed`);
            return buffer;
        };
        if (blob.size <= MONOLITHIC_MAX) {
            await client.finishUpload(location, blob.digest, await read(0, blob.size), what);
            return;
        }
        let next = location;
        for (let start = 0; start < blob.size; start += CHUNK_SIZE) {
            signal?.throwIfAborted();
            next = await client.uploadChunk(next, await read(start, Math.min(CHUNK_SIZE, blob.size - start)), start, what);
        }
        await client.finishUpload(next, blob.digest, undefined, what);
    }
    finally {
        await handle.close();
    }
}
/**
 * A base layer from another registry, passed through without landing on disk: a large one is
 * cut into chunks as it arrives, so memory holds one chunk however large the layer is. The
 * digest is checked before the closing PUT, so a corrupted download never becomes a blob.
 */
async function sendStream(client, location, blob, response, what, signal) {
    if (!response.body)
        throw new errors/* BuildError */.zS(`${what}: the source registry sent no body`);
    const chunked = blob.size > MONOLITHIC_MAX;
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const reader = response.body.getReader();
    let pending = [];
    let pendingBytes = 0;
    let sent = 0;
    let next = location;
    const flush = async () => {
        signal?.throwIfAborted();
        const chunk = Buffer.concat(pending, pendingBytes);
        pending = [];
        pendingBytes = 0;
        next = await client.uploadChunk(next, chunk, sent, what);
        sent += chunk.length;
    };
    try {
        for (;;) {
            const { done, value } = await reader.read();
            if (done)
                break;
            const data = Buffer.from(value);
            hash.update(data);
            pending.push(data);
            pendingBytes += data.length;
            if (chunked && pendingBytes >= CHUNK_SIZE)
                await flush();
        }
        const total = sent + pendingBytes;
        const digest = `sha256:${hash.digest('hex')}`;
        if (digest !== blob.digest || total !== blob.size)
            throw new errors/* BuildError */.zS(`${what}: the source registry sent ${total} bytes with digest ${digest}`);
        if (chunked && pendingBytes > 0)
            await flush();
    }
    catch (error) {
        await reader.cancel().catch(() => undefined);
        throw error;
    }
    await client.finishUpload(next, blob.digest, chunked ? undefined : Buffer.concat(pending, pendingBytes), what);
}
/** "2 blobs uploaded (1.2 MB), 1 copied (40.8 MB), 3 already there" */
function summarize(blobs, outcomes) {
    const parts = [];
    for (const outcome of ['uploaded', 'copied', 'mounted', 'present']) {
        const these = blobs.filter((_, i) => outcomes[i] === outcome);
        if (these.length === 0)
            continue;
        const bytes = (0,format/* formatBytes */.z3)(these.reduce((sum, b) => sum + b.size, 0));
        parts.push(outcome === 'present' ? `${these.length} already there` : `${these.length} ${outcome} (${bytes})`);
    }
    return `${blobs.length} blobs: ${parts.join(', ')}`;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/registry/auth-challenge.ts
function parseWwwAuthenticate(header) {
    const challenges = [];
    let i = 0;
    const skip = (chars) => {
        while (i < header.length && chars.test(header[i]))
            i++;
    };
    const token = () => {
        const start = i;
        while (i < header.length && /[!#$%&'*+.^_`|~\w-]/.test(header[i]))
            i++;
        return header.slice(start, i);
    };
    const quoted = () => {
        let value = '';
        i++;
        while (i < header.length && header[i] !== '"') {
            if (header[i] === '\\' && i + 1 < header.length)
                i++;
            value += header[i++];
        }
        i++;
        return value;
    };
    while (i < header.length) {
        skip(/[\s,]/);
        const scheme = token();
        if (!scheme)
            break;
        const challenge = { scheme: scheme.toLowerCase(), params: {} };
        challenges.push(challenge);
        for (;;) {
            skip(/[\s,]/);
            const start = i;
            const name = token();
            skip(/\s/);
            if (!name || header[i] !== '=') {
                // the next challenge's scheme (or a token68 we have no use for)
                i = start;
                break;
            }
            i++;
            skip(/\s/);
            challenge.params[name.toLowerCase()] = header[i] === '"' ? quoted() : token();
        }
    }
    return challenges;
}

;// CONCATENATED MODULE: ./src/registry/auth.ts




/** tokens are renewed this long before they run out, so a request never carries a stale one */
const TOKEN_MARGIN_MS = 15_000;
/** the distribution spec's default when a token endpoint does not say */
const DEFAULT_TOKEN_SECONDS = 60;
/**
 * A fetch for one registry host that follows the registry's challenge: anonymous first, then
 * Basic with docker's stored credentials, or a Bearer token from the realm the registry names,
 * scoped to every repository it was told about (pull for bases, pull+push for targets, so one
 * token also covers blob mounts). It knows nothing of the registry's API; retries are the
 * transport's.
 */
class RegistryAuth {
    host;
    options;
    auth = { kind: 'anonymous' };
    /** whether the current auth came from stored credentials (for the hint on a 401/403) */
    usedCredentials = false;
    renewing;
    scopes = new Map();
    constructor(host, options) {
        this.host = host;
        this.options = options;
    }
    /** Includes `actions` on `repository` in the next token (a no-op for Basic auth). */
    allow(repository, actions) {
        const set = this.scopes.get(repository) ?? new Set();
        for (const action of actions)
            set.add(action);
        this.scopes.set(repository, set);
    }
    /** Sends `request` with the host's authorization, meeting one 401 challenge. */
    async fetch(request) {
        await this.renewToken();
        const used = this.authorization();
        const first = await this.send(request, used);
        if (first.status !== 401)
            return first;
        const challenges = parseWwwAuthenticate(first.headers.get('www-authenticate') ?? '');
        await first.body?.cancel();
        // requests run side by side: another one may have met the challenge in the meantime
        if (this.authorization() === used)
            await this.answer(challenges, request.what, used);
        const second = await this.send(request, this.authorization());
        if (second.status === 401 && this.auth.kind === 'basic') {
            await second.body?.cancel();
            throw this.refused(request.what);
        }
        return second;
    }
    /** What to do about a 401 or 403 the registry kept answering, for its error message. */
    hint(status) {
        if (status !== 401 && status !== 403)
            return '';
        return this.usedCredentials
            ? `; the credentials for ${this.host} in ${this.options.credentials.configFile ?? 'docker config'} do not allow this`
            : `; not logged in to ${this.host}: run \`docker login ${this.host}\` (or docker/login-action) first`;
    }
    async send(request, authorization) {
        const headers = { ...request.headers };
        if (authorization)
            headers.authorization = authorization;
        const body = request.body?.();
        // a registry that stops answering would otherwise hold the push for minutes in silence:
        // the answer must start within a time that grows with what is sent
        const limitMs = (this.options.answerTimeoutMs ?? answerTimeoutMs)(body?.length ?? 0);
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(new AnswerTimeoutError(`${this.host} did not answer within ${(limitMs / 1000).toFixed(limitMs < 10_000 ? 1 : 0)} s`)), limitMs);
        try {
            return await this.options.fetch(request.url, {
                method: request.method,
                headers,
                body,
                redirect: 'follow',
                signal: controller.signal,
            });
        }
        finally {
            clearTimeout(timer);
        }
    }
    refused(what) {
        return new errors/* BuildError */.zS(`${what}: ${this.host} refused the credentials of ${this.options.credentials.configFile ?? 'docker config'} (HTTP 401); run \`docker login ${this.host}\` again`);
    }
    authorization() {
        return this.auth.kind === 'anonymous' ? undefined : this.auth.header;
    }
    /** Meets a 401's challenge: Basic with stored credentials, or a fresh Bearer token. */
    async answer(challenges, what, used) {
        const bearer = challenges.find((c) => c.scheme === 'bearer' && c.params.realm);
        if (bearer) {
            for (const scope of (bearer.params.scope ?? '').split(' ')) {
                const m = /^repository:(.+):([a-z,*]+)$/.exec(scope);
                if (m)
                    this.allow(m[1], m[2].split(',').filter((a) => a === 'pull' || a === 'push'));
            }
            this.auth = { kind: 'bearer', challenge: bearer, expiresAt: 0 };
            await this.renewToken(true);
            return;
        }
        if (challenges.some((c) => c.scheme === 'basic')) {
            const credentials = await this.options.credentials.get(this.host);
            if (!credentials || credentials.kind !== 'basic')
                throw this.noCredentials(what);
            if (used?.startsWith('Basic '))
                throw this.refused(what);
            this.auth = { kind: 'basic', header: basicHeader(credentials.username, credentials.password) };
            this.usedCredentials = true;
            return;
        }
        throw new errors/* BuildError */.zS(`${what}: HTTP 401 without a challenge this client can answer${this.hint(401)}`);
    }
    scopeList() {
        return [...this.scopes.entries()]
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([repo, actions]) => `repository:${repo}:${[...actions].sort().join(',')}`);
    }
    /** Fetches a token when there is none, it is about to expire, or more scopes are needed. */
    async renewToken(force = false) {
        const auth = this.auth;
        if (auth.kind !== 'bearer')
            return;
        const scopes = this.scopeList().join(' ');
        if (!force && auth.header && auth.scopes === scopes && this.options.now() < auth.expiresAt - TOKEN_MARGIN_MS)
            return;
        // one token request at a time; requests waiting for it then share its token
        this.renewing ??= this.fetchToken(auth.challenge).finally(() => {
            this.renewing = undefined;
        });
        await this.renewing;
    }
    async fetchToken(challenge) {
        const scopes = this.scopeList();
        const credentials = await this.options.credentials.get(this.host);
        const { realm, service } = challenge.params;
        const url = new URL(realm);
        let response;
        if (credentials?.kind === 'identity-token') {
            // an OAuth refresh token (registries with identity tokens, e.g. Azure): POST form
            const form = new URLSearchParams({
                grant_type: 'refresh_token',
                refresh_token: credentials.token,
                client_id: 'artifact-docker-build',
            });
            if (service)
                form.set('service', service);
            if (scopes.length > 0)
                form.set('scope', scopes.join(' '));
            response = await this.options.fetch(url, {
                method: 'POST',
                headers: { 'content-type': 'application/x-www-form-urlencoded' },
                body: form.toString(),
            });
        }
        else {
            if (service)
                url.searchParams.set('service', service);
            for (const scope of scopes)
                url.searchParams.append('scope', scope);
            const headers = {};
            if (credentials)
                headers.authorization = basicHeader(credentials.username, credentials.password);
            response = await this.options.fetch(url, { headers });
        }
        const endpoint = `${url.origin}${url.pathname}`;
        if (!response.ok) {
            const detail = await errorDetail(response);
            if (isRetryableStatus(response.status))
                throw new RetryableStatusError(response.status, `token endpoint ${endpoint}: HTTP ${response.status}${detail}`);
            const who = credentials
                ? `the credentials of ${this.options.credentials.configFile ?? 'docker config'}`
                : 'an anonymous request';
            throw new errors/* BuildError */.zS(`${this.host}: the token endpoint ${endpoint} refused ${who} (HTTP ${response.status}${detail})`);
        }
        const body = (await response.json());
        const token = body.token ?? body.access_token;
        if (!token)
            throw new errors/* BuildError */.zS(`${this.host}: the token endpoint ${endpoint} answered without a token`);
        this.usedCredentials = credentials !== undefined;
        this.auth = {
            kind: 'bearer',
            challenge,
            header: `Bearer ${token}`,
            scopes: scopes.join(' '),
            expiresAt: this.options.now() + (body.expires_in ?? DEFAULT_TOKEN_SECONDS) * 1000,
        };
    }
    noCredentials(what) {
        const file = this.options.credentials.configFile;
        return new errors/* BuildError */.zS(`${what}: ${this.host} requires credentials, and ${file ? `${file} has none for it` : 'no docker config directory was given'}; run \`docker login ${this.host}\` (or docker/login-action) first`);
    }
}
function basicHeader(username, password) {
    return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}
/** Thrown when a registry does not start its answer in time; retried like a dropped connection. */
class AnswerTimeoutError extends Error {
    name = 'AnswerTimeoutError';
    code = 'ETIMEDOUT';
}
/** Seconds for the answer to start: 30, plus the body's upload at 1 MiB/s at the least. */
function answerTimeoutMs(bodyBytes) {
    return 30_000 + Math.ceil(bodyBytes / (1024 * 1024)) * 1000;
}

;// CONCATENATED MODULE: ./src/registry/transport.ts




/**
 * How requests reach one registry host: authenticated (RegistryAuth), retried on 5xx, 429 and
 * dropped connections, and turned into a BuildError naming the request when the answer is not
 * one the caller expects. The API calls (client.ts) sit on top and only speak the protocol.
 */
class RegistryTransport {
    host;
    options;
    baseUrl;
    auth;
    constructor(host, options) {
        this.host = host;
        this.options = options;
        this.baseUrl = `${options.insecure(host) ? 'http' : 'https'}://${host}`;
        this.auth = new RegistryAuth(host, options);
    }
    allow(repository, actions) {
        this.auth.allow(repository, actions);
    }
    /** One request with retries; what is left is a BuildError (a RegistryError for an HTTP status). */
    async send(request) {
        try {
            return await this.sendWithRetries(request);
        }
        catch (error) {
            const tries = `gave up after ${this.options.retry.attempts} tries`;
            if (error instanceof RetryableStatusError)
                throw new RegistryError(`${request.what}: ${error.message} (${tries})`, error.status);
            if (isNetworkError(error))
                throw new errors/* BuildError */.zS(`${request.what}: ${describeFailure(error)} (${tries})`, { cause: error });
            throw error;
        }
    }
    sendWithRetries(request) {
        const url = /^https?:\/\//.test(request.url) ? request.url : `${this.baseUrl}${request.url}`;
        return withRetry(this.options.retry, request.what, this.options.logger, async () => {
            const response = await this.auth.fetch({ ...request, url });
            if (request.expect.includes(response.status))
                return response;
            const detail = await errorDetail(response);
            if (isRetryableStatus(response.status)) {
                throw new RetryableStatusError(response.status, `HTTP ${response.status}${detail}`, retryAfterMs(response.headers.get('retry-after')));
            }
            throw new RegistryError(`${request.what}: HTTP ${response.status}${detail}${this.auth.hint(response.status)}`, response.status);
        });
    }
}

;// CONCATENATED MODULE: ./src/registry/client.ts




/**
 * The OCI distribution API of one registry host: manifests, blobs, uploads. Authentication and
 * retries are the transport's; this class only says what to ask and checks what comes back.
 */
class RegistryClient {
    host;
    baseUrl;
    transport;
    constructor(host, options) {
        this.host = host;
        this.transport = new RegistryTransport(host, options);
        this.baseUrl = this.transport.baseUrl;
    }
    /** Includes `actions` on `repository` in the next token (a no-op for Basic auth). */
    allow(repository, actions) {
        this.transport.allow(repository, actions);
    }
    async getManifest(repository, reference) {
        const name = `${this.host}/${repository}${(0,registry_digest/* isDigest */.Bc)(reference) ? '@' : ':'}${reference}`;
        const response = await this.send({
            method: 'GET',
            url: `/v2/${repository}/manifests/${reference}`,
            headers: { accept: media_types/* MANIFEST_ACCEPT */.dY.join(', ') },
            expect: [200, 404],
            what: `GET manifest ${name}`,
        });
        if (response.status === 404) {
            await response.body?.cancel();
            throw new errors/* BuildError */.zS(`${name}: no such image in the registry (manifest unknown)`);
        }
        const bytes = Buffer.from(await response.arrayBuffer());
        const digest = (0,registry_digest/* sha256Digest */.sI)(bytes);
        if ((0,registry_digest/* isDigest */.Bc)(reference) && digest !== reference)
            throw new errors/* BuildError */.zS(`${name}: the registry sent a manifest whose digest is ${digest}`);
        let declared;
        try {
            declared = JSON.parse(bytes.toString('utf8')).mediaType;
        }
        catch {
            throw new errors/* BuildError */.zS(`${name}: the registry sent a manifest that is not JSON`);
        }
        const mediaType = typeof declared === 'string' ? declared : (response.headers.get('content-type') ?? '').split(';')[0].trim();
        return { mediaType, bytes, digest };
    }
    /** A small blob (an image config) read whole and checked against its digest. */
    async getBlob(repository, digest) {
        const response = await this.openBlob(repository, digest);
        const bytes = Buffer.from(await response.arrayBuffer());
        if ((0,registry_digest/* sha256Digest */.sI)(bytes) !== digest)
            throw new errors/* BuildError */.zS(`${this.host}/${repository}: blob ${digest} arrived with another digest`);
        return bytes;
    }
    /** A blob's response, to be streamed by the caller (redirects to storage are followed). */
    openBlob(repository, digest) {
        return this.send({
            method: 'GET',
            url: `/v2/${repository}/blobs/${digest}`,
            expect: [200],
            what: `GET blob ${this.host}/${repository}@${digest}`,
        });
    }
    async hasBlob(repository, digest) {
        const response = await this.send({
            method: 'HEAD',
            url: `/v2/${repository}/blobs/${digest}`,
            expect: [200, 404],
            what: `HEAD blob ${this.host}/${repository}@${digest}`,
        });
        await response.body?.cancel();
        return response.status === 200;
    }
    /**
     * Opens an upload session, or mounts the blob from another repository of this registry
     * (201). A registry that cannot mount answers 202 with a session instead.
     */
    async startUpload(repository, mount) {
        const query = mount ? `?mount=${encodeURIComponent(mount.digest)}&from=${encodeURIComponent(mount.from)}` : '';
        const response = await this.send({
            method: 'POST',
            url: `/v2/${repository}/blobs/uploads/${query}`,
            headers: { 'content-length': '0' },
            expect: [201, 202],
            what: mount
                ? `mount ${mount.digest} from ${mount.from} into ${this.host}/${repository}`
                : `start upload to ${this.host}/${repository}`,
        });
        await response.body?.cancel();
        if (response.status === 201)
            return { mounted: true };
        return { mounted: false, location: this.location(response) };
    }
    /** Sends one chunk of a chunked upload; returns the session's next location. */
    async uploadChunk(location, chunk, start, what) {
        const response = await this.send({
            method: 'PATCH',
            url: location,
            headers: { 'content-type': 'application/octet-stream', 'content-range': `${start}-${start + chunk.length - 1}` },
            body: () => chunk,
            expect: [202],
            what,
        });
        await response.body?.cancel();
        return this.location(response);
    }
    /** Closes an upload with the blob's digest, sending `last` (or the whole blob) with it. */
    async finishUpload(location, digest, last, what) {
        const url = new URL(location, this.baseUrl);
        url.searchParams.set('digest', digest);
        const response = await this.send({
            method: 'PUT',
            url: url.toString(),
            headers: { 'content-type': 'application/octet-stream' },
            body: () => last ?? Buffer.alloc(0),
            expect: [201, 204],
            what,
        });
        await response.body?.cancel();
        const answered = response.headers.get('docker-content-digest');
        if (answered && answered !== digest)
            throw new errors/* BuildError */.zS(`${what}: the registry stored ${answered}, not ${digest}`);
    }
    /** PUTs a manifest under a tag or digest; returns the registry's digest, checked against ours. */
    async putManifest(repository, reference, mediaType, bytes) {
        const name = `${this.host}/${repository}${(0,registry_digest/* isDigest */.Bc)(reference) ? '@' : ':'}${reference}`;
        const response = await this.send({
            method: 'PUT',
            url: `/v2/${repository}/manifests/${reference}`,
            headers: { 'content-type': mediaType },
            body: () => bytes,
            expect: [200, 201, 202],
            what: `PUT manifest ${name}`,
        });
        await response.body?.cancel();
        const ours = (0,registry_digest/* sha256Digest */.sI)(bytes);
        const answered = response.headers.get('docker-content-digest');
        if (answered && answered !== ours)
            throw new errors/* BuildError */.zS(`PUT manifest ${name}: the registry answered with digest ${answered}, but the manifest's is ${ours}`);
        return answered ?? ours;
    }
    location(response) {
        const location = response.headers.get('location');
        if (!location)
            throw new errors/* BuildError */.zS(`${this.host}: the registry opened an upload without a Location`);
        return new URL(location, this.baseUrl).toString();
    }
    send(request) {
        return this.transport.send(request);
    }
}

;// CONCATENATED MODULE: ./src/registry/credentials.ts



/** the key docker login uses for Docker Hub, a URL for historical reasons */
const DOCKER_HUB_KEY = 'https://index.docker.io/v1/';
const HUB_HOSTS = new Set([registry_reference/* DOCKER_HUB_API */.sg, 'docker.io', 'index.docker.io']);
/**
 * The keys config.json may file a registry under: `docker login HOST` writes the bare host,
 * older clients wrote `https://HOST` or `https://HOST/v1/`, Docker Hub is always the v1 URL.
 */
function credentialKeys(host) {
    if (HUB_HOSTS.has(host))
        return [DOCKER_HUB_KEY, 'index.docker.io', 'docker.io', registry_reference/* DOCKER_HUB_API */.sg];
    return [host, `https://${host}`, `http://${host}`, `https://${host}/v1/`, `https://${host}/v2/`];
}
/** The key a credential helper is asked for (what `docker login` passed it). */
function helperServerUrl(host) {
    return HUB_HOSTS.has(host) ? DOCKER_HUB_KEY : host;
}
/** The inline credentials of `auths`, or undefined when the file has none for the host. */
function credentialsFromAuths(config, host) {
    const auths = config.auths ?? {};
    const byKey = new Map(Object.entries(auths).map(([key, value]) => [key.replace(/\/+$/, ''), value]));
    for (const key of credentialKeys(host)) {
        const entry = auths[key] ?? byKey.get(key.replace(/\/+$/, ''));
        if (!entry)
            continue;
        if (entry.identitytoken)
            return { kind: 'identity-token', token: entry.identitytoken };
        if (entry.auth) {
            const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            if (colon > 0)
                return { kind: 'basic', username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
        }
        if (entry.username && entry.password)
            return { kind: 'basic', username: entry.username, password: entry.password };
    }
    return undefined;
}
/** The helper docker would ask for `host`: credHelpers first, then the default credsStore. */
function helperFor(config, host) {
    for (const key of credentialKeys(host)) {
        const helper = config.credHelpers?.[key];
        if (helper)
            return helper;
    }
    return config.credsStore || undefined;
}
/** `docker-credential-<helper> get` prints `{"ServerURL","Username","Secret"}`; `<token>` marks an identity token. */
function parseHelperOutput(stdout) {
    const parsed = JSON.parse(stdout);
    if (!parsed.Secret)
        return undefined;
    if (parsed.Username === '<token>')
        return { kind: 'identity-token', token: parsed.Secret };
    return { kind: 'basic', username: parsed.Username ?? '', password: parsed.Secret };
}
/**
 * Looks credentials up the way the docker CLI does, once per host. The config file is read
 * lazily: a build that only talks to anonymous registries never needs it.
 */
class CredentialStore {
    dockerConfigDir;
    run;
    logger;
    config;
    cache = new Map();
    constructor(dockerConfigDir, run, logger) {
        this.dockerConfigDir = dockerConfigDir;
        this.run = run;
        this.logger = logger;
    }
    /** Where the credentials were looked for, for error messages. */
    get configFile() {
        return this.dockerConfigDir === undefined ? undefined : external_node_path_default().join(this.dockerConfigDir, 'config.json');
    }
    get(host) {
        let found = this.cache.get(host);
        if (!found) {
            found = this.lookup(host);
            this.cache.set(host, found);
        }
        return found;
    }
    async lookup(host) {
        const config = await this.readConfig();
        if (!config)
            return undefined;
        const helper = helperFor(config, host);
        if (helper) {
            const fromHelper = await this.fromHelper(helper, host);
            if (fromHelper)
                return fromHelper;
        }
        return credentialsFromAuths(config, host);
    }
    async fromHelper(helper, host) {
        const tool = `docker-credential-${helper}`;
        try {
            const result = await this.run([tool, 'get'], { input: helperServerUrl(host), quiet: true, allowFailure: true });
            // helpers exit non-zero with "credentials not found in native keychain" for unknown hosts
            if (result.code !== 0) {
                this.logger.debug(`${tool} has no credentials for ${host}`);
                return undefined;
            }
            return parseHelperOutput(result.stdout);
        }
        catch {
            this.logger.debug(`${tool} is not installed; looking for ${host} in config.json's auths only`);
            return undefined;
        }
    }
    readConfig() {
        this.config ??= (async () => {
            const file = this.configFile;
            if (!file)
                return undefined;
            try {
                return JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
            }
            catch (error) {
                if (error.code !== 'ENOENT')
                    this.logger.warning(`could not read ${file}: ${error instanceof Error ? error.message : String(error)}`);
                return undefined;
            }
        })();
        return this.config;
    }
}

;// CONCATENATED MODULE: ./src/registry/session.ts






/**
 * Registry clients that log in with what `docker login` stored (DOCKER_CONFIG), one per host,
 * sharing their tokens; for every engine and for anything else that talks to a registry.
 */
function registrySession(options) {
    const credentials = new CredentialStore(options.dockerConfigDir ?? external_node_path_default().join(external_node_os_default().homedir(), '.docker'), options.run, options.logger);
    const clients = new Map();
    const clientFor = (host) => {
        let client = clients.get(host);
        if (!client) {
            client = new RegistryClient(host, {
                fetch: options.fetch ?? globalThis.fetch,
                credentials,
                insecure: options.insecureRegistries ?? registry_reference/* isLoopbackRegistry */.jW,
                retry: options.retry ?? DEFAULT_RETRY,
                logger: options.logger,
                now: options.now ?? Date.now,
            });
            clients.set(host, client);
        }
        return client;
    };
    return { clientFor };
}

;// CONCATENATED MODULE: ./src/engines/oci/index.ts
















/**
 * Builds COPY-only images without a Docker daemon and pushes them with the registry API.
 * Equal inputs (context, Dockerfile, base manifest, build args, labels, SOURCE_DATE_EPOCH)
 * give an image of equal digest, so an unchanged rebuild pushes nothing but its tags.
 */
class OciEngine {
    options;
    name = 'oci';
    built = new Map();
    baseLayerSizes = new Map();
    /** per target, the blobs sent while the gates run: the push waits for them */
    ahead = new Map();
    runner;
    daemonBases;
    constructor(options = {}) {
        this.options = options;
        this.runner = (0,oci_platform/* runnerPlatform */.GQ)(options.runnerArch ?? process.arch);
    }
    async build(request, deps) {
        const session = this.session(deps.run, deps.logger);
        const image = await buildOciImage({
            request,
            layoutDir: this.layoutDir(request, deps),
            runner: this.runner,
            bases: new base_image/* BaseResolver */.Y(session.clientFor, this.daemonSource(deps)),
            logger: deps.logger,
            ...(deps.layers ? { layers: deps.layers } : {}),
        });
        this.built.set(request.target, image);
        deps.logger.info(`${image.images.length > 1 ? 'index' : 'manifest'} ${image.top.digest} (${image.images.map((i) => (0,oci_platform/* formatPlatform */.Bq)(i.platform)).join(', ')}), ${(0,format/* formatBytes */.z3)(image.size)} compressed, in ${image.layoutDir}`);
        // the figure reported is the runner's platform's (else the first), as `docker image inspect` would show it
        const shown = this.runnerImage(image) ?? image.images[0];
        const compressedSize = compressedLayers(shown);
        if (!this.options.loadIntoDocker) {
            if (!request.willPush && this.options.archiveDir) {
                const file = external_node_path_default().join(this.options.archiveDir, `${safeName(request.target)}.docker.tar`);
                await (0,promises_.mkdir)(this.options.archiveDir, { recursive: true });
                await this.writeDockerArchive(request, file, deps);
                deps.logger.info(`no registry push and no daemon: the image is in ${file} (docker load -i ${file})`);
            }
            return { ...(await this.unpackedSize(shown, image, session, deps)), compressedSize, runnable: false };
        }
        const native = this.runnerImage(image);
        if (!native) {
            deps.logger.warning(`not loading ${request.target} into Docker: none of its platforms is this runner's ${(0,oci_platform/* formatPlatform */.Bq)(this.runner)}`);
            return { ...(await this.unpackedSize(shown, image, session, deps)), compressedSize, runnable: false };
        }
        const archive = external_node_path_default().join(deps.tempDir, `${safeName(request.target)}.docker.tar`);
        const diffIds = JSON.parse(native.config.bytes.toString('utf8')).rootfs?.diff_ids ?? [];
        // the base by its image id (its config's digest) and by name, and this target's earlier loads
        const candidates = [
            ...(native.base ? [native.base.manifest.config.digest, (0,registry_reference/* formatReference */.FH)(native.base.reference)] : []),
            ...image.tags.map(registry_reference/* formatReference */.FH),
        ];
        const present = await layersInDaemon(diffIds, candidates, deps.run);
        if (present > 0)
            deps.logger.info(`the daemon has ${present} of the image's ${diffIds.length} layers: loading the other ${diffIds.length - present}`);
        await writeArchive(native, this.archiveDirs(image, deps), image.tags, archive, { clientFor: session.clientFor, logger: deps.logger }, present);
        await dockerLoad(archive, deps.run);
        // loaded: the daemon's own figure is the one to match
        const inspected = await inspectImage(native.config.digest, deps);
        return { ...inspected, compressedSize, runnable: true, runs: loadedText(native, present) };
    }
    /**
     * The image's unpacked size without a daemon to ask: its layers read through once, the base's
     * from the registry (remembered by digest, so targets on one base read it once per run).
     */
    async unpackedSize(platform, image, session, deps) {
        try {
            let size = 0;
            const base = platform.base;
            for (const layer of base?.manifest.layers ?? []) {
                let known = this.baseLayerSizes.get(layer.digest);
                if (known === undefined && base.daemon) {
                    known = await gzipLayerContentSize((0,base_image/* daemonLayerFile */.I)(base.daemon, layer.digest));
                    this.baseLayerSizes.set(layer.digest, known);
                }
                if (known === undefined) {
                    const response = await session.clientFor(base.host).openBlob(base.reference.repository, layer.digest);
                    if (!response.body)
                        throw new Error(`GET blob ${layer.digest}: no body`);
                    known = await gzipLayerContentSize(external_node_stream_.Readable.fromWeb(response.body));
                    this.baseLayerSizes.set(layer.digest, known);
                }
                size += known;
            }
            for (const layer of platform.layers)
                size += await gzipLayerContentSize((0,layout/* blobFile */.c7)(image.layoutDir, layer.digest));
            return { size };
        }
        catch (error) {
            // a size is a report, not a reason to fail the build
            deps.logger.warning(`the image's unpacked size could not be read: ${error instanceof Error ? error.message : String(error)}`);
            return {};
        }
    }
    async push(request, deps) {
        const image = this.built.get(request.target) ?? (await this.buildFor(request, deps));
        const session = this.session(deps.run, deps.logger);
        const plan = pushPlan(image);
        const steps = planPushSteps(plan, request.tags.map(registry_reference/* parseReference */.F2));
        const pushDeps = { clientFor: session.clientFor, logger: deps.logger };
        const ahead = this.ahead.get(request.target);
        this.ahead.delete(request.target);
        // an upload that failed while the gates ran fails the push here, with the registry's words
        if (ahead)
            await ahead.done;
        else
            await uploadBlobs(plan, steps, pushDeps);
        return { digest: await putManifests(steps, pushDeps) };
    }
    /**
     * The blobs go up while the smoke test runs; no manifest and no tag moves, so a failed gate
     * leaves only blobs nothing refers to, which the registry collects.
     */
    uploadAhead(request, deps) {
        const image = this.built.get(request.target);
        if (!image || request.tags.length === 0)
            return undefined;
        const session = this.session(deps.run, deps.logger);
        const plan = pushPlan(image);
        const steps = planPushSteps(plan, request.tags.map(registry_reference/* parseReference */.F2));
        const controller = new AbortController();
        deps.logger.info(`uploading ${plan.blobs.length} blobs while the gates run; the tags move only once they passed`);
        const done = uploadBlobs(plan, steps, {
            clientFor: session.clientFor,
            logger: deps.logger,
            signal: controller.signal,
        });
        // read by push(); a run that does not push cancels it, and its failure then means nothing
        done.catch(() => undefined);
        const entry = { done, controller };
        this.ahead.set(request.target, entry);
        return {
            cancel: async () => {
                if (this.ahead.get(request.target) === entry)
                    this.ahead.delete(request.target);
                controller.abort();
                await done.catch(() => undefined);
            },
        };
    }
    /**
     * Writes the runner's platform of a built image as an archive `docker load` reads (the
     * `--no-push` path, and for callers that load it themselves). Builds first when needed.
     */
    async writeDockerArchive(request, file, deps) {
        const image = this.built.get(request.target) ?? (await this.buildFor(request, deps));
        const native = this.runnerImage(image) ?? image.images[0];
        const session = this.session(deps.run, deps.logger);
        await writeArchive(native, this.archiveDirs(image, deps), request.tags.map(registry_reference/* parseReference */.F2), file, {
            clientFor: session.clientFor,
            logger: deps.logger,
        });
    }
    /** The image last built for a target: its OCI layout, manifests and configs. */
    builtImage(target) {
        return this.built.get(target);
    }
    async buildFor(request, deps) {
        await this.build(request, deps);
        return this.built.get(request.target);
    }
    runnerImage(image) {
        return image.images.find((i) => (0,oci_platform/* samePlatform */.my)(i.platform, this.runner));
    }
    layoutDir(request, deps) {
        return external_node_path_default().join(deps.tempDir, 'oci', safeName(request.target));
    }
    archiveDirs(image, deps) {
        // beside the per-target layouts, under a name no target can have (safeName keeps no '@')
        return { layoutDir: image.layoutDir, baseLayersDir: external_node_path_default().join(deps.tempDir, 'oci', '@base-layers') };
    }
    /** The daemon as a source of base images; one reader per engine, so targets on one base save it once. */
    daemonSource(deps) {
        const options = this.options.daemonBases;
        if (!options)
            return undefined;
        this.daemonBases ??= new daemon_base/* DaemonBases */.Tb(options.keptDir, deps.run, deps.logger, options.store);
        // a build outside a pipeline run (no shared answers) asks the daemon itself
        return { images: deps.daemonImages ?? new daemon_images/* DaemonImages */.t(deps.run), bases: this.daemonBases };
    }
    /** Registry clients for one build or push: tokens are shared between its requests. */
    session(run, logger) {
        return registrySession({ ...this.options, run, logger });
    }
}
/** Every blob the image needs once, each with where its bytes are. */
function pushPlan(image) {
    const blobs = new Map();
    for (const platform of image.images) {
        const { base } = platform;
        for (const layer of base?.manifest.layers ?? []) {
            // foreign (non-distributable) layers are fetched from their URLs, never pushed
            if (layer.urls && layer.urls.length > 0)
                continue;
            if (!blobs.has(layer.digest))
                blobs.set(layer.digest, {
                    digest: layer.digest,
                    size: layer.size,
                    // a base read from the daemon is pushed from its kept, gzip'd copy
                    source: base.daemon
                        ? { kind: 'file', file: (0,base_image/* daemonLayerFile */.I)(base.daemon, layer.digest) }
                        : { kind: 'remote', host: base.host, repository: base.reference.repository },
                });
        }
        for (const layer of platform.layers)
            blobs.set(layer.digest, {
                digest: layer.digest,
                size: layer.size,
                source: { kind: 'file', file: (0,layout/* blobFile */.c7)(image.layoutDir, layer.digest) },
            });
        blobs.set(platform.config.digest, {
            digest: platform.config.digest,
            size: platform.config.size,
            source: { kind: 'bytes', bytes: platform.config.bytes },
        });
    }
    return {
        blobs: [...blobs.values()],
        children: image.images.length > 1 ? image.images.map((i) => i.manifest) : [],
        top: image.top,
    };
}
/** What a pull of one platform downloads: its compressed layers, base included, as the manifest lists them. */
function compressedLayers(platform) {
    return ((platform.base?.manifest.layers ?? []).reduce((sum, l) => sum + l.size, 0) +
        platform.layers.reduce((sum, l) => sum + l.size, 0));
}
/** What the smoke test runs: "the image after loading 3 of 4 layers (4.7 kB compressed) into the daemon". */
function loadedText(platform, present) {
    const all = [...(platform.base?.manifest.layers ?? []), ...platform.layers];
    const loaded = all.slice(present);
    if (loaded.length === 0)
        return `the image, its ${all.length} layers all in the daemon already`;
    const bytes = (0,format/* formatBytes */.z3)(loaded.reduce((sum, l) => sum + l.size, 0));
    return `the image after loading ${loaded.length} of ${all.length} layers (${bytes} compressed) into the daemon`;
}
function safeName(target) {
    return target.replace(/[^\w.-]/g, '_');
}

;// CONCATENATED MODULE: ./src/engines/create.ts




function createEngine(selection, caps, options) {
    switch (selection.name) {
        case 'buildx':
            return new BuildxEngine(caps.buildx, options.builder ? { builder: options.builder } : {});
        case 'docker':
            return new DockerEngine();
        case 'oci':
            return new OciEngine({
                ...(options.dockerConfigDir ? { dockerConfigDir: options.dockerConfigDir } : {}),
                // with a daemon at hand the image is loaded, so the smoke test can run it
                loadIntoDocker: caps.daemon,
                runnerArch: options.arch,
                archiveDir: options.archiveDir,
                ...(caps.daemon && options.recordsDir
                    ? {
                        daemonBases: {
                            keptDir: external_node_path_default().join(options.recordsDir, 'daemon-bases'),
                            ...(options.store ? { store: options.store } : {}),
                        },
                    }
                    : {}),
            });
    }
}

// EXTERNAL MODULE: ./src/engines/select.ts
var engines_select = __webpack_require__(5899);
// EXTERNAL MODULE: ./src/validate/dockerfile.ts
var dockerfile = __webpack_require__(28358);
// EXTERNAL MODULE: ./src/interrupt.ts
var interrupt = __webpack_require__(48476);
;// CONCATENATED MODULE: ./src/pm/tool-cache.ts
let loaded;
/**
 * @actions/tool-cache, with @actions/core and its HTTP client, is a megabyte of code that a run
 * needs only when a package manager is missing from PATH: it is loaded then, not at start-up.
 */
function loadToolCache() {
    return (loaded ??= Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(805)]).then(__webpack_require__.bind(__webpack_require__, 59805)));
}
/** The runner's tool cache, as the action uses it. */
const actionsToolCache = {
    find: async (name, version) => (await loadToolCache()).find(name, version),
    downloadTool: async (url) => (await loadToolCache()).downloadTool(url),
    extractTar: async (file, dest, flags) => (await loadToolCache()).extractTar(file, dest, flags),
    cacheDir: async (source, tool, version) => (await loadToolCache()).cacheDir(source, tool, version),
};

;// CONCATENATED MODULE: ./src/setup.ts









/**
 * Registry clients for the preflight: a base image or a login that cannot be reached is a
 * finding in a second, not after the retries a push deserves.
 */
function preflightRegistry(run, logger, dockerConfigDir) {
    return registrySession({
        run,
        logger,
        retry: { attempts: 2, baseDelayMs: 200 },
        fetch: (input, init) => fetch(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(10_000) }),
        ...(dockerConfigDir ? { dockerConfigDir } : {}),
    });
}
/**
 * Why the oci engine cannot build some of `targets` (read from their Dockerfiles). A Dockerfile
 * that cannot be read, or that the COPY-only gate refuses (a RUN without `allow-run`, a second
 * stage), is left to the preflight, which fails that target: it must not move the other targets
 * off the fastest engine.
 */
async function ociBlockers(targets) {
    const found = await Promise.all(targets.map(async (target) => {
        const text = await (0,promises_.readFile)(target.dockerfile, 'utf8').catch(() => undefined);
        if (text === undefined)
            return undefined;
        const gate = (0,dockerfile/* checkDockerfileText */.qz)(text, target, (0,dockerfile/* contextView */.rT)(target.context), { beforeBuild: true });
        if (gate.some((finding) => finding.severity === 'error'))
            return undefined;
        return (0,engines_select/* ociCannotBuild */.$)(target, external_node_path_default().basename(target.dockerfile), text);
    }));
    return found.filter((b) => b !== undefined);
}
/**
 * What both glues (action and CLI) do before the pipeline: take the start-up probes' answers
 * (started by the glue, machine.ts), pick the engine, make the pipeline's dependencies.
 */
async function setupPipeline(options) {
    const { logger } = options;
    const run = (0,exec/* createRunner */.ji)(logger);
    const [{ machine, caps }, store] = await Promise.all([options.host, options.store]);
    const choice = options.engine === 'auto' ? (options.configEngine ?? 'auto') : options.engine;
    const selection = (0,engines_select/* selectEngine */.X)(choice, caps, {
        ...(options.builder ? { builder: options.builder } : {}),
        ...(options.buildCache ? { buildCache: true } : {}),
        ociCannot: choice === 'auto' ? await ociBlockers(options.targets ?? []) : [],
    });
    if (options.builder && selection.name !== 'buildx')
        logger.warning(`builder ${options.builder}: only the buildx engine uses a builder; engine ${selection.name} ignores it`);
    if (options.buildCache && selection.name !== 'buildx')
        logger.warning(`cache-from / cache-to: only the buildx engine reads BuildKit cache specs; engine ${selection.name} ignores them`);
    const line = `engine ${selection.name}${selection.name === 'buildx' && caps.buildx ? ` (buildx ${caps.buildx.version})` : ''}: ${choice === 'auto' ? selection.reason : `as asked (engine ${choice})`}`;
    if (selection.warning)
        logger.warning(line);
    else
        logger.info(line);
    await (0,promises_.mkdir)(options.tempDir, { recursive: true });
    // removed by the glue when the run ends, and here when it is interrupted
    (0,interrupt/* onInterrupt */.nA)(() => (0,promises_.rm)(options.tempDir, { recursive: true, force: true }));
    const deps = {
        logger,
        runner: exec/* createRunner */.ji,
        engine: createEngine(selection, caps, {
            arch: machine.arch,
            archiveDir: options.imagesDir,
            recordsDir: options.recordsDir,
            ...(store ? { store } : {}),
            ...(options.dockerConfigDir ? { dockerConfigDir: options.dockerConfigDir } : {}),
            ...(options.builder ? { builder: options.builder } : {}),
        }),
        daemon: caps.daemon,
        // performance.now() counts from the process's start, which is the step's start
        startedAt: 0,
        tempDir: options.tempDir,
        clock: () => performance.now() / 1000,
        toolCache: options.toolCache ?? actionsToolCache,
        registryUrl: options.registryUrl,
        platform: machine.platform,
        arch: machine.arch,
        libc: machine.libc,
        nodeVersion: machine.nodeVersion,
        concurrency: machine.cores,
        recordsDir: options.recordsDir,
        registry: registrySession({
            run,
            logger,
            ...(options.dockerConfigDir ? { dockerConfigDir: options.dockerConfigDir } : {}),
        }),
        preflightRegistry: preflightRegistry(run, logger, options.dockerConfigDir),
    };
    if (store)
        deps.store = store;
    if (caps.versions)
        deps.docker = caps.buildx ? { ...caps.versions, buildx: caps.buildx } : caps.versions;
    return deps;
}


/***/ })

};
