import { createRequire as __adbCreateRequire } from 'node:module';
const require = __adbCreateRequire(import.meta.url);
export const id = 908;
export const ids = [908];
export const modules = {

/***/ 71908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/config/names.ts
var names = __webpack_require__(86234);
// EXTERNAL MODULE: ./src/registry/reference.ts
var registry_reference = __webpack_require__(79310);
;// CONCATENATED MODULE: ./src/inputs.ts



/** what one run of the action does; each mode is a job of a matrix workflow, or all of a small one */
const MODES = ['build', 'check', 'plan', 'report'];
function inputError(name, message) {
    return new errors/* ConfigError */.xL(`input \`${name}\`: ${message}`, { file: 'action inputs' });
}
function oneOf(name, raw, allowed, fallback) {
    if (raw === '')
        return fallback;
    const value = raw.toLowerCase();
    if (allowed.includes(value))
        return value;
    throw inputError(name, `"${raw}" is not one of ${allowed.join(', ')}`);
}
function bool(name, raw, fallback) {
    if (raw === '')
        return fallback;
    // the YAML 1.2 core schema's booleans, as core.getBooleanInput accepts them
    if (['true', 'True', 'TRUE'].includes(raw))
        return true;
    if (['false', 'False', 'FALSE'].includes(raw))
        return false;
    throw inputError(name, `"${raw}" is not true or false`);
}
/** Newline- or comma-separated, as docker/build-push-action reads list inputs; # lines are comments. */
function splitList(raw, separators = /[\n,]/) {
    return raw
        .split(separators)
        .map((s) => s.trim())
        .filter((s) => s !== '' && !s.startsWith('#'));
}
function parseTags(raw) {
    const tags = splitList(raw, /\n/);
    for (const reference of tags) {
        const { repository, tag } = (0,registry_reference/* splitTag */.RK)(reference);
        if (!tag || !(0,registry_reference/* isValidTag */.r_)(tag) || !(0,registry_reference/* isValidRepository */.d)(repository)) {
            throw inputError('tags', `"${reference}" is not a full image reference like ghcr.io/acme/app:1.2.3`);
        }
    }
    return tags;
}
function parseLabels(raw) {
    const labels = {};
    for (const line of splitList(raw, /\n/)) {
        const eq = line.indexOf('=');
        const key = eq < 0 ? line : line.slice(0, eq);
        if (!(0,names/* isValidLabelKey */.ot)(key))
            throw inputError('labels', `"${line}" is not key=value`);
        labels[key] = eq < 0 ? '' : line.slice(eq + 1);
    }
    return labels;
}
function parseInputs(get) {
    const read = (name) => get(name).trim();
    const pushRaw = read('push');
    return {
        mode: oneOf('mode', read('mode'), MODES, 'build'),
        config: read('config') || 'artifact-build.yml',
        workingDirectory: read('working-directory') || '.',
        targets: splitList(read('targets')),
        push: pushRaw === '' || pushRaw.toLowerCase() === 'auto' ? 'auto' : bool('push', pushRaw, false) ? 'true' : 'false',
        engine: oneOf('engine', read('engine'), ['auto', 'buildx', 'docker', 'oci'], 'auto'),
        baseline: oneOf('baseline', read('baseline'), ['auto', 'measure', 'off'], 'auto'),
        cache: bool('cache', read('cache'), true),
        tags: parseTags(get('tags')),
        labels: parseLabels(get('labels')),
        summary: bool('summary', read('summary'), true),
        prComment: bool('pr-comment', read('pr-comment'), false),
        githubToken: read('github-token'),
        builder: read('builder'),
        // a spec holds commas (type=gha,scope=x): one per line, as docker/build-push-action reads them
        cacheFrom: splitList(get('cache-from'), /\n/),
        cacheTo: splitList(get('cache-to'), /\n/),
        since: read('since'),
        results: splitList(get('results'), /\n/),
    };
}

;// CONCATENATED MODULE: ./src/action/run.ts



/**
 * Each mode's glue, by name: one switch point for every job a workflow runs. A mode's code is
 * loaded when it runs: a `plan` or `report` job does not compile the build's engines and cache
 * clients.
 */
const run_MODES = {
    build: async () => (await Promise.all(/* import() */[__webpack_require__.e(875), __webpack_require__.e(719), __webpack_require__.e(904), __webpack_require__.e(408)]).then(__webpack_require__.bind(__webpack_require__, 79408))).build,
    check: async () => (await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(875), __webpack_require__.e(691), __webpack_require__.e(805), __webpack_require__.e(191), __webpack_require__.e(719), __webpack_require__.e(172), __webpack_require__.e(904), __webpack_require__.e(242), __webpack_require__.e(155), __webpack_require__.e(329)]).then(__webpack_require__.bind(__webpack_require__, 84329))).runCheckMode,
    plan: async () => (await Promise.all(/* import() */[__webpack_require__.e(875), __webpack_require__.e(719), __webpack_require__.e(904), __webpack_require__.e(306)]).then(__webpack_require__.bind(__webpack_require__, 22306))).runPlan,
    report: async () => (await Promise.all(/* import() */[__webpack_require__.e(875), __webpack_require__.e(719), __webpack_require__.e(22)]).then(__webpack_require__.bind(__webpack_require__, 29022))).runReport,
};
/** The action: inputs once, then the mode's glue; failures end in setFailed. */
async function run() {
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    let inputs;
    try {
        inputs = parseInputs((name) => core/* getInput */.V4(name));
    }
    catch (error) {
        core/* setFailed */.C1((0,errors/* messageOf */.bD)(error));
        return;
    }
    if (inputs.githubToken)
        core/* setSecret */.Pq(inputs.githubToken);
    await (await run_MODES[inputs.mode]())(inputs, workspace);
}


/***/ }),

/***/ 86234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uc: () => (/* binding */ isValidBuildArgName),
/* harmony export */   oE: () => (/* binding */ isValidPlatform),
/* harmony export */   ot: () => (/* binding */ isValidLabelKey)
/* harmony export */ });
/**
 * Names other than image references that reach a command line (image references are checked by
 * registry/reference.ts): checked before any command runs so nothing from the config can turn
 * into a flag or a malformed argv.
 */
const BUILD_ARG = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;
const LABEL_KEY = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
const isValidBuildArgName = (name) => BUILD_ARG.test(name);
const isValidPlatform = (platform) => PLATFORM.test(platform);
const isValidLabelKey = (key) => LABEL_KEY.test(key);


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qd: () => (/* binding */ CommandError),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   hD: () => (/* binding */ locationOf),
/* harmony export */   ue: () => (/* binding */ GateError),
/* harmony export */   xL: () => (/* binding */ ConfigError),
/* harmony export */   zS: () => (/* binding */ BuildError)
/* harmony export */ });
/* unused harmony exports formatLocation, exitCodeOf */
/**
 * The kinds of failure a user must tell apart. The CLI maps them to exit codes (usage and
 * config: 2, everything else: 1); the action turns them into annotations at `location`.
 */
class UsageError extends Error {
    name = 'UsageError';
    exitCode = 2;
}
class ConfigError extends Error {
    location;
    name = 'ConfigError';
    exitCode = 2;
    constructor(message, location, options) {
        super(location ? `${formatLocation(location)}: ${message}` : message, options);
        this.location = location;
    }
}
/** A check before the push failed (artifacts, Dockerfile, secrets, smoke test, budget). */
class GateError extends Error {
    location;
    name = 'GateError';
    exitCode = 1;
    constructor(message, location, options) {
        super(location ? `${formatLocation(location)}: ${message}` : message, options);
        this.location = location;
    }
}
/** A command exited non-zero; carries what ran and the tail of its output. */
class CommandError extends Error {
    command;
    code;
    tail;
    name = 'CommandError';
    exitCode = 1;
    /** how long it ran before it failed: a failing build command's time is still the user's */
    seconds;
    constructor(command, code, tail, options) {
        super(`\`${command}\` ${code === null ? 'was killed' : `exited with code ${code}`}` +
            (tail ? `; last lines of its output:\n${tail}` : ''), options);
        this.command = command;
        this.code = code;
        this.tail = tail;
        this.seconds = options?.seconds ?? 0;
    }
}
/** Any other failure of the build: a registry answer, a missing tool. */
class BuildError extends Error {
    name = 'BuildError';
    exitCode = 1;
}
function formatLocation(loc) {
    if (loc.line === undefined)
        return loc.file;
    return loc.column === undefined ? `${loc.file}:${loc.line}` : `${loc.file}:${loc.line}:${loc.column}`;
}
function exitCodeOf(error) {
    if (error instanceof UsageError || error instanceof ConfigError)
        return 2;
    return 1;
}
function locationOf(error) {
    if (error instanceof ConfigError || error instanceof GateError)
        return error.location;
    return undefined;
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 79310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   K: () => (/* binding */ inNamedRegistry),
/* harmony export */   OJ: () => (/* binding */ joinImage),
/* harmony export */   RK: () => (/* binding */ splitTag),
/* harmony export */   Tn: () => (/* binding */ manifestReference),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   d: () => (/* binding */ isValidRepository),
/* harmony export */   jW: () => (/* binding */ isLoopbackRegistry),
/* harmony export */   nz: () => (/* binding */ apiHost),
/* harmony export */   r_: () => (/* binding */ isValidTag),
/* harmony export */   sg: () => (/* binding */ DOCKER_HUB_API)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

const DOCKER_HUB = 'docker.io';
/** where Docker Hub's registry API answers; docker.io itself only redirects */
const DOCKER_HUB_API = 'registry-1.docker.io';
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;
const HOST = /^(?:\[[0-9a-fA-F:.]+\]|[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*)(?::\d+)?$/;
const isValidTag = (tag) => TAG.test(tag);
/** The first component is a registry host when it has a dot or a port, or is localhost. */
function isRegistryHost(component) {
    return component === 'localhost' || component.includes('.') || component.includes(':') || component.startsWith('[');
}
/** A name without tag or digest, split into its registry host (when it names one) and path components. */
function splitName(name) {
    const parts = name.split('/');
    if (parts.length > 1 && isRegistryHost(parts[0]))
        return { host: parts[0], components: parts.slice(1) };
    return { components: parts };
}
/**
 * Whether an image names its registry host. Only then are its earlier pushes offered as cache:
 * a bare name (`backend`) would make the engine ask Docker Hub for someone else's `backend`.
 */
function inNamedRegistry(image) {
    return splitName(image).host !== undefined;
}
/** A repository reference without tag or digest: [host[:port]/]path/components */
function isValidRepository(reference) {
    if (reference.length > 255)
        return false;
    const { host, components } = splitName(reference);
    if (host !== undefined && !HOST.test(host))
        return false;
    return components.length > 0 && components.every((c) => COMPONENT.test(c));
}
/** Joins a relative image name to the registry prefix; a full reference stays as it is. */
function joinImage(registry, image) {
    if (!registry || inNamedRegistry(image))
        return image;
    return `${registry.replace(/\/+$/, '')}/${image}`;
}
/** Splits repository:tag, minding a registry port (localhost:5000/app:1 → localhost:5000/app, 1). */
function splitTag(reference) {
    const slash = reference.lastIndexOf('/');
    const colon = reference.lastIndexOf(':');
    if (colon > slash)
        return { repository: reference.slice(0, colon), tag: reference.slice(colon + 1) };
    return { repository: reference };
}
function parseReference(text) {
    const fail = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BuildError */ .zS(`invalid image reference "${text}": ${why}`);
    };
    if (!text)
        fail('it is empty');
    let rest = text;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            fail(`"${digest}" is not a digest`);
        if (digest.startsWith('sha256:') && !/^sha256:[a-f0-9]{64}$/.test(digest))
            fail(`"${digest}" is not a sha256 digest`);
    }
    const split = splitTag(rest);
    const tag = split.tag;
    if (tag !== undefined && !TAG.test(tag))
        fail(`"${tag}" is not a valid tag`);
    const { host, components: parts } = splitName(split.repository);
    let registry = DOCKER_HUB;
    if (host !== undefined) {
        if (!HOST.test(host))
            fail(`"${host}" is not a valid registry host`);
        registry = host;
    }
    if (registry === 'index.docker.io' || registry === DOCKER_HUB_API)
        registry = DOCKER_HUB;
    if (registry === DOCKER_HUB && parts.length === 1)
        parts.unshift('library');
    for (const part of parts) {
        if (!COMPONENT.test(part))
            fail(part && part !== part.toLowerCase()
                ? 'repository names must be lowercase'
                : `"${part}" is not a valid path component`);
    }
    const repository = parts.join('/');
    if (repository.length > 255)
        fail('the repository name is longer than 255 characters');
    const ref = { registry, repository };
    if (tag !== undefined)
        ref.tag = tag;
    if (digest !== undefined)
        ref.digest = digest;
    // like docker pull, a bare name means :latest
    if (tag === undefined && digest === undefined)
        ref.tag = 'latest';
    return ref;
}
/** The host the registry API is reached at. */
function apiHost(registry) {
    return registry === DOCKER_HUB ? DOCKER_HUB_API : registry;
}
/** `registry/repository[:tag][@digest]`, fully qualified. */
function formatReference(ref) {
    return `${ref.registry}/${ref.repository}${ref.tag === undefined ? '' : `:${ref.tag}`}${ref.digest === undefined ? '' : `@${ref.digest}`}`;
}
/** The tag or digest a manifest is fetched by; the digest wins, as it does for docker. */
function manifestReference(ref) {
    return ref.digest ?? ref.tag ?? 'latest';
}
/** Registries on the loopback interface speak plain HTTP, as docker assumes for them too. */
function isLoopbackRegistry(host) {
    const name = host.startsWith('[') ? host.slice(1, host.indexOf(']')) : host.replace(/:\d+$/, '');
    return name === 'localhost' || name === '127.0.0.1' || name === '::1';
}


/***/ })

};
