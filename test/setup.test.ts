import { describe, expect, it } from 'vitest';
import { ociBlockers } from '../src/setup.js';
import { appTree } from './validate/support.js';

const FROM = 'ARG BASE_IMAGE=local/node:20-slim\nFROM ${BASE_IMAGE}\nWORKDIR /app\nCOPY package.json ./\n';

describe('ociBlockers', () => {
  it.each([
    { name: 'a COPY-only Dockerfile', body: 'COPY dist ./dist', expected: [] },
    {
      name: 'a RUN the config allows: only buildx or docker can build it',
      body: 'RUN chmod +x /app',
      allowRun: true,
      expected: [expect.stringContaining('app: Dockerfile:5: RUN is not supported')],
    },
    {
      // the preflight fails this target; the other targets keep the fastest engine
      name: 'a RUN the config does not allow',
      body: 'RUN chmod +x /app',
      expected: [],
    },
    {
      name: 'COPY --from an image the config allows',
      body: 'COPY --from=busybox:1.36 /bin/busybox /bin/',
      allowCopyFrom: ['busybox:1.36'],
      expected: [expect.stringContaining('COPY --from is not supported')],
    },
    {
      name: 'COPY --from an image the config does not allow',
      body: 'COPY --from=busybox:1.36 /bin/busybox /bin/',
      expected: [],
    },
  ])('$name', async ({ body, allowRun, allowCopyFrom, expected }) => {
    const app = appTree({ allowRun: allowRun ?? false, allowCopyFrom: allowCopyFrom ?? [] });
    app.write('Dockerfile', `${FROM}${body}\n`);
    expect(await ociBlockers([app.target])).toEqual(expected);
  });

  it('a Dockerfile that cannot be read is left to the preflight', async () => {
    const app = appTree();
    app.remove('Dockerfile');
    expect(await ociBlockers([app.target])).toEqual([]);
  });
});
