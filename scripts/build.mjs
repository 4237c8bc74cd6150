// Bundles the action (dist/index.js) and the CLI (dist/cli/index.js) with ncc. Both are ESM,
// like their @actions/* dependencies; the CLI gets a shebang so `bin` can run it directly.
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const ncc = [
  'node_modules/@vercel/ncc/dist/ncc/cli.js',
  'build',
  '--license',
  'licenses.txt',
  '--quiet',
  '--target',
  'es2022',
];

// @vercel/nft's native-addon helpers (node-gyp-build, bindings) look up `require` with
// eval("require") to stay invisible to bundlers; an ES module has none, so one is provided.
const requireShim =
  "import { createRequire as __adbCreateRequire } from 'node:module';\nconst require = __adbCreateRequire(import.meta.url);\n";

rmSync('dist', { recursive: true, force: true });
execFileSync('node', [...ncc, 'src/index.ts', '-o', 'dist'], { stdio: 'inherit' });
execFileSync('node', [...ncc, 'src/cli/index.ts', '-o', 'dist/cli'], { stdio: 'inherit' });

for (const bundle of ['dist/index.js', 'dist/cli/index.js'])
  writeFileSync(bundle, `${requireShim}${readFileSync(bundle, 'utf8')}`);
const cli = 'dist/cli/index.js';
writeFileSync(cli, `#!/usr/bin/env node\n${readFileSync(cli, 'utf8')}`);
chmodSync(cli, 0o755);
