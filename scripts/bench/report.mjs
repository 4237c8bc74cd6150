// results.json of a bench run -> docs/benchmarks.md. Everything in the page is computed from the
// measurements, the reasons beside the goal figures included, so a rerun rewrites it whole.

const SCENARIO_TITLES = {
  cold: 'Cold: no cache at all',
  source: 'Source change: one source file of each app changed, lockfiles unchanged',
  nochange: 'No change: the same commit built again',
  oneapp: 'One app changed: one more source file of the backend changed, the frontend untouched',
  'small-cold': 'Small app, cold: a NestJS starter generated with its CLI, no cache at all',
  'small-source': 'Small app, source change: the starter with its greeting changed',
  dependency: 'Dependency change: one dependency added to each app',
};
/** the scenarios the docker-engine column is measured in (its cold run only seeds the registry) */
const DOCKER_SCENARIOS = ['source', 'nochange', 'oneapp', 'small-source'];
const APPROACH_TITLES = {
  'artifact-first': 'artifact-first (CLI, engine auto: oci here)',
  'multi-stage': 'multi-stage (BuildKit, registry inline cache)',
  docker: 'artifact-first (CLI, docker engine)',
};
const PHASES = ['restore', 'install', 'save', 'build', 'prune', 'validate', 'image', 'smoke', 'push'];
const PHASE_TITLES = {
  restore: 'restore cache',
  install: 'install',
  save: 'save cache',
  build: 'build commands (yours)',
  prune: 'prune dev deps',
  validate: 'validate',
  image: 'build image',
  smoke: 'smoke test',
  push: 'push',
};

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const sec = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} s` : '—');
export function bytes(n) {
  if (!Number.isFinite(n)) return '—';
  if (n < 1000) return `${Math.round(n)} B`;
  if (n < 1e6) return `${(n / 1e3).toFixed(1)} kB`;
  if (n < 1e9) return `${(n / 1e6).toFixed(1)} MB`;
  return `${(n / 1e9).toFixed(2)} GB`;
}
const pct = (x) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)} %` : '—');
const esc = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');
/** labels of runs recorded before registry.mjs shortened `multi:<hash>` too */
const tidy = (label) => label.replace(/\bmulti:[0-9a-f]+(\.\.\.)?/g, '…');

/** "12.3 s (11.9–13.0)": median and spread over the repetitions; just the value for one. */
function stat(xs, fmt) {
  const v = xs.filter(Number.isFinite);
  if (v.length === 0) return '—';
  const m = fmt(median(v));
  const lo = fmt(Math.min(...v));
  const hi = fmt(Math.max(...v));
  if (v.length === 1 || lo === hi) return m;
  return `${m} (${lo}–${hi})`;
}

function pick(results, scenario, approach) {
  return results.measurements.filter((m) => m.scenario === scenario && m.approach === approach && m.ok);
}
function failures(results, scenario, approach) {
  return results.measurements.filter((m) => m.scenario === scenario && m.approach === approach && !m.ok);
}

const phaseSum = (app) => PHASES.reduce((s, p) => s + (app.phases?.[p] ?? 0), 0);
/** per target: the action's own phases (all but your build commands), without waiting */
const ownTime = (app) => Math.max(0, phaseSum(app) - app.user);
/** per target: time outside any phase, mostly waiting for the other target before the push */
const waitTime = (app) => Math.max(0, app.total - phaseSum(app));

/** the CLI's time outside its pipeline: start, engine and git detection, the report */
const outsideOf = (m) => Math.max(0, m.wall - (m.pipeline ?? m.wall));

/**
 * The action's own time in a run: every second a target spent in a phase other than your build
 * commands, plus the CLI's time outside the pipeline; its share of that plus your commands.
 * Waiting for the other target (the push waits until both passed their gates) is left out: it is
 * the other target's time, already counted there.
 */
function overhead(m) {
  const apps = Object.values(m.apps);
  const own = apps.reduce((s, a) => s + ownTime(a), 0) + outsideOf(m);
  const user = apps.reduce((s, a) => s + a.user, 0);
  return { seconds: own, share: own + user > 0 ? own / (own + user) : NaN };
}

function approaches(results) {
  return [
    'artifact-first',
    'multi-stage',
    ...(results.options.docker ||
    results.measurements.some((m) => m.approach === 'docker' && !m.scenario.endsWith('seed'))
      ? ['docker']
      : []),
  ];
}

function changedText(ms, target) {
  if (ms.length === 0) return '—';
  const counts = new Map();
  let compared = 0;
  for (const m of ms) {
    const changed = m.apps[target]?.changed;
    if (!changed) continue;
    compared++;
    for (const l of changed) {
      const key = tidy(l.label || 'unnamed layer');
      const entry = counts.get(key) ?? { n: 0, sizes: [] };
      entry.n++;
      entry.sizes.push(l.size);
      counts.set(key, entry);
    }
  }
  if (compared === 0) return 'all (first push)';
  if (counts.size === 0) return 'none';
  return [...counts]
    .map(
      ([label, e]) =>
        `\`${esc(label)}\` ${bytes(median(e.sizes))}${e.n < compared ? ` (${e.n} of ${compared} runs)` : ''}`,
    )
    .join('<br>');
}

/** The targets a scenario built: the fixture's, or the small app's. */
function targetsIn(results, scenario) {
  const m = results.measurements.find((x) => x.scenario === scenario && x.ok);
  return m ? Object.keys(m.apps) : results.options.targets;
}

function scenarioTable(results, scenario) {
  const targets = targetsIn(results, scenario);
  const cols = approaches(results).filter((a) => a !== 'docker' || DOCKER_SCENARIOS.includes(scenario));
  const data = Object.fromEntries(cols.map((a) => [a, pick(results, scenario, a)]));
  const rows = [];
  rows.push([
    'wall time',
    ...cols.map((a) =>
      stat(
        data[a].map((m) => m.wall),
        sec,
      ),
    ),
  ]);
  rows.push([
    "action's own time (its phases, all targets, without waiting) and its share",
    ...cols.map((a) =>
      a === 'multi-stage'
        ? 'n/a'
        : data[a].length
          ? `${stat(
              data[a].map((m) => overhead(m).seconds),
              sec,
            )}, ${stat(
              data[a].map((m) => overhead(m).share),
              pct,
            )}`
          : '—',
    ),
  ]);
  if (cols.some((a) => a !== 'multi-stage' && data[a].some((m) => Object.values(m.apps).some((x) => x.reused)))) {
    rows.push([
      'images reused without a build (runs × targets)',
      ...cols.map((a) =>
        a === 'multi-stage'
          ? 'n/a'
          : `${data[a].reduce((n, m) => n + Object.values(m.apps).filter((x) => x.reused).length, 0)} of ${data[a].length * targets.length}`,
      ),
    ]);
  }
  rows.push([
    'bytes uploaded to the registry',
    ...cols.map((a) =>
      stat(
        data[a].map((m) => m.bytes.total),
        bytes,
      ),
    ),
  ]);
  for (const t of targets) {
    rows.push([
      `${t}: image size`,
      ...cols.map((a) =>
        stat(
          data[a].map((m) => m.apps[t]?.imageSize),
          bytes,
        ),
      ),
    ]);
    rows.push([
      `${t}: bytes uploaded`,
      ...cols.map((a) =>
        stat(
          data[a].map((m) => m.apps[t]?.bytes),
          bytes,
        ),
      ),
    ]);
    rows.push([
      `${t}: layers with a new digest (vs the previous scenario's push)`,
      ...cols.map((a) => changedText(data[a], t)),
    ]);
  }
  const failed = cols.map((a) => failures(results, scenario, a).length);
  if (failed.some((n) => n > 0)) rows.push(['failed runs (left out above)', ...failed.map(String)]);
  rows.push(['runs', ...cols.map((a) => String(data[a].length))]);
  return table(['', ...cols.map((a) => APPROACH_TITLES[a])], rows);
}

function table(head, rows, align) {
  const a = align ?? head.map((_, i) => (i === 0 ? '---' : '---:'));
  return [`| ${head.join(' | ')} |`, `| ${a.join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** median seconds per phase of the CLI's targets, and of the multi-stage builds */
function phaseTable(results, scenario) {
  const cols = [];
  for (const a of approaches(results)) {
    const ms = pick(results, scenario, a);
    if (ms.length === 0) continue;
    for (const t of targetsIn(results, scenario)) cols.push({ a, t, ms });
  }
  if (cols.length === 0) return '';
  const names = cols.map((c) => `${c.t}, ${c.a}`);
  const cell = (c, f) => {
    const v = c.ms.map((m) => (m.apps[c.t] ? f(m.apps[c.t], m) : undefined)).filter((x) => x !== undefined);
    return v.length ? sec(median(v)) : '';
  };
  const rows = [];
  for (const p of PHASES) {
    const cells = cols.map((c) => cell(c, (app) => (c.a === 'multi-stage' ? undefined : (app.phases?.[p] ?? 0))));
    if (cells.some((x) => x && x !== '0.0 s')) rows.push([PHASE_TITLES[p], ...cells]);
  }
  rows.push([
    'docker build (multi-stage)',
    ...cols.map((c) => (c.a === 'multi-stage' ? cell(c, (app) => app.phases.build) : '')),
  ]);
  rows.push([
    'docker push, 3 tags (multi-stage)',
    ...cols.map((c) => (c.a === 'multi-stage' ? cell(c, (app) => app.phases.push) : '')),
  ]);
  rows.push(['**target total**', ...cols.map((c) => cell(c, (app) => app.total))]);
  rows.push([
    "action's own time (phases other than yours)",
    ...cols.map((c) => (c.a === 'multi-stage' ? '' : cell(c, (app) => ownTime(app)))),
  ]);
  rows.push([
    'waiting for the other target, setup',
    ...cols.map((c) => (c.a === 'multi-stage' ? '' : cell(c, (app) => waitTime(app)))),
  ]);
  rows.push([
    'CLI outside the pipeline, per run (start, engine and git detection, report)',
    ...cols.map((c) => (c.a === 'multi-stage' ? '' : cell(c, (_, m) => outsideOf(m)))),
  ]);
  return table(
    ['median seconds', ...names],
    rows.filter((r) => r.slice(1).some((x) => x !== '')),
  );
}

/** What ran against the commit: the bench runs dist/, so src/'s changes are in it only once built. */
function commitState(m) {
  if (m.srcOrDistChanged !== undefined) return m.srcOrDistChanged ? ' with uncommitted changes in src/ or dist/' : '';
  if (m.distChanged) return ' with uncommitted changes in dist/ (in what ran)';
  return m.srcChanged
    ? ', dist/ as committed (src/ had uncommitted changes, which the bundle that ran does not hold)'
    : '';
}

// ---- goal figures

function ratioGoal(results, scenario, limit, label) {
  const af = pick(results, scenario, 'artifact-first').map((m) => m.wall);
  const ms = pick(results, scenario, 'multi-stage').map((m) => m.wall);
  const ratio = median(af) / median(ms);
  const met = ratio <= limit;
  const top = topPhases(pick(results, scenario, 'artifact-first'), false);
  const userPath = median(
    pick(results, scenario, 'artifact-first').map((m) => Math.max(...Object.values(m.apps).map((a) => a.user))),
  );
  const floor =
    userPath > 0.05
      ? ` Your build commands alone, on the slowest target, take ${sec(userPath)} (${(userPath / median(ms)).toFixed(2)}× the multi-stage time): with no overhead at all that is the floor.`
      : '';
  const docker = pick(results, scenario, 'docker').map((m) => m.wall);
  const dockerText = docker.length
    ? ` With the docker engine: ${sec(median(docker))}, ${(median(docker) / median(ms)).toFixed(2)}×.`
    : '';
  const reason = met
    ? `artifact-first ${sec(median(af))} against multi-stage ${sec(median(ms))}.${floor}${dockerText}`
    : `artifact-first ${sec(median(af))} against multi-stage ${sec(median(ms))} (the bound is ${sec(median(ms) * limit)}). ` +
      `Where artifact-first's time goes (median seconds, summed over the targets): ${top}.${floor}${dockerText}`;
  return {
    goal: label,
    measured: `${ratio.toFixed(2)}× the multi-stage time (bound ${limit.toFixed(2)}×)`,
    met,
    reason,
    value: ratio,
  };
}

/** "build image 12.3 s, install 8.1 s, ..." over the targets, largest first */
function topPhases(ms, overheadOnly) {
  const sums = {};
  for (const p of PHASES) {
    if (overheadOnly && p === 'build') continue;
    const v = ms.map((m) => Object.values(m.apps).reduce((s, a) => s + (a.phases?.[p] ?? 0), 0));
    sums[p] = median(v);
  }
  const outside = median(ms.map(outsideOf));
  const items = Object.entries(sums)
    .filter(([, v]) => v >= 0.05)
    .sort((a, b) => b[1] - a[1])
    .map(([p, v]) => `${PHASE_TITLES[p]} ${sec(v)}`);
  if (Number.isFinite(outside) && outside >= 0.05) items.push(`CLI outside the pipeline ${sec(outside)}`);
  return items.join(', ');
}

/** a target's phases other than your build commands and the restore: what the action adds to them */
const addedPhases = (app) =>
  PHASES.filter((p) => p !== 'build' && p !== 'restore').reduce((sum, p) => sum + (app.phases?.[p] ?? 0), 0);

/** "smoke test 0.6 s (of which your server's start until it answered: 0.4 s), build image 0.3 s": a target's added phases, medians */
function addedParts(runs, t) {
  const parts = {};
  for (const p of PHASES.filter((x) => x !== 'build' && x !== 'restore'))
    parts[p] = median(runs.map((m) => m.apps[t]?.phases?.[p] ?? 0));
  const starts = runs.map((m) => m.apps[t]?.appStart).filter((v) => Number.isFinite(v));
  return Object.entries(parts)
    .filter(([, v]) => v >= 0.05)
    .sort((a, b) => b[1] - a[1])
    .map(([p, v]) =>
      p === 'smoke' && starts.length > 0
        ? `${PHASE_TITLES[p]} ${sec(v)} (of which your server's start until it answered: ${sec(median(starts))})`
        : `${PHASE_TITLES[p]} ${sec(v)}`,
    )
    .join(', ');
}

/**
 * The limit first: what the action adds to your build commands and the node_modules restore on a
 * warm run, two ways, both held against the 3 s. A target built alone (one app changed, the other
 * reused; the small app): its phases other than those two, plus the CLI's time outside its
 * pipeline. Two targets at once (source change): the run's wall time beyond its slowest target's
 * restore and build commands, which is what you wait for on top of your own builds; there the
 * faster target's phases overlap the slower one's build, sharing the machine's cores with it, so
 * they are reported for where the time goes but not added up.
 */
function addedGoal(results, approach, label) {
  const alone = [
    { scenario: 'oneapp', title: 'one app changed' },
    { scenario: 'small-source', title: 'small app, source change' },
  ].flatMap(({ scenario, title }) => {
    const runs = pick(results, scenario, approach);
    const built = Object.keys(runs[0]?.apps ?? {}).filter((t) => runs.every((m) => m.apps[t] && !m.apps[t].reused));
    return built.map((t) => {
      const value = median(runs.map((m) => addedPhases(m.apps[t]) + outsideOf(m)));
      const where = addedParts(runs, t);
      return {
        value,
        target: t,
        text: `${t} (${title}, ${runs.length} runs): ${sec(value)} = ${where ? `${where}, ` : ''}the CLI outside its pipeline ${sec(median(runs.map(outsideOf)))}`,
      };
    });
  });

  const runs = pick(results, 'source', approach);
  const slowestOf = (m) =>
    Object.entries(m.apps)
      .map(([t, a]) => ({ t, mine: (a.phases?.restore ?? 0) + (a.phases?.build ?? 0) }))
      .sort((a, b) => b.mine - a.mine)[0];
  const beyond = median(runs.map((m) => m.wall - (slowestOf(m)?.mine ?? 0)));
  const targets = Object.keys(runs[0]?.apps ?? {});
  const overlapped = targets
    .map((t) => {
      const n = runs.filter((m) => {
        const slowest = slowestOf(m);
        // the targets start together; a target's total also holds its wait for the others before the push
        const gates = phaseSum(m.apps[t]) - (m.apps[t].phases?.push ?? 0);
        return slowest && slowest.t !== t && gates <= slowest.mine;
      }).length;
      return n > 0
        ? `${t}'s phases up to its smoke test took less time than the slowest target's restore and build in ${n} of ${runs.length} runs`
        : '';
    })
    .filter(Boolean);
  const together = runs.length
    ? `${targets.length > 1 ? `${targets.length} targets at once` : 'The same target'} (source change, ${runs.length} runs): the run took ${sec(beyond)} beyond its slowest target's restore and build commands (wall ${sec(median(runs.map((m) => m.wall)))}). ${targets.length > 1 ? "Each target's own phases there, sharing the machine's cores with the other targets' builds" : 'Its phases there'}: ${targets.map((t) => `${t}: ${addedParts(runs, t) || 'none'}`).join('; ')}${overlapped.length ? ` (${overlapped.join('; ')}, so its phases added nothing to the wall time beyond slowing that build)` : ''}.`
    : '';
  const values = [...alone.map((a) => a.value), ...(runs.length ? [beyond] : [])].filter(Number.isFinite);
  const worst = values.length ? Math.max(...values) : NaN;
  return {
    goal: label,
    measured: Number.isFinite(worst)
      ? `${sec(worst)} at the most (${[...alone.map((a) => `${a.target} alone ${sec(a.value)}`), ...(runs.length ? [`${Object.keys(runs[0].apps).length} targets at once ${sec(beyond)}`] : [])].join(', ')})`
      : 'not measured',
    met: worst <= 3,
    reason: `A target built alone: ${alone.map((a) => a.text).join('; ') || 'not measured'}. ${together}`.trim(),
    value: worst,
  };
}

/**
 * The restore close to the disk's speed: the CLI's node_modules restore (its own figure, which
 * holds the digest check and the staging) against the same archive unpacked by plain `tar` right
 * after the run, on the same disk. Held against the goal where the run restored one tree, as the
 * plain unpack does (one app changed, the small app); where two targets restored at once (source
 * change) the figures are shown but not held against it, since there the two restores shared the
 * cores and the disk and each plain unpack had them alone. "Close" is within 20 % or 0.2 s.
 */
function restoreGoal(results) {
  const alone = [];
  const together = [];
  for (const scenario of ['oneapp', 'small-source', 'source'])
    for (const m of pick(results, scenario, 'artifact-first')) {
      const restored = Object.entries(m.apps).filter(([, a]) => Number.isFinite(a.restoreModules?.plain));
      for (const [t, a] of restored) (restored.length === 1 ? alone : together).push({ t, ...a.restoreModules });
    }
  const ratio = median(alone.map((p) => p.seconds / Math.max(p.plain, 0.05)));
  const byTarget = (pairs) =>
    [...new Set(pairs.map((p) => p.t))].map((t) => {
      const mine = pairs.filter((p) => p.t === t);
      return `${t}: ${stat(
        mine.map((p) => p.seconds),
        sec,
      )} against ${stat(
        mine.map((p) => p.plain),
        sec,
      )} for plain tar (${bytes(median(mine.map((p) => p.archiveBytes)))} archive, ${mine.length} runs)`;
    });
  const both = together.length
    ? ` Where the targets restored at once (source change), not held against the goal since each plain unpack had the machine alone: ${byTarget(together).join('; ')}.`
    : '';
  return {
    goal: "warm run: the node_modules restore runs close to the disk's speed (within 20 % or 0.2 s of plain `tar` unpacking the same archive on the same disk)",
    measured: alone.length
      ? `${ratio.toFixed(2)}× plain tar's time (the median of ${alone.length} runs' ratios)`
      : 'not measured',
    met: alone.length > 0 && (ratio <= 1.2 || median(alone.map((p) => p.seconds - p.plain)) <= 0.2),
    reason: alone.length
      ? `The CLI's own figure for the restore (its log's "restored node_modules … in N s": the digest is checked while tar unpacks into a staging directory, then renamed into place) against \`tar --use-compress-program 'zstd -d' -xf\` of the same entry into a scratch directory right after the run; the runs that restored one tree (one app changed, small app): ${byTarget(alone).join('; ')}. This disk's speed varies from run to run (the plain unpack's own spread shows how much), hence the spreads.${both}`
      : 'No exact node_modules hit was logged.',
    value: alone.length ? ratio : NaN,
  };
}

function overheadGoal(results) {
  const ms = pick(results, 'source', 'artifact-first');
  const shares = ms.map((m) => overhead(m).share);
  const share = median(shares);
  const met = share <= 0.1;
  const noChange = pick(results, 'nochange', 'artifact-first').map((m) => overhead(m).share);
  return {
    goal: "action's own time at most 10 % of a warm run (source change, warm node_modules cache)",
    measured: `${pct(share)}${noChange.length ? ` (no change: ${sec(median(pick(results, 'nochange', 'artifact-first').map((m) => overhead(m).seconds)))} of the action's own${median(pick(results, 'nochange', 'artifact-first').map((m) => Object.values(m.apps).reduce((s, a) => s + a.user, 0))) > 0 ? `, ${pct(median(noChange))}` : ', none of yours: nothing was built'})` : ''}`,
    met,
    reason: `The action's phases other than your build commands (all targets, waiting excluded) plus the CLI's time outside its pipeline, over that plus your build commands. The action's own steps on the source-change run (median seconds, summed over the targets): ${topPhases(ms, true)}.`,
    value: share,
  };
}

/** compressed bytes of the layers a push made that the previous push of the same approach lacked */
function changedSize(app) {
  return app?.changed ? app.changed.reduce((sum, l) => sum + l.size, 0) : NaN;
}

/** bytes uploaded over the changed layers' compressed size, one ratio per run */
function bytesRatios(ms, targets) {
  return ms.map((m) => m.bytes.total / targets.reduce((s, t) => s + changedSize(m.apps[t]), 0)).filter(Number.isFinite);
}

/** "backend: 7.4 kB sent for changed layers of 2.4 kB (3.10×)" per target, medians over the runs */
function perAppBytes(ms, targets) {
  return targets
    .map((t) => {
      const runs = ms.map((m) => m.apps[t]).filter((a) => a && Number.isFinite(changedSize(a)));
      if (runs.length === 0) return undefined;
      const sent = median(runs.map((a) => a.bytes));
      const layers = median(runs.map(changedSize));
      return `${t}: ${bytes(sent)} sent for changed layers of ${bytes(layers)}${layers > 0 ? ` (${(sent / layers).toFixed(2)}×)` : ''}`;
    })
    .filter(Boolean)
    .join('; ');
}

function bytesGoal(results) {
  const targets = results.options.targets;
  const ms = pick(results, 'source', 'artifact-first');
  const docker = pick(results, 'source', 'docker');
  const multi = pick(results, 'source', 'multi-stage');
  const ratio = median(bytesRatios(ms, targets));
  const dockerRatios = bytesRatios(docker, targets);
  const msRatios = bytesRatios(multi, targets);
  const what = new Map();
  for (const m of ms) {
    for (const t of targets) {
      for (const u of m.apps[t]?.uploads ?? []) {
        const key = `${t}: ${tidy(u.what)}`;
        what.set(key, [...(what.get(key) ?? []), u.bytes]);
      }
    }
  }
  const parts = [...what]
    .map(([k, v]) => [k, median(v)])
    .sort((a, b) => b[1] - a[1])
    .filter(([, v], i) => i < 4 || v >= 10_000)
    .map(([k, v]) => `${esc(k)} ${bytes(v)}`)
    .join(', ');
  const total = (xs) => (xs.length ? bytes(median(xs.map((m) => m.bytes.total))) : '—');
  const like = multi.length
    ? ` Like with like, the same source change: artifact-first uploaded ${total(ms)}${docker.length ? ` (docker engine ${total(docker)})` : ''}, multi-stage ${total(multi)}. Multi-stage, for comparison: ${msRatios.length ? `${median(msRatios).toFixed(2)}×` : '—'} (${perAppBytes(multi, targets)}).`
    : '';
  return {
    goal: "bytes uploaded on a source change at most 1.2× the changed layers' compressed size (layers whose digest differs from the previous push of the same approach)",
    measured: `${Number.isFinite(ratio) ? ratio.toFixed(2) : '—'}×`,
    met: ratio <= 1.2,
    reason: `${perAppBytes(ms, targets)}. What was uploaded (median bytes per blob, the largest): ${parts || 'nothing'}.${dockerRatios.length ? ` With the docker engine: ${median(dockerRatios).toFixed(2)}×.` : ''}${like}`,
    value: ratio,
  };
}

function goals(results) {
  const rows = [
    ratioGoal(
      results,
      'small-source',
      0.6,
      'a small app (NestJS starter), source change: at most 0.6× the multi-stage time',
    ),
    ratioGoal(results, 'source', 0.8, 'the fixture, source change: artifact-first at most 0.8× the multi-stage time'),
    ratioGoal(results, 'oneapp', 0.4, 'one app of the monorepo changed, the other untouched: at most 0.4×'),
    ratioGoal(results, 'cold', 1.0, 'cold: at most 1.0×'),
    ratioGoal(results, 'nochange', 0.1, 'no change: at most 0.1×'),
    addedGoal(
      results,
      'artifact-first',
      'warm run: the action adds at most 3 s per target to your build commands and the restore (engine auto)',
    ),
    restoreGoal(results),
    ...(pick(results, 'source', 'docker').length
      ? [addedGoal(results, 'docker', 'the same with the docker engine')]
      : []),
    overheadGoal(results),
    bytesGoal(results),
  ];
  return table(
    ['goal', 'measured (median)', 'met?', 'why'],
    rows.map((g) => [
      g.goal,
      g.measured,
      Number.isFinite(g.value) ? (g.met ? '**met**' : '**not met**') : 'not measured',
      esc(g.reason),
    ]),
    ['---', '---', '---', '---'],
  );
}

function changedLayersSection(results) {
  const lines = [];
  for (const a of approaches(results)) {
    for (const t of results.options.targets) {
      const ms = pick(results, 'source', a).filter((m) => m.apps[t]?.changed);
      if (ms.length === 0) continue;
      lines.push([
        APPROACH_TITLES[a],
        t,
        changedText(ms, t),
        stat(
          ms.map((m) => changedSize(m.apps[t])),
          bytes,
        ),
        stat(
          ms.map((m) => m.apps[t].bytes),
          bytes,
        ),
      ]);
    }
  }
  return table(
    ['approach', 'app', 'layers with a new digest (source change)', 'their compressed size', 'bytes uploaded'],
    lines,
    ['---', '---', '---', '---:', '---:'],
  );
}

// ---- image size

/** the small app's target (scripts/bench/small-app.mjs) */
const SMALL_TARGET = 'api';

/** ok runs of `approach` in `scenarios` with a figure for `target` */
function appRuns(results, scenarios, approach, target) {
  return results.measurements.filter(
    (m) => m.ok && m.approach === approach && scenarios.includes(m.scenario) && m.apps?.[target],
  );
}

const ratioText = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '—');

/** The image of `target` against its multi-stage twin, both as `docker image inspect` sizes them. */
function imageRatioGoal(results, { goal, target, scenarios, bound }) {
  const af = appRuns(results, scenarios, 'artifact-first', target)
    .map((m) => m.apps[target].imageSize)
    .filter(Number.isFinite);
  const ms = appRuns(results, scenarios, 'multi-stage', target)
    .map((m) => m.apps[target].imageSize)
    .filter(Number.isFinite);
  const value = median(af) / median(ms);
  return {
    goal,
    measured: Number.isFinite(value)
      ? `${ratioText(value)}: ${bytes(median(af))} against ${bytes(median(ms))}`
      : `not measured${results.options.targets.includes(target) ? '' : ` (${target} is not among this run's targets)`}`,
    bound: `1/3 (${bound.toFixed(3)}×)`,
    met: value <= bound,
    how: `\`docker image inspect\` Size (uncompressed) of the \`sha-<sha7>\` tag after each push, ${af.length} artifact-first and ${ms.length} multi-stage runs (scenarios ${scenarios.join(', ')}), medians`,
    value,
  };
}

/** node_modules in the image over the pruned tree, as the CLI's --json reports the trace, and the smoke test. */
function traceSizeGoal(results, { goal, target, scenarios, bound }) {
  const runs = appRuns(results, scenarios, 'artifact-first', target).filter((m) => m.apps[target].trace);
  const traces = runs.map((m) => m.apps[target].trace);
  const value = median(traces.map((t) => t.after.bytes / t.before.bytes));
  const smokeOk = runs.filter((m) => m.apps[target].smoke === 'ok').length;
  const layer = traces.map((t) => t.layerSize).filter(Number.isFinite);
  const msImage = appRuns(results, scenarios, 'multi-stage', target)
    .map((m) => m.apps[target].imageSize)
    .filter(Number.isFinite);
  const afImage = runs.map((m) => m.apps[target].imageSize).filter(Number.isFinite);
  const tree = traces.length
    ? `${bytes(median(traces.map((t) => t.after.bytes)))} of ${bytes(median(traces.map((t) => t.before.bytes)))}`
    : '';
  return {
    goal,
    measured: traces.length
      ? `${ratioText(value)}: ${tree}; smoke test passed in ${smokeOk} of ${runs.length} runs`
      : 'not measured (no run of this target with a trace)',
    bound: `1/3 (${bound.toFixed(3)}×), smoke test passing`,
    met: value <= bound && smokeOk === runs.length,
    how:
      `the trace's node_modules before (the pruned production tree) and after, in bytes, as the CLI's \`--json\` reports them (\`run.targets[].trace\`), ${traces.length} runs (scenarios ${scenarios.join(', ')}); the smoke test's phase status from the same output` +
      (layer.length
        ? `; the image's node_modules layer (uncompressed, \`docker history\`): ${bytes(median(layer))}`
        : '') +
      (afImage.length && msImage.length
        ? `; whole image ${bytes(median(afImage))} against multi-stage ${bytes(median(msImage))} (\`docker image inspect\`)`
        : ''),
    value,
  };
}

/** Seconds the trace phase took on warm runs (source change: node_modules from the cache, the app rebuilt). */
function warmTraceGoal(results, bound) {
  const items = [];
  for (const { scenario, target } of [
    { scenario: 'source', target: 'backend' },
    { scenario: 'small-source', target: SMALL_TARGET },
  ]) {
    for (const approach of ['artifact-first', 'docker']) {
      const traces = appRuns(results, [scenario], approach, target)
        .map((m) => m.apps[target].trace)
        .filter(Boolean);
      if (traces.length) items.push({ target, approach, traces });
    }
  }
  const all = items.flatMap((i) => i.traces.map((t) => t.seconds));
  const value = Math.max(...items.map((i) => median(i.traces.map((t) => t.seconds))));
  return {
    goal: 'tracing costs at most 1 s on a warm run (cached by content)',
    measured: all.length
      ? items
          .map(
            (i) =>
              `${i.target}, ${i.approach === 'docker' ? 'docker engine' : 'engine auto'}: ${stat(
                i.traces.map((t) => t.seconds),
                sec,
              )} (${i.traces.filter((t) => t.reused === 'result').length} of ${i.traces.length} from the kept result)`,
          )
          .join('; ')
      : 'not measured',
    bound: sec(bound),
    met: value <= bound,
    how: "the trace phase's seconds as the CLI's `--json` reports them (`run.targets[].trace.seconds`) on the source-change runs: finding where the app's files enter node_modules, looking the result up in the cache and, on a miss, tracing node_modules and measuring the tree; the slowest target's median counts",
    value: all.length ? value : NaN,
  };
}

function sizeSection(results) {
  const fixtureScenarios = ['cold', 'source', 'nochange', 'oneapp', 'dependency'];
  const rows = [
    imageRatioGoal(results, {
      goal: 'fixture frontend (Next.js standalone) image at most 1/3 of its multi-stage image',
      target: 'frontend',
      scenarios: fixtureScenarios,
      bound: 1 / 3,
    }),
    traceSizeGoal(results, {
      goal: 'fixture backend with `trace`: node_modules in the image at most 1/3 of the pruned tree, smoke test passing',
      target: 'backend',
      scenarios: fixtureScenarios,
      bound: 1 / 3,
    }),
    traceSizeGoal(results, {
      goal: 'NestJS starter with `trace`: node_modules in the image at most 1/3 of the pruned tree, smoke test passing',
      target: SMALL_TARGET,
      scenarios: ['small-cold', 'small-source'],
      bound: 1 / 3,
    }),
    warmTraceGoal(results, 1),
  ];
  return [
    '## Image size',
    '',
    table(
      ['goal', 'measured (median)', 'bound', 'met?', 'how measured'],
      rows.map((g) => [
        g.goal,
        g.measured,
        g.bound,
        Number.isFinite(g.value) ? (g.met ? '**met**' : '**not met**') : 'not measured',
        esc(g.how),
      ]),
      ['---', '---', '---', '---', '---'],
    ),
    '',
  ].join('\n');
}

function engineSection(results) {
  if (!results.measurements.some((m) => m.approach === 'docker' && !m.scenario.endsWith('seed'))) return '';
  const rows = [];
  const SHORT_TITLES = {
    source: 'source change',
    nochange: 'no change',
    oneapp: 'one app changed',
    'small-source': 'small app, source change',
  };
  for (const scenario of DOCKER_SCENARIOS) {
    if (pick(results, scenario, 'docker').length === 0) continue;
    const targets = targetsIn(results, scenario);
    const d = pick(results, scenario, 'artifact-first');
    const o = pick(results, scenario, 'docker');
    rows.push([
      `${SHORT_TITLES[scenario]}: wall time`,
      stat(
        d.map((m) => m.wall),
        sec,
      ),
      stat(
        o.map((m) => m.wall),
        sec,
      ),
    ]);
    for (const p of ['image', 'push']) {
      rows.push([
        `${SHORT_TITLES[scenario]}: ${PHASE_TITLES[p]} (summed over targets)`,
        stat(
          d.map((m) => Object.values(m.apps).reduce((s, a) => s + (a.phases?.[p] ?? 0), 0)),
          sec,
        ),
        stat(
          o.map((m) => Object.values(m.apps).reduce((s, a) => s + (a.phases?.[p] ?? 0), 0)),
          sec,
        ),
      ]);
    }
    rows.push([
      `${SHORT_TITLES[scenario]}: bytes uploaded`,
      stat(
        d.map((m) => m.bytes.total),
        bytes,
      ),
      stat(
        o.map((m) => m.bytes.total),
        bytes,
      ),
    ]);
    const ratio = (ms) => stat(bytesRatios(ms, targets), (x) => `${x.toFixed(2)}×`);
    rows.push([`${SHORT_TITLES[scenario]}: bytes uploaded / changed layers' compressed size`, ratio(d), ratio(o)]);
    for (const t of targets) {
      rows.push([`${SHORT_TITLES[scenario]}: ${t} layers with a new digest`, changedText(d, t), changedText(o, t)]);
    }
  }
  const seeds = results.measurements.filter((m) => m.approach === 'docker' && m.scenario === 'seed');
  return [
    '## engines: auto (oci here) vs docker',
    '',
    'The same CLI and config: the default, `engine: auto`, which on this machine picks the daemonless oci engine (it builds the layers itself, reads the base `' +
      results.options.benchBase +
      '` from the daemon once and keeps it, pushes with the registry API, and loads the image so the smoke test runs), against `--engine docker`. Before the source-change scenario the docker column pushed the base commit once (not timed as a column; ' +
      `${seeds.filter((s) => s.ok).length} of ${seeds.length} such runs succeeded, median ${stat(
        seeds.filter((s) => s.ok).map((s) => s.wall),
        sec,
      )}) with the node_modules cache the auto column had warmed, so both columns start from the same registry state and cache.`,
    '',
    table(['', 'engine auto (oci here)', 'docker engine'], rows),
    '',
    '### Per phase, source change',
    '',
    phaseTable(
      { ...results, measurements: results.measurements.filter((m) => m.approach !== 'multi-stage') },
      'source',
    ),
    '',
  ].join('\n');
}

export function renderMarkdown(results) {
  const m = results.machine;
  const o = results.options;
  const partial = results.repsDone !== undefined && results.repsDone < o.reps;
  const out = [];
  out.push('# Benchmarks: artifact-first vs multi-stage');
  out.push('');
  out.push(
    `Generated by \`${results.command}\` (\`scripts/bench.mjs\`) on ${m.date.slice(0, 10)}; every figure below is measured in that one run, ` +
      `${results.repsDone ?? 0} repetition(s) of every scenario${partial ? ` (of ${o.reps} planned: the run was stopped early)` : ''}, targets ${o.targets.join(', ')}. ` +
      'Figures are medians with the spread (min–max) over the repetitions in brackets.',
  );
  if (results.notes.length) {
    out.push('');
    for (const n of results.notes) out.push(`> ${esc(n)}`);
  }
  out.push('');
  out.push('## Goal figures');
  out.push('');
  out.push(goals(results));
  out.push('');
  out.push('## Machine');
  out.push('');
  out.push(
    table(
      ['', ''],
      [
        ['date', m.date],
        ['CPU', `${m.cpu}, ${m.cores} cores`],
        ['memory', bytes(m.memoryBytes)],
        ['OS', `${m.os ?? '?'}, kernel ${m.kernel}`],
        [
          'Docker engine',
          `${m.dockerServer}, storage driver ${m.storageDriver}${m.backingFs ? ` on ${m.backingFs}` : ''}, no bridge network (\`--network host\`)`,
        ],
        [
          'docker CLIs',
          `${m.dockerCli} (first on PATH, no buildx: the CLI's docker engine and \`docker push\`), ${m.buildkitCli} (${'`/usr/bin/docker`'}, BuildKit for the multi-stage builds)`,
        ],
        [
          'registry',
          `${m.registry ?? 'distribution registry'} on ${o.registry}, filesystem storage, behind the bench's counting proxy on ${o.proxy}`,
        ],
        ['Node / npm', `${m.node} / ${m.npm}`],
        ['artifact-docker-build', `${m.commit}${commitState(m)}, dist/cli/index.js built ${m.cliBuiltAt ?? '?'}`],
      ],
      ['---', '---'],
    ),
  );
  out.push('');
  const load = results.load
    ? ` Load average (1 min) at the start ${results.load.start.toFixed(1)}${results.load.end !== undefined ? `, at the end ${results.load.end.toFixed(1)}` : ''}, on ${m.cores} cores.`
    : '';
  out.push(
    `Other work shared the machine during the run (it is a 2-core development machine), so the spreads matter more than the last tenth of a second.${load}`,
  );
  out.push('');
  out.push('## Reproduce');
  out.push('');
  out.push('```sh');
  out.push(
    'bash scripts/ci/services.sh      # Docker engine (no bridge) and the registry on 127.0.0.1:5000, when not up',
  );
  out.push('npm run build                    # the bench runs dist/cli/index.js as it is (or pass --build)');
  const minutes = results.finishedAt
    ? Math.round((Date.parse(results.finishedAt) - Date.parse(results.startedAt)) / 60000)
    : undefined;
  out.push('npm run bench                    # 3 repetitions, both apps, every scenario, docker-engine column');
  out.push('npm run bench -- --reps 1        # one repetition');
  out.push('npm run bench -- --quick         # backend only, 1 repetition: checks the script in a few minutes');
  out.push('```');
  out.push('');
  out.push(`This page: \`${results.command}\`${minutes !== undefined ? `, which took ${minutes} min` : ''}.`);
  out.push('');
  out.push(
    `The raw measurements (every phase, layer digest and uploaded blob) are written to \`results.json\` in the bench's work directory (printed at the end, under \`${'$TMPDIR'}/adb-bench-*\`); \`npm run bench -- --render results.json\` rewrites this page from them.`,
  );
  out.push('');
  out.push('## Method');
  out.push('');
  out.push(`Every scenario is measured for every approach as a fresh runner would see it:

- **Workspace**: the fixture's tracked files (\`git ls-files fixtures/monorepo\`) copied into a new temp directory, \`artifact-build.yml\` rewritten for the bench (registry, base image, targets), then \`git init -b main\` and one commit with a fixed author and date, so that building "the same commit again" really is the same sha. No node_modules, dist/ or .next/; every file has a new mtime, as after a checkout.
- **Engine**: \`docker builder prune -af\` and every image of the bench removed (by tag) before each build; the base image stays (a runner would pull it). The docker builds use \`${o.benchBase}\`, a label-only child of \`local/node:20-slim\`, so the legacy builder cannot reuse layers of images other work left on this engine.
- **Caches**: artifact-first gets a new, empty npm cache, XDG cache and RUNNER_TEMP per run; its node_modules cache (\`--cache-dir\`) is empty for *cold* and is the directory the previous runs of the same repetition left (warmed by *cold*) afterwards. Multi-stage gets what a user can set up on a fresh runner: BuildKit (\`DOCKER_BUILDKIT=1 /usr/bin/docker build\`) with the inline cache pushed beside the image (\`--build-arg BUILDKIT_INLINE_CACHE=1\`, tag \`:cache\`) and pulled back with \`--cache-from <registry>/<app>:cache\`; *cold* uses \`--no-cache\`.
- **Registry**: one namespace per repetition (\`bench-<run>/r<N>/{af,ms,dk}/<app>\`), so *cold* pushes into an empty repository and the later scenarios find what the earlier ones pushed, as a long-lived registry would. Everything is pushed through a proxy (\`scripts/bench/proxy.mjs\`, ${o.proxy} → ${o.registry}) that adds up the request bodies of blob uploads (POST/PATCH/PUT under \`/v2/<name>/blobs/uploads/\`): "bytes uploaded". It turns cross-repository mounts into plain uploads, because a fresh runner's daemon has no other repository to mount from.
- **Scenarios**, in order within a repetition, artifact-first then multi-stage for each: *cold* (the fixture as committed), *source change* (\`apps/backend/src/app-info.ts\` and \`apps/frontend/app/page.js\` edited), *no change* (that commit again), *one app changed* (one more edit of \`apps/backend/src/app-info.ts\`, the frontend as in the previous commit), *dependency change* (\`${o.dependency}\` added to each app with \`npm install --package-lock-only\`, source change kept).
- **artifact-first**: \`node dist/cli/index.js --config artifact-build.yml --push --baseline off --cache-dir DIR --json --summary FILE\`. It chooses its engine as it would for a user (engine auto): here \`oci\`, which reads the daemon-only base from the daemon and keeps it; the docker column (\`--engine docker\`: docker 28's CLI without buildx, so the legacy builder) is measured beside it, targets side by side (\`concurrency: 2\`), smoke test included, tags \`latest\`, \`sha-<sha7>\`, \`main\`. Wall time is the process's. *Your build commands* are the seconds the CLI's \`--summary\` reports "in your build commands" (\`npm run generate\`, \`npm run build\`, \`next build\`). *The action's own time* is every second a target spent in the CLI's other phases (restore, install, save, prune, validate, build image, smoke test, push; from \`--json\` timings) plus the CLI's time outside its pipeline (start, engine and git detection, report); its share is that over itself plus your build commands. A target's time outside any phase, mostly the backend waiting for the frontend before the push (nothing is pushed until every target passed its gates), is shown apart as *waiting* and not counted: it is the other target's time. Before building, the docker engine pulls the branch's earlier push (\`main\`, else \`latest\`) and builds with \`--cache-from\` it, so unchanged layers (node_modules) are reused rather than written anew; the frontend's \`.next/cache\` is restored from the same \`--cache-dir\` (newest entry of the same lockfile) and saved after the build. When the registry already holds an image built from the same inputs (the CLI's \`inputs-<hash>\` tag), the CLI tags it instead of building: that is what *no change* measures.
- **multi-stage**: \`Dockerfile.multistage\` of each app, the two apps side by side, each \`docker build --network host\` then \`docker push\` of \`sha-<sha7>\`, \`latest\` and \`cache\`. Wall time runs from the first build's start to the last push's end.
- **Added per target** (the first goal): a target built alone (*one app changed*: the frontend is reused; the small app) adds its phases other than the restore and your build commands, plus the CLI's time outside its pipeline; a run of two targets adds its wall time beyond its slowest target's restore and build commands. **Restore against the disk**: after each artifact-first run with an exact node_modules hit, the entry the CLI restored (the key in its log) is unpacked again by plain \`tar\` into a scratch directory on the same disk and timed, and set against the CLI's own figure for that restore.
- **Image size** is \`docker image inspect\`'s Size (uncompressed). **Layers with a new digest** compares the pushed manifest with the previous scenario's push of the same approach in the same repetition.`);
  out.push('');
  for (const s of ['cold', 'source', 'nochange', 'oneapp', 'dependency', 'small-cold', 'small-source']) {
    if (!results.measurements.some((x) => x.scenario === s)) continue;
    out.push(`## ${SCENARIO_TITLES[s]}`);
    out.push('');
    out.push(scenarioTable(results, s));
    out.push('');
    const pt = phaseTable({ ...results, measurements: results.measurements.filter((x) => x.approach !== 'docker') }, s);
    if (pt) {
      out.push('<details><summary>per phase</summary>');
      out.push('');
      out.push(pt);
      out.push('');
      out.push('</details>');
      out.push('');
    }
  }
  out.push('## The changed layers');
  out.push('');
  out.push(
    'The bytes goal compares what a source change uploads with the compressed size of the layers that change: after each push the bench reads the manifest of the `sha-<sha7>` tag from the registry (its `layers`, each with a digest and compressed `size`) and takes every layer whose digest the previous push of the same approach in the same repetition did not have. ' +
      "That is the least a push can upload, whichever layer a Dockerfile puts the app's code in: a Next.js standalone server's root layer holds its code and its node_modules, the multi-stage image's `.next` layer the build output alone. " +
      "The layers are named by the image config's `history` (one entry per Dockerfile instruction; those without `empty_layer` match the manifest's layers one to one, in order).",
  );
  out.push('');
  out.push(changedLayersSection(results));
  out.push('');
  const size = sizeSection(results);
  if (size) out.push(size);
  const engines = engineSection(results);
  if (engines) out.push(engines);
  return `${out.join('\n').trimEnd()}\n`;
}
