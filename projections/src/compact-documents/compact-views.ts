import {
  certainlyOnOrBefore,
  type CalendarDate,
  type CompactStatus,
  dayAfter,
  type DatePlacement,
  type DaySpan,
  happenedBy,
  membershipOn,
  notYetBy,
  type PaperDate,
  spanOf,
  type StatusFacts,
  statusOn,
  termExpiresOn,
} from '@compact-ledger/domain';
import type { CompactDocument, EndorsementEntry, EndorsementRequestEntry, InForceEntry, PartnerEntry, TermEntry, VersionEntry } from './compact-document';

/*
 * The reads of a compact document on a date, as an as-of read places dates the papers give only
 * to a span (see DatePlacement): the domain's rules (status, membership) over the document's
 * facts, nothing stored.
 */

export const termInEffect = (doc: CompactDocument): TermEntry | null => doc.terms[doc.terms.length - 1] ?? null;

export function statusFactsOf(doc: CompactDocument): StatusFacts {
  return { versions: doc.versions, inForce: doc.inForce, term: termInEffect(doc), closure: doc.closure };
}

/** A fact whose date leaves it open whether it had happened on the day asked: a read with `assume` can place it. */
export interface UndeterminedFact {
  fact: string;
  factId: string | null;
  date: PaperDate;
}

export interface CompactOnDate {
  status: CompactStatus;
  /** The newest version dated by then. */
  currentVersion: VersionEntry | null;
  term: TermEntry | null;
  inForce: InForceEntry[];
  /** Partners on the date: members, and those whose dates leave it undetermined. */
  partners: Array<PartnerEntry & { onDate: 'member' | 'undetermined' }>;
  undetermined: UndeterminedFact[];
}

/** Whether a date leaves it open, under the placement, whether its fact had happened by the day. */
function open(date: PaperDate, day: CalendarDate, placement: DatePlacement): boolean {
  return !happenedBy(date, day, placement) && !notYetBy(date, day, placement);
}

export function compactOnDate(doc: CompactDocument, day: CalendarDate, placement: DatePlacement): CompactOnDate {
  const versions = doc.versions.filter((v) => happenedBy(v.dated, day, placement));
  const partners = partnersOnDate(doc, day, placement);
  const undetermined: UndeterminedFact[] = [
    ...doc.versions.filter((v) => open(v.dated, day, placement)).map((v) => ({ fact: `version ${v.label} dated`, factId: v.factId, date: v.dated })),
    ...doc.inForce
      .filter((r) => open(r.effectiveOn, day, placement))
      .map((r) => ({ fact: `version ${r.versionLabel} in force`, factId: r.factId, date: r.effectiveOn })),
    ...(doc.closure && open(doc.closure.effectiveOn, day, placement)
      ? [{ fact: `compact ${doc.closure.kind}`, factId: doc.closure.factId, date: doc.closure.effectiveOn }]
      : []),
    ...termDatesOpen(termInEffect(doc), day, placement),
    ...partners
      .filter((p) => p.onDate === 'undetermined')
      .flatMap((p) => p.memberships.map((m) => ({ fact: `${p.name} a partner`, factId: m.admissionFactId, date: m.from }))),
  ];
  return {
    status: statusOn(statusFactsOf(doc), day, placement),
    currentVersion: versions[versions.length - 1] ?? null,
    term: termInEffect(doc),
    inForce: doc.inForce.filter((r) => happenedBy(r.effectiveOn, day, placement)),
    partners,
    undetermined,
  };
}

function termDatesOpen(term: TermEntry | null, day: CalendarDate, placement: DatePlacement): UndeterminedFact[] {
  if (!term) return [];
  const dates: Array<[string, PaperDate | null]> = [
    ['term from', term.effectiveFrom],
    ['term expiry', term.expiresOn],
    ['refresh due', term.refreshDueBy],
  ];
  return dates.filter(([, date]) => date !== null && open(date, day, placement)).map(([fact, date]) => ({ fact, factId: term.factId, date: date! }));
}

/** The partners on a date: those that were members, and those whose dates leave it undetermined; every partner when no date is asked. */
export function partnersOnDate(
  doc: CompactDocument,
  day: CalendarDate | null,
  placement: DatePlacement,
): Array<PartnerEntry & { onDate: 'member' | 'undetermined' }> {
  return doc.partners.flatMap((partner) => {
    if (day === null) return [{ ...partner, onDate: 'member' as const }];
    const on = membershipOn(partner, day, placement);
    return on === 'not-member' ? [] : [{ ...partner, onDate: on }];
  });
}

export function endorsementsOnDate(doc: CompactDocument, day: CalendarDate | null, placement: DatePlacement): EndorsementEntry[] {
  return doc.endorsements.filter((e) => day === null || happenedBy(e.meetingDate, day, placement));
}

export function endorsementRequestsOnDate(doc: CompactDocument, day: CalendarDate | null, placement: DatePlacement): EndorsementRequestEntry[] {
  return doc.endorsementRequests.filter((e) => day === null || happenedBy(e.meetingDate, day, placement));
}

export interface RegisterRow {
  /** The signature's fact id (what a correction names), null for an unsigned slot. */
  factId: string | null;
  versionLabel: string;
  contentHash: string;
  organisationId: string;
  organisation: string;
  status: 'signed' | 'not-signed';
  signatory: { name: string; role: string | null } | null;
  /** The date on the paper, with its precision. */
  signedOn: PaperDate | null;
  /** When the ledger recorded it. */
  recordedAt: string | null;
  signifies: string[];
  /** What the ledger took that the paper does not plainly say. */
  assumption: string | null;
  corrected: boolean;
}

/**
 * The signature register: one row per partner and version with text, signed or not yet. A
 * version's rows are the partners that may have been members while it was the newest version
 * (or that signed it), so an unsigned slot is a row, not an absence; on a date, the versions
 * dated and the signatures on paper by then, as the placement reads them.
 */
export function signatureRegister(doc: CompactDocument, day: CalendarDate | null, placement: DatePlacement): RegisterRow[] {
  const versions = doc.versions.filter((v) => day === null || happenedBy(v.dated, day, placement));
  const signatures = doc.signatures.filter((s) => day === null || happenedBy(s.signedOn, day, placement));
  const rows: RegisterRow[] = [];
  versions.forEach((version, i) => {
    if (version.contentHash === null) return;
    const next = versions[i + 1] ?? null;
    for (const partner of doc.partners) {
      const signature = signatures.find((s) => s.organisationId === partner.organisationId && s.versionLabel === version.label);
      const memberWhileCurrent = partner.memberships.some(
        (m) =>
          (next === null || !certainlyOnOrBefore(next.dated, m.from)) &&
          (day === null || !notYetBy(m.from, day, placement)) &&
          (m.until === null || !certainlyOnOrBefore(m.until, version.dated)),
      );
      if (!signature && !memberWhileCurrent) continue;
      rows.push({
        factId: signature?.factId ?? null,
        versionLabel: version.label,
        contentHash: version.contentHash,
        organisationId: partner.organisationId,
        organisation: partner.name,
        status: signature ? 'signed' : 'not-signed',
        signatory: signature?.signatory ?? null,
        signedOn: signature?.signedOn ?? null,
        recordedAt: signature?.recorded.recordedAt ?? null,
        signifies: signature?.signifies ?? [],
        assumption: signature?.assumption ?? null,
        corrected: signature?.corrected ?? false,
      });
    }
  });
  return rows;
}

export interface StatusPeriod {
  status: CompactStatus;
  /** The first day it holds; null: since before any date the compact has. */
  from: CalendarDate | null;
  /** The first day it no longer holds; null: from then on. */
  until: CalendarDate | null;
}

/**
 * The compact's status over time, as the placement reads its dates: the periods over which the
 * status rule gives one answer. The rule only changes its answer on a day one of the dates it
 * reads begins, ends or is passed, so it is asked on those days.
 */
export function statusPeriods(doc: CompactDocument, placement: DatePlacement): StatusPeriod[] {
  const facts = statusFactsOf(doc);
  const spans: Array<DaySpan | null> = [
    ...doc.versions.map((v) => spanOf(v.dated)),
    ...doc.inForce.map((r) => spanOf(r.effectiveOn)),
    doc.closure ? spanOf(doc.closure.effectiveOn) : null,
    facts.term?.refreshDueBy ? spanOf(facts.term.refreshDueBy) : null,
    facts.term ? spanOf(termExpiresOn(facts.term, doc.inForce)) : null,
  ];
  const days = new Set<CalendarDate>();
  for (const span of spans) {
    if (span === null) continue;
    for (const day of [span.earliest, span.latest]) {
      days.add(day);
      days.add(dayAfter(day));
    }
  }
  const periods: StatusPeriod[] = [{ status: statusOn(facts, '0001-01-01', placement), from: null, until: null }];
  for (const day of [...days].sort()) {
    const status = statusOn(facts, day, placement);
    const last = periods[periods.length - 1];
    if (status === last.status) continue;
    last.until = day;
    periods.push({ status, from: day, until: null });
  }
  return periods;
}
