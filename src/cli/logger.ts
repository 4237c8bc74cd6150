import type { SourceLocation } from '../config/types.js';
import { formatLocation } from '../errors.js';
import type { Logger } from '../log.js';

/** Everything the CLI says goes to stderr, so stdout carries only the table or the JSON. */
export class StderrLogger implements Logger {
  constructor(
    private readonly verbose: boolean,
    private readonly prefix = '',
    private readonly write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
  ) {}

  private where(location?: SourceLocation): string {
    return location ? ` (${formatLocation(location)})` : '';
  }

  info(message: string): void {
    for (const line of message.split('\n')) this.write(`${this.prefix}${line}`);
  }

  debug(message: string): void {
    if (this.verbose) this.info(message);
  }

  warning(message: string, location?: SourceLocation): void {
    this.write(`${this.prefix}warning: ${message}${this.where(location)}`);
  }

  error(message: string, location?: SourceLocation): void {
    // the error's own message usually names the place already
    this.write(
      `${this.prefix}error: ${message}${location && !message.includes(location.file) ? this.where(location) : ''}`,
    );
  }

  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.write(`${this.prefix}── ${title}`);
    return fn();
  }

  child(prefix: string): Logger {
    return new StderrLogger(this.verbose, `${this.prefix}[${prefix}] `, this.write);
  }
}
