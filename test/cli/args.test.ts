import { describe, expect, it } from 'vitest';
import { parseCliArgs, parsePlanArgs, parseReportArgs, USAGE, type CliOptions } from '../../src/cli/args.js';
import { UsageError } from '../../src/errors.js';

const DEFAULTS: CliOptions = {
  config: 'artifact-build.yml',
  targets: [],
  push: false,
  engine: 'auto',
  baseline: 'auto',
  cache: true,
  cacheFrom: [],
  cacheTo: [],
  json: false,
  verbose: false,
  help: false,
  version: false,
};

describe('parseCliArgs', () => {
  it('defaults to the config in the working directory, all targets, no push', () => {
    expect(parseCliArgs([])).toEqual(DEFAULTS);
  });

  it.each([
    { name: '--config', argv: ['--config', 'ci/build.yml'], expected: { config: 'ci/build.yml' } },
    { name: '--builder', argv: ['--builder', 'remote-arm'], expected: { builder: 'remote-arm' } },
    {
      name: '--cache-from and --cache-to repeated, commas kept',
      argv: [
        '--cache-from',
        'type=gha,scope={target}',
        '--cache-from=type=local,src=/c',
        '--cache-to',
        'type=gha,mode=max,scope={target}',
      ],
      expected: {
        cacheFrom: ['type=gha,scope={target}', 'type=local,src=/c'],
        cacheTo: ['type=gha,mode=max,scope={target}'],
      },
    },
    { name: '--config=FILE', argv: ['--config=ci/build.yml'], expected: { config: 'ci/build.yml' } },
    {
      name: '--target repeated',
      argv: ['--target', 'backend', '--target', 'frontend'],
      expected: { targets: ['backend', 'frontend'] },
    },
    {
      name: '--target with commas',
      argv: ['--target', 'backend, frontend,'],
      expected: { targets: ['backend', 'frontend'] },
    },
    {
      name: '--target repeated and with commas',
      argv: ['--target', 'a,b', '--target=c'],
      expected: { targets: ['a', 'b', 'c'] },
    },
    { name: '--push', argv: ['--push'], expected: { push: true } },
    { name: '--no-push', argv: ['--no-push'], expected: { push: false } },
    { name: '--push then --no-push: the last one wins', argv: ['--push', '--no-push'], expected: { push: false } },
    { name: '--engine docker', argv: ['--engine', 'docker'], expected: { engine: 'docker' } },
    { name: '--engine oci', argv: ['--engine=oci'], expected: { engine: 'oci' } },
    { name: '--baseline off', argv: ['--baseline', 'off'], expected: { baseline: 'off' } },
    { name: '--no-cache', argv: ['--no-cache'], expected: { cache: false } },
    { name: '--cache-dir', argv: ['--cache-dir', '/tmp/adb-cache'], expected: { cacheDir: '/tmp/adb-cache' } },
    { name: '--json', argv: ['--json'], expected: { json: true } },
    { name: '--summary FILE', argv: ['--summary', 'summary.md'], expected: { summary: 'summary.md' } },
    { name: '--verbose', argv: ['--verbose'], expected: { verbose: true } },
    { name: '-h', argv: ['-h'], expected: { help: true } },
    { name: '--version', argv: ['--version'], expected: { version: true } },
  ])('$name', ({ argv, expected }) => {
    expect(parseCliArgs(argv)).toEqual({ ...DEFAULTS, ...expected });
  });

  it.each([
    {
      name: '--engine bad',
      argv: ['--engine', 'podman'],
      message: '--engine must be one of auto, buildx, docker, oci (got "podman")',
    },
    {
      name: '--baseline bad',
      argv: ['--baseline', 'always'],
      message: '--baseline must be one of auto, measure, off (got "always")',
    },
    { name: 'an unknown flag', argv: ['--tags', 'x'], message: "Unknown option '--tags'" },
    { name: 'a positional argument', argv: ['artifact-build.yml'], message: 'artifact-build.yml' },
    { name: '--config without its value', argv: ['--config'], message: "Option '--config <value>' argument missing" },
    { name: 'a value given to a switch', argv: ['--json=yes'], message: '--json' },
  ])('$name is a usage error', ({ argv, message }) => {
    const error = (() => {
      try {
        parseCliArgs(argv);
      } catch (caught: unknown) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).exitCode).toBe(2);
    expect((error as UsageError).message).toContain(message);
  });

  it('shows the usage with a flag it could not parse', () => {
    expect(() => parseCliArgs(['--nope'])).toThrow(USAGE);
  });
});

describe('parsePlanArgs and parseReportArgs', () => {
  it.each([
    { name: 'plan: defaults', argv: [], expected: { config: 'artifact-build.yml', verbose: false, help: false } },
    {
      name: 'plan: --since and --config',
      argv: ['--since', 'origin/main', '--config', 'ci.yml'],
      expected: { config: 'ci.yml', since: 'origin/main', verbose: false, help: false },
    },
  ])('$name', ({ argv, expected }) => {
    expect(parsePlanArgs(argv)).toEqual(expected);
  });

  it.each([
    {
      name: 'plan: an empty --since',
      run: () => parsePlanArgs(['--since', ' ']),
      message: '--since needs a commit, branch or tag',
    },
    { name: 'plan: a build flag', run: () => parsePlanArgs(['--push']), message: "Unknown option '--push'" },
    {
      name: 'report: no file',
      run: () => parseReportArgs([]),
      message: 'report needs at least one result file or directory',
    },
  ])('usage error: $name', ({ run, message }) => {
    expect(run).toThrow(UsageError);
    expect(run).toThrow(message);
  });

  it('report: files and directories, --summary, --json', () => {
    expect(parseReportArgs(['a.json', 'results/', '--summary', 's.md', '--json'])).toEqual({
      files: ['a.json', 'results/'],
      summary: 's.md',
      json: true,
      help: false,
    });
  });
});
