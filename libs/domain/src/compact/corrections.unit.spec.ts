import type { CompactCommand } from './compact.commands';
import type { CompactEvent, EventCorrected } from './compact.events';
import type { Compact } from './compact.state';
import type { CorrectionRequest } from './corrections';
import type { CompactReferences } from './references';
import {
  admitted,
  compactAfter,
  decide,
  drafted,
  example,
  given,
  haringeyAndIslington,
  on,
  run,
  signed,
  southKentCoast,
  southNottinghamshire,
  stateAfter,
  versionPublished,
} from '../../testing/seed-compacts.fixtures';
import { compactStatusAt } from './status-at-date';

const correct = (...corrections: CorrectionRequest[]): CompactCommand => ({ type: 'CorrectFacts', data: { corrections } });
const correctWith = (references: CompactReferences, ...corrections: CorrectionRequest[]): CompactCommand => ({ type: 'CorrectFacts', data: { corrections, references } });

describe('corrections (a correction is a new event that says what it corrects; the original stays)', () => {
  describe('a signature (its signatory, date and what it signifies)', () => {
    const { secamb, kentCountyCouncil: kcc, dover, v1, withTwelveSignatures } = southKentCoast;
    const secambFact = `sign-${secamb.organisationId}-1`;
    const mistyped = withTwelveSignatures.map((e) => (e.type === 'PartnerSigned' && e.data.factId === secambFact ? signed(secamb, v1, '2015-10-10', { factId: secambFact }) : e));

    it("given SECAMB's signature entered as 10 Oct 2015, when it is corrected to the paper's 10 Sept 2015, then EventCorrected with the new and previous date", () => {
      given(mistyped)
        .when(correct({ factId: secambFact, reason: 'Mistyped: the paper is dated 10 Sept 2015', correction: { fact: 'signature', signedOn: '2015-09-10' } }))
        .then([
          {
            type: 'EventCorrected',
            data: {
              factId: secambFact,
              correctedEventType: 'PartnerSigned',
              reason: 'Mistyped: the paper is dated 10 Sept 2015',
              correction: { fact: 'signature', signedOn: on('2015-09-10') },
              previous: { fact: 'signature', signedOn: on('2015-10-10') },
            },
          },
        ]);
    });

    it('given the correction recorded, the state holds the corrected date and the original event stays as it was', () => {
      const original = mistyped.find((e) => e.type === 'PartnerSigned' && e.data.factId === secambFact)!;
      const events = [...mistyped, ...decide(mistyped, correct({ factId: secambFact, reason: 'typo', correction: { fact: 'signature', signedOn: '2015-09-10' } }))];
      const signature = compactAfter(events).signatures.find((s) => s.factId === secambFact);
      expect(signature?.signedOn.value).toBe('2015-09-10');
      expect(signature?.corrected).toBe(true);
      expect((original.data as { signedOn: { value: string } }).signedOn.value).toBe('2015-10-10');
      expect(compactAfter(events).corrections).toHaveLength(1);
    });

    it('given a signature dated exactly, when the paper turns out to give only the month, then the correction keeps that precision', () => {
      const events = run(withTwelveSignatures, correct({ factId: secambFact, reason: 'The paper gives only the month', correction: { fact: 'signature', signedOn: '2015-09' } }));
      expect(compactAfter(events).signatures.find((s) => s.factId === secambFact)?.signedOn).toEqual({ asWritten: null, precision: 'month', value: '2015-09', assumed: null });
    });

    it("given the wrong signatory recorded for Dover District Council, when the name is corrected, then the register shows Paul Watkins", () => {
      const wrong = signed(dover, v1, '2015-08-25', { signatory: { name: 'Paul Watkin', role: null } });
      const events = [...southKentCoast.drafting, wrong];
      const correction = { fact: 'signature' as const, signatory: { name: 'Paul Watkins', role: null } };
      given(events)
        .when(correct({ factId: wrong.data.factId, reason: 'Name misspelt', correction }))
        .then((out) => expect((out[0] as EventCorrected).data.previous).toEqual({ fact: 'signature', signatory: { name: 'Paul Watkin', role: null } }));
      expect(compactAfter(run(events, correct({ factId: wrong.data.factId, reason: 'Name misspelt', correction }))).signatures[0].signatory.name).toBe('Paul Watkins');
    });

    it("given the compact came into force on Kent County Council's signature of 14 Sept 2015, when that date is corrected to 12 Sept, then the in-force date moves with it", () => {
      const events = run(withTwelveSignatures, { type: 'SignVersion', data: { ...signed(kcc, v1, '2015-09-14', { factId: 'sign-kcc' }).data } });
      expect(compactStatusAt(stateAfter(events), '2015-09-13')).toBe('open-for-signature');
      const corrected = run(events, correct({ factId: 'sign-kcc', reason: 'Paper dated 12 Sept', correction: { fact: 'signature', signedOn: '2015-09-12' } }));
      const state = compactAfter(corrected);
      expect(state.inForce[0].effectiveOn.value).toBe('2015-09-12');
      expect(compactStatusAt(state, '2015-09-13')).toBe('in-force');
    });

    it('given the signatures, when a correction names an unknown fact, then correction-target-unknown', () => {
      given(withTwelveSignatures)
        .when(correct({ factId: 'no-such-fact', reason: 'r', correction: { fact: 'signature', signedOn: '2015-08-26' } }))
        .thenThrows('correction-target-unknown');
    });

    it('given the signatures, when a signature is corrected as if it were an admission, then correction-target-mismatch', () => {
      given(withTwelveSignatures)
        .when(correct({ factId: secambFact, reason: 'r', correction: { fact: 'admission', name: 'SECAMB' } }))
        .thenThrows('correction-target-mismatch');
    });

    it('given the signatures, when the version signed is "corrected", then field-not-correctable', () => {
      given(withTwelveSignatures)
        .when(correct({ factId: secambFact, reason: 'r', correction: { fact: 'signature', versionLabel: '2.0' } as never }))
        .thenThrows('field-not-correctable');
    });

    it('given the signatures, when the correction gives the same date again, then correction-changes-nothing', () => {
      given(withTwelveSignatures)
        .when(correct({ factId: secambFact, reason: 'r', correction: { fact: 'signature', signedOn: '2015-09-10' } }))
        .thenThrows('correction-changes-nothing');
    });

    it('given the signatures, when a correction gives no reason, then correction-reason-required', () => {
      given(withTwelveSignatures)
        .when(correct({ factId: secambFact, reason: '', correction: { fact: 'signature', signedOn: '2015-09-11' } }))
        .thenThrows('correction-reason-required');
    });

    it('given partners admitted on 5 Jan 2015 (a hand-made example), when a signature date is corrected to 3 Jan 2015, then the signature rules still apply: partner-not-member', () => {
      const events = run(example.drafting, { type: 'SignVersion', data: signed(example.partners.alpha, example.v1, '2015-01-10').data });
      given(events)
        .when(correct({ factId: `sign-alpha-trust-1`, reason: 'r', correction: { fact: 'signature', signedOn: '2015-01-03' } }))
        .thenThrows('partner-not-member');
    });

    it('given version 1 of South Kent Coast dated between 1 Sept 2014 and 25 Aug 2015, when a signature is corrected to 2014, then it is accepted; to August 2014, then signature-before-version', () => {
      given(withTwelveSignatures)
        .when(correct({ factId: secambFact, reason: 'r', correction: { fact: 'signature', signedOn: '2014' } }))
        .then((events) => expect(events).toHaveLength(1));
      given(withTwelveSignatures)
        .when(correct({ factId: secambFact, reason: 'r', correction: { fact: 'signature', signedOn: '2014-08' } }))
        .thenThrows('signature-before-version');
    });
  });

  describe("001 as the ledger first recorded it (version, admission and the board's endorsement all on 28 January 2015), corrected to what the paper says", () => {
    const paper = southNottinghamshire;
    const council = paper.partners[paper.cityCouncil];
    const wrongVersion = versionPublished('1', '2015-01-28', paper.v1.data.sections!, null);
    const wrongEndorsement: CompactEvent = {
      type: 'BoardEndorsementRecorded',
      data: {
        factId: 'endorsement',
        organisationId: council.organisationId,
        versionLabel: '1',
        contentHash: wrongVersion.data.contentHash,
        boardName: 'Health and Wellbeing Board',
        meetingDate: on('2015-01-28'),
        outcome: 'endorsed-with-concerns',
        concerns: paper.concerns,
        reason: null,
        assumption: null,
      },
    };
    const asRecorded: CompactEvent[] = [drafted('south-nottinghamshire', (paper.events[0].data as { title: string }).title, 'South Nottinghamshire'), wrongVersion, admitted(council, '2015-01-28', 'admit-council'), wrongEndorsement];
    const version = { factId: 'version-1', reason: 'The paper is undated', correction: { fact: 'version' as const, dated: paper.v1.data.dated } };
    const admission = { factId: 'admit-council', reason: 'The paper gives no date of joining', correction: { fact: 'admission' as const, effectiveOn: { value: null } } };
    const endorsement = {
      factId: 'endorsement',
      reason: 'The paper: the CEG endorsed on 2 December 2014; the Health and Wellbeing Board was only asked, on 28 January 2015',
      correction: { fact: 'endorsement' as const, boardName: paper.endorsement.data.boardName, meetingDate: paper.endorsement.data.meetingDate },
    };

    it('when the endorsement alone is corrected to 2 December 2014, then it is refused, naming the rule the record as it stands breaks', () => {
      given(asRecorded).when(correct(endorsement)).thenThrows((e) => e instanceof Error && /partner-not-member|endorsement-before-version/.test(e.message));
    });

    it('when the version date, the admission and the endorsement are corrected together in one request, then all three are appended and the record is the paper\'s', () => {
      const events = run(asRecorded, correct(endorsement, version, admission));
      expect(events.slice(asRecorded.length).map((e) => (e as EventCorrected).data.factId)).toEqual(['endorsement', 'version-1', 'admit-council']);
      const state = compactAfter(events);
      expect(state.versions[0].dated).toEqual(paper.v1.data.dated);
      expect(state.endorsements[0]).toMatchObject({ boardName: paper.endorsement.data.boardName, meetingDate: { value: '2014-12-02' }, corrected: true });
      expect(state.partners[council.organisationId].memberships[0].from.precision).toBe('not-given');
    });

    it('when they are corrected one by one, version and admission first, then each is accepted in turn', () => {
      const events = run(asRecorded, correct(version), correct(admission), correct(endorsement));
      expect(compactAfter(events).endorsements[0].meetingDate.value).toBe('2014-12-02');
    });

    it('when one correction of a batch breaks a rule, then none is appended', () => {
      given(asRecorded)
        .when(correct(version, admission, { ...endorsement, correction: { ...endorsement.correction, meetingDate: '2014-08-01' } }))
        .thenThrows('endorsement-before-version');
    });
  });

  describe("a version's date and an endorsement's date, in either order or together", () => {
    // A hand-made example: the version typed 20 Nov 2014 (the paper: September 2014), the endorsement typed 12 Dec 2014 (the paper: 2 Dec 2014).
    const v1 = versionPublished('1', '2014-11-20', example.sections);
    const base: CompactEvent[] = [example.drafting[0], v1, admitted(example.partners.alpha, '2014-01-01')];
    const endorsed = run(base, {
      type: 'RecordBoardEndorsement',
      data: { factId: 'e', organisationId: 'alpha-trust', versionLabel: '1', boardName: 'Trust Board', meetingDate: '2014-12-12', outcome: 'endorsed', concerns: [], reason: null },
    });
    const versionDate = { factId: 'version-1', reason: 'The paper: September 2014', correction: { fact: 'version' as const, dated: '2014-09' } };
    const meetingDate = { factId: 'e', reason: 'The paper: 2 December 2014', correction: { fact: 'endorsement' as const, meetingDate: '2014-12-02' } };
    const outcome = (events: CompactEvent[]) => {
      const state = compactAfter(events);
      return [state.versions[0].dated.value, state.versions[0].dated.precision, state.endorsements[0].meetingDate.value];
    };

    it('version first, then endorsement', () => expect(outcome(run(endorsed, correct(versionDate), correct(meetingDate)))).toEqual(['2014-09', 'month', '2014-12-02']));
    it('endorsement first, then version', () => expect(outcome(run(endorsed, correct(meetingDate), correct(versionDate)))).toEqual(['2014-09', 'month', '2014-12-02']));
    it('together, in either order in the request', () => {
      expect(outcome(run(endorsed, correct(meetingDate, versionDate)))).toEqual(['2014-09', 'month', '2014-12-02']);
      expect(outcome(run(endorsed, correct(versionDate, meetingDate)))).toEqual(['2014-09', 'month', '2014-12-02']);
    });

    it('where the two dates must pass each other (the endorsement to 1 Nov 2014, before the version as recorded), the endorsement alone is refused and the pair together accepted', () => {
      const earlier = { ...meetingDate, correction: { ...meetingDate.correction, meetingDate: '2014-11-01' } };
      given(endorsed).when(correct(earlier)).thenThrows('endorsement-before-version');
      expect(outcome(run(endorsed, correct(earlier, versionDate)))).toEqual(['2014-09', 'month', '2014-11-01']);
    });

    it('the same fact named twice in one request is refused: fact-corrected-twice; an empty request: corrections-required', () => {
      given(endorsed).when(correct(meetingDate, meetingDate)).thenThrows('fact-corrected-twice');
      given(endorsed).when(correct()).thenThrows('corrections-required');
    });
  });

  describe('a version (its date and note)', () => {
    it("given Haringey and Islington version 1 dated 1 June 2017, when its note is corrected, then EventCorrected naming the version", () => {
      given(haringeyAndIslington.agreed)
        .when(correct({ factId: 'version-1', reason: 'The cover reads "Partnership Agreement"', correction: { fact: 'version', note: 'Partnership Agreement' } }))
        .then((events) => expect((events[0] as EventCorrected).data).toMatchObject({ correctedEventType: 'CompactVersionPublished', previous: { fact: 'version', note: null } }));
    });

    it('given Haringey and Islington in force from 1 June 2017, when the version is corrected to be dated 2 June 2017, then in-force-before-version', () => {
      given(haringeyAndIslington.inForceFrom1June2017)
        .when(correct({ factId: 'version-1', reason: 'r', correction: { fact: 'version', dated: '2017-06-02' } }))
        .thenThrows('in-force-before-version');
    });

    it("given a version's text, when its sections are \"corrected\", then field-not-correctable: publish a new version", () => {
      given(haringeyAndIslington.agreed)
        .when(correct({ factId: 'version-1', reason: 'r', correction: { fact: 'version', sections: [] } as never }))
        .thenThrows('field-not-correctable');
    });
  });

  describe('an endorsement (board, date, outcome, concerns) and a request to endorse', () => {
    const { events, endorsement, request, concerns } = southNottinghamshire;

    it("given the CEG's endorsement with both responses, when the first response is corrected away and back, then EventCorrected with the concerns", () => {
      const withoutResponse = [{ concern: concerns[0].concern, response: null }, concerns[1]];
      const once = run(events, correct({ factId: endorsement.data.factId, reason: 'r', correction: { fact: 'endorsement', concerns: withoutResponse } }));
      given(once)
        .when(correct({ factId: endorsement.data.factId, reason: 'Response recorded in the board paper', correction: { fact: 'endorsement', concerns } }))
        .then((out) => expect((out[0] as EventCorrected).data.correction).toEqual({ fact: 'endorsement', concerns }));
    });

    it('given the CEG endorsement with concerns, when the outcome is corrected to "endorsed" leaving the concerns, then concerns-without-concerned-outcome', () => {
      given(events)
        .when(correct({ factId: endorsement.data.factId, reason: 'r', correction: { fact: 'endorsement', outcome: 'endorsed' } }))
        .thenThrows('concerns-without-concerned-outcome');
    });

    it("given the Health and Wellbeing Board's request of 28 January 2015, when its date is corrected, then EventCorrected; corrected to before the version's earliest day, endorsement-before-version", () => {
      given(events)
        .when(correct({ factId: request.data.factId, reason: 'r', correction: { fact: 'endorsement-request', meetingDate: '2015-01-29' } }))
        .then((out) => expect((out[0] as EventCorrected).data.correctedEventType).toBe('EndorsementRequested'));
      given(events)
        .when(correct({ factId: request.data.factId, reason: 'r', correction: { fact: 'endorsement-request', meetingDate: '2014-08-01' } }))
        .thenThrows('endorsement-before-version');
    });
  });

  describe('an admission (name, type, date)', () => {
    const { events, cityCouncil, endorsement } = southNottinghamshire;
    const factId = `admit-${cityCouncil}`;

    it('given Nottingham City Council admitted on a date the paper does not give, when its admission is corrected to 1 Sept 2014, then the membership runs from 1 Sept', () => {
      const corrected = run(events, correct({ factId, reason: 'r', correction: { fact: 'admission', effectiveOn: '2014-09-01' } }));
      expect(compactAfter(corrected).partners[cityCouncil].memberships[0].from.value).toBe('2014-09-01');
    });

    it("given the CEG endorsed on 2 Dec 2014 for Nottingham City Council, when the council's admission is corrected to 1 Jan 2015, then partner-not-member (the endorsement would fall outside its membership)", () => {
      expect(endorsement.data.organisationId).toBe(cityCouncil);
      given(events)
        .when(correct({ factId, reason: 'r', correction: { fact: 'admission', effectiveOn: '2015-01-01' } }))
        .thenThrows('partner-not-member');
    });

    it('given Nottingham City Council admitted, when its name is corrected to an empty one, then partner-name-required; its type to "charity", then unknown-organisation-type', () => {
      given(events).when(correct({ factId, reason: 'r', correction: { fact: 'admission', name: ' ' } })).thenThrows('partner-name-required');
      given(events).when(correct({ factId, reason: 'r', correction: { fact: 'admission', organisationType: 'charity' as never } })).thenThrows('unknown-organisation-type');
    });
  });

  describe('a withdrawal and an asked-to-leave (dates, reason, basis)', () => {
    const { agreed, northMiddlesex } = haringeyAndIslington;
    const withdrawn = run(agreed, { type: 'WithdrawPartner', data: { factId: 'w', organisationId: northMiddlesex, noticeGivenOn: '2018-01-15', effectiveOn: '2018-04-01', reason: 'Realigning' } });

    it('given North Middlesex withdrew from 1 April 2018, when the date is corrected to 1 May and the notice to 1 Feb, then its membership ends on 1 May', () => {
      const events = run(withdrawn, correct({ factId: 'w', reason: 'r', correction: { fact: 'withdrawal', effectiveOn: '2018-05-01', noticeGivenOn: '2018-02-01' } }));
      const period = compactAfter(events).partners[northMiddlesex].memberships[0];
      expect([period.until?.value, period.ending?.kind === 'withdrew' && period.ending.noticeGivenOn.value]).toEqual(['2018-05-01', '2018-02-01']);
    });

    it('given that withdrawal, when its date is corrected to before its notice, then withdrawal-before-notice; to before the admission, then departure-before-admission', () => {
      given(withdrawn).when(correct({ factId: 'w', reason: 'r', correction: { fact: 'withdrawal', effectiveOn: '2018-01-01' } })).thenThrows('withdrawal-before-notice');
      given(withdrawn)
        .when(correct({ factId: 'w', reason: 'r', correction: { fact: 'withdrawal', effectiveOn: '2017-05-01', noticeGivenOn: '2017-04-01' } }))
        .thenThrows('departure-before-admission');
    });

    const references = (disputeId: string, raisedOn: string): CompactReferences => ({
      disputes: { [disputeId]: { disputeId, compactId: 'haringey-and-islington', raisedOn, parties: ['nhs-islington-clinical-commissioning-group', northMiddlesex] } },
      decisions: {},
      compacts: {},
    });
    const asked = run(agreed, {
      type: 'AskPartnerToLeave',
      data: { factId: 'asked', organisationId: northMiddlesex, reason: 'r', basis: { kind: 'dispute', reference: 'd-1' }, effectiveOn: '2019-06-30', references: references('d-1', '2019-01-01') },
    });

    it('given North Middlesex asked to leave on dispute d-1, when the basis is corrected to dispute d-2, then the basis is checked as the original was: it exists, on this compact, by that date', () => {
      given(asked)
        .when(correctWith(references('d-2', '2019-03-01'), { factId: 'asked', reason: 'The other dispute', correction: { fact: 'asked-to-leave', basis: { kind: 'dispute', reference: 'd-2' } } }))
        .then((out) => expect((out[0] as EventCorrected).data.correction).toEqual({ fact: 'asked-to-leave', basis: { kind: 'dispute', reference: 'd-2' } }));
      given(asked)
        .when(correctWith({ disputes: { 'd-9': null }, decisions: {}, compacts: {} }, { factId: 'asked', reason: 'r', correction: { fact: 'asked-to-leave', basis: { kind: 'dispute', reference: 'd-9' } } }))
        .thenThrows('referenced-dispute-not-found');
      given(asked)
        .when(correctWith(references('d-3', '2019-08-01'), { factId: 'asked', reason: 'r', correction: { fact: 'asked-to-leave', basis: { kind: 'dispute', reference: 'd-3' } } }))
        .thenThrows('referenced-dispute-later');
    });

    it('given that, when the date it took effect is corrected, then EventCorrected, and its membership ends then', () => {
      const events = run(asked, correctWith(references('d-1', '2019-01-01'), { factId: 'asked', reason: 'r', correction: { fact: 'asked-to-leave', effectiveOn: '2019-07-31' } }));
      expect(compactAfter(events).partners[northMiddlesex].memberships[0].until?.value).toBe('2019-07-31');
    });
  });

  describe('a term and a coming into force', () => {
    it("given South Kent Coast's term 2015 to 2018 (to the year), when the expiry is corrected to 31 March 2018, then EventCorrected; to 2014, then term-dates-out-of-order", () => {
      const events = [...southKentCoast.drafting, southKentCoast.term];
      given(events)
        .when(correct({ factId: 'term-1', reason: 'r', correction: { fact: 'term', expiresOn: '2018-03-31' } }))
        .then((out) => expect((out[0] as EventCorrected).data.previous).toEqual({ fact: 'term', expiresOn: { asWritten: '2018', precision: 'year', value: '2018', assumed: null } }));
      given(events).when(correct({ factId: 'term-1', reason: 'r', correction: { fact: 'term', expiresOn: '2014' } })).thenThrows('term-dates-out-of-order');
    });

    it('given Haringey and Islington in force from 1 June 2017 by its own word, when that date is corrected to 2 June, then its status follows; when the decision is corrected to nothing, then decision-reference-required', () => {
      const { inForceFrom1June2017, inForce } = haringeyAndIslington;
      const events = run(inForceFrom1June2017, correct({ factId: inForce.data.factId, reason: 'r', correction: { fact: 'in-force', effectiveOn: '2017-06-02' } }));
      expect(compactStatusAt(stateAfter(events), '2017-06-01')).toBe('open-for-signature');
      given(inForceFrom1June2017)
        .when(correct({ factId: inForce.data.factId, reason: 'r', correction: { fact: 'in-force', decisionReference: ' ' } }))
        .thenThrows('decision-reference-required');
    });

    it('given a compact that came into force on its signatures, when that coming into force is corrected, then in-force-follows-signatures', () => {
      const { withTwelveSignatures, kentCountyCouncil, v1 } = southKentCoast;
      const events = run(withTwelveSignatures, { type: 'SignVersion', data: signed(kentCountyCouncil, v1, '2015-09-14').data });
      given(events)
        .when(correct({ factId: 'in-force-1', reason: 'r', correction: { fact: 'in-force', effectiveOn: '2015-09-20' } }))
        .thenThrows('in-force-follows-signatures');
    });
  });

  describe('a closure and an escalation path', () => {
    const { inForceFrom1June2017, withEscalationPath } = haringeyAndIslington;

    it('given Haringey and Islington terminated on 1 April 2019, when the date is corrected to 1 May 2019, then EventCorrected; to 1 June 2017, then closure-before-recorded-facts', () => {
      const terminated = run(inForceFrom1June2017, { type: 'TerminateCompact', data: { effectiveOn: '2019-04-01', reason: 'Replaced', decisionReference: null } });
      given(terminated)
        .when(correct({ factId: 'termination', reason: 'r', correction: { fact: 'termination', effectiveOn: '2019-05-01' } }))
        .then((out) => expect((out[0] as EventCorrected).data.correctedEventType).toBe('CompactTerminated'));
      given(terminated).when(correct({ factId: 'termination', reason: 'r', correction: { fact: 'termination', effectiveOn: '2017-06-01' } })).thenThrows('closure-before-recorded-facts');
    });

    it('given it superseded by another compact, when the successor is corrected to one never drafted, then referenced-compact-not-found', () => {
      const refs = (id: string, found: boolean): CompactReferences => ({ disputes: {}, decisions: {}, compacts: { [id]: found ? { compactId: id, title: 'T' } : null } });
      const superseded = run(inForceFrom1June2017, {
        type: 'RecordSuperseded',
        data: { successorCompactId: 'nclp', effectiveOn: '2020-04-01', reason: 'More formal agreement', decisionReference: null, references: refs('nclp', true) },
      });
      given(superseded)
        .when(correctWith(refs('nowhere', false), { factId: 'supersession', reason: 'r', correction: { fact: 'supersession', successorCompactId: 'nowhere' } }))
        .thenThrows('referenced-compact-not-found');
    });

    it("given the escalation path from Commitment 2, when a level's words are corrected, then the path holds them; when the levels are renumbered 1, 3, then escalation-levels-not-contiguous", () => {
      const path = withEscalationPath[withEscalationPath.length - 1] as Extract<CompactEvent, { type: 'EscalationPathDefined' }>;
      const levels = path.data.levels.map((l) => (l.level === 1 ? { ...l, whoActs: `${l.whoActs} (corrected)` } : l));
      const events = run(withEscalationPath, correct({ factId: path.data.factId, reason: 'r', correction: { fact: 'escalation-path', levels } }));
      expect((stateAfter(events) as Compact).escalationPath?.levels[0].whoActs).toMatch(/\(corrected\)$/);
      given(withEscalationPath)
        .when(correct({ factId: path.data.factId, reason: 'r', correction: { fact: 'escalation-path', levels: levels.map((l, i) => ({ ...l, level: i * 2 + 1 })) } }))
        .thenThrows('escalation-levels-not-contiguous');
    });
  });
});
