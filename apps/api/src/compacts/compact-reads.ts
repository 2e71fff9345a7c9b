import { Inject, Injectable } from '@nestjs/common';
import { type CalendarDate, compactStream } from '@compact-ledger/domain';
import type { EventStore, RecordedEvent } from '@compact-ledger/event-store';
import {
  type CompactDocument,
  type CompactVersionsView,
  findCompactDocument,
  foldCompactDocument,
  foldCompactVersions,
  compactVersionsProjection,
} from '@compact-ledger/projections';
import type Database from 'better-sqlite3';
import { ResourceNotFoundError } from '../http/problems';
import { EVENT_STORE, READ_MODEL_DB } from '../infrastructure/tokens';
import { type AsOf, asOfPoint } from './as-of-query.dto';

/** Today's calendar date in UTC: the default as-of date of a read. */
export const today = (): CalendarDate => new Date().toISOString().slice(0, 10);

/**
 * A compact's read documents for a read on either clock. Effective (the default): the read
 * models now, corrections included; the date asked is where the reads place it. Recorded: the
 * stream's events recorded by that moment, folded with the same projection code, so what the
 * ledger showed then is exactly what its read models held then.
 */
@Injectable()
export class CompactReads {
  constructor(
    @Inject(READ_MODEL_DB) private readonly db: Database.Database,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /** The day an as-of read asks about (today when none is given). */
  day(at: AsOf): CalendarDate {
    return at.asOf === null ? today() : asOfPoint(at.asOf).date;
  }

  async document(compactId: string, at: AsOf): Promise<CompactDocument> {
    if (at.axis === 'recorded' && at.asOf !== null) {
      const doc = foldCompactDocument(await this.recordedBy(compactId, at.asOf));
      if (!doc) throw new ResourceNotFoundError(`compact ${compactId} had not been recorded by ${asOfPoint(at.asOf).moment}`);
      return doc;
    }
    const doc = findCompactDocument(this.db, compactId);
    if (!doc) throw new ResourceNotFoundError(`no compact with id ${compactId}`);
    return doc;
  }

  async versions(compactId: string, at: AsOf): Promise<CompactVersionsView> {
    if (!findCompactDocument(this.db, compactId)) throw new ResourceNotFoundError(`no compact with id ${compactId}`);
    if (at.axis === 'recorded' && at.asOf !== null) return foldCompactVersions(await this.recordedBy(compactId, at.asOf)) ?? { compactId, versions: [] };
    return compactVersionsProjection.get(this.db, compactId) ?? { compactId, versions: [] };
  }

  private async recordedBy(compactId: string, asOf: string): Promise<RecordedEvent[]> {
    const cutoff = asOfPoint(asOf).moment;
    return (await this.store.readStream(compactStream(compactId))).filter((e) => e.metadata.recordedAt <= cutoff);
  }
}
