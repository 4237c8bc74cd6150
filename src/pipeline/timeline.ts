import type { PhaseName, PhaseRecord, Status } from '../report/model.js';

/** Thrown by a phase that fails; the timeline records which phase it was. */
export class PhaseFailure extends Error {
  override name = 'PhaseFailure';
  constructor(
    readonly phase: PhaseName,
    readonly original: unknown,
  ) {
    super(original instanceof Error ? original.message : String(original), { cause: original });
  }
}

/** A phase's own verdict: ran (with a note) or skipped (with the reason). */
export interface PhaseVerdict {
  status: Extract<Status, 'ok' | 'skipped'>;
  detail?: string;
}
export type PhaseOutcome = PhaseVerdict | void;

/** Records when each phase of one target started and ended, on the run's monotonic clock. */
export class Timeline {
  readonly phases: PhaseRecord[] = [];

  constructor(private readonly clock: () => number) {}

  /**
   * Runs one phase and returns what it returned: a phase that makes what later ones need (an
   * image, say) returns its verdict together with the thing, which the caller hands on.
   */
  async phase<T extends PhaseOutcome>(name: PhaseName, fn: () => Promise<T>): Promise<T> {
    const start = this.clock();
    try {
      const result = await fn();
      const outcome: PhaseOutcome = result;
      const record: PhaseRecord = { name, start, end: this.clock(), status: outcome?.status ?? 'ok' };
      if (outcome?.detail) record.detail = outcome.detail;
      this.phases.push(record);
      return result;
    } catch (error: unknown) {
      this.phases.push({ name, start, end: this.clock(), status: 'failed' });
      throw error instanceof PhaseFailure ? error : new PhaseFailure(name, error);
    }
  }
}
