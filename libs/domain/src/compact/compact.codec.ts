import { eventCodec, type Upcaster } from '../shared/event-codec';
import type { CompactEvent, CompactTermSet, EscalationPathDefined } from './compact.events';
import { factIds } from './fact-ids';
import { upcastDate, upcastOptionalDate } from './paper-date';

type Data = Record<string, unknown>;

/**
 * Stored compact events to the typed union. Ledgers written before dates carried their
 * precision hold them as `YYYY-MM-DD` strings, and before every correctable fact had an id,
 * some facts have none: both are upcast here, and nowhere else. A stored string date was a
 * day given exactly (the API took nothing else), so it becomes an exact PaperDate with its words
 * not transcribed; a missing id is derived from the fact (fact-ids.ts). Upcasting an event
 * already in the current shape leaves it as it is.
 */
const upcasters: Record<string, Upcaster<CompactEvent>> = {
  CompactVersionPublished: (data) => {
    const d = data as Data;
    return {
      type: 'CompactVersionPublished',
      data: {
        ...d,
        factId: (d.factId as string) ?? factIds.version(d.label as string),
        note: (d.note as string | null) ?? null,
        dated: upcastDate(d.dated),
        sections: (d.sections as []) ?? null,
        contentHash: (d.contentHash as string) ?? null,
        amendment: d.amendment ?? null,
        describedChanges: d.describedChanges ?? null,
      },
    } as unknown as CompactEvent;
  },
  PartnerAdmitted: (data) => ({ type: 'PartnerAdmitted', data: { ...(data as Data), effectiveOn: upcastDate((data as Data).effectiveOn) } }) as CompactEvent,
  PartnerWithdrawn: (data) => {
    const d = data as Data;
    const effectiveOn = upcastDate(d.effectiveOn);
    return {
      type: 'PartnerWithdrawn',
      data: { ...d, factId: (d.factId as string) ?? factIds.withdrawal(d.organisationId as string, effectiveOn), noticeGivenOn: upcastDate(d.noticeGivenOn), effectiveOn },
    } as CompactEvent;
  },
  PartnerAskedToLeave: (data) => {
    const d = data as Data;
    const effectiveOn = upcastDate(d.effectiveOn);
    return { type: 'PartnerAskedToLeave', data: { ...d, factId: (d.factId as string) ?? factIds.askedToLeave(d.organisationId as string, effectiveOn), effectiveOn } } as CompactEvent;
  },
  BoardEndorsementRecorded: (data) =>
    ({ type: 'BoardEndorsementRecorded', data: { assumption: null, ...(data as Data), meetingDate: upcastDate((data as Data).meetingDate) } }) as CompactEvent,
  PartnerSigned: (data) => ({ type: 'PartnerSigned', data: { assumption: null, ...(data as Data), signedOn: upcastDate((data as Data).signedOn) } }) as CompactEvent,
  // A term's id, where it has none, is its place in order: evolve() gives it (fact-ids.ts).
  CompactTermSet: (data) => {
    const d = data as Data;
    return {
      type: 'CompactTermSet',
      data: { ...d, effectiveFrom: upcastOptionalDate(d.effectiveFrom), expiresOn: upcastOptionalDate(d.expiresOn), refreshDueBy: upcastOptionalDate(d.refreshDueBy) },
    } as CompactTermSet;
  },
  CompactCameIntoForce: (data) => {
    const d = data as Data;
    const completedBy = d.completedBy as Data | null;
    return {
      type: 'CompactCameIntoForce',
      data: {
        ...d,
        factId: (d.factId as string) ?? factIds.inForce(d.versionLabel as string),
        effectiveOn: upcastDate(d.effectiveOn),
        completedBy: completedBy?.kind === 'departure' ? { ...completedBy, effectiveOn: upcastDate(completedBy.effectiveOn) } : (completedBy ?? null),
      },
    } as CompactEvent;
  },
  CompactTerminated: (data) =>
    ({ type: 'CompactTerminated', data: { factId: factIds.termination(), ...(data as Data), effectiveOn: upcastDate((data as Data).effectiveOn) } }) as CompactEvent,
  CompactSuperseded: (data) =>
    ({ type: 'CompactSuperseded', data: { factId: factIds.supersession(), ...(data as Data), effectiveOn: upcastDate((data as Data).effectiveOn) } }) as CompactEvent,
  EscalationPathDefined: (data) =>
    ({ type: 'EscalationPathDefined', data: { ...(data as Data), effectiveOn: upcastDate((data as Data).effectiveOn) } }) as EscalationPathDefined,
  EventCorrected: (data) => {
    const d = data as Data;
    return { type: 'EventCorrected', data: { ...d, correction: upcastCorrection(d.correction as Data), previous: upcastCorrection(d.previous as Data) } } as CompactEvent;
  },
};

const DATE_FIELDS = ['dated', 'effectiveOn', 'noticeGivenOn', 'meetingDate', 'signedOn'];
const OPTIONAL_DATE_FIELDS = ['effectiveFrom', 'expiresOn', 'refreshDueBy'];

/** A correction stored with string dates (a signature's signedOn, an endorsement's meetingDate, an admission's effectiveOn). */
function upcastCorrection(correction: Data): Data {
  const out: Data = { ...correction };
  for (const key of DATE_FIELDS) if (key in out && out[key] !== undefined) out[key] = upcastDate(out[key]);
  for (const key of OPTIONAL_DATE_FIELDS) if (key in out && out[key] !== undefined) out[key] = upcastOptionalDate(out[key]);
  return out;
}

export const compactEventCodec = eventCodec<CompactEvent>(
  {
    CompactDrafted: true,
    CompactVersionPublished: true,
    PartnerAdmitted: true,
    PartnerRepresentativesChanged: true,
    PartnerWithdrawn: true,
    PartnerAskedToLeave: true,
    BoardEndorsementRecorded: true,
    EndorsementRequested: true,
    PartnerSigned: true,
    CompactTermSet: true,
    CompactCameIntoForce: true,
    CompactTerminated: true,
    CompactSuperseded: true,
    EscalationPathDefined: true,
    EventCorrected: true,
  },
  upcasters,
);
