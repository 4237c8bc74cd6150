import { createRequire as __adbCreateRequire } from 'node:module';
const require = __adbCreateRequire(import.meta.url);
export const id = 172;
export const ids = [172];
export const modules = {

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
