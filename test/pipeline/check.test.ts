import { describe, expect, it } from 'vitest';
import { checkJson, checkText, type CheckResult } from '../../src/pipeline/check.js';

const result: CheckResult = {
  notes: ['/repo/.dockerignore is not used for the staged context'],
  exitCode: 1,
  raw: {},
  targets: {
    api: {
      ok: false,
      findings: [
        {
          file: 'apps/api/Dockerfile',
          line: 3,
          column: 1,
          message: 'Dockerfile line 3: holds U+FEFF',
          severity: 'error',
        },
        { file: 'artifact-build.yml', line: 9, message: 'the artifact `prisma` does not exist', severity: 'warning' },
      ],
      dockerfile: { file: 'apps/api/Dockerfile', instructions: [{ line: 1, keyword: 'from', args: ['node:20'] }] },
    },
    web: {
      ok: true,
      findings: [],
      dockerfile: {
        file: 'apps/web/Dockerfile',
        instructions: [
          { line: 1, keyword: 'from', args: ['node:20'] },
          { line: 2, keyword: 'copy', args: ['.next', '/app/'] },
        ],
      },
    },
  },
};

describe('check output', () => {
  it('text: each finding at file:line:column without repeating the line, a pass in one line, the notes first', () => {
    expect(checkText(result)).toEqual([
      'note: /repo/.dockerignore is not used for the staged context',
      'apps/api/Dockerfile:3:1: error: holds U+FEFF',
      'artifact-build.yml:9: warning: the artifact `prisma` does not exist',
      'FAILED api: 1 problem',
      'ok web: ready to build, apps/web/Dockerfile: 2 instructions, COPY-only',
    ]);
  });

  it('json: the shape of `check --json`', () => {
    expect(JSON.parse(checkJson(result))).toEqual({
      targets: {
        api: {
          ok: false,
          findings: [
            { file: 'apps/api/Dockerfile', line: 3, column: 1, message: 'Dockerfile line 3: holds U+FEFF' },
            {
              file: 'artifact-build.yml',
              line: 9,
              column: null,
              message: 'the artifact `prisma` does not exist',
              severity: 'warning',
            },
          ],
          dockerfile: { file: 'apps/api/Dockerfile', instructions: [{ line: 1, keyword: 'from', args: ['node:20'] }] },
        },
        web: { ok: true, findings: [], dockerfile: result.targets.web!.dockerfile },
      },
    });
  });
});
