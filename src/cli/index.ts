import module from 'node:module';
import v8 from 'node:v8';

// Node 22+ keeps V8's compiled code on disk: later starts skip compiling the bundle. Turned on
// before anything else is loaded, since only what is compiled afterwards is cached.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
// Node 20's V8 recompiles fetch's HTTP parser (llhttp, WebAssembly) with its optimising compiler
// in the background: about 0.2 s of CPU beside a run that is often under a second (an image
// reused), and waited for at exit. Its baseline code parses the registry's few small responses
// just as well. Node 22 and 24 measured the same either way, so they are left alone.
if (process.versions.node.startsWith('20.')) v8.setFlagsFromString('--liftoff-only');
const { exitStatus } = await import('../interrupt.js');
const { main } = await import('./main.js');

// the exit status is the contract (0, 1, 2, or 130/143 when interrupted); exiting also ends any
// socket left open
process.exit(await exitStatus(await main(process.argv.slice(2))));
