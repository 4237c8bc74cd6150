import type { SourceLocation } from '../config/types.js';
import { listSome, error, warning, type Finding, type ValidationFacts } from './types.js';

/**
 * The runner's Node installed node_modules and ran the build; the image's Node runs the app.
 * A different major version is a risk (syntax, APIs, engines fields) and breaks addons built
 * against V8 directly: they are compiled for one Node ABI. Node-API addons (sharp, Prisma, SWC)
 * are ABI-stable, so they alone do not make it an error. The findings point at `location`, the
 * FROM line that chose the base image.
 */
export function checkNodeVersion(
  facts: ValidationFacts,
  addons: readonly { name: string; nodeApi?: 'napi' | 'v8' }[],
  location?: SourceLocation,
): Finding[] {
  const base = facts.baseImage;
  const runner = facts.runner.nodeMajor;
  if (!base) {
    return [
      warning(
        'node-version',
        `The base image was not probed (no Docker daemon, or FROM scratch), so its Node version was not compared with the runner's Node ${runner}.`,
        location,
      ),
    ];
  }
  if (base.bunVersion) return checkBunVersion(facts, base.image, base.bunVersion, addons, location);
  const major = base.nodeVersion ? Number(/^v?(\d+)/.exec(base.nodeVersion)?.[1]) : undefined;
  if (major === undefined || Number.isNaN(major)) {
    return [
      warning(
        'node-version',
        `Could not read Node's version from the base image ${base.image} (no \`node\` on its PATH?), so it was not compared with the runner's Node ${runner}. ` +
          `Use a Node base image (node:${runner}-slim, or a distroless node image) so the app runs on the Node it was built and tested with.`,
        location,
      ),
    ];
  }
  if (major === runner) return [];
  // addons whose binding is unknown are treated as V8-bound: wrongly passing is the worse mistake
  const bound = addons.filter((a) => a.nodeApi !== 'napi').map((a) => a.name);
  const fix = `Use the same major on both: actions/setup-node with node-version: ${major}, or a Node ${runner} base image (e.g. node:${runner}-slim).`;
  const head = `The runner's Node ${runner} installed node_modules and ran the build, but the base image ${base.image} runs Node ${base.nodeVersion}.`;
  if (bound.length > 0) {
    return [
      error(
        'node-version',
        `${head} These native addons are compiled for Node ${runner}'s ABI and fail to load on Node ${major}: ${listSome([...new Set(bound)])}. ${fix}`,
        location,
      ),
    ];
  }
  return [
    warning(
      'node-version',
      `${head} The app may rely on APIs or syntax of Node ${runner} that Node ${major} lacks (or differ the other way round). ${fix}`,
      location,
    ),
  ];
}

/**
 * A Bun base runs the app on Bun, whatever Node built it: Bun loads Node-API addons (sharp,
 * Prisma, SWC) but not addons compiled against V8 and Node's ABI, so those are an error. When
 * Bun installed node_modules too, a different Bun major may lay out or link packages differently.
 */
function checkBunVersion(
  facts: ValidationFacts,
  image: string,
  bunVersion: string,
  addons: readonly { name: string; nodeApi?: 'napi' | 'v8' }[],
  location?: SourceLocation,
): Finding[] {
  const findings: Finding[] = [];
  const bound = addons.filter((a) => a.nodeApi !== 'napi').map((a) => a.name);
  if (bound.length > 0) {
    findings.push(
      error(
        'node-version',
        `The base image ${image} runs Bun ${bunVersion}, which loads Node-API addons only; these native addons are compiled against Node's V8 ABI and fail to load: ${listSome([...new Set(bound)])}. ` +
          `Use a Node base image (node:${facts.runner.nodeMajor}-slim), or dependencies that ship Node-API builds.`,
        location,
      ),
    );
  }
  const runnerBun = facts.runner.bunVersion;
  if (runnerBun && runnerBun.split('.')[0] !== bunVersion.split('.')[0]) {
    findings.push(
      warning(
        'node-version',
        `Bun ${runnerBun} installed node_modules, but the base image ${image} runs Bun ${bunVersion}. Use the same Bun on both (the packageManager field, or a base image of Bun ${runnerBun}).`,
        location,
      ),
    );
  }
  return findings;
}
