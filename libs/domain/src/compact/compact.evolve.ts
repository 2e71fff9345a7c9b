import { assertNever } from '../shared/decider';
import type { CompactEvent } from './compact.events';
import type { Compact, CompactState } from './compact.state';
import { applyCorrection } from './corrections';
import { factIds } from './fact-ids';
import type { PaperDate } from './paper-date';
import { type MembershipEnding, type Partner, partnerNamed } from './partners';
import { defaultTerm } from './terms';

/** Folds one fact into the state. Total and pure: a fact before CompactDrafted is ignored. */
export function evolveCompact(state: CompactState, event: CompactEvent): CompactState {
  if (event.type === 'CompactDrafted') {
    return {
      kind: 'compact',
      compactId: event.data.compactId,
      title: event.data.title,
      covers: event.data.covers,
      description: event.data.description,
      versions: [],
      partners: {},
      endorsements: [],
      endorsementRequests: [],
      signatures: [],
      term: defaultTerm(),
      terms: [],
      inForce: [],
      escalationPath: null,
      escalationPaths: [],
      closure: null,
      facts: {},
      corrections: [],
    };
  }
  if (state.kind === 'none') return state;
  return evolveDrafted(state, event);
}

function evolveDrafted(state: Compact, event: Exclude<CompactEvent, { type: 'CompactDrafted' }>): Compact {
  const fact = (factId: string) => ({ ...state.facts, [factId]: event.type as Compact['facts'][string] });
  switch (event.type) {
    case 'CompactVersionPublished': {
      const { factId, label, note, dated, sections, contentHash, amendment, describedChanges } = event.data;
      return { ...state, versions: [...state.versions, { factId, label, note, dated, sections, contentHash, amendment, describedChanges }], facts: fact(factId) };
    }
    case 'PartnerAdmitted': {
      const { factId, organisationId, name, organisationType, lead, deputy, effectiveOn } = event.data;
      const earlier = partnerNamed(state.partners, organisationId)?.memberships ?? [];
      const partner: Partner = {
        organisationId,
        name,
        organisationType,
        lead,
        deputy,
        memberships: [...earlier, { admissionFactId: factId, from: effectiveOn, until: null, ending: null }],
      };
      return { ...state, partners: { ...state.partners, [organisationId]: partner }, facts: fact(factId) };
    }
    case 'PartnerRepresentativesChanged': {
      const partner = partnerNamed(state.partners, event.data.organisationId);
      if (!partner) return state;
      return { ...state, partners: { ...state.partners, [partner.organisationId]: { ...partner, lead: event.data.lead, deputy: event.data.deputy } } };
    }
    case 'PartnerWithdrawn': {
      const { factId, organisationId, noticeGivenOn, reason, effectiveOn } = event.data;
      return { ...endMembership(state, organisationId, effectiveOn, { kind: 'withdrew', factId, noticeGivenOn, reason }), facts: fact(factId) };
    }
    case 'PartnerAskedToLeave': {
      const { factId, organisationId, reason, basis, effectiveOn } = event.data;
      return { ...endMembership(state, organisationId, effectiveOn, { kind: 'asked-to-leave', factId, reason, basis }), facts: fact(factId) };
    }
    case 'BoardEndorsementRecorded':
      return { ...state, endorsements: [...state.endorsements, { ...event.data, corrected: false }], facts: fact(event.data.factId) };
    case 'EndorsementRequested':
      return { ...state, endorsementRequests: [...state.endorsementRequests, { ...event.data, corrected: false }], facts: fact(event.data.factId) };
    case 'PartnerSigned':
      return { ...state, signatures: [...state.signatures, { ...event.data, corrected: false }], facts: fact(event.data.factId) };
    case 'CompactTermSet': {
      // A term stored before terms had ids is named by its place in order.
      const factId = event.data.factId ?? factIds.term(state.terms.length + 1);
      const term = { ...event.data, factId };
      return { ...state, term, terms: [...state.terms, term], facts: fact(factId) };
    }
    case 'CompactCameIntoForce':
      return { ...state, inForce: [...state.inForce, { ...event.data }], facts: fact(event.data.factId) };
    case 'CompactTerminated':
      return { ...state, closure: { kind: 'terminated', ...event.data, successorCompactId: null }, facts: fact(event.data.factId) };
    case 'CompactSuperseded':
      return { ...state, closure: { kind: 'superseded', ...event.data }, facts: fact(event.data.factId) };
    case 'EscalationPathDefined': {
      const factId = event.data.factId ?? factIds.escalationPath(state.escalationPaths.length + 1);
      const path = { factId, levels: event.data.levels, note: event.data.note, effectiveOn: event.data.effectiveOn };
      return { ...state, escalationPath: path, escalationPaths: [...state.escalationPaths, path], facts: fact(factId) };
    }
    case 'EventCorrected':
      return applyCorrection(state, event);
    default:
      return assertNever(event);
  }
}

function endMembership(state: Compact, organisationId: string, until: PaperDate, ending: MembershipEnding): Compact {
  const partner = partnerNamed(state.partners, organisationId);
  if (!partner) return state;
  const memberships = partner.memberships.map((period, i) => (i === partner.memberships.length - 1 && period.until === null ? { ...period, until, ending } : period));
  return { ...state, partners: { ...state.partners, [organisationId]: { ...partner, memberships } } };
}
