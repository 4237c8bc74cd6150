import { createRequire as __adbCreateRequire } from 'node:module';
const require = __adbCreateRequire(import.meta.url);
export const id = 306;
export const ids = [306];
export const modules = {

/***/ 22306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPlan: () => (/* binding */ runPlan)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/load.ts + 1 modules
var load = __webpack_require__(32284);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/exec.ts
var exec = __webpack_require__(73190);
// EXTERNAL MODULE: ./src/git/read.ts
var read = __webpack_require__(35186);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/plan/lockfile.ts


function parseLockfile(file, text, members = new Map()) {
    try {
        switch (external_node_path_default().basename(file)) {
            case 'package-lock.json':
            case 'npm-shrinkwrap.json':
                return parseNpm(text);
            case 'pnpm-lock.yaml':
                return parsePnpm(text);
            case 'yarn.lock':
                return text.includes('__metadata:') ? parseYarnBerry(text) : parseYarnClassic(text, members);
            case 'bun.lock':
                return parseBun(text);
            default:
                return undefined;
        }
    }
    catch {
        return undefined;
    }
}
/** Keys whose entry was added, removed or changed between two graphs. */
function changedEntries(before, after) {
    const changed = new Set();
    for (const [key, entry] of after.entries)
        if (before.entries.get(key)?.fingerprint !== entry.fingerprint)
            changed.add(key);
    for (const key of before.entries.keys())
        if (!after.entries.has(key))
            changed.add(key);
    return changed;
}
/** Every entry reachable from the given members' importers (the importers themselves included). */
function closureOf(graph, members) {
    const seen = new Set();
    const stack = members.map((m) => graph.importers.get(m)).filter((k) => k !== undefined);
    while (stack.length > 0) {
        const key = stack.pop();
        if (seen.has(key))
            continue;
        seen.add(key);
        for (const dep of graph.entries.get(key)?.dependencies ?? [])
            if (!seen.has(dep))
                stack.push(dep);
    }
    return seen;
}
function depNames(entry, fields) {
    const out = [];
    for (const field of fields) {
        const deps = entry[field];
        if (deps && typeof deps === 'object') {
            for (const [name, spec] of Object.entries(deps))
                out.push([name, String(spec)]);
        }
    }
    return out;
}
const RUNTIME_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'];
const MEMBER_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];
/**
 * package-lock.json v2/v3: `packages` keyed by install path. A dependency resolves as Node
 * resolves it, from the nearest node_modules up; a workspace link points at its member's entry.
 */
function parseNpm(text) {
    const doc = JSON.parse(text);
    if (!doc.packages || (doc.lockfileVersion ?? 0) < 2)
        return undefined;
    const packages = doc.packages;
    const entries = new Map();
    const importers = new Map();
    const resolve = (from, name) => {
        for (let dir = from;; dir = external_node_path_default().posix.dirname(dir)) {
            const base = dir === '.' ? '' : dir;
            const candidate = base ? `${base}/node_modules/${name}` : `node_modules/${name}`;
            if (candidate in packages)
                return candidate;
            if (base === '')
                return undefined;
        }
    };
    for (const [key, entry] of Object.entries(packages)) {
        const isMember = !key.split('/').includes('node_modules');
        if (isMember)
            importers.set(key, key);
        let dependencies;
        if (entry.link === true && typeof entry.resolved === 'string')
            dependencies = [entry.resolved];
        else {
            dependencies = depNames(entry, isMember ? MEMBER_FIELDS : RUNTIME_FIELDS)
                .map(([name]) => resolve(key, name))
                .filter((k) => k !== undefined);
        }
        entries.set(key, { fingerprint: JSON.stringify(entry), dependencies });
    }
    return { entries, importers };
}
/**
 * pnpm-lock.yaml v6 (`/name@version` keys) and v9 (`name@version` in `packages`, dependency
 * edges in `snapshots`). A version with peers reads `1.0.0(react@19.0.0)`; a member's link to
 * another member reads `link:../lib`.
 */
function parsePnpm(text) {
    const doc = (0,dist/* parse */.qg)(text);
    const major = Number(String(doc.lockfileVersion ?? '').split('.')[0]);
    if (!(major >= 6))
        return undefined;
    const v9 = major >= 9;
    const entries = new Map();
    const importers = new Map();
    const packages = doc.packages ?? {};
    const snapshots = doc.snapshots ?? {};
    const target = (from, name, version) => {
        if (version.startsWith('link:'))
            return [`importer:${normaliseMember(external_node_path_default().posix.join(from, version.slice(5)))}`];
        // a version may itself be a full key (an alias: `npm:other@1.0.0` becomes `other@1.0.0`)
        const id = /^(@?[^@]+)@/.test(version) && !/^\d/.test(version) ? version : `${name}@${version}`;
        if (v9)
            return [`snap:${id}`, `pkg:${id.replace(/\(.*$/, '')}`];
        return [`pkg:/${id}`];
    };
    const edges = (from, entry, fields) => depNames(entry, fields).flatMap(([name, version]) => (version ? target(from, name, version) : []));
    for (const [dir, importer] of Object.entries(doc.importers ?? { '.': {} })) {
        const member = normaliseMember(dir);
        // importers give { specifier, version }; packages and snapshots give the version alone
        const flattened = {};
        for (const field of MEMBER_FIELDS) {
            const deps = importer[field];
            if (!deps || typeof deps !== 'object')
                continue;
            flattened[field] = Object.fromEntries(Object.entries(deps).map(([name, spec]) => [
                name,
                typeof spec === 'object' && spec ? String(spec.version ?? '') : String(spec),
            ]));
        }
        const key = `importer:${member}`;
        importers.set(member, key);
        entries.set(key, {
            fingerprint: JSON.stringify(importer),
            dependencies: edges(dir === '.' ? '' : dir, flattened, MEMBER_FIELDS),
        });
    }
    for (const [id, entry] of Object.entries(packages)) {
        entries.set(`pkg:${id}`, {
            fingerprint: JSON.stringify(entry),
            dependencies: v9 ? [] : edges('', entry ?? {}, RUNTIME_FIELDS),
        });
    }
    for (const [id, entry] of Object.entries(snapshots)) {
        entries.set(`snap:${id}`, {
            fingerprint: JSON.stringify(entry),
            dependencies: edges('', entry ?? {}, RUNTIME_FIELDS),
        });
    }
    return { entries, importers };
}
function normaliseMember(dir) {
    const clean = external_node_path_default().posix.normalize(dir).replace(/\/+$/, '');
    return clean === '.' ? '' : clean;
}
/** Berry's yarn.lock is YAML: keys list descriptors (`lodash@npm:^4.17.0`), members are `name@workspace:dir`. */
function parseYarnBerry(text) {
    const doc = (0,dist/* parse */.qg)(text);
    const byDescriptor = new Map();
    const entries = new Map();
    const importers = new Map();
    for (const key of Object.keys(doc)) {
        if (key === '__metadata')
            continue;
        for (const descriptor of key.split(/,\s*/)) {
            byDescriptor.set(descriptor.trim(), key);
            const member = /^(?:@[^/]+\/)?[^@]+@workspace:(.+)$/.exec(descriptor.trim());
            if (member)
                importers.set(normaliseMember(member[1]), key);
        }
    }
    for (const [key, entry] of Object.entries(doc)) {
        if (key === '__metadata')
            continue;
        const dependencies = depNames(entry, RUNTIME_FIELDS)
            .map(([name, range]) => byDescriptor.get(`${name}@${range}`) ?? byDescriptor.get(`${name}@npm:${range}`))
            .filter((k) => k !== undefined);
        entries.set(key, { fingerprint: JSON.stringify(entry), dependencies });
    }
    return { entries, importers };
}
/**
 * yarn v1's own format: unindented descriptor lists ending in `:`, fields indented by two,
 * dependency lists by four. It records no workspace members: their manifests start the closure.
 */
function parseYarnClassic(text, members) {
    if (!text.includes('# yarn lockfile v1'))
        return undefined;
    const unquote = (s) => s.trim().replace(/^"(.*)"$/, '$1');
    const blocks = [];
    let current;
    let inDeps = false;
    for (const line of text.split('\n')) {
        if (line.trim() === '' || line.startsWith('#'))
            continue;
        if (!line.startsWith(' ')) {
            current = { key: line.replace(/:\s*$/, ''), lines: [], deps: {} };
            blocks.push(current);
            inDeps = false;
            continue;
        }
        if (!current)
            continue;
        current.lines.push(line.trim());
        if (/^ {2}\S/.test(line)) {
            inDeps = /^ {2}(dependencies|optionalDependencies):\s*$/.test(line);
        }
        else if (inDeps && /^ {4}\S/.test(line)) {
            const m = /^\s*("[^"]+"|\S+)\s+(.+)$/.exec(line);
            if (m)
                current.deps[unquote(m[1])] = unquote(m[2]);
        }
    }
    const byDescriptor = new Map();
    for (const block of blocks)
        for (const d of block.key.split(/,\s*/))
            byDescriptor.set(unquote(d), block.key);
    const entries = new Map();
    const lookup = (deps) => Object.entries(deps)
        .map(([name, range]) => byDescriptor.get(`${name}@${range}`))
        .filter((k) => k !== undefined);
    for (const block of blocks)
        entries.set(block.key, { fingerprint: block.lines.join('\n'), dependencies: lookup(block.deps) });
    const importers = new Map();
    for (const [dir, deps] of members) {
        const key = `member:${dir}`;
        importers.set(dir, key);
        entries.set(key, { fingerprint: JSON.stringify(deps), dependencies: lookup(deps) });
    }
    return { entries, importers };
}
/**
 * bun.lock (JSON with trailing commas): `workspaces` by directory, `packages` by install path
 * (`name`, or `parent/name` for a nested copy), each `[ident, registry, { dependencies }, hash]`.
 * A member's own copy of a package sits under `memberName/dep`.
 */
function parseBun(text) {
    const doc = JSON.parse(text.replace(/,(\s*[}\]])/g, '$1'));
    if (!doc.workspaces || !doc.packages)
        return undefined;
    const packages = doc.packages;
    const entries = new Map();
    const importers = new Map();
    const names = (key) => {
        const parts = key.split('/');
        const out = [];
        for (let i = 0; i < parts.length; i++)
            out.push(parts[i].startsWith('@') ? `${parts[i]}/${parts[++i] ?? ''}` : parts[i]);
        return out;
    };
    const resolve = (fromPath, name) => {
        for (let n = fromPath.length; n >= 0; n--) {
            const candidate = [...fromPath.slice(0, n), name].join('/');
            if (candidate in packages)
                return `pkg:${candidate}`;
        }
        return undefined;
    };
    for (const [dir, member] of Object.entries(doc.workspaces)) {
        const key = `importer:${normaliseMember(dir)}`;
        importers.set(normaliseMember(dir), key);
        const own = typeof member.name === 'string' ? [member.name] : [];
        const dependencies = depNames(member, MEMBER_FIELDS)
            .map(([name]) => resolve(own, name))
            .filter((k) => k !== undefined);
        entries.set(key, { fingerprint: JSON.stringify(member), dependencies });
    }
    for (const [key, value] of Object.entries(packages)) {
        const ident = typeof value[0] === 'string' ? value[0] : '';
        const workspace = /@workspace:(.+)$/.exec(ident);
        const meta = value.find((v, i) => i > 0 && v && typeof v === 'object' && !Array.isArray(v));
        const dependencies = workspace
            ? [`importer:${normaliseMember(workspace[1])}`]
            : depNames(meta ?? {}, RUNTIME_FIELDS)
                .map(([name]) => resolve(names(key), name))
                .filter((k) => k !== undefined);
        entries.set(`pkg:${key}`, { fingerprint: JSON.stringify(value), dependencies });
    }
    return { entries, importers };
}

;// CONCATENATED MODULE: ./src/plan/affected.ts


/** Every target, for one reason: when there is no base to compare with. */
function planAll(targets, reason) {
    return { targets: targets.map((t) => ({ name: t.name, reasons: [reason] })), unaffected: [] };
}
/** "a", "a and b", "a, b and 3 more" */
function some(items, shown = 2) {
    if (items.length <= shown)
        return items.join(' and ');
    return `${items.slice(0, shown).join(', ')} and ${items.length - shown} more`;
}
function planAffected(targets, changes) {
    if (changes.config.added)
        return planAll(targets, `${changes.config.file} is new`);
    const plan = { targets: [], unaffected: [] };
    // the config file is judged by what changed in it, not as a file of a context it may sit in
    const files = changes.files.filter((f) => f !== changes.config.file);
    for (const target of targets) {
        const reasons = [];
        if (changes.config.topLevel)
            reasons.push(`the top level of ${changes.config.file} changed`);
        if (changes.config.targets.includes(target.name))
            reasons.push(`its entry in ${changes.config.file} changed`);
        const inContext = files.filter((f) => (0,paths/* isInside */.F)(f, target.context));
        if (inContext.length > 0)
            reasons.push(`${some(inContext)} changed in its context`);
        const own = files.filter((f) => target.files.includes(f) && !(0,paths/* isInside */.F)(f, target.context));
        if (own.length > 0)
            reasons.push(`${some(own)} changed`);
        for (const pkg of target.localPackages) {
            const inPackage = files.filter((f) => (0,paths/* isInside */.F)(f, pkg.dir));
            if (inPackage.length > 0)
                reasons.push(`local package ${pkg.name} changed: ${some(inPackage)}`);
        }
        const install = files.filter((f) => target.installFiles.includes(f));
        if (install.length > 0)
            reasons.push(`${some(install)} changed (read by every install of its workspace)`);
        const lock = target.lockfile;
        const lockChange = lock && !(0,paths/* isInside */.F)(lock.file, target.context) ? changes.lockfiles.get(lock.file) : undefined;
        if (lock && lockChange) {
            const reason = lockfileReason(lock.file, lock.members, lockChange);
            if (reason)
                reasons.push(reason);
        }
        if (reasons.length > 0)
            plan.targets.push({ name: target.name, reasons });
        else
            plan.unaffected.push(target.name);
    }
    return plan;
}
function lockfileReason(file, members, change) {
    const { before, after } = change;
    if (!before || !after)
        return `${file} changed (read as a whole: no entry-level comparison for it)`;
    const changed = changedEntries(before, after);
    // entries it used before count as much as the ones it uses now: a removed dependency changes it too
    const closure = new Set([...closureOf(before, members), ...closureOf(after, members)]);
    const hits = [...changed].filter((key) => closure.has(key)).sort();
    if (hits.length === 0)
        return undefined;
    return `${hits.length} ${hits.length === 1 ? 'entry' : 'entries'} of its dependency closure changed in ${file}: ${some(hits.map(displayKey), 3)}`;
}
/** The lockfile key as a reader finds it in the file: without the prefixes the graph adds. */
function displayKey(key) {
    return key.replace(/^(pkg|snap|importer|member):/, '');
}
function matrixOf(plan) {
    return { include: plan.targets.map((t) => ({ target: t.name })) };
}

;// CONCATENATED MODULE: ./src/plan/base.ts
const ZERO_SHA = /^0+$/;
/**
 * The commit a run's plan compares HEAD with when no `since` is given: the pull request's base
 * (HEAD is then the merge commit GitHub made of the head and that base), or on a push the commit
 * the branch pointed at before. A new branch, a tag or another event has nothing to compare
 * with: every target is planned.
 */
function defaultBase(event, payload) {
    if (event === 'pull_request' || event === 'pull_request_target') {
        const sha = payload.pull_request?.base?.sha;
        return sha ? { since: sha } : { reason: `a ${event} event without the base commit in its payload: every target` };
    }
    if (event === 'merge_group') {
        const sha = payload.merge_group?.base_sha;
        return sha ? { since: sha } : { reason: 'a merge_group event without base_sha: every target' };
    }
    if (event === 'push') {
        const before = payload.before;
        if (!before || ZERO_SHA.test(before))
            return { reason: 'a push that created the branch or tag: no previous commit, every target' };
        return { since: before };
    }
    return { reason: `a ${event} event has no previous commit to compare with: every target` };
}

;// CONCATENATED MODULE: ./src/plan/git.ts


async function git(run, cwd, args) {
    const result = await run(['git', ...args], { cwd, quiet: true, allowFailure: true });
    return { code: result.code, stdout: result.stdout };
}
async function repositoryRoot(run, cwd) {
    const top = await (0,read/* workTreeRoot */.KY)(run, cwd);
    if (!top)
        throw new errors/* UsageError */.eb(`${cwd} is not inside a git repository: plan --since compares commits`);
    return top;
}
async function resolveCommit(run, cwd, ref) {
    const found = await git(run, cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
    return found.code === 0 ? found.stdout.trim() : undefined;
}
/**
 * Fetches one commit from origin, for a shallow checkout (actions/checkout fetches one commit by
 * default) that lacks the base. GitHub serves any commit of the repository by its sha.
 */
async function fetchCommit(run, cwd, sha) {
    const fetched = await git(run, cwd, ['fetch', '--no-tags', '--quiet', '--depth=1', 'origin', sha]);
    return fetched.code === 0;
}
/**
 * The files changed from REF to HEAD. Like a pull request's diff, this starts at the merge base,
 * so that `--since main` on a branch leaves out what main did meanwhile. A shallow checkout has
 * no merge base: then the trees of REF and HEAD are compared, which is the same thing for a pull
 * request's merge commit against its base and for a push against the commit before it.
 */
async function changedFiles(run, cwd, ref) {
    const commit = await resolveCommit(run, cwd, ref);
    if (!commit) {
        throw new errors/* UsageError */.eb(`--since ${ref}: no such commit in this clone; fetch it (git fetch origin ${ref}) or, in a workflow, give actions/checkout \`fetch-depth: 0\``);
    }
    const mergeBase = await git(run, cwd, ['merge-base', commit, 'HEAD']);
    const base = mergeBase.code === 0 && mergeBase.stdout.trim() ? mergeBase.stdout.trim() : commit;
    const diff = await git(run, cwd, ['diff', '--name-only', '-z', '--no-renames', base, 'HEAD', '--']);
    if (diff.code !== 0)
        throw new errors/* UsageError */.eb(`git diff ${base} HEAD failed in ${cwd}`);
    return {
        base,
        via: base === commit && mergeBase.code !== 0 ? 'ref' : 'merge-base',
        files: diff.stdout.split('\0').filter(Boolean),
    };
}
/** A file's text at a commit; undefined when it did not exist there. */
async function fileAt(run, cwd, commit, file) {
    const shown = await git(run, cwd, ['show', `${commit}:${file}`]);
    return shown.code === 0 ? shown.stdout : undefined;
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
;// CONCATENATED MODULE: ./src/plan/summary.ts

/** The plan job's summary: what was compared, what will be built and why, what was left out. */
function renderPlanSummary(plan) {
    const total = plan.targets.length + plan.unaffected.length;
    const blocks = ['## Artifact-first Docker build: plan'];
    const compared = plan.base
        ? `Compared with ${(0,markdown/* codeSpan */.SS)(plan.base.slice(0, 12))}: ${plan.changedFiles ?? 0} changed ${plan.changedFiles === 1 ? 'file' : 'files'}.`
        : '';
    if (plan.targets.length === 0) {
        blocks.push(`**Nothing to build**: no target uses a changed file. ${compared}`.trim());
    }
    else {
        blocks.push(`**${plan.targets.length} of ${total} ${total === 1 ? 'target' : 'targets'} to build.** ${compared}`.trim());
        blocks.push((0,markdown/* markdownTable */.Qj)(['target', 'why'], plan.targets.map((t) => [`**${(0,markdown/* escapeMarkdown */.FV)(t.name)}**`, (0,markdown/* escapeMarkdown */.FV)(t.reasons.join('; '))]), ['left', 'left']));
    }
    if (plan.unaffected.length > 0)
        blocks.push(`Unaffected: ${plan.unaffected.map(markdown/* escapeMarkdown */.FV).join(', ')}.`);
    return `${blocks.join('\n\n')}\n`;
}

// EXTERNAL MODULE: ./src/workspace/graph.ts
var workspace_graph = __webpack_require__(60073);
;// CONCATENATED MODULE: ./src/plan/config-diff.ts

function config_diff_read(text) {
    if (text === undefined)
        return undefined;
    try {
        const doc = (0,dist/* parse */.qg)(text);
        return doc && typeof doc === 'object' && !Array.isArray(doc) ? doc : undefined;
    }
    catch {
        return undefined;
    }
}
/** JSON with keys sorted at every level: equal data, equal text. */
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if (value && typeof value === 'object') {
        const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
function targetsOf(doc) {
    const targets = doc.targets;
    return targets && typeof targets === 'object' && !Array.isArray(targets) ? targets : {};
}
/**
 * `before` is the config's text at the base (undefined when it did not exist or did not parse:
 * then every target counts as changed), `after` its text at HEAD.
 */
function diffConfig(file, before, after) {
    const old = config_diff_read(before);
    const now = config_diff_read(after) ?? {};
    if (!old)
        return { file, added: true, topLevel: true, targets: Object.keys(targetsOf(now)) };
    const { targets: oldTargets, ...oldTop } = old;
    const { targets: newTargets, ...newTop } = now;
    const oldEntries = targetsOf({ targets: oldTargets });
    const newEntries = targetsOf({ targets: newTargets });
    return {
        file,
        added: false,
        topLevel: canonical(oldTop) !== canonical(newTop),
        targets: Object.keys(newEntries).filter((name) => canonical(oldEntries[name]) !== canonical(newEntries[name])),
    };
}

// EXTERNAL MODULE: ./src/pm/detect.ts
var detect = __webpack_require__(90996);
;// CONCATENATED MODULE: ./src/plan/targets.ts



/** Files beside a workspace's root lockfile that every install there reads. */
const INSTALL_FILES = ['package.json', 'pnpm-workspace.yaml', '.npmrc', '.yarnrc.yml', '.pnpmfile.cjs', 'bunfig.toml'];
/** A repository-relative posix path, or undefined for one outside the repository. */
function relative(repositoryRoot, file) {
    const rel = external_node_path_default().relative(repositoryRoot, file).split((external_node_path_default()).sep).join('/');
    if (rel === '')
        return '';
    return rel.startsWith('../') || rel === '..' || external_node_path_default().isAbsolute(rel) ? undefined : rel;
}
function lockfileIn(view, dir) {
    return detect/* LOCKFILES */.JA.map((l) => external_node_path_default().join(dir, l.file)).find((file) => view.readText(file) !== undefined);
}
/** The Dockerfiles a target reads, with the per-Dockerfile ignore files BuildKit prefers. */
function dockerfiles(target) {
    const files = [target.dockerfile];
    if (target.baseline?.kind === 'dockerfile')
        files.push(target.baseline.dockerfile);
    return files.flatMap((f) => [f, `${f}.dockerignore`]);
}
/** What each target reads, as repository-relative paths: the planner's view of the config. */
function describeTargets(config, view, repositoryRoot) {
    const workspaces = new Map();
    return config.targets.map((target) => {
        const rel = (file) => relative(repositoryRoot, file);
        const inputs = {
            name: target.name,
            context: rel(target.context) ?? '',
            files: dockerfiles(target)
                .map(rel)
                .filter((f) => f !== undefined),
            localPackages: [],
            installFiles: [],
        };
        if (!workspaces.has(target.context))
            workspaces.set(target.context, (0,workspace_graph/* findWorkspace */.pl)(view, target.context, repositoryRoot));
        const graph = workspaces.get(target.context);
        const member = graph && (0,workspace_graph/* packageAt */.MU)(graph, target.context);
        if (graph && member) {
            const locals = (0,workspace_graph/* localDependencyClosure */.iJ)(graph, member.name);
            inputs.localPackages = locals.flatMap((p) => {
                const dir = rel(p.dir);
                return dir === undefined ? [] : [{ name: p.name, dir }];
            });
            inputs.installFiles = INSTALL_FILES.map((f) => rel(external_node_path_default().join(graph.root, f))).filter((f) => f !== undefined);
            const lockfile = lockfileIn(view, graph.root);
            const file = lockfile && rel(lockfile);
            if (file !== undefined && file) {
                const members = [member, ...locals].map((p) => external_node_path_default().relative(graph.root, p.dir).split((external_node_path_default()).sep).join('/'));
                // the root's own dependencies (typescript and the other build tools monorepos keep
                // there) are installed for, and used by, every member's build
                inputs.lockfile = { file, members: ['', ...members] };
            }
        }
        else {
            const lockfile = lockfileIn(view, target.context);
            const file = lockfile && rel(lockfile);
            if (file)
                inputs.lockfile = { file, members: [''] };
        }
        return inputs;
    });
}
/** The member manifests' dependencies, which yarn v1 lockfiles do not record themselves. */
function memberDependencies(view, lockfileDir) {
    const members = new Map();
    const graph = (0,workspace_graph/* findWorkspace */.pl)(view, lockfileDir);
    if (!graph)
        return members;
    members.set('', graph.rootDependencies);
    for (const pkg of graph.packages.values())
        members.set(external_node_path_default().relative(graph.root, pkg.dir).split((external_node_path_default()).sep).join('/'), pkg.dependencies);
    return members;
}

;// CONCATENATED MODULE: ./src/plan/since.ts







/**
 * The glue between git and the pure planner: what changed since `since` (undefined: plan every
 * target, for `allReason`), read at both commits, then planAffected.
 */
async function planSince(run, config, since, allReason = 'no base commit to compare with', disk = workspace_graph/* diskView */.B6) {
    const view = (0,workspace_graph/* cachedView */.yh)(disk);
    const root = await repositoryRoot(run, config.dir).catch(() => undefined);
    const targets = describeTargets(config, view, root ?? config.dir);
    if (since === undefined)
        return planAll(targets, allReason);
    if (root === undefined)
        return planAll(targets, `${config.dir} is not in a git repository`);
    const changes = await changedFiles(run, root, since);
    const configFile = external_node_path_default().relative(root, config.file).split((external_node_path_default()).sep).join('/');
    const head = (file) => fileAt(run, root, 'HEAD', file);
    const base = (file) => fileAt(run, root, changes.base, file);
    const configChange = diffConfig(configFile, await base(configFile), (await head(configFile)) ?? '');
    const lockfiles = new Map();
    for (const file of lockfilesToRead(targets, changes.files)) {
        const members = memberDependencies(view, external_node_path_default().join(root, external_node_path_default().dirname(file)));
        const [before, after] = await Promise.all([base(file), head(file)]);
        const change = {};
        const beforeGraph = before === undefined ? undefined : parseLockfile(file, before, members);
        const afterGraph = after === undefined ? undefined : parseLockfile(file, after, members);
        if (beforeGraph)
            change.before = beforeGraph;
        if (afterGraph)
            change.after = afterGraph;
        lockfiles.set(file, change);
    }
    return {
        ...planAffected(targets, { files: changes.files, config: configChange, lockfiles }),
        base: changes.base,
        changedFiles: changes.files.length,
    };
}
/** The changed lockfiles some target installs from: only those are worth reading twice. */
function lockfilesToRead(targets, files) {
    const changed = new Set(files);
    return [...new Set(targets.flatMap((t) => (t.lockfile && changed.has(t.lockfile.file) ? [t.lockfile.file] : [])))];
}
/** Lines for a person: what was compared, then each target with its reasons, then those left out. */
function describePlan(plan) {
    const lines = [];
    if (plan.base)
        lines.push(`compared with ${plan.base.slice(0, 12)}: ${plan.changedFiles ?? 0} changed ${plan.changedFiles === 1 ? 'file' : 'files'}`);
    if (plan.targets.length === 0)
        lines.push('nothing to build: no target uses a changed file');
    for (const t of plan.targets)
        lines.push(`${t.name}: ${t.reasons.join('; ')}`);
    if (plan.unaffected.length > 0)
        lines.push(`unaffected: ${plan.unaffected.join(', ')}`);
    return lines;
}

// EXTERNAL MODULE: ./src/action/publish.ts + 1 modules
var publish = __webpack_require__(33714);
// EXTERNAL MODULE: ./src/action/logger.ts
var action_logger = __webpack_require__(18980);
;// CONCATENATED MODULE: ./src/action/plan.ts














/**
 * mode plan: the matrix of the targets this pull request or push affects. The base commit is
 * fetched when the checkout lacks it (actions/checkout fetches one commit unless told otherwise).
 */
async function runPlan(inputs, workspace) {
    const logger = new action_logger/* ActionLogger */.T(workspace);
    try {
        const config = (0,load/* loadConfig */.Z)(external_node_path_default().resolve(workspace, inputs.workingDirectory, inputs.config));
        const event = process.env.GITHUB_EVENT_NAME || 'push';
        const base = inputs.since
            ? { since: inputs.since }
            : defaultBase(event, (0,read/* readEventPayload */.N5)(process.env.GITHUB_EVENT_PATH));
        const run = (0,exec/* createRunner */.ji)(new log/* MemoryLogger */.C());
        if (base.since !== undefined) {
            const root = await repositoryRoot(run, config.dir);
            if (!(await resolveCommit(run, root, base.since)) && /^[0-9a-f]{7,40}$/i.test(base.since)) {
                core/* info */.pq(`fetching ${base.since} from origin: the checkout does not have it`);
                await fetchCommit(run, root, base.since);
            }
        }
        const plan = await planSince(run, config, base.since, base.since === undefined ? base.reason : undefined);
        for (const line of describePlan(plan))
            core/* info */.pq(line);
        core/* setOutput */.uH('matrix', JSON.stringify(matrixOf(plan)));
        if (inputs.summary)
            await (0,publish/* writeSummary */.Sy)(renderPlanSummary(plan));
    }
    catch (error) {
        const location = (0,errors/* locationOf */.hD)(error);
        if (location) {
            logger.error((0,errors/* messageOf */.bD)(error), location);
            process.exitCode = core/* ExitCode */.yU.Failure;
        }
        else {
            core/* setFailed */.C1((0,errors/* messageOf */.bD)(error));
        }
    }
}


/***/ }),

/***/ 25625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ MemoryLogger)
/* harmony export */ });
/** A logger that keeps what it is told, for tests and for quiet runs. */
class MemoryLogger {
    prefix;
    lines = [];
    constructor(prefix = '') {
        this.prefix = prefix;
    }
    info(message) {
        this.lines.push(`${this.prefix}${message}`);
    }
    debug() { }
    warning(message) {
        this.lines.push(`${this.prefix}warning: ${message}`);
    }
    error(message) {
        this.lines.push(`${this.prefix}error: ${message}`);
    }
    async group(title, fn) {
        this.info(title);
        return fn();
    }
    child(prefix) {
        const child = new MemoryLogger(`${this.prefix}[${prefix}] `);
        // share one buffer so the order of lines is the order things happened
        child.lines = this.lines;
        return child;
    }
}


/***/ }),

/***/ 90996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JA: () => (/* binding */ LOCKFILES),
/* harmony export */   Lv: () => (/* binding */ detectPackageManager),
/* harmony export */   jJ: () => (/* binding */ readPackageJson)
/* harmony export */ });
/* unused harmony export parsePackageManagerField */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);



// in each package manager's own order of preference: npm reads npm-shrinkwrap.json and ignores
// package-lock.json when both are there, so the cache key must hash the shrinkwrap
const LOCKFILES = [
    { file: 'npm-shrinkwrap.json', pm: 'npm' },
    { file: 'package-lock.json', pm: 'npm' },
    { file: 'pnpm-lock.yaml', pm: 'pnpm' },
    { file: 'yarn.lock', pm: 'yarn' },
    { file: 'bun.lock', pm: 'bun' },
    { file: 'bun.lockb', pm: 'bun' },
];
function readPackageJson(dir, where) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'package.json');
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`no package.json in ${dir}; \`context\` must be the directory of the app's package.json`, where);
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`, { file }, { cause: error });
    }
}
/** "pnpm@9.12.0+sha512.abc" → { name: 'pnpm', version: '9.12.0' } */
function parsePackageManagerField(field) {
    const m = /^(@?[^@]+)(?:@([^+]+))?/.exec(field.trim());
    const result = { name: m?.[1] ?? field };
    if (m?.[2])
        result.version = m[2];
    return result;
}
/**
 * Which package manager a context uses: its packageManager field when set (then its lockfile
 * must be there), else the lockfile found. Several lockfiles without a packageManager field
 * are ambiguous, and no lockfile at all is an error: installs must be reproducible.
 */
function detectPackageManager(context, pkg, where, exists = node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync) {
    const present = LOCKFILES.filter((l) => exists(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(context, l.file)));
    const declared = pkg.packageManager ? parsePackageManagerField(pkg.packageManager) : undefined;
    if (declared && !LOCKFILES.some((l) => l.pm === declared.name)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`package.json's packageManager "${pkg.packageManager}" is not one of npm, pnpm, yarn, bun`, {
            file: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(context, 'package.json'),
        });
    }
    const candidates = declared ? present.filter((l) => l.pm === declared.name) : present;
    const chosen = candidates[0];
    if (!chosen) {
        const looked = (declared ? LOCKFILES.filter((l) => l.pm === declared.name) : LOCKFILES)
            .map((l) => l.file)
            .join(', ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`no lockfile in ${context} (looked for ${looked}); commit the lockfile your package manager writes so installs are reproducible and cacheable`, where);
    }
    if (!declared && new Set(present.map((l) => l.pm)).size > 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`several lockfiles in ${context} (${present.map((l) => l.file).join(', ')}); delete the stale ones or set "packageManager" in package.json`, where);
    }
    const spec = {
        name: chosen.pm,
        yarnBerry: chosen.pm === 'yarn' && isYarnBerry(context, declared?.version, exists),
        lockfile: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(context, chosen.file),
    };
    if (declared?.version)
        spec.version = declared.version;
    return spec;
}
function isYarnBerry(context, version, exists) {
    if (version)
        return Number(version.split('.')[0]) >= 2;
    return exists(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(context, '.yarnrc.yml'));
}


/***/ }),

/***/ 60073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B6: () => (/* binding */ diskView),
/* harmony export */   Bo: () => (/* binding */ buildOrder),
/* harmony export */   EI: () => (/* binding */ readWorkspaceGraph),
/* harmony export */   MU: () => (/* binding */ packageAt),
/* harmony export */   iJ: () => (/* binding */ localDependencyClosure),
/* harmony export */   mw: () => (/* binding */ globMatches),
/* harmony export */   pl: () => (/* binding */ findWorkspace),
/* harmony export */   yh: () => (/* binding */ cachedView)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);



const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];
/** what a package needs at run time: what ships with it */
const PRODUCTION_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'];
/** never package directories, and far too large to walk */
const SKIPPED_DIRS = new Set(['node_modules', '.git']);
/** how deep a `**` glob looks below its fixed part */
const MAX_GLOB_DEPTH = 8;
function readManifest(view, dir) {
    const text = view.readText(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'package.json'));
    if (text === undefined)
        return undefined;
    try {
        const parsed = JSON.parse(text);
        return parsed && typeof parsed === 'object' ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}
function stringList(value) {
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined;
}
/** The globs a directory declares as its workspace packages, if it is a workspace root. */
function declaredPatterns(view, dir) {
    const pnpm = view.readText(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'pnpm-workspace.yaml'));
    if (pnpm !== undefined) {
        let doc;
        try {
            doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(pnpm);
        }
        catch {
            doc = undefined;
        }
        const packages = doc && typeof doc === 'object' ? stringList(doc.packages) : undefined;
        return { patterns: packages ?? [], declaredIn: 'pnpm-workspace.yaml' };
    }
    const manifest = readManifest(view, dir);
    const field = manifest?.workspaces;
    const patterns = stringList(field) ??
        (field && typeof field === 'object' ? stringList(field.packages) : undefined);
    return patterns ? { patterns, declaredIn: 'package.json' } : undefined;
}
function segmentMatches(pattern, name) {
    const source = pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '[^/]');
    return new RegExp(`^${source}$`).test(name);
}
function segmentsMatch(pattern, segments) {
    if (pattern.length === 0)
        return segments.length === 0;
    const [head, ...rest] = pattern;
    // `**` takes any number of directories, none included (`apps/**` matches `apps` itself)
    if (head === '**')
        return segmentsMatch(rest, segments) || (segments.length > 0 && segmentsMatch(pattern, segments.slice(1)));
    return segments.length > 0 && segmentMatches(head, segments[0]) && segmentsMatch(rest, segments.slice(1));
}
/** Whether a workspace glob (`apps/*`, `packages/**`) takes in a relative posix directory. */
function globMatches(glob, relative) {
    const pattern = glob
        .replace(/^\.\//, '')
        .replace(/\/+$/, '')
        .split('/')
        .filter((s) => s !== '' && s !== '.');
    return segmentsMatch(pattern, relative.split('/').filter(Boolean));
}
/** Relative directories under root that the include globs match and no `!` glob excludes. */
function matchWorkspaceDirs(view, root, patterns) {
    const include = patterns.filter((p) => !p.startsWith('!'));
    const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
    const depth = Math.max(0, ...patterns.map((p) => (p.includes('**') ? MAX_GLOB_DEPTH : p.replace(/^!/, '').split('/').length)));
    const found = [];
    const walk = (relative, level) => {
        if (level >= depth)
            return;
        for (const name of view.listDirs(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, relative)).sort()) {
            if (SKIPPED_DIRS.has(name) || name.startsWith('.'))
                continue;
            const child = relative ? `${relative}/${name}` : name;
            if (include.some((g) => globMatches(g, child)) && !exclude.some((g) => globMatches(g, child)))
                found.push(child);
            walk(child, level + 1);
        }
    };
    walk('', 0);
    return found;
}
/**
 * Whether a range taken by a workspace package's name links that package: `workspace:` and
 * plain ranges do (npm, yarn and bun prefer the local package); an `npm:` alias, a git or a
 * tarball URL fetch something else under the same name.
 */
function isLocalRange(range) {
    if (range.startsWith('workspace:') || /^(?:file|link|portal):/.test(range))
        return true;
    return !/^(?:npm:|git[+:]|https?:|github:|[\w-]+\/[\w.-]+(?:#.*)?$)/.test(range);
}
function dependenciesOf(manifest, fields = DEPENDENCY_FIELDS) {
    const all = {};
    for (const field of fields) {
        const deps = manifest[field];
        if (!deps || typeof deps !== 'object')
            continue;
        for (const [name, range] of Object.entries(deps)) {
            if (typeof range === 'string' && !(name in all))
                all[name] = range;
        }
    }
    return all;
}
/** The workspace graph rooted at `root`, or undefined when root declares no workspaces. */
function readWorkspaceGraph(view, root) {
    const declared = declaredPatterns(view, root);
    if (!declared)
        return undefined;
    const packages = new Map();
    const production = new Map();
    for (const relative of matchWorkspaceDirs(view, root, declared.patterns)) {
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, relative);
        const manifest = readManifest(view, dir);
        if (!manifest)
            continue;
        // an unnamed package cannot be depended on; it is still a member, known by its directory
        const name = typeof manifest.name === 'string' && manifest.name ? manifest.name : relative;
        if (!packages.has(name)) {
            packages.set(name, {
                name,
                dir,
                dependencies: dependenciesOf(manifest),
                localDependencies: [],
                localProductionDependencies: [],
            });
            production.set(name, Object.keys(dependenciesOf(manifest, PRODUCTION_FIELDS)));
        }
    }
    for (const pkg of packages.values()) {
        const local = (dep) => dep !== pkg.name && packages.has(dep) && isLocalRange(pkg.dependencies[dep]);
        pkg.localDependencies = Object.keys(pkg.dependencies).filter(local).sort();
        pkg.localProductionDependencies = (production.get(pkg.name) ?? []).filter(local).sort();
    }
    const rootManifest = readManifest(view, root);
    return {
        root,
        declaredIn: declared.declaredIn,
        patterns: declared.patterns,
        rootDependencies: rootManifest ? dependenciesOf(rootManifest) : {},
        rootScripts: rootManifest?.scripts && typeof rootManifest.scripts === 'object' ? Object.keys(rootManifest.scripts).sort() : [],
        packages,
    };
}
/**
 * The workspace that a directory belongs to: the nearest ancestor (or the directory itself)
 * declaring workspaces whose globs take the directory in, or which is the directory. Undefined
 * for a standalone app.
 */
function findWorkspace(view, dir, stopAt) {
    let current = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir);
    for (;;) {
        const graph = declaredPatterns(view, current) ? readWorkspaceGraph(view, current) : undefined;
        if (graph && (current === node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir) || packageAt(graph, dir)))
            return graph;
        const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(current);
        if (parent === current || (stopAt !== undefined && current === node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(stopAt)))
            return undefined;
        current = parent;
    }
}
/** The local package whose directory is dir. */
function packageAt(graph, dir) {
    const wanted = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir);
    for (const pkg of graph.packages.values())
        if (pkg.dir === wanted)
            return pkg;
    return undefined;
}
/**
 * The local packages `name` depends on, directly or through other local packages; sorted by name.
 * `production` follows only what ships (not devDependencies), at every level.
 */
function localDependencyClosure(graph, name, options = {}) {
    const seen = new Set();
    const visit = (current) => {
        const pkg = graph.packages.get(current);
        for (const dep of (options.production ? pkg?.localProductionDependencies : pkg?.localDependencies) ?? []) {
            if (seen.has(dep))
                continue;
            seen.add(dep);
            visit(dep);
        }
    };
    visit(name);
    seen.delete(name);
    return [...seen].sort().map((n) => graph.packages.get(n));
}
/**
 * The order to build local packages in: each after the local packages it depends on (any kind
 * of dependency: a build needs its devDependencies built). A cycle is broken where it is met.
 */
function buildOrder(graph, names) {
    const wanted = new Set(names);
    const order = [];
    const seen = new Set();
    const visit = (name) => {
        if (seen.has(name))
            return;
        seen.add(name);
        const pkg = graph.packages.get(name);
        if (!pkg)
            return;
        for (const dep of pkg.localDependencies)
            visit(dep);
        if (wanted.has(name))
            order.push(pkg);
    };
    for (const name of [...names].sort())
        visit(name);
    return order;
}
/** A view that reads each file and directory once: many targets share one workspace's files. */
function cachedView(view) {
    const texts = new Map();
    const dirs = new Map();
    return {
        readText(file) {
            if (!texts.has(file))
                texts.set(file, view.readText(file));
            return texts.get(file);
        },
        listDirs(dir) {
            if (!dirs.has(dir))
                dirs.set(dir, view.listDirs(dir));
            return dirs.get(dir);
        },
    };
}
/** The real file system as a FileView. */
const diskView = {
    readText(file) {
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
        }
        catch {
            return undefined;
        }
    },
    listDirs(dir) {
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true })
                .filter((e) => e.isDirectory())
                .map((e) => e.name);
        }
        catch {
            return [];
        }
    },
};


/***/ })

};
