// One way to run a command for the bench: asynchronous (the counting proxy lives in this process
// and must keep serving while docker pushes through it), timed, output kept for the log.
import { spawn } from 'node:child_process';
import { appendFileSync } from 'node:fs';

let logFile;

/** Every command, with its output, is appended to this file. */
export function setLogFile(file) {
  logFile = file;
}

export function log(line) {
  const stamped = `[${new Date().toISOString().slice(11, 19)}] ${line}`;
  process.stderr.write(`${stamped}\n`);
  if (logFile) appendFileSync(logFile, `${stamped}\n`);
}

/**
 * Runs argv; resolves { code, stdout, stderr, seconds }. Throws on a non-zero exit unless
 * allowFailure, with the tail of the output in the message.
 */
export function run(argv, options = {}) {
  const { cwd, env, allowFailure = false, quiet = false } = options;
  const started = process.hrtime.bigint();
  if (!quiet) log(`$ ${argv.join(' ')}${cwd ? `   (in ${cwd})` : ''}`);
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0], argv.slice(1), {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const stdout = Buffer.concat(out).toString();
      const stderr = Buffer.concat(err).toString();
      if (logFile && !quiet)
        appendFileSync(logFile, `${stdout}${stderr}\n[exit ${code} after ${seconds.toFixed(1)} s]\n`);
      const result = { code: code ?? 1, stdout, stderr, seconds };
      if (code !== 0 && !allowFailure) {
        const tail = `${stdout}\n${stderr}`.trim().split('\n').slice(-25).join('\n');
        reject(new Error(`${argv.join(' ')} exited with ${code}:\n${tail}`));
      } else resolve(result);
    });
  });
}
