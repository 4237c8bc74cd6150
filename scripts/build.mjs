// Bundles the action (dist/index.js) and the CLI (dist/cli/index.js) with ncc. Both are ESM,
// like their @actions/* dependencies; the CLI gets a shebang so `bin` can run it directly.
import { execFileSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

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
// eval("require") to stay invisible to bundlers; an ES module has none, so one is provided, in
// the entry and in every chunk (the code loaded with import() when it is used), since the
// eval runs in the scope of the file that holds it.
const requireShim =
  "import { createRequire as __adbCreateRequire } from 'node:module';\nconst require = __adbCreateRequire(import.meta.url);\n";

rmSync('dist', { recursive: true, force: true });
execFileSync('node', [...ncc, 'src/index.ts', '-o', 'dist'], { stdio: 'inherit' });
execFileSync('node', [...ncc, 'src/cli/index.ts', '-o', 'dist/cli'], { stdio: 'inherit' });

for (const dir of ['dist', 'dist/cli'])
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.js'))) {
    const bundle = `${dir}/${file}`;
    writeFileSync(bundle, `${requireShim}${readFileSync(bundle, 'utf8')}`);
  }
const cli = 'dist/cli/index.js';
writeFileSync(cli, `#!/usr/bin/env node\n${readFileSync(cli, 'utf8')}`);
chmodSync(cli, 0o755);
