import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runActionBundle, type ActionRun } from '../support/action-env.js';
import { hasDocker } from '../support/docker.js';
import { checkoutFixture, commitChange } from '../support/fixture.js';
import { startGitHubApiServer, type GitHubApiServer } from '../support/github-api-server.js';
import { interpolate, readmeWorkflow, runs, stepInputs, type Context, type Step } from '../support/workflow.js';

/**
 * The README's matrix workflow, run as written against the monorepo fixture on a pull request
 * that changes the backend only: the plan job's action step, the build job's steps once per
 * matrix entry, the upload and download of the result files as actions/upload-artifact and
 * download-artifact lay them out, and the report job. Steps that set up a runner (checkout,
 * setup-node, setup-buildx, login) are this machine's doing; `if:` conditions and `${{ }}`
 * expressions are evaluated against the outputs the earlier steps set.
 */
describe.runIf(hasDocker)('the README workflow: plan, matrix build, report', () => {
  const workflow = readmeWorkflow('mode: plan');
  const ours = (step: Step): boolean => /artifact-docker-build@/.test(step.uses ?? '');
  let checkout: ReturnType<typeof checkoutFixture>;
  let base: string;
  let sha: string;
  let github: GitHubApiServer;
  let artifacts: string;
  const temps: string[] = [];

  beforeAll(async () => {
    checkout = checkoutFixture('monorepo');
    base = checkout.sha;
    sha = commitChange(checkout.dir, 'apps/backend/src/main.ts');
    github = await startGitHubApiServer();
    artifacts = mkdtempSync(path.join(os.tmpdir(), 'adb-matrix-artifacts-'));
    temps.push(artifacts);
  });
  afterAll(async () => {
    await github?.close();
    checkout?.cleanup();
    for (const dir of temps) rmSync(dir, { recursive: true, force: true });
  });

  function action(job: string, workspace: string, inputs: Record<string, string>): Promise<ActionRun> {
    const payload = { pull_request: { number: 7, head: { ref: 'feature/x' }, base: { sha: base } } };
    // action.yml's default for github-token is the job's token, which the runner fills in
    const withToken = { 'github-token': 'ghs_job_token', ...inputs };
    return runActionBundle(workspace, {
      workspace,
      sha,
      event: 'pull_request',
      job,
      payload,
      inputs: withToken,
      extra: { GITHUB_API_URL: github.url },
    });
  }

  /** Runs a job's steps for one matrix entry; returns the context its later steps saw. */
  async function runJob(
    name: string,
    workspace: string,
    ctx: Context,
    override: Record<string, string> = {},
  ): Promise<Record<string, ActionRun>> {
    const done: Record<string, ActionRun> = {};
    const steps: Record<string, { outputs: Record<string, string> }> = {};
    const jobCtx = { ...ctx, steps };
    for (const [i, step] of workflow.jobs[name]!.steps.entries()) {
      if (!runs(step.if, jobCtx)) continue;
      const inputs = stepInputs(step, jobCtx);
      if (ours(step)) {
        const run = await action(name, workspace, { ...inputs, ...override });
        expect(run.code, run.log).toBe(0);
        done[step.id ?? String(i)] = run;
        if (step.id) steps[step.id] = { outputs: run.outputs };
      } else if (step.uses?.startsWith('actions/upload-artifact@')) {
        // an artifact holds the file under its own name
        const into = path.join(artifacts, inputs.name!);
        mkdirSync(into, { recursive: true });
        cpSync(inputs.path!, path.join(into, path.basename(inputs.path!)));
      } else if (step.uses?.startsWith('actions/download-artifact@')) {
        // without merge-multiple, each matching artifact lands in a folder of its name under path
        const pattern = new RegExp(`^${inputs.pattern!.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
        for (const artifact of readdirSync(artifacts).filter((a) => pattern.test(a))) {
          cpSync(path.join(artifacts, artifact), path.join(workspace, inputs.path!, artifact), { recursive: true });
        }
      }
    }
    return done;
  }

  it('a pull request that changes the backend: plan picks it alone, its job builds it, the report merges its result', async () => {
    const github_ = { event_name: 'pull_request' };
    // plan
    const planned = await runJob('plan', checkout.dir, { github: github_ });
    const planStep = workflow.jobs.plan!.steps.find(ours)!;
    const matrixOutput = planned[planStep.id!]!.outputs.matrix;
    expect(matrixOutput).toBe('{"include":[{"target":"backend"}]}');
    expect(planned[planStep.id!]!.summary).toContain('apps/backend/src/main.ts changed in its context');
    // the job's outputs, as its `outputs:` map reads them from its steps
    const planOutputs = { steps: { [planStep.id!]: { outputs: planned[planStep.id!]!.outputs } } };
    const needs: Record<string, { outputs?: Record<string, string>; result: string }> = {
      plan: {
        outputs: { matrix: String(interpolate(workflow.jobs.plan!.outputs!.matrix, planOutputs)) },
        result: 'success',
      },
    };

    // build: one job per matrix entry, as GitHub expands `strategy.matrix`
    const buildJob = workflow.jobs.build!;
    expect(runs(buildJob.if, { needs })).toBe(true);
    const { include } = interpolate(buildJob.strategy!.matrix, { needs }) as { include: { target: string }[] };
    for (const entry of include) {
      // the multi-stage baseline is measured by the report's own tests; it would double this one's time
      const built = await runJob('build', checkout.dir, { github: github_, needs, matrix: entry }, { baseline: 'off' });
      const run = Object.values(built)[0]!;
      expect(Object.keys(run.timings!.targets)).toEqual([entry.target]);
      expect(existsSync(run.outputs['result-file']!)).toBe(true);
    }
    needs.build = { result: 'success' };

    // report, on a runner of its own: no checkout, only the downloaded artifacts
    expect(runs(workflow.jobs.report!.if, { needs })).toBe(true);
    const reportDir = mkdtempSync(path.join(os.tmpdir(), 'adb-matrix-report-'));
    temps.push(reportDir);
    const reported = Object.values(await runJob('report', reportDir, { github: github_, needs }))[0]!;
    expect(reported.log).toContain('merged 1 result file: backend');
    expect(reported.log).toMatch(/pr-comment: created/);
    expect(reported.summary).toMatch(/^## Artifact-first Docker build\n\n1 target from 1 job: /);
    expect(reported.summary).toContain('Critical path: backend, ');
    expect(reported.summary).toMatch(/^\| \*\*backend\*\* \| ✅ ok \|/m);
    expect(Object.keys(JSON.parse(reported.outputs.images!) as object)).toEqual(['backend']);
    // one sticky comment on the pull request, marked with the report job's name
    expect(github.comments.map((c) => c.body.split('\n')[0])).toEqual(['<!-- artifact-docker-build:report -->']);
    expect(github.comments[0]!.body).toContain('Critical path: backend');
  });

  it('nothing affected: the plan is empty and says so; the build and report jobs are skipped', async () => {
    const planStep = workflow.jobs.plan!.steps.find(ours)!;
    const run = await action('plan', checkout.dir, { ...stepInputs(planStep, {}), since: sha });
    expect(run.code, run.log).toBe(0);
    expect(run.outputs.matrix).toBe('{"include":[]}');
    expect(run.summary).toContain('**Nothing to build**');
    const needs = {
      plan: { outputs: { matrix: run.outputs.matrix }, result: 'success' },
      build: { result: 'skipped' },
    };
    expect(runs(workflow.jobs.build!.if, { needs })).toBe(false);
    expect(runs(workflow.jobs.report!.if, { needs })).toBe(false);
  });
});
