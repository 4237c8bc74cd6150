import { nodeOnPath } from '../../src/machine.js';
import { docker } from './fixture.js';

/** the major of the `node` on PATH, which installs node_modules and runs the builds */
export const RUNNER_NODE_MAJOR = Number(/^v(\d+)/.exec(await nodeOnPath())![1]);

/** The Node major of a base image, as its own node says (local/node:20-slim is this machine's). */
export function baseNodeMajor(image = 'local/node:20-slim'): number {
  return Number(
    docker('run', '--rm', '--network=none', '--entrypoint=node', image, '-p', 'process.versions.node.split(".")[0]'),
  );
}

/**
 * The warning a run gives when the suite runs on another Node major than the base image's (the
 * suite on Node 24 against this machine's Node 20 image); undefined when the majors are the same.
 */
export function nodeMismatchWarning(baseMajor: number, image = 'local/node:20-slim'): RegExp | undefined {
  if (baseMajor === RUNNER_NODE_MAJOR) return undefined;
  const escaped = image.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(
    `The runner's Node ${RUNNER_NODE_MAJOR} installed node_modules and ran the build, but the base image ${escaped} runs Node v${baseMajor}\\.`,
  );
}
