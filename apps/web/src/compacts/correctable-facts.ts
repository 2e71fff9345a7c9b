import type { Schemas } from '../api/client';
import { dateLabel } from '../dates/paper-date';

/*
 * Every fact on a compact that a correction may name (docs/domain.md, "Correction"), gathered
 * from the reads that show it, each with its factId, its kind, a line saying which fact it is,
 * and what it says now (so the form can show it beside each field).
 */

export type FactKind = Schemas['CorrectedFieldsDto']['fact'];

export interface CorrectableFact {
  factId: string;
  fact: FactKind;
  /** "Version 6.0, dated 27 Feb (year assumed: 2013)" */
  label: string;
  /** What each correctable field says now, in words. */
  now: Record<string, string>;
  /** The escalation path's levels now (the form starts from them). */
  levels?: Schemas['EscalationLevelDto'][];
}

export interface CompactReads {
  compact: Schemas['CompactViewDto'];
  versions: readonly Schemas['VersionDto'][];
  partners: readonly Schemas['PartnerViewDto'][];
  endorsements: readonly Schemas['EndorsementViewDto'][];
  requests: readonly Schemas['EndorsementRequestViewDto'][];
  register: readonly Schemas['RegisterRowDto'][];
  path: Schemas['CompactEscalationPathDto'] | null;
  /** The compact's events, for what no read shows with its factId: a termination or a supersession. */
  history: readonly Schemas['RecordedEventDto'][];
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const PARTS = ['year', 'month', 'day'] as const;
const isPart = (value: unknown): value is (typeof PARTS)[number] => PARTS.some((p) => p === value);

function assumptionIn(value: unknown): Schemas['DateAssumptionDto'] | null {
  if (!isRecord(value) || typeof value.basis !== 'string') return null;
  const between = isRecord(value.between) && typeof value.between.earliest === 'string' && typeof value.between.latest === 'string';
  return {
    basis: value.basis,
    parts: Array.isArray(value.parts) ? value.parts.filter(isPart) : [],
    between: between && isRecord(value.between) ? { earliest: String(value.between.earliest), latest: String(value.between.latest) } : null,
  };
}

/** A closure event's date as the event holds it (a PaperDate, or a day in older events), in words. */
function eventDate(value: unknown): string {
  if (typeof value === 'string') return value;
  if (!isRecord(value)) return '';
  const { asWritten, precision, value: day, assumed } = value;
  if (precision !== 'exact' && precision !== 'month' && precision !== 'year' && precision !== 'not-given') return '';
  return dateLabel({
    asWritten: typeof asWritten === 'string' ? asWritten : null,
    precision,
    value: typeof day === 'string' ? day : null,
    assumed: assumptionIn(assumed),
  });
}

export function correctableFacts(reads: CompactReads): CorrectableFact[] {
  const { compact, versions, partners, endorsements, requests, register, path, history } = reads;
  const name = (org: string | null) => (org === null ? 'no partner' : (partners.find((p) => p.organisationId === org)?.name ?? org));
  const facts: CorrectableFact[] = [];
  for (const v of versions) {
    facts.push({
      factId: v.factId,
      fact: 'version',
      label: `Version ${v.label}, dated ${dateLabel(v.dated)}`,
      now: { dated: dateLabel(v.dated), note: v.note ?? 'none' },
    });
  }
  for (const p of partners) {
    for (const m of p.memberships) {
      facts.push({
        factId: m.admissionFactId,
        fact: 'admission',
        label: `${p.name} admitted, from ${dateLabel(m.from)}`,
        now: { name: p.name, organisationType: p.organisationType, effectiveOn: dateLabel(m.from) },
      });
      if (m.ending) {
        const ending = m.ending;
        facts.push({
          factId: ending.factId,
          fact: ending.kind === 'withdrew' ? 'withdrawal' : 'asked-to-leave',
          label: `${p.name} ${ending.kind === 'withdrew' ? 'withdrew' : 'asked to leave'}, on ${dateLabel(m.until)}`,
          now: {
            effectiveOn: dateLabel(m.until),
            noticeGivenOn: dateLabel(ending.noticeGivenOn, 'none'),
            reason: ending.reason,
            basis: ending.basis ? `${ending.basis.kind}: ${ending.basis.reference}` : 'none',
          },
        });
      }
    }
  }
  for (const e of endorsements) {
    facts.push({
      factId: e.factId,
      fact: 'endorsement',
      label: `Endorsement by ${e.boardName} (${name(e.organisationId)}), ${dateLabel(e.meetingDate)}`,
      now: {
        boardName: e.boardName,
        meetingDate: dateLabel(e.meetingDate),
        outcome: e.outcome,
        concerns: e.concerns.map((c) => `${c.concern}${c.response ? ` | ${c.response}` : ''}`).join('\n') || 'none',
        reason: e.reason ?? 'none',
      },
    });
  }
  for (const r of requests) {
    facts.push({
      factId: r.factId,
      fact: 'endorsement-request',
      label: `Request to endorse to ${r.boardName}, ${dateLabel(r.meetingDate)}`,
      now: { boardName: r.boardName, meetingDate: dateLabel(r.meetingDate), asked: r.asked },
    });
  }
  for (const row of register) {
    if (row.status !== 'signed' || row.factId === null) continue;
    facts.push({
      factId: row.factId,
      fact: 'signature',
      label: `Signature of ${row.organisation} on version ${row.versionLabel}, ${dateLabel(row.signedOn)}`,
      now: {
        signatory: row.signatory ? `${row.signatory.name}${row.signatory.role ? `, ${row.signatory.role}` : ''}` : 'none',
        signedOn: dateLabel(row.signedOn),
        signifies: row.signifies.join(', ') || 'none',
      },
    });
  }
  if (compact.term) {
    const t = compact.term;
    facts.push({
      factId: t.factId,
      fact: 'term',
      label: 'The term',
      now: {
        inForceRule: t.inForceRule,
        effectiveFrom: dateLabel(t.effectiveFrom, 'none'),
        expiresOn: dateLabel(t.expiresOn, 'none'),
        refreshDueBy: dateLabel(t.refreshDueBy, 'none'),
        durationMonths: t.durationMonths === null ? 'none' : String(t.durationMonths),
        decisionReference: t.decisionReference ?? 'none',
      },
    });
  }
  for (const f of compact.inForce) {
    facts.push({
      factId: f.factId,
      fact: 'in-force',
      label: `Version ${f.versionLabel} in force from ${dateLabel(f.effectiveOn)}`,
      now: { effectiveOn: dateLabel(f.effectiveOn), decisionReference: f.decisionReference ?? 'none' },
    });
  }
  for (const event of history) {
    const factId = text(event.data.factId);
    if (!factId) continue;
    if (event.type === 'CompactTerminated') {
      facts.push({
        factId,
        fact: 'termination',
        label: `Terminated on ${eventDate(event.data.effectiveOn)}`,
        now: {
          effectiveOn: eventDate(event.data.effectiveOn),
          reason: text(event.data.reason),
          decisionReference: text(event.data.decisionReference) || 'none',
        },
      });
    } else if (event.type === 'CompactSuperseded') {
      facts.push({
        factId,
        fact: 'supersession',
        label: `Superseded on ${eventDate(event.data.effectiveOn)}`,
        now: {
          successorCompactId: text(event.data.successorCompactId),
          effectiveOn: eventDate(event.data.effectiveOn),
          reason: text(event.data.reason),
          decisionReference: text(event.data.decisionReference) || 'none',
        },
      });
    }
  }
  if (path) {
    facts.push({
      factId: path.factId,
      fact: 'escalation-path',
      label: `The escalation path, from ${dateLabel(path.effectiveOn)}`,
      now: { note: path.note, effectiveOn: dateLabel(path.effectiveOn), levels: path.levels.map((l) => l.name).join('; ') },
      levels: path.levels,
    });
  }
  return facts;
}
