import type { SourceLocation } from './config/types.js';

/**
 * Where the core writes what it is doing. The action implements it with @actions/core (log
 * groups, annotations), the CLI with stderr. Targets that run side by side each get a child
 * logger whose lines carry the target's name, so interleaved output stays readable.
 */
export interface Logger {
  info(message: string): void;
  debug(message: string): void;
  warning(message: string, location?: SourceLocation): void;
  error(message: string, location?: SourceLocation): void;
  /** a collapsible section; nested or concurrent groups fall back to prefixed lines */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
  child(prefix: string): Logger;
}

/** A logger that keeps what it is told, for tests and for quiet runs. */
export class MemoryLogger implements Logger {
  readonly lines: string[] = [];
  constructor(private readonly prefix = '') {}
  info(message: string): void {
    this.lines.push(`${this.prefix}${message}`);
  }
  debug(): void {}
  warning(message: string): void {
    this.lines.push(`${this.prefix}warning: ${message}`);
  }
  error(message: string): void {
    this.lines.push(`${this.prefix}error: ${message}`);
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.info(title);
    return fn();
  }
  child(prefix: string): Logger {
    const child = new MemoryLogger(`${this.prefix}[${prefix}] `);
    // share one buffer so the order of lines is the order things happened
    (child as { lines: string[] }).lines = this.lines;
    return child;
  }
}
