import { run } from './action/run.js';
import { exitStatus } from './interrupt.js';

// The entry only starts the action. Afterwards the process exits even if a hung cache
// service still holds a socket open: the action's work is done and reported by then.
await run();
process.exit(await exitStatus(process.exitCode === undefined ? 0 : Number(process.exitCode)));
