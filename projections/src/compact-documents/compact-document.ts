import {
  type AmendmentSummary,
  type BoardEndorsementRecorded,
  type CompactCameIntoForce,
  type CompactEvent,
  compactEventCodec,
  type CompactTermSet,
  type CorrectableEventType,
  type Correction,
  type DescribedChanges,
  type EndorsementRequested,
  type EscalationLevel,
  factIds,
  inForceDate,
  type LeavingBasis,
  type OrganisationType,
  type PaperDate,
  type PartnerSigned,
  type Representative,
} from '@compact-ledger/domain';
import type { Actor, RecordedEvent } from '@compact-ledger/event-store';

/*
 * One compact as its reads show it (GET /compacts/:id and its partners, endorsements,
 * signatures, escalation path): the read model's own shape, folded from the compact's events by
 * `evolveCompactDocument`, with when and by whom the ledger recorded each fact. A change inside
 * the decider's state does not change it. Versions' texts are in compact_versions_v2.
 */

/** When the ledger recorded a fact, and who entered it. */
export interface RecordedFact {
  recordedAt: string;
  recordedBy: Actor;
  position: number;
}

/** What a correction has done to a fact: the original stays in the history. */
interface Correctable {
  recorded: RecordedFact;
  /** True once a correction has changed it. */
  corrected: boolean;
}

export interface VersionEntry extends Correctable {
  factId: string;
  label: string;
  note: string | null;
  dated: PaperDate;
  contentHash: string | null;
  /** False where the paper lists the version but does not carry its text. */
  textRecorded: boolean;
  amendment: AmendmentSummary | null;
  describedChanges: DescribedChanges | null;
}

export interface DepartureEntry extends Correctable {
  kind: 'withdrew' | 'asked-to-leave';
  factId: string;
  /** withdrew: the date notice was given. */
  noticeGivenOn: PaperDate | null;
  reason: string;
  /** asked-to-leave: the decision or dispute it rests on. */
  basis: LeavingBasis | null;
}

export interface MembershipEntry {
  admissionFactId: string;
  from: PaperDate;
  /** The first day it is no longer a partner; null while it is one. */
  until: PaperDate | null;
  ending: DepartureEntry | null;
  admissionRecorded: RecordedFact;
  /** True once a correction has changed the admission. */
  corrected: boolean;
}

export interface PartnerEntry {
  organisationId: string;
  name: string;
  organisationType: OrganisationType;
  lead: Representative | null;
  deputy: Representative | null;
  memberships: MembershipEntry[];
}

export type EndorsementEntry = BoardEndorsementRecorded['data'] & Correctable;
export type EndorsementRequestEntry = EndorsementRequested['data'] & Correctable;
export type SignatureEntry = PartnerSigned['data'] & Correctable;
export type TermEntry = CompactTermSet['data'] & Correctable;
export type InForceEntry = CompactCameIntoForce['data'] & Correctable;

export interface EscalationPathEntry extends Correctable {
  factId: string;
  levels: EscalationLevel[];
  note: string;
  effectiveOn: PaperDate;
}

export interface ClosureEntry extends Correctable {
  kind: 'terminated' | 'superseded';
  factId: string;
  effectiveOn: PaperDate;
  reason: string;
  decisionReference: string | null;
  successorCompactId: string | null;
}

export interface CorrectionEntry {
  factId: string;
  correctedEventType: CorrectableEventType;
  reason: string;
  correction: Correction;
  previous: Correction;
  recorded: RecordedFact;
}

export interface CompactDocument {
  compactId: string;
  title: string;
  covers: string;
  description: string | null;
  draftedAt: string;
  draftedBy: Actor;
  /** The stream's revision: the ETag, and the If-Match of the next command. */
  revision: number;
  updatedAt: string;
  position: number;
  versions: VersionEntry[];
  /** In the order first admitted. */
  partners: PartnerEntry[];
  endorsements: EndorsementEntry[];
  endorsementRequests: EndorsementRequestEntry[];
  signatures: SignatureEntry[];
  /** Every term set; the last is in effect. */
  terms: TermEntry[];
  inForce: InForceEntry[];
  /** Every path defined; the last is the current one. */
  escalationPaths: EscalationPathEntry[];
  closure: ClosureEntry | null;
  corrections: CorrectionEntry[];
}

export const COMPACT_STREAM = /^compact-(.+)$/;

/** The document after one more of the compact's events; an event of a type this version does not know changes only the revision. */
export function evolveCompactDocument(document: CompactDocument | null, recorded: RecordedEvent): CompactDocument | null {
  const event = compactEventCodec.decode(recorded);
  const stamp = { revision: recorded.revision, updatedAt: recorded.metadata.recordedAt, position: recorded.position };
  if (event?.type === 'CompactDrafted') {
    const { compactId, title, covers, description } = event.data;
    return {
      compactId,
      title,
      covers,
      description,
      draftedAt: recorded.metadata.recordedAt,
      draftedBy: recorded.metadata.actor,
      ...stamp,
      versions: [],
      partners: [],
      endorsements: [],
      endorsementRequests: [],
      signatures: [],
      terms: [],
      inForce: [],
      escalationPaths: [],
      closure: null,
      corrections: [],
    };
  }
  if (document === null) return null;
  if (event === null) return { ...document, ...stamp };
  const fact: RecordedFact = { recordedAt: recorded.metadata.recordedAt, recordedBy: recorded.metadata.actor, position: recorded.position };
  return { ...apply(document, event, fact), ...stamp };
}

function apply(doc: CompactDocument, event: Exclude<CompactEvent, { type: 'CompactDrafted' }>, recorded: RecordedFact): CompactDocument {
  const fresh = { recorded, corrected: false };
  switch (event.type) {
    case 'CompactVersionPublished': {
      const { factId, label, note, dated, sections, contentHash, amendment, describedChanges } = event.data;
      return {
        ...doc,
        versions: [...doc.versions, { factId, label, note, dated, contentHash, textRecorded: sections !== null, amendment, describedChanges, ...fresh }],
      };
    }
    case 'PartnerAdmitted': {
      const { factId, organisationId, name, organisationType, lead, deputy, effectiveOn } = event.data;
      const membership: MembershipEntry = {
        admissionFactId: factId,
        from: effectiveOn,
        until: null,
        ending: null,
        admissionRecorded: recorded,
        corrected: false,
      };
      const existing = doc.partners.find((p) => p.organisationId === organisationId);
      if (!existing) return { ...doc, partners: [...doc.partners, { organisationId, name, organisationType, lead, deputy, memberships: [membership] }] };
      return withPartner(doc, organisationId, (p) => ({ ...p, name, organisationType, lead, deputy, memberships: [...p.memberships, membership] }));
    }
    case 'PartnerRepresentativesChanged':
      return withPartner(doc, event.data.organisationId, (p) => ({ ...p, lead: event.data.lead, deputy: event.data.deputy }));
    case 'PartnerWithdrawn': {
      const { factId, organisationId, noticeGivenOn, effectiveOn, reason } = event.data;
      return endMembership(doc, organisationId, effectiveOn, { kind: 'withdrew', factId, noticeGivenOn, reason, basis: null, ...fresh });
    }
    case 'PartnerAskedToLeave': {
      const { factId, organisationId, effectiveOn, reason, basis } = event.data;
      return endMembership(doc, organisationId, effectiveOn, { kind: 'asked-to-leave', factId, noticeGivenOn: null, reason, basis, ...fresh });
    }
    case 'BoardEndorsementRecorded':
      return { ...doc, endorsements: [...doc.endorsements, { ...event.data, ...fresh }] };
    case 'EndorsementRequested':
      return { ...doc, endorsementRequests: [...doc.endorsementRequests, { ...event.data, ...fresh }] };
    case 'PartnerSigned':
      return { ...doc, signatures: [...doc.signatures, { ...event.data, ...fresh }] };
    case 'CompactTermSet':
      // A term stored before terms had ids is named by its place in order, as the decider names it.
      return { ...doc, terms: [...doc.terms, { ...event.data, factId: event.data.factId ?? factIds.term(doc.terms.length + 1), ...fresh }] };
    case 'CompactCameIntoForce':
      return { ...doc, inForce: [...doc.inForce, { ...event.data, ...fresh }] };
    case 'CompactTerminated':
      return { ...doc, closure: { kind: 'terminated', ...event.data, successorCompactId: null, ...fresh } };
    case 'CompactSuperseded':
      return { ...doc, closure: { kind: 'superseded', ...event.data, ...fresh } };
    case 'EscalationPathDefined': {
      const factId = event.data.factId ?? factIds.escalationPath(doc.escalationPaths.length + 1);
      const { levels, note, effectiveOn } = event.data;
      return { ...doc, escalationPaths: [...doc.escalationPaths, { factId, levels, note, effectiveOn, ...fresh }] };
    }
    case 'EventCorrected':
      return correct(doc, event.data, recorded);
  }
}

function withPartner(doc: CompactDocument, organisationId: string, change: (p: PartnerEntry) => PartnerEntry): CompactDocument {
  return { ...doc, partners: doc.partners.map((p) => (p.organisationId === organisationId ? change(p) : p)) };
}

function endMembership(doc: CompactDocument, organisationId: string, until: PaperDate, ending: DepartureEntry): CompactDocument {
  return withPartner(doc, organisationId, (p) => ({
    ...p,
    memberships: p.memberships.map((m, i) => (i === p.memberships.length - 1 && m.until === null ? { ...m, until, ending } : m)),
  }));
}

/** A correction's fields merged into the fact it names; the original event stays in the history. */
function correct(doc: CompactDocument, data: Extract<CompactEvent, { type: 'EventCorrected' }>['data'], recorded: RecordedFact): CompactDocument {
  const { factId, correction } = data;
  const { fact: _fact, ...fields } = correction as Correction & Record<string, unknown>;
  const next: CompactDocument = { ...doc, corrections: [...doc.corrections, { ...data, recorded }] };
  const merge = <T extends { factId: string }>(list: T[]) => list.map((item) => (item.factId === factId ? { ...item, ...fields, corrected: true } : item));
  switch (correction.fact) {
    case 'version':
      return { ...next, versions: merge(next.versions) };
    case 'admission':
      return {
        ...next,
        partners: next.partners.map((p) => {
          const index = p.memberships.findIndex((m) => m.admissionFactId === factId);
          if (index < 0) return p;
          const latest = index === p.memberships.length - 1;
          return {
            ...p,
            name: correction.name !== undefined && latest ? correction.name : p.name,
            organisationType: correction.organisationType !== undefined && latest ? correction.organisationType : p.organisationType,
            memberships: p.memberships.map((m, i) => (i === index ? { ...m, from: correction.effectiveOn ?? m.from, corrected: true } : m)),
          };
        }),
      };
    case 'withdrawal':
    case 'asked-to-leave': {
      const { effectiveOn, ...ending } = fields as { effectiveOn?: PaperDate };
      return {
        ...next,
        partners: next.partners.map((p) => ({
          ...p,
          memberships: p.memberships.map((m) =>
            m.ending?.factId === factId ? { ...m, until: effectiveOn ?? m.until, ending: { ...m.ending, ...ending, corrected: true } } : m,
          ),
        })),
      };
    }
    case 'endorsement':
      return { ...next, endorsements: merge(next.endorsements) };
    case 'endorsement-request':
      return { ...next, endorsementRequests: merge(next.endorsementRequests) };
    case 'signature': {
      const signatures = merge(next.signatures);
      // A corrected paper date moves the in-force date it determined (the domain's rule for it).
      const inForce = next.inForce.map((r) =>
        r.signatureFactIds.includes(factId)
          ? {
              ...r,
              effectiveOn: inForceDate(
                signatures.filter((s) => r.signatureFactIds.includes(s.factId)),
                r.completedBy,
              ),
            }
          : r,
      );
      return { ...next, signatures, inForce };
    }
    case 'term':
      return { ...next, terms: merge(next.terms) };
    case 'in-force':
      return { ...next, inForce: merge(next.inForce) };
    case 'termination':
    case 'supersession':
      return {
        ...next,
        closure: next.closure && next.closure.factId === factId ? ({ ...next.closure, ...fields, corrected: true } as ClosureEntry) : next.closure,
      };
    case 'escalation-path':
      return { ...next, escalationPaths: merge(next.escalationPaths) };
  }
}

/** The compact a stream's events make, folded in memory: what the ledger showed at a moment, when given the events recorded by then. */
export function foldCompactDocument(events: readonly RecordedEvent[]): CompactDocument | null {
  return events.reduce<CompactDocument | null>(evolveCompactDocument, null);
}
