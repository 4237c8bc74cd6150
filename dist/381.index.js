import { createRequire as __adbCreateRequire } from 'node:module';
const require = __adbCreateRequire(import.meta.url);
export const id = 381;
export const ids = [381];
export const modules = {

/***/ 30381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ActionsCacheStore: () => (/* binding */ ActionsCacheStore)
/* harmony export */ });
/* unused harmony export actionsEntryPaths */
/* harmony import */ var _actions_cache__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61691);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _entry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78962);
/* harmony import */ var _key_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25877);





class TimeoutError extends Error {
}
function withTimeout(promise, ms, what) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new TimeoutError(`${what} did not answer within ${Math.round(ms / 1000)} s`)), ms);
        // a hung cache service must not keep the process alive after the build is done
        timer.unref();
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
/**
 * The GitHub Actions cache through @actions/cache. The service being absent, slow or failing
 * is never the build's problem: every failure here is a warning and a miss. The client itself
 * waits forever on a hung service, so each call has its own deadline.
 *
 * A restore that ran out of time ends the run's restores, and a save that did its saves: a run
 * makes a dozen cache calls (node_modules, records, layers), and each would wait out its deadline
 * (minutes by default) on a service that hangs. The two are apart because they reach different
 * places (a lookup and a download; a reservation and an upload to the blob store), so a slow
 * answer to one does not give up on the other.
 *
 * An entry holds one file, the tar archive of the directory, with its digest (entry.ts): the
 * client unpacks that file into the staging directory, and this store checks the digest and
 * the members' names before anything reaches the directory itself.
 */
class ActionsCacheStore {
    logger;
    options;
    name = 'GitHub Actions cache';
    /** the kinds of call that ran out of time once: later calls of that kind are misses without asking */
    gaveUp = new Set();
    constructor(logger, options) {
        this.logger = logger;
        this.options = options;
    }
    /** One call to the service within its deadline; one that runs out of time ends the calls of its kind. */
    async ask(kind, call) {
        const ms = kind === 'restore' ? this.options.restoreTimeoutMs : this.options.saveTimeoutMs;
        try {
            return await withTimeout(call(), ms, 'the cache service');
        }
        catch (error) {
            if (error instanceof TimeoutError)
                this.gaveUp.add(kind);
            throw error;
        }
    }
    /** A failed call's reason, and what follows when it ended the calls of its kind. */
    why(kind, error) {
        return error instanceof TimeoutError ? `${describe(error)}; no more cache ${kind}s in this run` : describe(error);
    }
    static isAvailable() {
        return _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .isFeatureAvailable */ .w3();
    }
    entryPaths(dir) {
        return actionsEntryPaths(this.options.stagingDir, dir);
    }
    async restore(dir, key) {
        if (this.gaveUp.has('restore'))
            return false;
        const { archive, paths } = this.entryPaths(dir);
        try {
            // the service also matches the primary key as a prefix: look first, download only an exact entry
            const found = await this.ask('restore', () => _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .restoreCache */ .P3(paths, key, [], { lookupOnly: true }));
            if (found !== key)
                return false;
            await this.clear(archive);
            const hit = await this.ask('restore', () => _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .restoreCache */ .P3(paths, key, [], this.download()));
            if (hit !== key)
                return false;
            await (0,_entry_js__WEBPACK_IMPORTED_MODULE_3__/* .unpackEntry */ .$7)(archive, dir, 'none', this.options.run);
            return true;
        }
        catch (error) {
            const what = error instanceof _entry_js__WEBPACK_IMPORTED_MODULE_3__/* .CacheEntryError */ .Tw ? `the entry ${key} cannot be used` : `cache restore of ${key} failed`;
            this.logger.warning(`${what}, going on without it: ${this.why('restore', error)}`);
            // a restore cut off half way leaves half a tree; start clean
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
            return false;
        }
        finally {
            await this.clear(archive);
        }
    }
    async restoreNearest(dir, key, prefix) {
        if (this.gaveUp.has('restore'))
            return undefined;
        const { archive, paths } = this.entryPaths(dir);
        try {
            await this.clear(archive);
            // the service matches the primary key exactly first, then the prefix by newest entry
            const found = await this.ask('restore', () => _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .restoreCache */ .P3(paths, key, [prefix], this.download()));
            if (found === undefined)
                return undefined;
            await (0,_entry_js__WEBPACK_IMPORTED_MODULE_3__/* .unpackEntry */ .$7)(archive, dir, 'none', this.options.run);
            return found;
        }
        catch (error) {
            this.logger.warning(`cache restore of ${dir} failed, going on without it: ${this.why('restore', error)}`);
            // a restore cut off half way leaves half a tree; start clean
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
            return undefined;
        }
        finally {
            await this.clear(archive);
        }
    }
    /**
     * Our deadline cannot stop the client: a download it goes on with would later unpack its
     * archive into the staging directory, over the one the save of the fresh install is packing
     * and uploading. The v2 service's Azure download aborts itself after a segment timeout (10
     * minutes by default); ending it with our deadline stops it from unpacking afterwards
     * (archives up to one 128 MiB segment; a larger one gets the deadline per segment).
     */
    download() {
        return { segmentTimeoutInMs: this.options.restoreTimeoutMs };
    }
    async save(dir, key) {
        if (this.gaveUp.has('save'))
            return false;
        const { archive, paths } = this.entryPaths(dir);
        try {
            await this.clear(archive);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(archive), { recursive: true });
            // uncompressed: the client compresses the entry (zstd) as it uploads it
            await (0,_entry_js__WEBPACK_IMPORTED_MODULE_3__/* .packEntry */ .AR)(dir, archive, 'none', this.options.run);
            const id = await this.ask('save', () => _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .saveCache */ .Io(paths, key));
            // -1: the client already logged why (entry exists, reserved by a parallel job, service error)
            return id !== -1;
        }
        catch (error) {
            if (error instanceof _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .ReserveCacheError */ .Zh) {
                this.logger.info(`cache entry ${key} exists already`);
                return false;
            }
            this.logger.warning(`cache save of ${key} failed, a later run makes it again: ${this.why('save', error)}`);
            return false;
        }
        finally {
            await this.clear(archive);
        }
    }
    async clear(archive) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(archive), { recursive: true, force: true });
    }
}
/**
 * The archive of `dir` in the staging directory, and the paths the service's entry holds: one
 * place per directory whatever the key, so a prefix match finds entries saved under other keys.
 */
function actionsEntryPaths(stagingDir, dir) {
    const archive = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(stagingDir, (0,_key_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256 */ .sc)(dir).slice(0, 16), `${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(dir)}.tar`);
    return { archive, paths: [archive, (0,_entry_js__WEBPACK_IMPORTED_MODULE_3__/* .digestFile */ .TM)(archive)] };
}
function describe(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

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


/***/ })

};
