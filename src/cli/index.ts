import { main } from './main.js';

// the exit status is the contract (0, 1, 2); exiting also ends any socket left open
process.exit(await main(process.argv.slice(2)));
