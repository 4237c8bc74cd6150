import * as core from '@actions/core';
import path from 'node:path';
import type { SourceLocation } from '../config/types.js';
import type { Logger } from '../log.js';

/**
 * Logs through the runner: collapsible groups, and errors and warnings as annotations on the
 * file and line they are about. Children (targets running side by side) prefix their lines
 * instead of opening groups, because groups cannot interleave.
 */
export class ActionLogger implements Logger {
  constructor(
    private readonly workspace: string,
    private readonly prefix = '',
  ) {}

  private annotation(location: SourceLocation | undefined): core.AnnotationProperties {
    if (!location) return {};
    const props: core.AnnotationProperties = { file: path.relative(this.workspace, location.file) || location.file };
    if (location.line !== undefined) props.startLine = location.line;
    if (location.column !== undefined) props.startColumn = location.column;
    return props;
  }

  info(message: string): void {
    core.info(`${this.prefix}${message}`);
  }

  debug(message: string): void {
    core.debug(`${this.prefix}${message}`);
  }

  warning(message: string, location?: SourceLocation): void {
    core.warning(`${this.prefix}${message}`, this.annotation(location));
  }

  error(message: string, location?: SourceLocation): void {
    core.error(`${this.prefix}${message}`, this.annotation(location));
  }

  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    if (this.prefix) {
      this.info(`── ${title}`);
      return fn();
    }
    return core.group(title, fn);
  }

  child(prefix: string): Logger {
    return new ActionLogger(this.workspace, `${this.prefix}[${prefix}] `);
  }
}
