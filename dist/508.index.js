import { createRequire as __adbCreateRequire } from 'node:module';
const require = __adbCreateRequire(import.meta.url);
export const id = 508;
export const ids = [508];
export const modules = {

/***/ 25877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RP: () => (/* binding */ treeChecksKey),
/* harmony export */   Zu: () => (/* binding */ nodeModulesKey),
/* harmony export */   ql: () => (/* binding */ nextCachePrefix),
/* harmony export */   sc: () => (/* binding */ sha256),
/* harmony export */   vj: () => (/* binding */ nextCacheKey),
/* harmony export */   x2: () => (/* binding */ baselineKey),
/* harmony export */   xw: () => (/* binding */ baseProbeKey)
/* harmony export */ });
/* unused harmony exports TREE_CHECKS_VERSION, BASE_PROBE_VERSION */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

const KEY_VERSION = 'v1';
function sha256(...parts) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const part of parts) {
        hash.update(part);
        // a separator so ("ab","c") and ("a","bc") differ
        hash.update('\0');
    }
    return hash.digest('hex');
}
/**
 * node_modules is only reused when everything that shapes it is the same: platform, Node's
 * ABI, the package manager and its version, the lockfile, and how it was installed.
 */
function nodeModulesKey(input) {
    const nodeMajor = input.nodeVersion.replace(/^v/, '').split('.')[0];
    const digest = sha256(input.lockfile, input.installCommand, input.root.replace(/\\/g, '/'), input.manifests);
    return [
        'adb',
        KEY_VERSION,
        'node_modules',
        input.os,
        input.arch,
        input.libc,
        `node${nodeMajor}`,
        `${input.packageManager}${input.packageManagerVersion}`,
        digest.slice(0, 32),
    ].join('-');
}
/**
 * The recorded multi-stage baseline of a target: the same Dockerfile and lockfile, measured with
 * the same builder, give the same figure; a change to any of them measures again. baseline3:
 * records made before the legacy builder's cached build was checked for a stage that lost its
 * cache may hold a build that ran npm ci again as the `cached` figure.
 */
function baselineKey(dockerfile, lockfile, os, arch, builder) {
    return ['adb', KEY_VERSION, 'baseline3', os, arch, sha256(dockerfile, lockfile, builder).slice(0, 32)].join('-');
}
/**
 * The restore key of Next.js's build cache: as Next's CI docs advise, the dependencies (the
 * lockfile) without the sources, so a source-only change restores the newest cache of the same
 * dependencies and `next build` compiles incrementally. The cache checks its entries against
 * the sources itself; the platform, C library and Node major are in the key as in node_modules',
 * so a cache never moves to a kind of machine it was not written on.
 */
function nextCachePrefix(input) {
    const nodeMajor = input.nodeVersion.replace(/^v/, '').split('.')[0];
    const digest = sha256(input.lockfile, input.root.replace(/\\/g, '/'));
    const parts = [
        'adb',
        KEY_VERSION,
        'next',
        input.os,
        input.arch,
        input.libc,
        `node${nodeMajor}`,
        input.packageManager,
        digest.slice(0, 32),
    ];
    // ends in the dash the revision follows
    return `${parts.join('-')}-`;
}
/**
 * The key a build's cache is saved under: the prefix and the revision it was built from (the
 * commit sha; outside git, the run), so every revision adds the newest entry
 * and a re-run of the same revision restores it exactly and saves nothing.
 */
function nextCacheKey(input, revision) {
    return `${nextCachePrefix(input)}${revision}`;
}
/** Bumped when a production-tree check changes what it finds: older records are then not replayed. */
const TREE_CHECKS_VERSION = 'tree-checks-2';
/**
 * The record of a production tree's checks (dev dependencies, secrets, native binaries, the
 * tree report): the same tree judged against the same facts finds the same things.
 */
function treeChecksKey(input) {
    const digest = sha256(TREE_CHECKS_VERSION, input.listing, JSON.stringify(input.facts ?? null)).slice(0, 24);
    return `${input.productionKey}-checks-${digest}`;
}
/** Bumped when the base image probe reads something new. */
const BASE_PROBE_VERSION = 'probe-1';
/**
 * The record of a base image probe (Node version, C library), keyed by the image's content:
 * its image ID in the daemon or its manifest digest. The same bytes run the same Node.
 */
function baseProbeKey(identity, platform = '') {
    return ['adb', KEY_VERSION, 'base-probe', sha256(BASE_PROBE_VERSION, identity, platform).slice(0, 32)].join('-');
}


/***/ }),

/***/ 76508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPipeline: () => (/* binding */ runPipeline)
});

// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/exec.ts
var exec = __webpack_require__(73190);
// EXTERNAL MODULE: ./src/workspace/graph.ts
var workspace_graph = __webpack_require__(60073);
;// CONCATENATED MODULE: ./src/phases/build.ts





/** Runs one of the user's commands; its time is the user's, not ours, failed or not. */
async function userCommand(state, command, cwd, env) {
    try {
        const result = await state.run((0,exec/* shellArgv */.$K)(command), { cwd, env });
        state.userSeconds += result.seconds;
    }
    catch (error) {
        if (error instanceof src_errors/* CommandError */.Qd)
            state.userSeconds += error.seconds;
        throw error;
    }
}
/**
 * In a workspace, the binaries of the app's and the root's node_modules come first on PATH,
 * as `npm run` would put them, so a build command may call `tsc` or `next` directly.
 */
function buildEnv(state) {
    if (!state.plan.workspace)
        return state.env;
    const bins = [...new Set([state.target.context, state.plan.installDir])].map((dir) => external_node_path_default().join(dir, 'node_modules', '.bin'));
    return { ...state.env, PATH: [...bins, state.env.PATH ?? process.env.PATH ?? ''].join((external_node_path_default()).delimiter) };
}
/**
 * Builds the local packages the app depends on that have a `build` script, each after its own
 * local dependencies, once per run however many apps use it.
 */
async function buildLocalPackages(state, env) {
    const workspace = state.plan.workspace;
    const built = [];
    for (const pkg of (0,workspace_graph/* buildOrder */.Bo)(workspace.graph, workspace.local.map((p) => p.name))) {
        const manifest = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(pkg.dir, 'package.json'), 'utf8'));
        if (typeof manifest.scripts?.build !== 'string')
            continue;
        const command = `${state.plan.pm.name} run build`;
        const run = () => userCommand(state, command, pkg.dir, env);
        if (state.shared) {
            const { owner } = await state.shared.once(`build ${pkg.dir}`, state.target.name, run);
            if (owner !== state.target.name)
                state.logger.info(`${pkg.name} was built for this run by ${owner}`);
        }
        else {
            await run();
        }
        built.push(pkg);
    }
    return built;
}
/** The user's own commands, in order, in the target's context, after the local packages it uses. */
async function build(state) {
    const commands = state.target.build;
    const env = buildEnv(state);
    const local = state.plan.workspace ? await buildLocalPackages(state, env) : [];
    if (commands.length === 0 && local.length === 0)
        return { status: 'skipped', detail: 'no build commands' };
    for (const command of commands)
        await userCommand(state, command, state.target.context, env);
    const parts = [`${commands.length} command${commands.length === 1 ? '' : 's'}`];
    if (local.length > 0)
        parts.push(`local packages built first: ${local.map((p) => p.name).join(', ')}`);
    return { status: 'ok', detail: parts.join('; ') };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/cache/layers.ts




const META = 'layer.json';
const BLOB = 'layer.blob';
function isKeptLayer(value) {
    const v = value;
    return (typeof v?.mediaType === 'string' &&
        typeof v.digest === 'string' &&
        /^sha256:[a-f0-9]{64}$/.test(v.digest) &&
        typeof v.diffId === 'string' &&
        typeof v.size === 'number' &&
        typeof v.uncompressedSize === 'number');
}
/** A layer cache in a CacheStore (the Actions cache or a local directory), staged under `dir`. */
class StoreLayerCache {
    store;
    dir;
    logger;
    constructor(store, 
    /** stable across runs: the Actions cache ties an entry to the paths it was saved from */
    dir, logger) {
        this.store = store;
        this.dir = dir;
        this.logger = logger;
    }
    async get(key, file) {
        const entry = external_node_path_default().join(this.dir, key);
        try {
            if (!(await this.store.restore(entry, key)))
                return undefined;
            const meta = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(entry, META), 'utf8'));
            if (!isKeptLayer(meta))
                return undefined;
            const blob = external_node_path_default().join(entry, BLOB);
            // a kept blob is checked before use: its digest goes into the manifest unread otherwise
            const hash = (0,external_node_crypto_.createHash)('sha256');
            let bytes = 0;
            for await (const chunk of (0,external_node_fs_.createReadStream)(blob)) {
                hash.update(chunk);
                bytes += chunk.length;
            }
            if (`sha256:${hash.digest('hex')}` !== meta.digest || bytes !== meta.size) {
                this.logger.warning(`the kept layer ${key} does not match its digest; making the layer again`);
                return undefined;
            }
            const to = file(meta.digest);
            await (0,promises_.mkdir)(external_node_path_default().dirname(to), { recursive: true });
            await (0,promises_.rm)(to, { force: true });
            await (0,promises_.link)(blob, to).catch(() => (0,promises_.copyFile)(blob, to));
            return meta;
        }
        catch (error) {
            this.logger.debug(`layer cache ${key}: ${error instanceof Error ? error.message : String(error)}`);
            return undefined;
        }
    }
    async put(key, layer, file) {
        const entry = external_node_path_default().join(this.dir, key);
        try {
            await (0,promises_.rm)(entry, { recursive: true, force: true });
            await (0,promises_.mkdir)(entry, { recursive: true });
            await (0,promises_.link)(file, external_node_path_default().join(entry, BLOB)).catch(() => (0,promises_.copyFile)(file, external_node_path_default().join(entry, BLOB)));
            const { mediaType, digest, diffId, size, uncompressedSize } = layer;
            if ((await (0,promises_.stat)(external_node_path_default().join(entry, BLOB))).size !== size)
                return;
            await (0,promises_.writeFile)(external_node_path_default().join(entry, META), JSON.stringify({ mediaType, digest, diffId, size, uncompressedSize }));
            await this.store.save(entry, key);
        }
        catch (error) {
            this.logger.warning(`could not keep the layer ${key}: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
}

// EXTERNAL MODULE: ./src/registry/reference.ts
var registry_reference = __webpack_require__(79310);
// EXTERNAL MODULE: ./src/image/tags.ts
var tags = __webpack_require__(17800);
;// CONCATENATED MODULE: ./src/image/labels.ts
/**
 * The OCI annotations docker/metadata-action sets. `created` is the commit time, not the
 * build time, so rebuilding the same commit yields the same image config.
 */
function ociLabels(git, target) {
    const labels = { 'org.opencontainers.image.title': target.name };
    if (git.repositoryUrl)
        labels['org.opencontainers.image.source'] = git.repositoryUrl;
    if (git.sha)
        labels['org.opencontainers.image.revision'] = git.sha;
    if (git.commitTime !== undefined)
        labels['org.opencontainers.image.created'] = new Date(git.commitTime * 1000).toISOString();
    if (target.version)
        labels['org.opencontainers.image.version'] = target.version;
    return labels;
}

// EXTERNAL MODULE: ./src/dockerfile/ignore.ts
var dockerfile_ignore = __webpack_require__(12946);
;// CONCATENATED MODULE: ./src/image/stage.ts




/**
 * Builds the image's context from nothing but the declared artifacts, so the builder is never
 * sent the whole checkout (sources, .git, caches). Files are hard-linked, not copied: staging a
 * Next.js node_modules costs milliseconds, not a second copy of it. `<Dockerfile>.dockerignore`
 * is applied here, so every engine, the legacy builder included, builds the same files; the
 * repository's `.dockerignore` is not (see stagingIgnoreFile).
 */
async function stageContext(options) {
    const { context, artifacts, into } = options;
    const dockerfileName = external_node_path_default().basename(options.dockerfile);
    if (artifacts.includes(dockerfileName)) {
        throw new src_errors/* GateError */.ue(`the artifact "${dockerfileName}" has the Dockerfile's name; rename one of them`, {
            file: options.dockerfile,
        });
    }
    const { ignore } = await (0,dockerfile_ignore/* stagingIgnoreFile */.CL)(context, options.dockerfile);
    await linkPaths(context, artifacts, into, ignore, options.filter);
    const dockerfile = external_node_path_default().join(into, dockerfileName);
    await (0,promises_.copyFile)(options.dockerfile, dockerfile);
    return { dir: into, dockerfile };
}
/**
 * Recreates `paths` (files or directories, relative to `from`) under a fresh `into` as hard
 * links, leaving out what `ignore` excludes and what `filter` does not keep (a traced node_modules).
 */
async function linkPaths(from, paths, into, ignore, filter) {
    await (0,promises_.rm)(into, { recursive: true, force: true });
    await (0,promises_.mkdir)(into, { recursive: true });
    for (const relative of paths) {
        const to = external_node_path_default().join(into, relative);
        await (0,promises_.mkdir)(external_node_path_default().dirname(to), { recursive: true });
        await linkTree(from, relative.split((external_node_path_default()).sep).join('/'), into, ignore, filter);
    }
}
async function linkTree(root, relative, into, ignore, filter) {
    const from = external_node_path_default().join(root, relative);
    const to = external_node_path_default().join(into, relative);
    const stat = await (0,promises_.lstat)(from);
    if (stat.isDirectory()) {
        if ((0,dockerfile_ignore/* skipsDirectory */.Eu)(ignore, relative) || (filter && !filter.keepsDir(relative)))
            return;
        await (0,promises_.mkdir)(to, { recursive: true });
        const entries = await (0,promises_.readdir)(from);
        // bounded fan-out: wide directories (node_modules) without opening thousands of files at once
        for (let i = 0; i < entries.length; i += 32) {
            await Promise.all(entries.slice(i, i + 32).map((name) => linkTree(root, `${relative}/${name}`, into, ignore, filter)));
        }
        return;
    }
    if ((0,dockerfile_ignore/* isIgnored */.pi)(ignore, relative) || (filter && !filter.keepsFile(relative)))
        return;
    if (stat.isSymbolicLink()) {
        // kept as a link, as docker's context would: pnpm's node_modules is made of them
        await (0,promises_.symlink)(await (0,promises_.readlink)(from), to);
    }
    else if (stat.isFile()) {
        try {
            await (0,promises_.link)(from, to);
        }
        catch (error) {
            const code = error.code;
            // another file system, or one without hard links: copy instead
            if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP')
                throw error;
            await (0,promises_.copyFile)(from, to);
        }
    }
}

// EXTERNAL MODULE: ./src/cache/key.ts
var cache_key = __webpack_require__(25877);
;// CONCATENATED MODULE: ./src/cache/records.ts


const FILE = 'record.json';
/**
 * Small JSON facts kept in the same store as node_modules (a measured baseline, what a prune
 * removed), so they follow the same keys and expire the same way. `dir` must be the same path
 * on every run: the Actions cache ties an entry to the paths it was saved from.
 */
async function readRecord(store, dir, key, isValid) {
    try {
        // an entry that fails its checks is only a record measured again
        if (!(await store.restore(dir, key)))
            return undefined;
    }
    catch {
        return undefined;
    }
    return readRestored(dir, isValid);
}
/** The record a restore put in `dir`; a missing, unreadable or outdated one is none. */
async function readRestored(dir, isValid) {
    try {
        const value = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(dir, FILE), 'utf8'));
        return isValid(value) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The newest record whose key starts with `prefix`: records that are renewed (a baseline measured
 * again, the default branch's latest run) are saved under new keys, because a cache service's
 * entries cannot be overwritten.
 */
async function readNewestRecord(store, dir, prefix, isValid) {
    try {
        // the prefix itself is never a saved key: this finds the newest entry under it
        if ((await store.restoreNearest(dir, prefix, prefix)) === undefined)
            return undefined;
    }
    catch {
        return undefined;
    }
    return readRestored(dir, isValid);
}
/** Best effort: a record that cannot be saved is measured again next time. */
async function writeRecord(store, dir, key, value) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    await (0,promises_.writeFile)(external_node_path_default().join(dir, FILE), JSON.stringify(value));
    return store.save(dir, key).catch(() => false);
}
/**
 * Saves a renewed record under `prefix` + `suffix`; a store that never evicts on its own (a local
 * directory) drops the older ones under the prefix, which nothing reads any more.
 */
async function writeNewestRecord(store, dir, prefix, suffix, value) {
    const saved = await writeRecord(store, dir, `${prefix}${suffix}`, value);
    if (saved && store.removeOthers)
        await store.removeOthers(prefix, `${prefix}${suffix}`).catch(() => undefined);
    return saved;
}

// EXTERNAL MODULE: ./src/pm/commands.ts
var commands = __webpack_require__(8617);
;// CONCATENATED MODULE: ./src/pm/packages.ts


/**
 * How many packages an installed tree holds: npm's hidden lockfile lists every installed
 * package; other layouts are counted by their package.json files below node_modules.
 */
async function countPackages(nodeModules) {
    try {
        const hidden = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(nodeModules, '.package-lock.json'), 'utf8'));
        if (hidden.packages)
            return Object.keys(hidden.packages).filter((k) => k.includes('node_modules/')).length;
    }
    catch {
        // not npm, or no hidden lockfile: count the tree
    }
    return countTree(nodeModules);
}
async function countTree(dir) {
    let entries;
    try {
        entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    }
    catch {
        return 0;
    }
    let count = 0;
    for (const entry of entries) {
        if (entry.name.startsWith('.')) {
            // pnpm keeps the real packages in .pnpm/<name@version>/node_modules
            if (entry.name === '.pnpm' && entry.isDirectory())
                count += (await (0,promises_.readdir)(external_node_path_default().join(dir, entry.name))).filter((n) => n.includes('@')).length;
            continue;
        }
        const full = external_node_path_default().join(dir, entry.name);
        if (entry.name.startsWith('@') && entry.isDirectory()) {
            for (const scoped of await (0,promises_.readdir)(full))
                count += 1 + (await countTree(external_node_path_default().join(full, scoped, 'node_modules')));
        }
        else if (entry.isDirectory() || entry.isSymbolicLink()) {
            count += 1 + (await countTree(external_node_path_default().join(full, 'node_modules')));
        }
    }
    return count;
}

;// CONCATENATED MODULE: ./src/workspace/published.ts



/** What npm always packs, whatever `files` says. */
const ALWAYS = /^(?:package\.json|readme(?:\.[^/]*)?|licen[sc]e(?:\.[^/]*)?|notice(?:\.[^/]*)?)$/i;
/** What npm never packs. */
const NEVER = new Set(['node_modules', '.git', '.npmrc', '.DS_Store']);
async function listFiles(dir, prefix = '') {
    const found = [];
    for (const entry of await (0,promises_.readdir)(external_node_path_default().join(dir, prefix), { withFileTypes: true })) {
        if (NEVER.has(entry.name))
            continue;
        const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
        if (entry.isDirectory())
            found.push(...(await listFiles(dir, relative)));
        else if (entry.isFile() || entry.isSymbolicLink())
            found.push(relative);
    }
    return found;
}
async function exists(file) {
    try {
        await (0,promises_.stat)(file);
        return true;
    }
    catch {
        return false;
    }
}
function normalize(entry) {
    return entry.replace(/^\.\//, '').replace(/\/+$/, '');
}
/**
 * The files of a local package that `npm pack` would publish (relative, posix): with a `files`
 * list, those entries (a directory with everything under it, or a glob), package.json, the
 * readme and licence, `main` and the `bin` files; without one, everything but node_modules and
 * VCS files. This is what the package is when installed from a registry, so an app's image
 * gets the same (built) package in production as its users would.
 */
async function publishedFiles(dir, manifest) {
    const all = await listFiles(dir);
    if (!Array.isArray(manifest.files))
        return all.sort();
    const entries = manifest.files.filter((f) => typeof f === 'string').map(normalize);
    const include = entries.filter((e) => !e.startsWith('!'));
    const exclude = entries.filter((e) => e.startsWith('!')).map((e) => normalize(e.slice(1)));
    const bins = typeof manifest.bin === 'string' ? [manifest.bin] : Object.values(manifest.bin ?? {});
    const always = new Set([manifest.main, ...bins].filter((f) => typeof f === 'string').map(normalize));
    const taken = (file) => {
        if (!file.includes('/') && ALWAYS.test(file))
            return true;
        if (always.has(file))
            return true;
        const covered = (pattern) => file === pattern ||
            file.startsWith(`${pattern}/`) ||
            (0,workspace_graph/* globMatches */.mw)(pattern, file) ||
            (0,workspace_graph/* globMatches */.mw)(`${pattern}/**`, file);
        return include.some(covered) && !exclude.some(covered);
    };
    return all.filter(taken).sort();
}
/** The entry points a package declares (main, and the files its exports name) that are not there. */
async function missingEntryPoints(dir, manifest) {
    const declared = new Set();
    if (typeof manifest.main === 'string')
        declared.add(normalize(manifest.main));
    const collect = (value) => {
        if (typeof value === 'string') {
            if (value.startsWith('./') && !value.includes('*'))
                declared.add(normalize(value));
        }
        else if (value && typeof value === 'object')
            for (const v of Object.values(value))
                collect(v);
    };
    collect(manifest.exports);
    const missing = [];
    for (const file of declared) {
        const candidates = [file, `${file}.js`, `${file}.json`, `${file}/index.js`];
        let found = false;
        for (const c of candidates)
            if (await exists(external_node_path_default().join(dir, c)))
                found = true;
        if (!found)
            missing.push(file);
    }
    return missing.sort();
}

;// CONCATENATED MODULE: ./src/workspace/production-tree.ts




async function readManifest(dir) {
    return JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(dir, 'package.json'), 'utf8'));
}
/**
 * Where Node finds `name` from a package's real directory: the first node_modules/<name> up
 * the directory chain (never a node_modules inside a node_modules, never above the root),
 * followed to its real directory, as pnpm's and bun's symlinked layouts need.
 */
async function resolveInstalled(name, fromDir, root) {
    for (let dir = fromDir;; dir = external_node_path_default().dirname(dir)) {
        if (external_node_path_default().basename(dir) !== 'node_modules') {
            const candidate = external_node_path_default().join(dir, 'node_modules', name);
            try {
                await (0,promises_.lstat)(external_node_path_default().join(candidate, 'package.json'));
                return await (0,promises_.realpath)(candidate);
            }
            catch {
                // not here: one level up
            }
        }
        if (dir === root || external_node_path_default().dirname(dir) === dir || !dir.startsWith(root))
            return undefined;
    }
}
/** Where `name` resolves from `at` in the tree being planned (the same lookup, over the plan). */
function resolvePlanned(name, at, placed) {
    const parts = at ? at.split('/') : [];
    for (let i = parts.length; i >= 0; i--) {
        if (i > 0 && parts[i - 1] === 'node_modules')
            continue;
        const candidate = [...parts.slice(0, i), 'node_modules', name].join('/');
        if (placed.has(candidate))
            return candidate;
    }
    return undefined;
}
function needed(manifest, includeDev) {
    const deps = new Map();
    for (const name of Object.keys(manifest.dependencies ?? {}))
        deps.set(name, false);
    if (includeDev)
        for (const name of Object.keys(manifest.devDependencies ?? {}))
            deps.set(name, false);
    for (const name of Object.keys(manifest.optionalDependencies ?? {}))
        deps.set(name, true);
    // a peer is what the app provides; when nothing installed it, nothing ships it either
    for (const name of Object.keys(manifest.peerDependencies ?? {}))
        if (!deps.has(name))
            deps.set(name, true);
    return [...deps].map(([name, optional]) => ({ name, optional }));
}
/**
 * The packages an app needs at run time, laid out as one node_modules of its own: every
 * production dependency, followed transitively from where the workspace install put it. A
 * package goes to the top level when that name is free there, else under the package that
 * needs it, so each package resolves the very version it resolved in the workspace.
 */
async function planProductionTree(request) {
    const root = await (0,promises_.realpath)(request.root);
    const placed = new Map();
    const queue = [
        { at: '', from: await (0,promises_.realpath)(request.app), isApp: true },
    ];
    while (queue.length > 0) {
        const { at, from, isApp } = queue.shift();
        const manifest = await readManifest(from);
        for (const dep of needed(manifest, isApp && request.includeDev)) {
            const real = await resolveInstalled(dep.name, from, root);
            if (!real) {
                if (dep.optional)
                    continue;
                throw new src_errors/* BuildError */.zS(`${dep.name}, a dependency of ${manifest.name ?? from}, is not installed in the workspace at ${request.root}; run the install again`);
            }
            const current = resolvePlanned(dep.name, at, placed);
            if (current && placed.get(current).from === real)
                continue;
            // the top level is free (nothing resolved), or taken by another version: then nest
            const spot = current ? [at, 'node_modules', dep.name].filter(Boolean).join('/') : `node_modules/${dep.name}`;
            if (spot.split('/node_modules/').length > 64)
                throw new src_errors/* BuildError */.zS(`the dependencies of ${manifest.name ?? from} nest too deep to lay out (${spot})`);
            placed.set(spot, { at: spot, from: real, local: request.localDirs.has(real) });
            queue.push({ at: spot, from: real, isApp: false });
        }
    }
    return [...placed.values()].sort((a, b) => a.at.localeCompare(b.at));
}
async function linkOrCopy(from, to) {
    try {
        await (0,promises_.link)(from, to);
    }
    catch (error) {
        const code = error.code;
        if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP')
            throw error;
        await (0,promises_.copyFile)(from, to);
    }
}
/** Copies a package directory (hard links), without its own node_modules: its nested dependencies are entries of their own. */
async function copyPackage(from, to, relative = '') {
    await (0,promises_.mkdir)(external_node_path_default().join(to, relative), { recursive: true });
    for (const entry of await (0,promises_.readdir)(external_node_path_default().join(from, relative), { withFileTypes: true })) {
        if (!relative && entry.name === 'node_modules')
            continue;
        const child = relative ? `${relative}/${entry.name}` : entry.name;
        if (entry.isDirectory())
            await copyPackage(from, to, child);
        else if (entry.isSymbolicLink())
            await (0,promises_.symlink)(await (0,promises_.readlink)(external_node_path_default().join(from, child)), external_node_path_default().join(to, child));
        else if (entry.isFile())
            await linkOrCopy(external_node_path_default().join(from, child), external_node_path_default().join(to, child));
    }
}
/**
 * Writes the planned tree under `out` (which it replaces): installed packages as they are, local
 * packages as what they publish. Real directories throughout, no link into the repository.
 */
async function writeProductionTree(entries, out) {
    await (0,promises_.rm)(out, { recursive: true, force: true });
    await (0,promises_.mkdir)(external_node_path_default().join(out, 'node_modules'), { recursive: true });
    for (const entry of entries) {
        const to = external_node_path_default().join(out, entry.at);
        if (!entry.local) {
            await copyPackage(entry.from, to);
            continue;
        }
        for (const file of await publishedFiles(entry.from, await readManifest(entry.from))) {
            await (0,promises_.mkdir)(external_node_path_default().dirname(external_node_path_default().join(to, file)), { recursive: true });
            const source = external_node_path_default().join(entry.from, file);
            if ((await (0,promises_.lstat)(source)).isSymbolicLink())
                await (0,promises_.copyFile)(await (0,promises_.realpath)(source), external_node_path_default().join(to, file));
            else
                await linkOrCopy(source, external_node_path_default().join(to, file));
        }
    }
}

;// CONCATENATED MODULE: ./src/cache/manifests.ts



/** The package.json fields an install reads besides the lockfile. */
const FIELDS = [
    'dependencies',
    'devDependencies',
    'optionalDependencies',
    'peerDependencies',
    'bundleDependencies',
    'bundledDependencies',
    'overrides',
    'resolutions',
    'pnpm',
    'workspaces',
];
function fieldsOf(dir) {
    let manifest;
    try {
        manifest = JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_default().join(dir, 'package.json'), 'utf8'));
    }
    catch {
        return {};
    }
    const picked = {};
    for (const field of FIELDS)
        if (manifest[field] !== undefined)
            picked[field] = manifest[field];
    return picked;
}
/** JSON with sorted keys at every level: the same manifest always gives the same text. */
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if (value && typeof value === 'object') {
        const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
/**
 * What the manifests beside a lockfile ask of the install (the root's and, in a workspace,
 * every member's dependency fields), as one text for the node_modules key. A package.json
 * changed without its lockfile then misses the cache, and the package manager's clean install
 * refuses the out-of-date lockfile as it would without a cache.
 */
function dependencyManifests(lockfileDir) {
    const dirs = [lockfileDir];
    const graph = (0,workspace_graph/* readWorkspaceGraph */.EI)(workspace_graph/* diskView */.B6, lockfileDir);
    if (graph)
        dirs.push(...[...graph.packages.values()].map((p) => p.dir).sort());
    return canonical(dirs.map((dir) => [external_node_path_default().relative(lockfileDir, dir).replace(/\\/g, '/'), fieldsOf(dir)]));
}

;// CONCATENATED MODULE: ./src/pm/lockfile-sync.ts



const lockfile_sync_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];
function names(manifest) {
    return new Set(lockfile_sync_FIELDS.flatMap((field) => Object.keys(manifest[field] ?? {})));
}
function readJson(file) {
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/**
 * The dependencies a package.json names that its npm lockfile does not record, or records
 * that package.json no longer names: for the lockfile's root and each workspace member it
 * lists. Names only: the lockfile keeps ranges as npm normalised them, and a range changed
 * in place is left to `npm ci`, which the node_modules key sends it to (see cache/manifests.ts).
 */
function npmLockfileDrift(lockfile) {
    const lock = readJson(lockfile);
    if (!lock?.packages)
        return [];
    const root = external_node_path_default().dirname(lockfile);
    const drift = [];
    for (const [where, locked] of Object.entries(lock.packages)) {
        // the root and workspace members; installed packages live under node_modules
        if (where.split('/').includes('node_modules'))
            continue;
        const manifestFile = external_node_path_default().join(root, where, 'package.json');
        const manifest = readJson(manifestFile);
        if (!manifest)
            continue;
        const wanted = names(manifest);
        const recorded = names(locked);
        const added = [...wanted].filter((n) => !recorded.has(n)).sort();
        const removed = [...recorded].filter((n) => !wanted.has(n)).sort();
        if (added.length > 0 || removed.length > 0)
            drift.push({ manifest: manifestFile, added, removed });
    }
    return drift;
}
/**
 * Fails as `npm ci` would when package.json and the lockfile disagree, before a cache hit could
 * restore a tree that lacks what package.json asks for. Other package managers' frozen installs
 * make the same check themselves; the cache key keeps a hit from skipping it.
 */
function checkLockfileInSync(pm) {
    if (pm.name !== 'npm')
        return;
    const drift = npmLockfileDrift(pm.lockfile);
    if (drift.length === 0)
        return;
    const lines = drift.map((d) => {
        const parts = [
            d.added.length ? `names ${d.added.join(', ')} that it does not record` : '',
            d.removed.length ? `no longer names ${d.removed.join(', ')}` : '',
        ].filter(Boolean);
        return `${d.manifest} ${parts.join(' and ')}`;
    });
    const lockName = external_node_path_default().basename(pm.lockfile);
    throw new src_errors/* BuildError */.zS(`${pm.lockfile} is out of date with package.json: ${lines.join('; ')}. Run \`npm install\` and commit ${lockName}; npm ci refuses a lockfile out of sync.`);
}

;// CONCATENATED MODULE: ./src/workspace/modules.ts


/**
 * A workspace install writes node_modules at the root and, for what cannot be hoisted (and for
 * every package under pnpm or bun's isolated layout), in the packages too. The cache keeps one
 * directory, the root's node_modules: the packages' ones travel inside it, moved (not copied)
 * under this folder for the save and moved back after it and after a restore.
 */
const MEMBERS_DIR = '.adb-workspace';
async function isDir(p) {
    try {
        return (await (0,promises_.stat)(p)).isDirectory();
    }
    catch {
        return false;
    }
}
function memberDirs(graph) {
    return [...graph.packages.values()]
        .map((p) => external_node_path_default().relative(graph.root, p.dir))
        .filter((rel) => rel !== '' && !rel.startsWith('..'));
}
/** Moves every package's node_modules under the root's, for a save. */
async function gatherMemberModules(graph) {
    const into = external_node_path_default().join(graph.root, 'node_modules', MEMBERS_DIR);
    await (0,promises_.rm)(into, { recursive: true, force: true });
    for (const rel of memberDirs(graph)) {
        const from = external_node_path_default().join(graph.root, rel, 'node_modules');
        if (!(await isDir(from)))
            continue;
        const to = external_node_path_default().join(into, rel, 'node_modules');
        await (0,promises_.mkdir)(external_node_path_default().dirname(to), { recursive: true });
        await (0,promises_.rename)(from, to);
    }
}
/** Puts every package's node_modules back where the install wrote it. */
async function scatterMemberModules(graph) {
    const from = external_node_path_default().join(graph.root, 'node_modules', MEMBERS_DIR);
    if (!(await isDir(from)))
        return;
    for (const rel of memberDirs(graph)) {
        const kept = external_node_path_default().join(from, rel, 'node_modules');
        if (!(await isDir(kept)))
            continue;
        const to = external_node_path_default().join(graph.root, rel, 'node_modules');
        await (0,promises_.rm)(to, { recursive: true, force: true });
        await (0,promises_.rename)(kept, to);
    }
    await (0,promises_.rm)(from, { recursive: true, force: true });
}
/** Removes every node_modules of the workspace before a clean install. */
async function removeWorkspaceModules(graph) {
    await (0,promises_.rm)(external_node_path_default().join(graph.root, 'node_modules'), { recursive: true, force: true });
    await Promise.all(memberDirs(graph).map((rel) => (0,promises_.rm)(external_node_path_default().join(graph.root, rel, 'node_modules'), { recursive: true, force: true })));
}

;// CONCATENATED MODULE: ./src/phases/restore.ts






/** The node_modules the install writes and the cache keeps: the workspace root's for a workspace app. */
function nodeModulesDir(state) {
    return external_node_path_default().join(state.plan.installDir, 'node_modules');
}
/** Next.js's persistent build cache, which `next build` reads and writes on its own. */
function nextCacheDir(state) {
    return external_node_path_default().join(state.target.context, '.next', 'cache');
}
function usesNext(pkg) {
    return Boolean(pkg.dependencies?.next ?? pkg.devDependencies?.next);
}
/** Restores node_modules from an entry keyed exactly by everything that shapes it. */
async function restore(state, options, deps) {
    // a cache hit skips the install, and with it the install's own check of the lockfile
    checkLockfileInSync(state.plan.pm);
    // what both caches are keyed by: the kind of machine, the package manager and the dependencies
    const shared = {
        os: deps.platform,
        arch: deps.arch,
        libc: deps.libc,
        nodeVersion: deps.nodeVersion,
        packageManager: state.plan.pm.name,
        lockfile: await (0,promises_.readFile)(state.plan.pm.lockfile),
        root: state.plan.root,
    };
    const key = (0,cache_key/* nodeModulesKey */.Zu)({
        ...shared,
        packageManagerVersion: state.packageManagerVersion ?? 'unknown',
        installCommand: state.plan.installCommand,
        manifests: dependencyManifests(external_node_path_default().dirname(state.plan.pm.lockfile)),
    });
    state.cacheKey = key;
    if (!options.cache || !deps.store)
        return { status: 'skipped', detail: options.cache ? 'no cache service' : 'cache off' };
    state.logger.info(`cache key ${key}`);
    const store = deps.store;
    // .next/cache belongs to the app, not to the workspace whose node_modules it shares; the two
    // entries are unpacked into different directories, so both restores run at once
    const appRoot = external_node_path_default().relative(options.repositoryRoot, state.target.context).split((external_node_path_default()).sep).join('/') || '.';
    const [modules] = await Promise.all([
        timed(deps.clock, () => restoreNodeModules(state, store, key)),
        usesNext(state.plan.pkg)
            ? restoreNextCache(state, options, store, { ...shared, root: appRoot }, deps.clock)
            : undefined,
    ]);
    const hit = modules.value;
    state.cacheHit = hit;
    // the unpacking bounds this phase on a warm run: its own time says where the phase's went
    state.logger.info(hit
        ? `restored node_modules from the ${store.name} in ${modules.seconds.toFixed(1)} s`
        : 'no exact cache entry: installing');
    return state.cacheHit ? { status: 'ok', detail: 'exact hit' } : { status: 'ok' };
}
/** node_modules by its exact key; in a workspace, once for every target that shares it. */
async function restoreNodeModules(state, store, key) {
    const restoreModules = async () => {
        const hit = await restoreOrMiss(state, store, key);
        if (hit && state.plan.workspace)
            await scatterMemberModules(state.plan.workspace.graph);
        return hit;
    };
    if (!state.shared)
        return restoreModules();
    const { value, owner } = await state.shared.once(`restore ${key}`, state.target.name, restoreModules);
    if (owner !== state.target.name)
        state.logger.info(`node_modules of the workspace at ${state.plan.root}: shared with ${owner}`);
    return value;
}
/**
 * A cache can only make a build slower, never break it: an entry that cannot be restored
 * (cut short, altered, holding files outside node_modules) is a warning and a miss, and the
 * store has already removed whatever it unpacked, so the install starts from nothing.
 */
async function restoreOrMiss(state, store, key) {
    try {
        return await store.restore(nodeModulesDir(state), key);
    }
    catch (error) {
        state.logger.warning(`the cached node_modules (${key}) cannot be used, installing instead: ${error instanceof Error ? error.message : String(error)}`);
        await (0,promises_.rm)(nodeModulesDir(state), { recursive: true, force: true });
        return false;
    }
}
/**
 * Restores .next/cache from this commit's entry, else from the newest one of the same
 * dependencies, so `next build` starts warm. Best effort: without it the build is only slower.
 * Outside git every run is a revision of its own (saved anew, the store keeping the newest).
 */
async function restoreNextCache(state, options, store, input, clock) {
    try {
        const prefix = (0,cache_key/* nextCachePrefix */.ql)(input);
        const key = (0,cache_key/* nextCacheKey */.vj)(input, options.git.sha ?? `run-${Date.now()}`);
        // set before restoring: after a failed restore the build's fresh cache is still worth saving
        state.buildCache = { key, prefix };
        const { value: restored, seconds } = await timed(clock, () => store.restoreNearest(nextCacheDir(state), key, prefix));
        if (restored !== undefined)
            state.buildCache.restored = restored;
        const took = `in ${seconds.toFixed(1)} s`;
        state.logger.info(restored === undefined
            ? `no .next/cache entry starting with ${prefix}: next build starts cold`
            : restored === key
                ? `restored .next/cache from the ${store.name} ${took}: exact entry ${key}`
                : `restored .next/cache from the ${store.name} ${took}: nearest entry ${restored} (no entry ${key} yet)`);
    }
    catch (error) {
        state.logger.warning(`restoring .next/cache failed, next build starts cold: ${error instanceof Error ? error.message : String(error)}`);
    }
}
async function timed(clock, work) {
    const start = clock();
    const value = await work();
    return { value, seconds: clock() - start };
}

;// CONCATENATED MODULE: ./src/phases/production-tree.ts









async function moveInto(from, to) {
    await (0,promises_.rm)(to, { recursive: true, force: true });
    try {
        await (0,promises_.rename)(from, to);
    }
    catch (error) {
        // the temp dir on another file system
        if (error.code !== 'EXDEV')
            throw error;
        await (0,promises_.cp)(from, to, { recursive: true, verbatimSymlinks: true });
        await (0,promises_.rm)(from, { recursive: true, force: true });
    }
}
/**
 * A workspace app's own node_modules, in place of what the workspace install left in its
 * directory: its production dependencies and the local packages it uses (built, as they
 * publish), and nothing of the other apps. Its COPY-only Dockerfile is then the same as a
 * standalone app's. pnpm makes it with `pnpm deploy`; for npm, yarn and bun it is laid out
 * from the installed workspace tree, each package at the version the app resolved there.
 */
async function productionTree(state, deps) {
    const workspace = state.plan.workspace;
    const all = await countPackages(nodeModulesDir(state));
    for (const pkg of workspace.shipped) {
        const manifest = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(pkg.dir, 'package.json'), 'utf8'));
        const missing = await missingEntryPoints(pkg.dir, manifest);
        if (missing.length > 0) {
            throw new src_errors/* GateError */.ue(`${pkg.name}, a local package ${state.target.name} ships, has no ${missing.join(', ')} after the build; give it a "build" script (run before the app's build) or build it in the target's build commands`, { file: external_node_path_default().join(pkg.dir, 'package.json') });
        }
    }
    const out = external_node_path_default().join(deps.tempDir, 'production', state.target.name);
    const keepDev = state.plan.pruneCommand === false;
    let how;
    if (state.plan.pm.name === 'pnpm' && !keepDev) {
        await (0,promises_.rm)(out, { recursive: true, force: true });
        // pnpm 10 deploys from the lockfile only with injected workspace packages; --legacy is
        // the deploy every earlier version did
        const legacy = Number((state.packageManagerVersion ?? '0').split('.')[0]) >= 10 ? ' --legacy' : '';
        // through the shell, which finds pnpm on the PATH a provided package manager set
        const command = `pnpm --filter ${shellQuote(workspace.member.name)} deploy --prod${legacy} ${shellQuote(out)}`;
        await state.run((0,exec/* shellArgv */.$K)(command), { cwd: state.plan.installDir, env: state.env });
        await dropLinksOutOf(external_node_path_default().join(out, 'node_modules'));
        how = 'pnpm deploy --prod';
    }
    else if (state.plan.pm.yarnBerry && !keepDev) {
        const entries = await yarnFocusTree(state, deps);
        await writeProductionTree(entries, out);
        how = 'yarn workspaces focus --production';
    }
    else {
        const entries = await planProductionTree({
            app: state.target.context,
            root: state.plan.installDir,
            localDirs: new Set(await Promise.all([...workspace.graph.packages.values()].map((p) => realpathOr(p.dir)))),
            includeDev: keepDev,
        });
        await writeProductionTree(entries, out);
        how = `${entries.length} packages from the workspace's lockfile install`;
    }
    const target = external_node_path_default().join(state.target.context, 'node_modules');
    await moveInto(external_node_path_default().join(out, 'node_modules'), target);
    await (0,promises_.rm)(out, { recursive: true, force: true });
    // a prune command of the user's own runs over the app's tree
    if (typeof state.plan.pruneCommand === 'string' && state.target.prune !== undefined) {
        await state.run((0,exec/* shellArgv */.$K)(state.plan.pruneCommand), { cwd: state.target.context, env: state.env });
    }
    const production = await countPackages(target);
    state.packages = { production, all };
    state.logger.info(`production tree of ${workspace.member.name}: ${how}${workspace.shipped.length ? `, with ${workspace.shipped.map((p) => p.name).join(', ')}` : ''}`);
    return { status: 'ok', detail: `${all} → ${production} packages (${how})` };
}
/**
 * Yarn 2+'s own answer: `yarn workspaces focus --production <app>` installs only what the app
 * needs at run time. It rewrites the node_modules it runs in, so it runs in a scratch copy of
 * the workspace's manifests (package.json files, yarn.lock, .yarnrc.yml, .yarn/), from yarn's
 * cache; the tree it writes is then laid out as the app's, the local packages taken from the
 * real workspace (built) as they publish.
 */
async function yarnFocusTree(state, deps) {
    const workspace = state.plan.workspace;
    const root = workspace.graph.root;
    const scratch = external_node_path_default().join(deps.tempDir, 'focus', state.target.name);
    await (0,promises_.rm)(scratch, { recursive: true, force: true });
    await (0,promises_.mkdir)(scratch, { recursive: true });
    for (const name of ['package.json', external_node_path_default().basename(state.plan.pm.lockfile), '.yarnrc.yml', '.yarn']) {
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(root, name))) {
            await (0,promises_.cp)(external_node_path_default().join(root, name), external_node_path_default().join(scratch, name), {
                recursive: true,
                verbatimSymlinks: true,
                filter: (src) => external_node_path_default().basename(src) !== 'install-state.gz',
            });
        }
    }
    const relative = (dir) => external_node_path_default().relative(root, dir);
    for (const pkg of workspace.graph.packages.values()) {
        await (0,promises_.mkdir)(external_node_path_default().join(scratch, relative(pkg.dir)), { recursive: true });
        await (0,promises_.cp)(external_node_path_default().join(pkg.dir, 'package.json'), external_node_path_default().join(scratch, relative(pkg.dir), 'package.json'));
    }
    await state.run((0,exec/* shellArgv */.$K)(`yarn workspaces focus --production ${shellQuote(workspace.member.name)}`), {
        cwd: scratch,
        env: state.env,
    });
    const scratchDirs = new Map([...workspace.graph.packages.values()].map((p) => [external_node_path_default().join(scratch, relative(p.dir)), p.dir]));
    const entries = await planProductionTree({
        app: external_node_path_default().join(scratch, relative(state.target.context)),
        root: scratch,
        localDirs: new Set(scratchDirs.keys()),
        includeDev: false,
    });
    // the scratch copy holds manifests only: local packages come from the workspace itself
    return entries.map((e) => (e.local ? { ...e, from: scratchDirs.get(e.from) ?? e.from } : e));
}
/**
 * pnpm deploy hoists the deployed project itself into .pnpm/node_modules as a link to the
 * deploy directory: once the tree is the app's node_modules that link leaves it (and dangles in
 * the image), and nothing needs it.
 */
async function dropLinksOutOf(nodeModules) {
    const hoisted = external_node_path_default().join(nodeModules, '.pnpm', 'node_modules');
    const names = await (0,promises_.readdir)(hoisted).catch(() => []);
    const entries = names.flatMap((n) => (n.startsWith('@') ? [] : [n]));
    for (const scope of names.filter((n) => n.startsWith('@')))
        entries.push(...(await (0,promises_.readdir)(external_node_path_default().join(hoisted, scope)).catch(() => [])).map((n) => `${scope}/${n}`));
    for (const entry of entries) {
        const link = external_node_path_default().join(hoisted, entry);
        const stat = await (0,promises_.lstat)(link).catch(() => undefined);
        if (!stat?.isSymbolicLink())
            continue;
        const target = external_node_path_default().resolve(external_node_path_default().dirname(link), await (0,promises_.readlink)(link));
        if (!target.startsWith(`${nodeModules}${(external_node_path_default()).sep}`))
            await (0,promises_.rm)(link, { force: true });
    }
}
function shellQuote(value) {
    return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
async function realpathOr(dir) {
    try {
        return await (0,promises_.realpath)(dir);
    }
    catch {
        return dir;
    }
}

// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
;// CONCATENATED MODULE: ./src/pm/prune-plan.ts



const safePath = (p) => typeof p === 'string' && p !== '' && !external_node_path_default().isAbsolute(p) && !p.split(/[\\/]/).includes('..');
function isPrunePlan(value) {
    const plan = value;
    return (Array.isArray(plan?.removed) &&
        plan.removed.every(safePath) &&
        (plan.hiddenLockfile === undefined || typeof plan.hiddenLockfile === 'string') &&
        (plan.written === undefined ||
            (Array.isArray(plan.written) &&
                plan.written.every((w) => safePath(w?.path) && typeof w.content === 'string' && Number.isInteger(w.mode)))) &&
        (plan.linked === undefined ||
            (Array.isArray(plan.linked) && plan.linked.every((l) => safePath(l?.path) && typeof l.target === 'string'))) &&
        (plan.inputs === undefined || typeof plan.inputs === 'string'));
}
/** Package directories (and .bin entries) below node_modules, relative to it, nested ones too. */
async function listInstalled(nodeModules, prefix = '') {
    let entries;
    try {
        entries = await (0,promises_.readdir)(external_node_path_default().join(nodeModules, prefix), { withFileTypes: true });
    }
    catch {
        return [];
    }
    const found = [];
    for (const entry of entries) {
        const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
        if (entry.name === '.bin') {
            for (const bin of await (0,promises_.readdir)(external_node_path_default().join(nodeModules, relative)))
                found.push(`${relative}/${bin}`);
        }
        else if (entry.name.startsWith('@') && entry.isDirectory()) {
            found.push(...(await listInstalled(nodeModules, relative)));
        }
        else if (!entry.name.startsWith('.') && (entry.isDirectory() || entry.isSymbolicLink())) {
            found.push(relative);
            if (entry.isDirectory())
                found.push(...(await listInstalled(nodeModules, `${relative}/node_modules`)));
        }
    }
    return found;
}
async function recordPrune(nodeModules, before) {
    const after = new Set(await listInstalled(nodeModules));
    // a removed package takes its nested packages with it: keep only the outermost paths
    const removed = before
        .filter((p) => !after.has(p))
        .filter((p, _i, all) => !all.some((q) => q !== p && (0,paths/* isInside */.F)(p, q)));
    const plan = { removed };
    try {
        plan.hiddenLockfile = await (0,promises_.readFile)(external_node_path_default().join(nodeModules, '.package-lock.json'), 'utf8');
    }
    catch {
        // no hidden lockfile: nothing to restore
    }
    return plan;
}
/**
 * What `pnpm prune` did, from listings of the tree before and after it (see listPnpmTree), or
 * undefined when it did more than remove entries, rewrite text files and (re)point links (e.g.
 * made a directory: a reinstall), which a replay could not reproduce.
 */
async function recordPnpmPrune(nodeModules, before, after, inputs) {
    const gone = [...before.keys()].filter((p) => !after.has(p));
    const removed = gone.filter((p) => !gone.some((q) => q !== p && (0,paths/* isInside */.F)(p, q)));
    const written = [];
    const linked = [];
    for (const [p, entry] of after) {
        if (before.get(p) === entry)
            continue;
        if (entry.startsWith('l:'))
            linked.push({ path: p, target: entry.slice(2) });
        else if (entry.startsWith('f:')) {
            const bytes = await (0,promises_.readFile)(external_node_path_default().join(nodeModules, p));
            const content = bytes.toString('utf8');
            // metadata is text; bytes that do not survive as text are not replayed
            if (!Buffer.from(content, 'utf8').equals(bytes))
                return undefined;
            written.push({ path: p, content, mode: parseInt(entry.split(':')[1], 8) });
        }
        else
            return undefined;
    }
    return { removed, written, linked, inputs };
}
async function applyPrunePlan(nodeModules, plan) {
    await Promise.all(plan.removed.map((p) => (0,promises_.rm)(external_node_path_default().join(nodeModules, p), { recursive: true, force: true })));
    if (plan.hiddenLockfile !== undefined)
        await (0,promises_.writeFile)(external_node_path_default().join(nodeModules, '.package-lock.json'), plan.hiddenLockfile);
    for (const link of plan.linked ?? []) {
        const full = external_node_path_default().join(nodeModules, link.path);
        await (0,promises_.rm)(full, { recursive: true, force: true });
        await (0,promises_.symlink)(link.target, full);
    }
    for (const file of plan.written ?? []) {
        const full = external_node_path_default().join(nodeModules, file.path);
        await (0,promises_.rm)(full, { recursive: true, force: true });
        await (0,promises_.writeFile)(full, file.content, { mode: file.mode });
        // the umask may have narrowed the mode given at creation
        await (0,promises_.chmod)(full, file.mode);
    }
}

;// CONCATENATED MODULE: ./src/pm/pnpm-tree.ts




/**
 * The entries of a pnpm (isolated linker) node_modules that `pnpm prune` reads and changes, by
 * path relative to node_modules: the top level (and scopes), .bin, the virtual store's entries
 * (.pnpm/*, its lock.yaml) with each package's own node_modules links, and the hoisted
 * .pnpm/node_modules (and its .bin). Package contents are not listed: the prune removes a
 * package whole or leaves it alone.
 */
async function listPnpmTree(nodeModules) {
    const found = new Map();
    await listLevel(nodeModules, '', found, true);
    const store = found.get('.pnpm') === 'd' ? await pnpm_tree_names(nodeModules, '.pnpm') : [];
    for (const name of store) {
        const relative = `.pnpm/${name}`;
        const entry = await describe(nodeModules, relative);
        if (entry === undefined)
            continue;
        found.set(relative, entry);
        if (entry !== 'd')
            continue;
        if (name === 'node_modules')
            await listLevel(nodeModules, relative, found, true);
        else if ((await describe(nodeModules, `${relative}/node_modules`)) === 'd') {
            found.set(`${relative}/node_modules`, 'd');
            await listLevel(nodeModules, `${relative}/node_modules`, found, false);
        }
    }
    return found;
}
/** One node_modules level: its entries, scopes' entries, and (where asked) its .bin. */
async function listLevel(root, dir, found, withBin) {
    for (const name of await pnpm_tree_names(root, dir)) {
        const relative = dir ? `${dir}/${name}` : name;
        // the virtual store is listed by the caller, package by package
        const entry = await describe(root, relative);
        if (entry === undefined)
            continue;
        found.set(relative, entry);
        if (relative === '.pnpm' || entry !== 'd')
            continue;
        if ((name === '.bin' && withBin) || name.startsWith('@')) {
            for (const inner of await pnpm_tree_names(root, relative)) {
                const innerEntry = await describe(root, `${relative}/${inner}`);
                if (innerEntry !== undefined)
                    found.set(`${relative}/${inner}`, innerEntry);
            }
        }
    }
}
async function pnpm_tree_names(root, dir) {
    try {
        return (await (0,promises_.readdir)(external_node_path_default().join(root, dir))).sort();
    }
    catch {
        return [];
    }
}
async function describe(root, relative) {
    const full = external_node_path_default().join(root, relative);
    const stat = await (0,promises_.lstat)(full).catch(() => undefined);
    if (!stat)
        return undefined;
    if (stat.isSymbolicLink())
        return `l:${await (0,promises_.readlink)(full)}`;
    if (stat.isDirectory())
        return 'd';
    const digest = (0,external_node_crypto_.createHash)('sha256')
        .update(await (0,promises_.readFile)(full))
        .digest('hex');
    return `f:${(stat.mode & 0o777).toString(8)}:${digest}`;
}
/**
 * What a pnpm prune's outcome depends on besides the installed tree (which the cache key
 * fixes): the tree as the build left it, the project's pnpm settings, and the environment that
 * points pnpm at a store or settings (a different store makes pnpm purge and reinstall the
 * whole tree). A replay is only exact when all of these are what they were when recorded.
 */
function pnpmPruneInputs(listing, settings, env) {
    const lines = [...listing].map(([p, e]) => `${p}\t${e}`).sort();
    const relevant = Object.entries(env)
        .filter(([k, v]) => v !== undefined && /^(npm_config_|pnpm_config_|pnpm_home$|xdg_data_home$|home$|ci$)/i.test(k))
        .map(([k, v]) => `${k}=${v}`)
        .sort();
    return (0,cache_key/* sha256 */.sc)(lines.join('\n'), settings.join('\0'), relevant.join('\n'));
}
/** The project's pnpm settings files, as text ('' when absent), in a fixed order. */
async function pnpmSettings(dirs) {
    const texts = [];
    for (const dir of [...new Set(dirs)])
        for (const file of ['.npmrc', 'pnpm-workspace.yaml', '.pnpmfile.cjs'])
            texts.push(await (0,promises_.readFile)(external_node_path_default().join(dir, file), 'utf8').catch(() => ''));
    return texts;
}

;// CONCATENATED MODULE: ./src/phases/prune.ts










/**
 * Removes dev dependencies so the image ships production packages only. For npm and pnpm, what
 * the default prune changes is recorded under the node_modules key; a run that restored that
 * exact tree replays the changes instead of running the package manager again (the
 * validation's dev-dependency check still runs after either way). pnpm's plan is replayed only
 * onto the same tree as the build left it, with the same settings and store; yarn 1 and bun
 * prune by reinstalling, which a record of changes cannot stand for.
 */
async function prune(state, options, deps) {
    if (state.plan.workspace)
        return productionTree(state, deps);
    const nodeModules = nodeModulesDir(state);
    const all = await countPackages(nodeModules);
    const command = state.plan.pruneCommand;
    if (command === false) {
        state.packages = { production: all, all };
        return { status: 'skipped', detail: 'prune: false' };
    }
    const store = options.cache ? deps.store : undefined;
    const pm = state.plan.pm.name;
    // only the package manager's own prune is replayed: a custom command may do more
    const replayable = (pm === 'npm' || pm === 'pnpm') &&
        command === (0,commands/* defaultPruneCommand */.H)(state.plan.pm) &&
        store !== undefined &&
        state.cacheKey !== undefined;
    const key = productionTreeKey(state);
    const recordDir = external_node_path_default().join(deps.recordsDir, key);
    const pnpmBefore = replayable && pm === 'pnpm' ? await pnpmState(state, nodeModules) : undefined;
    if (replayable && state.cacheHit) {
        const plan = await readRecord(store, recordDir, key, isPrunePlan);
        if (plan && pnpmBefore && plan.inputs !== pnpmBefore.inputs) {
            state.logger.info(`not replaying the recorded \`${command}\`: node_modules as the build left it, pnpm's settings or its store differ from the recorded run's`);
        }
        else if (plan) {
            await applyPrunePlan(nodeModules, plan);
            state.logger.info(`replayed the recorded \`${command}\`: ${replaySummary(plan)}`);
            state.packages = { production: await countPackages(nodeModules), all };
            return { status: 'ok', detail: `replayed the recorded prune (${plan.removed.length} removed)` };
        }
    }
    const before = replayable && pm === 'npm' ? await listInstalled(nodeModules) : [];
    await state.run((0,exec/* shellArgv */.$K)(command), { cwd: state.target.context, env: state.env });
    if (replayable) {
        const plan = pnpmBefore
            ? await recordPnpmPrune(nodeModules, pnpmBefore.listing, await listPnpmTree(nodeModules), pnpmBefore.inputs)
            : await recordPrune(nodeModules, before);
        if (plan)
            await writeRecord(store, recordDir, key, plan);
    }
    const production = await countPackages(nodeModules);
    state.packages = { production, all };
    return { status: 'ok', detail: `${all} → ${production} packages` };
}
/** pnpm's tree before its prune, and the digest of everything the prune's outcome depends on. */
async function pnpmState(state, nodeModules) {
    const listing = await listPnpmTree(nodeModules);
    const settings = await pnpmSettings([state.plan.installDir, state.target.context]);
    return { listing, inputs: pnpmPruneInputs(listing, settings, { ...process.env, ...state.env }) };
}
function replaySummary(plan) {
    const rewritten = (plan.written?.length ?? 0) + (plan.linked?.length ?? 0);
    return `${plan.removed.length} packages and links removed${rewritten ? `, ${rewritten} metadata files and links rewritten` : ''}`;
}
/**
 * What the production tree (node_modules after the prune) is keyed by: the installed tree's key
 * and the prune command. Records about the production tree (what the prune removed, the trace's
 * analyses) hang off it.
 */
function productionTreeKey(state) {
    const command = state.plan.pruneCommand;
    return command === false
        ? `${state.cacheKey}-unpruned`
        : `${state.cacheKey}-production-${(0,cache_key/* sha256 */.sc)(command).slice(0, 8)}`;
}

// EXTERNAL MODULE: ./src/map-limit.ts
var map_limit = __webpack_require__(89143);
// EXTERNAL MODULE: ./src/git/read.ts
var read = __webpack_require__(35186);
;// CONCATENATED MODULE: ./src/registry/images.ts

/** The digest of `reference` in its registry, or undefined when it is not there or cannot be asked. */
async function manifestDigest(session, reference) {
    const ref = (0,registry_reference/* parseReference */.F2)(reference);
    return ref.digest ?? (await findManifest(session, reference))?.digest;
}
/** The manifest `reference` names in its registry, or undefined when it is not there or cannot be asked. */
async function findManifest(session, reference) {
    try {
        const ref = (0,registry_reference/* parseReference */.F2)(reference);
        return await session.clientFor(ref.registry).getManifest(ref.repository, ref.tag ?? ref.digest ?? 'latest');
    }
    catch {
        // not there, or the registry cannot be asked (no login, offline): the caller builds as usual
        return undefined;
    }
}
/**
 * Puts `manifest` (as fetched: the same bytes, so the same digest) under every one of `tags`
 * (full references), all at once: each is one small PUT.
 */
async function retag(session, manifest, tags) {
    await Promise.all(tags.map((reference) => {
        const target = (0,registry_reference/* parseReference */.F2)(reference);
        return session
            .clientFor(target.registry)
            .putManifest(target.repository, (0,registry_reference/* splitTag */.RK)(reference).tag ?? 'latest', manifest.mediaType, manifest.bytes);
    }));
}

// EXTERNAL MODULE: ./src/dockerfile/parse.ts
var parse = __webpack_require__(16357);
// EXTERNAL MODULE: ./src/dockerfile/stage.ts
var stage = __webpack_require__(78684);
// EXTERNAL MODULE: ./src/daemon-images.ts
var daemon_images = __webpack_require__(11286);
;// CONCATENATED MODULE: ./src/validate/base-image.ts




/**
 * What the base image really runs, read by running it rather than guessed from its name
 * (node:20-slim says nothing about a company's own base image): Node's version and, from
 * Node's process report, glibc's version; no glibc version means musl. Images without node
 * fall back to looking for the dynamic loader with the shell's globbing (slim images have no
 * `ls`). The containers get no network: nothing here needs one.
 */
const NODE_PROBE = 'JSON.stringify({v:process.version,bun:(process.versions&&process.versions.bun)||null,glibc:(process.report&&process.report.getReport().header.glibcVersionRuntime)||null})';
const LOADER_PROBE = 'for f in /lib/ld-musl-* /usr/lib/ld-musl-* /lib64/ld-linux-* /lib/ld-linux-* /lib/*/ld-linux-* /usr/lib/*/ld-linux-*; do [ -e "$f" ] && echo "$f"; done; exit 0';
function isBaseImageFacts(value) {
    const v = value;
    return (typeof v?.image === 'string' &&
        (v.libc === 'glibc' || v.libc === 'musl' || v.libc === 'unknown') &&
        (v.nodeVersion === undefined || typeof v.nodeVersion === 'string') &&
        (v.glibcVersion === undefined || typeof v.glibcVersion === 'string') &&
        (v.bunVersion === undefined || typeof v.bunVersion === 'string'));
}
async function probeBaseImage(image, run, options = {}) {
    // a Bun image (oven/bun) has no node: bun runs the same probe and says which Bun it is
    const fromNode = (await probeNode(image, run, options, 'node')) ??
        (await probeNode(image, run, options, await nodeEntrypoint(image, options.daemonImages ?? new daemon_images/* DaemonImages */.t(run)))) ??
        (await probeNode(image, run, options, 'bun'));
    if (fromNode)
        return fromNode;
    return { image, libc: await probeLoader(image, run, options) };
}
function runArgs(image, options, entrypoint, args) {
    const platform = options.platform ? ['--platform', options.platform] : [];
    return ['docker', 'run', '--rm', '--network', 'none', ...platform, '--entrypoint', entrypoint, image, ...args];
}
async function probeNode(image, run, options, entrypoint) {
    if (!entrypoint)
        return undefined;
    const result = await quietly(run, runArgs(image, options, entrypoint, ['-p', NODE_PROBE]));
    const parsed = result ? parseNodeProbe(result) : undefined;
    if (!parsed)
        return undefined;
    const facts = { image, libc: parsed.glibc ? 'glibc' : 'musl', nodeVersion: parsed.v };
    if (parsed.glibc)
        facts.glibcVersion = parsed.glibc;
    if (parsed.bun)
        facts.bunVersion = parsed.bun;
    return facts;
}
/** The last line that is the probe's JSON (an image's entrypoint may print a banner first). */
function parseNodeProbe(stdout) {
    for (const line of stdout.trim().split('\n').reverse()) {
        try {
            const value = JSON.parse(line);
            if (typeof value.v === 'string' && /^v\d+\./.test(value.v)) {
                const parsed = {
                    v: value.v,
                    glibc: typeof value.glibc === 'string' ? value.glibc : null,
                };
                if (typeof value.bun === 'string')
                    parsed.bun = value.bun;
                return parsed;
            }
        }
        catch {
            // not the probe's line
        }
    }
    return undefined;
}
/** Distroless node images have node at /nodejs/bin/node as their entrypoint, not on PATH. */
async function nodeEntrypoint(image, images) {
    // docker itself could not be started: the probes say so by finding nothing
    const inspected = await images.lookUp(image).catch(() => undefined);
    const entrypoint = inspected?.config.Entrypoint;
    const first = Array.isArray(entrypoint) ? entrypoint[0] : undefined;
    return typeof first === 'string' && /(^|\/)node$/.test(first) && first !== 'node' ? first : undefined;
}
async function probeLoader(image, run, options) {
    const out = await quietly(run, runArgs(image, options, '/bin/sh', ['-c', LOADER_PROBE]));
    return out ? libcFromLoaders(out) : 'unknown';
}
function libcFromLoaders(listing) {
    if (/ld-musl-/.test(listing))
        return 'musl';
    if (/ld-linux/.test(listing))
        return 'glibc';
    return 'unknown';
}
/** stdout of a command that may fail (no such binary in the image), or undefined. */
async function quietly(run, argv) {
    try {
        const result = await run(argv, { quiet: true, allowFailure: true });
        return result.code === 0 ? result.stdout : undefined;
    }
    catch {
        // docker itself could not be started
        return undefined;
    }
}
/**
 * The final stage's base image, following `FROM <earlier stage>` back to an image, with build
 * args applied; undefined for FROM scratch.
 */
async function finalBaseImage(target) {
    const stage = await finalBaseStage(target);
    return !stage || stage.image === 'scratch' ? undefined : stage.image;
}
/**
 * Where the base image is chosen (the FROM line finalBaseImage reads), for the findings about
 * it; the Dockerfile alone when it cannot be read, which the Dockerfile check reports.
 */
async function baseImageLocation(target) {
    try {
        const stage = await finalBaseStage(target);
        return stage ? { file: target.dockerfile, line: stage.line } : { file: target.dockerfile };
    }
    catch {
        return { file: target.dockerfile };
    }
}
async function finalBaseStage(target) {
    const parsed = (0,parse/* parseDockerfile */.Ai)(await (0,promises_.readFile)(target.dockerfile, 'utf8'));
    const runner = (0,stage/* nodePlatform */.OP)(process.arch);
    const platform = target.platforms[0] ? (0,stage/* platformOf */.tj)(target.platforms[0]) : runner;
    return (0,stage/* finalBase */.Ys)((0,stage/* baseImages */["if"])(parsed, { buildArgs: target.buildArgs, platform, buildPlatform: runner }));
}

;// CONCATENATED MODULE: ./src/phases/reuse.ts








/** Bumped with the gates: images reused across a change of the checks would skip them. */
const TOOL_VERSION = 'gates-1';
/** Label and tag that record which inputs an image was built from. */
const INPUTS_LABEL = 'dev.artifact-docker-build.inputs';
const TAG_PREFIX = 'inputs-';
/**
 * A target's sources as git sees them (tracked and untracked-but-not-ignored files, contents
 * included), in the order the hash takes them; undefined without git. In a workspace: the app,
 * the local packages it uses (not the others), and the root's lockfile and manifest, so a change
 * to another app leaves this one's inputs as they were.
 */
async function sourceParts(state) {
    const workspace = state.plan.workspace;
    const dirs = [state.target.context, ...(workspace?.local.map((p) => p.dir) ?? [])];
    const listed = await Promise.all(dirs.map((dir) => (0,read/* checkoutFiles */.ET)(state.run, dir)));
    if (listed.some((files) => files === undefined))
        return undefined;
    const parts = [];
    for (const [i, dir] of dirs.entries()) {
        const files = listed[i].sort();
        if (workspace)
            parts.push(`<dir ${external_node_path_default().relative(workspace.graph.root, dir).split((external_node_path_default()).sep).join('/')}>`);
        // read many at once: an app's source tree is thousands of small files
        const contents = await (0,map_limit/* mapLimit */.s)(files, 32, (file) => 
        // listed by git but deleted in the work tree: its absence is what counts
        (0,promises_.readFile)(external_node_path_default().join(dir, file)).catch(() => '<missing>'));
        files.forEach((file, j) => parts.push(file, contents[j]));
    }
    if (workspace) {
        for (const file of [state.plan.pm.lockfile, external_node_path_default().join(workspace.graph.root, 'package.json')])
            parts.push(`<root ${external_node_path_default().basename(file)}>`, await (0,promises_.readFile)(file));
    }
    return parts;
}
/**
 * A hash of everything that decides what a target's image holds: its sources (sourceParts), the
 * lockfile, the commands, the artifacts, the Dockerfile, the build args, the base image's
 * identity and the runner's platform. Undefined when one of them cannot be known (no git, a
 * base image nobody can identify): then the image is simply built.
 */
async function inputsFingerprint(state, options, deps, baseIdentity, parts) {
    if (!baseIdentity || !parts)
        return undefined;
    const { target, plan } = state;
    const recipe = {
        install: plan.installCommand,
        build: target.build,
        prune: plan.pruneCommand,
        artifacts: target.artifacts,
        dockerfile: external_node_path_default().relative(target.context, target.dockerfile),
        dockerfileText: await (0,promises_.readFile)(target.dockerfile, 'utf8'),
        buildArgs: target.buildArgs,
        platforms: target.platforms,
        labels: options.labels ?? {},
        base: baseIdentity,
        runner: [deps.platform, deps.arch, deps.libc, deps.nodeVersion.split('.')[0]],
        engine: deps.engine.name,
        // the gates a reused image skips must be the ones it passed
        gates: {
            smoke: target.smoke,
            budget: target.budget,
            allowRun: target.allowRun,
            allowDevDependencies: target.allowDevDependencies,
            allowCopyFrom: target.allowCopyFrom,
        },
        tool: TOOL_VERSION,
    };
    return (0,cache_key/* sha256 */.sc)(JSON.stringify(recipe), ...parts);
}
function inputsTag(fingerprint) {
    return `${TAG_PREFIX}${fingerprint.slice(0, 32)}`;
}
/** The base image's identity: its image id in the daemon, else its digest in its registry. */
async function baseImageIdentity(state, deps, session) {
    const base = await finalBaseImage(state.target);
    if (!base)
        return 'scratch';
    if (deps.daemon) {
        const local = await state.daemonImages.lookUp(base);
        if (local)
            return local.id;
    }
    return manifestDigest(session, base);
}
/**
 * Looks for an image already built from the same inputs, when the run pushes to a registry.
 * A run that does not push always builds: it is expected to leave a tested image in the daemon,
 * and a pull request's checks should build what they check.
 */
async function lookUpReuse(state, options, deps) {
    if (!options.push || !(0,registry_reference/* inNamedRegistry */.K)(state.target.image))
        return {};
    // the daemon or registry about the base while git lists the sources and they are read
    const [identity, parts] = await Promise.all([baseImageIdentity(state, deps, deps.registry), sourceParts(state)]);
    const fingerprint = await inputsFingerprint(state, options, deps, identity, parts);
    if (!fingerprint)
        return {};
    const inputs = { fingerprint, tag: inputsTag(fingerprint) };
    const existing = await findManifest(deps.registry, `${state.target.image}:${inputs.tag}`);
    if (!existing)
        return { inputs };
    state.logger.info(`${state.target.image}:${inputs.tag} was built from these same inputs: reusing it (${existing.digest}) instead of building`);
    return { inputs, existing };
}

;// CONCATENATED MODULE: ./src/phases/image.ts








/** The full references a target's image gets: the input's tags, or the computed ones. */
function imageTags(state, options) {
    if (options.tags && options.tags.length > 0)
        return options.tags;
    const version = state.plan.pkg.version;
    const ctx = version === undefined ? { git: options.git } : { git: options.git, version };
    return (0,tags/* computeTags */.$o)(state.target.tags, ctx).map((tag) => `${state.target.image}:${tag}`);
}
/**
 * The config's cache specs, then the input's, with `{target}` replaced by the target's name: one
 * cache-to input then gives each target of a run its own scope or reference
 * (`type=gha,scope={target}`), where a shared one would have them overwrite each other.
 */
function buildCacheSpecs(target, fromConfig = [], fromInput = []) {
    return [...new Set([...fromConfig, ...fromInput].map((spec) => spec.replaceAll('{target}', target)))];
}
/**
 * The artifacts a cache key pins: the production node_modules is what the lockfile's key
 * installed, less what the prune command removed, and, when traced, cut to the traced files
 * (the trace's key covers both). Its layer can then be kept between runs.
 */
function treeKeys(state) {
    if (state.cacheKey === undefined)
        return undefined;
    const declared = state.target.artifacts.some((a) => external_node_path_default().posix.normalize(a.split((external_node_path_default()).sep).join('/')).replace(/^\.\/|\/+$/g, '') === 'node_modules');
    if (!declared)
        return undefined;
    return { node_modules: state.trace?.key ?? productionTreeKey(state) };
}
/**
 * Stages the declared artifacts and builds the COPY-only Dockerfile from them. `inputs`, when
 * the reuse lookup could hash them, are recorded on the image so a rerun can find it.
 */
async function image_image(state, options, deps, inputs) {
    const { target } = state;
    const staged = await stageContext({
        context: target.context,
        artifacts: target.artifacts,
        dockerfile: target.dockerfile,
        into: external_node_path_default().join(deps.tempDir, 'contexts', target.name),
        ...(state.trace ? { filter: state.trace.filter } : {}),
    });
    const version = state.plan.pkg.version;
    const request = {
        target: target.name,
        contextDir: staged.dir,
        dockerfile: staged.dockerfile,
        tags: imageTags(state, options),
        buildArgs: target.buildArgs,
        labels: {
            ...ociLabels(options.git, version === undefined ? { name: target.name } : { name: target.name, version }),
            ...options.labels,
        },
        platforms: target.platforms,
        cacheFrom: (0,registry_reference/* inNamedRegistry */.K)(target.image) ? (0,tags/* cacheTags */._A)(options.git).map((tag) => `${target.image}:${tag}`) : [],
        willPush: options.push,
    };
    const imports = buildCacheSpecs(target.name, target.cacheFrom, options.buildCache?.from);
    const exports = buildCacheSpecs(target.name, target.cacheTo, options.buildCache?.to);
    if (imports.length > 0)
        request.cacheImports = imports;
    if (exports.length > 0)
        request.cacheExports = exports;
    if (options.git.commitTime !== undefined)
        request.sourceDateEpoch = options.git.commitTime;
    const trees = treeKeys(state);
    if (trees)
        request.treeKeys = trees;
    if (inputs) {
        // recorded on the image, and as a tag when pushed, so an unchanged rerun can find it
        request.labels[INPUTS_LABEL] = inputs.fingerprint;
        if (options.push)
            request.tags.push(`${target.image}:${inputs.tag}`);
    }
    const layers = options.cache && deps.store
        ? new StoreLayerCache(deps.store, external_node_path_default().join(deps.recordsDir, 'layers'), state.logger)
        : undefined;
    const built = await deps.engine.build(request, {
        run: state.run,
        logger: state.logger,
        tempDir: deps.tempDir,
        ...(layers ? { layers } : {}),
        daemonImages: state.daemonImages,
    });
    return {
        status: 'ok',
        detail: `${deps.engine.name}: ${request.tags[0]}`,
        image: { kind: 'built', request, built, tags: request.tags },
    };
}

;// CONCATENATED MODULE: ./src/phases/install.ts




/** The package manager's clean install; nothing to do when node_modules came back exactly. */
async function install(state) {
    if (state.cacheHit)
        return { status: 'skipped', detail: 'exact cache hit' };
    const { workspace } = state.plan;
    const installOnce = async () => {
        // whatever a checkout or an earlier run left there is not what the lockfile says
        if (workspace)
            await removeWorkspaceModules(workspace.graph);
        else
            await (0,promises_.rm)(nodeModulesDir(state), { recursive: true, force: true });
        await state.run((0,exec/* shellArgv */.$K)(state.plan.installCommand), { cwd: state.plan.installDir, env: state.env });
    };
    if (!state.shared) {
        await installOnce();
        return { status: 'ok', detail: state.plan.installCommand };
    }
    const { owner } = await state.shared.once(`install ${state.plan.installDir}`, state.target.name, installOnce);
    return {
        status: 'ok',
        detail: owner === state.target.name
            ? `${state.plan.installCommand} at ${state.plan.root}`
            : `installed once for the workspace (by ${owner})`,
    };
}

;// CONCATENATED MODULE: ./src/pm/provide.ts



/**
 * Makes sure the package manager a project asks for can run, as actions/setup-node users expect
 * from `corepack enable`: the one on PATH when it fits, else corepack's shim (which honours the
 * packageManager field), else the package fetched once from the npm registry and kept in the
 * tool cache.
 */
async function providePackageManager(pm, cwd, deps) {
    const onPath = await versionOf(pm.name, cwd, deps.run);
    if (onPath && (!pm.version || onPath === pm.version))
        return { version: onPath };
    if (pm.name === 'npm') {
        if (onPath) {
            deps.logger.warning(`package.json asks for npm ${pm.version}, the runner has npm ${onPath}; installing with npm ${onPath}`);
            return { version: onPath };
        }
        throw new src_errors/* BuildError */.zS('npm is not on PATH; set up Node.js first (actions/setup-node)');
    }
    if (pm.name !== 'bun' && (await versionOf('corepack', cwd, deps.run))) {
        const enabled = await deps.run(['corepack', 'enable', '--install-directory', deps.shimDir, pm.name], {
            cwd,
            quiet: true,
            allowFailure: true,
        });
        const version = enabled.code === 0 ? await versionOf(external_node_path_default().join(deps.shimDir, pm.name), cwd, deps.run) : undefined;
        if (version) {
            deps.logger.info(`using ${pm.name} ${version} from corepack`);
            return { version, binDir: deps.shimDir };
        }
    }
    return fromToolCache(pm, cwd, deps);
}
async function versionOf(binary, cwd, run) {
    try {
        const result = await run([binary, '--version'], {
            cwd,
            quiet: true,
            allowFailure: true,
            // corepack must not stop to ask on a headless runner
            env: { COREPACK_ENABLE_DOWNLOAD_PROMPT: '0' },
        });
        const version = result.stdout.trim().split('\n').pop()?.trim();
        return result.code === 0 && version && /^\d+\.\d+/.test(version) ? version : undefined;
    }
    catch {
        return undefined;
    }
}
/** Where each package manager lives on the npm registry, and the file its shim runs. */
function registryPackage(pm, platform, arch, libc = 'glibc') {
    switch (pm.name) {
        case 'pnpm':
            return { name: 'pnpm', entry: 'bin/pnpm.cjs', native: false };
        case 'yarn':
            return pm.yarnBerry
                ? { name: '@yarnpkg/cli-dist', entry: 'bin/yarn.js', native: false }
                : { name: 'yarn', entry: 'bin/yarn.js', native: false };
        case 'bun':
            return {
                name: `@oven/bun-${platform === 'win32' ? 'windows' : platform}-${arch === 'arm64' ? 'aarch64' : arch}${libc === 'musl' ? '-musl' : ''}`,
                entry: 'bin/bun',
                native: true,
            };
        case 'npm':
            return { name: 'npm', entry: 'bin/npm-cli.js', native: false };
    }
}
async function fromToolCache(pm, cwd, deps) {
    const pkg = registryPackage(pm, deps.platform, deps.arch, deps.libc);
    const version = pm.version ?? (await latestVersion(deps.registryUrl, pkg.name));
    const toolName = `adb-${pkg.name.replace(/[@/]/g, '-').replace(/^-/, '')}`;
    let dir = await deps.toolCache.find(toolName, version);
    if (!dir) {
        deps.logger.info(`fetching ${pkg.name}@${version} from the npm registry`);
        const tarball = await deps.toolCache.downloadTool(await tarballUrl(deps.registryUrl, pkg.name, version));
        const extracted = await deps.toolCache.extractTar(tarball, undefined, ['xz', '--strip-components=1']);
        await writeShim(extracted, pm.name, pkg.entry, pkg.native);
        dir = await deps.toolCache.cacheDir(extracted, toolName, version);
    }
    const binDir = external_node_path_default().join(dir, 'shim');
    const provided = await versionOf(external_node_path_default().join(binDir, pm.name), cwd, deps.run);
    if (!provided)
        throw new src_errors/* BuildError */.zS(await wontRun(pm, version, dir, binDir, cwd, deps));
    return { version: provided, binDir };
}
/**
 * Why a fetched package manager does not start, and the fix: most often a release newer than
 * the project (taken as the latest because package.json pins none) that needs a newer Node.
 */
async function wontRun(pm, version, dir, binDir, cwd, deps) {
    const tried = await deps.run([external_node_path_default().join(binDir, pm.name), '--version'], { cwd, quiet: true, allowFailure: true });
    const said = `${tried.stderr}\n${tried.stdout}`
        .split('\n')
        .map((l) => l.trim())
        .find((l) => l !== '');
    const engines = await (0,promises_.readFile)(external_node_path_default().join(dir, 'package.json'), 'utf8')
        .then((text) => JSON.parse(text).engines?.node)
        .catch(() => undefined);
    const needs = engines ? `; it asks for Node ${engines}, this runner's \`node\` is ${deps.nodeVersion}` : '';
    const fix = pm.version
        ? `set up a Node it supports before this step (actions/setup-node), or pin another ${pm.name} in package.json's "packageManager"`
        : `package.json pins no ${pm.name}, so the latest was taken: pin the one your lockfile was written with in its "packageManager" field (e.g. "${pm.name}@<version>"), or set up a Node that ${pm.name} ${version} supports`;
    return `${pm.name} ${version} from the npm registry does not run on this runner${said ? ` (${said})` : ''}${needs}. Fix: ${fix}`;
}
async function writeShim(dir, name, entry, native) {
    await (0,promises_.mkdir)(external_node_path_default().join(dir, 'shim'), { recursive: true });
    const shim = external_node_path_default().join(dir, 'shim', name);
    const target = external_node_path_default().join('..', entry);
    const body = native
        ? `#!/bin/sh\nexec "$(dirname "$0")/${target}" "$@"\n`
        : `#!/bin/sh\nexec node "$(dirname "$0")/${target}" "$@"\n`;
    await (0,promises_.writeFile)(shim, body);
    await (0,promises_.chmod)(shim, 0o755);
    if (native)
        await (0,promises_.chmod)(external_node_path_default().join(dir, entry), 0o755);
}
async function registryJson(url) {
    const response = await fetch(url, { headers: { accept: 'application/json' } });
    if (!response.ok)
        throw new src_errors/* BuildError */.zS(`the npm registry answered ${response.status} for ${url}`);
    return (await response.json());
}
async function latestVersion(registry, name) {
    const doc = await registryJson(`${registry.replace(/\/$/, '')}/${name.replace('/', '%2F')}/latest`);
    if (typeof doc.version !== 'string')
        throw new src_errors/* BuildError */.zS(`no latest version of ${name} on the npm registry`);
    return doc.version;
}
async function tarballUrl(registry, name, version) {
    const doc = await registryJson(`${registry.replace(/\/$/, '')}/${name.replace('/', '%2F')}/${version}`);
    const dist = doc.dist;
    if (typeof dist?.tarball !== 'string')
        throw new src_errors/* BuildError */.zS(`${name}@${version} is not on the npm registry`);
    return dist.tarball;
}

;// CONCATENATED MODULE: ./src/phases/prepare.ts



/**
 * Makes the package manager available and records its version (part of the cache key). The
 * targets of one workspace share it: one fetch into the tool cache, not one per app at once.
 */
async function preparePackageManager(state, deps) {
    const provide = async () => {
        const shimDir = external_node_path_default().join(deps.tempDir, 'corepack', state.target.name);
        await (0,promises_.mkdir)(shimDir, { recursive: true });
        return providePackageManager(state.plan.pm, state.plan.installDir, {
            run: state.run,
            logger: state.logger,
            toolCache: deps.toolCache,
            shimDir,
            registryUrl: deps.registryUrl,
            platform: deps.platform,
            arch: deps.arch,
            libc: deps.libc,
            nodeVersion: deps.nodeVersion,
        });
    };
    const provided = state.shared
        ? (await state.shared.once('package manager', state.target.name, provide)).value
        : await provide();
    state.packageManagerVersion = provided.version;
    if (provided.binDir) {
        state.env.PATH = `${provided.binDir}${(external_node_path_default()).delimiter}${process.env.PATH ?? ''}`;
    }
}

;// CONCATENATED MODULE: ./src/image/pull-size.ts

/**
 * What a pull of the pushed image downloads, as the registry states it: the sum of the
 * compressed layers its manifest lists; from an index, the manifest of `platform`
 * ("linux/amd64"). Undefined when the registry cannot be asked: a figure, not a gate.
 */
async function pulledSize(session, reference, platform) {
    try {
        const ref = (0,registry_reference/* parseReference */.F2)(reference);
        const client = session.clientFor(ref.registry);
        let doc = JSON.parse((await client.getManifest(ref.repository, ref.digest ?? ref.tag ?? 'latest')).bytes.toString('utf8'));
        if (Array.isArray(doc.manifests)) {
            const [os, architecture, variant] = platform.split('/');
            const entry = doc.manifests.find((m) => m.platform?.os === os &&
                m.platform?.architecture === architecture &&
                (variant === undefined || m.platform?.variant === variant));
            if (typeof entry?.digest !== 'string')
                return undefined;
            doc = JSON.parse((await client.getManifest(ref.repository, entry.digest)).bytes.toString('utf8'));
        }
        if (!Array.isArray(doc.layers))
            return undefined;
        return doc.layers.reduce((sum, l) => sum + (typeof l.size === 'number' ? l.size : 0), 0);
    }
    catch {
        return undefined;
    }
}
/** Node's architecture as OCI names it, for the runner's own platform. */
function ociPlatform(platform, arch) {
    const names = {
        x64: 'amd64',
        arm64: 'arm64',
        arm: 'arm',
        ia32: '386',
        ppc64: 'ppc64le',
        s390x: 's390x',
    };
    return `${platform}/${names[arch] ?? arch}`;
}

// EXTERNAL MODULE: ./src/interrupt.ts
var interrupt = __webpack_require__(48476);
;// CONCATENATED MODULE: ./src/phases/push.ts



/**
 * With a push to follow, the engine may send the built image's blobs now, while the smoke test
 * (and the other targets' gates) run: the push then only moves the tags. An interrupt stops it.
 */
function startUploadAhead(state, image, deps) {
    if (!deps.engine.uploadAhead)
        return;
    const upload = deps.engine.uploadAhead(image.request, {
        run: state.run,
        logger: state.logger,
        tempDir: deps.tempDir,
    });
    if (!upload)
        return;
    const dispose = (0,interrupt/* onInterrupt */.nA)(() => upload.cancel());
    state.uploadAhead = {
        cancel: async () => {
            dispose();
            await upload.cancel();
        },
    };
}
/**
 * Ends a target's upload ahead: a target that will not push drops what was not sent yet (the
 * registry collects the blobs nothing refers to); after a push there is nothing left to stop.
 */
async function endUploadAhead(state) {
    const upload = state.uploadAhead;
    delete state.uploadAhead;
    await upload?.cancel();
}
/**
 * Pushes every tag of the target's image, or points them at the reused one; the digest is the
 * registry's answer, not computed here.
 */
async function push(state, image, deps) {
    if (image.kind === 'reused') {
        await retag(deps.registry, image.manifest, image.tags);
        const { digest } = image.manifest;
        state.logger.info(`tagged the existing image ${digest} as ${image.tags.join(', ')}`);
        return { status: 'ok', detail: 'retagged the reused image', pushed: { digest } };
    }
    const { request } = image;
    const pushed = await deps.engine.push(request, { run: state.run, logger: state.logger, tempDir: deps.tempDir });
    state.logger.info(`pushed ${request.tags.join(', ')} (${pushed.digest})`);
    // the pull size as the registry states it, for the report: compressed, never compared with the uncompressed size
    const platform = request.platforms[0] ?? ociPlatform(deps.platform, deps.arch);
    const compressedSize = await pulledSize(deps.registry, `${state.target.image}@${pushed.digest}`, platform);
    return {
        status: 'ok',
        detail: pushed.digest,
        pushed: compressedSize === undefined ? pushed : { ...pushed, compressedSize },
    };
}

;// CONCATENATED MODULE: ./src/phases/save.ts



/**
 * Saves the full tree right after the install, before prune and the build touch it, in the
 * main step (not a post step) so the next job of the same workflow can already use it.
 */
async function save(state, options, deps) {
    if (!options.cache || !deps.store || !state.cacheKey)
        return { status: 'skipped', detail: 'cache off' };
    if (state.cacheHit)
        return { status: 'skipped', detail: 'exact cache hit' };
    try {
        const store = deps.store;
        const key = state.cacheKey;
        const workspace = state.plan.workspace;
        const saveModules = async () => {
            if (!workspace)
                return store.save(nodeModulesDir(state), key);
            await gatherMemberModules(workspace.graph);
            try {
                return await store.save(nodeModulesDir(state), key);
            }
            finally {
                await scatterMemberModules(workspace.graph);
            }
        };
        if (state.shared) {
            const { value, owner } = await state.shared.once(`save ${key}`, state.target.name, saveModules);
            if (owner !== state.target.name)
                return { status: 'ok', detail: `saved once for the workspace (by ${owner})` };
            return { status: 'ok', detail: value ? 'saved' : 'not saved' };
        }
        const saved = await saveModules();
        return { status: 'ok', detail: saved ? 'saved' : 'not saved' };
    }
    catch (error) {
        // best effort: a cache that cannot be written never fails the build
        state.logger.warning(`saving node_modules failed: ${error instanceof Error ? error.message : String(error)}`);
        return { status: 'ok', detail: 'failed' };
    }
}
/**
 * Saves .next/cache after the build wrote it, under this revision's key, so the next build of
 * the same dependencies starts from it. Best effort, as node_modules.
 */
async function saveNextCache(state, options, deps) {
    const cache = state.buildCache;
    if (!options.cache || !deps.store || !cache)
        return { status: 'skipped', detail: 'cache off' };
    if (cache.restored === cache.key)
        return { status: 'skipped', detail: 'exact .next/cache hit' };
    const dir = nextCacheDir(state);
    // build commands that do not run next build, or a webpack config that turns its cache off
    if (!(0,external_node_fs_.existsSync)(dir))
        return { status: 'skipped', detail: 'no .next/cache' };
    try {
        const saved = await deps.store.save(dir, cache.key);
        state.logger.info(saved ? `saved .next/cache as ${cache.key}` : `.next/cache not saved as ${cache.key}`);
        if (saved)
            await deps.store.removeOthers?.(cache.prefix, cache.key);
        return { status: 'ok', detail: saved ? 'saved .next/cache' : '.next/cache not saved' };
    }
    catch (error) {
        state.logger.warning(`saving .next/cache failed: ${error instanceof Error ? error.message : String(error)}`);
        return { status: 'ok', detail: 'failed' };
    }
}

;// CONCATENATED MODULE: ./src/trace/packages.ts
/**
 * The package a node_modules path belongs to: the innermost `node_modules/<name>` or
 * `node_modules/@scope/<name>`, so a nested copy counts as its own package. pnpm's store
 * (node_modules/.pnpm/<id>/node_modules/<name>) resolves the same way.
 */
function packageOf(rel) {
    const marker = '/node_modules/';
    const padded = `/${rel}`;
    const at = padded.lastIndexOf(marker);
    if (at < 0)
        return undefined;
    const rest = padded.slice(at + marker.length).split('/');
    const first = rest[0];
    if (!first || first.startsWith('.'))
        return undefined;
    const name = first.startsWith('@') ? (rest[1] ? `${first}/${rest[1]}` : undefined) : first;
    if (!name)
        return undefined;
    return { name, path: `${padded.slice(1, at + marker.length)}${name}` };
}
/** Size of the files among `entries` that `keep` accepts (all when absent). */
function treeSize(entries, keep) {
    const seen = new Set();
    let files = 0;
    let bytes = 0;
    for (const e of entries) {
        if (e.kind === 'dir' || (keep && !keep(e.path)))
            continue;
        if (e.inode) {
            if (seen.has(e.inode))
                continue;
            seen.add(e.inode);
        }
        files += 1;
        bytes += e.size;
    }
    return { files, bytes };
}
/** Packages by the bytes of their own files (nested packages apart), largest first. */
function packageSizes(entries, keep) {
    const sizes = new Map();
    const seen = new Set();
    for (const e of entries) {
        if (e.kind === 'dir' || (keep && !keep(e.path)))
            continue;
        if (e.inode) {
            if (seen.has(e.inode))
                continue;
            seen.add(e.inode);
        }
        const pkg = packageOf(e.path);
        if (!pkg)
            continue;
        const size = sizes.get(pkg.path) ?? { ...pkg, bytes: 0 };
        size.bytes += e.size;
        sizes.set(pkg.path, size);
    }
    return [...sizes.values()].sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : 1));
}

;// CONCATENATED MODULE: ./src/trace/miss.ts

/**
 * What a failed smoke test says about a traced image: a module the server loads by a name
 * computed at run time (`require(name)`, a plugin list, a template directory) is invisible to
 * the tracer, so the image lacks it and the server crashes on start or on first use. The hint
 * names the package it failed to find when the logs say so, and `trace-include` either way.
 */
function traceMissHint(logs, trace) {
    if (!trace)
        return '';
    const missing = missingPackages(logs);
    const entries = trace.entries.join(', ');
    if (missing.length === 0) {
        return `\nnode_modules was traced from ${entries}: if the server loads a module or file by a name computed at run time, the tracer could not see it; add it to \`trace-include\` (e.g. "node_modules/some-pkg/**")`;
    }
    const globs = missing.map((name) => `"node_modules/${name}/**"`).join(', ');
    return `\nnode_modules was traced from ${entries} and the server could not find ${missing.join(', ')}: it is loaded in a way the tracer cannot see (a name computed at run time); add ${globs} to \`trace-include\``;
}
/** Package names the Node error messages in `logs` could not find, in order, each once. */
function missingPackages(logs) {
    const names = new Set();
    const patterns = [
        // CommonJS: Cannot find module 'pg'; ESM: Cannot find package 'pg' imported from ...
        /Cannot find (?:module|package) '([^']+)'/g,
        // a file a package reads at run time: ENOENT ... '/app/node_modules/pkg/templates/x.hbs'
        /ENOENT[^'\n]*'[^'\n]*?\/(node_modules\/[^'\n]+)'/g,
        // NestJS's optional packages: ... please, ensure to install the "@nestjs/platform-express" package
        /install the "([^"]+)" package/g,
        // NestJS 12: The "@nestjs/microservices" package is missing.
        /The "([^"]+)" package is missing/g,
    ];
    for (const pattern of patterns) {
        for (const match of logs.matchAll(pattern)) {
            const found = match[1];
            const name = found.startsWith('node_modules/') ? packageOf(found)?.name : bareName(found);
            if (name)
                names.add(name);
        }
    }
    return [...names];
}
/** `@scope/pkg/sub/path` -> `@scope/pkg`; relative and absolute paths are the app's own files. */
function bareName(specifier) {
    if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) {
        const inModules = specifier.lastIndexOf('/node_modules/');
        return inModules >= 0 ? packageOf(specifier.slice(1))?.name : undefined;
    }
    const parts = specifier.split('/');
    return specifier.startsWith('@') ? (parts[1] ? `${parts[0]}/${parts[1]}` : undefined) : parts[0];
}

// EXTERNAL MODULE: ./src/report/figures.ts
var figures = __webpack_require__(53831);
;// CONCATENATED MODULE: ./src/phases/smoke.ts






/**
 * Polls start fast and back off: a server that is up in 200 ms is seen then, not at the next
 * half second, and one that takes a minute is not asked twenty times a second. Whether the
 * container still runs is asked (a `docker inspect`, a process of its own) only every
 * CHECK_RUNNING_MS and after an answer, not on every poll.
 */
const FIRST_POLL_MS = 50;
const MAX_POLL_MS = 500;
const CHECK_RUNNING_MS = 500;
/** GET once: the status, or undefined while nothing answers yet. */
async function answers(url) {
    try {
        const response = await fetch(url, { signal: AbortSignal.timeout(5_000), redirect: 'manual' });
        await response.body?.cancel();
        return response.status;
    }
    catch {
        return undefined;
    }
}
/**
 * Runs the built image on the host network and polls its health path until it answers 2xx:
 * a crash on start (a missing file, an addon for the wrong libc) is caught here, not in
 * production. The container is always removed.
 */
async function smoke(state, image, deps) {
    const config = state.target.smoke;
    if (!config)
        return { status: 'skipped', detail: figures/* NO_SMOKE */.M$ };
    if (!image.built.runnable) {
        state.logger.warning('the smoke test needs the image in a Docker daemon; it was not loaded into one, so it is skipped');
        return { status: 'skipped', detail: 'image not runnable here' };
    }
    const url = `http://127.0.0.1:${config.port}${config.path}`;
    if ((await answers(url)) !== undefined) {
        throw new src_errors/* GateError */.ue(`smoke test: something already answers on port ${config.port} of this machine; stop it or change smoke.port`, state.target.locations.smoke);
    }
    const name = `adb-smoke-${state.target.name}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
    // values go through the environment (`-e NAME` without =) so they never show in the logged argv
    const env = { PORT: String(config.port), ...config.env };
    const argv = ['docker', 'run', '--detach', '--network', 'host', '--name', name];
    for (const key of Object.keys(env))
        argv.push('--env', key);
    argv.push(image.built.id ?? image.tags[0]);
    // an interrupt must not leave the container running (on the host network, holding the port)
    const disposeUndo = (0,interrupt/* onInterrupt */.nA)(async () => {
        await state.run(['docker', 'rm', '--force', '--volumes', name], { quiet: true, allowFailure: true });
    });
    try {
        await state.run(argv, { env, quiet: true });
        const started = deps.clock();
        const deadline = started + config.timeout;
        let last;
        let pause = FIRST_POLL_MS;
        let checked = Date.now();
        while (deps.clock() < deadline) {
            last = await answers(url);
            if (last === undefined && Date.now() - checked < CHECK_RUNNING_MS) {
                await new Promise((resolve) => setTimeout(resolve, pause));
                pause = Math.min(pause * 2, MAX_POLL_MS);
                continue;
            }
            checked = Date.now();
            // read after the answer: an answer only counts while our container still runs, else it
            // came from something else that took the port after the check above
            const running = await state.run(['docker', 'inspect', '--format', '{{.State.Running}} {{.State.ExitCode}}', name], { quiet: true, allowFailure: true });
            const exited = !running.stdout.startsWith('true');
            if (exited) {
                const code = running.code === 0 ? running.stdout.split(' ')[1]?.trim() : 'unknown: the container is gone';
                const answered = last !== undefined ? `; ${url} answered ${last}, so something else holds port ${config.port}` : '';
                throw new src_errors/* GateError */.ue(`smoke test: the container exited (code ${code}) before ${url} answered${answered}${await logsOf(state, name)}`, state.target.locations.smoke);
            }
            if (last !== undefined && last >= 200 && last < 300) {
                const ran = image.built.runs ?? 'the image';
                // the app's own start, apart from docker's: what bounds this phase once the image is in
                const after = (deps.clock() - started).toFixed(1);
                return { status: 'ok', detail: `ran ${ran}: ${url} answered ${last}, ${after} s after the container started` };
            }
            await new Promise((resolve) => setTimeout(resolve, pause));
            pause = Math.min(pause * 2, MAX_POLL_MS);
        }
        throw new src_errors/* GateError */.ue(`smoke test: ${url} did not answer 2xx within ${config.timeout} s (last: ${last ?? 'no connection'})${await logsOf(state, name)}`, state.target.locations.smoke);
    }
    finally {
        await state.run(['docker', 'rm', '--force', '--volumes', name], { quiet: true, allowFailure: true });
        disposeUndo();
    }
}
async function logsOf(state, name) {
    const logs = await state.run(['docker', 'logs', '--tail', '40', name], { quiet: true, allowFailure: true });
    const text = (0,exec/* tailOf */.Cj)(`${logs.stdout}${logs.stderr}`, 40);
    // a traced node_modules is the first suspect when a server that built fine will not start
    const hint = traceMissHint(text, state.target.trace);
    return text ? `; the container's last lines:\n${text}${hint}` : hint;
}

;// CONCATENATED MODULE: ./src/trace/filter.ts

function tracedFilter(files) {
    const kept = new Set(files);
    const dirs = new Set();
    for (const file of files) {
        for (let at = file.lastIndexOf('/'); at > 0; at = file.lastIndexOf('/', at - 1)) {
            const dir = file.slice(0, at);
            if (dirs.has(dir))
                break;
            dirs.add(dir);
        }
    }
    return {
        keepsFile: (rel) => !(0,paths/* isInside */.F)(rel, 'node_modules') || kept.has(rel),
        keepsDir: (rel) => !(0,paths/* isInside */.F)(rel, 'node_modules') || rel === 'node_modules' || dirs.has(rel),
    };
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
// EXTERNAL MODULE: ./node_modules/@vercel/nft/package.json
var nft_package = __webpack_require__(83436);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/trace/include.ts



/**
 * The files `trace-include` globs match. Each glob is walked from its static part only
 * (node_modules/some-pkg/templates for node_modules/some-pkg/templates/**), so a glob costs what
 * its directory holds, not the whole node_modules. A matched directory brings everything in it.
 */
async function expandIncludes(context, globs) {
    const files = new Set();
    const unmatched = [];
    for (const glob of globs) {
        const { base } = picomatch_default().scan(glob);
        const isMatch = picomatch_default()(glob, { dot: true });
        const before = files.size;
        let found = false;
        const walk = async (relative) => {
            let stats;
            try {
                stats = await (0,promises_.lstat)(external_node_path_default().join(context, relative));
            }
            catch {
                return;
            }
            const matched = isMatch(relative);
            if (stats.isDirectory()) {
                const names = await (0,promises_.readdir)(external_node_path_default().join(context, relative));
                if (matched)
                    found = true;
                await Promise.all(names.map((name) => (matched ? addAll(`${relative}/${name}`) : walk(`${relative}/${name}`))));
            }
            else if (matched) {
                found = true;
                files.add(relative);
            }
        };
        const addAll = async (relative) => {
            const stats = await (0,promises_.lstat)(external_node_path_default().join(context, relative));
            if (stats.isDirectory()) {
                await Promise.all((await (0,promises_.readdir)(external_node_path_default().join(context, relative))).map((name) => addAll(`${relative}/${name}`)));
            }
            else {
                files.add(relative);
            }
        };
        // the config keeps every glob under node_modules/, so the walk never starts above it
        await walk(base || 'node_modules');
        if (!found && files.size === before)
            unmatched.push(glob);
    }
    return { files: [...files], unmatched };
}

;// CONCATENATED MODULE: ./src/trace/known.ts
/**
 * Packages that load others by a name held in a variable, which no tracer can follow: NestJS's
 * core picks its HTTP platform, microservices and websockets with `loadPackage(name)`. When the
 * loader and the package it would load are both installed, the package is traced as an entry
 * of its own, so the usual apps need no `trace-include`.
 */
const LOADED_BY_NAME = [
    {
        loader: '@nestjs/core',
        loads: [
            '@nestjs/platform-express',
            '@nestjs/platform-fastify',
            '@nestjs/microservices',
            '@nestjs/websockets',
            '@nestjs/platform-socket.io',
            '@nestjs/platform-ws',
        ],
    },
];
/** Every package name the table mentions, to check which are installed. */
function candidatePackages() {
    return [...new Set(LOADED_BY_NAME.flatMap(({ loader, loads }) => [loader, ...loads]))];
}
/** The packages among `installed` (top-level names) that an installed loader would load by name. */
function loadedByName(installed) {
    const found = [];
    for (const { loader, loads } of LOADED_BY_NAME) {
        if (!installed.has(loader))
            continue;
        for (const name of loads)
            if (installed.has(name))
                found.push(name);
    }
    return found;
}

;// CONCATENATED MODULE: ./src/trace/trace.ts







/**
 * Which node_modules files a server needs, found by @vercel/nft (the tracer Next.js uses for its
 * standalone output): it follows require/import from the entry files, resolves them the way Node
 * does, and adds the files packages read by computed paths it can evaluate (native addons,
 * templates next to __dirname). A module named only at run time (`require(name)`) it cannot see:
 * `trace-include` adds those by glob.
 */
const TRACER_VERSION = `nft-${nft_package/* version */.rE}`;
/**
 * nft and its parser are most of a megabyte of code: loaded when a trace runs, so a run whose
 * trace is kept (or a target without one) does not compile them.
 */
async function nodeFileTrace(...args) {
    return (await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(435)]).then(__webpack_require__.t.bind(__webpack_require__, 45435, 23))).nodeFileTrace(...args);
}
async function traceFrontier(context, entries) {
    const reached = new Set();
    const result = await nodeFileTrace(entries.map((e) => external_node_path_default().join(context, e)), {
        ...traceOptions(context),
        // called for every path nft would emit, so it also sees assets and the package.json files
        // resolution reads; answering true keeps nft out of the package
        ignore: (file) => {
            const rel = file.split((external_node_path_default()).sep).join('/');
            if (!isNodeModulesPath(rel))
                return false;
            reached.add(rel);
            return true;
        },
    });
    return {
        nodeModules: [...reached].sort(),
        appFiles: [...result.fileList]
            .map((f) => f.split((external_node_path_default()).sep).join('/'))
            .filter((f) => !isNodeModulesPath(f))
            .sort(),
    };
}
function isNodeModulesPath(rel) {
    return rel.startsWith('node_modules/');
}
function traceOptions(context) {
    // moduleSyncCatchall: the image's Node may honour the "module-sync" export condition (Node
    // 20.19+, 22.12+) while the runner's does not, or the other way round: ship both targets
    return { base: context, processCwd: context, moduleSyncCatchall: true };
}
async function traceNodeModules(input) {
    const { context } = input;
    const nodeModules = external_node_path_default().join(context, 'node_modules') + (external_node_path_default()).sep;
    const analysisCache = new Map();
    const hashes = new Map();
    await Promise.all(Object.entries(input.analyses ?? {}).map(async ([file, saved]) => {
        const absolute = external_node_path_default().join(context, file);
        const sha = await hashFile(absolute);
        if (sha !== saved.sha)
            return;
        hashes.set(absolute, sha);
        analysisCache.set(absolute, {
            isESM: saved.isESM,
            deps: new Set(saved.deps),
            imports: new Set(saved.imports),
            assets: new Set(saved.assets.map((a) => external_node_path_default().join(context, a))),
        });
    }));
    const restored = analysisCache.size;
    const expanded = await expandIncludes(context, input.include);
    // included code is traced too: a package brought in by glob needs what it requires
    const entries = [
        ...input.entries.map((e) => external_node_path_default().join(context, e)),
        ...(await loadedByNameEntries(context)),
        ...expanded.files.filter((f) => /\.[cm]?js$/.test(f)).map((f) => external_node_path_default().join(context, f)),
    ];
    const options = { ...traceOptions(context), cache: { analysisCache } };
    const traced = new Set();
    const appFiles = new Set();
    const seenEntries = new Set(entries);
    // nft skips "module-sync" targets inside an exports array (async-function's); a second pass
    // traces those as entries, so Node versions with require(esm) find them too
    for (let next = entries, pass = 0; next.length > 0 && pass < 3; pass += 1) {
        const result = await nodeFileTrace(next, options);
        const listed = [...result.fileList].map((f) => f.split((external_node_path_default()).sep).join('/'));
        for (const f of listed)
            if (!isNodeModulesPath(f))
                appFiles.add(f);
        const added = listed.filter((f) => isNodeModulesPath(f) && !traced.has(f));
        for (const file of added)
            traced.add(file);
        next = (await moduleSyncTargets(context, added.filter((f) => f.endsWith('/package.json')))).filter((f) => !seenEntries.has(f));
        for (const file of next)
            seenEntries.add(file);
    }
    let included = 0;
    for (const file of expanded.files) {
        if (traced.has(file))
            continue;
        traced.add(file);
        included += 1;
    }
    const analyses = {};
    for (const [file, analysis] of analysisCache) {
        if (!file.startsWith(nodeModules))
            continue;
        const assets = [...analysis.assets].map((a) => external_node_path_default().relative(context, a));
        // an analysis naming files outside the context, or absolute specifiers, is not portable
        if (assets.some((a) => a.startsWith('..')) ||
            [...analysis.deps, ...analysis.imports].some((d) => external_node_path_default().isAbsolute(d)))
            continue;
        const sha = hashes.get(file) ?? (await hashFile(file));
        if (sha === undefined)
            continue;
        analyses[external_node_path_default().relative(context, file).split((external_node_path_default()).sep).join('/')] = {
            sha,
            isESM: analysis.isESM,
            deps: [...analysis.deps],
            imports: [...analysis.imports],
            assets: assets.map((a) => a.split((external_node_path_default()).sep).join('/')),
        };
    }
    return {
        files: [...traced].sort(),
        included,
        analyses,
        analysed: Math.max(0, analysisCache.size - restored),
        unmatched: expanded.unmatched,
        appFiles: [...appFiles].sort(),
    };
}
/** Files named by a "module-sync" condition in these package.json files' exports, that exist. */
async function moduleSyncTargets(context, manifests) {
    const found = [];
    await Promise.all(manifests.map(async (manifest) => {
        let exportsField;
        try {
            exportsField = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(context, manifest), 'utf8'))
                .exports;
        }
        catch {
            return;
        }
        const targets = new Set();
        const visit = (node, underModuleSync) => {
            if (typeof node === 'string') {
                if (underModuleSync && node.startsWith('./') && !node.includes('*'))
                    targets.add(node);
            }
            else if (Array.isArray(node)) {
                for (const item of node)
                    visit(item, underModuleSync);
            }
            else if (typeof node === 'object' && node !== null) {
                for (const [key, value] of Object.entries(node))
                    visit(value, underModuleSync || key === 'module-sync');
            }
        };
        visit(exportsField, false);
        for (const target of targets) {
            const file = external_node_path_default().join(context, external_node_path_default().dirname(manifest), target);
            if (await trace_exists(file))
                found.push(file);
        }
    }));
    return found;
}
/** The main files of the packages installed loaders would load by name (see known.ts). */
async function loadedByNameEntries(context) {
    const installed = new Set();
    await Promise.all(candidatePackages().map(async (name) => {
        if (await trace_exists(external_node_path_default().join(context, 'node_modules', name, 'package.json')))
            installed.add(name);
    }));
    const resolve = (0,external_node_module_.createRequire)(external_node_path_default().join(context, 'package.json')).resolve;
    const found = [];
    for (const name of loadedByName(installed)) {
        try {
            found.push(resolve(name));
        }
        catch {
            // not loadable with require (an ESM-only package): its loader could not load it either
        }
    }
    return found;
}
async function trace_exists(file) {
    try {
        await (0,promises_.access)(file);
        return true;
    }
    catch {
        return false;
    }
}
/** sha1 of a file, base64url; undefined when it cannot be read */
async function hashFile(file) {
    try {
        return (0,external_node_crypto_.createHash)('sha1')
            .update(await (0,promises_.readFile)(file))
            .digest('base64url');
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/trace/result.ts



const isSize = (v) => typeof v === 'object' &&
    v !== null &&
    typeof v.files === 'number' &&
    typeof v.bytes === 'number';
const isStrings = (v) => Array.isArray(v) && v.every((x) => typeof x === 'string');
function isKeptTrace(value) {
    const v = value;
    return (typeof v === 'object' &&
        v !== null &&
        isStrings(v.files) &&
        typeof v.included === 'number' &&
        isStrings(v.unmatched) &&
        isSize(v.before) &&
        isSize(v.after) &&
        Array.isArray(v.largest) &&
        v.largest.every((p) => typeof p?.name === 'string' && typeof p.bytes === 'number') &&
        typeof v.viaNodeModules === 'object' &&
        v.viaNodeModules !== null &&
        Object.values(v.viaNodeModules).every((x) => typeof x === 'string'));
}
/** The kept result's key: the production tree's key, the tracer, the frontier and the include globs. */
function keptTraceKey(productionKey, tracer, frontier, include) {
    const inputs = (0,cache_key/* sha256 */.sc)(...frontier.nodeModules, '--include', ...include).slice(0, 24);
    return `${productionKey}-traced-${tracer}-${inputs}`;
}
/** The app files of `appFiles` the frontier did not reach, with their hashes. */
async function filesViaNodeModules(context, appFiles, frontier) {
    const seen = new Set(frontier.appFiles);
    const out = {};
    for (const file of appFiles) {
        if (seen.has(file))
            continue;
        // a file nft listed but that cannot be read (a directory it emitted) is recorded as such
        out[file] = (await hashFile(external_node_path_default().join(context, file))) ?? '';
    }
    return out;
}
/** Whether the app files only node_modules code reached are as they were when `kept` was traced. */
async function keptTraceHolds(kept, context) {
    for (const [file, sha] of Object.entries(kept.viaNodeModules)) {
        if (((await hashFile(external_node_path_default().join(context, file))) ?? '') !== sha)
            return false;
    }
    return true;
}

// EXTERNAL MODULE: ./src/validate/tree.ts
var validate_tree = __webpack_require__(33736);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(12011);
;// CONCATENATED MODULE: ./src/phases/trace.ts












/** How many of the largest packages left the summary names. */
const LARGEST = 5;
function isSavedAnalyses(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * Reduces the shipped node_modules to the files the server's entries require (`trace`), plus
 * the `trace-include` globs. node_modules itself is left as it is (it is the cached tree): the
 * image phase stages only the traced files, and the checks judge what ships. The result is kept
 * under the production tree's key and the point where the app's files enter node_modules, so a
 * warm run, even after a source change, only parses the app's own files; when the app loads a
 * new package, nft's analyses of node_modules files (kept under the production tree's key)
 * spare it parsing them again.
 */
async function trace(state, options, deps) {
    const config = state.target.trace;
    if (!config)
        return { status: 'skipped', detail: 'no trace configured' };
    const { context } = state.target;
    for (const entry of config.entries) {
        try {
            await (0,promises_.access)(external_node_path_default().join(context, entry));
        }
        catch {
            throw new src_errors/* GateError */.ue(`trace entry ${entry} does not exist after the build; name the file the image's CMD runs (e.g. dist/main.js)`, state.target.locations.trace);
        }
    }
    const started = deps.clock();
    const productionKey = productionTreeKey(state);
    const store = options.cache ? deps.store : undefined;
    // a warm run parses only the app's files to find where they enter node_modules; the full
    // trace's result under that frontier is taken from the cache when it is there
    const frontier = await traceFrontier(context, config.entries);
    const keptKey = keptTraceKey(productionKey, TRACER_VERSION, frontier, config.include);
    const keptDir = external_node_path_default().join(deps.recordsDir, keptKey);
    const kept = store ? await readRecord(store, keptDir, keptKey, isKeptTrace) : undefined;
    let result;
    let reused;
    let analysed = 0;
    if (kept && (await keptTraceHolds(kept, context))) {
        result = kept;
        reused = 'result';
    }
    else {
        const recordKey = `${productionKey}-trace-${TRACER_VERSION}`;
        const recordDir = external_node_path_default().join(deps.recordsDir, recordKey);
        const saved = store ? await readRecord(store, recordDir, recordKey, isSavedAnalyses) : undefined;
        const traced = await traceNodeModules({
            context,
            entries: config.entries,
            include: config.include,
            ...(saved ? { analyses: saved } : {}),
        });
        // entries are immutable in the Actions cache: a tree's analyses are saved once
        if (store && !saved)
            await writeRecord(store, recordDir, recordKey, traced.analyses);
        const filter = tracedFilter(traced.files);
        const tree = await (0,validate_tree/* readArtifactTree */.v8)(context, ['node_modules']);
        result = {
            files: traced.files,
            included: traced.included,
            unmatched: traced.unmatched,
            before: treeSize(tree.entries),
            after: treeSize(tree.entries, filter.keepsFile),
            largest: packageSizes(tree.entries, filter.keepsFile)
                .slice(0, LARGEST)
                .map(({ name, bytes }) => ({ name, bytes })),
            viaNodeModules: await filesViaNodeModules(context, traced.appFiles, frontier),
        };
        if (store)
            await writeRecord(store, keptDir, keptKey, result);
        reused = saved ? 'analyses' : undefined;
        analysed = traced.analysed;
    }
    for (const glob of result.unmatched) {
        state.logger.warning(`trace-include "${glob}" matches no file under ${context}`, state.target.locations['trace-include']);
    }
    const { before, after } = result;
    const seconds = deps.clock() - started;
    state.trace = {
        // what the node_modules layer holds: the production tree, cut to these files
        key: (0,cache_key/* sha256 */.sc)(productionKey, ...result.files),
        filter: tracedFilter(result.files),
        report: {
            entries: config.entries,
            before,
            after,
            largest: result.largest,
            included: result.included,
            seconds,
            analysesReused: reused !== undefined,
            ...(reused === 'result' ? { resultReused: true } : {}),
        },
    };
    const share = before.bytes > 0 ? Math.round((after.bytes / before.bytes) * 100) : 100;
    state.logger.info(`traced ${config.entries.join(', ')}: node_modules ${before.files} files, ${(0,format/* formatBytes */.z3)(before.bytes)} → ${after.files} files, ${(0,format/* formatBytes */.z3)(after.bytes)} (${share} %)` +
        ` in ${seconds.toFixed(2)} s (${reused === 'result'
            ? `${frontier.appFiles.length} app files read, the result from the cache`
            : `${analysed} files analysed${reused ? ', the rest from the cache' : ''}`})`);
    return { status: 'ok', detail: `node_modules ${(0,format/* formatBytes */.z3)(before.bytes)} → ${(0,format/* formatBytes */.z3)(after.bytes)} (traced)` };
}

// EXTERNAL MODULE: ./src/validate/types.ts
var types = __webpack_require__(98255);
;// CONCATENATED MODULE: ./src/validate/artifacts.ts




/**
 * Every declared artifact must be there and hold something: the image is made of nothing else,
 * so a missing or empty one means the build commands did not produce what the Dockerfile
 * copies, and docker would fail later with a less helpful "not found".
 */
function checkArtifacts(target, tree) {
    const findings = [];
    for (const entry of tree.artifacts) {
        const problem = problemOf(entry, target);
        if (problem)
            findings.push((0,types/* error */.z3)('artifacts', problem, target.locations.artifacts ?? { file: target.context }));
    }
    findings.push(...checkInnerEntries(target, tree));
    return findings;
}
/**
 * What lies inside the artifacts and cannot reach the image as it is: a link out of the context
 * (the image would hold it dangling, or pointing at whatever the image has there) fails; pipes,
 * sockets and devices are left out of the staged context (docker cannot send them), with a
 * warning each. The artifacts themselves are judged by problemOf.
 */
function checkInnerEntries(target, tree) {
    const findings = [];
    const roots = new Set(tree.artifacts.map((a) => a.artifact));
    const where = target.locations.artifacts ?? { file: target.context };
    for (const entry of tree.entries) {
        if (roots.has(entry.path))
            continue;
        const file = external_node_path_default().join(target.context, entry.path);
        if (entry.kind === 'other') {
            findings.push((0,types/* warning */.$e)('artifacts', `${file} is neither a file, a directory nor a link (a pipe, socket or device); it is left out of the image`, where));
        }
        else if (entry.kind === 'symlink') {
            let linkTarget;
            try {
                linkTarget = (0,external_node_fs_.readlinkSync)(file);
            }
            catch {
                continue;
            }
            // an absolute link is resolved in the image, unless it names a place in this checkout
            const resolved = external_node_path_default().isAbsolute(linkTarget) ? linkTarget : external_node_path_default().resolve(external_node_path_default().dirname(file), linkTarget);
            if (external_node_path_default().isAbsolute(linkTarget) && !(0,paths/* isInside */.F)(resolved, external_node_path_default().dirname(target.context)))
                continue;
            if (!(0,paths/* isInside */.F)(resolved, target.context)) {
                findings.push((0,types/* error */.z3)('artifacts', `${file} is a symbolic link to ${linkTarget}, outside the context ${target.context}; docker copies the link, not its target, so the image would hold it dangling. Copy the target into the artifacts in a build command, or remove the link.`, where));
            }
        }
    }
    return findings;
}
/** Bytes per artifact, for the budget's "biggest artifacts". */
function artifactSizes(tree) {
    return Object.fromEntries(tree.artifacts.map((a) => [a.artifact, a.size]));
}
function problemOf(entry, target) {
    const name = `artifact \`${entry.artifact}\` of target \`${target.name}\``;
    const commands = target.build.length > 0 ? `the build commands (${target.build.map((c) => `\`${c}\``).join(', ')})` : undefined;
    // with no build commands there is nothing to blame but the config
    const none = 'the target has no build commands (`build` is empty)';
    switch (entry.kind) {
        case 'missing':
            return (`${name} does not exist in ${target.context}${commands ? `: ${commands} did not write it there` : `, and ${none} to write it`}. ` +
                `Make the build produce it, or correct the path in \`artifacts\` (declared: ${target.artifacts.join(', ')}; paths are relative to the context).`);
        case 'file':
            return entry.size === 0
                ? `${name} (${external_node_path_default().join(target.context, entry.artifact)}) is an empty file; ${commands ? `check that ${commands} wrote it` : `${none} to write it`}, or remove it from \`artifacts\`.`
                : undefined;
        case 'dir':
            return entry.files === 0
                ? `${name} (${external_node_path_default().join(target.context, entry.artifact)}) is an empty directory; ${commands ? `${commands} wrote nothing into it` : `${none} to fill it`}. Run the build that fills it, or remove it from \`artifacts\`.`
                : undefined;
        case 'symlink':
            return symlinkProblem(entry, target, name);
        case 'other':
            return `${name} (${external_node_path_default().join(target.context, entry.artifact)}) is neither a file, a directory nor a link (a socket or a pipe?); docker cannot copy it. Remove it from \`artifacts\`.`;
    }
}
/**
 * docker copies a link as a link: the image only works when what it points to is copied too,
 * i.e. lies inside the context (and so can be an artifact).
 */
function symlinkProblem(entry, target, name) {
    const link = external_node_path_default().join(target.context, entry.artifact);
    const resolved = external_node_path_default().resolve(external_node_path_default().dirname(link), entry.linkTarget ?? '');
    const relative = external_node_path_default().relative(target.context, resolved);
    if (relative.startsWith('..') || external_node_path_default().isAbsolute(relative)) {
        return (`${name} (${link}) is a symbolic link to ${entry.linkTarget}, outside the context; docker copies the link, not its target, ` +
            `so the image would hold a dangling link. Declare the real directory as the artifact (or copy it into the context in a build command).`);
    }
    const relPosix = relative.split((external_node_path_default()).sep).join('/');
    if (!target.artifacts.some((a) => (0,paths/* isInside */.F)(relPosix, a))) {
        return (`${name} (${link}) is a symbolic link to ${entry.linkTarget}, which is not an artifact; docker copies the link, not its target, ` +
            `so the image would hold a dangling link. Add \`${relPosix}\` to \`artifacts\` or declare it instead of the link.`);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/validate/budget.ts


/**
 * The sizes against the target's budget. The artifacts' size is known before the build (the
 * validate phase checks it then), the image's only after it.
 */
function checkBudget(target, sizes) {
    const findings = [];
    const location = target.locations.budget;
    const biggest = biggestArtifacts(sizes.artifactSizes);
    const { imageSize: imageBudget, artifactsSize: artifactsBudget } = target.budget;
    if (imageBudget !== undefined && sizes.imageSize !== undefined && sizes.imageSize > imageBudget) {
        findings.push((0,types/* error */.z3)('budget', `The image of target \`${target.name}\` is ${(0,format/* formatBytes */.z3)(sizes.imageSize)}, over its budget \`image-size\` of ${(0,format/* formatBytes */.z3)(imageBudget)}.${biggest} ` +
            `Shrink it (prune dev dependencies, leave source maps and caches out of the artifacts, a slimmer base image) or raise the budget.`, location));
    }
    if (artifactsBudget !== undefined && sizes.artifactsSize !== undefined && sizes.artifactsSize > artifactsBudget) {
        findings.push((0,types/* error */.z3)('budget', `The artifacts of target \`${target.name}\` add up to ${(0,format/* formatBytes */.z3)(sizes.artifactsSize)}, over their budget \`artifacts-size\` of ${(0,format/* formatBytes */.z3)(artifactsBudget)}.${biggest} ` +
            `Shrink them (prune dev dependencies, Next.js standalone output, leave source maps out) or raise the budget.`, location));
    }
    return findings;
}
function biggestArtifacts(sizes, count = 3) {
    if (!sizes)
        return '';
    const top = Object.entries(sizes)
        .sort((a, b) => b[1] - a[1])
        .slice(0, count)
        .map(([name, size]) => `${name} ${(0,format/* formatBytes */.z3)(size)}`);
    return top.length > 0 ? ` Biggest artifacts: ${top.join(', ')}.` : '';
}

// EXTERNAL MODULE: ./src/pm/detect.ts
var detect = __webpack_require__(90996);
;// CONCATENATED MODULE: ./src/validate/dev-dependencies.ts






/**
 * After the prune step no devDependency may be left in a node_modules that goes into the image.
 * A dev dependency that a production package also needs (hoisted to the top level) is
 * legitimately there: npm's hidden lockfile says so directly (no `"dev": true`), otherwise the
 * production dependency tree is walked with Node's own resolution.
 */
async function checkDevDependencies(target) {
    if (target.allowDevDependencies)
        return [];
    const findings = [];
    for (const { packageDir, nodeModules } of shippedNodeModules(target)) {
        const pkg = await dev_dependencies_readJson(external_node_path_default().join(packageDir, 'package.json'));
        if (!pkg)
            continue;
        const left = await leftoverDevDependencies(packageDir, nodeModules, pkg);
        if (left.direct.length > 0)
            findings.push(finding(target, packageDir, nodeModules, left, pkg));
    }
    return findings;
}
/** node_modules directories among the artifacts, with the package.json they belong to. */
function shippedNodeModules(target) {
    const found = [];
    for (const artifact of target.artifacts) {
        const dir = external_node_path_default().join(target.context, artifact);
        if (external_node_path_default().basename(artifact) === 'node_modules')
            found.push({ packageDir: external_node_path_default().dirname(dir), nodeModules: dir });
        // e.g. a Next.js standalone output: its own package.json and node_modules
        else if ((0,external_node_fs_.existsSync)(external_node_path_default().join(dir, 'node_modules')) && (0,external_node_fs_.existsSync)(external_node_path_default().join(dir, 'package.json'))) {
            found.push({ packageDir: dir, nodeModules: external_node_path_default().join(dir, 'node_modules') });
        }
    }
    return found.filter((f) => (0,external_node_fs_.existsSync)(f.nodeModules));
}
async function leftoverDevDependencies(packageDir, nodeModules, pkg) {
    const production = new Set([
        ...Object.keys(pkg.dependencies ?? {}),
        ...Object.keys(pkg.optionalDependencies ?? {}),
        ...Object.keys(pkg.peerDependencies ?? {}),
    ]);
    const devOnly = Object.keys(pkg.devDependencies ?? {}).filter((name) => !production.has(name));
    const installed = devOnly.filter((name) => (0,external_node_fs_.existsSync)(external_node_path_default().join(nodeModules, name, 'package.json')));
    if (installed.length === 0)
        return { direct: [] };
    const hidden = await dev_dependencies_readJson(external_node_path_default().join(nodeModules, '.package-lock.json'));
    const fromLockfile = hidden?.packages ? fromHiddenLockfile(hidden, nodeModules, installed) : undefined;
    const toWalk = fromLockfile ? fromLockfile.unknown : installed;
    const result = fromLockfile ? fromLockfile.known : { direct: [] };
    if (toWalk.length === 0)
        return result;
    const needed = await productionClosure(packageDir, [...production]);
    for (const name of toWalk) {
        if (!needed.has(await (0,promises_.realpath)(external_node_path_default().join(nodeModules, name))))
            result.direct.push(name);
    }
    return result;
}
/** npm (7+) keeps node_modules/.package-lock.json in step with the tree; `dev: true` is dev-only. */
function fromHiddenLockfile(hidden, nodeModules, installed) {
    const packages = hidden.packages ?? {};
    const direct = installed.filter((name) => packages[`node_modules/${name}`]?.dev === true);
    const root = external_node_path_default().dirname(nodeModules);
    const allDevOnly = Object.entries(packages).filter(([key, meta]) => meta.dev === true && (0,external_node_fs_.existsSync)(external_node_path_default().join(root, key))).length;
    // a package the lockfile does not list was put there behind npm's back: walk for it
    const unknown = installed.filter((name) => !packages[`node_modules/${name}`]);
    return { known: { direct, allDevOnly }, unknown };
}
/**
 * The real paths of every package the production dependencies need, found the way Node finds
 * them (node_modules of the requiring package's real directory, then of each parent), which
 * also walks pnpm's symlinked layout correctly.
 */
async function productionClosure(packageDir, roots) {
    const needed = new Set();
    const queue = roots.map((name) => ({ name, from: packageDir }));
    while (queue.length > 0) {
        const { name, from } = queue.shift();
        const found = resolvePackage(name, from);
        if (!found)
            continue; // optional or peer dependency that is not installed
        const real = await (0,promises_.realpath)(found);
        if (needed.has(real))
            continue;
        needed.add(real);
        const manifest = await dev_dependencies_readJson(external_node_path_default().join(real, 'package.json'));
        for (const dep of Object.keys({
            ...manifest?.dependencies,
            ...manifest?.optionalDependencies,
            ...manifest?.peerDependencies,
        })) {
            queue.push({ name: dep, from: real });
        }
    }
    return needed;
}
function resolvePackage(name, from) {
    for (let dir = from;; dir = external_node_path_default().dirname(dir)) {
        if (external_node_path_default().basename(dir) !== 'node_modules') {
            const candidate = external_node_path_default().join(dir, 'node_modules', name);
            if ((0,external_node_fs_.existsSync)(external_node_path_default().join(candidate, 'package.json')))
                return candidate;
        }
        if (external_node_path_default().dirname(dir) === dir)
            return undefined;
    }
}
function finding(target, packageDir, nodeModules, left, pkg) {
    const where = external_node_path_default().relative(target.context, nodeModules).split((external_node_path_default()).sep).join('/') || 'node_modules';
    const count = left.direct.length;
    const more = left.allDevOnly && left.allDevOnly > count
        ? ` (${left.allDevOnly} dev-only packages in all, counting what they pulled in)`
        : '';
    const message = `${where} still holds ${count} devDependenc${count === 1 ? 'y' : 'ies'} of ${external_node_path_default().join(packageDir, 'package.json')}: ${(0,types/* listSome */.XT)(left.direct)}${more}. ` +
        `They would ship in the image. ${pruneAdvice(target, packageDir, pkg)} ` +
        `To ship them on purpose, set \`allow-dev-dependencies: true\` on target \`${target.name}\`.`;
    return (0,types/* error */.z3)('dev-dependencies', message, target.locations.prune ?? devDependenciesLine(packageDir));
}
/** Where package.json lists devDependencies: the annotation points at what is being shipped. */
function devDependenciesLine(packageDir) {
    const file = external_node_path_default().join(packageDir, 'package.json');
    try {
        const lines = (0,external_node_fs_.readFileSync)(file, 'utf8').split('\n');
        const index = lines.findIndex((l) => l.includes('"devDependencies"'));
        return index < 0 ? { file } : { file, line: index + 1 };
    }
    catch {
        return { file };
    }
}
function pruneAdvice(target, packageDir, pkg) {
    if (target.prune === false)
        return '`prune: false` keeps them: remove it so the default prune runs, or set a prune command.';
    if (target.prune)
        return `The prune command \`${target.prune}\` left them: make it remove dev dependencies from this node_modules.`;
    const command = defaultPrune(packageDir, pkg);
    return command
        ? `The default prune (\`${command}\`) left them: check that it ran in ${packageDir}, or set \`prune\` to a command that removes them.`
        : 'Set `prune` to the command that removes dev dependencies for your package manager.';
}
function defaultPrune(packageDir, pkg) {
    try {
        return (0,commands/* defaultPruneCommand */.H)((0,detect/* detectPackageManager */.Lv)(packageDir, pkg, { file: external_node_path_default().join(packageDir, 'package.json') }));
    }
    catch {
        // no or several lockfiles: the install phase has complained about that already
        return undefined;
    }
}
async function dev_dependencies_readJson(file) {
    try {
        return JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/validate/dockerfile.ts
var validate_dockerfile = __webpack_require__(28358);
// EXTERNAL MODULE: ./src/validate/dockerignore.ts
var dockerignore = __webpack_require__(17262);
;// CONCATENATED MODULE: ./src/validate/binary.ts

const ELF_MACHINES = {
    3: 'ia32',
    8: 'mips',
    20: 'ppc',
    21: 'ppc64',
    22: 's390x',
    40: 'arm',
    62: 'x64',
    183: 'arm64',
    243: 'riscv64',
    258: 'loong64',
};
const PT_LOAD = 1;
const PT_DYNAMIC = 2;
const PT_INTERP = 3;
const DT_NULL = 0n;
const DT_NEEDED = 1n;
const DT_STRTAB = 5n;
const DT_STRSZ = 10n;
const DT_VERNEED = 0x6ffffffen;
const DT_VERNEEDNUM = 0x6fffffffn;
/** the string table is read whole for the NEEDED names and V8 symbol names; more is not an addon */
const MAX_STRTAB = 8 * 1024 * 1024;
async function readBinaryInfo(file) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        return await parseBinary(async (offset, length) => {
            const buffer = Buffer.alloc(length);
            const { bytesRead } = await handle.read(buffer, 0, length, offset);
            return buffer.subarray(0, bytesRead);
        });
    }
    finally {
        await handle.close();
    }
}
async function parseBinary(read) {
    const head = await read(0, 64);
    if (head.length >= 52 && head.readUInt32BE(0) === 0x7f454c46)
        return parseElf(head, read);
    if (head.length >= 8) {
        const macho = machO(head);
        if (macho)
            return macho;
        if (head.toString('latin1', 0, 2) === 'MZ')
            return { format: 'pe', os: 'win32' };
    }
    return { format: 'unknown' };
}
function machO(head) {
    const magic = head.readUInt32BE(0);
    const le = magic === 0xcefaedfe || magic === 0xcffaedfe;
    if (!le && magic !== 0xfeedface && magic !== 0xfeedfacf && magic !== 0xcafebabe)
        return undefined;
    // 0xcafebabe is a universal binary (several architectures) or a Java class file: both not Linux
    if (magic === 0xcafebabe)
        return { format: 'mach-o', os: 'darwin' };
    const cpu = le ? head.readUInt32LE(4) : head.readUInt32BE(4);
    const arch = cpu === 0x01000007 ? 'x64' : cpu === 0x0100000c ? 'arm64' : undefined;
    return arch ? { format: 'mach-o', os: 'darwin', arch } : { format: 'mach-o', os: 'darwin' };
}
async function parseElf(head, read) {
    const is64 = head[4] === 2;
    const le = head[5] !== 2;
    const u16 = (b, o) => (le ? b.readUInt16LE(o) : b.readUInt16BE(o));
    const u32 = (b, o) => (le ? b.readUInt32LE(o) : b.readUInt32BE(o));
    const word = (b, o) => is64 ? (le ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o)) : BigInt(u32(b, o));
    const info = { format: 'elf', os: head[7] === 9 ? 'freebsd' : 'linux' };
    const arch = ELF_MACHINES[u16(head, 18)];
    if (arch)
        info.arch = arch;
    const phoff = Number(word(head, is64 ? 32 : 28));
    const phentsize = u16(head, is64 ? 54 : 42);
    const phnum = u16(head, is64 ? 56 : 44);
    const table = await read(phoff, phentsize * phnum);
    const segments = [];
    for (let i = 0; i < phnum && (i + 1) * phentsize <= table.length; i++) {
        const o = i * phentsize;
        segments.push(is64
            ? {
                type: u32(table, o),
                offset: Number(word(table, o + 8)),
                vaddr: Number(word(table, o + 16)),
                filesz: Number(word(table, o + 32)),
            }
            : { type: u32(table, o), offset: u32(table, o + 4), vaddr: u32(table, o + 8), filesz: u32(table, o + 16) });
    }
    const interp = segments.find((s) => s.type === PT_INTERP);
    const interpreter = interp ? cString(await read(interp.offset, Math.min(interp.filesz, 256)), 0) : undefined;
    const dynamic = segments.find((s) => s.type === PT_DYNAMIC);
    const dyn = dynamic
        ? readDynamic(await read(dynamic.offset, dynamic.filesz), is64, word)
        : new Map();
    const toOffset = (vaddr) => {
        const load = segments.find((s) => s.type === PT_LOAD && vaddr >= s.vaddr && vaddr < s.vaddr + s.filesz);
        return load ? vaddr - load.vaddr + load.offset : undefined;
    };
    const strtabAt = toOffset(Number(dyn.get(DT_STRTAB)?.[0] ?? -1));
    const strtab = strtabAt === undefined
        ? undefined
        : await read(strtabAt, Math.min(Number(dyn.get(DT_STRSZ)?.[0] ?? 0), MAX_STRTAB));
    const needed = strtab ? (dyn.get(DT_NEEDED) ?? []).map((o) => cString(strtab, Number(o))) : [];
    const libc = libcOf(needed, interpreter);
    if (libc)
        info.libc = libc;
    if (strtab) {
        const glibc = await newestGlibc(read, toOffset, dyn, strtab, u16, u32);
        if (glibc) {
            info.glibcVersion = glibc;
            info.libc ??= 'glibc';
        }
        const api = nodeApiOf(strtab);
        if (api)
            info.nodeApi = api;
    }
    return info;
}
function readDynamic(data, is64, word) {
    const size = is64 ? 16 : 8;
    const entries = new Map();
    for (let o = 0; o + size <= data.length; o += size) {
        const tag = word(data, o);
        if (tag === DT_NULL)
            break;
        const values = entries.get(tag) ?? [];
        values.push(word(data, o + size / 2));
        entries.set(tag, values);
    }
    return entries;
}
function libcOf(needed, interpreter) {
    if (needed.some((n) => /^libc\.musl-|^ld-musl-/.test(n) || n === 'libc.so') || interpreter?.includes('ld-musl'))
        return 'musl';
    if (needed.some((n) => n === 'libc.so.6' || /^ld-linux/.test(n)) || interpreter?.includes('ld-linux'))
        return 'glibc';
    return undefined;
}
/** Walks the version-needs table (.gnu.version_r) for the highest GLIBC_x.y[.z]. */
async function newestGlibc(read, toOffset, dyn, strtab, u16, u32) {
    const at = toOffset(Number(dyn.get(DT_VERNEED)?.[0] ?? -1));
    const count = Number(dyn.get(DT_VERNEEDNUM)?.[0] ?? 0);
    if (at === undefined || count === 0)
        return undefined;
    let newest;
    let entry = at;
    for (let i = 0; i < count; i++) {
        const need = await read(entry, 16);
        if (need.length < 16)
            break;
        const auxCount = u16(need, 2);
        let aux = entry + u32(need, 8);
        for (let j = 0; j < auxCount; j++) {
            const a = await read(aux, 16);
            if (a.length < 16)
                break;
            const m = /^GLIBC_(\d+(?:\.\d+)+)$/.exec(cString(strtab, u32(a, 8)));
            if (m) {
                const version = m[1].split('.').map(Number);
                if (!newest || compareVersions(version, newest) > 0)
                    newest = version;
            }
            const next = u32(a, 12);
            if (next === 0)
                break;
            aux += next;
        }
        const next = u32(need, 12);
        if (next === 0)
            break;
        entry += next;
    }
    return newest?.join('.');
}
/**
 * Node-API addons export napi_register_module_v1 and import only napi_* functions; addons
 * built against V8 (nan, plain node-gyp) import mangled v8:: symbols (_ZN2v8...) or export
 * node_register_module_v<ABI>. Only the latter break when Node's major version changes.
 */
function nodeApiOf(strtab) {
    const text = strtab.toString('latin1');
    if (text.includes('_ZN2v8') || text.includes('_ZN4node') || /node_register_module_v\d/.test(text))
        return 'v8';
    if (text.includes('napi_'))
        return 'napi';
    return undefined;
}
function compareVersions(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const d = (a[i] ?? 0) - (b[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return 0;
}
function cString(buffer, offset) {
    if (offset < 0 || offset >= buffer.length)
        return '';
    const end = buffer.indexOf(0, offset);
    return buffer.toString('latin1', offset, end < 0 ? buffer.length : end);
}

;// CONCATENATED MODULE: ./src/validate/native.ts




/**
 * Packages whose binaries serve only the build: bundlers, compilers, watchers. In the image they
 * are dead weight, and a mismatch is harmless unless something loads them at run time, so it is
 * a warning. @next/swc is one: `next build` compiles with it, while `next start` does not load
 * it, except for a next.config.ts, which Next 15 compiles with SWC when the server starts.
 */
const BUILD_TIME_ONLY = [
    /^@next\/swc-/,
    /^@esbuild\//,
    /^esbuild$/,
    /^@swc\/core/,
    /^@rollup\/rollup-/,
    /^@rolldown\/binding-/,
    /^lightningcss/,
    /^@tailwindcss\/oxide/,
    /^@parcel\/watcher/,
    /^@biomejs\/cli-/,
    /^turbo-/,
    /^@turbo\//,
    /^@rspack\/binding/,
    /^fsevents$/,
];
const OS_TOKENS = {
    linux: { os: 'linux' },
    linuxmusl: { os: 'linux', libc: 'musl' },
    darwin: { os: 'darwin' },
    macos: { os: 'darwin' },
    win32: { os: 'win32' },
    windows: { os: 'win32' },
    freebsd: { os: 'freebsd' },
    openbsd: { os: 'openbsd' },
    netbsd: { os: 'netbsd' },
    android: { os: 'android' },
    sunos: { os: 'sunos' },
    aix: { os: 'aix' },
};
const ARCH_TOKENS = {
    x64: 'x64',
    x86_64: 'x64',
    amd64: 'x64',
    '64': 'x64',
    arm64: 'arm64',
    aarch64: 'arm64',
    ia32: 'ia32',
    x86: 'ia32',
    arm: 'arm',
    armv7: 'arm',
    s390x: 's390x',
    ppc64: 'ppc64',
    ppc64le: 'ppc64',
    riscv64: 'riscv64',
    loong64: 'loong64',
};
/** docker's architecture names to Node's */
const DOCKER_ARCH = new Map([
    ['amd64', 'x64'],
    ['arm64', 'arm64'],
    ['386', 'ia32'],
    ['arm', 'arm'],
    ['s390x', 's390x'],
    ['ppc64le', 'ppc64'],
    ['riscv64', 'riscv64'],
]);
const LIBC_TOKENS = {
    gnu: 'glibc',
    glibc: 'glibc',
    gnueabihf: 'glibc',
    musl: 'musl',
    musleabihf: 'musl',
};
const PRISMA_ENGINE = /^(?:lib)?query[_-]engine|^query_compiler|^schema-engine|^migration-engine/;
async function checkNativeAddons(target, tree, facts) {
    const families = await findNativeFamilies(target.context, tree);
    return { findings: checkFamilies(families, targetPlatforms(target, facts), facts), families };
}
/** `linux/arm64/v8` → { os: linux, arch: arm64 }; no platforms means the runner's own. */
function targetPlatforms(target, facts) {
    if (target.platforms.length === 0) {
        const arch = facts.runner.arch;
        return [{ platform: `linux/${arch === 'x64' ? 'amd64' : arch}`, os: 'linux', arch }];
    }
    return target.platforms.map((platform) => {
        const [os = 'linux', arch = ''] = platform.split('/');
        return { platform, os, arch: DOCKER_ARCH.get(arch) ?? arch };
    });
}
async function findNativeFamilies(context, tree) {
    const families = new Map();
    const add = (key, family, variant) => {
        const existing = families.get(key) ?? { ...family, variants: [] };
        existing.variants.push(variant);
        families.set(key, existing);
    };
    const platformPackages = new Map();
    for (const entry of tree.entries) {
        const owner = ownerPackage(entry.path);
        if (owner && entry.path === `${owner.dir}/package.json`) {
            const platform = platformOfName(owner.name);
            if (platform)
                platformPackages.set(owner.dir, { ...platform, name: owner.name });
        }
    }
    for (const [dir, platform] of platformPackages) {
        const variant = await platformPackageVariant(context, dir, platform, tree);
        // an OS word alone (is-darwin) does not make a platform package: it also needs a CPU
        if (!variant)
            continue;
        add(`pkg:${platform.family}`, { name: `${platform.family}*`, kind: 'platform-package', buildTimeOnly: isBuildTimeOnly(platform.name) }, variant);
    }
    for (const entry of tree.entries) {
        if (entry.kind !== 'file')
            continue;
        const base = external_node_path_default().posix.basename(entry.path);
        const owner = ownerPackage(entry.path);
        if (owner && platformPackages.has(owner.dir))
            continue;
        const dir = external_node_path_default().posix.dirname(entry.path);
        if (owner && PRISMA_ENGINE.test(base)) {
            const variant = await binaryVariant(context, entry, base.endsWith('.node'));
            add(`prisma:${dir}`, { name: `Prisma engines in ${dir}`, kind: 'prisma-engine', buildTimeOnly: false }, variant);
        }
        else if (base.endsWith('.node')) {
            const variant = await binaryVariant(context, entry, true);
            const name = owner ? owner.name : entry.path;
            add(`addon:${owner?.dir ?? entry.path}`, { name, kind: 'addon', buildTimeOnly: owner ? isBuildTimeOnly(owner.name) : false }, variant);
        }
    }
    return [...families.values()];
}
function isBuildTimeOnly(name) {
    return BUILD_TIME_ONLY.some((re) => re.test(name));
}
/** The package a path lies in: the last node_modules/<name> or node_modules/@scope/<name>. */
function ownerPackage(rel) {
    const parts = rel.split('/');
    const index = parts.lastIndexOf('node_modules');
    const first = parts[index + 1];
    if (index < 0 || first === undefined)
        return undefined;
    // .prisma/client is generated into node_modules like a scoped package
    const scoped = first.startsWith('@') || first === '.prisma';
    const length = scoped ? 2 : 1;
    if (index + length >= parts.length)
        return undefined;
    const name = parts.slice(index + 1, index + 1 + length).join('/');
    return { name, dir: parts.slice(0, index + 1 + length).join('/') };
}
/** `@img/sharp-linuxmusl-x64` → family `@img/sharp-`, linux, x64, musl; undefined without an OS in the name. */
function platformOfName(name) {
    const slash = name.lastIndexOf('/');
    const scope = slash < 0 ? '' : name.slice(0, slash + 1);
    const tokens = name.slice(slash + 1).split('-');
    // own properties only: a package named like `foo-constructor` is no platform package
    const at = tokens.findIndex((t) => Object.hasOwn(OS_TOKENS, t));
    if (at < 0)
        return undefined;
    const os = OS_TOKENS[tokens[at]];
    const result = {
        family: scope +
            tokens
                .slice(0, at)
                .map((t) => `${t}-`)
                .join(''),
        os: os.os,
    };
    for (const token of tokens.slice(at + 1)) {
        if (Object.hasOwn(ARCH_TOKENS, token) && !result.arch)
            result.arch = ARCH_TOKENS[token];
        else if (Object.hasOwn(LIBC_TOKENS, token))
            result.libc = LIBC_TOKENS[token];
    }
    if (os.libc)
        result.libc = os.libc;
    return result;
}
async function platformPackageVariant(context, dir, fromName, tree) {
    const file = external_node_path_default().join(context, dir, 'package.json');
    const variant = { path: dir, file, os: fromName.os, addon: false };
    if (fromName.arch)
        variant.arch = fromName.arch;
    if (fromName.libc)
        variant.libc = fromName.libc;
    // package.json's os/cpu/libc are what npm itself goes by
    const manifest = await native_readManifest(file);
    const declared = { os: firstOf(manifest.os), arch: firstOf(manifest.cpu), libc: firstOf(manifest.libc) };
    if (!fromName.arch && !declared.os && !declared.arch)
        return undefined;
    if (declared.os)
        variant.os = declared.os;
    if (declared.arch)
        variant.arch = declared.arch;
    if (declared.libc === 'glibc' || declared.libc === 'musl')
        variant.libc = declared.libc;
    // the binary inside has the last word, and tells whether it is a Node-API addon
    const addon = tree.entries.find((e) => e.kind === 'file' && e.path.startsWith(`${dir}/`) && e.path.endsWith('.node'));
    if (addon)
        Object.assign(variant, binaryFacts(await safeBinaryInfo(external_node_path_default().join(context, addon.path))), { addon: true });
    return variant;
}
async function binaryVariant(context, entry, addon) {
    const file = external_node_path_default().join(context, entry.path);
    return { path: entry.path, file, addon, ...binaryFacts(await safeBinaryInfo(file)) };
}
function binaryFacts(info) {
    const facts = {};
    if (info.os)
        facts.os = info.os;
    if (info.arch)
        facts.arch = info.arch;
    if (info.libc)
        facts.libc = info.libc;
    if (info.glibcVersion)
        facts.glibcVersion = info.glibcVersion;
    if (info.nodeApi)
        facts.nodeApi = info.nodeApi;
    return facts;
}
async function safeBinaryInfo(file) {
    try {
        return await readBinaryInfo(file);
    }
    catch {
        return { format: 'unknown' };
    }
}
async function native_readManifest(file) {
    try {
        return JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch {
        return {};
    }
}
/** The first positive entry of npm's os/cpu/libc lists (`["!win32"]` says nothing positive). */
function firstOf(value) {
    if (!Array.isArray(value))
        return undefined;
    return value.find((v) => typeof v === 'string' && !v.startsWith('!'));
}
/** Why a variant does not run on the platform with the base image's C library, if it does not. */
function mismatchOf(variant, platform, facts) {
    if ((variant.os ?? 'linux') !== platform.os)
        return 'os';
    if (variant.arch && variant.arch !== platform.arch)
        return 'arch';
    const base = facts.baseImage;
    if (variant.libc && base && base.libc !== 'unknown' && variant.libc !== base.libc)
        return 'libc';
    if (variant.glibcVersion &&
        base?.glibcVersion &&
        compareVersions(split(variant.glibcVersion), split(base.glibcVersion)) > 0)
        return 'glibc-version';
    return undefined;
}
function split(version) {
    return version.split('.').map(Number);
}
function checkFamilies(families, platforms, facts) {
    const findings = [];
    for (const family of families) {
        for (const platform of platforms) {
            const reasons = family.variants.map((v) => mismatchOf(v, platform, facts));
            if (reasons.some((r) => r === undefined))
                continue;
            findings.push(familyFinding(family, platform, reasons, facts));
        }
    }
    const unknownLibc = !facts.baseImage || facts.baseImage.libc === 'unknown';
    const libcBound = families.filter((f) => !f.buildTimeOnly && f.variants.some((v) => v.libc));
    if (unknownLibc && libcBound.length > 0) {
        const image = facts.baseImage ? `the base image ${facts.baseImage.image}` : 'the base image (it was not probed)';
        findings.push((0,types/* warning */.$e)('native-addons', `Could not tell which C library ${image} uses, so these native packages were not checked against it: ${(0,types/* listSome */.XT)(libcBound.map((f) => f.name))}. ` +
            `If the image is Alpine (musl) and they were installed on a glibc runner, they fail to load at run time.`));
    }
    return findings;
}
function familyFinding(family, platform, reasons, facts) {
    // the variant closest to running tells the most useful story
    const order = ['glibc-version', 'libc', 'arch', 'os'];
    const reason = order.find((r) => reasons.includes(r)) ?? 'os';
    const variant = family.variants[reasons.indexOf(reason)];
    const base = facts.baseImage;
    const what = family.kind === 'prisma-engine' ? family.name : `native package ${family.name}`;
    const head = reason === 'glibc-version'
        ? `${what} (${variant.path}) needs glibc ${variant.glibcVersion}, but the image has ${base?.glibcVersion}`
        : `${what} is built for ${family.variants.map(describeVariant).join(', ')}, which does not run on ${describeTarget(platform, facts)}`;
    const fix = fixFor(family, reason, platform, facts);
    const location = { file: variant.file };
    if (!family.buildTimeOnly)
        return (0,types/* error */.z3)('native-addons', `${head}. It fails to load at run time. ${fix}`, location);
    const loadedBy = family.name.startsWith('@next/swc')
        ? ' (Next 15 compiles a next.config.ts with it on `next start`: a next.config.js or .mjs avoids that)'
        : '';
    return (0,types/* warning */.$e)('native-addons', `${head}. It is only needed while building, so the image works unless something loads it at run time${loadedBy}. To make it match anyway: ${fix}`, location);
}
/** "linux/amd64 with musl (base image node:20-alpine)" */
function describeTarget(platform, facts) {
    const base = facts.baseImage;
    if (!base || base.libc === 'unknown')
        return platform.platform;
    const libc = base.glibcVersion ? `${base.libc} ${base.glibcVersion}` : base.libc;
    return `${platform.platform} with ${libc} (base image ${base.image})`;
}
function describeVariant(v) {
    return [v.os ?? 'linux', v.arch, v.libc].filter(Boolean).join('-');
}
function fixFor(family, reason, platform, facts) {
    const baseLibc = facts.baseImage?.libc;
    const libcFlag = baseLibc === 'musl' || baseLibc === 'glibc' ? ` --libc=${baseLibc}` : '';
    const install = `install the binaries for the image: \`npm install --os=${platform.os} --cpu=${platform.arch}${libcFlag}\` (npm 10+), ` +
        `pnpm's \`supportedArchitectures\` (os, cpu, libc) in pnpm-workspace.yaml, or yarn's \`supportedArchitectures\` in .yarnrc.yml`;
    if (family.kind === 'prisma-engine') {
        const musl = baseLibc === 'musl';
        const binaryTarget = platform.arch === 'arm64'
            ? musl
                ? 'linux-musl-arm64-openssl-3.0.x'
                : 'linux-arm64-openssl-3.0.x'
            : musl
                ? 'linux-musl-openssl-3.0.x'
                : 'debian-openssl-3.0.x';
        return `Add the image's target to the generator's binaryTargets in schema.prisma (e.g. binaryTargets = ["native", "${binaryTarget}"]) and run prisma generate in the build.`;
    }
    const compiled = family.kind === 'addon';
    switch (reason) {
        case 'os':
            return `node_modules was installed on ${facts.runner.platform}; install it on a Linux runner${compiled ? '' : `, or ${install}`}.`;
        case 'arch':
            return compiled
                ? `A compiled addon runs only on the CPU it was compiled for: build on a runner with ${platform.arch} CPUs (e.g. runs-on: ubuntu-24.04-arm for arm64), one per platform.`
                : `Build on a runner with ${platform.arch} CPUs (e.g. runs-on: ubuntu-24.04-arm for arm64), or ${install}.`;
        case 'libc':
            return baseLibc === 'musl'
                ? `Use a glibc base image (a Debian one such as node:<version>-slim instead of Alpine)${compiled ? ', or compile it on a musl runner' : `, or ${install}`}.`
                : `Install on a glibc runner (not an Alpine container job)${compiled ? ' or use' : ', use'} a musl (Alpine) base image${compiled ? '' : `, or ${install}`}.`;
        case 'glibc-version':
            return `Use a base image with a newer glibc (e.g. a newer Debian release), or build on an older runner (e.g. ubuntu-22.04) so the addon is compiled against an older glibc.`;
    }
}
/** Node addons loaded by the running app, for the Node version check. */
function runtimeAddons(families) {
    return families
        .filter((f) => !f.buildTimeOnly)
        .flatMap((f) => f.variants
        .filter((v) => v.addon)
        .map((v) => (v.nodeApi ? { name: f.name, nodeApi: v.nodeApi } : { name: f.name })));
}

;// CONCATENATED MODULE: ./src/validate/production-tree.ts






/**
 * What in the shipped node_modules the server never uses, with its size: build-time tools
 * (compilers, bundlers), binaries for another platform or C library than the image's, and one
 * package at several versions. Each kind is one warning naming the packages and the fix; none
 * fails the build, as each costs bytes, not correctness.
 */
/** JavaScript build tools without native code (those with it are found by native.ts's list). */
const BUILD_TOOLS = [
    /^typescript$/,
    /^@babel\/core$/,
    /^webpack$/,
    /^vite$/,
    /^rollup$/,
    /^@nestjs\/cli$/,
    /^ts-node$/,
    /^tsx$/,
    /^eslint$/,
    /^prettier$/,
    /^prisma$/,
    /^@swc\/cli$/,
];
/** Bytes in the extra copies of duplicated packages from which they are reported. */
const DUPLICATES_WORTH_A_WARNING = 1e6;
async function checkProductionTree(target, tree, families, platforms, facts) {
    const sizes = packageSizes(tree.entries);
    const bytesAt = new Map(sizes.map((s) => [s.path, s.bytes]));
    const manifests = tree.entries.filter((e) => e.kind === 'file' &&
        e.path.endsWith('/package.json') &&
        packageOf(e.path)?.path === e.path.slice(0, -'/package.json'.length));
    const versions = new Map();
    await Promise.all(manifests.map(async (m) => {
        const pkg = packageOf(m.path);
        const version = await readVersion(external_node_path_default().join(target.context, m.path));
        const list = versions.get(pkg.name) ?? [];
        list.push({ name: pkg.name, path: pkg.path, bytes: bytesAt.get(pkg.path) ?? 0, ...(version ? { version } : {}) });
        versions.set(pkg.name, list);
    }));
    const all = [...versions.values()].flat();
    const buildTools = all
        .filter((p) => isBuildTimeOnly(p.name) || BUILD_TOOLS.some((re) => re.test(p.name)))
        .sort(bySize);
    const foreignPaths = new Set();
    for (const family of families) {
        if (family.kind !== 'platform-package')
            continue;
        for (const variant of family.variants) {
            // a variant no target platform can load is dead weight (one that none can load at all is
            // native.ts's error, not a size question)
            if (platforms.every((p) => mismatchOf(variant, p, facts) !== undefined) &&
                family.variants.some((v) => v !== variant))
                foreignPaths.add(variant.path);
        }
    }
    const foreign = all.filter((p) => foreignPaths.has(p.path)).sort(bySize);
    const several = [...versions.entries()]
        .filter(([, copies]) => new Set(copies.map((c) => c.version)).size > 1)
        .map(([name, copies]) => ({ name, copies: copies.sort(bySize) }))
        .sort((a, b) => sum(b.copies) - sum(a.copies));
    // a few kB of nested copies are how npm resolves ranges, not worth a warning
    const duplicates = several.reduce((n, d) => n + sum(d.copies.slice(1)), 0) >= DUPLICATES_WORTH_A_WARNING ? several : [];
    const report = { buildTools, foreign, duplicates };
    const findings = [];
    const where = target.locations.artifacts;
    const fix = target.trace ? '' : ' `trace: [<entry>]` ships only the files the server requires and leaves them out;';
    if (buildTools.length > 0) {
        findings.push((0,types/* warning */.$e)('production-tree', `${(0,format/* formatBytes */.z3)(sum(buildTools))} of build-time tools in the image's node_modules: ${(0,types/* listSome */.XT)(buildTools.map(production_tree_describe), 8)}. The running server does not load them:${fix} ${devFix(target)}; a Next.js app ships less with \`output: 'standalone'\`.`, where));
    }
    if (foreign.length > 0) {
        const base = facts.baseImage && facts.baseImage.libc !== 'unknown' ? ` and ${facts.baseImage.libc}` : '';
        findings.push((0,types/* warning */.$e)('production-tree', `${(0,format/* formatBytes */.z3)(sum(foreign))} of binaries for another platform or C library than the image (${platforms.map((p) => p.platform).join(', ')}${base}): ${(0,types/* listSome */.XT)(foreign.map(production_tree_describe), 8)}. Nothing in the image can load them:${fix} or install only the image's platform (npm ci --os=linux --cpu=<arch> --libc=<glibc|musl>).`, where));
    }
    if (duplicates.length > 0) {
        const text = duplicates.map((d) => `${d.name} (${d.copies.map((c) => `${c.version ?? '?'} ${(0,format/* formatBytes */.z3)(c.bytes)}`).join(', ')})`);
        findings.push((0,types/* warning */.$e)('production-tree', `${duplicates.length} package${duplicates.length === 1 ? '' : 's'} installed at several versions, ${(0,format/* formatBytes */.z3)(duplicates.reduce((n, d) => n + sum(d.copies.slice(1)), 0))} in the extra copies: ${(0,types/* listSome */.XT)(text, 6)}. \`npm dedupe\` merges copies whose ranges allow it; \`npm ls <name>\` shows which dependency asks for the other version.`, where));
    }
    return { findings, report };
}
/**
 * Moving a tool to devDependencies leaves it out only when the prune runs: with `prune: false`
 * (which `allow-dev-dependencies: true` lets pass the dev-dependency check) the devDependencies
 * ship too.
 */
function devFix(target) {
    if (target.prune !== false)
        return 'when one is a dependency of the app, move it to devDependencies';
    const allowed = target.allowDevDependencies ? ' and `allow-dev-dependencies: true`' : '';
    return `\`prune: false\`${allowed} ship the devDependencies too: let the prune run (remove \`prune: false\`) to leave out those that are devDependencies, and move the others there`;
}
function production_tree_describe(p) {
    return `${p.name}${p.version ? `@${p.version}` : ''} ${(0,format/* formatBytes */.z3)(p.bytes)}`;
}
function bySize(a, b) {
    return b.bytes - a.bytes || (a.path < b.path ? -1 : 1);
}
function sum(list) {
    return list.reduce((n, p) => n + p.bytes, 0);
}
async function readVersion(file) {
    try {
        const version = JSON.parse(await (0,promises_.readFile)(file, 'utf8')).version;
        return typeof version === 'string' ? version : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/validate/node-version.ts

/**
 * The runner's Node installed node_modules and ran the build; the image's Node runs the app.
 * A different major version is a risk (syntax, APIs, engines fields) and breaks addons built
 * against V8 directly: they are compiled for one Node ABI. Node-API addons (sharp, Prisma, SWC)
 * are ABI-stable, so they alone do not make it an error. The findings point at `location`, the
 * FROM line that chose the base image.
 */
function checkNodeVersion(facts, addons, location) {
    const base = facts.baseImage;
    const runner = facts.runner.nodeMajor;
    if (!base) {
        return [
            (0,types/* warning */.$e)('node-version', `The base image was not probed (no Docker daemon, or FROM scratch), so its Node version was not compared with the runner's Node ${runner}.`, location),
        ];
    }
    if (base.bunVersion)
        return checkBunVersion(facts, base.image, base.bunVersion, addons, location);
    const major = base.nodeVersion ? Number(/^v?(\d+)/.exec(base.nodeVersion)?.[1]) : undefined;
    if (major === undefined || Number.isNaN(major)) {
        return [
            (0,types/* warning */.$e)('node-version', `Could not read Node's version from the base image ${base.image} (no \`node\` on its PATH?), so it was not compared with the runner's Node ${runner}. ` +
                `Use a Node base image (node:${runner}-slim, or a distroless node image) so the app runs on the Node it was built and tested with.`, location),
        ];
    }
    if (major === runner)
        return [];
    // addons whose binding is unknown are treated as V8-bound: wrongly passing is the worse mistake
    const bound = addons.filter((a) => a.nodeApi !== 'napi').map((a) => a.name);
    const fix = `Use the same major on both: actions/setup-node with node-version: ${major}, or a Node ${runner} base image (e.g. node:${runner}-slim).`;
    const head = `The runner's Node ${runner} installed node_modules and ran the build, but the base image ${base.image} runs Node ${base.nodeVersion}.`;
    if (bound.length > 0) {
        return [
            (0,types/* error */.z3)('node-version', `${head} These native addons are compiled for Node ${runner}'s ABI and fail to load on Node ${major}: ${(0,types/* listSome */.XT)([...new Set(bound)])}. ${fix}`, location),
        ];
    }
    return [
        (0,types/* warning */.$e)('node-version', `${head} The app may rely on APIs or syntax of Node ${runner} that Node ${major} lacks (or differ the other way round). ${fix}`, location),
    ];
}
/**
 * A Bun base runs the app on Bun, whatever Node built it: Bun loads Node-API addons (sharp,
 * Prisma, SWC) but not addons compiled against V8 and Node's ABI, so those are an error. When
 * Bun installed node_modules too, a different Bun major may lay out or link packages differently.
 */
function checkBunVersion(facts, image, bunVersion, addons, location) {
    const findings = [];
    const bound = addons.filter((a) => a.nodeApi !== 'napi').map((a) => a.name);
    if (bound.length > 0) {
        findings.push((0,types/* error */.z3)('node-version', `The base image ${image} runs Bun ${bunVersion}, which loads Node-API addons only; these native addons are compiled against Node's V8 ABI and fail to load: ${(0,types/* listSome */.XT)([...new Set(bound)])}. ` +
            `Use a Node base image (node:${facts.runner.nodeMajor}-slim), or dependencies that ship Node-API builds.`, location));
    }
    const runnerBun = facts.runner.bunVersion;
    if (runnerBun && runnerBun.split('.')[0] !== bunVersion.split('.')[0]) {
        findings.push((0,types/* warning */.$e)('node-version', `Bun ${runnerBun} installed node_modules, but the base image ${image} runs Bun ${bunVersion}. Use the same Bun on both (the packageManager field, or a base image of Bun ${runnerBun}).`, location));
    }
    return findings;
}

// EXTERNAL MODULE: ./src/validate/secrets.ts
var validate_secrets = __webpack_require__(60435);
;// CONCATENATED MODULE: ./src/validate/tree-record.ts


/** The artifact that is the production tree: the target's own node_modules. */
const PRODUCTION_TREE = 'node_modules';
const CONTEXT = '<context>';
function isFindingList(value) {
    return (Array.isArray(value) &&
        value.every((f) => typeof f?.check === 'string' &&
            (f.severity === 'error' || f.severity === 'warning') &&
            typeof f.message === 'string'));
}
function isTreeChecks(value) {
    const v = value;
    const report = v?.productionTree?.report;
    return (isFindingList(v?.devDependencies) &&
        isFindingList(v.secrets) &&
        Array.isArray(v.families) &&
        v.families.every((f) => typeof f?.name === 'string' && Array.isArray(f.variants)) &&
        isFindingList(v.productionTree?.findings) &&
        Array.isArray(report?.buildTools) &&
        Array.isArray(report.foreign) &&
        Array.isArray(report.duplicates));
}
/**
 * `value` with every string that is a path under `from` moved under `to`: a record names files
 * by absolute path (annotations need them), and the next run may check out elsewhere.
 */
function relocate(value, from, to) {
    const move = (v) => {
        if (typeof v === 'string')
            return v === from ? to : v.startsWith(`${from}/`) ? `${to}${v.slice(from.length)}` : v;
        if (Array.isArray(v))
            return v.map(move);
        if (v && typeof v === 'object')
            return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, move(x)]));
        return v;
    };
    return move(value);
}
/** The record as kept: paths relative to the target's context. */
function toRecord(checks, context) {
    return relocate(checks, context, CONTEXT);
}
/** The kept record as this run's checks: paths under this run's context. */
function fromRecord(checks, context) {
    return relocate(checks, CONTEXT, context);
}
/**
 * The tree split into the production tree (the node_modules artifact) and the user's own
 * artifacts; undefined when the tree has node_modules elsewhere too (a Next.js standalone
 * output's, built by the build), which no install key describes: then everything is checked.
 */
function splitProductionTree(tree, artifacts) {
    if (!artifacts.some((a) => normal(a) === PRODUCTION_TREE))
        return undefined;
    const production = tree.entries.filter((e) => (0,paths/* isInside */.F)(e.path, PRODUCTION_TREE));
    const own = tree.entries.filter((e) => !(0,paths/* isInside */.F)(e.path, PRODUCTION_TREE));
    if (own.some((e) => (0,paths/* inNodeModules */.V)(e.path)))
        return undefined;
    return {
        production: { ...tree, entries: production },
        own: { ...tree, entries: own },
    };
}
/**
 * The production tree as listed: paths, kinds, sizes and files' mtimes, in the walk's (sorted)
 * order. The restore keeps the times the cache entry was packed with, so a warm run lists the
 * same tree; a file a build command rewrote (a secret, same size or not) changes the listing and
 * the checks run again. npm's hidden lockfile is the exception: every prune rewrites it (a
 * replayed one too), and its content follows from the tree's key.
 */
function treeListing(tree) {
    return (0,cache_key/* sha256 */.sc)(tree.entries
        .map((e) => {
        const time = e.path.endsWith('node_modules/.package-lock.json') ? '' : (e.mtime ?? '');
        return `${e.kind} ${e.size} ${time} ${e.path}`;
    })
        .join('\n'));
}
function normal(artifact) {
    return artifact.replace(/^\.\//, '').replace(/\/+$/, '');
}

;// CONCATENATED MODULE: ./src/validate/index.ts













/** The most basic problems first: a missing artifact explains most of what follows it. */
const CHECK_ORDER = [
    ...['config', 'artifacts', 'dockerfile', 'base-image', 'credentials', 'smoke-port', 'dockerignore'],
    ...['dev-dependencies', 'secrets', 'native-addons', 'node-version', 'budget', 'production-tree'],
];
/** Artifact sizes measured by the last validation of each target, for checkBudget's message. */
const measured = new WeakMap();
/** Every check that can run before the image is built. The artifacts are walked once. */
async function inspectTarget(target, facts, shipped, recall) {
    const [full, { ignore }, dockerfile, from] = await Promise.all([
        (0,validate_tree/* readArtifactTree */.v8)(target.context, target.artifacts),
        (0,dockerfile_ignore/* stagingIgnoreFile */.CL)(target.context, target.dockerfile),
        (0,validate_dockerfile/* checkDockerfile */.vn)(target, facts.baseConfig ? { base: facts.baseConfig } : {}),
        baseImageLocation(target),
    ]);
    // what docker build would send: the content checks judge the image, not the checkout
    // what the image gets: a traced node_modules ships only the traced files (even none of them)
    const tree = shipped ? (0,validate_tree/* narrowTree */.YG)(full, shipped) : full;
    const sent = (0,validate_tree/* withoutIgnored */.fq)(tree, ignore);
    const platforms = targetPlatforms(target, facts);
    // the production tree is checked apart from the user's own artifacts, so that its checks
    // can be recorded under its key; the user's artifacts changed and are checked every run
    const split = splitProductionTree(full, target.artifacts) && splitProductionTree(sent, target.artifacts);
    let inspected;
    if (split) {
        const listing = treeListing(split.production);
        const recalled = await recall?.(listing);
        const checks = recalled ?? (await checkTree(target, split.production, platforms, facts));
        const [secrets, ownFamilies] = await Promise.all([
            (0,validate_secrets/* checkSecrets */.KK)(target, split.own),
            findNativeFamilies(target.context, split.own),
        ]);
        const families = [...checks.families, ...ownFamilies];
        inspected = {
            devDependencies: checks.devDependencies,
            secrets: [...checks.secrets, ...secrets],
            native: { families, findings: checkFamilies(families, platforms, facts) },
            productionTree: checks.productionTree,
            production: { listing, checks, replayed: recalled !== undefined },
        };
    }
    else {
        const [devDependencies, secrets, native] = await Promise.all([
            checkDevDependencies(target),
            (0,validate_secrets/* checkSecrets */.KK)(target, sent),
            checkNativeAddons(target, sent, facts),
        ]);
        const productionTree = await checkProductionTree(target, sent, native.families, platforms, facts);
        inspected = { devDependencies, secrets, native, productionTree };
    }
    const { devDependencies, secrets, native, productionTree } = inspected;
    const sizes = artifactSizes(tree);
    measured.set(target, sizes);
    const findings = [
        // whether the build wrote the artifacts is judged on what it wrote, before any trace
        ...checkArtifacts(target, full),
        ...dockerfile,
        ...(0,dockerignore/* checkIgnoreFile */.b)(target, tree, ignore),
        ...devDependencies,
        ...secrets,
        ...native.findings,
        ...checkNodeVersion(facts, runtimeAddons(native.families), from),
        ...checkBudget(target, { artifactsSize: tree.totalSize, artifactSizes: sizes }),
        ...productionTree.findings,
    ];
    findings.sort((a, b) => CHECK_ORDER.indexOf(a.check) - CHECK_ORDER.indexOf(b.check));
    return {
        findings,
        artifactsSize: tree.totalSize,
        artifactSizes: sizes,
        native: native.families,
        productionTree: productionTree.report,
        ...(inspected.production ? { production: inspected.production } : {}),
    };
}
/** The checks that read nothing but the production tree (and the facts): what a record keeps. */
async function checkTree(target, production, platforms, facts) {
    const [devDependencies, secrets, families] = await Promise.all([
        checkDevDependencies(target),
        (0,validate_secrets/* checkSecrets */.KK)(target, production),
        findNativeFamilies(target.context, production),
    ]);
    const productionTree = await checkProductionTree(target, production, families, platforms, facts);
    return { devDependencies, secrets, families, productionTree };
}
/**
 * The sizes against the target's budget, after the build: pass the image's size. The
 * artifacts' sizes default to what the last validation of this target measured (the
 * artifacts-size budget itself is checked by the validation, before the build).
 */
function validate_checkBudget(target, sizes) {
    const artifactSizes = sizes.artifactSizes ?? measured.get(target);
    return checkBudget(target, artifactSizes ? { ...sizes, artifactSizes } : sizes);
}

;// CONCATENATED MODULE: ./src/validate/next-standalone.ts


/**
 * What a Next.js app in the classic layout (node_modules and .next, served by `next start`)
 * would ship with `output: 'standalone'`, measured from the build's own traces: `next build`
 * writes a `.nft.json` beside the server and each route, naming every file it needs, whatever
 * the output mode. The standalone server is those files, plus .next/static and public/.
 * Undefined when the target is not a classic Next.js layout or the build left no traces.
 */
async function measureNextStandalone(context, artifacts, artifactSizes) {
    if (!artifacts.includes('node_modules') || !artifacts.includes('.next'))
        return undefined;
    const dotNext = external_node_path_default().join(context, '.next');
    const traces = await findTraces(dotNext);
    // the full server's trace: without it the build is not one whose output we can measure
    if (!traces.some((t) => external_node_path_default().basename(t) === 'next-server.js.nft.json'))
        return undefined;
    const files = new Set();
    for (const trace of traces) {
        if (external_node_path_default().basename(trace) === 'next-minimal-server.js.nft.json')
            continue;
        try {
            const listed = JSON.parse(await (0,promises_.readFile)(trace, 'utf8')).files;
            if (!Array.isArray(listed))
                continue;
            for (const file of listed)
                if (typeof file === 'string')
                    files.add(external_node_path_default().resolve(external_node_path_default().dirname(trace), file));
            // the route's own compiled file sits beside its trace
            files.add(trace.slice(0, -'.nft.json'.length));
        }
        catch {
            // an unreadable trace: measured without it
        }
    }
    let standalone = 0;
    const seen = new Set();
    for (const file of files)
        standalone += await sizeOnce(file, seen);
    standalone += await treeBytes(external_node_path_default().join(dotNext, 'static'), seen);
    standalone += await treeBytes(external_node_path_default().join(context, 'public'), seen);
    const classic = (artifactSizes['node_modules'] ?? 0) + (artifactSizes['.next'] ?? 0);
    return { classic, standalone };
}
async function findTraces(dir, depth = 0) {
    let entries;
    try {
        entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    }
    catch {
        return [];
    }
    const found = [];
    for (const entry of entries) {
        const full = external_node_path_default().join(dir, entry.name);
        // .next/cache holds no traces, and .next/standalone is the output itself
        if (entry.isDirectory() && depth < 8 && !(depth === 0 && (entry.name === 'cache' || entry.name === 'standalone')))
            found.push(...(await findTraces(full, depth + 1)));
        else if (entry.isFile() && entry.name.endsWith('.nft.json'))
            found.push(full);
    }
    return found;
}
async function sizeOnce(file, seen) {
    try {
        const stats = await (0,promises_.lstat)(file);
        if (!stats.isFile())
            return 0;
        const id = `${stats.dev}:${stats.ino}`;
        if (seen.has(id))
            return 0;
        seen.add(id);
        return stats.size;
    }
    catch {
        return 0;
    }
}
async function treeBytes(dir, seen) {
    let entries;
    try {
        entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    }
    catch {
        return 0;
    }
    let total = 0;
    for (const entry of entries) {
        const full = external_node_path_default().join(dir, entry.name);
        total += entry.isDirectory() ? await treeBytes(full, seen) : await sizeOnce(full, seen);
    }
    return total;
}

// EXTERNAL MODULE: ./src/report/size.ts
var size = __webpack_require__(29437);
;// CONCATENATED MODULE: ./src/phases/validate.ts













/**
 * The gates before an image is built: everything a multi-stage build would have caught by
 * failing, and what prebuilt artifacts get wrong (dev deps, secrets, addons for another libc).
 * Every finding is reported (with its file and line) before the phase fails.
 */
async function validate(state, options, deps, 
/** the base image's ENV and ONBUILD triggers, as the preflight read them */
baseConfig) {
    const store = options.cache ? deps.store : undefined;
    const { facts: baseImage, recorded: baseRecorded } = await probeBase(state, deps, store);
    const facts = {
        runner: {
            platform: deps.platform,
            arch: deps.arch,
            libc: deps.libc,
            nodeMajor: Number(deps.nodeVersion.replace(/^v/, '').split('.')[0]),
            ...(state.plan.pm.name === 'bun' && state.packageManagerVersion
                ? { bunVersion: state.packageManagerVersion }
                : {}),
        },
        ...(baseImage ? { baseImage } : {}),
        ...(baseConfig ? { baseConfig } : {}),
    };
    // a workspace app's tree holds the local packages it uses, built from this run's sources:
    // those are the user's own files, which no install key describes
    const recordable = store && state.cacheKey !== undefined && !state.plan.workspace?.shipped.length;
    const records = recordable ? treeRecords(state, facts, store, deps) : undefined;
    const report = await inspectTarget(state.target, facts, state.trace?.filter, records?.recall);
    const gates = {};
    if (baseRecorded)
        gates.baseImage = baseRecorded;
    if (records && report.production) {
        const key = records.keyOf(report.production.listing);
        gates.productionTree = { key, replayed: report.production.replayed };
        if (report.production.replayed)
            state.logger.info(`production tree checks: recorded for key ${key}, not repeated`);
        else
            await records.save(key, report.production.checks);
    }
    state.gates = gates;
    state.artifactSizes = report.artifactSizes;
    state.productionTree = report.productionTree;
    if (usesNext(state.plan.pkg))
        await measureStandalone(state);
    raise(state, report.findings);
    const warnings = report.findings.filter((f) => f.severity === 'warning').length;
    const detail = [
        warnings ? `${warnings} warning${warnings === 1 ? '' : 's'}` : 'all checks passed',
        ...recordedGateNotes(gates),
    ];
    return { status: 'ok', detail: detail.join('; ') };
}
/** The image's size against the budget, once the engine knows it. */
function checkImageBudget(state, built) {
    const imageSize = built.size;
    raise(state, validate_checkBudget(state.target, {
        ...(imageSize === undefined ? {} : { imageSize }),
        ...(state.artifactSizes ? { artifactSizes: state.artifactSizes } : {}),
    }));
}
/** Logs warnings, annotates every error but the first, and throws the first as the failure. */
function raise(state, findings) {
    const errors = findings.filter((f) => f.severity === 'error');
    for (const f of findings) {
        if (f.severity === 'warning')
            state.logger.warning(f.message, f.location);
    }
    // all but the first are annotated here; the first becomes the failure itself
    for (const f of errors.slice(1))
        state.logger.error(f.message, f.location);
    const first = errors[0];
    if (first) {
        const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length === 2 ? '' : 's'} above)` : '';
        throw new src_errors/* GateError */.ue(`${first.message}${more}`, first.location);
    }
}
/** A Next.js target in the classic layout: what the standalone output would ship, and how to switch. */
async function measureStandalone(state) {
    const saving = await measureNextStandalone(state.target.context, state.target.artifacts, state.artifactSizes ?? {});
    if (!saving || saving.standalone >= saving.classic)
        return;
    state.nextStandalone = saving;
    state.logger.info(`Next.js classic layout: node_modules and .next ship ${(0,format/* formatBytes */.z3)(saving.classic)}; its standalone output would ship ${(0,format/* formatBytes */.z3)(saving.standalone)} ` +
        `(measured from next build's .nft.json traces); ${(0,size/* partsText */._r)(size/* STANDALONE_HOWTO */.kg)}`);
}
/**
 * What the final stage's base image really is (libc, Node version), read by running it once per
 * image content: the probe is recorded under the image's ID (or manifest digest), which the
 * daemon tells in a fraction of the time a container takes to start.
 */
async function probeBase(state, deps, store) {
    if (!deps.daemon)
        return {};
    const image = await finalBaseImage(state.target);
    if (!image)
        return {};
    const probe = () => probeBaseImage(image, state.run, { daemonImages: state.daemonImages });
    const identity = store
        ? await baseImageIdentity(state, deps, deps.preflightRegistry ?? deps.registry).catch(() => undefined)
        : undefined;
    if (!store || !identity)
        return { facts: await probe() };
    const key = (0,cache_key/* baseProbeKey */.xw)(identity);
    const dir = external_node_path_default().join(deps.recordsDir, key);
    const recorded = await readRecord(store, dir, key, isBaseImageFacts);
    if (recorded) {
        state.logger.info(`base image probe: recorded for ${image} (${identity}), not repeated`);
        return { facts: { ...recorded, image }, recorded: { identity, replayed: true } };
    }
    const facts = await probe();
    // a probe that read nothing may be a daemon's hiccup: it is not kept
    if (facts.libc !== 'unknown' || facts.nodeVersion)
        await writeRecord(store, dir, key, facts);
    return { facts, recorded: { identity, replayed: false } };
}
/**
 * The production tree's records: its checks are keyed by the tree's key, its listing as
 * shipped, and every fact they judge it by.
 */
function treeRecords(state, facts, store, deps) {
    const { target } = state;
    const where = target.locations.artifacts;
    const keyOf = (listing) => (0,cache_key/* treeChecksKey */.RP)({
        productionKey: productionTreeKey(state),
        listing,
        facts: {
            runner: facts.runner,
            base: facts.baseImage ? { ...facts.baseImage, image: undefined } : null,
            platforms: target.platforms,
            allowDevDependencies: target.allowDevDependencies ?? false,
            traced: Boolean(target.trace),
            artifacts: target.artifacts,
            // the production tree warnings point at the config's artifacts line
            where: where ? { line: where.line, column: where.column } : null,
        },
    });
    return {
        keyOf,
        recall: async (listing) => {
            const key = keyOf(listing);
            const kept = await readRecord(store, external_node_path_default().join(deps.recordsDir, key), key, isTreeChecks);
            if (!kept)
                return undefined;
            const checks = fromRecord(kept, target.context);
            // the config file may sit outside the context: its findings point at this run's
            const productionTree = {
                ...checks.productionTree,
                findings: checks.productionTree.findings.map((f) => {
                    const { location: _old, ...rest } = f;
                    return where ? { ...rest, location: where } : rest;
                }),
            };
            return { ...checks, productionTree };
        },
        save: async (key, checks) => {
            await writeRecord(store, external_node_path_default().join(deps.recordsDir, key), key, toRecord(checks, target.context));
        },
    };
}
/** The validate phase's words for the gates that came from records. */
function recordedGateNotes(gates) {
    const notes = [];
    if (gates.productionTree?.replayed)
        notes.push(`production tree checks: recorded for key ${gates.productionTree.key}, not repeated`);
    if (gates.baseImage?.replayed)
        notes.push(`base image probe: recorded for ${gates.baseImage.identity}, not repeated`);
    return notes;
}

// EXTERNAL MODULE: ./src/phases/preflight.ts
var preflight = __webpack_require__(64155);
// EXTERNAL MODULE: ./src/engines/oci/platform.ts
var platform = __webpack_require__(19754);
;// CONCATENATED MODULE: ./src/baseline/plan.ts
/**
 * The multi-stage baseline, planned: which builder measures it, the argv of each build, the
 * figures made of its samples, and when a recorded measurement is still good. Pure, so every
 * decision is a table case; phases/baseline.ts runs it.
 */
/** Builds each baseline is the mean of: two show how far apart runs of the same build land. */
const BASELINE_SAMPLES = 2;
/** A recorded measurement older than this is measured again: runners, base images and registries change. */
const BASELINE_MAX_AGE_DAYS = 30;
function chooseBaselineBuilder(tools) {
    if (tools.buildx)
        return { kind: 'buildx', command: tools.buildx.command, version: tools.buildx.version };
    const [clientMajor = 0] = tools.client.split('.').map((n) => Number.parseInt(n, 10));
    const [serverMajor = 0, serverMinor = 0] = tools.server.split('.').map((n) => Number.parseInt(n, 10));
    // BuildKit is built into daemons from 18.09
    const daemonHasBuildKit = serverMajor > 18 || (serverMajor === 18 && serverMinor >= 9);
    if (clientMajor > 0 && clientMajor < 23 && daemonHasBuildKit)
        return { kind: 'buildkit', client: tools.client };
    return { kind: 'legacy', client: tools.client };
}
/** "BuildKit (buildx 0.19.3)": said in the report, and part of the record's key. */
function describeBuilder(builder) {
    switch (builder.kind) {
        case 'buildx':
            return `BuildKit (buildx ${builder.version})`;
        case 'buildkit':
            return `BuildKit (docker ${builder.client}, DOCKER_BUILDKIT=1)`;
        case 'legacy':
            return `the legacy builder (docker ${builder.client}, no BuildKit)`;
    }
}
function planBaselineBuild(builder, build) {
    const flags = ['--network', 'host', '--file', build.dockerfile, '--tag', build.tag];
    if (build.noCache)
        flags.unshift('--no-cache');
    for (const [name, value] of Object.entries(build.buildArgs))
        flags.push('--build-arg', `${name}=${value}`);
    switch (builder.kind) {
        case 'buildx':
            // --load, so the image's size can be read as for the artifact-first one
            return { argv: [...builder.command, 'build', '--load', ...flags, '--', build.context], env: {} };
        case 'buildkit':
            return {
                argv: ['docker', 'build', '--progress', 'plain', ...flags, '--', build.context],
                env: { DOCKER_BUILDKIT: '1' },
            };
        case 'legacy':
            return { argv: ['docker', 'build', ...flags, '--', build.context], env: { DOCKER_BUILDKIT: '0' } };
    }
}
function isBaselineRecord(value) {
    const r = value;
    const seconds = (list) => Array.isArray(list) && list.every((n) => typeof n === 'number' && n > 0);
    return (typeof r === 'object' &&
        r !== null &&
        seconds(r.cold) &&
        (r.cold?.length ?? 0) > 0 &&
        seconds(r.cached) &&
        typeof r.builder === 'string' &&
        typeof r.recordedAt === 'string' &&
        (r.imageSize === undefined || typeof r.imageSize === 'number'));
}
/** Whether a record may stand in for a measurement: younger than the maximum age, and dated. */
function isFresh(recordedAt, now, maxAgeDays = BASELINE_MAX_AGE_DAYS) {
    const at = Date.parse(recordedAt);
    if (Number.isNaN(at))
        return false;
    const age = now.getTime() - at;
    // a date in the future is a clock gone wrong, not a fresh measurement
    return age >= 0 && age <= maxAgeDays * 86_400_000;
}
/** The mean of the samples, with the fastest and slowest; undefined without samples. */
function figureOf(samples, source, recordedAt) {
    if (samples.length === 0)
        return undefined;
    const figure = {
        seconds: samples.reduce((sum, s) => sum + s, 0) / samples.length,
        samples: samples.length,
        min: Math.min(...samples),
        max: Math.max(...samples),
        source,
    };
    if (recordedAt !== undefined)
        figure.recordedAt = recordedAt;
    return figure;
}
/** A figure nobody measured: the config's `baseline: { seconds }`. */
function fixedFigure(seconds) {
    return { seconds, samples: 0, min: seconds, max: seconds, source: 'fixed' };
}
/**
 * The baseline a target is held against: a run that restored node_modules exactly is compared
 * with the multi-stage build whose dependency stages came from cache, one that installed with
 * the build that had no cache. Without a `cached` figure there is only `cold`.
 */
function baselineFor(figures, cacheHit, extra = {}) {
    const comparedWith = cacheHit && figures.cached ? 'cached' : 'cold';
    const result = { cold: figures.cold, comparedWith };
    if (figures.cached)
        result.cached = figures.cached;
    if (extra.builder !== undefined)
        result.builder = extra.builder;
    if (extra.measuring !== undefined)
        result.measuring = extra.measuring;
    return result;
}
const SOURCE_EXTENSIONS = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs|vue|svelte|astro)$/;
const NOT_SOURCES = /(^|\/)(package\.json|package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|[^/]*\.config\.[a-z]+|[^/]*Dockerfile[^/]*|[^/]*\.dockerignore)$/;
/** Tests: a change to one reruns the build, but its output is the same, so later stages stay cached. */
const TESTS = /(^|\/)(__tests__|__mocks__|test|tests|e2e)\/|\.(spec|test|e2e-spec)\.[a-z]+$/;
/**
 * The file the `cached` measurement changes: a source file (the change a commit usually is),
 * never a manifest, lockfile, tool config or Dockerfile, which would invalidate the dependency
 * stages the measurement is meant to take from cache. Files under src/ or app/ first, and a
 * test file only when there is nothing else: the app's own code is what a change rebuilds.
 */
function pickSourceFile(files, isSent = () => true) {
    const sources = files.filter((f) => SOURCE_EXTENSIONS.test(f) && !NOT_SOURCES.test(f) && !f.split('/').includes('node_modules') && isSent(f));
    const code = sources.filter((f) => !TESTS.test(f));
    const preferred = code.filter((f) => /^(src|app|pages|lib)\//.test(f));
    return [...preferred].sort()[0] ?? [...code].sort()[0] ?? [...sources].sort()[0];
}
function legacySteps(output) {
    const steps = [];
    for (const line of output.split(/\r?\n/)) {
        const step = /^Step (\d+)\/\d+ : (.*)$/.exec(line);
        if (step) {
            steps.push({ n: Number(step[1]), instruction: step[2].trim(), cached: false });
            continue;
        }
        const current = steps.at(-1);
        if (!current)
            continue;
        if (/^ ---> Using cache\s*$/.test(line))
            current.cached = true;
        const id = /^ ---> ([0-9a-f]{12,64})\s*$/.exec(line);
        if (id)
            current.image = id[1];
    }
    return steps;
}
/**
 * The legacy builder looks a step up among every image with the same parent and instruction and
 * takes the newest. Stages that start alike (`FROM node` and `WORKDIR /app` in each) make such
 * images in every stage, so the `cached` build's first stage picks up the last stage's
 * `WORKDIR`, whose children are not its own, and runs its `npm ci` again: that build is then no
 * measure of a multi-stage build with its dependency stages cached. Seen in its output as a
 * cached step whose image the cold build made at another step, followed by a step that ran (a
 * step after a source change that ran for its own reason takes an image of its own stage).
 */
function stageCacheCollision(coldOutput, cachedOutput) {
    const madeBy = new Map();
    for (const s of legacySteps(coldOutput))
        if (s.image && !/^FROM\s/i.test(s.instruction))
            madeBy.set(s.image, s.n);
    const cached = legacySteps(cachedOutput);
    for (let i = 0; i + 1 < cached.length; i++) {
        const step = cached[i];
        const next = cached[i + 1];
        if (!step.cached || !step.image || next.cached || /^FROM\s/i.test(next.instruction))
            continue;
        const madeAt = madeBy.get(step.image);
        if (madeAt !== undefined && madeAt !== step.n)
            return { step: step.n, instruction: step.instruction, rebuilt: next.n, rebuiltInstruction: next.instruction };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/phases/baseline.ts









/**
 * The multi-stage figures each target is compared with: a fixed number, a recorded measurement,
 * or a fresh one. Measured one target at a time, after the real work, so it neither slows the
 * run's own phases nor competes with them for the machine; a target that failed gets none (its
 * run says nothing a comparison could use).
 */
async function measureBaselines(states, options, deps) {
    const baselines = new Map();
    for (const state of states) {
        const config = state.target.baseline;
        if (!config)
            continue;
        try {
            const baseline = config.kind === 'seconds'
                ? baselineFor({ cold: fixedFigure(config.seconds) }, state.cacheHit)
                : await dockerfileBaseline(state, config.dockerfile, options, deps);
            if (baseline)
                baselines.set(state.target.name, baseline);
        }
        catch (error) {
            // a baseline is a comparison, never a reason to fail the build
            state.logger.warning(`baseline of ${state.target.name} not measured: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
    return baselines;
}
async function dockerfileBaseline(state, dockerfile, options, deps) {
    if (!deps.docker) {
        state.logger.warning('measuring the multi-stage baseline needs a Docker daemon; none answers, so there is no baseline');
        return undefined;
    }
    const builder = chooseBaselineBuilder(deps.docker);
    const described = describeBuilder(builder);
    const prefix = `${(0,cache_key/* baselineKey */.x2)(await (0,promises_.readFile)(dockerfile), await (0,promises_.readFile)(state.plan.pm.lockfile), deps.platform, deps.arch, described)}-`;
    const recordDir = external_node_path_default().join(deps.recordsDir, prefix.slice(0, -1));
    if (options.baseline === 'auto' && deps.store) {
        const recorded = await readNewestRecord(deps.store, recordDir, prefix, isBaselineRecord);
        if (recorded && isFresh(recorded.recordedAt, new Date())) {
            state.logger.info(`baseline: recorded on ${recorded.recordedAt.slice(0, 10)} with ${recorded.builder}`);
            return baseline_fromRecord(recorded, 'recorded', state.cacheHit);
        }
        if (recorded)
            state.logger.info(`baseline: the record of ${recorded.recordedAt.slice(0, 10)} is too old; measuring again`);
    }
    const start = deps.clock();
    const measured = await state.logger.group(`${state.target.name}: baseline (multi-stage build with ${described}, ${BASELINE_SAMPLES} × cold and cached)`, () => measure(state, dockerfile, builder, deps));
    const end = deps.clock();
    const record = { ...measured, builder: described, recordedAt: new Date().toISOString() };
    if (deps.store)
        await writeNewestRecord(deps.store, recordDir, prefix, record.recordedAt.replace(/\D/g, '').slice(0, 14), record);
    const result = baseline_fromRecord(record, 'measured', state.cacheHit);
    if (result)
        result.measuring = { start, end };
    return result;
}
function baseline_fromRecord(record, source, cacheHit) {
    const at = source === 'recorded' ? record.recordedAt : undefined;
    const cold = figureOf(record.cold, source, at);
    if (!cold)
        return undefined;
    const withSize = record.imageSize === undefined ? cold : { ...cold, imageSize: record.imageSize };
    return baselineFor({ cold: withSize, cached: figureOf(record.cached, source, at) }, cacheHit, {
        builder: record.builder,
    });
}
/** The files a fresh checkout would have: git's tracked files, not this run's node_modules and dist. */
async function freshCheckout(state, into) {
    const files = await (0,read/* checkoutFiles */.ET)(state.run, state.target.context);
    if (!files)
        return { dir: state.target.context };
    await linkPaths(state.target.context, files, into);
    return { dir: into, files };
}
/**
 * A source-only change, as a commit makes one: a line added at the end of a source file. The
 * file is written anew rather than appended to, because the checkout copy is made of hard links
 * to the user's own files.
 */
async function changeSource(file, round) {
    const text = await (0,promises_.readFile)(file, 'utf8');
    await (0,promises_.unlink)(file);
    await (0,promises_.writeFile)(file, `${text}\n// baseline measurement: source change ${round}\n`);
}
async function measure(state, dockerfile, builder, deps) {
    const checkout = await freshCheckout(state, external_node_path_default().join(deps.tempDir, 'baseline', state.target.name));
    const context = checkout.dir;
    // the Dockerfile as the checkout has it, inside the context docker is sent
    const file = external_node_path_default().join(context, external_node_path_default().relative(state.target.context, dockerfile));
    let source;
    if (checkout.files) {
        const ignore = await (0,dockerfile_ignore/* applicableIgnoreFile */.k7)(context, file);
        source = pickSourceFile(checkout.files, (f) => !(0,dockerfile_ignore/* isIgnored */.pi)(ignore, f));
    }
    if (!source)
        state.logger.warning('baseline: no source file in a git checkout to change, so only the cold build is measured');
    const build = async (tag, noCache) => {
        const { argv, env } = planBaselineBuild(builder, {
            dockerfile: file,
            context,
            tag,
            buildArgs: state.target.buildArgs,
            noCache,
        });
        const started = deps.clock();
        const { stdout } = await state.run(argv, { env });
        return { seconds: deps.clock() - started, output: stdout };
    };
    const result = { cold: [], cached: [] };
    const tags = [];
    try {
        for (let round = 1; round <= BASELINE_SAMPLES; round++) {
            const tag = `adb-baseline/${state.target.name}:${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
            tags.push(tag);
            const cold = await build(tag, true);
            result.cold.push(cold.seconds);
            if (result.imageSize === undefined) {
                const size = Number((await state.run(['docker', 'image', 'inspect', '--format', '{{.Size}}', tag], { quiet: true })).stdout.trim());
                if (Number.isFinite(size) && size > 0)
                    result.imageSize = size;
            }
            if (!source)
                continue;
            // the same build once more after a source-only change: its dependency stages come from the cold build's cache
            await changeSource(external_node_path_default().join(context, source), round);
            let cached = await build(`${tag}-cached`, false);
            tags.push(`${tag}-cached`);
            let collision = builder.kind === 'legacy' ? stageCacheCollision(cold.output, cached.output) : undefined;
            if (collision) {
                // the images that build made are the children the colliding step lacked: one more build
                // after another source change takes its dependency steps from them, as a warm runner would
                state.logger.info(`baseline: the legacy builder took step ${collision.step} (\`${collision.instruction}\`) from another ` +
                    `stage that starts the same way and ran step ${collision.rebuilt} ` +
                    `(\`${collision.rebuiltInstruction}\`) and the ones after it again; measuring the cached build once more`);
                await changeSource(external_node_path_default().join(context, source), round + 0.5);
                cached = await build(`${tag}-cached2`, false);
                tags.push(`${tag}-cached2`);
                collision = stageCacheCollision(cold.output, cached.output);
            }
            if (collision) {
                state.logger.warning(`baseline: the cached multi-stage build ran its dependency steps again (the legacy builder took step ` +
                    `${collision.step}, \`${collision.instruction}\`, from another stage), so no cached figure is ` +
                    `reported and this target is compared with the cold build. BuildKit caches each stage on its own ` +
                    `(docker buildx, or DOCKER_BUILDKIT=1 with a docker CLI before 23.0)`);
                result.cached = [];
                source = undefined;
                continue;
            }
            result.cached.push(cached.seconds);
        }
        state.logger.info(`baseline: cold ${result.cold.map((s) => `${s.toFixed(1)} s`).join(', ')}` +
            (result.cached.length > 0
                ? `; cached ${result.cached.map((s) => `${s.toFixed(1)} s`).join(', ')} (${source} changed)`
                : ''));
        return result;
    }
    finally {
        for (const tag of tags)
            await state.run(['docker', 'image', 'rm', '--force', tag], { quiet: true, allowFailure: true });
        if (context !== state.target.context)
            await (0,promises_.rm)(context, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./src/git/info.ts
var info = __webpack_require__(62714);
;// CONCATENATED MODULE: ./src/pipeline/default-branch.ts




/**
 * What a pull request is compared with: per target, the last successful run on the default
 * branch (its time, image size and layers), kept as a small record in the cache store. The
 * Actions cache lets pull requests read entries saved on the default branch, and only the
 * default branch saves, so a pull request never compares with another pull request.
 */
const KEY_VERSION = 'v1';
/** The records' key prefix of one target: its name and directory, on this kind of machine. */
function defaultBranchPrefix(target, root, os, arch) {
    return ['adb', KEY_VERSION, 'branch', os, arch, (0,cache_key/* sha256 */.sc)(target, root.replace(/\\/g, '/')).slice(0, 24), ''].join('-');
}
function isDefaultBranchRecord(value) {
    const r = value;
    return (typeof r === 'object' &&
        r !== null &&
        typeof r.branch === 'string' &&
        typeof r.sha === 'string' &&
        typeof r.recordedAt === 'string' &&
        typeof r.seconds === 'number' &&
        (r.size === undefined || typeof r.size === 'number') &&
        (r.layers === undefined ||
            (Array.isArray(r.layers) && r.layers.every((l) => typeof l?.size === 'number' && typeof l.step === 'string'))));
}
/** The record a successful target leaves on the default branch. */
function recordOf(t, branch, sha, now) {
    const record = {
        branch,
        sha,
        recordedAt: now.toISOString(),
        seconds: Math.round((t.end - t.start) * 100) / 100,
    };
    if (t.image?.size !== undefined)
        record.size = t.image.size;
    if (t.image?.layers)
        record.layers = t.image.layers;
    return record;
}
/**
 * On a push to the default branch, records every target that was built; on a pull request,
 * attaches the default branch's record to each target. Best effort either way.
 */
async function compareWithDefaultBranch(targets, roots, options, deps) {
    const { store } = deps;
    if (!store)
        return;
    const git = options.git;
    const pullRequest = git.prNumber !== undefined || git.event === 'pull_request' || git.event === 'pull_request_target';
    const recording = (0,info/* isDefaultBranchPush */.i)(git) && git.sha !== undefined;
    if (!pullRequest && !recording)
        return;
    for (const t of targets) {
        if (t.status !== 'ok' || t.reused)
            continue;
        const prefix = defaultBranchPrefix(t.name, roots.get(t.name) ?? '.', deps.platform, deps.arch);
        const dir = external_node_path_default().join(deps.recordsDir, prefix.slice(0, -1));
        try {
            if (recording) {
                const record = recordOf(t, git.defaultBranch, git.sha, new Date());
                // newest wins by key: the time first, then the commit
                await writeNewestRecord(store, dir, prefix, `${record.recordedAt.replace(/\D/g, '').slice(0, 14)}-${git.sha.slice(0, 12)}`, record);
            }
            else {
                const record = await readNewestRecord(store, dir, prefix, isDefaultBranchRecord);
                if (record)
                    t.defaultBranch = record;
            }
        }
        catch (error) {
            deps.logger.warning(`${t.name}: the comparison with ${git.defaultBranch} is left out: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
}

;// CONCATENATED MODULE: ./src/pipeline/key-lock.ts
/**
 * Runs tasks that share a key one after another, in the order they asked, and tasks of
 * different keys side by side. The smoke tests of targets on one port take turns through it:
 * two containers on the host network cannot both listen there.
 */
class KeyLock {
    /** the end of the queue per key: settles when the last task asked so far is done */
    tails = new Map();
    async run(key, task) {
        const before = this.tails.get(key) ?? Promise.resolve();
        let release;
        const mine = new Promise((resolve) => {
            release = resolve;
        });
        const tail = before.then(() => mine);
        this.tails.set(key, tail);
        await before;
        try {
            return await task();
        }
        finally {
            release();
            // the last one out leaves no entry behind
            if (this.tails.get(key) === tail)
                this.tails.delete(key);
        }
    }
    /** Keys with a task running or waiting, for tests and logs. */
    busy(key) {
        return this.tails.has(key);
    }
}

// EXTERNAL MODULE: ./src/pipeline/plan.ts
var plan = __webpack_require__(75455);
;// CONCATENATED MODULE: ./src/pipeline/timeline.ts
/** Thrown by a phase that fails; the timeline records which phase it was. */
class PhaseFailure extends Error {
    phase;
    original;
    name = 'PhaseFailure';
    constructor(phase, original) {
        super(original instanceof Error ? original.message : String(original), { cause: original });
        this.phase = phase;
        this.original = original;
    }
}
/** Records when each phase of one target started and ended, on the run's monotonic clock. */
class Timeline {
    clock;
    phases = [];
    constructor(clock) {
        this.clock = clock;
    }
    /**
     * Runs one phase and returns what it returned: a phase that makes what later ones need (an
     * image, say) returns its verdict together with the thing, which the caller hands on.
     */
    async phase(name, fn) {
        const start = this.clock();
        try {
            const result = await fn();
            const outcome = result;
            const record = { name, start, end: this.clock(), status: outcome?.status ?? 'ok' };
            if (outcome?.detail)
                record.detail = outcome.detail;
            this.phases.push(record);
            return result;
        }
        catch (error) {
            this.phases.push({ name, start, end: this.clock(), status: 'failed' });
            throw error instanceof PhaseFailure ? error : new PhaseFailure(name, error);
        }
    }
}

;// CONCATENATED MODULE: ./src/pipeline/shared.ts
/**
 * Work that the targets of one workspace share (restoring, installing and saving the root's
 * node_modules; building a local package several apps use): the first target to ask does it,
 * the others wait for the same result, so it runs once per run even when they run side by side.
 */
class SharedWork {
    pending = new Map();
    /** Runs `fn` for the first caller of `key`; every caller gets its result and who ran it. */
    async once(key, caller, fn) {
        let entry = this.pending.get(key);
        if (!entry) {
            entry = { owner: caller, promise: fn() };
            this.pending.set(key, entry);
        }
        return { value: (await entry.promise), owner: entry.owner };
    }
}

;// CONCATENATED MODULE: ./src/pipeline/run.ts























/**
 * One SharedWork per workspace root with targets in this run: they install once. Their install
 * commands must agree, since they share the one tree it writes.
 */
function sharedWorkByWorkspace(plans) {
    const byRoot = new Map();
    const firstOf = new Map();
    for (const plan of plans) {
        if (!plan.workspace)
            continue;
        const first = firstOf.get(plan.installDir);
        if (!first) {
            firstOf.set(plan.installDir, plan);
            byRoot.set(plan.installDir, new SharedWork());
        }
        else if (first.installCommand !== plan.installCommand) {
            throw new src_errors/* ConfigError */.xL(`targets ${first.target.name} and ${plan.target.name} are in one workspace (${plan.root}) but install it differently (\`${first.installCommand}\` and \`${plan.installCommand}\`); the workspace is installed once: give them the same \`install\``, plan.target.locations.install ?? plan.target.locations['']);
        }
    }
    return byRoot;
}
/**
 * Runs every selected target through its phases, several at once. A failing target does not
 * stop the others: all are reported. Nothing is pushed until every target passed its gates,
 * unless the config says the targets are independent.
 */
async function runPipeline(options, deps) {
    const startedAt = new Date().toISOString();
    // the step's wall time, setup included, when the glue knows when the step started
    const runStart = deps.startedAt ?? deps.clock();
    const targets = (0,plan/* selectTargets */.Dv)(options.config, options.targets);
    (0,plan/* checkSingleTargetInputs */.zw)(targets, {
        ...(options.tags ? { tags: options.tags } : {}),
        ...(options.labels ? { labels: options.labels } : {}),
    });
    // every config-level problem (lockfiles, package.json) surfaces before anything runs
    const plans = targets.map((t) => (0,plan/* planTarget */.hB)(t, options.repositoryRoot));
    const shared = sharedWorkByWorkspace(plans);
    // every phase of every target asks the daemon about the base image: it is asked once
    const daemonImages = new daemon_images/* DaemonImages */.t(deps.runner(deps.logger));
    const concurrency = Math.max(1, Math.min(options.config.concurrency ?? deps.concurrency, plans.length));
    const side = concurrency > 1;
    const running = plans.map((plan) => {
        const logger = side ? deps.logger.child(plan.target.name) : deps.logger;
        return {
            state: {
                plan,
                target: plan.target,
                logger,
                run: deps.runner(logger),
                env: {},
                cacheHit: false,
                userSeconds: 0,
                daemonImages,
                ...(shared.has(plan.installDir) ? { shared: shared.get(plan.installDir) } : {}),
            },
            timeline: new Timeline(deps.clock),
            start: 0,
            end: 0,
        };
    });
    // not awaited here: each target's restore runs while it is checked (see runUntilPush)
    run_preflight(running, options, deps);
    // targets on one smoke port take turns: two containers on the host network cannot share it
    const smokePorts = new KeyLock();
    await (0,map_limit/* mapLimit */.s)(running, concurrency, (r) => runUntilPush(r, options, deps, side, smokePorts));
    const failedBeforePush = running.filter((r) => r.error);
    const mayPush = failedBeforePush.length === 0 || options.config.independent;
    if (options.push && !mayPush) {
        // a consequence of the failures already annotated, not an error of its own
        deps.logger.warning(`nothing is pushed: ${failedBeforePush.map((r) => r.state.target.name).join(', ')} failed (set \`independent: true\` to push the targets that passed)`);
    }
    const pushing = options.push && mayPush ? running.flatMap((r) => (!r.error && r.image ? [{ r, image: r.image }] : [])) : [];
    const pushes = new Set(pushing.map(({ r }) => r));
    await Promise.all(running.filter((r) => !pushes.has(r)).map((r) => endUploadAhead(r.state)));
    await (0,map_limit/* mapLimit */.s)(pushing, concurrency, async ({ r, image }) => {
        try {
            r.pushed = (await step(r, 'push', side, () => push(r.state, image, deps))).pushed;
        }
        catch (error) {
            // a push that failed fails its target; the other targets' pushes go on
            recordFailure(r, error);
        }
    });
    await Promise.all(pushing.map(({ r }) => endUploadAhead(r.state)));
    // the step waits for a measured baseline too: it is part of the wall time, shown apart as such
    const baselines = options.baseline === 'off'
        ? new Map()
        : await measureBaselines(running.filter((r) => !r.error).map((r) => r.state), options, deps);
    const seconds = deps.clock() - runStart;
    const targetResults = running.map((r) => targetResult(r, runStart, baselines.get(r.state.target.name)));
    await compareWithDefaultBranch(targetResults, new Map(running.map((r) => [r.state.target.name, r.state.plan.root])), options, deps);
    const result = {
        startedAt,
        seconds,
        engine: deps.engine.name,
        pushed: options.push && running.some((r) => r.pushed),
        targets: targetResults,
    };
    // read after the push: a push that failed fails the run like any other phase
    const failed = running.filter((r) => r.error);
    if (failed.length === 0)
        return { result };
    // one line per failed target; the details (command, output tail) were logged as they happened
    const lines = failed.map((r) => `${r.state.target.name} failed${r.error.phase ? ` in ${r.error.phase}` : ''}: ${r.error.message.split('\n')[0]}`);
    const error = failed.length === 1
        ? failed[0].error.cause
        : new src_errors/* BuildError */.zS(`${failed.length} of ${running.length} targets failed:\n${lines.join('\n')}`, {
            cause: failed[0].error.cause,
        });
    return { result, error };
}
/**
 * Every check that needs no install or build, for all targets at once, before any work: a
 * missing Dockerfile, a gate failure, an unreachable base image or a port in use fails the
 * target before its install and build. Each target's check is left running in `preflight`.
 */
function run_preflight(running, options, deps) {
    const facts = {
        engine: deps.engine.name,
        daemon: deps.daemon,
        push: options.push,
        buildPlatform: (0,platform/* formatPlatform */.Bq)((0,platform/* runnerPlatform */.GQ)(deps.arch)),
        repositoryRoot: options.repositoryRoot,
    };
    const said = new Set();
    for (const r of running) {
        r.start = deps.clock();
        r.preflight = (async () => {
            try {
                const report = await (0,preflight/* preflightTarget */.J)(r.state.target, facts, {
                    run: r.state.run,
                    registry: deps.preflightRegistry ?? deps.registry,
                    daemonImages: r.state.daemonImages,
                });
                for (const note of report.notes) {
                    if (said.has(note))
                        continue;
                    said.add(note);
                    deps.logger.info(note);
                }
                raise(r.state, report.findings);
                return report.base;
            }
            catch (error) {
                r.stoppedInPreflight = true;
                recordFailure(r, error);
                // its end, unless a restore running meanwhile ends it later
                r.end = Math.max(r.end, deps.clock());
            }
        })();
    }
}
async function runUntilPush(r, options, deps, side, smokePorts) {
    // waiting for a slot, it may have failed its checks already: then nothing is started for it
    if (r.stoppedInPreflight)
        return;
    const { state } = r;
    try {
        // the restore phase first asks whether anything needs building at all: its time is the
        // action's either way, and a reused target's speedup is left out of the report. It needs
        // nothing the preflight finds, so it runs while the target is checked; a target that fails
        // its checks stops after it, before anything a user would see (install, build, push).
        let reuse = {};
        const restoring = step(r, 'restore', side, async () => {
            reuse = await lookUpReuse(state, options, deps);
            if (reuse.existing)
                return { status: 'ok', detail: 'image reused: same inputs as an existing one' };
            await preparePackageManager(state, deps);
            return restore(state, options, deps);
        });
        const [restored, checked] = await Promise.allSettled([restoring, r.preflight]);
        if (r.stoppedInPreflight)
            return;
        if (restored.status === 'rejected')
            throw restored.reason;
        // nothing to build: the push (when there is one) tags the existing image
        if (reuse.existing) {
            r.image = {
                kind: 'reused',
                manifest: reuse.existing,
                tags: imageTags(state, options),
            };
            return;
        }
        await step(r, 'install', side, () => install(state));
        await step(r, 'save', side, () => save(state, options, deps));
        await step(r, 'build', side, () => build(state));
        // the build wrote it: saving is the action's time, booked to save like node_modules'
        if (state.buildCache)
            await step(r, 'save', side, () => saveNextCache(state, options, deps));
        await step(r, 'prune', side, () => prune(state, options, deps));
        // cutting the production tree to what the server loads is part of making it
        if (state.target.trace)
            await step(r, 'prune', side, () => trace(state, options, deps));
        const baseConfig = checked.status === 'fulfilled' ? checked.value : undefined;
        await step(r, 'validate', side, () => validate(state, options, deps, baseConfig));
        const made = await step(r, 'image', side, async () => {
            const outcome = await image_image(state, options, deps, reuse.inputs);
            // an image over its budget is still the image: the report shows its size
            r.image = outcome.image;
            checkImageBudget(state, outcome.image.built);
            return outcome;
        });
        // the blobs go up during the smoke test; the tags move only after every gate passed
        if (options.push)
            startUploadAhead(state, made.image, deps);
        const port = state.target.smoke?.port;
        // the wait for the port is not the smoke test's time: it shows as waiting
        if (port === undefined)
            await step(r, 'smoke', side, () => smoke(state, made.image, deps));
        else
            await smokePorts.run(port, () => step(r, 'smoke', side, () => smoke(state, made.image, deps)));
    }
    catch (error) {
        recordFailure(r, error);
    }
    finally {
        r.end = deps.clock();
    }
}
/** Runs one phase of a target in its log group and returns what the phase returned. */
async function step(r, phase, side, fn) {
    const title = side ? phase : `${r.state.target.name}: ${phase}`;
    try {
        return await r.state.logger.group(title, () => r.timeline.phase(phase, fn));
    }
    finally {
        r.end = Math.max(r.end, r.timeline.phases.at(-1)?.end ?? r.end);
    }
}
function recordFailure(r, error) {
    const cause = error instanceof PhaseFailure ? error.original : error;
    const message = cause instanceof Error ? cause.message : String(cause);
    r.error = error instanceof PhaseFailure ? { phase: error.phase, message, cause } : { message, cause };
    const location = cause instanceof src_errors/* GateError */.ue || cause instanceof src_errors/* ConfigError */.xL ? cause.location : undefined;
    r.state.logger.error(`${r.state.target.name}${r.error.phase ? ` failed in ${r.error.phase}` : ' failed'}: ${message}`, location);
}
function targetResult(r, runStart, baseline) {
    const { state } = r;
    const result = {
        name: state.target.name,
        status: r.error ? 'failed' : 'ok',
        start: r.start - runStart,
        end: r.end - runStart,
        phases: r.timeline.phases.map((p) => ({ ...p, start: p.start - runStart, end: p.end - runStart })),
        cacheHit: state.cacheHit,
        userSeconds: state.userSeconds,
    };
    if (r.image?.kind === 'reused')
        result.reused = true;
    if (r.image) {
        const built = r.image.kind === 'built' ? r.image.built : undefined;
        result.image = { image: state.target.image, tags: r.image.tags, pushed: Boolean(r.pushed) };
        if (r.pushed)
            result.image.digest = r.pushed.digest;
        if (built?.size !== undefined)
            result.image.size = built.size;
        const compressed = r.pushed?.compressedSize ?? built?.compressedSize;
        if (compressed !== undefined)
            result.image.compressedSize = compressed;
        if (built?.layers)
            result.image.layers = built.layers;
    }
    if (baseline) {
        const { measuring } = baseline;
        result.baseline = measuring
            ? { ...baseline, measuring: { start: measuring.start - runStart, end: measuring.end - runStart } }
            : baseline;
    }
    if (state.packages)
        result.packages = state.packages;
    if (state.trace)
        result.trace = state.trace.report;
    if (state.productionTree)
        result.productionTree = state.productionTree;
    if (state.gates && (state.gates.productionTree?.replayed || state.gates.baseImage?.replayed))
        result.gates = state.gates;
    if (state.nextStandalone)
        result.nextStandalone = state.nextStandalone;
    if (r.error)
        result.error = r.error.phase ? { phase: r.error.phase, message: r.error.message } : { message: r.error.message };
    return result;
}


/***/ })

};
