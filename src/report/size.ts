import type { ProductionTreeReport, RunResult, SizedPackage, TargetResult } from './model.js';
import { formatBytes, formatPercent, formatSeconds } from './format.js';

/**
 * The image-size section: the traced node_modules before and after, what a classic Next.js
 * layout would save as standalone, and what the shipped tree holds that the server never uses.
 * Items are built once as plain text parts; each renderer escapes or cleans them its own way.
 */

/** One sentence; `code` parts are paths and names a renderer may quote. */
export type SizePart = { text: string } | { code: string };

/** What a user changes to ship Next.js's standalone output. */
export const STANDALONE_HOWTO: SizePart[] = [
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
export function partsText(parts: readonly SizePart[]): string {
  return parts.map((p) => ('code' in p ? `\`${p.code}\`` : p.text)).join('');
}

export interface SizeItem {
  target: string;
  parts: SizePart[];
}

export function sizeItems(run: RunResult): SizeItem[] {
  return run.targets.flatMap((t) =>
    [...traceItems(t), ...standaloneItems(t), ...treeItems(t)].map((parts) => ({ target: t.name, parts })),
  );
}

function traceItems(t: TargetResult): SizePart[][] {
  const trace = t.trace;
  if (!trace) return [];
  const share = trace.before.bytes > 0 ? ` (${formatPercent((trace.after.bytes / trace.before.bytes) * 100)})` : '';
  const parts: SizePart[] = [
    { text: 'node_modules traced from ' },
    ...list(trace.entries.map((e) => ({ code: e }))),
    {
      text: `: ${count(trace.before.files)} files, ${formatBytes(trace.before.bytes)} → ${count(trace.after.files)} files, ${formatBytes(trace.after.bytes)}${share}`,
    },
  ];
  if (trace.included > 0) parts.push({ text: `, ${count(trace.included)} of them from trace-include` });
  parts.push({
    text: `; traced in ${formatSeconds(trace.seconds)}${
      trace.resultReused
        ? ' (the app loads the same packages: the result from the cache)'
        : trace.analysesReused
          ? ' (node_modules analyses from the cache)'
          : ''
    }`,
  });
  if (trace.largest.length > 0) {
    parts.push(
      { text: '; largest packages left: ' },
      ...list(
        trace.largest.map((p) => ({ code: p.name })),
        (i) => ` ${formatBytes(trace.largest[i]!.bytes)}`,
      ),
    );
  }
  return [parts];
}

function standaloneItems(t: TargetResult): SizePart[][] {
  const s = t.nextStandalone;
  if (!s) return [];
  return [
    [
      {
        text:
          `Next.js classic layout: node_modules and .next ship ${formatBytes(s.classic)}; the standalone output would ship ${formatBytes(s.standalone)}, ` +
          `${formatBytes(s.classic - s.standalone)} less (measured from next build's own .nft.json traces); `,
      },
      ...STANDALONE_HOWTO,
    ],
  ];
}

function treeItems(t: TargetResult): SizePart[][] {
  const tree: ProductionTreeReport | undefined = t.productionTree;
  if (!tree) return [];
  const items: SizePart[][] = [];
  const packages = (label: string, list: readonly SizedPackage[]): SizePart[] => [
    { text: `${label} ${formatBytes(sum(list))}: ` },
    ...joinParts(
      list
        .slice(0, 6)
        .map((p) => [{ code: `${p.name}${p.version ? `@${p.version}` : ''}` }, { text: ` ${formatBytes(p.bytes)}` }]),
    ),
    ...(list.length > 6 ? [{ text: ` and ${list.length - 6} more` }] : []),
  ];
  if (tree.buildTools.length > 0) items.push(packages('build-time tools in the image', tree.buildTools));
  if (tree.foreign.length > 0)
    items.push(packages("binaries for another platform or C library than the image's", tree.foreign));
  if (tree.duplicates.length > 0) {
    items.push([
      { text: `${tree.duplicates.length} package${tree.duplicates.length === 1 ? '' : 's'} at several versions: ` },
      ...joinParts(
        tree.duplicates
          .slice(0, 4)
          .map((d) => [
            { code: d.name },
            { text: ` (${d.copies.map((c) => `${c.version ?? '?'} ${formatBytes(c.bytes)}`).join(', ')})` },
          ]),
      ),
      ...(tree.duplicates.length > 4 ? [{ text: ` and ${tree.duplicates.length - 4} more` }] : []),
    ]);
  }
  return items;
}

function list(items: SizePart[], suffix?: (i: number) => string): SizePart[] {
  return joinParts(items.map((item, i) => (suffix ? [item, { text: suffix(i) }] : [item])));
}

function joinParts(groups: SizePart[][]): SizePart[] {
  return groups.flatMap((group, i) => (i === 0 ? group : [{ text: ', ' }, ...group]));
}

function sum(list: readonly SizedPackage[]): number {
  return list.reduce((n, p) => n + p.bytes, 0);
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}
