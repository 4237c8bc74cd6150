import { exitStatus } from '../interrupt.js';
import { main } from './main.js';

// the exit status is the contract (0, 1, 2, or 130/143 when interrupted); exiting also ends any
// socket left open
process.exit(await exitStatus(await main(process.argv.slice(2))));
