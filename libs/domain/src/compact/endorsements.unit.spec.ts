import type { CompactEvent } from './compact.events';
import { compactAfter, example, given, on, southNottinghamshire } from '../../testing/seed-compacts.fixtures';

describe('board endorsements (001 South Nottinghamshire: endorsed, with concerns, or declined) and requests to endorse', () => {
  const { drafting, concerns, v1, endorsement, request, events, cityCouncil, cityCcg, emas } = southNottinghamshire;
  const cegEndorsement = {
    factId: 'endorse-ceg',
    organisationId: cityCouncil,
    versionLabel: '1',
    boardName: 'Nottingham City Health and Wellbeing Board Commissioning Executive Group (CEG)',
    meetingDate: '2014-12-02',
    outcome: 'endorsed-with-concerns' as const,
    concerns,
    reason: null,
  };
  const recorded = (data: Omit<typeof cegEndorsement, 'outcome' | 'reason'> & { outcome: string; reason: string | null; assumption?: string | null }): CompactEvent => ({
    type: 'BoardEndorsementRecorded',
    data: { ...data, outcome: data.outcome as 'endorsed', meetingDate: on(data.meetingDate), contentHash: v1.data.contentHash, assumption: data.assumption ?? null },
    effectiveAt: data.meetingDate,
  });

  it('reads from the paper: the CEG endorsed on 2 December 2014 with two concerns and their responses, for Nottingham City Council by the ledger\'s assumption', () => {
    expect(endorsement.data).toMatchObject({
      organisationId: cityCouncil,
      boardName: 'Nottingham City Health and Wellbeing Board Commissioning Executive Group (CEG)',
      meetingDate: { asWritten: '2nd December 2014', precision: 'exact', value: '2014-12-02', assumed: null },
      outcome: 'endorsed-with-concerns',
      assumption: expect.stringContaining('names the board, not the partner'),
    });
    expect(endorsement.data.concerns.map((c) => c.concern)).toEqual([
      'There is no reference to parity of esteem in the Compact',
      'There is no democratic representation on the South Nottinghamshire Transformation Board',
    ]);
    expect(endorsement.data.concerns[1].response).toBe('This is being progressed via discussions with Councillor Norris.');
  });

  it('reads the Health and Wellbeing Board\'s 28 January 2015 for what it was: a request to endorse, no outcome, the board named and no partner', () => {
    expect(request.data).toMatchObject({
      organisationId: null,
      boardName: 'Health and Wellbeing Board',
      meetingDate: { asWritten: '28 JANUARY 2015', value: '2015-01-28' },
      asked: expect.stringMatching(/^The Health and Wellbeing Board is asked to endorse the Compact/),
    });
    const state = compactAfter(events);
    expect(state.endorsements).toHaveLength(1);
    expect(state.endorsementRequests).toHaveLength(1);
  });

  it('given the compact with its partners, when the Commissioning Executive Group endorses it on 2 December 2014 with its two concerns, then BoardEndorsementRecorded with each concern and response', () => {
    given(drafting).when({ type: 'RecordBoardEndorsement', data: cegEndorsement }).then([recorded(cegEndorsement)]);
  });

  it('given the compact, when a CCG governing body endorses it without concerns, then BoardEndorsementRecorded endorsed', () => {
    const data = { ...cegEndorsement, factId: 'endorse-city-ccg', organisationId: cityCcg, boardName: 'Governing Body', outcome: 'endorsed' as const, concerns: [] };
    given(drafting).when({ type: 'RecordBoardEndorsement', data }).then([recorded(data)]);
  });

  it('given the compact, when a board declines with its reason, then BoardEndorsementRecorded declined', () => {
    const data = { ...cegEndorsement, factId: 'decline-emas', organisationId: emas, boardName: 'Trust Board', outcome: 'declined' as const, concerns: [], reason: 'Regional footprint' as unknown as null };
    given(drafting).when({ type: 'RecordBoardEndorsement', data }).then([recorded(data)]);
  });

  it('given the compact, when an endorsement "with concerns" lists none, then concerns-required', () => {
    given(drafting).when({ type: 'RecordBoardEndorsement', data: { ...cegEndorsement, concerns: [] } }).thenThrows('concerns-required');
  });

  it('given the compact, when a plain endorsement lists concerns, then concerns-without-concerned-outcome', () => {
    given(drafting).when({ type: 'RecordBoardEndorsement', data: { ...cegEndorsement, outcome: 'endorsed' } }).thenThrows('concerns-without-concerned-outcome');
  });

  it('given the compact, when the outcome is "noted", then unknown-endorsement-outcome', () => {
    given(drafting).when({ type: 'RecordBoardEndorsement', data: { ...cegEndorsement, outcome: 'noted' as never } }).thenThrows('unknown-endorsement-outcome');
  });

  it('given the compact, when Erewash CCG (in attendance, not a partner) records an endorsement, then partner-not-member', () => {
    given(drafting).when({ type: 'RecordBoardEndorsement', data: { ...cegEndorsement, organisationId: 'erewash-ccg' } }).thenThrows('partner-not-member');
  });

  it('given partners admitted on 5 January 2015 (a hand-made example), when a board endorses at a meeting on 2 January 2015, then partner-not-member', () => {
    given(example.drafting)
      .when({ type: 'RecordBoardEndorsement', data: { ...cegEndorsement, organisationId: 'alpha-trust', meetingDate: '2015-01-02' } })
      .thenThrows('partner-not-member');
  });

  it('given version 1 only, when a board endorses version 2.0, then version-not-found', () => {
    given(drafting).when({ type: 'RecordBoardEndorsement', data: { ...cegEndorsement, versionLabel: '2.0' } }).thenThrows('version-not-found');
  });

  it('given version 1, undated, assumed between 1 Sept and 30 Nov 2014, when a board endorses it on 31 August 2014, then endorsement-before-version; on a day in "November 2014", then it is accepted', () => {
    given(drafting).when({ type: 'RecordBoardEndorsement', data: { ...cegEndorsement, meetingDate: '2014-08-31' } }).thenThrows('endorsement-before-version');
    given(drafting)
      .when({ type: 'RecordBoardEndorsement', data: { ...cegEndorsement, meetingDate: '2014-11' } })
      .then((out) => expect(out).toHaveLength(1));
  });

  it('given the compact, when the endorsement names no board, then board-name-required', () => {
    given(drafting).when({ type: 'RecordBoardEndorsement', data: { ...cegEndorsement, boardName: '' } }).thenThrows('board-name-required');
  });

  describe('RecordEndorsementRequest', () => {
    const asked = { factId: 'asked', organisationId: null, versionLabel: '1', boardName: 'Health and Wellbeing Board', meetingDate: '2015-01-28', asked: 'The Board is asked to endorse the Compact.' };

    it('given the compact, when the Health and Wellbeing Board is recorded as asked on 28 January 2015, then EndorsementRequested', () => {
      given(drafting)
        .when({ type: 'RecordEndorsementRequest', data: asked })
        .then([{ type: 'EndorsementRequested', data: { ...asked, meetingDate: on('2015-01-28'), contentHash: v1.data.contentHash, assumption: null }, effectiveAt: '2015-01-28' }]);
    });

    it('given the compact, when the request does not say what was asked, then endorsement-request-asked-required; names a board no partner has, partner-not-member', () => {
      given(drafting).when({ type: 'RecordEndorsementRequest', data: { ...asked, asked: ' ' } }).thenThrows('endorsement-request-asked-required');
      given(drafting).when({ type: 'RecordEndorsementRequest', data: { ...asked, organisationId: 'erewash-ccg' } }).thenThrows('partner-not-member');
    });
  });
});
