import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PrCommentError, upsertPrComment } from '../../src/action/pr-comment.js';
import { MAX_BODY, prCommentBody, prCommentMarker } from '../../src/report/pr-comment.js';
import type { GitHubApiServer } from '../support/github-api-server.js';
import { startGitHubApiServer } from '../support/github-api-server.js';
import { failedBuild, oneTarget } from '../report/fixtures.js';

/** The PR comment through Octokit, against a local server that speaks GitHub's REST API. */

const REPO = 'acme/shop';
const PR = 42;
const TOKEN = 'ghs_s3cr3tT0kenValue';

let server: GitHubApiServer;

beforeEach(async () => {
  server = await startGitHubApiServer();
});

afterEach(async () => {
  await server.close();
});

const upsert = (body: string, marker = prCommentMarker('build')) =>
  upsertPrComment({ apiUrl: server.url, token: TOKEN, repository: REPO, issueNumber: PR, body, marker });

const ours = () => server.comments.filter((c) => c.body.includes(prCommentMarker('build')));

describe('upsertPrComment', () => {
  it('creates the comment once, then updates it in place on every later run', async () => {
    const marker = prCommentMarker('build');
    const first = await upsert(prCommentBody(oneTarget(), marker));
    expect(first.action).toBe('created');
    expect(first.url).toContain(`#issuecomment-${first.id}`);

    const second = await upsert(prCommentBody(failedBuild(), marker));
    const third = await upsert(prCommentBody(oneTarget(), marker));
    expect([second.action, third.action]).toEqual(['updated', 'updated']);
    expect([second.id, third.id]).toEqual([first.id, first.id]);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toBe(prCommentBody(oneTarget(), marker));
  });

  it('sends the token with GitHub’s headers', async () => {
    await upsert('hello');
    expect(server.requests.length).toBeGreaterThan(0);
    for (const request of server.requests) {
      // Octokit's form for installation and personal tokens; GitHub takes it as it takes Bearer
      expect(request.authorization).toBe(`token ${TOKEN}`);
      expect(request.headers.accept).toBe('application/vnd.github+json');
      expect(request.headers['x-github-api-version']).toBe('2022-11-28');
      expect(request.headers['user-agent']).toMatch(/^artifact-docker-build /);
    }
  });

  it('finds its comment on the second page among 150 others, and updates it', async () => {
    for (let i = 0; i < 150; i++) server.addComment(REPO, PR, `review comment ${i}`);
    const mine = server.addComment(REPO, PR, `${prCommentMarker('build')}\nold timings`, 'github-actions[bot]');

    const result = await upsert(`${prCommentMarker('build')}\nnew timings`);

    expect(result).toMatchObject({ action: 'updated', id: mine.id });
    expect(mine.body).toBe(`${prCommentMarker('build')}\nnew timings`);
    expect(server.comments).toHaveLength(151);
    const reads = server.requests
      .filter((r) => r.method === 'GET')
      .map((r) => new URL(r.url, server.url).searchParams.get('page'));
    expect(reads).toEqual([null, '2']);
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('leaves another job’s comment alone', async () => {
    const other = server.addComment(REPO, PR, `${prCommentMarker('test')}\nother job`, 'github-actions[bot]');
    const plain = server.addComment(REPO, PR, `${prCommentMarker()}\nunkeyed`, 'github-actions[bot]');

    const result = await upsert(`${prCommentMarker('build')}\nmine`);

    expect(result.action).toBe('created');
    expect(other.body).toBe(`${prCommentMarker('test')}\nother job`);
    expect(plain.body).toBe(`${prCommentMarker()}\nunkeyed`);
    expect(server.comments).toHaveLength(3);
  });

  it('throws PrCommentError with permission=true on 403, and never shows the token', async () => {
    server.forbid = true;
    const error = await upsert('hello').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrCommentError);
    const e = error as PrCommentError;
    expect(e).toMatchObject({ status: 403, permission: true, githubMessage: 'Resource not accessible by integration' });
    expect(e.message).toContain('403');
    expect(e.message).toContain('Resource not accessible by integration');
    expect(`${e.message} ${e.stack ?? ''} ${JSON.stringify(e)}`).not.toContain(TOKEN);
  });

  it('reports an unreachable API without the token and without permission', async () => {
    await server.close();
    const error = await upsert('hello').catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'PrCommentError', status: 0, permission: false });
    expect((error as Error).message).not.toContain(TOKEN);
    server = await startGitHubApiServer();
  });

  it('cuts a body over GitHub’s limit and says so', async () => {
    const body = `${prCommentMarker('build')}\n${'x'.repeat(MAX_BODY + 10)}`;
    await upsert(body);
    const stored = ours()[0]!.body;
    expect(stored.length).toBeLessThanOrEqual(MAX_BODY);
    expect(stored).toContain('The report was cut here');
  });
});
