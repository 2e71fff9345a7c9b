/*
 * Test fixtures for the dispute specs, built on the seed compacts as the papers have them
 * (seed-compacts.fixtures.ts). Not exported from the library.
 */
import { haringeyAndIslington, idOf, southKentCoast, southNottinghamshire, stateAfter } from './seed-compacts.fixtures';
import type { CompactEvent } from '../src/compact/compact.events';
import { DeciderSpecification } from '../src/shared/decider-specification';
import type { DisputeCommand, EvidenceFile, RaiseDispute } from '../src/dispute/dispute.commands';
import { disputeCompactSnapshot } from '../src/dispute/dispute-compact-snapshot';
import { disputeDecider } from '../src/dispute/dispute.decider';
import type { DisputeEvent, DisputeRaised } from '../src/dispute/dispute.events';

export const given = (events: DisputeEvent[]) => DeciderSpecification.for(disputeDecider).given(events);
export const decide = (events: DisputeEvent[], command: DisputeCommand): DisputeEvent[] =>
  disputeDecider.decide(command, events.reduce(disputeDecider.evolve, disputeDecider.initialState()));
export const stateOf = (events: DisputeEvent[]) => events.reduce(disputeDecider.evolve, disputeDecider.initialState());

/** Decides each command in turn on the events so far; returns every event. Throws at the first refusal. */
export function run(events: DisputeEvent[], ...commands: DisputeCommand[]): DisputeEvent[] {
  return commands.reduce((all, command) => [...all, ...decide(all, command)], events);
}

export const snapshotOf = (compactEvents: CompactEvent[], raisedOn: string) => disputeCompactSnapshot(stateAfter(compactEvents), raisedOn);

// ---------------------------------------------------------------- 001 South Nottinghamshire

export const CCG = southNottinghamshire.cityCcg;
export const EMAS = southNottinghamshire.emas;
export const CITY_COUNCIL = southNottinghamshire.cityCouncil;
export const NHS_ENGLAND = idOf('NHS England Nottinghamshire and Derbyshire Area Team');

export const nottingham = {
  compactEvents: southNottinghamshire.withEscalationPath,
  snapshot: (raisedOn = '2015-03-02') => snapshotOf(southNottinghamshire.withEscalationPath, raisedOn),
};

/** NHS Nottingham City CCG raises a dispute against East Midlands Ambulance about section 3 (engaging citizens and staff) and Appendix 2 (the joint programme of work). */
export function raiseNottingham(overrides: Partial<RaiseDispute['data']> = {}): RaiseDispute {
  return {
    type: 'RaiseDispute',
    data: {
      disputeId: 'notts-2015-001',
      compact: overrides.compact ?? nottingham.snapshot(overrides.raisedOn ?? '2015-03-02'),
      raisedBy: CCG,
      against: [EMAS],
      about: [
        { kind: 'section', ref: '3' },
        { kind: 'section', ref: 'Appendix 2' },
      ],
      summary: 'Conveyance protocols were changed without engaging partners, citizens or staff, contrary to section 3.',
      raisedOn: '2015-03-02',
      ...overrides,
    },
  };
}

export const nottinghamRaised: DisputeRaised = decide([], raiseNottingham())[0] as DisputeRaised;

export const pdf = (sha256 = 'a'.repeat(64)): EvidenceFile => ({ sha256, filename: 'conveyance-protocol-2015.pdf', mediaType: 'application/pdf', size: 48213 });

export const layChairMediator = {
  subject: 'sntb-lay-chair',
  name: 'Lay Chair of the Transformation Board',
  role: 'Lay Chair of the South Nottinghamshire Transformation Board',
  organisation: 'south-nottinghamshire-transformation-board',
};

export const criticalFriendMediator = {
  subject: 'sntp-critical-friend',
  name: 'Programme Critical Friend',
  role: 'South Nottinghamshire Transformation Programme Critical Friend',
  organisation: null,
};

/** Steps to each level of the Nottingham path: raised (level 1), escalated to 2, then to 3. */
export const escalateTo = (toLevel: number, escalatedOn: string, reason = 'Agreement could not be reached at the level below'): DisputeCommand => ({
  type: 'EscalateDispute',
  data: { toLevel, reason, requestedBy: CCG, escalatedOn },
});

export const atLevel2: DisputeEvent[] = run([nottinghamRaised], escalateTo(2, '2015-04-01'));
export const atLevel3: DisputeEvent[] = run(atLevel2, escalateTo(3, '2015-06-01'));

// ---------------------------------------------------------------- 003 South Kent Coast and 004 Haringey and Islington

export const kent = {
  compactEvents: southKentCoast.withEscalationPath,
  snapshot: (raisedOn: string) => snapshotOf(southKentCoast.withEscalationPath, raisedOn),
};

export const haringey = {
  compactEvents: haringeyAndIslington.withEscalationPath,
  snapshot: (raisedOn: string) => snapshotOf(haringeyAndIslington.withEscalationPath, raisedOn),
};
