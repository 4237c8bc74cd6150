import { createRequire as __adbCreateRequire } from 'node:module';
const require = __adbCreateRequire(import.meta.url);
export const id = 476;
export const ids = [476];
export const modules = {

/***/ 48476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lx: () => (/* binding */ exitOnSignals),
/* harmony export */   exitStatus: () => (/* binding */ exitStatus),
/* harmony export */   nA: () => (/* binding */ onInterrupt),
/* harmony export */   uU: () => (/* binding */ trackProcessGroup)
/* harmony export */ });
/* unused harmony exports interrupted, signalExitCode */
const pending = new Set();
/** process groups of running commands (their leaders' pids) */
const groups = new Set();
function onInterrupt(undo) {
    pending.add(undo);
    return () => {
        pending.delete(undo);
    };
}
function trackProcessGroup(pid) {
    groups.add(pid);
    return () => {
        groups.delete(pid);
    };
}
/** Kills every running command's process group, then runs the undos, newest first; never throws. */
async function interrupted(signal, timeoutMs = 20_000) {
    for (const pid of groups) {
        try {
            // the negative pid is the whole group: the command and everything it started
            process.kill(-pid, signal === 'SIGINT' ? 'SIGINT' : 'SIGTERM');
        }
        catch {
            // the group is gone already
        }
    }
    const undos = [...pending].reverse();
    pending.clear();
    const all = (async () => {
        for (const undo of undos) {
            try {
                await undo();
            }
            catch {
                // best effort: the next one may still work
            }
        }
    })();
    await Promise.race([all, new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())]);
    for (const pid of groups) {
        try {
            process.kill(-pid, 'SIGKILL');
        }
        catch {
            // gone
        }
    }
}
/** The exit status of a process ended by `signal`, as a shell reports it: 128 + the signal's number. */
function signalExitCode(signal) {
    return signal === 'SIGINT' ? 130 : 143;
}
/** the exit status of a stop under way, once its cleanup is done */
let stopping;
/**
 * The status the process exits with: a run that ends while a signal's cleanup is under way (the
 * killed command fails its phase, and the pipeline returns) waits for that cleanup and exits with
 * the signal's status, not with the failure the signal caused.
 */
async function exitStatus(code) {
    return stopping ? await stopping : code;
}
/**
 * For the glue: on SIGINT or SIGTERM, say so, undo what is registered and exit with the
 * signal's status. A second signal while cleaning up exits at once.
 */
function exitOnSignals(say) {
    const stop = (signal) => {
        if (stopping)
            process.exit(signalExitCode(signal));
        say(`${signal}: stopping the running commands, removing the smoke-test container and temporary files`);
        stopping = interrupted(signal).then(() => signalExitCode(signal));
        void stopping.then((code) => process.exit(code));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
}


/***/ })

};
