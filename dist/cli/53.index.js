import { createRequire as __adbCreateRequire } from 'node:module';
const require = __adbCreateRequire(import.meta.url);
export const id = 53;
export const ids = [53];
export const modules = {

/***/ 8962:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $7: () => (/* binding */ unpackEntry),
/* harmony export */   AR: () => (/* binding */ packEntry),
/* harmony export */   TM: () => (/* binding */ digestFile),
/* harmony export */   Vq: () => (/* binding */ sha256OfFile)
/* harmony export */ });
/* unused harmony exports CacheEntryError, strayMember */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
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

/***/ 1286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ DaemonImages)
/* harmony export */ });
/* unused harmony export parseInspected */
/* harmony import */ var _registry_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5035);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9310);


/**
 * The run's answers about images in the Docker daemon. The preflight (the base's ENV and ONBUILD
 * triggers), the reuse check and the base probe's record (the base's ID) and the oci engine (its
 * ID and repo digests) all ask about the same base image; each `docker image inspect` is a
 * process start, so each reference is inspected once per run and every phase of every target
 * shares the answer. One instance lives as long as one run: a base rebuilt between runs is seen
 * by the next run.
 */
class DaemonImages {
    run;
    lookups = new Map();
    constructor(run) {
        this.run = run;
    }
    /**
     * What the daemon holds under `reference`; undefined when it has no such image. Rejects only
     * when docker itself cannot be started, and that failure is not remembered: the next caller
     * tries again, as it would have without the shared answer.
     */
    lookUp(reference) {
        const key = lookupKey(reference);
        let lookup = this.lookups.get(key);
        if (!lookup) {
            lookup = this.inspect(reference);
            this.lookups.set(key, lookup);
            lookup.catch(() => this.lookups.delete(key));
        }
        return lookup;
    }
    async inspect(reference) {
        const result = await this.run(['docker', 'image', 'inspect', '--format', '{{json .}}', reference], {
            quiet: true,
            allowFailure: true,
        });
        return result.code === 0 ? parseInspected(result.stdout) : undefined;
    }
}
/**
 * `local/node:20-slim` and `docker.io/local/node:20-slim` name one image to the daemon: the
 * engine asks by the canonical form, the Dockerfile's FROM by the short one.
 */
function lookupKey(reference) {
    try {
        return (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .formatReference */ .FH)((0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReference */ .F2)(reference));
    }
    catch {
        return reference;
    }
}
/** One image's `{{json .}}`; undefined for output that does not describe an image. */
function parseInspected(stdout) {
    let inspected;
    try {
        inspected = JSON.parse(stdout.trim());
    }
    catch {
        return undefined;
    }
    if (!inspected || typeof inspected.Id !== 'string' || !(0,_registry_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .isDigest */ .Bc)(inspected.Id))
        return undefined;
    const repoDigests = Array.isArray(inspected.RepoDigests)
        ? inspected.RepoDigests.filter((d) => typeof d === 'string')
        : [];
    const config = inspected.Config && typeof inspected.Config === 'object' ? inspected.Config : {};
    return { id: inspected.Id, repoDigests, config };
}


/***/ }),

/***/ 4811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F5: () => (/* binding */ isGoSpace),
/* harmony export */   JN: () => (/* binding */ trimGo),
/* harmony export */   R8: () => (/* binding */ codePointName),
/* harmony export */   mV: () => (/* binding */ trimLeftGo),
/* harmony export */   qW: () => (/* binding */ isInvisible)
/* harmony export */ });
/**
 * Character classes as Go defines them: BuildKit's parser is written in Go, and where JavaScript
 * and Go disagree about what counts as a space (U+FEFF is one for JavaScript's trim() and \s,
 * not for Go's unicode.IsSpace) the file means what Go reads, since Go's reading is built.
 */
/** Go's unicode.IsSpace. */
function isGoSpace(code) {
    if (code <= 0xff)
        return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x85 || code === 0xa0;
    return (code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000);
}
/** strings.TrimLeftFunc(s, unicode.IsSpace) */
function trimLeftGo(text) {
    let i = 0;
    while (i < text.length) {
        const code = text.codePointAt(i);
        if (!isGoSpace(code))
            break;
        i += code > 0xffff ? 2 : 1;
    }
    return text.slice(i);
}
/** strings.TrimSpace */
function trimGo(text) {
    const left = trimLeftGo(text);
    let end = left.length;
    while (end > 0) {
        const low = left.charCodeAt(end - 1);
        const code = low >= 0xdc00 && low <= 0xdfff && end >= 2 ? left.codePointAt(end - 2) : low;
        if (!isGoSpace(code))
            break;
        end -= code > 0xffff ? 2 : 1;
    }
    return left.slice(0, end);
}
/**
 * Characters a reader cannot see or tell from a plain space: non-ASCII spaces, zero-width and
 * other format characters, and control characters other than tab. Builders and editors differ
 * on them, so the COPY-only gate refuses them outside quoted values.
 */
function isInvisible(code) {
    if (code === 0x09)
        return false;
    if (code < 0x20 || code === 0x7f || (code >= 0x80 && code <= 0x9f))
        return true;
    if (code < 0x80)
        return false;
    return (isGoSpace(code) ||
        /[\p{Cf}\p{Zs}\p{Zl}\p{Zp}]/u.test(String.fromCodePoint(code)) ||
        code === 0x115f ||
        code === 0x1160 ||
        code === 0x3164 ||
        code === 0xffa0);
}
/** U+FEFF as "U+FEFF", for messages about characters one cannot see. */
function codePointName(code) {
    return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}


/***/ }),

/***/ 1424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AK: () => (/* binding */ expandWords),
/* harmony export */   IX: () => (/* binding */ lookupIn),
/* harmony export */   Vo: () => (/* binding */ expandWord),
/* harmony export */   Y3: () => (/* binding */ ExpansionError),
/* harmony export */   _T: () => (/* binding */ referencedNames)
/* harmony export */ });
/* harmony import */ var _chars_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4811);

class ExpansionError extends Error {
    name = 'ExpansionError';
}
/** `text` as one word, whitespace kept (ProcessWord). */
function expandWord(text, lookup, options = {}) {
    return new Lexer(text, lookup, options).process().result;
}
/** The words of `text`, split on unquoted whitespace after substitution (ProcessWords). */
function expandWords(text, lookup, options = {}) {
    return new Lexer(text, lookup, options).process().words;
}
/** The variable names `text` refers to, whether set or not (for checks that need to know where values come from). */
function referencedNames(text, options = {}) {
    const names = new Set();
    try {
        new Lexer(text, (name) => {
            names.add(name);
            return undefined;
        }, options).process();
    }
    catch {
        // a syntax error is reported by whoever expands the word
    }
    return [...names];
}
function lookupIn(...scopes) {
    return (name) => {
        for (const scope of scopes)
            if (Object.hasOwn(scope, name) && scope[name] !== undefined)
                return scope[name];
        return undefined;
    };
}
const EOF = -1;
/** Collects words the way the lexer's wordsStruct does: unquoted spaces split, quoted text does not. */
class Words {
    word = '';
    words = [];
    inWord = false;
    addChar(code) {
        if ((0,_chars_js__WEBPACK_IMPORTED_MODULE_0__/* .isGoSpace */ .F5)(code)) {
            if (this.inWord && this.word.length > 0) {
                this.words.push(this.word);
                this.word = '';
                this.inWord = false;
            }
        }
        else {
            this.addRaw(String.fromCodePoint(code));
        }
    }
    addString(text) {
        for (const ch of text)
            this.addChar(ch.codePointAt(0));
    }
    addRaw(text) {
        this.word += text;
        this.inWord = true;
    }
    done() {
        if (this.word.length > 0) {
            this.words.push(this.word);
            this.word = '';
            this.inWord = false;
        }
        return this.words;
    }
}
class Lexer {
    lookup;
    options;
    chars;
    pos = 0;
    escape;
    rawEscapes;
    constructor(text, lookup, options) {
        this.lookup = lookup;
        this.options = options;
        this.chars = [...text].map((c) => c.codePointAt(0));
        this.escape = (options.escape ?? '\\').codePointAt(0);
        this.rawEscapes = options.rawEscapes ?? false;
    }
    process() {
        return this.stopOn(EOF, this.rawEscapes);
    }
    peek() {
        return this.pos < this.chars.length ? this.chars[this.pos] : EOF;
    }
    next() {
        return this.pos < this.chars.length ? this.chars[this.pos++] : EOF;
    }
    stopOn(stop, rawEscapes) {
        const saved = this.rawEscapes;
        this.rawEscapes = rawEscapes;
        try {
            let result = '';
            const words = new Words();
            while (this.peek() !== EOF) {
                const ch = this.peek();
                if (stop !== EOF && ch === stop) {
                    this.next();
                    return { result, words: words.done() };
                }
                if (ch === 0x24 /* $ */) {
                    const value = this.dollar();
                    result += value;
                    words.addString(value);
                }
                else if (ch === 0x27 /* ' */) {
                    const value = this.singleQuoted();
                    result += value;
                    words.addRaw(value);
                }
                else if (ch === 0x22 /* " */) {
                    const value = this.doubleQuoted();
                    result += value;
                    words.addRaw(value);
                }
                else {
                    let c = this.next();
                    if (c === this.escape) {
                        if (this.rawEscapes) {
                            words.addRaw(String.fromCodePoint(c));
                            result += String.fromCodePoint(c);
                        }
                        c = this.next();
                        if (c === EOF)
                            break;
                        words.addRaw(String.fromCodePoint(c));
                    }
                    else {
                        words.addChar(c);
                    }
                    result += String.fromCodePoint(c);
                }
            }
            if (stop !== EOF)
                throw new ExpansionError(`unexpected end of statement while looking for matching ${String.fromCodePoint(stop)}`);
            return { result, words: words.done() };
        }
        finally {
            this.rawEscapes = saved;
        }
    }
    singleQuoted() {
        let result = '';
        const open = this.next();
        if (this.options.rawQuotes)
            result += String.fromCodePoint(open);
        for (;;) {
            const c = this.next();
            if (c === EOF)
                throw new ExpansionError('unexpected end of statement while looking for matching single-quote');
            if (c === 0x27) {
                if (this.options.rawQuotes)
                    result += "'";
                return result;
            }
            result += String.fromCodePoint(c);
        }
    }
    doubleQuoted() {
        let result = '';
        const open = this.next();
        if (this.options.rawQuotes)
            result += String.fromCodePoint(open);
        for (;;) {
            const p = this.peek();
            if (p === EOF)
                throw new ExpansionError('unexpected end of statement while looking for matching double-quote');
            if (p === 0x22) {
                this.next();
                if (this.options.rawQuotes)
                    result += '"';
                return result;
            }
            if (p === 0x24) {
                result += this.dollar();
                continue;
            }
            let c = this.next();
            if (c === this.escape) {
                if (this.rawEscapes)
                    result += String.fromCodePoint(c);
                const after = this.peek();
                if (after === EOF)
                    continue;
                // only these can be escaped inside double quotes; any other escape stays as written
                if (after === 0x22 || after === 0x24 || after === this.escape)
                    c = this.next();
            }
            result += String.fromCodePoint(c);
        }
    }
    dollar() {
        this.next();
        if (this.peek() !== 0x7b /* { */) {
            const name = this.name();
            if (name === '')
                return '$';
            const value = this.lookup(name);
            if (value === undefined && this.options.skipUnsetEnv)
                return `$${name}`;
            return value ?? '';
        }
        this.next();
        const p = this.peek();
        if (p === EOF)
            throw new ExpansionError("syntax error: missing '}'");
        if (p === 0x7b || p === 0x7d || p === 0x3a)
            throw new ExpansionError('syntax error: bad substitution');
        const name = this.name();
        let ch = this.next();
        let op = ch === EOF ? '' : String.fromCodePoint(ch);
        if (ch === 0x7d /* } */) {
            const value = this.lookup(name);
            if (value === undefined && this.options.skipUnsetEnv)
                return `\${${name}}`;
            return value ?? '';
        }
        if (ch === 0x2f /* / */)
            return this.replace(name);
        let nullIsUnset = false;
        if (ch === 0x3a /* : */) {
            nullIsUnset = true;
            ch = this.next();
            op += ch === EOF ? '' : String.fromCodePoint(ch);
        }
        else if (!'+-?#%'.includes(op) || op === '') {
            throw new ExpansionError(`unsupported modifier (${op}) in substitution`);
        }
        const isPattern = ch === 0x23 || ch === 0x25;
        let word;
        try {
            word = this.stopOn(0x7d, isPattern).result;
        }
        catch (error) {
            if (this.peek() === EOF)
                throw new ExpansionError("syntax error: missing '}'");
            throw error;
        }
        const value = this.lookup(name);
        const set = value !== undefined;
        if (this.options.skipUnsetEnv && !set)
            return `\${${name}${op}${word}}`;
        const empty = !set || (nullIsUnset && value === '');
        switch (ch) {
            case 0x2d /* - */:
                return empty ? word : value;
            case 0x2b /* + */:
                return empty ? '' : word;
            case 0x3f /* ? */:
                if (!set)
                    throw new ExpansionError(`${name}: ${word || 'is not allowed to be unset'}`);
                if (nullIsUnset && value === '')
                    throw new ExpansionError(`${name}: ${word || 'is not allowed to be empty'}`);
                return value;
            case 0x25 /* % */:
            case 0x23 /* # */: {
                const marker = String.fromCodePoint(ch);
                const greedy = word.startsWith(marker);
                const pattern = greedy ? word.slice(1) : word;
                return ch === 0x25 ? trimSuffix(pattern, value ?? '', greedy) : trimPrefix(pattern, value ?? '', greedy);
            }
            default:
                throw new ExpansionError(`unsupported modifier (${op}) in substitution`);
        }
    }
    /** `${NAME/pattern/replacement}` and `${NAME//pattern/replacement}` */
    replace(name) {
        const all = this.peek() === 0x2f;
        if (all)
            this.next();
        let pattern;
        let replacement;
        try {
            pattern = this.stopOn(0x2f, true).result;
        }
        catch (error) {
            if (this.peek() === EOF)
                throw new ExpansionError("syntax error: missing '/' in ${}");
            throw error;
        }
        try {
            replacement = this.stopOn(0x7d, true).result;
        }
        catch (error) {
            if (this.peek() === EOF)
                throw new ExpansionError("syntax error: missing '}'");
            throw error;
        }
        const value = this.lookup(name);
        if (this.options.skipUnsetEnv && value === undefined)
            return `\${${name}/${pattern}/${replacement}}`;
        const re = shellPattern(pattern, true, false, all);
        const text = value ?? '';
        if (all)
            return text.replace(re, () => replacement);
        const m = re.exec(text);
        return m ? text.slice(0, m.index) + replacement + text.slice(m.index + m[0].length) : text;
    }
    /** A name: letters, digits and _, or a run of digits, or one special parameter ($@, $#, ...). */
    name() {
        let name = '';
        while (this.peek() !== EOF) {
            const c = this.peek();
            const s = String.fromCodePoint(c);
            if (name === '' && /\p{Nd}/u.test(s)) {
                while (this.peek() !== EOF && /\p{Nd}/u.test(String.fromCodePoint(this.peek())))
                    name += String.fromCodePoint(this.next());
                return name;
            }
            if (name === '' && '@*#?-$!0'.includes(s)) {
                this.next();
                return s;
            }
            if (!/[\p{L}\p{Nd}_]/u.test(s))
                break;
            name += String.fromCodePoint(this.next());
        }
        return name;
    }
}
/** A shell pattern (`*`, `?`, escapes; no bracket expressions) as a regular expression. */
function shellPattern(pattern, greedy, anchored, global = false) {
    let out = anchored ? '^' : '';
    const chars = [...pattern];
    for (let i = 0; i < chars.length; i++) {
        const c = chars[i];
        if (c === '*')
            out += greedy ? '.*' : '.*?';
        else if (c === '?')
            out += '.';
        else if (c === '\\') {
            // `\}` and `\/` are escapes of ${}'s own syntax, not part of the pattern
            if (chars[i + 1] === '}' || chars[i + 1] === '/')
                continue;
            const next = chars[++i];
            if (next !== '*' && next !== '?' && next !== '\\')
                throw new ExpansionError(`invalid pattern (${pattern}) in substitution: invalid escape '\\${next ?? ''}'`);
            out += `\\${next}`;
        }
        else if ('[]{}.+()|^$/'.includes(c))
            out += `\\${c}`;
        else
            out += c;
    }
    return new RegExp(out, global ? 'gu' : 'u');
}
function trimPrefix(pattern, value, greedy) {
    const m = shellPattern(pattern, greedy, true).exec(value);
    return m ? value.slice(m[0].length) : value;
}
/** The shortest or longest matching suffix removed: the reversed pattern matched against the reversed value. */
function trimSuffix(pattern, value, greedy) {
    return reverse(trimPrefix(reversePattern(pattern), reverse(value), greedy));
}
function reverse(text) {
    return [...text].reverse().join('');
}
/** Reverses a pattern keeping each escape before the character it escapes (a\*c → c\*a). */
function reversePattern(pattern) {
    const chars = [...pattern];
    const out = [];
    for (let i = 0; i < chars.length;) {
        if (chars[i] === '\\' && i !== chars.length - 1) {
            out.unshift(chars[i], chars[i + 1]);
            i += 2;
        }
        else {
            out.unshift(chars[i]);
            i++;
        }
    }
    return out.join('');
}


/***/ }),

/***/ 4882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eb: () => (/* binding */ goMatch),
/* harmony export */   Qz: () => (/* binding */ patternSyntaxError),
/* harmony export */   m: () => (/* binding */ BadPatternError),
/* harmony export */   rl: () => (/* binding */ hasWildcard)
/* harmony export */ });
/**
 * Go's path/filepath.Match (on Linux): what BuildKit matches a COPY wildcard against each name
 * with, and what moby/patternmatcher validates .dockerignore lines with. `*` and `?` never
 * match `/`; a class is `[a-z]` or, negated, `[^a-z]` (`[!a]` is the class of `!` and `a`, not
 * a negation); `\` escapes. The only glob matcher in the code base.
 */
class BadPatternError extends Error {
    pattern;
    name = 'BadPatternError';
    constructor(pattern) {
        super(`syntax error in pattern "${pattern}"`);
        this.pattern = pattern;
    }
}
/** Whether `name` matches `pattern`; throws BadPatternError for a malformed pattern, as Go returns ErrBadPattern. */
function goMatch(pattern, name) {
    let pat = toChars(pattern);
    let rest = toChars(name);
    outer: while (pat.length > 0) {
        const { star, chunk, after } = scanChunk(pat);
        pat = after;
        if (star && chunk.length === 0)
            return !rest.includes(SLASH);
        const here = matchChunk(chunk, rest);
        if (here === BAD)
            throw new BadPatternError(pattern);
        if (here !== undefined && (here.length === 0 || pat.length > 0)) {
            rest = here;
            continue;
        }
        if (star) {
            for (let i = 0; i < rest.length && rest[i] !== SLASH; i++) {
                const t = matchChunk(chunk, rest.slice(i + 1));
                if (t === BAD)
                    throw new BadPatternError(pattern);
                if (t !== undefined) {
                    if (pat.length === 0 && t.length > 0)
                        continue;
                    rest = t;
                    continue outer;
                }
            }
        }
        // no match: Go still reports a malformed remainder of the pattern
        while (pat.length > 0) {
            const next = scanChunk(pat);
            pat = next.after;
            if (matchChunk(next.chunk, []) === BAD)
                throw new BadPatternError(pattern);
        }
        return false;
    }
    return rest.length === 0;
}
/** What Go's filepath.Match rejects in `pattern` (ErrBadPattern), in words; undefined when it is well formed. */
function patternSyntaxError(pattern) {
    try {
        goMatch(pattern, '');
        // Match stops at the first chunk that fails: check every chunk against nothing too
        let pat = toChars(pattern);
        while (pat.length > 0) {
            const next = scanChunk(pat);
            pat = next.after;
            if (matchChunk(next.chunk, []) === BAD)
                throw new BadPatternError(pattern);
        }
        return undefined;
    }
    catch (error) {
        if (!(error instanceof BadPatternError))
            throw error;
        return describeBadPattern(pattern);
    }
}
/** Whether a COPY source or ignore line has wildcards at all. */
function hasWildcard(text) {
    return /[*?[]/.test(text);
}
const SLASH = 0x2f;
const BACKSLASH = 0x5c;
const BAD = 'bad';
function toChars(text) {
    return [...text].map((c) => c.codePointAt(0));
}
function scanChunk(pattern) {
    let star = false;
    let start = 0;
    while (start < pattern.length && pattern[start] === 0x2a) {
        start++;
        star = true;
    }
    let inRange = false;
    let i = start;
    scan: for (; i < pattern.length; i++) {
        switch (pattern[i]) {
            case BACKSLASH:
                if (i + 1 < pattern.length)
                    i++;
                break;
            case 0x5b:
                inRange = true;
                break;
            case 0x5d:
                inRange = false;
                break;
            case 0x2a:
                if (!inRange)
                    break scan;
                break;
            default:
                break;
        }
    }
    return { star, chunk: pattern.slice(start, i), after: pattern.slice(i) };
}
/** The rest of `s` after `chunk` matched its start; undefined when it does not; BAD for a malformed chunk. */
function matchChunk(chunkIn, sIn) {
    let chunk = chunkIn;
    let s = sIn;
    let failed = false;
    while (chunk.length > 0) {
        if (!failed && s.length === 0)
            failed = true;
        const c = chunk[0];
        if (c === 0x5b) {
            let r = -1;
            if (!failed) {
                r = s[0];
                s = s.slice(1);
            }
            chunk = chunk.slice(1);
            let negated = false;
            if (chunk.length > 0 && chunk[0] === 0x5e) {
                negated = true;
                chunk = chunk.slice(1);
            }
            let match = false;
            let ranges = 0;
            for (;;) {
                if (chunk.length > 0 && chunk[0] === 0x5d && ranges > 0) {
                    chunk = chunk.slice(1);
                    break;
                }
                const lo = escaped(chunk);
                if (lo === BAD)
                    return BAD;
                chunk = lo.after;
                let hi = lo.code;
                if (chunk[0] === 0x2d) {
                    const h = escaped(chunk.slice(1));
                    if (h === BAD)
                        return BAD;
                    chunk = h.after;
                    hi = h.code;
                }
                if (lo.code <= r && r <= hi)
                    match = true;
                ranges++;
            }
            if (match === negated)
                failed = true;
        }
        else if (c === 0x3f) {
            if (!failed) {
                if (s[0] === SLASH)
                    failed = true;
                s = s.slice(1);
            }
            chunk = chunk.slice(1);
        }
        else {
            let literal = chunk;
            if (c === BACKSLASH) {
                literal = chunk.slice(1);
                if (literal.length === 0)
                    return BAD;
            }
            if (!failed) {
                if (literal[0] !== s[0])
                    failed = true;
                s = s.slice(1);
            }
            chunk = literal.slice(1);
        }
    }
    return failed ? undefined : s;
}
function escaped(chunk) {
    if (chunk.length === 0 || chunk[0] === 0x2d || chunk[0] === 0x5d)
        return BAD;
    let rest = chunk;
    if (rest[0] === BACKSLASH) {
        rest = rest.slice(1);
        if (rest.length === 0)
            return BAD;
    }
    const after = rest.slice(1);
    if (after.length === 0)
        return BAD;
    return { code: rest[0], after };
}
function describeBadPattern(pattern) {
    if (/(^|[^\\])(\\\\)*\\$/.test(pattern))
        return 'a trailing \\ escapes nothing';
    const open = pattern.lastIndexOf('[');
    if (open >= 0 && pattern.indexOf(']', open + 1) < 0)
        return 'a [ is never closed';
    if (/\[\^?[-\]]/.test(pattern) || /\[[^\]]*-[^\]]-/.test(pattern))
        return 'a character class is empty or starts with - or ]';
    if (/-\]/.test(pattern))
        return 'a character range has no end';
    return 'not a valid wildcard pattern';
}


/***/ }),

/***/ 2946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AH: () => (/* binding */ goClean),
/* harmony export */   CL: () => (/* binding */ stagingIgnoreFile),
/* harmony export */   Eu: () => (/* binding */ skipsDirectory),
/* harmony export */   k7: () => (/* binding */ applicableIgnoreFile),
/* harmony export */   pi: () => (/* binding */ isIgnored),
/* harmony export */   sp: () => (/* binding */ matcherFor)
/* harmony export */ });
/* unused harmony exports parseIgnore, readIgnoreFile, IgnoreMatcher */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4882);



/** Reads lines the way moby/patternmatcher's ignorefile.ReadAll does, then compiles them. */
function parseIgnore(text, file = '.dockerignore') {
    const patterns = [];
    const problems = [];
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    lines.forEach((raw, index) => {
        // only a # in the first column starts a comment: "  # x" is the pattern "# x"
        if (raw.startsWith('#'))
            return;
        let line = raw.trim();
        if (line === '')
            return;
        const invert = line.startsWith('!');
        if (invert)
            line = line.slice(1).trim();
        if (line.length > 0) {
            line = goClean(line);
            if (line.length > 1 && line.startsWith('/'))
                line = line.slice(1);
        }
        // patternmatcher.New cleans once more, with the `!` still in front
        let cleaned = goClean((invert ? `!${line}` : line).trim());
        const exclusion = cleaned.startsWith('!');
        if (exclusion)
            cleaned = cleaned.slice(1);
        const where = { line: index + 1, text: raw.trim() };
        if (exclusion && cleaned === '') {
            problems.push({ ...where, message: 'a lone "!" is not a valid pattern' });
            return;
        }
        const syntax = (0,_glob_js__WEBPACK_IMPORTED_MODULE_2__/* .patternSyntaxError */ .Qz)(cleaned) ?? backwardsRange(cleaned);
        if (syntax) {
            problems.push({ ...where, message: syntax });
            return;
        }
        patterns.push({ pattern: cleaned, exclusion, ...where });
    });
    return { file, patterns, problems };
}
/** The ignore file at `file`, or undefined when there is none. */
async function readIgnoreFile(file) {
    try {
        return parseIgnore(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'), file);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
/**
 * The ignore files BuildKit looks for, in order: `<Dockerfile>.dockerignore` next to the
 * Dockerfile wins over the context's `.dockerignore` (the two are never merged). Docker's
 * legacy builder only reads the context's `.dockerignore`.
 */
function ignoreFileCandidates(context, dockerfile) {
    return [`${dockerfile}.dockerignore`, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(context, '.dockerignore')];
}
/** The ignore file a BuildKit build of `dockerfile` in `context` applies, if any. */
async function applicableIgnoreFile(context, dockerfile) {
    for (const candidate of ignoreFileCandidates(context, dockerfile)) {
        const found = await readIgnoreFile(candidate);
        if (found)
            return found;
    }
    return undefined;
}
/**
 * The ignore file for an artifact-first build's staged context: `<Dockerfile>.dockerignore`
 * only. A repository's `.dockerignore` is written for the multi-stage build (it leaves out
 * node_modules, dist, .next: exactly the artifacts), and the staged context holds nothing but
 * the declared artifacts anyway, so it is not applied; the secret scan still reads what ships.
 */
async function stagingIgnoreFile(context, dockerfile) {
    const [own, repository] = await Promise.all([
        readIgnoreFile(`${dockerfile}.dockerignore`),
        readIgnoreFile(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(context, '.dockerignore')),
    ]);
    if (own)
        return { ignore: own };
    return repository ? { unused: repository.file } : {};
}
const matchers = new WeakMap();
/**
 * Whether docker build leaves `relPath` out of the context; no ignore file ignores nothing.
 * For staging a context: the matcher behind it is cached per ignore file, and directories
 * for which `skipsDirectory` is true need not be walked.
 */
function isIgnored(ignore, relPath) {
    return ignore ? matcherFor(ignore).matches(relPath) : false;
}
/** True when `relDir` and everything below it are ignored, so a walker can skip it whole. */
function skipsDirectory(ignore, relDir) {
    return ignore ? matcherFor(ignore).skipsDirectory(relDir) : false;
}
function matcherFor(ignore) {
    let matcher = matchers.get(ignore);
    if (!matcher) {
        matcher = new IgnoreMatcher(ignore.patterns);
        matchers.set(ignore, matcher);
    }
    return matcher;
}
/**
 * Evaluates paths as BuildKit's walker does: each directory's per-pattern results are handed
 * to its children (patternmatcher's MatchesUsingParentResults), cached by directory.
 */
class IgnoreMatcher {
    patterns;
    compiled;
    states = new Map();
    /** false when some `!` line has wildcards: then no excluded directory can be skipped */
    onlyPrefixExceptions;
    constructor(patterns) {
        this.patterns = patterns;
        this.compiled = patterns.map(compile);
        this.onlyPrefixExceptions = patterns.every((p) => !p.exclusion || !/[*[\]?^\\]/.test(withoutTrailingGlob(p.pattern)));
    }
    matches(relPath) {
        return this.state(relPath).matched;
    }
    /** The line that leaves `relPath` out, or undefined when it is in the context. */
    explain(relPath) {
        const state = this.state(relPath);
        return state.matched ? this.patterns[state.decidedBy] : undefined;
    }
    skipsDirectory(relDir) {
        if (!this.matches(relDir) || !this.onlyPrefixExceptions)
            return false;
        const dirSlash = `${normalizeRelPath(relDir)}/`;
        return !this.patterns.some((p) => p.exclusion && `${withoutTrailingGlob(p.pattern)}/`.startsWith(dirSlash));
    }
    state(relPath) {
        const clean = normalizeRelPath(relPath);
        // the context root is never excluded ("don't let them exclude everything")
        if (clean === '.')
            return { matched: false, perPattern: [], decidedBy: -1 };
        const parts = clean.split('/');
        let parent;
        for (let i = 1; i <= parts.length; i++) {
            const prefix = parts.slice(0, i).join('/');
            let state = this.states.get(prefix);
            if (!state) {
                state = this.evaluate(prefix, parent);
                // files are not cached: there are many, and each is asked about once
                if (i < parts.length)
                    this.states.set(prefix, state);
            }
            parent = state;
        }
        return parent;
    }
    evaluate(file, parent) {
        let matched = false;
        let decidedBy = -1;
        const perPattern = this.compiled.map(() => false);
        this.compiled.forEach((pattern, i) => {
            let match = parent?.perPattern[i] ?? false;
            if (!match) {
                // an include that cannot change the result, or an exception with nothing to undo
                if (pattern.exclusion !== matched)
                    return;
                match = pattern.test(file);
            }
            perPattern[i] = match;
            if (match) {
                matched = !pattern.exclusion;
                decidedBy = i;
            }
        });
        return { matched, perPattern, decidedBy };
    }
}
/** patternmatcher's Pattern.compile, with '/' as the separator. */
function compile(p) {
    const pattern = p.pattern;
    let regex = '^';
    let type = 'exact';
    const chars = [...pattern];
    for (let i = 0, step = 0; i < chars.length; i++, step++) {
        const ch = chars[i];
        if (ch === '*') {
            if (chars[i + 1] === '*') {
                i++;
                // "**/" is treated as "**"
                if (chars[i + 1] === '/')
                    i++;
                if (i + 1 >= chars.length) {
                    // a trailing ** matches everything below, as in .gitignore
                    if (type === 'exact')
                        type = 'prefix';
                    else {
                        regex += '.*';
                        type = 'regexp';
                    }
                }
                else {
                    regex += '(.*/)?';
                    type = 'regexp';
                }
                if (step === 0)
                    type = 'suffix';
            }
            else {
                regex += '[^/]*';
                type = 'regexp';
            }
        }
        else if (ch === '?') {
            regex += '[^/]';
            type = 'regexp';
        }
        else if ('.+()|{}$'.includes(ch)) {
            regex += `\\${ch}`;
        }
        else if (ch === '\\') {
            if (i + 1 < chars.length) {
                regex += `\\${chars[++i]}`;
                type = 'regexp';
            }
            else {
                regex += '\\\\';
            }
        }
        else if (ch === '[' || ch === ']') {
            regex += ch;
            type = 'regexp';
        }
        else {
            regex += ch;
        }
    }
    const exclusion = p.exclusion;
    switch (type) {
        case 'exact':
            return { exclusion, test: (file) => file === pattern };
        case 'prefix': {
            const prefix = pattern.slice(0, -2);
            return { exclusion, test: (file) => file.startsWith(prefix) };
        }
        case 'suffix': {
            const suffix = pattern.slice(2);
            return {
                exclusion,
                test: (file) => file.endsWith(suffix) || (suffix.startsWith('/') && file === suffix.slice(1)),
            };
        }
        case 'regexp': {
            const re = toRegExp(`${regex}$`);
            return { exclusion, test: (file) => re?.test(file) ?? false };
        }
    }
}
/**
 * Go's regexp works on code points: the u flag makes `?` match one emoji as it does there. A
 * few patterns Go accepts are invalid in u mode (an escaped letter, a lone ]), for those the
 * plain mode is the same on everything but astral characters.
 */
function toRegExp(source) {
    for (const flags of ['u', '']) {
        try {
            return new RegExp(source, flags);
        }
        catch {
            // next mode; patternSyntaxError has refused what neither accepts
        }
    }
    return undefined;
}
function withoutTrailingGlob(pattern) {
    return pattern.replace(/\/\*\*$/, '').replace(/\/\*$/, '');
}
/** A relative path as the walker sees it: / separated, cleaned, without a leading ./ or /. */
function normalizeRelPath(relPath) {
    const clean = goClean(relPath.replace(/\\/g, '/'));
    return clean.startsWith('/') ? goClean(clean.slice(1) || '.') : clean;
}
/** Go's path.Clean: the shortest equivalent path, lexically. */
function goClean(p) {
    if (p === '')
        return '.';
    const rooted = p.startsWith('/');
    const out = [];
    for (const part of p.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (out.length > 0 && out[out.length - 1] !== '..')
                out.pop();
            else if (!rooted)
                out.push('..');
        }
        else {
            out.push(part);
        }
    }
    const joined = out.join('/');
    if (rooted)
        return `/${joined}`;
    return joined === '' ? '.' : joined;
}
/**
 * patternmatcher also compiles each line into a Go regular expression, which refuses a class
 * like [z-a] that filepath.Match merely never matches.
 */
function backwardsRange(pattern) {
    for (const m of pattern.matchAll(/\[\^?((?:\\.|[^\]\\])+)\]/g)) {
        const body = [...m[1].replace(/\\(.)/g, '$1')];
        for (let i = 0; i + 2 < body.length; i++) {
            if (body[i + 1] === '-' && body[i + 2].codePointAt(0) < body[i].codePointAt(0))
                return 'a character range runs backwards';
        }
    }
    return undefined;
}


/***/ }),

/***/ 6357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ai: () => (/* binding */ parseDockerfile),
/* harmony export */   Gv: () => (/* binding */ instructionView),
/* harmony export */   qu: () => (/* binding */ KNOWN_INSTRUCTIONS)
/* harmony export */ });
/* unused harmony export parseWords */
/* harmony import */ var _chars_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4811);
/* harmony import */ var _expand_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1424);


/** BuildKit's parser directives; any other `# key=value` line is a comment and ends them. */
const KNOWN_DIRECTIVES = new Set(['escape', 'syntax', 'check']);
/** Go's RE2 \s is ASCII only: [\t\n\f\r ] */
const DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)[\t\n\f\r ]*=[\t\n\f\r ]*(.+?)[\t\n\f\r ]*$/;
/** reWhitespace: what splits the keyword from its arguments and shell-form COPY words */
const WHITESPACE = /[\t\v\f\r ]+/;
const HEREDOC_KEYWORDS = new Set(['ADD', 'COPY', 'RUN']);
const HEREDOC_WORD = /^(\d*)<<(-?)([^<]*)$/;
class ParseError extends Error {
}
const NOT_STRING_ARRAY = 'when using JSON array syntax, arrays must be comprised of strings only';
function parseDockerfile(text) {
    const lines = splitLines(text);
    const parsed = { escape: '\\', directives: [], instructions: [], warnings: [], lines };
    let directivesDone = false;
    let continuation = continuationRegExp('\\');
    const fail = (line, message, column) => {
        parsed.problems = [column === undefined ? { line, message } : { line, column, message }];
        return parsed;
    };
    for (let i = 0; i < lines.length; i++) {
        const first = (0,_chars_js__WEBPACK_IMPORTED_MODULE_0__/* .trimLeftGo */ .mV)(lines[i]);
        if (!directivesDone) {
            const directive = readDirective(first);
            if (!directive)
                directivesDone = true;
            else {
                if (parsed.directives.some((d) => d.name === directive.name))
                    return fail(i + 1, `only one ${directive.name} parser directive can be used`);
                parsed.directives.push({ ...directive, line: i + 1 });
                if (directive.name === 'escape') {
                    if (directive.value !== '\\' && directive.value !== '`') {
                        return fail(i + 1, `invalid escape token '${directive.value}' does not match \` or \\`, first.indexOf(directive.value) + 1 + (lines[i].length - first.length));
                    }
                    parsed.escape = directive.value;
                    continuation = continuationRegExp(directive.value);
                }
            }
        }
        const startLine = i + 1;
        let { text: line, ends } = trimContinuation(stripComment(first), continuation);
        if (ends && line === '')
            continue;
        let emptyContinuation = false;
        while (!ends && i + 1 < lines.length) {
            const raw = lines[++i];
            if (isComment(raw))
                continue;
            if ((0,_chars_js__WEBPACK_IMPORTED_MODULE_0__/* .trimLeftGo */ .mV)(raw) === '') {
                emptyContinuation = true;
                continue;
            }
            const next = trimContinuation(raw, continuation);
            line += next.text;
            ends = next.ends;
        }
        if (emptyContinuation)
            parsed.warnings.push({ line: startLine, message: 'empty continuation line' });
        let instruction;
        try {
            instruction = nodeFromLine(line, parsed.escape, startLine);
        }
        catch (error) {
            if (error instanceof ParseError)
                return fail(startLine, error.message);
            throw error;
        }
        instruction.endLine = i + 1;
        if (HEREDOC_KEYWORDS.has(instruction.keyword) && !instruction.json && line.includes('<<')) {
            let heredocs;
            try {
                heredocs = heredocsFromLine(line);
            }
            catch (error) {
                if (error instanceof _expand_js__WEBPACK_IMPORTED_MODULE_1__/* .ExpansionError */ .Y3)
                    return fail(startLine, error.message);
                throw error;
            }
            for (const doc of heredocs) {
                let terminated = false;
                while (i + 1 < lines.length) {
                    const body = lines[++i];
                    if ((doc.chomp ? body.replace(/^\t+/, '') : body) === doc.name) {
                        terminated = true;
                        break;
                    }
                    doc.content += `${body}\n`;
                }
                if (!terminated) {
                    parsed.instructions.push(instruction);
                    return fail(startLine, `unterminated heredoc <<${doc.name}`);
                }
            }
            if (heredocs.length > 0)
                instruction.heredocs = heredocs;
            instruction.endLine = i + 1;
        }
        parsed.instructions.push(instruction);
    }
    if (parsed.instructions.length === 0)
        return fail(Math.max(lines.length, 1), 'file with no instructions');
    return parsed;
}
/** bufio.Scanner's lines: split at \n, one trailing \r dropped, no empty last line; a leading BOM removed. */
function splitLines(text) {
    const lines = text.replace(/^\uFEFF/, '').split('\n');
    if (lines.length > 0 && lines[lines.length - 1] === '')
        lines.pop();
    return lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}
function readDirective(line) {
    if (!line.startsWith('#'))
        return undefined;
    const m = DIRECTIVE.exec((0,_chars_js__WEBPACK_IMPORTED_MODULE_0__/* .trimLeftGo */ .mV)(line.slice(1)));
    if (!m)
        return undefined;
    const name = m[1].toLowerCase();
    return KNOWN_DIRECTIVES.has(name) ? { name, value: m[2] } : undefined;
}
function continuationRegExp(escape) {
    return new RegExp(`\\${escape}[ \\t]*$`);
}
function trimContinuation(line, re) {
    return re.test(line) ? { text: line.replace(re, ''), ends: false } : { text: line, ends: true };
}
/** reComment `^#.*$` on a line already trimmed on the left: a comment line becomes empty. */
function stripComment(line) {
    return line.startsWith('#') ? '' : line;
}
function isComment(line) {
    return (0,_chars_js__WEBPACK_IMPORTED_MODULE_0__/* .trimLeftGo */ .mV)(line).startsWith('#');
}
function nodeFromLine(line, escape, startLine) {
    const trimmed = (0,_chars_js__WEBPACK_IMPORTED_MODULE_0__/* .trimGo */ .JN)(line);
    const m = WHITESPACE.exec(trimmed);
    const keyword = m ? trimmed.slice(0, m.index) : trimmed;
    let args = '';
    let flagWords = [];
    if (m) {
        const extracted = extractBuilderFlags(trimmed.slice(m.index + m[0].length));
        args = (0,_chars_js__WEBPACK_IMPORTED_MODULE_0__/* .trimGo */ .JN)(extracted.rest);
        flagWords = extracted.flags;
    }
    const upper = keyword.toUpperCase();
    const parser = LINE_PARSERS[upper] ?? (() => ({ nodes: [] }));
    const result = parser(args, escape);
    const instruction = {
        keyword: upper,
        args,
        flags: flagRecord(flagWords),
        flagWords,
        nodes: result.nodes,
        line: startLine,
        endLine: startLine,
        original: line,
    };
    if (result.json)
        instruction.json = result.nodes;
    if (result.onbuild !== undefined)
        instruction.onbuild = nodeFromLine(result.onbuild, escape, startLine);
    return instruction;
}
/** BFlags' reading of `--name=value` and `--name` (last one wins). */
function flagRecord(words) {
    const flags = {};
    for (const word of words) {
        const body = word.replace(/^--/, '');
        const eq = body.indexOf('=');
        flags[(eq < 0 ? body : body.slice(0, eq)).toLowerCase()] = eq < 0 ? 'true' : body.slice(eq + 1);
    }
    return flags;
}
/**
 * extractBuilderFlags: leading words that start with `--` are flags (quotes and backslashes
 * handled inside them); a lone `--` ends them. Go walks the line byte by byte, so it does here.
 */
function extractBuilderFlags(line) {
    const bytes = Buffer.from(line, 'utf8');
    const flags = [];
    let word = [];
    let phase = 'spaces';
    let quote = 0;
    let blankOk = false;
    const rest = (pos) => bytes.subarray(pos).toString('utf8');
    const push = () => {
        flags.push(Buffer.from(word).toString('utf8'));
    };
    for (let pos = 0; pos <= bytes.length; pos++) {
        const ch = pos < bytes.length ? bytes[pos] : -1;
        if (phase === 'spaces') {
            if (pos === bytes.length)
                break;
            if ((0,_chars_js__WEBPACK_IMPORTED_MODULE_0__/* .isGoSpace */ .F5)(ch))
                continue;
            if (ch !== 0x2d || pos + 1 === bytes.length || bytes[pos + 1] !== 0x2d)
                return { rest: rest(pos), flags };
            phase = 'word';
        }
        if (pos === bytes.length) {
            if (!isDoubleDash(word) && (blankOk || word.length > 0))
                push();
            break;
        }
        if (phase === 'word') {
            if ((0,_chars_js__WEBPACK_IMPORTED_MODULE_0__/* .isGoSpace */ .F5)(ch)) {
                phase = 'spaces';
                if (isDoubleDash(word))
                    return { rest: rest(pos), flags };
                if (blankOk || word.length > 0)
                    push();
                word = [];
                blankOk = false;
                continue;
            }
            if (ch === 0x27 || ch === 0x22) {
                quote = ch;
                blankOk = true;
                phase = 'quote';
                continue;
            }
            let c = ch;
            if (c === 0x5c) {
                if (pos + 1 === bytes.length)
                    continue;
                c = bytes[++pos];
            }
            word.push(c);
            continue;
        }
        // in a quote
        if (ch === quote) {
            phase = 'word';
            continue;
        }
        let c = ch;
        if (c === 0x5c) {
            if (pos + 1 === bytes.length) {
                phase = 'word';
                continue;
            }
            c = bytes[++pos];
        }
        word.push(c);
    }
    return { rest: '', flags };
}
function isDoubleDash(word) {
    return word.length === 2 && word[0] === 0x2d && word[1] === 0x2d;
}
/** parseWords: whitespace-separated words, quotes and escapes kept as written. */
function parseWords(rest, escape) {
    const chars = [...rest];
    const words = [];
    let phase = 'spaces';
    let quote = '';
    let blankOk = false;
    let word = '';
    for (let pos = 0; pos <= chars.length; pos++) {
        let ch = chars[pos] ?? '';
        const space = ch !== '' && (0,_chars_js__WEBPACK_IMPORTED_MODULE_0__/* .isGoSpace */ .F5)(ch.codePointAt(0));
        if (phase === 'spaces') {
            if (pos === chars.length)
                break;
            if (space)
                continue;
            phase = 'word';
        }
        if (pos === chars.length) {
            if (blankOk || word.length > 0)
                words.push(word);
            break;
        }
        if (phase === 'word') {
            if (space) {
                phase = 'spaces';
                if (blankOk || word.length > 0)
                    words.push(word);
                word = '';
                blankOk = false;
                continue;
            }
            if (ch === "'" || ch === '"') {
                quote = ch;
                blankOk = true;
                phase = 'quote';
            }
            if (ch === escape) {
                if (pos + 1 === chars.length)
                    continue;
                word += ch;
                ch = chars[++pos];
            }
            word += ch;
            continue;
        }
        if (ch === quote)
            phase = 'word';
        if (ch === escape && quote !== "'") {
            if (pos + 1 === chars.length) {
                phase = 'word';
                continue;
            }
            word += ch;
            ch = chars[++pos];
        }
        word += ch;
    }
    return words;
}
function parseNameVal(rest, escape, key) {
    const words = parseWords(rest, escape);
    if (words.length === 0)
        return [];
    // the legacy form `ENV KEY value with spaces`
    if (!words[0].includes('=')) {
        const m = WHITESPACE.exec(rest);
        if (!m)
            throw new ParseError(`${key} must have two arguments`);
        return [rest.slice(0, m.index), rest.slice(m.index + m[0].length), ''];
    }
    const nodes = [];
    for (const word of words) {
        const eq = word.indexOf('=');
        if (eq < 0)
            throw new ParseError(`Syntax error - can't find = in "${word}". Must be of the form: name=value`);
        nodes.push(word.slice(0, eq), word.slice(eq + 1), '=');
    }
    return nodes;
}
function whitespaceDelimited(rest) {
    return rest === '' ? [] : rest.split(WHITESPACE);
}
/** parseJSON: a JSON array of strings, or undefined when the text is not JSON (then it is the shell form). */
function parseJson(rest) {
    const text = (0,_chars_js__WEBPACK_IMPORTED_MODULE_0__/* .trimLeftGo */ .mV)(rest);
    if (!text.startsWith('['))
        return undefined;
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (!Array.isArray(value))
        return undefined;
    if (!value.every((v) => typeof v === 'string'))
        throw new ParseError(NOT_STRING_ARRAY);
    return value;
}
const maybeJson = (rest) => {
    if (rest === '')
        return { nodes: [] };
    const json = parseJson(rest);
    return json ? { nodes: json, json: true } : { nodes: [rest] };
};
const maybeJsonToList = (rest) => {
    const json = parseJson(rest);
    return json ? { nodes: json, json: true } : { nodes: whitespaceDelimited(rest) };
};
const single = (rest) => ({ nodes: rest === '' ? [] : [rest] });
/** HEALTHCHECK: a type word (NONE, CMD) and then CMD's arguments; Go finds the type's end byte by byte. */
const healthcheck = (rest, escape) => {
    const bytes = Buffer.from(rest, 'utf8');
    let sep = 0;
    while (sep < bytes.length && !(0,_chars_js__WEBPACK_IMPORTED_MODULE_0__/* .isGoSpace */ .F5)(bytes[sep]))
        sep++;
    let next = sep;
    while (next < bytes.length && (0,_chars_js__WEBPACK_IMPORTED_MODULE_0__/* .isGoSpace */ .F5)(bytes[next]))
        next++;
    if (sep === 0)
        return { nodes: [] };
    const cmd = maybeJson(bytes.subarray(next).toString('utf8'), escape);
    return { ...cmd, nodes: [bytes.subarray(0, sep).toString('utf8'), ...cmd.nodes] };
};
const LINE_PARSERS = {
    ADD: maybeJsonToList,
    ARG: (rest, escape) => ({ nodes: parseWords(rest, escape) }),
    CMD: maybeJson,
    COPY: maybeJsonToList,
    ENTRYPOINT: maybeJson,
    ENV: (rest, escape) => ({ nodes: parseNameVal(rest, escape, 'ENV') }),
    EXPOSE: (rest) => ({ nodes: whitespaceDelimited(rest) }),
    FROM: (rest) => ({ nodes: whitespaceDelimited(rest) }),
    HEALTHCHECK: healthcheck,
    LABEL: (rest, escape) => ({ nodes: parseNameVal(rest, escape, 'LABEL') }),
    MAINTAINER: single,
    ONBUILD: (rest) => (rest === '' ? { nodes: [] } : { nodes: [], onbuild: rest }),
    RUN: maybeJson,
    SHELL: maybeJson,
    STOPSIGNAL: single,
    USER: single,
    VOLUME: maybeJsonToList,
    WORKDIR: single,
};
/** The instructions BuildKit knows; the parser keeps others, its dispatcher refuses them. */
const KNOWN_INSTRUCTIONS = new Set(Object.keys(LINE_PARSERS));
/** heredocsFromLine: the here-document openers among the line's words (always lexed with `\`). */
function heredocsFromLine(line) {
    const words = (0,_expand_js__WEBPACK_IMPORTED_MODULE_1__/* .expandWords */ .AK)(line, () => undefined, { rawQuotes: true, rawEscapes: true });
    const docs = [];
    for (const word of words) {
        const doc = parseHeredoc(word);
        if (doc)
            docs.push(doc);
    }
    return docs;
}
function parseHeredoc(word) {
    const m = HEREDOC_WORD.exec(word);
    if (!m || m[3] === '')
        return undefined;
    const rest = m[3];
    const plain = (0,_expand_js__WEBPACK_IMPORTED_MODULE_1__/* .expandWords */ .AK)(rest, () => undefined, { skipUnsetEnv: true });
    if (plain.length !== 1)
        return undefined;
    const raw = (0,_expand_js__WEBPACK_IMPORTED_MODULE_1__/* .expandWords */ .AK)(rest, () => undefined, { skipUnsetEnv: true, rawQuotes: true });
    const quotes = (s) => (s.match(/['"]/g) ?? []).length;
    return { name: plain[0], content: '', expand: quotes(plain[0]) === quotes(raw[0] ?? ''), chomp: m[2] === '-' };
}
function instructionView(ins) {
    const view = { line: ins.line, keyword: ins.keyword.toLowerCase(), args: ins.nodes };
    if (ins.flagWords.length > 0)
        view.flags = ins.flagWords;
    if (ins.onbuild)
        view.onbuild = { keyword: ins.onbuild.keyword.toLowerCase(), args: ins.onbuild.nodes };
    return view;
}


/***/ }),

/***/ 8684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ keyValues),
/* harmony export */   KC: () => (/* binding */ splitStages),
/* harmony export */   OP: () => (/* binding */ nodePlatform),
/* harmony export */   SK: () => (/* binding */ declareArgs),
/* harmony export */   Yq: () => (/* binding */ argDeclarations),
/* harmony export */   Ys: () => (/* binding */ finalBase),
/* harmony export */   "if": () => (/* binding */ baseImages),
/* harmony export */   on: () => (/* binding */ globalArgValues),
/* harmony export */   rb: () => (/* binding */ copyWords),
/* harmony export */   tj: () => (/* binding */ platformOf),
/* harmony export */   xZ: () => (/* binding */ platformArgs)
/* harmony export */ });
/* unused harmony export formatPlatform */
/* harmony import */ var _expand_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1424);

function splitStages(parsed) {
    const result = { globalArgs: [], stages: [], beforeFrom: [] };
    for (const ins of parsed.instructions) {
        if (ins.keyword === 'FROM') {
            const stage = { from: ins, body: [] };
            if (ins.nodes.length === 3 && ins.nodes[1].toUpperCase() === 'AS')
                stage.name = ins.nodes[2].toLowerCase();
            result.stages.push(stage);
        }
        else if (result.stages.length === 0) {
            (ins.keyword === 'ARG' ? result.globalArgs : result.beforeFrom).push(ins);
        }
        else {
            result.stages.at(-1).body.push(ins);
        }
    }
    return result;
}
function formatPlatform(p) {
    return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}
/** `linux/arm64/v8` → its parts; the runner's platform when empty. */
function platformOf(text) {
    const [os = 'linux', architecture = 'amd64', variant] = text.split('/');
    return variant ? { os, architecture, variant } : { os, architecture };
}
/** BuildKit's automatic platform ARGs: in FROM, and in a stage after `ARG NAME`. */
function platformArgs(target, build) {
    return {
        TARGETPLATFORM: formatPlatform(target),
        TARGETOS: target.os,
        TARGETARCH: target.architecture,
        TARGETVARIANT: target.variant ?? '',
        BUILDPLATFORM: formatPlatform(build),
        BUILDOS: build.os,
        BUILDARCH: build.architecture,
        BUILDVARIANT: build.variant ?? '',
    };
}
/** An ARG's name and its default as written (undefined without `=`). */
function argDeclarations(ins) {
    return ins.nodes.map((word) => {
        const eq = word.indexOf('=');
        return eq < 0 ? { name: word } : { name: word.slice(0, eq), value: word.slice(eq + 1) };
    });
}
/** The values of the ARGs declared before FROM, which FROM's words are expanded with. */
function globalArgValues(globalArgs, input) {
    const values = { ...platformArgs(input.platform, input.buildPlatform) };
    for (const ins of globalArgs)
        declareArgs(ins, input, values, (0,_expand_js__WEBPACK_IMPORTED_MODULE_0__/* .lookupIn */ .IX)(values), values);
    return values;
}
/**
 * `ARG NAME[=default]`: the build arg's value, else the default (expanded), else, in a stage,
 * the value of the global ARG of that name (the platform ARGs are global).
 */
function declareArgs(ins, input, into, lookup, globals) {
    for (const { name, value } of argDeclarations(ins)) {
        const fallback = value === undefined ? globals[name] : (0,_expand_js__WEBPACK_IMPORTED_MODULE_0__/* .expandWord */ .Vo)(value, lookup, { escape: input.escape });
        into[name] = input.buildArgs[name] ?? fallback;
    }
}
/** ENV and LABEL pairs (the parser's key, value, separator triples), each word expanded. */
function keyValues(ins, lookup, escape) {
    const pairs = [];
    for (let i = 0; i + 1 < ins.nodes.length; i += 3) {
        pairs.push([(0,_expand_js__WEBPACK_IMPORTED_MODULE_0__/* .expandWord */ .Vo)(ins.nodes[i], lookup, { escape }), (0,_expand_js__WEBPACK_IMPORTED_MODULE_0__/* .expandWord */ .Vo)(ins.nodes[i + 1], lookup, { escape })]);
    }
    return pairs;
}
/** A COPY/ADD's words (sources then destination), each expanded on its own as BuildKit does. */
function copyWords(ins, lookup, escape) {
    return ins.nodes.map((word) => (0,_expand_js__WEBPACK_IMPORTED_MODULE_0__/* .expandWord */ .Vo)(word, lookup, { escape }));
}
/** The platform of a machine with Node's `process.arch`, as OCI names it. */
function nodePlatform(arch) {
    switch (arch) {
        case 'x64':
            return { os: 'linux', architecture: 'amd64' };
        case 'arm':
            return { os: 'linux', architecture: 'arm', variant: 'v7' };
        case 'ia32':
            return { os: 'linux', architecture: '386' };
        default:
            return { os: 'linux', architecture: arch };
    }
}
/** Each stage's FROM with the global ARGs (build args and platform ARGs included) expanded. */
function baseImages(parsed, input) {
    const { globalArgs, stages } = splitStages(parsed);
    const scope = { ...input, escape: parsed.escape };
    const lookup = (0,_expand_js__WEBPACK_IMPORTED_MODULE_0__/* .lookupIn */ .IX)(globalArgValues(globalArgs, scope));
    return stages.map(({ from, name }) => {
        const entry = {
            image: (0,_expand_js__WEBPACK_IMPORTED_MODULE_0__/* .expandWord */ .Vo)(from.nodes[0] ?? '', lookup, { escape: parsed.escape }),
            line: from.line,
        };
        if (from.flags.platform)
            entry.platform = (0,_expand_js__WEBPACK_IMPORTED_MODULE_0__/* .expandWord */ .Vo)(from.flags.platform, lookup, { escape: parsed.escape });
        if (name)
            entry.stage = name;
        return entry;
    });
}
/** The final stage's base, following `FROM <earlier stage>` back to an image. */
function finalBase(bases) {
    let stage = bases.at(-1);
    for (let hops = 0; stage && hops < bases.length; hops++) {
        const name = stage.image.toLowerCase();
        const earlier = bases.find((s) => s.stage === name && s !== stage);
        if (!earlier)
            break;
        stage = earlier;
    }
    return stage;
}


/***/ }),

/***/ 708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gg: () => (/* binding */ detectCapabilities),
/* harmony export */   TG: () => (/* binding */ probeBuildxWithRunner)
/* harmony export */ });
/* unused harmony export parseBuildxVersion */
/**
 * The version in `docker buildx version`'s answer ("github.com/docker/buildx v0.19.3 48d6a39",
 * or "github.com/docker/buildx 0.19.3+azure-1 …" from distributions).
 */
function parseBuildxVersion(output) {
    return /\bbuildx\S*\s+v?(\d+\.\d+\.\d+[^\s]*)/.exec(output)?.[1];
}
/** Asks `docker buildx version` through our runner (no @actions/core output on the CLI's stdout). */
async function probeBuildxWithRunner(run) {
    const result = await run(['docker', 'buildx', 'version'], { quiet: true, allowFailure: true }).catch(() => undefined);
    if (!result || result.code !== 0)
        return undefined;
    const version = parseBuildxVersion(result.stdout.trim());
    return version ? { version, command: ['docker', 'buildx'] } : undefined;
}
async function detectCapabilities(run, probeBuildx) {
    // two process starts that need nothing from each other
    const [answer, buildx] = await Promise.all([
        run(['docker', 'version', '--format', '{{.Client.Version}} {{.Server.Version}}'], {
            quiet: true,
            allowFailure: true,
        }).catch(() => undefined),
        probeBuildx(),
    ]);
    const [client = '', server = ''] = answer?.code === 0 ? answer.stdout.trim().split(/\s+/) : [];
    const daemon = server !== '';
    const caps = buildx ? { daemon, buildx } : { daemon };
    if (daemon)
        caps.versions = { client, server };
    return caps;
}


/***/ }),

/***/ 4836:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ daemonLayerFile),
/* harmony export */   Y: () => (/* binding */ BaseResolver)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _registry_digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5035);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _registry_media_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9867);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9754);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9310);
/* harmony import */ var _daemon_base_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6639);







/** The kept file of a layer of a base read from the daemon. */
function daemonLayerFile(daemon, digest) {
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().join(daemon.blobsDir, (0,_registry_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .digestHex */ .sU)(digest));
}
/**
 * Resolves FROM references: an index (OCI index or Docker manifest list) is narrowed to the
 * platform asked for; a plain manifest is taken as it is. The top manifest of a reference is
 * fetched once however many platforms are built.
 *
 * With a daemon at hand the daemon is asked first, as `docker build` does without --pull: a
 * base the runner built or pulled is the one the user means, and a `FROM node:20-slim` the
 * daemon has must not send a request to Docker Hub. When the daemon's copy came from the same
 * repository of a registry other than Docker Hub (it carries that repository's digest), the
 * registry's manifest is read by that digest: the same image, with the registry's compressed
 * layers, which a push to that registry then finds there instead of uploading copies. Otherwise
 * the daemon's copy is saved once and its layers gzip'd (DaemonBases). A base the daemon lacks
 * comes from its registry.
 */
class BaseResolver {
    clientFor;
    daemon;
    tops = new Map();
    constructor(clientFor, daemon) {
        this.clientFor = clientFor;
        this.daemon = daemon;
    }
    async resolve(reference, platform) {
        if (this.daemon && reference.digest === undefined) {
            // docker itself could not be started: the registry is asked instead
            const image = await this.daemon.images.lookUp((0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .FH)(reference)).catch(() => undefined);
            if (image) {
                const digest = (0,_daemon_base_js__WEBPACK_IMPORTED_MODULE_6__/* .registryCopyOf */ .mr)(image, reference);
                if (digest) {
                    try {
                        return await this.fromRegistry({ ...reference, digest }, platform);
                    }
                    catch {
                        // the registry no longer has it, or cannot be reached: the daemon's copy serves
                    }
                }
                const kept = await this.daemon.bases.read(image, (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .FH)(reference));
                const manifest = JSON.parse(kept.manifest.bytes.toString('utf8'));
                const base = {
                    reference,
                    host: 'the Docker daemon',
                    manifestDigest: kept.manifest.digest,
                    manifest,
                    config: kept.config,
                    daemon: { imageId: kept.imageId, blobsDir: kept.blobsDir },
                };
                return withPlatformCheck(base, platform);
            }
        }
        return this.fromRegistry(reference, platform);
    }
    async fromRegistry(reference, platform) {
        const host = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .apiHost */ .nz)(reference.registry);
        const client = this.clientFor(host);
        client.allow(reference.repository, ['pull']);
        const name = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .FH)(reference);
        const key = `${host}/${reference.repository}@${(0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .manifestReference */ .Tn)(reference)}`;
        let top = this.tops.get(key);
        if (!top) {
            top = client.getManifest(reference.repository, (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .manifestReference */ .Tn)(reference));
            this.tops.set(key, top);
        }
        let fetched = await top;
        if ((0,_registry_media_types_js__WEBPACK_IMPORTED_MODULE_3__/* .isIndexType */ .$U)(fetched.mediaType)) {
            const index = JSON.parse(fetched.bytes.toString('utf8'));
            const entry = (0,_platform_js__WEBPACK_IMPORTED_MODULE_4__/* .pickPlatform */ .vw)(index.manifests, platform);
            if (!entry) {
                const offered = index.manifests
                    .filter((m) => m.platform && m.platform.os !== 'unknown')
                    .map((m) => (0,_platform_js__WEBPACK_IMPORTED_MODULE_4__/* .formatPlatform */ .Bq)((0,_platform_js__WEBPACK_IMPORTED_MODULE_4__/* .toPlatform */ .rE)(m.platform)));
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BuildError */ .zS(`${name}: no image for ${(0,_platform_js__WEBPACK_IMPORTED_MODULE_4__/* .formatPlatform */ .Bq)(platform)} (it has ${offered.join(', ') || 'no platforms'})`);
            }
            fetched = await client.getManifest(reference.repository, entry.digest);
        }
        if (!(0,_registry_media_types_js__WEBPACK_IMPORTED_MODULE_3__/* .isManifestType */ .Q3)(fetched.mediaType))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BuildError */ .zS(`${name}: unsupported manifest type ${fetched.mediaType || '(none)'}; expected an OCI or Docker schema 2 image`);
        const manifest = JSON.parse(fetched.bytes.toString('utf8'));
        const config = JSON.parse((await client.getBlob(reference.repository, manifest.config.digest)).toString('utf8'));
        if (config.rootfs?.diff_ids?.length !== manifest.layers.length) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BuildError */ .zS(`${name}: its config lists ${config.rootfs?.diff_ids?.length ?? 0} layers but its manifest ${manifest.layers.length}`);
        }
        return withPlatformCheck({ reference, host, manifestDigest: fetched.digest, manifest, config }, platform);
    }
}
function withPlatformCheck(base, platform) {
    const { config } = base;
    const actual = config.variant
        ? { os: config.os, architecture: config.architecture, variant: config.variant }
        : { os: config.os, architecture: config.architecture };
    if (!(0,_platform_js__WEBPACK_IMPORTED_MODULE_4__/* .samePlatform */ .my)(actual, platform))
        base.platformMismatch = (0,_platform_js__WEBPACK_IMPORTED_MODULE_4__/* .formatPlatform */ .Bq)(actual);
    return base;
}


/***/ }),

/***/ 6639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tb: () => (/* binding */ DaemonBases),
/* harmony export */   mr: () => (/* binding */ registryCopyOf)
/* harmony export */ });
/* unused harmony export readSavedImage */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3916);
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(2011);
/* harmony import */ var _registry_digest_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5035);
/* harmony import */ var _registry_media_types_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9867);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9310);
/* harmony import */ var _gzip_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5421);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(4071);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(3940);














/**
 * The digest under which `reference`'s registry holds the very image the daemon has, when the
 * daemon pulled it from (or pushed it to) that repository. Docker Hub is left out: it limits
 * pulls, and its blobs cannot be mounted into another registry anyway, so the daemon's copy
 * serves as well and costs it nothing.
 */
function registryCopyOf(image, reference) {
    if (reference.registry === _registry_reference_js__WEBPACK_IMPORTED_MODULE_9__/* .DOCKER_HUB */ .Xb)
        return undefined;
    for (const text of image.repoDigests) {
        let pulled;
        try {
            pulled = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_9__/* .parseReference */ .F2)(text);
        }
        catch {
            continue;
        }
        if (pulled.registry === reference.registry && pulled.repository === reference.repository && pulled.digest)
            return pulled.digest;
    }
    return undefined;
}
/**
 * Reads an unpacked `docker image save` archive. Docker 20.10 writes the legacy format
 * (manifest.json naming `<id>.json` and `<layer>/layer.tar`, uncompressed); docker 25+ writes
 * an OCI image layout (index.json, blobs/sha256) and, for older readers, a manifest.json naming
 * its blobs; with the containerd image store its layers may be gzip'd. manifest.json is read
 * when present, the OCI layout otherwise.
 */
async function readSavedImage(dir, imageId) {
    const inside = (p) => {
        const full = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(dir, p);
        if (!full.startsWith(`${node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(dir)}${(node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)}`))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .BuildError */ .zS(`docker image save: a path outside the archive: ${p}`);
        return full;
    };
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'manifest.json'))) {
        const entries = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'manifest.json'), 'utf8'));
        for (const entry of entries) {
            if (!entry.Config || !entry.Layers)
                continue;
            const config = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(inside(entry.Config));
            if ((0,_registry_digest_js__WEBPACK_IMPORTED_MODULE_7__/* .sha256Digest */ .sI)(config) === imageId)
                return { config, layers: entry.Layers.map(inside) };
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .BuildError */ .zS(`docker image save: its manifest.json lists no image with the ID ${imageId}`);
    }
    const blob = (digest) => inside(node_path__WEBPACK_IMPORTED_MODULE_2___default().join('blobs', 'sha256', (0,_registry_digest_js__WEBPACK_IMPORTED_MODULE_7__/* .digestHex */ .sU)(digest)));
    const index = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'index.json'), 'utf8'));
    // an index (the containerd store keeps the one it pulled) names platforms whose blobs may be
    // absent: the image is the manifest whose config is the ID asked for
    const pending = [...index.manifests];
    while (pending.length > 0) {
        const descriptor = pending.shift();
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(blob(descriptor.digest)))
            continue;
        const document = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(blob(descriptor.digest), 'utf8'));
        if ((0,_registry_media_types_js__WEBPACK_IMPORTED_MODULE_8__/* .isIndexType */ .$U)(descriptor.mediaType) || (0,_registry_media_types_js__WEBPACK_IMPORTED_MODULE_8__/* .isIndexType */ .$U)(document.mediaType) || Array.isArray(document.manifests)) {
            pending.push(...document.manifests);
            continue;
        }
        if (document.config?.digest !== imageId && descriptor.digest !== imageId)
            continue;
        return { config: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(blob(document.config.digest)), layers: document.layers.map((l) => blob(l.digest)) };
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .BuildError */ .zS(`docker image save: its index.json names no image with the ID ${imageId}`);
}
const GZIP_MAGIC = [0x1f, 0x8b];
const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];
async function startsWith(file, magic) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'r');
    try {
        const head = Buffer.alloc(magic.length);
        const { bytesRead } = await handle.read(head, 0, magic.length, 0);
        return bytesRead === magic.length && magic.every((b, i) => head[i] === b);
    }
    finally {
        await handle.close();
    }
}
const discard = () => new node_stream__WEBPACK_IMPORTED_MODULE_4__.Writable({ write: (_chunk, _encoding, callback) => callback() });
/**
 * One saved layer as a gzip'd blob in `blobs`, checked against the config's diff_id: a plain
 * tar is compressed (with the settings every layer of this engine gets), a gzip'd one copied.
 */
async function keepLayer(file, diffId, blobs) {
    const partial = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(blobs, `.partial-${process.pid}-${Math.random().toString(36).slice(2)}`);
    const tar = new _registry_digest_js__WEBPACK_IMPORTED_MODULE_7__/* .DigestTap */ .Ey();
    const gz = new _registry_digest_js__WEBPACK_IMPORTED_MODULE_7__/* .DigestTap */ .Ey();
    try {
        if (await startsWith(file, ZSTD_MAGIC))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .BuildError */ .zS('a zstd-compressed layer, which the oci engine cannot hand to `docker load`');
        if (await startsWith(file, GZIP_MAGIC)) {
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file), gz, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(partial));
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(partial), node_zlib__WEBPACK_IMPORTED_MODULE_5___default().createGunzip(), tar, discard());
        }
        else {
            const [gzip, fixHeader] = (0,_gzip_js__WEBPACK_IMPORTED_MODULE_10__/* .deterministicGzipStages */ ._)();
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file), tar, gzip, fixHeader, gz, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(partial));
        }
        if (tar.digest() !== diffId)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .BuildError */ .zS(`its content is ${tar.digest()}, where the config says ${diffId}`);
        const digest = gz.digest();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(partial, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(blobs, (0,_registry_digest_js__WEBPACK_IMPORTED_MODULE_7__/* .digestHex */ .sU)(digest)));
        return { digest, size: gz.bytes };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(partial, { force: true });
    }
}
const KEPT = 'base.json';
/**
 * Base images read from the Docker daemon, kept between runs in a directory of this machine
 * (the daemon's images are this machine's too) under their image ID: the first build on a base
 * the daemon holds runs `docker image save` and gzips its layers once; later ones, in this run
 * or the next, read the kept copy. An ID names exact bytes, so a kept copy never goes stale: a
 * base rebuilt under the same name has a new ID, and the copies of the IDs the name had before
 * are removed.
 */
class DaemonBases {
    dir;
    run;
    logger;
    store;
    reads = new Map();
    constructor(dir, run, logger, 
    /** the cache store node_modules and its layers are kept in: a fresh runner finds the base there by its ID */
    store) {
        this.dir = dir;
        this.run = run;
        this.logger = logger;
        this.store = store;
    }
    read(image, name) {
        let read = this.reads.get(image.id);
        if (!read) {
            read = this.kept(image.id)
                .then(async (kept) => kept ?? ((await this.restore(image.id)) ? await this.kept(image.id) : undefined))
                .then(async (kept) => kept ?? (await this.keep(await this.save(image, name))));
            this.reads.set(image.id, read);
            read.catch(() => this.reads.delete(image.id));
        }
        return read;
    }
    storeKey(imageId) {
        return `adb-v1-daemon-base-${(0,_registry_digest_js__WEBPACK_IMPORTED_MODULE_7__/* .digestHex */ .sU)(imageId)}`;
    }
    /** The kept copy from the cache store, when it has one; best effort. */
    async restore(imageId) {
        if (!this.store)
            return false;
        try {
            return await this.store.restore(this.entry(imageId), this.storeKey(imageId));
        }
        catch (error) {
            this.logger.debug(`daemon base ${imageId}: ${error instanceof Error ? error.message : String(error)}`);
            return false;
        }
    }
    /** Saves a new copy to the cache store too; best effort. */
    async keep(base) {
        if (this.store) {
            await this.store
                .save(this.entry(base.imageId), this.storeKey(base.imageId))
                .catch((error) => this.logger.warning(`could not keep the base ${base.imageId} in the ${this.store.name}: ${error instanceof Error ? error.message : String(error)}`));
        }
        return base;
    }
    entry(imageId) {
        return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, (0,_registry_digest_js__WEBPACK_IMPORTED_MODULE_7__/* .digestHex */ .sU)(imageId));
    }
    /** The kept copy of `imageId`, when it is complete. */
    async kept(imageId) {
        const entry = this.entry(imageId);
        try {
            const meta = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(entry, KEPT), 'utf8'));
            if (!meta.manifest || !(0,_registry_digest_js__WEBPACK_IMPORTED_MODULE_7__/* .isDigest */ .Bc)(meta.manifest))
                return undefined;
            const blobs = (0,_layout_js__WEBPACK_IMPORTED_MODULE_11__/* .blobsDir */ .yP)(entry);
            const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,_layout_js__WEBPACK_IMPORTED_MODULE_11__/* .blobFile */ .c7)(entry, meta.manifest));
            const manifest = JSON.parse(bytes.toString('utf8'));
            for (const layer of manifest.layers) {
                if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)((0,_layout_js__WEBPACK_IMPORTED_MODULE_11__/* .blobFile */ .c7)(entry, layer.digest))).size !== layer.size)
                    return undefined;
            }
            const config = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,_layout_js__WEBPACK_IMPORTED_MODULE_11__/* .blobFile */ .c7)(entry, manifest.config.digest), 'utf8'));
            return {
                imageId,
                manifest: { mediaType: manifest.mediaType, digest: meta.manifest, size: bytes.length, bytes },
                config,
                blobsDir: blobs,
            };
        }
        catch {
            return undefined;
        }
    }
    async save(image, name) {
        const entry = this.entry(image.id);
        const work = `${entry}.${process.pid}-${Math.random().toString(36).slice(2)}.partial`;
        const unpacked = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(work, 'saved');
        const started = performance.now();
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(unpacked, { recursive: true });
            const archive = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(work, 'image.tar');
            // by ID: the name may be moved to another image while this runs
            await this.run(['docker', 'image', 'save', '--output', archive, image.id], { quiet: true });
            await this.run(['tar', '-x', '-f', archive, '-C', unpacked], { quiet: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(archive, { force: true });
            const saved = await readSavedImage(unpacked, image.id);
            const config = JSON.parse(saved.config.toString('utf8'));
            const diffIds = config.rootfs?.diff_ids ?? [];
            if (diffIds.length !== saved.layers.length)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .BuildError */ .zS(`its config lists ${diffIds.length} layers, the archive ${saved.layers.length}`);
            const blobs = (0,_layout_js__WEBPACK_IMPORTED_MODULE_11__/* .blobsDir */ .yP)(work);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(blobs, { recursive: true });
            const layers = await Promise.all(saved.layers.map(async (file, i) => {
                try {
                    return await keepLayer(file, diffIds[i], blobs);
                }
                catch (error) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .BuildError */ .zS(`layer ${i + 1}: ${error instanceof Error ? error.message : String(error)}`, {
                        cause: error,
                    });
                }
            }));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(unpacked, { recursive: true, force: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,_layout_js__WEBPACK_IMPORTED_MODULE_11__/* .blobFile */ .c7)(work, image.id), saved.config);
            const manifest = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_12__/* .imageManifest */ .Bz)({ mediaType: _registry_media_types_js__WEBPACK_IMPORTED_MODULE_8__/* .OCI_CONFIG */ .TF, digest: image.id, size: saved.config.length }, layers.map((l) => ({ mediaType: _registry_media_types_js__WEBPACK_IMPORTED_MODULE_8__/* .OCI_LAYER_GZIP */ .BQ, digest: l.digest, size: l.size })));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,_layout_js__WEBPACK_IMPORTED_MODULE_11__/* .blobFile */ .c7)(work, manifest.digest), manifest.bytes);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(work, KEPT), JSON.stringify({ manifest: manifest.digest, name }));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(entry, { recursive: true, force: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(this.dir, { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(work, entry);
            const size = layers.reduce((sum, l) => sum + l.size, 0);
            this.logger.info(`base ${name}: read from the Docker daemon (image ${image.id.slice(0, 19)}), ${layers.length} ${layers.length === 1 ? 'layer' : 'layers'} gzip'd to ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_13__/* .formatBytes */ .z3)(size)} in ${((performance.now() - started) / 1000).toFixed(1)} s, kept in ${entry}`);
            await this.forgetOthers(name, image.id);
            return { imageId: image.id, manifest, config, blobsDir: (0,_layout_js__WEBPACK_IMPORTED_MODULE_11__/* .blobsDir */ .yP)(entry) };
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .BuildError */ .zS(`base image ${name}: reading it from the Docker daemon failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(work, { recursive: true, force: true });
        }
    }
    /** Copies of other IDs under the same name: that name was rebuilt, and its old copies are only disk. */
    async forgetOthers(name, keep) {
        for (const hex of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(this.dir).catch(() => [])) {
            if (hex === (0,_registry_digest_js__WEBPACK_IMPORTED_MODULE_7__/* .digestHex */ .sU)(keep) || !/^[a-f0-9]{64}$/.test(hex))
                continue;
            const meta = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, hex, KEPT), 'utf8').then((text) => JSON.parse(text), () => undefined);
            if (meta?.name === name)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, hex), { recursive: true, force: true });
        }
    }
}


/***/ }),

/***/ 5421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ deterministicGzipStages)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Compression settings are part of a layer's digest, so they are fixed here rather than left
 * to zlib's defaults: level 6 (what Go's gzip and so docker and containerd use by default),
 * the full window and default memory. zlib writes no file name and a zero mtime; the one
 * byte that depends on how zlib was built is the header's OS field (3 on Unix, 10 on Windows),
 * so it is overwritten with 255, "unknown", as Go's writer sets it.
 *
 * The compressed bytes are reproducible for one zlib (one Node version); the uncompressed
 * digest (the diff_id) is reproducible everywhere.
 */
const GZIP_OPTIONS = {
    level: 6,
    windowBits: 15,
    memLevel: 8,
    strategy: (node_zlib__WEBPACK_IMPORTED_MODULE_1___default().constants).Z_DEFAULT_STRATEGY,
};
const OS_OFFSET = 9;
const OS_UNKNOWN = 0xff;
/** The gzip stream and the header fix behind it, to be placed one after the other in a pipeline. */
function deterministicGzipStages() {
    let offset = 0;
    const fixHeader = new node_stream__WEBPACK_IMPORTED_MODULE_0__.Transform({
        transform(chunk, _encoding, callback) {
            if (offset <= OS_OFFSET && offset + chunk.length > OS_OFFSET)
                chunk[OS_OFFSET - offset] = OS_UNKNOWN;
            offset += chunk.length;
            callback(null, chunk);
        },
    });
    return [node_zlib__WEBPACK_IMPORTED_MODULE_1___default().createGzip(GZIP_OPTIONS), fixHeader];
}


/***/ }),

/***/ 8264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YB: () => (/* binding */ readCopyOnlyDockerfile),
/* harmony export */   lL: () => (/* binding */ dockerfileError),
/* harmony export */   m5: () => (/* binding */ isRemoteSource),
/* harmony export */   sr: () => (/* binding */ instructionText)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

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

/***/ 4071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c7: () => (/* binding */ blobFile),
/* harmony export */   wy: () => (/* binding */ writeLayout),
/* harmony export */   yP: () => (/* binding */ blobsDir)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _registry_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5035);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3940);
/* harmony import */ var _registry_media_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9867);





/** blobs/sha256 of an OCI image layout directory. */
function blobsDir(layoutDir) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(layoutDir, 'blobs', 'sha256');
}
function blobFile(layoutDir, digest) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(blobsDir(layoutDir), (0,_registry_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .digestHex */ .sU)(digest));
}
/**
 * Completes an OCI image layout (oci-layout, index.json, JSON blobs) around the layers
 * already written to its blobs directory. The base's layers are not copied in: they stay
 * in their registry, and are fetched only when the image is loaded into Docker.
 */
async function writeLayout(layoutDir, blobs, top, refName) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(blobsDir(layoutDir), { recursive: true });
    for (const blob of blobs)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(blobFile(layoutDir, blob.digest), blob.bytes);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(layoutDir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
    const descriptor = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .descriptorOf */ .nb)(top);
    if (refName)
        descriptor.annotations = { 'org.opencontainers.image.ref.name': refName };
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(layoutDir, 'index.json'), JSON.stringify({ schemaVersion: 2, mediaType: _registry_media_types_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_INDEX */ .$p, manifests: [descriptor] }));
}


/***/ }),

/***/ 3940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bz: () => (/* binding */ imageManifest),
/* harmony export */   nb: () => (/* binding */ descriptorOf),
/* harmony export */   q2: () => (/* binding */ jsonBlob),
/* harmony export */   sS: () => (/* binding */ imageIndex)
/* harmony export */ });
/* harmony import */ var _registry_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5035);
/* harmony import */ var _registry_media_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9867);


function jsonBlob(mediaType, text) {
    const bytes = Buffer.from(text, 'utf8');
    return { mediaType, digest: (0,_registry_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Digest */ .sI)(bytes), size: bytes.length, bytes };
}
function descriptorOf(blob) {
    return { mediaType: blob.mediaType, digest: blob.digest, size: blob.size };
}
/** An OCI image manifest; `annotations` name the base (org.opencontainers.image.base.*). */
function imageManifest(config, layers, annotations) {
    const manifest = { schemaVersion: 2, mediaType: _registry_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OCI_MANIFEST */ .EG, config, layers };
    if (annotations && Object.keys(annotations).length > 0)
        manifest.annotations = annotations;
    return jsonBlob(_registry_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OCI_MANIFEST */ .EG, JSON.stringify(manifest));
}
/** An OCI image index over per-platform manifests (descriptors with `platform`). */
function imageIndex(manifests) {
    const index = { schemaVersion: 2, mediaType: _registry_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OCI_INDEX */ .$p, manifests };
    return jsonBlob(_registry_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OCI_INDEX */ .$p, JSON.stringify(index));
}


/***/ }),

/***/ 9754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   FL: () => (/* binding */ parsePlatform),
/* harmony export */   GQ: () => (/* binding */ runnerPlatform),
/* harmony export */   RU: () => (/* binding */ toDescriptor),
/* harmony export */   my: () => (/* binding */ samePlatform),
/* harmony export */   rE: () => (/* binding */ toPlatform),
/* harmony export */   vw: () => (/* binding */ pickPlatform)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/** `linux/arm64/v8` → { os, architecture, variant }, normalised as containerd does. */
function parsePlatform(text) {
    const [os, architecture, variant, extra] = text.trim().toLowerCase().split('/');
    if (!os || !architecture || extra !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BuildError */ .zS(`platform "${text}" must look like linux/amd64 or linux/arm64/v8`);
    return normalizePlatform(variant ? { os, architecture, variant } : { os, architecture });
}
function formatPlatform(platform) {
    return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}
/**
 * containerd's normalisation: aliases become the GOARCH names, arm64's default variant v8 and
 * amd64's v1 are dropped, arm without a variant means v7. Two platforms match when their
 * normal forms are equal.
 */
function normalizePlatform(platform) {
    let { architecture, variant } = platform;
    switch (architecture) {
        case 'x86_64':
        case 'x86-64':
        case 'amd64':
            architecture = 'amd64';
            if (variant === 'v1')
                variant = undefined;
            break;
        case 'aarch64':
        case 'arm64':
            architecture = 'arm64';
            if (variant === '8' || variant === 'v8' || variant === 'v8.0')
                variant = undefined;
            break;
        case 'armhf':
            architecture = 'arm';
            variant = 'v7';
            break;
        case 'armel':
            architecture = 'arm';
            variant = 'v6';
            break;
        case 'arm':
            if (!variant || variant === '7')
                variant = 'v7';
            else if (/^\d$/.test(variant))
                variant = `v${variant}`;
            break;
        case 'i386':
            architecture = '386';
            break;
    }
    return variant ? { os: platform.os, architecture, variant } : { os: platform.os, architecture };
}
/** The platform of this runner from Node's process.arch (x64, arm64, ...), or an OCI name. */
function runnerPlatform(arch) {
    const oci = { x64: 'amd64', ia32: '386', ppc64: 'ppc64le', arm: 'arm' };
    return normalizePlatform({ os: 'linux', architecture: oci[arch] ?? arch });
}
function samePlatform(a, b) {
    const x = normalizePlatform(a);
    const y = normalizePlatform(b);
    return x.os === y.os && x.architecture === y.architecture && (x.variant ?? '') === (y.variant ?? '');
}
/**
 * The entry of an index that serves `wanted`: an exact match first, else (when no variant
 * was asked for) any variant of the architecture. Attestation entries (unknown/unknown) never match.
 */
function pickPlatform(entries, wanted) {
    const want = normalizePlatform(wanted);
    const candidates = entries.filter((e) => e.platform && e.platform.os === want.os);
    const exact = candidates.find((e) => samePlatform(toPlatform(e.platform), want));
    if (exact || want.variant)
        return exact;
    return candidates.find((e) => normalizePlatform(toPlatform(e.platform)).architecture === want.architecture);
}
function toPlatform(descriptor) {
    return descriptor.variant
        ? { os: descriptor.os, architecture: descriptor.architecture, variant: descriptor.variant }
        : { os: descriptor.os, architecture: descriptor.architecture };
}
function toDescriptor(platform) {
    return platform.variant
        ? { architecture: platform.architecture, os: platform.os, variant: platform.variant }
        : { architecture: platform.architecture, os: platform.os };
}


/***/ }),

/***/ 5899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ ociCannotBuild),
/* harmony export */   X: () => (/* binding */ selectEngine)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _dockerfile_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6357);
/* harmony import */ var _oci_instructions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8264);
/* harmony import */ var _oci_platform_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9754);




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

/***/ 9143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/**
 * Runs `fn` over the items with at most `limit` calls at once and keeps the items' order in the
 * results. After a call fails no further item is started; the calls already running are waited
 * for (so nothing is left writing behind the caller's back) and then the first error is thrown.
 */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    let failed;
    const worker = async () => {
        while (next < items.length && !failed) {
            const index = next++;
            try {
                results[index] = await fn(items[index], index);
            }
            catch (error) {
                failed ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    if (failed)
        throw failed.error;
    return results;
}


/***/ }),

/***/ 4155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ preflightTarget)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _dockerfile_ignore_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2946);
/* harmony import */ var _dockerfile_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6357);
/* harmony import */ var _dockerfile_stage_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(8684);
/* harmony import */ var _engines_oci_base_image_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4836);
/* harmony import */ var _engines_oci_platform_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9754);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3916);
/* harmony import */ var _pipeline_plan_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5455);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9310);
/* harmony import */ var _validate_dockerfile_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8358);
/* harmony import */ var _validate_dockerignore_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7262);
/* harmony import */ var _validate_types_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(8255);














async function preflightTarget(target, facts, deps) {
    const findings = [];
    const notes = [];
    const report = { target: target.name, ok: true, findings, notes };
    try {
        report.plan = (0,_pipeline_plan_js__WEBPACK_IMPORTED_MODULE_8__/* .planTarget */ .hB)(target, facts.repositoryRoot);
    }
    catch (e) {
        if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigError */ .xL))
            throw e;
        findings.push((0,_validate_types_js__WEBPACK_IMPORTED_MODULE_12__/* .error */ .z3)('config', e.message.replace(/^[^:]+:\d+(?::\d+)?: /, ''), e.location));
    }
    const [gate, ignore, artifacts, credentials, port] = await Promise.all([
        dockerfileChecks(target, facts, deps, report),
        ignoreChecks(target, notes),
        artifactChecks(target, deps),
        credentialChecks(target, facts, deps),
        smokePortCheck(target, facts),
    ]);
    findings.push(...gate, ...ignore, ...artifacts, ...credentials, ...port);
    report.ok = !findings.some((f) => f.severity === 'error');
    return report;
}
/** The gate, with what the base image's config says (its ENV, its ONBUILD triggers). */
async function dockerfileChecks(target, facts, deps, report) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(target.dockerfile, 'utf8');
    }
    catch {
        return [(0,_validate_dockerfile_js__WEBPACK_IMPORTED_MODULE_10__/* .missingDockerfile */ .Nc)(target)];
    }
    const parsed = (0,_dockerfile_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDockerfile */ .Ai)(text);
    report.dockerfile = { file: target.dockerfile, instructions: parsed.instructions.map(_dockerfile_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .instructionView */ .Gv) };
    const findings = [];
    let base;
    if (!parsed.problems) {
        const runner = (0,_dockerfile_stage_js__WEBPACK_IMPORTED_MODULE_13__/* .platformOf */ .tj)(facts.buildPlatform);
        const platform = target.platforms[0] ? (0,_dockerfile_stage_js__WEBPACK_IMPORTED_MODULE_13__/* .platformOf */ .tj)(target.platforms[0]) : runner;
        let stage;
        try {
            stage = (0,_dockerfile_stage_js__WEBPACK_IMPORTED_MODULE_13__/* .finalBase */ .Ys)((0,_dockerfile_stage_js__WEBPACK_IMPORTED_MODULE_13__/* .baseImages */ ["if"])(parsed, { buildArgs: target.buildArgs, platform, buildPlatform: runner }));
        }
        catch {
            // a bad substitution in FROM: the gate reports it
            stage = undefined;
        }
        if (stage && stage.image !== 'scratch') {
            const found = await baseImageConfig(stage.image, target.platforms[0] ?? facts.buildPlatform, facts, deps);
            if ('config' in found) {
                base = found.config;
                report.base = base;
            }
            else
                findings.push((0,_validate_types_js__WEBPACK_IMPORTED_MODULE_12__/* .error */ .z3)('base-image', `${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(target.dockerfile)} line ${stage.line}: the base image ${stage.image} ${found.problem}`, { file: target.dockerfile, line: stage.line }));
        }
    }
    findings.push(...(0,_validate_dockerfile_js__WEBPACK_IMPORTED_MODULE_10__/* .checkDockerfileText */ .qz)(text, target, (0,_validate_dockerfile_js__WEBPACK_IMPORTED_MODULE_10__/* .contextView */ .rT)(target.context), {
        ...(base ? { base } : {}),
        buildPlatform: facts.buildPlatform,
        beforeBuild: true,
    }));
    return findings;
}
/**
 * The base image's config where the engine will take it from: with a daemon, the daemon's
 * images first (docker and buildx build from them, and the oci engine reads a base the daemon
 * has from it, as `docker build` does without --pull), then the registry.
 */
async function baseImageConfig(image, platform, facts, deps) {
    if (facts.daemon) {
        const local = await deps.daemonImages.lookUp(image);
        if (local)
            return { config: fromContainerConfig(local.config) };
    }
    let reference;
    try {
        reference = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_9__/* .parseReference */ .F2)(image);
    }
    catch (e) {
        return { problem: `is not a valid image reference (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .messageOf */ .bD)(e)})` };
    }
    try {
        const resolved = await new _engines_oci_base_image_js__WEBPACK_IMPORTED_MODULE_5__/* .BaseResolver */ .Y(deps.registry.clientFor).resolve(reference, (0,_engines_oci_platform_js__WEBPACK_IMPORTED_MODULE_6__/* .parsePlatform */ .FL)(platform));
        return { config: fromContainerConfig(resolved.config.config ?? {}) };
    }
    catch (e) {
        const where = facts.daemon
            ? `looked in the Docker daemon (\`docker image inspect ${image}\`: no such image) and in the registry`
            : 'no Docker daemon answers, so it can only come from its registry';
        const full = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_9__/* .formatReference */ .FH)(reference);
        return {
            problem: `${full === image ? '' : `(${full}) `}cannot be read from ${(0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_9__/* .apiHost */ .nz)(reference.registry)}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .messageOf */ .bD)(e)}; ${where}. Build or pull it into the daemon, push it to its registry and log in (docker login), or fix the FROM line.`,
        };
    }
}
function fromContainerConfig(config) {
    const env = {};
    for (const pair of config.Env ?? []) {
        const eq = pair.indexOf('=');
        if (eq > 0)
            env[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    return { env, onBuild: config.OnBuild ?? [] };
}
/** `<Dockerfile>.dockerignore`: valid lines, and none hides a declared artifact by its name. */
async function ignoreChecks(target, notes) {
    const { ignore, unused } = await (0,_dockerfile_ignore_js__WEBPACK_IMPORTED_MODULE_3__/* .stagingIgnoreFile */ .CL)(target.context, target.dockerfile);
    if (unused) {
        notes.push(`${unused} is not used for the staged context: the image is built from the declared artifacts alone. ` +
            `List what it must not get in ${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(target.dockerfile)}.dockerignore; the secret scan checks what ships either way.`);
    }
    if (!ignore)
        return [];
    // before the build only the artifacts' names can be judged, not the files inside them
    const artifacts = await Promise.all(target.artifacts.map(async (artifact) => {
        const stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(target.context, artifact)).catch(() => undefined);
        const kind = !stats ? 'missing' : stats.isDirectory() ? 'dir' : 'file';
        return { artifact, kind, size: 0, files: 0 };
    }));
    const tree = { context: target.context, artifacts, entries: [], totalSize: 0 };
    return (0,_validate_dockerignore_js__WEBPACK_IMPORTED_MODULE_11__/* .checkIgnoreFile */ .b)(target, tree, ignore);
}
/**
 * A declared artifact that is missing before the build must be a build output: git ignores
 * those (dist, .next, node_modules). One that git would track is a source file that is not
 * there, which no build command is likely to create.
 */
async function artifactChecks(target, deps) {
    const missing = [];
    for (const artifact of target.artifacts) {
        if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(target.context, artifact)).catch(() => undefined)))
            missing.push(artifact);
    }
    if (missing.length === 0)
        return [];
    // `dist/` in .gitignore matches only a directory, and a missing path is none: ask for both forms
    const result = await deps.run(['git', 'check-ignore', '--', ...missing.flatMap((a) => [a, `${a}/`])], {
        cwd: target.context,
        quiet: true,
        allowFailure: true,
    });
    // 128: not a git checkout; then nothing tells outputs from sources
    if (result.code !== 0 && result.code !== 1)
        return [];
    const ignored = new Set(result.stdout
        .split('\n')
        .map((l) => l.trim().replace(/\/$/, ''))
        .filter(Boolean));
    const where = target.locations.artifacts ?? target.locations[''];
    return missing
        .filter((a) => !ignored.has(a))
        .map((artifact) => (target.build.length === 0 ? _validate_types_js__WEBPACK_IMPORTED_MODULE_12__/* .error */ .z3 : _validate_types_js__WEBPACK_IMPORTED_MODULE_12__/* .warning */ .$e)('artifacts', `the artifact \`${artifact}\` of target \`${target.name}\` does not exist, and git does not ignore it as a build output. ` +
        (target.build.length === 0
            ? 'The target has no build commands to create it: fix the path in `artifacts`.'
            : 'If a build command creates it, add it to .gitignore; otherwise fix the path in `artifacts`.'), where));
}
/** When the run pushes: the registry accepts the credentials `docker login` stored, for a push. */
async function credentialChecks(target, facts, deps) {
    if (!facts.push || !(0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_9__/* .inNamedRegistry */ .K)(target.image))
        return [];
    const reference = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_9__/* .parseReference */ .F2)(target.image);
    const client = deps.registry.clientFor(reference.registry);
    client.allow(reference.repository, ['pull', 'push']);
    try {
        // a blob nobody has: the answer (404) needs a login that may push, and uploads nothing
        await client.hasBlob(reference.repository, `sha256:${'0'.repeat(64)}`);
        return [];
    }
    catch (e) {
        return [
            (0,_validate_types_js__WEBPACK_IMPORTED_MODULE_12__/* .error */ .z3)('credentials', `target \`${target.name}\` pushes to ${reference.registry}, which refuses this machine's credentials for ${reference.repository}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .messageOf */ .bD)(e)}. ` +
                'Log in first (docker/login-action, or `docker login`), with a token that may push.', target.locations.image ?? target.locations['']),
        ];
    }
}
/**
 * Port probes in flight, by port: targets checked side by side that share a smoke port share
 * one probe, or the second probe would find the first one listening and call the port taken.
 */
const portProbes = new Map();
function probePort(port) {
    let probe = portProbes.get(port);
    if (!probe) {
        probe = new Promise((resolve) => {
            const server = node_net__WEBPACK_IMPORTED_MODULE_1___default().createServer();
            server.once('error', (e) => resolve(e.code === 'EADDRINUSE' ? 'is already in use' : `cannot be listened on (${e.code ?? e.message})`));
            server.listen(port, '127.0.0.1', () => server.close(() => resolve(undefined)));
        }).finally(() => portProbes.delete(port));
        portProbes.set(port, probe);
    }
    return probe;
}
/** The smoke test's port must be free, or its answer could come from another process. */
async function smokePortCheck(target, facts) {
    if (!target.smoke || !facts.daemon)
        return [];
    const port = target.smoke.port;
    const problem = await probePort(port);
    if (!problem)
        return [];
    return [
        (0,_validate_types_js__WEBPACK_IMPORTED_MODULE_12__/* .error */ .z3)('smoke-port', `the smoke test's port ${port} of target \`${target.name}\` ${problem} on this machine; stop what listens there or choose another \`smoke.port\`.`, target.locations.smoke ?? target.locations['']),
    ];
}


/***/ }),

/***/ 5455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dv: () => (/* binding */ selectTargets),
/* harmony export */   hB: () => (/* binding */ planTarget),
/* harmony export */   zw: () => (/* binding */ checkSingleTargetInputs)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _pm_commands_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8617);
/* harmony import */ var _pm_detect_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(996);
/* harmony import */ var _config_suggest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2784);
/* harmony import */ var _workspace_graph_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73);







/** Picks the targets to run, in config order; a name that is not in the config is a usage error. */
function selectTargets(config, names) {
    if (names.length === 0)
        return config.targets;
    const known = config.targets.map((t) => t.name);
    for (const name of names) {
        if (!known.includes(name)) {
            const guess = (0,_config_suggest_js__WEBPACK_IMPORTED_MODULE_5__/* .nearest */ .p)(name, known);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`no target "${name}" in ${config.file}${guess ? `; did you mean "${guess}"?` : ''} (targets: ${known.join(', ')})`);
        }
    }
    return config.targets.filter((t) => names.includes(t.name));
}
function planTarget(target, repositoryRoot) {
    const where = target.locations.context ?? target.locations[''];
    const pkg = (0,_pm_detect_js__WEBPACK_IMPORTED_MODULE_3__/* .readPackageJson */ .jJ)(target.context, where);
    const workspace = hasLockfile(target.context) ? undefined : planWorkspace(target.context);
    const installDir = workspace?.graph.root ?? target.context;
    const pm = (0,_pm_detect_js__WEBPACK_IMPORTED_MODULE_3__/* .detectPackageManager */ .Lv)(installDir, workspace ? (0,_pm_detect_js__WEBPACK_IMPORTED_MODULE_3__/* .readPackageJson */ .jJ)(installDir, where) : pkg, where);
    const plan = {
        target,
        pkg,
        pm,
        installCommand: target.install ?? (0,_pm_commands_js__WEBPACK_IMPORTED_MODULE_6__/* .defaultInstallCommand */ .q)(pm),
        pruneCommand: target.prune === false ? false : (target.prune ?? (0,_pm_commands_js__WEBPACK_IMPORTED_MODULE_6__/* .defaultPruneCommand */ .H)(pm)),
        root: node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(repositoryRoot, installDir) || '.',
        installDir,
    };
    if (workspace) {
        if (pm.yarnBerry)
            checkYarnLinker(installDir);
        plan.workspace = workspace;
    }
    return plan;
}
/**
 * Yarn 2+ installs Plug'n'Play by default: no node_modules, so nothing an app's production tree
 * (or a COPY-only image) could be made from.
 */
function checkYarnLinker(root) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, '.yarnrc.yml');
    const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8') : '';
    const linker = /^nodeLinker:\s*["']?([\w-]+)/m.exec(text)?.[1];
    if (linker === 'node-modules' || linker === 'pnpm')
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`the yarn workspace at ${root} installs with Plug'n'Play (${linker ? `nodeLinker: ${linker}` : 'no nodeLinker'} in .yarnrc.yml), which writes no node_modules for an image to copy; add \`nodeLinker: node-modules\` to .yarnrc.yml`, { file });
}
function hasLockfile(dir) {
    return _pm_detect_js__WEBPACK_IMPORTED_MODULE_3__/* .LOCKFILES */ .JA.some((l) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, l.file)));
}
/**
 * The workspace a context without a lockfile of its own belongs to: its root holds the one
 * lockfile. A context that is the root itself is planned as a standalone app.
 */
function planWorkspace(context) {
    const graph = (0,_workspace_graph_js__WEBPACK_IMPORTED_MODULE_4__/* .findWorkspace */ .pl)(_workspace_graph_js__WEBPACK_IMPORTED_MODULE_4__/* .diskView */ .B6, context);
    if (!graph || graph.root === node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(context))
        return undefined;
    const member = (0,_workspace_graph_js__WEBPACK_IMPORTED_MODULE_4__/* .packageAt */ .MU)(graph, context);
    if (!member)
        return undefined;
    return {
        graph,
        member,
        local: (0,_workspace_graph_js__WEBPACK_IMPORTED_MODULE_4__/* .localDependencyClosure */ .iJ)(graph, member.name),
        shipped: (0,_workspace_graph_js__WEBPACK_IMPORTED_MODULE_4__/* .localDependencyClosure */ .iJ)(graph, member.name, { production: true }),
    };
}
/** The `tags` and `labels` inputs (docker/metadata-action's output) describe one image: they fit one target only. */
function checkSingleTargetInputs(targets, inputs) {
    if (targets.length <= 1)
        return;
    const given = [
        inputs.tags && inputs.tags.length > 0 ? 'tags' : undefined,
        inputs.labels && Object.keys(inputs.labels).length > 0 ? 'labels' : undefined,
    ].filter(Boolean);
    if (given.length === 0)
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`the ${given.map((g) => `\`${g}\``).join(' and ')} input${given.length > 1 ? 's describe' : ' describes'} one image but ${targets.length} targets run (${targets.map((t) => t.name).join(', ')}); set tags per target in the config, or select one target with \`targets\``);
}


/***/ }),

/***/ 8617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ defaultPruneCommand),
/* harmony export */   q: () => (/* binding */ defaultInstallCommand)
/* harmony export */ });
/** The clean, lockfile-exact install each package manager offers. */
function defaultInstallCommand(pm) {
    switch (pm.name) {
        case 'npm':
            return 'npm ci';
        case 'pnpm':
            return 'pnpm install --frozen-lockfile';
        case 'yarn':
            return pm.yarnBerry ? 'yarn install --immutable' : 'yarn install --frozen-lockfile';
        case 'bun':
            return 'bun install --frozen-lockfile';
    }
}
/** Removes dev dependencies from an installed tree without touching the lockfile. */
function defaultPruneCommand(pm) {
    switch (pm.name) {
        case 'npm':
            return 'npm prune --omit=dev';
        case 'pnpm':
            return 'pnpm prune --prod';
        case 'yarn':
            // yarn 1 has no prune: a production install over the tree removes what is dev-only;
            // berry's focus (built into yarn 4) does the same for every workspace
            return pm.yarnBerry
                ? 'yarn workspaces focus --all --production'
                : 'yarn install --production --frozen-lockfile --ignore-scripts --prefer-offline';
        case 'bun':
            // over an installed tree bun's production install reports "no changes" and leaves the
            // dev dependencies in place: it prunes only a tree it writes afresh (from bun's cache)
            return 'rm -rf node_modules && bun install --production --frozen-lockfile';
    }
}


/***/ }),

/***/ 5035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   Ey: () => (/* binding */ DigestTap),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   sI: () => (/* binding */ sha256Digest),
/* harmony export */   sU: () => (/* binding */ digestHex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);


const DIGEST = /^sha256:[a-f0-9]{64}$/;
function sha256Digest(data) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex')}`;
}
function isDigest(text) {
    return DIGEST.test(text);
}
/** The hex part of a sha256 digest: the file name under blobs/sha256/. */
function digestHex(digest) {
    if (!isDigest(digest))
        throw new Error(`not a sha256 digest: ${digest}`);
    return digest.slice('sha256:'.length);
}
/** A pass-through stream that hashes and counts what flows through it. */
class DigestTap extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform {
    hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    bytes = 0;
    _transform(chunk, _encoding, callback) {
        this.hash.update(chunk);
        this.bytes += chunk.length;
        callback(null, chunk);
    }
    /** Valid once the stream has ended. */
    digest() {
        return `sha256:${this.hash.copy().digest('hex')}`;
    }
}
/** JSON with object keys sorted at every level, so equal values always give equal bytes. */
function canonicalJson(value) {
    return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value === null || typeof value !== 'object')
        return value;
    const sorted = {};
    for (const key of Object.keys(value).sort()) {
        const v = value[key];
        if (v !== undefined)
            sorted[key] = sortKeys(v);
    }
    return sorted;
}


/***/ }),

/***/ 9867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ isIndexType),
/* harmony export */   $p: () => (/* binding */ OCI_INDEX),
/* harmony export */   BJ: () => (/* binding */ ociLayerType),
/* harmony export */   BQ: () => (/* binding */ OCI_LAYER_GZIP),
/* harmony export */   EG: () => (/* binding */ OCI_MANIFEST),
/* harmony export */   Q3: () => (/* binding */ isManifestType),
/* harmony export */   TF: () => (/* binding */ OCI_CONFIG),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT)
/* harmony export */ });
/* unused harmony export DOCKER_CONFIG */
/**
 * The manifest and blob kinds of the OCI image spec and of Docker's schema 2, which registries
 * still serve for most images on Docker Hub. Reading accepts both; writing is OCI only.
 */
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
const OCI_LAYER_GZIP = 'application/vnd.oci.image.layer.v1.tar+gzip';
const OCI_LAYER_NONDISTRIBUTABLE_GZIP = 'application/vnd.oci.image.layer.nondistributable.v1.tar+gzip';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
const DOCKER_CONFIG = 'application/vnd.docker.container.image.v1+json';
const DOCKER_LAYER_GZIP = 'application/vnd.docker.image.rootfs.diff.tar.gzip';
const DOCKER_FOREIGN_LAYER = 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip';
/** What a manifest GET asks for: every single-image and multi-image kind we can read. */
const MANIFEST_ACCEPT = [OCI_INDEX, DOCKER_MANIFEST_LIST, OCI_MANIFEST, DOCKER_MANIFEST];
function isIndexType(mediaType) {
    return mediaType === OCI_INDEX || mediaType === DOCKER_MANIFEST_LIST;
}
function isManifestType(mediaType) {
    return mediaType === OCI_MANIFEST || mediaType === DOCKER_MANIFEST;
}
/**
 * The OCI name of a base layer's media type. The bytes are the same; rewriting the type lets
 * our OCI manifest carry base layers pushed with Docker's types, as BuildKit does.
 */
function ociLayerType(mediaType) {
    if (mediaType === DOCKER_LAYER_GZIP)
        return OCI_LAYER_GZIP;
    if (mediaType === DOCKER_FOREIGN_LAYER)
        return OCI_LAYER_NONDISTRIBUTABLE_GZIP;
    return mediaType;
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

/***/ 1375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JQ: () => (/* binding */ ociBlockers),
  tb: () => (/* binding */ preflightRegistry),
  Wq: () => (/* binding */ setupPipeline)
});

// EXTERNAL MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js + 17 modules
var tool_cache = __webpack_require__(5991);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/exec.ts
var exec = __webpack_require__(3190);
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
    const inspected = await deps.run(['docker', 'image', 'inspect', '--format', '{{.Size}}', id], {
        quiet: true,
        allowFailure: true,
    });
    const size = Number(inspected.stdout.trim());
    const built = Number.isFinite(size) && inspected.code === 0 ? { id, size, runnable: true } : { id, runnable: true };
    const history = await deps.run(planHistory(id), { quiet: true, allowFailure: true });
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
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/engines/oci/base-image.ts
var base_image = __webpack_require__(4836);
// EXTERNAL MODULE: ./src/engines/oci/daemon-base.ts
var daemon_base = __webpack_require__(6639);
// EXTERNAL MODULE: ./src/daemon-images.ts
var daemon_images = __webpack_require__(1286);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/dockerfile/parse.ts
var parse = __webpack_require__(6357);
// EXTERNAL MODULE: ./src/dockerfile/ignore.ts
var dockerfile_ignore = __webpack_require__(2946);
// EXTERNAL MODULE: ./src/dockerfile/glob.ts
var glob = __webpack_require__(4882);
// EXTERNAL MODULE: ./src/engines/oci/instructions.ts
var instructions = __webpack_require__(8264);
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
var registry_digest = __webpack_require__(5035);
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
var expand = __webpack_require__(1424);
// EXTERNAL MODULE: ./src/dockerfile/stage.ts
var dockerfile_stage = __webpack_require__(8684);
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
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./src/engines/oci/gzip.ts
var oci_gzip = __webpack_require__(5421);
// EXTERNAL MODULE: ./src/registry/media-types.ts
var media_types = __webpack_require__(9867);
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
var cache_entry = __webpack_require__(8962);
// EXTERNAL MODULE: ./src/map-limit.ts
var map_limit = __webpack_require__(9143);
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
var format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/engines/oci/platform.ts
var oci_platform = __webpack_require__(9754);
// EXTERNAL MODULE: ./src/registry/reference.ts
var registry_reference = __webpack_require__(9310);
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
var external_node_zlib_ = __webpack_require__(8522);
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
var external_node_os_ = __webpack_require__(8161);
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

// EXTERNAL MODULE: ./src/engines/detect.ts
var detect = __webpack_require__(708);
// EXTERNAL MODULE: ./src/engines/select.ts
var engines_select = __webpack_require__(5899);
// EXTERNAL MODULE: ./src/validate/dockerfile.ts
var dockerfile = __webpack_require__(8358);
// EXTERNAL MODULE: ./src/interrupt.ts
var interrupt = __webpack_require__(8476);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/machine.ts



/**
 * The version of the `node` the install and build commands run: the first on PATH. The action
 * itself runs on the runner's own Node (node24, action.yml's `using`), which is not on PATH;
 * actions/setup-node puts the job's Node there, and that one installs node_modules. The process's
 * own version only when PATH has no node that answers.
 */
async function nodeOnPath(probe = async () => (await (0,external_node_util_.promisify)(external_node_child_process_.execFile)('node', ['-p', 'process.version'], { encoding: 'utf8', timeout: 10_000 })).stdout) {
    try {
        const version = (await probe()).trim();
        if (/^v\d+\.\d+\.\d+/.test(version))
            return version;
    }
    catch {
        // no node on PATH (a Bun-only job, say): the process's own is the best guess
    }
    return process.version;
}
/**
 * The runner itself: what node_modules and native addons are built for. Asking the `node` on
 * PATH starts a process: it runs beside the glue's other probes rather than before them.
 */
async function machineFacts() {
    const header = process.report?.getReport()?.header;
    return {
        platform: process.platform,
        arch: process.arch,
        libc: header?.glibcVersionRuntime ? 'glibc' : 'musl',
        nodeVersion: await nodeOnPath(),
        cores: external_node_os_default().availableParallelism(),
    };
}

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
/** What both glues (action and CLI) do before the pipeline: detect the machine, pick the engine. */
async function setupPipeline(options) {
    const { logger } = options;
    const run = (0,exec/* createRunner */.ji)(logger);
    const [machine, caps] = await Promise.all([machineFacts(), (0,detect/* detectCapabilities */.Gg)(run, () => options.probeBuildx(run))]);
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
            ...(options.store ? { store: options.store } : {}),
            ...(options.dockerConfigDir ? { dockerConfigDir: options.dockerConfigDir } : {}),
            ...(options.builder ? { builder: options.builder } : {}),
        }),
        daemon: caps.daemon,
        // performance.now() counts from the process's start, which is the step's start
        startedAt: 0,
        tempDir: options.tempDir,
        clock: () => performance.now() / 1000,
        toolCache: options.toolCache ?? tool_cache,
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
    if (options.store)
        deps.store = options.store;
    if (caps.versions)
        deps.docker = caps.buildx ? { ...caps.versions, buildx: caps.buildx } : caps.versions;
    return deps;
}


/***/ }),

/***/ 8358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nc: () => (/* binding */ missingDockerfile),
/* harmony export */   qz: () => (/* binding */ checkDockerfileText),
/* harmony export */   rT: () => (/* binding */ contextView),
/* harmony export */   vn: () => (/* binding */ checkDockerfile)
/* harmony export */ });
/* unused harmony export contextRelative */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _dockerfile_chars_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4811);
/* harmony import */ var _dockerfile_expand_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1424);
/* harmony import */ var _dockerfile_glob_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4882);
/* harmony import */ var _dockerfile_ignore_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2946);
/* harmony import */ var _dockerfile_parse_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6357);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8431);
/* harmony import */ var _dockerfile_stage_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8684);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(435);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8255);












/**
 * The COPY-only gate. It fails closed: it accepts a Dockerfile only when it understands every
 * part of it exactly as the builder will, read by the same reader the oci engine builds from
 * (src/dockerfile). Allowed: one stage FROM a base image, COPY of declared artifacts from the
 * context, and instructions that only set the image's metadata. Refused: anything that runs or
 * fetches during the image build (RUN unless `allow-run`, ADD, ONBUILD, COPY --from a stage, or
 * an image not listed in `allow-copy-from`), here-documents (the legacy builder reads their
 * body as instructions), flags it does not know, parser directives other than `escape` and a
 * docker/dockerfile `syntax`, variables whose value would come from outside the Dockerfile,
 * characters one cannot see outside quoted values, and a base image with ONBUILD triggers.
 */
/** The flags each instruction may carry; any other flag is refused. */
const FLAGS = {
    FROM: new Set(['platform']),
    COPY: new Set(['chown', 'chmod', 'link', 'from']),
    HEALTHCHECK: new Set(['interval', 'timeout', 'start-period', 'start-interval', 'retries']),
};
/** `# syntax=` values that name Docker's own Dockerfile frontend, which reads the file as this gate does */
const DOCKERFILE_FRONTEND = /^(?:docker\.io\/)?docker\/dockerfile(?:-upstream)?(?::[0-9][0-9a-z.-]*)?(?:@sha256:[a-f0-9]{64})?$/;
const URL = /^[a-z][a-z0-9+.-]*:\/\//i;
function contextView(context) {
    return {
        kind(rel) {
            try {
                const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(context, rel));
                return stats.isSymbolicLink() ? 'symlink' : stats.isDirectory() ? 'dir' : 'file';
            }
            catch {
                return undefined;
            }
        },
        list(rel) {
            try {
                return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(context, rel));
            }
            catch {
                return [];
            }
        },
    };
}
async function checkDockerfile(target, options = {}) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(target.dockerfile, 'utf8');
    }
    catch {
        return [missingDockerfile(target)];
    }
    return checkDockerfileText(text, target, contextView(target.context), options);
}
function missingDockerfile(target) {
    return (0,_types_js__WEBPACK_IMPORTED_MODULE_7__/* .error */ .z3)('dockerfile', `The Dockerfile ${target.dockerfile} of target \`${target.name}\` does not exist; create it or set \`dockerfile\` to its path (relative to the context).`, target.locations.dockerfile ?? target.locations['']);
}
function checkDockerfileText(text, target, view, options = {}) {
    return new Checker((0,_dockerfile_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDockerfile */ .Ai)(text), target, view, options).run();
}
class Checker {
    parsed;
    target;
    view;
    options;
    findings = [];
    file;
    name;
    scope;
    constructor(parsed, target, view, options) {
        this.parsed = parsed;
        this.target = target;
        this.view = view;
        this.options = options;
        this.file = target.dockerfile;
        this.name =
            node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(target.context, target.dockerfile).split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/') || node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(target.dockerfile);
        const runner = options.buildPlatform ? (0,_dockerfile_stage_js__WEBPACK_IMPORTED_MODULE_8__/* .platformOf */ .tj)(options.buildPlatform) : (0,_dockerfile_stage_js__WEBPACK_IMPORTED_MODULE_8__/* .nodePlatform */ .OP)(process.arch);
        this.scope = {
            escape: parsed.escape,
            buildArgs: target.buildArgs,
            platform: target.platforms[0] ? (0,_dockerfile_stage_js__WEBPACK_IMPORTED_MODULE_8__/* .platformOf */ .tj)(target.platforms[0]) : runner,
            buildPlatform: runner,
        };
    }
    run() {
        const problem = this.parsed.problems?.[0];
        if (problem) {
            // BuildKit stops at its first parse error, and so does the gate: what follows is unread
            this.error(problem.line, `${problem.message}: docker build refuses the file. Fix the line.`, problem.column);
            return this.findings;
        }
        this.directives();
        this.invisibleCharacters();
        const { globalArgs, stages, beforeFrom } = (0,_dockerfile_stage_js__WEBPACK_IMPORTED_MODULE_8__/* .splitStages */ .KC)(this.parsed);
        for (const ins of beforeFrom)
            this.error(ins.line, `\`${ins.keyword}\` comes before the first FROM, where only ARG may stand; docker build would refuse the file.`);
        if (stages.length === 0) {
            this.error(undefined, 'has no FROM: a COPY-only Dockerfile starts FROM the base image the artifacts are copied onto.');
            return this.findings;
        }
        for (const stage of stages.slice(0, -1)) {
            this.error(stage.from.line, 'has more than one FROM: a COPY-only Dockerfile is one stage, and another stage is a build inside the image build. ' +
                "Build on the runner instead (the target's `build` commands) and COPY the output from the context.");
        }
        const globals = this.guard(globalArgs[0]?.line, () => (0,_dockerfile_stage_js__WEBPACK_IMPORTED_MODULE_8__/* .globalArgValues */ .on)(globalArgs, this.scope)) ?? {};
        for (const ins of globalArgs)
            this.knownInstruction(ins);
        const stage = stages.at(-1);
        this.from(stage.from);
        const env = { ...(this.options.base?.env ?? {}) };
        const args = {};
        /** names whose value the gate knows: declared in this Dockerfile, or in the base's ENV when it was read */
        const declared = new Set(Object.keys(env));
        for (const ins of stage.body) {
            if (!this.knownInstruction(ins))
                continue;
            const lookup = (0,_dockerfile_expand_js__WEBPACK_IMPORTED_MODULE_9__/* .lookupIn */ .IX)(env, args);
            switch (ins.keyword) {
                case 'ARG':
                    for (const { name } of (0,_dockerfile_stage_js__WEBPACK_IMPORTED_MODULE_8__/* .argDeclarations */ .Yq)(ins))
                        declared.add(name);
                    this.guard(ins.line, () => (0,_dockerfile_stage_js__WEBPACK_IMPORTED_MODULE_8__/* .declareArgs */ .SK)(ins, this.scope, args, lookup, globals));
                    break;
                case 'ENV':
                    for (const [key, value] of this.guard(ins.line, () => (0,_dockerfile_stage_js__WEBPACK_IMPORTED_MODULE_8__/* .keyValues */ .K7)(ins, lookup, this.parsed.escape)) ?? []) {
                        env[key] = value;
                        declared.add(key);
                    }
                    break;
                case 'COPY':
                    this.copy(ins, lookup, declared);
                    break;
                case 'RUN':
                    this.runInstruction(ins);
                    break;
                case 'ADD':
                    this.error(ins.line, '`ADD` is not allowed: it downloads URLs and unpacks archives during the image build, which the artifact and secret checks cannot see. ' +
                        'Use COPY for files from the context; fetch or unpack on the runner in a build command and COPY the result.');
                    break;
                case 'ONBUILD':
                    this.error(ins.line, 'ONBUILD is not allowed: it runs steps in the build of every image FROM this one, which defeats a COPY-only build. Remove it.');
                    break;
                case 'MAINTAINER':
                    this.warn(ins.line, 'MAINTAINER is deprecated; use `LABEL org.opencontainers.image.authors="..."` instead.');
                    break;
            }
        }
        return this.findings;
    }
    /** Refuses what BuildKit's dispatcher refuses or the gate does not allow: unknown keywords and flags, here-documents. */
    knownInstruction(ins) {
        if (!_dockerfile_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .KNOWN_INSTRUCTIONS */ .qu.has(ins.keyword)) {
            this.error(ins.line, `\`${ins.keyword}\` is not a Dockerfile instruction (a typo?); docker build would refuse the file.`);
            return false;
        }
        if (ins.heredocs) {
            this.error(ins.line, `\`${ins.keyword}\` with a here-document (<<${ins.heredocs[0].name}) is not allowed: builders disagree on it (the legacy builder reads its body as instructions). ` +
                'Put the file among the artifacts and COPY it.');
            return false;
        }
        const allowed = ins.keyword === 'RUN' && this.target.allowRun ? undefined : (FLAGS[ins.keyword] ?? new Set());
        for (const flag of allowed ? Object.keys(ins.flags) : []) {
            if (!allowed.has(flag)) {
                this.error(ins.line, `\`${ins.keyword} --${flag}\` is not allowed in a COPY-only Dockerfile${allowed.size > 0 ? ` (${ins.keyword} may take ${[...allowed].map((f) => `--${f}`).join(', ')})` : ''}.`);
                return false;
            }
        }
        return true;
    }
    directives() {
        for (const directive of this.parsed.directives) {
            if (directive.name === 'syntax' && !DOCKERFILE_FRONTEND.test(directive.value)) {
                this.error(directive.line, `\`# syntax=${directive.value}\` makes BuildKit read this file with another frontend, which may read it differently from this check. ` +
                    'Remove the line, or use docker/dockerfile:1.');
            }
        }
    }
    /** Non-ASCII spaces, zero-width and control characters outside quotes: one finding per line. */
    invisibleCharacters() {
        const escape = this.parsed.escape;
        this.parsed.lines.forEach((line, index) => {
            // a comment line (as Go trims it) is dropped by the parser wherever it stands, whatever it holds
            if ((0,_dockerfile_chars_js__WEBPACK_IMPORTED_MODULE_10__/* .trimLeftGo */ .mV)(line).startsWith('#'))
                return;
            let quote = '';
            let column = 0;
            for (let i = 0; i < line.length; i++) {
                const code = line.codePointAt(i);
                column++;
                const ch = String.fromCodePoint(code);
                if (code > 0xffff)
                    i++;
                if (quote) {
                    if (ch === escape && quote === '"')
                        i++;
                    else if (ch === quote)
                        quote = '';
                    continue;
                }
                if (ch === escape) {
                    i++;
                    column++;
                    continue;
                }
                if (ch === '"' || ch === "'") {
                    quote = ch;
                    continue;
                }
                if ((0,_dockerfile_chars_js__WEBPACK_IMPORTED_MODULE_10__/* .isInvisible */ .qW)(code)) {
                    this.error(index + 1, `holds ${(0,_dockerfile_chars_js__WEBPACK_IMPORTED_MODULE_10__/* .codePointName */ .R8)(code)}, a character one cannot see or tell from a space, outside quotes. Builders and editors disagree on such characters ` +
                        '(Docker does not treat U+FEFF as a space, so it can end a continued line where the text seems to go on). Delete it or type a plain space.', column);
                    return;
                }
            }
        });
    }
    from(ins) {
        this.knownInstruction(ins);
        if (ins.nodes.length !== 1 && !(ins.nodes.length === 3 && ins.nodes[1].toUpperCase() === 'AS')) {
            this.error(ins.line, 'FROM takes an image and an optional `AS name`; docker build would refuse the line.');
        }
        const onBuild = this.options.base?.onBuild ?? [];
        if (onBuild.length > 0) {
            this.error(ins.line, `the base image ${ins.nodes[0] ?? ''} has ONBUILD triggers (${onBuild.slice(0, 3).join('; ')}${onBuild.length > 3 ? '; ...' : ''}), which run during the image build at this FROM. ` +
                'Use a base image without ONBUILD triggers.');
        }
    }
    runInstruction(ins) {
        if (this.target.allowRun)
            return;
        const command = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .redactSecrets */ .fp)(ins.json ? ins.json.join(' ') : ins.args)
            .replace(/\s+/g, ' ')
            .trim();
        const shown = command.length > 60 ? `${command.slice(0, 57)}...` : command;
        this.error(ins.line, `\`RUN ${shown}\` runs inside the image build, which a COPY-only Dockerfile leaves out: do that work on the runner, where it is cached. ` +
            `Move it into the target's \`build\` commands (they run in the context before the image is built) and COPY its output as an artifact, ` +
            `or set \`allow-run: true\` on target \`${this.target.name}\` to keep it (e.g. a \`RUN apk add --no-cache tini\` for an OS package).`);
    }
    copy(ins, lookup, declared) {
        const outside = [...Object.values(ins.flags), ...ins.nodes]
            .flatMap((w) => (0,_dockerfile_expand_js__WEBPACK_IMPORTED_MODULE_9__/* .referencedNames */ ._T)(w, { escape: this.parsed.escape }))
            .filter((n) => !declared.has(n));
        if (outside.length > 0) {
            const names = [...new Set(outside)].map((n) => `$${n}`).join(', ');
            this.error(ins.line, `\`COPY\` uses ${names}, which this Dockerfile does not declare: its value would come from the base image's environment, which this check ${this.options.base ? 'did not find it in' : 'could not read'}. ` +
                'Declare it with ARG or ENV, or write the path out.');
            return;
        }
        const word = (w) => this.guard(ins.line, () => (0,_dockerfile_expand_js__WEBPACK_IMPORTED_MODULE_9__/* .expandWord */ .Vo)(w, lookup, { escape: this.parsed.escape }));
        if (ins.flags.from !== undefined) {
            this.copyFrom(ins, word(ins.flags.from) ?? ins.flags.from);
            return;
        }
        const words = ins.nodes.map(word);
        if (words.some((w) => w === undefined))
            return;
        if (words.length < 2) {
            this.error(ins.line, '`COPY` needs a source and a destination.');
            return;
        }
        for (const source of words.slice(0, -1)) {
            if (URL.test(source)) {
                this.error(ins.line, `\`COPY ${source}\` names a URL; fetch it on the runner in a build command (where it can be cached and checked), declare the result as an artifact and COPY it.`);
                continue;
            }
            this.source(ins, source);
        }
    }
    /** BuildKit's rule: a stage's name or index refers to the stage, anything else is an image. */
    copyFrom(ins, from) {
        if (/^\d+$/.test(from) ||
            (0,_dockerfile_stage_js__WEBPACK_IMPORTED_MODULE_8__/* .splitStages */ .KC)(this.parsed).stages.some((s) => s.name === from.toLowerCase() && s.from.line < ins.line)) {
            this.error(ins.line, `\`COPY --from=${from}\` copies from a build stage, and a build stage is a build inside the image build. ` +
                `Build that output on the runner instead (the target's \`build\` commands), declare it as an artifact and COPY it from the context.`);
            return;
        }
        if (this.target.allowCopyFrom.includes(from))
            return;
        this.error(ins.line, `\`COPY --from=${from}\` copies files out of another image, and they skip the artifact and secret checks. ` +
            `If that image is trusted, list it on target \`${this.target.name}\`: \`allow-copy-from: [${JSON.stringify(from)}]\` (pin it by digest).`);
    }
    /** Runs an expansion, turning its syntax error into a finding at the line. */
    guard(line, fn) {
        try {
            return fn();
        }
        catch (e) {
            this.error(line, `${e instanceof Error ? e.message : String(e)}; docker build would refuse the line.`);
            return undefined;
        }
    }
    /** One COPY/ADD source, relative to the context root (a leading / or ../ cannot leave it). */
    source(ins, source) {
        const rel = contextRelative(source);
        if (rel === '.')
            return;
        const artifacts = this.target.artifacts;
        const declared = `declared artifacts: ${artifacts.join(', ')}`;
        if ((0,_dockerfile_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .hasWildcard */ .rl)(rel)) {
            const matched = globContext(this.view, rel);
            if (matched.length === 0) {
                if (this.options.beforeBuild && artifacts.some((a) => !this.view.kind(a)))
                    return;
                this.error(ins.line, `\`${ins.keyword} ${source}\` matches nothing in the context (${declared}); docker build would fail.`);
                return;
            }
            const strays = matched.filter((m) => !artifacts.some((a) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_11__/* .isInside */ .F)(m, a) || (0,_paths_js__WEBPACK_IMPORTED_MODULE_11__/* .isInside */ .F)(a, m)));
            if (strays.length > 0) {
                this.error(ins.line, `\`${ins.keyword} ${source}\` also matches ${(0,_types_js__WEBPACK_IMPORTED_MODULE_7__/* .listSome */ .XT)(strays)}, which ${strays.length === 1 ? 'is not an artifact' : 'are not artifacts'}: the image is built from the artifacts alone, ` +
                    `so ${strays.length === 1 ? 'it' : 'they'} would be missing. Add ${strays.length === 1 ? 'it' : 'them'} to \`artifacts\` or narrow the pattern (${declared}).`);
            }
            return;
        }
        const container = artifacts.find((a) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_11__/* .isInside */ .F)(rel, a));
        if (container) {
            if (container !== rel && this.view.kind(container) && !this.view.kind(rel)) {
                this.error(ins.line, `\`${ins.keyword} ${source}\`: there is no ${rel} inside the artifact ${container}; docker build would fail. Check the path against the build output.`);
            }
            return;
        }
        // a parent of artifacts copies the artifacts below it, as `.` copies them all
        if (artifacts.some((a) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_11__/* .isInside */ .F)(a, rel)))
            return;
        this.error(ins.line, `\`${ins.keyword} ${source}\` copies ${rel}, which is not a declared artifact of target \`${this.target.name}\` (${declared}). ` +
            `The image is built from the artifacts alone: add ${rel} to \`artifacts\` or copy the build output instead.`);
    }
    error(line, message, column) {
        const location = line === undefined
            ? { file: this.file }
            : column === undefined
                ? { file: this.file, line }
                : { file: this.file, line, column };
        this.findings.push((0,_types_js__WEBPACK_IMPORTED_MODULE_7__/* .error */ .z3)('dockerfile', this.prefix(line, message), location));
    }
    warn(line, message) {
        this.findings.push((0,_types_js__WEBPACK_IMPORTED_MODULE_7__/* .warning */ .$e)('dockerfile', this.prefix(line, message), { file: this.file, line }));
    }
    prefix(line, message) {
        return line === undefined ? `${this.name} ${message}` : `${this.name} line ${line}: ${message}`;
    }
}
/** A COPY source as BuildKit resolves it: inside the context, whatever ../ or / it starts with. */
function contextRelative(source) {
    const clean = (0,_dockerfile_ignore_js__WEBPACK_IMPORTED_MODULE_4__/* .goClean */ .AH)(`/${source.replace(/\\/g, '/')}`);
    return clean === '/' ? '.' : clean.slice(1);
}
/** The context paths a COPY wildcard matches, segment by segment as Go's filepath.Match does. */
function globContext(view, pattern) {
    let current = [''];
    for (const segment of pattern.split('/')) {
        const next = [];
        for (const dir of current) {
            if (!(0,_dockerfile_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .hasWildcard */ .rl)(segment)) {
                const candidate = dir ? `${dir}/${segment}` : segment;
                if (view.kind(candidate))
                    next.push(candidate);
                continue;
            }
            for (const name of view.list(dir || '.'))
                if (matchesSegment(segment, name))
                    next.push(dir ? `${dir}/${name}` : name);
        }
        current = next;
    }
    return current.sort();
}
/** A malformed pattern matches nothing here; BuildKit fails the COPY, and so does the "matches nothing" finding. */
function matchesSegment(segment, name) {
    try {
        return (0,_dockerfile_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .goMatch */ .Eb)(segment, name);
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 7262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ checkIgnoreFile)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _dockerfile_ignore_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2946);
/* harmony import */ var _tree_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3736);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8255);




/**
 * A .dockerignore written for the multi-stage build usually leaves out node_modules and dist:
 * exactly the artifacts a COPY-only build needs. Docker would then fail with "not found" (or,
 * worse, build an image without them when only their contents are hidden).
 */
function checkIgnoreFile(target, tree, ignore) {
    if (!ignore)
        return [];
    const findings = ignore.problems.map((p) => (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .error */ .z3)('dockerignore', `${displayName(ignore, target)} line ${p.line}: \`${p.text}\` is not a valid pattern (${p.message}); docker build refuses the whole file. Fix or remove the line.`, { file: ignore.file, line: p.line }));
    const matcher = (0,_dockerfile_ignore_js__WEBPACK_IMPORTED_MODULE_1__/* .matcherFor */ .sp)(ignore);
    for (const artifact of tree.artifacts) {
        if (artifact.kind === 'missing')
            continue;
        const hidden = hiddenBy(matcher, tree, artifact.artifact, artifact.kind === 'dir');
        if (hidden)
            findings.push((0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .error */ .z3)('dockerignore', message(target, ignore, artifact.artifact, hidden), {
                file: ignore.file,
                line: hidden.pattern.line,
            }));
    }
    return findings;
}
/** The line that hides the artifact, or hides every file in it; undefined when something is left. */
function hiddenBy(matcher, tree, artifact, isDir) {
    const own = matcher.explain(artifact);
    if (!isDir)
        return own ? { pattern: own, contentsOnly: false } : undefined;
    if (own && matcher.skipsDirectory(artifact))
        return { pattern: own, contentsOnly: false };
    let first;
    for (const entry of (0,_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .entriesUnder */ .X2)(tree, artifact)) {
        if (entry.kind === 'dir')
            continue;
        const line = matcher.explain(entry.path);
        if (!line)
            return undefined;
        first ??= line;
    }
    // an empty directory is the artifacts check's business
    if (!first)
        return undefined;
    return own ? { pattern: own, contentsOnly: false } : { pattern: first, contentsOnly: true };
}
function message(target, ignore, artifact, hidden) {
    const file = displayName(ignore, target);
    const what = hidden.contentsOnly ? `every file inside the artifact \`${artifact}\`` : `the artifact \`${artifact}\``;
    const dockerfileName = node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(target.dockerfile);
    const perDockerfile = `${dockerfileName}.dockerignore`;
    const isPerDockerfile = node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(ignore.file) === perDockerfile;
    const fix = isPerDockerfile
        ? `Remove that line from ${perDockerfile} or add \`!${artifact}\` after it (the last matching line wins).`
        : `Remove that line or add \`!${artifact}\` after it (the last matching line wins).`;
    return `${file} line ${hidden.pattern.line} (\`${hidden.pattern.text}\`) hides ${what} from docker build, so the image would not get it. ${fix}`;
}
function displayName(ignore, target) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(target.context, ignore.file);
    return relative.startsWith('..') ? ignore.file : relative.split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/');
}


/***/ }),

/***/ 435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KK: () => (/* binding */ checkSecrets),
/* harmony export */   fp: () => (/* binding */ redactSecrets)
/* harmony export */ });
/* unused harmony export scanText */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8431);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8255);




/**
 * Secrets that would ship in the image: credentials the build used (.npmrc tokens, .env
 * files) and keys baked into the output. Findings say which file, line and kind of secret,
 * never the value: the log of a public repository's workflow is public.
 *
 * The app's own artifacts are read (up to MAX_SCAN_BYTES of each text file); node_modules is
 * only looked at by file name (plus the rare .npmrc), because a Next.js node_modules holds
 * ~20k files and its packages' test fixtures are full of sample keys.
 */
/** bytes read from each file; a secret past the first MiB of a bundle goes unseen */
const MAX_SCAN_BYTES = 1024 * 1024;
/** a NUL in the first bytes means binary, as git and grep decide */
const BINARY_PROBE = 8000;
/** files read at once */
const PARALLEL_READS = 32;
const BINARY_EXTENSIONS = new Set([
    ...['node', 'wasm', 'so', 'dylib', 'dll', 'exe', 'jar', 'class', 'pyc', 'sqlite', 'db'],
    ...['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'ico', 'bmp', 'tiff', 'woff', 'woff2', 'ttf', 'otf', 'eot'],
    ...['gz', 'tgz', 'zip', 'br', 'zst', 'xz', 'bz2', '7z', 'tar', 'pdf', 'mp3', 'mp4', 'webm', 'ogg', 'wav', 'mov'],
]);
const isExample = (m) => /EXAMPLE/.test(m);
/** Patterns with the `g` flag; each finds the secret itself so that it can be redacted. */
const CONTENT_RULES = [
    {
        kind: 'private key',
        // the header alone is a constant in every crypto library; a key has its base64 body after it
        pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----(?:\\[rn]|\s)+(?:[\w-]+: [^\n]*(?:\\n|\n))*(?:\\n|\s)*[A-Za-z0-9+/=]{40,}/g,
    },
    { kind: 'AWS access key ID', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, placeholder: isExample },
    {
        kind: 'AWS secret access key',
        pattern: /aws_?secret_?access_?key["']?\s*[:=]\s*["']?[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])/gi,
        placeholder: isExample,
    },
    { kind: 'GitHub token', pattern: /\b(?:ghp|gho|ghs|ghu|ghr)_[A-Za-z0-9]{36}\b/g },
    { kind: 'GitHub fine-grained token', pattern: /\bgithub_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}\b/g },
    { kind: 'Slack token', pattern: /\bxox[baprs]-[0-9A-Za-z-]{10,}/g },
    { kind: 'Stripe live secret key', pattern: /\b(?:sk|rk)_live_[0-9A-Za-z]{24,}\b/g },
    {
        kind: 'Google API key',
        pattern: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g,
        // browser keys (Firebase, Maps) are public by design and belong in a frontend bundle
        severity: 'warning',
        advice: 'If it is a browser key (Firebase, Maps JavaScript), restrict it to your domains and ignore this; if it is a server key, move it to the runtime environment.',
    },
];
/** auth lines of .npmrc; `${NPM_TOKEN}` references are fine, they hold no secret */
const NPMRC_AUTH = /^[ \t]*(?:\/\/[^\s=]*:)?(?:_authToken|_auth|_password)[ \t]*=[ \t]*(.*)$/gm;
const YARNRC_AUTH = /^[ \t]*(?:npmAuthToken|npmAuthIdent|npmPassword)[ \t]*:[ \t]*(.*)$/gm;
const ENV_REFERENCE = /^["']?\$\{[A-Za-z_][A-Za-z0-9_]*\}["']?\s*$/;
/** .env, .env.local, .env.production ...; the committed templates are fine */
const ENV_FILE = /^\.env(?:\.(?!(?:example|sample|template)$)[\w.-]+)?$/;
const KEY_FILE = /^id_(?:rsa|dsa|ecdsa|ed25519)$/;
/** A value (not a `$VAR` reference) assigned to a name that says it is a credential. */
const SECRET_ASSIGNMENT = /([\w-]*(?:_authToken|_auth|_password|token|password|passwd|secret|api[_-]?key))(\s*[=:]\s*)(["']?)(?!\$)[^\s"']+/gi;
async function checkSecrets(target, tree) {
    const files = tree.entries.filter((e) => e.kind === 'file');
    const results = [];
    for (let i = 0; i < files.length; i += PARALLEL_READS) {
        results.push(...(await Promise.all(files.slice(i, i + PARALLEL_READS).map((f) => checkFile(target, f)))));
    }
    return results.flat();
}
async function checkFile(target, entry) {
    const name = node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.basename(entry.path);
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(target.context, entry.path);
    const byName = nameFinding(name, entry.path, file);
    if (byName)
        return [byName];
    const isRc = name === '.npmrc' || name === '.yarnrc.yml';
    if (!isRc && ((0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .inNodeModules */ .V)(entry.path) || BINARY_EXTENSIONS.has(extension(name)) || entry.size === 0))
        return [];
    const text = await readText(file, entry.size);
    if (text === undefined)
        return [];
    if (isRc)
        return rcFindings(name, text, entry.path, file);
    return scanText(text).map((hit) => hitFinding(hit, entry.path, file));
}
function nameFinding(name, rel, file) {
    if (ENV_FILE.test(name)) {
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .error */ .z3)('secrets', `${rel} is an environment file; it would ship in the image with whatever it holds. Pass its values at run time instead ` +
            `(docker run --env-file, your platform's secrets) and keep it out of the artifact: delete it after the build or build into a directory without it. ` +
            `(Templates named .env.example, .env.sample or .env.template are allowed.)`, { file });
    }
    if (KEY_FILE.test(name)) {
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .error */ .z3)('secrets', `${rel} is an SSH private key file; it must not be in the image. Remove it from the artifact.`, { file });
    }
    return undefined;
}
function rcFindings(name, text, rel, file) {
    const pattern = name === '.npmrc' ? NPMRC_AUTH : YARNRC_AUTH;
    for (const m of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
        if (ENV_REFERENCE.test(m[1] ?? '') || (m[1] ?? '').trim() === '')
            continue;
        const line = lineOf(text, m.index ?? 0).line;
        return [
            (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .error */ .z3)('secrets', `${rel} line ${line} holds a registry credential (${name} auth setting); it would ship in the image. ` +
                `Write the token as a reference (\`\${NPM_TOKEN}\`) filled from the environment at install time, or keep the file out of the artifact ` +
                `(set it up on the runner, e.g. with actions/setup-node's registry-url).`, { file, line }),
        ];
    }
    return [];
}
function hitFinding(hit, rel, file) {
    const rule = CONTENT_RULES.find((r) => r.kind === hit.kind);
    const advice = rule?.advice ??
        'Remove it from the source and the build output, read it from the environment at run time, and rotate it: it may already be in a log or a cache.';
    const message = `${rel} line ${hit.line} holds ${/^(?:[aeiou]|AWS)/i.test(hit.kind) ? 'an' : 'a'} ${hit.kind}; it would ship in the image. ${advice}`;
    const location = { file, line: hit.line, column: hit.column };
    return hit.severity === 'warning' ? (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e)('secrets', message, location) : (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .error */ .z3)('secrets', message, location);
}
/** The secrets in `text`, first of each kind per line; positions only, never the values. */
function scanText(text) {
    const hits = [];
    const seen = new Set();
    for (const rule of CONTENT_RULES) {
        for (const m of text.matchAll(rule.pattern)) {
            if (rule.placeholder?.(m[0]))
                continue;
            const { line, column } = lineOf(text, m.index ?? 0);
            const key = `${rule.kind}:${line}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            hits.push({ kind: rule.kind, line, column, severity: rule.severity ?? 'error' });
        }
    }
    return hits.sort((a, b) => a.line - b.line || a.column - b.column);
}
/** `text` with every secret the content rules know replaced by `[redacted <kind>]`. */
function redactSecrets(text) {
    let result = text;
    for (const rule of CONTENT_RULES)
        result = result.replace(rule.pattern, (m) => (rule.placeholder?.(m) ? m : `[redacted ${rule.kind}]`));
    // `_authToken=...`, `PASSWORD=...`: values written after a name that says what they are
    return result.replace(SECRET_ASSIGNMENT, (_m, name, sep, quote) => `${name}${sep}${quote}[redacted]`);
}
/** The first MAX_SCAN_BYTES of a text file, or undefined for a binary or unreadable one. */
async function readText(file, size) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, 'r');
        const length = Math.min(size, MAX_SCAN_BYTES);
        const buffer = Buffer.alloc(length);
        const { bytesRead } = await handle.read(buffer, 0, length, 0);
        const data = buffer.subarray(0, bytesRead);
        if (data.subarray(0, BINARY_PROBE).includes(0))
            return undefined;
        return data.toString('utf8');
    }
    catch {
        return undefined;
    }
    finally {
        await handle?.close();
    }
}
function lineOf(text, index) {
    let line = 1;
    let start = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
        line++;
        start = i + 1;
    }
    return { line, column: index - start + 1 };
}
function extension(name) {
    const dot = name.lastIndexOf('.');
    return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}


/***/ }),

/***/ 3736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X2: () => (/* binding */ entriesUnder),
/* harmony export */   YG: () => (/* binding */ narrowTree),
/* harmony export */   fq: () => (/* binding */ withoutIgnored),
/* harmony export */   v8: () => (/* binding */ readArtifactTree)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _dockerfile_ignore_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2946);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8431);




/** `filter`, when given, leaves out what the image will not get (a traced node_modules' other files). */
async function readArtifactTree(context, artifacts, filter) {
    const entries = [];
    // an artifact inside another (dist and dist/public) is walked as part of the outer one
    for (const artifact of new Set(artifacts.filter((a) => !artifacts.some((o) => o !== a && (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .F)(a, o))))) {
        const stats = lstatOrUndefined(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(context, artifact));
        if (stats)
            walk(context, artifact, stats, entries, filter);
    }
    return treeOf(context, artifacts, entries);
}
/** The tree without what `filter` leaves out, measured again. */
function narrowTree(tree, filter) {
    const artifacts = tree.artifacts.map((a) => a.artifact);
    const entries = tree.entries.filter((e) => artifacts.includes(e.path) || (e.kind === 'dir' ? filter.keepsDir(e.path) : filter.keepsFile(e.path)));
    return treeOf(tree.context, artifacts, entries);
}
function treeOf(context, artifacts, entries) {
    entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const described = artifacts.map((a) => describe(context, a, entries));
    return { context, artifacts: described, entries, totalSize: sumSizes(entries) };
}
/**
 * Synchronous on purpose: for 20k entries the sync calls take a quarter of the time of
 * promise-per-entry ones (measured: 170 ms against 700 ms), and the event loop has nothing
 * better to do meanwhile than wait for the same thread pool.
 */
function walk(context, rel, stats, into, filter) {
    const entry = toEntry(rel, stats);
    if (filter && !(entry.kind === 'dir' ? filter.keepsDir(rel) : filter.keepsFile(rel)))
        return;
    into.push(entry);
    if (entry.kind !== 'dir')
        return;
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(context, rel));
    }
    catch {
        // unreadable directory: docker could not send it either; the entry itself is recorded
        return;
    }
    for (const name of names) {
        const childRel = `${rel}/${name}`;
        const childStats = lstatOrUndefined(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(context, childRel));
        if (childStats)
            walk(context, childRel, childStats, into, filter);
    }
}
function toEntry(rel, stats) {
    const kind = stats.isSymbolicLink()
        ? 'symlink'
        : stats.isDirectory()
            ? 'dir'
            : stats.isFile()
                ? 'file'
                : 'other';
    const entry = { path: rel, kind, size: kind === 'dir' ? 0 : stats.size };
    if (kind === 'file' && stats.nlink > 1)
        entry.inode = `${stats.dev}:${stats.ino}`;
    if (kind === 'file')
        entry.mtime = Math.floor(stats.mtimeMs / 1000);
    return entry;
}
function describe(context, artifact, entries) {
    const own = entries.filter((e) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .F)(e.path, artifact));
    const root = own.find((e) => e.path === artifact);
    if (!root)
        return { artifact, kind: 'missing', size: 0, files: 0 };
    const described = {
        artifact,
        kind: root.kind,
        size: sumSizes(own),
        files: own.filter((e) => e.kind === 'file').length,
    };
    if (root.kind === 'symlink')
        described.linkTarget = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(context, artifact));
    return described;
}
function sumSizes(entries) {
    const seen = new Set();
    let total = 0;
    for (const e of entries) {
        if (e.inode) {
            if (seen.has(e.inode))
                continue;
            seen.add(e.inode);
        }
        total += e.size;
    }
    return total;
}
function lstatOrUndefined(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(file);
    }
    catch {
        return undefined;
    }
}
/**
 * The tree as docker build sees it: without what the applicable ignore file leaves out of the
 * context. The content checks (secrets, native code) look at this one, so that a `.env` the
 * ignore file keeps out of the image is not reported as shipped.
 */
function withoutIgnored(tree, ignore) {
    if (!ignore || ignore.patterns.length === 0)
        return tree;
    const matcher = (0,_dockerfile_ignore_js__WEBPACK_IMPORTED_MODULE_2__/* .matcherFor */ .sp)(ignore);
    return { ...tree, entries: tree.entries.filter((e) => !matcher.matches(e.path)) };
}
/** The entries in or below `rel`. Entries are sorted, so they form one run. */
function entriesUnder(tree, rel) {
    return tree.entries.filter((e) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .F)(e.path, rel));
}


/***/ }),

/***/ 8255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   XT: () => (/* binding */ listSome),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
function error(check, message, location) {
    return location ? { check, severity: 'error', message, location } : { check, severity: 'error', message };
}
function warning(check, message, location) {
    return location ? { check, severity: 'warning', message, location } : { check, severity: 'warning', message };
}
/** "a, b, c and 4 more" */
function listSome(items, max = 10) {
    if (items.length <= max)
        return items.join(', ');
    return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}


/***/ })

};
