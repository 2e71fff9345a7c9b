import type { CompactEvent, EventCorrected } from './compact.events';
import type { Compact } from './compact.state';
import { decide, given, signed, southKentCoast, southNottinghamshire, stateAfter } from '../../testing/seed-compacts.fixtures';
import { compactStatusAt } from './status-at-date';

describe('corrections (a correction is a new event that says what it corrects)', () => {
  const { partners, v1, withTwelveSignatures } = southKentCoast;
  const secambFact = 'sign-secamb-1.0';

  it('given SECAMB\'s signature entered as 10 Oct 2015, when it is corrected to the paper\'s 10 Sept 2015, then EventCorrected with the new and previous date', () => {
    const mistyped = [...withTwelveSignatures.slice(0, -1), signed(partners.secamb, v1, '2015-10-10')];
    given(mistyped)
      .when({ type: 'CorrectEvent', data: { factId: secambFact, reason: 'Mistyped: the paper is dated 10 Sept 2015', correction: { fact: 'signature', signedOn: '2015-09-10' } } })
      .then([
        {
          type: 'EventCorrected',
          data: {
            factId: secambFact,
            correctedEventType: 'PartnerSigned',
            reason: 'Mistyped: the paper is dated 10 Sept 2015',
            correction: { fact: 'signature', signedOn: '2015-09-10' },
            previous: { fact: 'signature', signedOn: '2015-10-10' },
          },
        },
      ]);
  });

  it('given the correction recorded, the state holds the corrected date and the original event stays as it was', () => {
    const original = signed(partners.secamb, v1, '2015-10-10');
    const events = [...withTwelveSignatures.slice(0, -1), original];
    const corrected = decide(events, { type: 'CorrectEvent', data: { factId: secambFact, reason: 'typo', correction: { fact: 'signature', signedOn: '2015-09-10' } } });
    const state = stateAfter([...events, ...corrected]) as Compact;
    const signature = state.signatures.find((s) => s.factId === secambFact);
    expect(signature?.signedOn).toBe('2015-09-10');
    expect(signature?.corrected).toBe(true);
    expect(original.data.signedOn).toBe('2015-10-10');
    expect(state.corrections).toHaveLength(1);
  });

  it('given the wrong signatory recorded for Dover District Council, when the name is corrected, then the register shows Paul Watkins', () => {
    const wrong = signed(partners.doverDistrictCouncil, v1, '2015-08-25', { signatory: { name: 'Paul Watkin', role: 'Chief Executive' } });
    const events = [...southKentCoast.drafting, wrong];
    const correction = { fact: 'signature' as const, signatory: { name: 'Paul Watkins', role: 'Chief Executive' } };
    given(events)
      .when({ type: 'CorrectEvent', data: { factId: wrong.data.factId, reason: 'Name misspelt', correction } })
      .then((out) => expect((out[0] as EventCorrected).data.previous).toEqual({ fact: 'signature', signatory: { name: 'Paul Watkin', role: 'Chief Executive' } }));
    const state = stateAfter([...events, ...decide(events, { type: 'CorrectEvent', data: { factId: wrong.data.factId, reason: 'Name misspelt', correction } })]) as Compact;
    expect(state.signatures[0].signatory.name).toBe('Paul Watkins');
  });

  it('given the compact came into force on Kent County Council\'s signature of 14 Sept 2015, when that date is corrected to 12 Sept, then the in-force date moves with it', () => {
    const kcc = signed(partners.kentCountyCouncil, v1, '2015-09-14');
    const events: CompactEvent[] = [...withTwelveSignatures];
    events.push(...decide(events, { type: 'SignVersion', data: kcc.data }));
    expect(compactStatusAt(stateAfter(events), '2015-09-13')).toBe('open-for-signature');
    events.push(...decide(events, { type: 'CorrectEvent', data: { factId: kcc.data.factId, reason: 'Paper dated 12 Sept', correction: { fact: 'signature', signedOn: '2015-09-12' } } }));
    const state = stateAfter(events) as Compact;
    expect(state.inForce[0].effectiveOn).toBe('2015-09-12');
    expect(compactStatusAt(state, '2015-09-13')).toBe('in-force');
  });

  it('given the signatures, when a correction names an unknown fact, then correction-target-unknown', () => {
    given(withTwelveSignatures)
      .when({ type: 'CorrectEvent', data: { factId: 'no-such-fact', reason: 'r', correction: { fact: 'signature', signedOn: '2015-08-26' } } })
      .thenThrows('correction-target-unknown');
  });

  it('given the signatures, when a signature is corrected as if it were an admission, then correction-target-mismatch', () => {
    given(withTwelveSignatures)
      .when({ type: 'CorrectEvent', data: { factId: secambFact, reason: 'r', correction: { fact: 'admission', name: 'SECAMB' } } })
      .thenThrows('correction-target-mismatch');
  });

  it('given the signatures, when the version signed is "corrected", then field-not-correctable', () => {
    given(withTwelveSignatures)
      .when({ type: 'CorrectEvent', data: { factId: secambFact, reason: 'r', correction: { fact: 'signature', versionLabel: '2.0' } as never } })
      .thenThrows('field-not-correctable');
  });

  it('given the signatures, when the correction gives the same date again, then correction-changes-nothing', () => {
    given(withTwelveSignatures)
      .when({ type: 'CorrectEvent', data: { factId: secambFact, reason: 'r', correction: { fact: 'signature', signedOn: '2015-09-10' } } })
      .thenThrows('correction-changes-nothing');
  });

  it('given the signatures, when a correction gives no reason, then correction-reason-required', () => {
    given(withTwelveSignatures)
      .when({ type: 'CorrectEvent', data: { factId: secambFact, reason: '', correction: { fact: 'signature', signedOn: '2015-09-11' } } })
      .thenThrows('correction-reason-required');
  });

  it('given partners admitted 1 Aug 2015, when a signature date is corrected to 1 July 2015, then the signature rules still apply: partner-not-member', () => {
    given(withTwelveSignatures)
      .when({ type: 'CorrectEvent', data: { factId: secambFact, reason: 'r', correction: { fact: 'signature', signedOn: '2015-07-01' } } })
      .thenThrows('partner-not-member');
  });

  describe('endorsements and admissions', () => {
    const { drafting, concerns } = southNottinghamshire;
    const endorsement: CompactEvent = {
      type: 'BoardEndorsementRecorded',
      data: {
        factId: 'endorse-ncc-ceg',
        organisationId: 'nottingham-city-council',
        versionLabel: '1.0',
        contentHash: southNottinghamshire.v1.data.contentHash,
        boardName: 'Commissioning Executive Group',
        meetingDate: '2014-12-02',
        outcome: 'endorsed-with-concerns',
        concerns: [{ concern: concerns[0].concern, response: null }, concerns[1]],
        reason: null,
      },
    };

    it('given the CEG endorsement with the first response missing, when the response is added by correction, then EventCorrected with the concerns', () => {
      given([...drafting, endorsement])
        .when({ type: 'CorrectEvent', data: { factId: 'endorse-ncc-ceg', reason: 'Response recorded in the board paper', correction: { fact: 'endorsement', concerns } } })
        .then((events) => expect((events[0] as EventCorrected).data.correction).toEqual({ fact: 'endorsement', concerns }));
    });

    it('given the CEG endorsement with concerns, when the outcome is corrected to "endorsed" leaving the concerns, then concerns-without-concerned-outcome', () => {
      given([...drafting, endorsement])
        .when({ type: 'CorrectEvent', data: { factId: 'endorse-ncc-ceg', reason: 'r', correction: { fact: 'endorsement', outcome: 'endorsed' } } })
        .thenThrows('concerns-without-concerned-outcome');
    });

    it('given Nottingham City Council admitted on 30 Sept 2014, when its admission is corrected to 1 Sept 2014, then the membership runs from 1 Sept', () => {
      const events = [...drafting];
      events.push(...decide(events, { type: 'CorrectEvent', data: { factId: 'admit-nottingham-city-council', reason: 'r', correction: { fact: 'admission', effectiveOn: '2014-09-01' } } }));
      expect((stateAfter(events) as Compact).partners['nottingham-city-council'].memberships[0].from).toBe('2014-09-01');
    });

    it('given the CEG endorsed on 2 Dec 2014, when Nottingham City Council\'s admission is corrected to 1 Jan 2015, then correction-leaves-fact-outside-membership', () => {
      given([...drafting, endorsement])
        .when({ type: 'CorrectEvent', data: { factId: 'admit-nottingham-city-council', reason: 'r', correction: { fact: 'admission', effectiveOn: '2015-01-01' } } })
        .thenThrows('correction-leaves-fact-outside-membership');
    });

    it('given Nottingham City Council admitted, when its name is corrected to an empty one, then partner-name-required', () => {
      given(drafting)
        .when({ type: 'CorrectEvent', data: { factId: 'admit-nottingham-city-council', reason: 'r', correction: { fact: 'admission', name: ' ' } } })
        .thenThrows('partner-name-required');
    });
  });
});
