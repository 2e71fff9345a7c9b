import { assertNever } from '../shared/decider';
import type { CompactEvent } from './compact.events';
import type { Compact, CompactState } from './compact.state';
import { applyCorrection } from './corrections';
import { partnerNamed, type MembershipEnding, type Partner } from './partners';
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
      signatures: [],
      term: defaultTerm(),
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
  switch (event.type) {
    case 'CompactVersionPublished': {
      const { label, note, dated, sections, contentHash, amendment } = event.data;
      return { ...state, versions: [...state.versions, { label, note, dated, sections, contentHash, amendment }] };
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
      return { ...state, partners: { ...state.partners, [organisationId]: partner }, facts: { ...state.facts, [factId]: 'PartnerAdmitted' } };
    }
    case 'PartnerRepresentativesChanged': {
      const partner = partnerNamed(state.partners, event.data.organisationId);
      if (!partner) return state;
      return { ...state, partners: { ...state.partners, [partner.organisationId]: { ...partner, lead: event.data.lead, deputy: event.data.deputy } } };
    }
    case 'PartnerWithdrawn': {
      const { organisationId, noticeGivenOn, reason, effectiveOn } = event.data;
      return endMembership(state, organisationId, effectiveOn, { kind: 'withdrew', noticeGivenOn, reason });
    }
    case 'PartnerAskedToLeave': {
      const { organisationId, reason, basis, effectiveOn } = event.data;
      return endMembership(state, organisationId, effectiveOn, { kind: 'asked-to-leave', reason, basis });
    }
    case 'BoardEndorsementRecorded':
      return {
        ...state,
        endorsements: [...state.endorsements, { ...event.data, corrected: false }],
        facts: { ...state.facts, [event.data.factId]: 'BoardEndorsementRecorded' },
      };
    case 'PartnerSigned':
      return {
        ...state,
        signatures: [...state.signatures, { ...event.data, corrected: false }],
        facts: { ...state.facts, [event.data.factId]: 'PartnerSigned' },
      };
    case 'CompactTermSet':
      return { ...state, term: { ...event.data } };
    case 'CompactCameIntoForce':
      return { ...state, inForce: [...state.inForce, { ...event.data }] };
    case 'CompactTerminated':
      return { ...state, closure: { kind: 'terminated', ...event.data, successorCompactId: null } };
    case 'CompactSuperseded':
      return { ...state, closure: { kind: 'superseded', ...event.data } };
    case 'EscalationPathDefined': {
      const { levels, note, effectiveOn } = event.data;
      const path = { levels, note, effectiveOn };
      // A state a read model stored before the history was kept has only the latest path.
      const before = state.escalationPaths ?? (state.escalationPath ? [state.escalationPath] : []);
      return { ...state, escalationPath: path, escalationPaths: [...before, path] };
    }
    case 'EventCorrected':
      return applyCorrection(state, event);
    default:
      return assertNever(event);
  }
}

function endMembership(state: Compact, organisationId: string, until: string, ending: MembershipEnding): Compact {
  const partner = partnerNamed(state.partners, organisationId);
  if (!partner) return state;
  const memberships = partner.memberships.map((period, i) => (i === partner.memberships.length - 1 && period.until === null ? { ...period, until, ending } : period));
  return { ...state, partners: { ...state.partners, [organisationId]: { ...partner, memberships } } };
}
