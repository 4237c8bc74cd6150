import { describe, expect, it } from 'vitest';
import { findMarked, prCommentBody, prCommentMarker, truncateBody } from '../../src/report/pr-comment.js';
import { oneTarget } from './fixtures.js';

describe('prCommentMarker', () => {
  it.each([
    { name: 'no job', job: undefined, marker: '<!-- artifact-docker-build -->' },
    { name: 'a job id', job: 'build-linux', marker: '<!-- artifact-docker-build:build-linux -->' },
    { name: 'nothing that ends the comment', job: 'a-->b c', marker: '<!-- artifact-docker-build:a-_b_c -->' },
  ])('$name', ({ job, marker }) => {
    expect(prCommentMarker(job)).toBe(marker);
  });

  it('puts the marker on the body’s first line, above the summary', () => {
    const body = prCommentBody(oneTarget(), prCommentMarker('build'));
    expect(body.split('\n').slice(0, 2)).toEqual([
      '<!-- artifact-docker-build:build -->',
      '## Artifact-first Docker build',
    ]);
  });
});

describe('findMarked', () => {
  const marker = prCommentMarker();
  it.each([
    { name: 'none', bodies: ['a', 'b'], found: undefined },
    { name: 'the one with the marker', bodies: ['a', `${marker}\nx`], found: 1 },
    { name: 'a marker at the start wins over a quoted one', bodies: [`> ${marker}`, `${marker}\nx`], found: 1 },
    { name: 'a quoted marker when nothing else', bodies: ['a', `> ${marker}`], found: 1 },
    { name: 'a null body', bodies: [null, `${marker}`], found: 1 },
  ])('$name', ({ bodies, found }) => {
    const comments = bodies.map((body, id) => ({ id, body }));
    expect(findMarked(comments, marker)?.id).toBe(found);
  });
});

describe('truncateBody', () => {
  it.each([
    { name: 'short bodies stay as they are', body: 'abc', limit: 100, fenceClosed: false },
    {
      name: 'a cut inside a code fence closes it',
      body: `intro\n\`\`\`mermaid\n${'a\n'.repeat(200)}\`\`\`\n`,
      limit: 200,
      fenceClosed: true,
    },
    { name: 'a cut outside a fence adds none', body: `${'word '.repeat(100)}`, limit: 200, fenceClosed: false },
  ])('$name', ({ body, limit, fenceClosed }) => {
    const out = truncateBody(body, limit);
    expect(out.length).toBeLessThanOrEqual(Math.max(limit, body.length));
    if (body.length <= limit) return expect(out).toBe(body);
    expect(out.length).toBeLessThanOrEqual(limit);
    expect((out.match(/^```/gm)?.length ?? 0) % 2).toBe(0);
    expect(out.includes('\n```\n\n_The report')).toBe(fenceClosed);
  });

  it('never splits an emoji in two', () => {
    const out = truncateBody('✅'.repeat(10) + '😀'.repeat(100), 150);
    expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
