// Bundles the action (dist/index.js) and the CLI (dist/cli/index.js) with ncc. Both are ESM,
// like their @actions/* dependencies; the CLI gets a shebang so `bin` can run it directly.
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const ncc = ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', '--license', 'licenses.txt', '--quiet', '--target', 'es2022'];

rmSync('dist', { recursive: true, force: true });
execFileSync('node', [...ncc, 'src/index.ts', '-o', 'dist'], { stdio: 'inherit' });
execFileSync('node', [...ncc, 'src/cli/index.ts', '-o', 'dist/cli'], { stdio: 'inherit' });

const cli = 'dist/cli/index.js';
writeFileSync(cli, `#!/usr/bin/env node\n${readFileSync(cli, 'utf8')}`);
chmodSync(cli, 0o755);
