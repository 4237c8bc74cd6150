// The small-app scenario: a NestJS starter generated with its own CLI at bench time (what a new
// user gets from `nest new`), given the two Dockerfiles a user would write for it and an
// artifact-build.yml, then committed as a fresh checkout like the fixture.
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { run } from './exec.mjs';
import { commitAll } from './workspace.mjs';

export const SMALL_APP = { target: 'api', cli: '@nestjs/cli@11' };
const SMOKE_PORT = 3917;

const DOCKERFILE = `# COPY-only: node_modules (production) and dist/ are built on the runner
ARG BASE_IMAGE=local/node:20-slim
FROM \${BASE_IMAGE}
WORKDIR /app
ENV NODE_ENV=production
COPY package.json ./
COPY node_modules ./node_modules
COPY dist ./dist
USER 1000:1000
CMD ["node", "dist/main.js"]
`;

const MULTISTAGE = `# The multi-stage build this tool replaces: install and compile inside the image build
ARG BASE_IMAGE=local/node:20-slim
FROM \${BASE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
RUN npm run build && npm prune --omit=dev

FROM \${BASE_IMAGE}
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER 1000:1000
CMD ["node", "dist/main.js"]
`;

/**
 * Generates the starter once per bench run into `dir` without installing (the lockfile comes
 * from `npm install --package-lock-only`), so each scenario starts from a checkout without
 * node_modules, as a runner does.
 */
export async function generateSmallApp(workDir) {
  const parent = path.join(workDir, 'small-app');
  const env = { npm_config_cache: path.join(workDir, 'npm-cache-setup') };
  await mkdir(parent, { recursive: true });
  await run(['npx', '--yes', SMALL_APP.cli, 'new', 'api', '--package-manager', 'npm', '--skip-git', '--skip-install'], {
    cwd: parent,
    env,
  });
  const dir = path.join(parent, 'api');
  await run(['npm', 'install', '--package-lock-only', '--no-audit', '--no-fund', '--ignore-scripts'], {
    cwd: dir,
    env,
  });
  await writeFile(path.join(dir, 'Dockerfile'), DOCKERFILE);
  await writeFile(path.join(dir, 'Dockerfile.multistage'), MULTISTAGE);
  await writeFile(path.join(dir, 'Dockerfile.multistage.dockerignore'), 'node_modules\ndist\n.git\n');
  return dir;
}

/** A checkout of the starter: `base` as generated, `source` with the greeting in app.service.ts changed. */
export async function smallAppCheckout({ template, dir, state, registry, baseImage }) {
  await cp(template, dir, { recursive: true });
  if (state === 'source') {
    const file = path.join(dir, 'src', 'app.service.ts');
    const text = await readFile(file, 'utf8');
    const next = text.replace("'Hello World!'", "'Hello from the benchmark!'");
    if (next === text) throw new Error('bench: the small app source edit no longer applies to src/app.service.ts');
    await writeFile(file, next);
  }
  await writeFile(
    path.join(dir, 'artifact-build.yml'),
    `# written by scripts/bench.mjs for one benchmark run
version: 1
registry: ${registry}
targets:
  ${SMALL_APP.target}:
    context: .
    build: npm run build
    artifacts: [package.json, node_modules, dist]
    # ship only the node_modules files the server requires
    trace: [dist/main.js]
    dockerfile: Dockerfile
    image: ${SMALL_APP.target}
    tags: [latest, "sha-{sha7}"]
    build-args: { BASE_IMAGE: ${baseImage} }
    smoke: { port: ${SMOKE_PORT}, path: /, timeout: 60 }
`,
  );
  return commitAll(dir, state);
}
