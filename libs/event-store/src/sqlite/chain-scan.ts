import type Database from 'better-sqlite3';
import { ChainVerifier } from '../envelope/chain-verifier';
import type { VerificationReport } from '../port/event-store.port';
import { packedRowsStatement, unpackRow } from './verify-segment';

/**
 * One pass over the log, from position 1 to wherever the log ends when the pass gets
 * there, made a few events at a time (each `step` reads at most `limit` rows), so a
 * running store can check its whole chain in the background at a bounded cost per
 * turn of its event loop. Every event is re-hashed and linked to its stream's one
 * before; a global position skipped (an event removed) is a break no stream shows.
 */
export class ChainScan {
  private readonly verifier = new ChainVerifier({ trackSeen: false });
  private readonly rows: Database.Statement<[number, number], string>;
  private next = 1;
  private finished = false;

  constructor(db: Database.Database, limit: number) {
    this.rows = packedRowsStatement(db, limit);
  }

  /** The last position checked. */
  get checkedUpTo(): number {
    return this.next - 1;
  }

  get done(): boolean {
    return this.finished;
  }

  /** Checks the next rows; the pass is done once a step finds none left. */
  step(): void {
    if (this.finished) return;
    const rows = this.rows.all(this.next, Number.MAX_SAFE_INTEGER);
    if (rows.length === 0) {
      this.finished = true;
      return;
    }
    for (const row of rows) {
      const event = unpackRow(row);
      if (event.position !== this.next) {
        this.verifier.addUnattributedBreak({
          streamId: '(unknown)',
          revision: -1,
          position: this.next,
          reason: 'missing',
          detail: `global position ${this.next} is missing (the next is ${event.position}): an event was removed from the log`,
        });
      }
      this.verifier.feed(event);
      this.next = event.position + 1;
    }
  }

  report(): VerificationReport {
    return this.verifier.report();
  }
}
