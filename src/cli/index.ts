import module from 'node:module';

// Node 22+ keeps V8's compiled code on disk: later starts skip compiling the bundle. Turned on
// before anything else is loaded, since only what is compiled afterwards is cached.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { exitStatus } = await import('../interrupt.js');
const { main } = await import('./main.js');

// the exit status is the contract (0, 1, 2, or 130/143 when interrupted); exiting also ends any
// socket left open
process.exit(await exitStatus(await main(process.argv.slice(2))));
