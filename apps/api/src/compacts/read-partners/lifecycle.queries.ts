import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { endorsementRequestsOnDate, endorsementsOnDate, partnersOnDate, signatureRegister } from '@compact-ledger/projections';
import { ResourceNotFoundError } from '../../http/problems';
import type { AsOf } from '../as-of-query.dto';
import { CompactReads } from '../compact-reads';

export type LifecycleAspect = 'partners' | 'endorsements' | 'endorsement-requests' | 'signatures' | 'escalation-path';

/** One aspect of a compact: its partners, its boards' endorsements and requests to endorse, its signature register, its escalation path. */
export class GetLifecycleQuery extends Query<unknown> {
  constructor(
    readonly compactId: string,
    readonly aspect: LifecycleAspect,
    readonly at: AsOf = { asOf: null, axis: 'effective', assume: 'none' },
  ) {
    super();
  }
}

/**
 * Effective axis: the read model now (corrections applied), on the date given, dates known only
 * to a span placed as asked. Recorded axis: the stream replayed up to that moment, before any
 * later correction, shown whole.
 */
@QueryHandler(GetLifecycleQuery)
export class GetLifecycleHandler implements IQueryHandler<GetLifecycleQuery> {
  constructor(private readonly reads: CompactReads) {}

  async execute({ compactId, aspect, at }: GetLifecycleQuery): Promise<unknown> {
    const doc = await this.reads.document(compactId, at);
    const day = at.asOf === null || at.axis === 'recorded' ? null : this.reads.day(at);
    switch (aspect) {
      case 'escalation-path': {
        const path = doc.escalationPaths[doc.escalationPaths.length - 1];
        if (!path) throw new ResourceNotFoundError(`compact ${compactId} has no escalation path defined`);
        const { recorded: _recorded, ...shown } = path;
        return shown;
      }
      case 'partners':
        return partnersOnDate(doc, day, at.assume);
      case 'endorsements':
        return endorsementsOnDate(doc, day, at.assume);
      case 'endorsement-requests':
        return endorsementRequestsOnDate(doc, day, at.assume);
      case 'signatures':
        return signatureRegister(doc, day, at.assume);
    }
  }
}
