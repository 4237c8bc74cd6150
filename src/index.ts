import module from 'node:module';

// Node 22+ (the runner's node24) keeps V8's compiled code on disk: a second run in the job skips
// compiling the bundle. Turned on before anything else loads: only later compiles are cached.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { run } = await import('./action/run.js');
const { exitStatus } = await import('./interrupt.js');

// The entry only starts the action. Afterwards the process exits even if a hung cache
// service still holds a socket open: the action's work is done and reported by then.
await run();
process.exit(await exitStatus(process.exitCode === undefined ? 0 : Number(process.exitCode)));
