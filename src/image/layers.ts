import type { LayerSize } from '../report/model.js';

/**
 * An image's layers as the daemon sizes them (`docker history`, uncompressed bytes, as
 * `docker image inspect` adds them up), oldest first, with the step that made each.
 */
export function planHistory(id: string): string[] {
  return ['docker', 'history', '--no-trunc', '--human=false', '--format', '{{.Size}}\t{{.CreatedBy}}', id];
}

/**
 * `docker history` lists the newest layer first, and a row for each step, also the ones that
 * wrote no layer (ENV, CMD: size 0); those are dropped.
 */
export function parseHistory(output: string): LayerSize[] {
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
function cleanStep(createdBy: string): string {
  // an imported base (docker import) records no step
  if (createdBy.trim() === '') return 'base image layer';
  return createdBy
    .replace(/^\/bin\/sh -c #\(nop\)\s*/, '')
    .replace(/^\/bin\/sh -c /, 'RUN ')
    .replace(/\s*# buildkit$/, '')
    .replace(/\b(file|dir|multi):[0-9a-f]{64}\b/g, '…')
    .replace(/\s+/g, ' ')
    .trim();
}
