import { decide as decideCompact, haringeyAndIslington, stateAfter } from '../../testing/seed-compacts.fixtures';
import type { Compact } from '../compact/compact.state';
import { CCG, EMAS, nottinghamRaised, run as runDispute, stateOf as disputeStateOf } from '../../testing/dispute.fixtures';
import { sntb } from '../../testing/board.fixtures';
import { compactStream, disputeStream } from '../streams';
import { decisionConsequence, decisionReference, parseDecisionReference } from './decision-consequences';
import type { DecisionRecorded } from './meeting.events';
import { addItem, attendance, decide, HARINGEY_SEATS, haringeyMeeting, runMeeting, schedule, SNTB_VOTING } from '../../testing/meeting.fixtures';
import { decisionDisputeSnapshot } from './meeting-snapshots';

const lastDecision = (events: ReturnType<typeof runMeeting>): DecisionRecorded => events[events.length - 1] as DecisionRecorded;

/** Illustrative: 004's collective monitoring ending in the decision, at the Partnership Board on 17 October 2017. */
const askedToLeave = lastDecision(
  runMeeting(
    haringeyMeeting('partnership', 'wpb-2017-10', '2017-10-17'),
    addItem('6', 'Collective monitoring (illustrative)', '2017-10-02'),
    attendance(HARINGEY_SEATS),
    decide('d-6', '6', {
      resolution: 'Illustrative: North Middlesex Hospital NHS Trust is asked to leave the partnership',
      consequence: {
        kind: 'ask-partner-to-leave',
        organisationId: 'north-middlesex-hospital-nhs-trust',
        reason: 'Illustrative: not acting for the collective good; no change in approach after the concern was reflected with evidence',
        effectiveOn: '2017-11-01',
        concern: {
          reflectedOn: '2017-09-05',
          reflectedBy: 'Chairs / CEOs (illustrative)',
          evidence: [{ description: 'Illustrative evidence', sha256: 'b'.repeat(64) }],
          noChangeFinding: 'Illustrative: no change in approach',
        },
      },
    }),
  ),
);

/** Illustrative: the Transformation Board resolves the Nottingham dispute on 31 March 2015. */
const resolvedByBoard = lastDecision(
  runMeeting(
    [],
    schedule('sntb-2015-03', '2015-03-31', 'South Nottinghamshire Transformation Board, March 2015 (illustrative)', sntb.state, sntb.compactState),
    addItem('5', 'Dispute referred to the Board (illustrative)', '2015-03-10'),
    attendance(SNTB_VOTING),
    decide('d-5', '5', {
      consequence: { kind: 'resolve-dispute', disputeId: 'notts-2015-001', terms: 'Illustrative terms', agreedBy: [CCG, EMAS] },
      dispute: decisionDisputeSnapshot(disputeStateOf([nottinghamRaised])),
    }),
  ),
);

describe('decisionConsequence: the command a decision issues, derived from its event alone', () => {
  it('given the decision to ask North Middlesex Hospital to leave, then AskPartnerToLeave on the compact stream, its basis naming the decision', () => {
    expect(decisionConsequence(askedToLeave)).toEqual({
      aggregate: 'compact',
      compactId: 'haringey-and-islington',
      stream: compactStream('haringey-and-islington'),
      command: {
        type: 'AskPartnerToLeave',
        data: {
          organisationId: 'north-middlesex-hospital-nhs-trust',
          reason: 'Illustrative: not acting for the collective good; no change in approach after the concern was reflected with evidence',
          basis: { kind: 'decision', reference: 'meeting/wpb-2017-10/decisions/d-6' },
          effectiveOn: '2017-11-01',
        },
      },
    });
  });

  it('the compact accepts the derived command: PartnerAskedToLeave, whose basis leads back to the meeting and the decision', () => {
    const consequence = decisionConsequence(askedToLeave);
    if (consequence?.aggregate !== 'compact') throw new Error('expected a compact command');
    // The application reads the meeting the basis names and passes what its decision says (the compact reads no other stream).
    const { meetingId, decisionId, compactId, decidedOn, carried } = askedToLeave.data;
    const references = { disputes: {}, compacts: {}, decisions: { [decisionReference(meetingId, decisionId)]: { meetingId, decisionId, compactId, decidedOn, carried } } };
    const events = decideCompact(haringeyAndIslington.withEscalationPath, { ...consequence.command, data: { ...consequence.command.data, references } });
    expect(events[0]).toMatchObject({ type: 'PartnerAskedToLeave', data: { organisationId: 'north-middlesex-hospital-nhs-trust', basis: { kind: 'decision' } } });
    const partner = (stateAfter([...haringeyAndIslington.withEscalationPath, ...events]) as Compact).partners['north-middlesex-hospital-nhs-trust'];
    const ending = partner.memberships[0].ending;
    expect(ending?.kind === 'asked-to-leave' && parseDecisionReference(ending.basis.reference)).toEqual({ meetingId: 'wpb-2017-10', decisionId: 'd-6' });
  });

  it('given the board resolving the Nottingham dispute, then ResolveDispute on the dispute stream, dated the meeting, and the dispute accepts it', () => {
    const consequence = decisionConsequence(resolvedByBoard);
    expect(consequence).toEqual({
      aggregate: 'dispute',
      stream: disputeStream('notts-2015-001'),
      command: { type: 'ResolveDispute', data: { terms: 'Illustrative terms', agreedBy: [CCG, EMAS], resolvedOn: '2015-03-31' } },
    });
    if (consequence?.aggregate !== 'dispute') throw new Error('expected a dispute command');
    const events = runDispute([nottinghamRaised], consequence.command);
    expect(events[events.length - 1]).toMatchObject({ type: 'DisputeResolved', data: { level: 1, resolvedOn: '2015-03-31' } });
  });

  it('the same event derives the same command every time (a replay issues nothing new)', () => {
    expect(decisionConsequence(structuredClone(askedToLeave))).toEqual(decisionConsequence(askedToLeave));
  });

  it('a decision with no consequence, or one not carried, derives nothing', () => {
    expect(decisionConsequence({ ...askedToLeave, data: { ...askedToLeave.data, consequence: null } })).toBeNull();
    expect(decisionConsequence({ ...askedToLeave, data: { ...askedToLeave.data, carried: false } })).toBeNull();
  });

  it('decision references round-trip; a free-text reference from a paper parses to null', () => {
    expect(parseDecisionReference(decisionReference('wpb-2017-10', 'd-6'))).toEqual({ meetingId: 'wpb-2017-10', decisionId: 'd-6' });
    expect(parseDecisionReference('Wellbeing Partnership Sponsor Board, agreement effective 1 June 2017')).toBeNull();
  });
});
