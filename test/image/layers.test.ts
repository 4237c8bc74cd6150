import { describe, expect, it } from 'vitest';
import { parseHistory, planHistory } from '../../src/image/layers.js';

describe('docker history', () => {
  it('asks for bytes, untruncated steps', () => {
    expect(planHistory('sha256:abc')).toEqual([
      'docker',
      'history',
      '--no-trunc',
      '--human=false',
      '--format',
      '{{.Size}}\t{{.CreatedBy}}',
      'sha256:abc',
    ]);
  });

  it.each([
    {
      name: 'the legacy builder: oldest first, steps without a layer dropped, content hashes shortened',
      output: [
        '0\t/bin/sh -c #(nop)  CMD ["node" "dist/server.js"]',
        '2066\t/bin/sh -c #(nop) COPY dir:ec28d5e760cca5c6f11cf7fd5bf9261c9b1bde1ad354504b61af7018c311a74a in ./dist ',
        '7034\t/bin/sh -c #(nop) COPY dir:f0b30074a0f2e3741dc8b204efa345eed6550176ef5bbb09ce90ff6f538a7ff4 in ./node_modules ',
        '0\t/bin/sh -c #(nop) WORKDIR /app',
        '117252805\t',
      ].join('\n'),
      layers: [
        { step: 'base image layer', size: 117252805 },
        { step: 'COPY … in ./node_modules', size: 7034 },
        { step: 'COPY … in ./dist', size: 2066 },
      ],
    },
    {
      name: 'BuildKit',
      output: [
        '1300000\tCOPY dist ./dist # buildkit',
        '0\tWORKDIR /app',
        '74800000\t/bin/sh -c #(nop) ADD file:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef in / ',
      ].join('\n'),
      layers: [
        { step: 'ADD … in /', size: 74800000 },
        { step: 'COPY dist ./dist', size: 1300000 },
      ],
    },
  ])('$name', ({ output, layers }) => {
    expect(parseHistory(output)).toEqual(layers);
  });
});
