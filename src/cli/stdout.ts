/**
 * Keeps stdout for the CLI's own result. Libraries print there on their own (@actions/core's
 * `::debug::` lines when @actions/tool-cache fetches a package manager, for one), which would
 * break `--json` for whoever pipes it: while the CLI runs, anything written to process.stdout
 * goes to stderr, and the result is written through the writer this returns.
 */
export function claimStdout(): { write: (text: string) => void; release: () => void } {
  const stdout = process.stdout;
  const original = stdout.write;
  const toStderr = process.stderr.write.bind(process.stderr) as typeof stdout.write;
  stdout.write = toStderr;
  return {
    write: (text) => {
      original.call(stdout, text);
    },
    release: () => {
      stdout.write = original;
    },
  };
}
