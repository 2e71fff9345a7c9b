import { given, southNottinghamshire } from '../../testing/seed-compacts.fixtures';

describe('board endorsements (001 South Nottinghamshire: endorsed, with concerns, or declined)', () => {
  const { drafting, concerns, v1 } = southNottinghamshire;
  const cegEndorsement = {
    factId: 'endorse-ncc-ceg',
    organisationId: 'nottingham-city-council',
    versionLabel: '1.0',
    boardName: 'Health and Wellbeing Board Commissioning Executive Group',
    meetingDate: '2014-12-02',
    outcome: 'endorsed-with-concerns' as const,
    concerns,
    reason: null,
  };

  it('given the compact with its partners, when the Commissioning Executive Group endorses it on 2 December 2014 with its two concerns, then BoardEndorsementRecorded with each concern and response', () => {
    given(drafting)
      .when({ type: 'RecordBoardEndorsement', data: cegEndorsement })
      .then([{ type: 'BoardEndorsementRecorded', data: { ...cegEndorsement, contentHash: v1.data.contentHash }, effectiveAt: '2014-12-02' }]);
  });

  it('given the compact, when a CCG governing body endorses it without concerns, then BoardEndorsementRecorded endorsed', () => {
    const data = { ...cegEndorsement, factId: 'endorse-city-ccg', organisationId: 'nhs-nottingham-city-ccg', boardName: 'Governing Body', outcome: 'endorsed' as const, concerns: [] };
    given(drafting)
      .when({ type: 'RecordBoardEndorsement', data })
      .then([{ type: 'BoardEndorsementRecorded', data: { ...data, contentHash: v1.data.contentHash }, effectiveAt: '2014-12-02' }]);
  });

  it('given the compact, when a board declines with its reason, then BoardEndorsementRecorded declined', () => {
    const data = { ...cegEndorsement, factId: 'decline-emas', organisationId: 'east-midlands-ambulance', boardName: 'Trust Board', outcome: 'declined' as const, concerns: [], reason: 'Regional footprint' };
    given(drafting)
      .when({ type: 'RecordBoardEndorsement', data })
      .then([{ type: 'BoardEndorsementRecorded', data: { ...data, contentHash: v1.data.contentHash }, effectiveAt: '2014-12-02' }]);
  });

  it('given the compact, when an endorsement "with concerns" lists none, then concerns-required', () => {
    given(drafting)
      .when({ type: 'RecordBoardEndorsement', data: { ...cegEndorsement, concerns: [] } })
      .thenThrows('concerns-required');
  });

  it('given the compact, when a plain endorsement lists concerns, then concerns-without-concerned-outcome', () => {
    given(drafting)
      .when({ type: 'RecordBoardEndorsement', data: { ...cegEndorsement, outcome: 'endorsed' } })
      .thenThrows('concerns-without-concerned-outcome');
  });

  it('given the compact, when the outcome is "noted", then unknown-endorsement-outcome', () => {
    given(drafting)
      .when({ type: 'RecordBoardEndorsement', data: { ...cegEndorsement, outcome: 'noted' as never } })
      .thenThrows('unknown-endorsement-outcome');
  });

  it('given the compact, when Erewash CCG (in attendance, not a partner) records an endorsement, then partner-not-member', () => {
    given(drafting)
      .when({ type: 'RecordBoardEndorsement', data: { ...cegEndorsement, organisationId: 'erewash-ccg' } })
      .thenThrows('partner-not-member');
  });

  it('given partners admitted on 30 September 2014, when a board endorses at a meeting in August 2014, then partner-not-member', () => {
    given(drafting)
      .when({ type: 'RecordBoardEndorsement', data: { ...cegEndorsement, meetingDate: '2014-08-01' } })
      .thenThrows('partner-not-member');
  });

  it('given version 1.0 only, when a board endorses version 2.0, then version-not-found', () => {
    given(drafting)
      .when({ type: 'RecordBoardEndorsement', data: { ...cegEndorsement, versionLabel: '2.0' } })
      .thenThrows('version-not-found');
  });

  it('given version 1.0 dated 30 September 2014, when a board endorses it at a meeting on 29 September, then endorsement-before-version', () => {
    const earlyAdmission = drafting.map((e) => (e.type === 'PartnerAdmitted' ? { ...e, data: { ...e.data, effectiveOn: '2014-09-01' } } : e));
    given(earlyAdmission)
      .when({ type: 'RecordBoardEndorsement', data: { ...cegEndorsement, meetingDate: '2014-09-29' } })
      .thenThrows('endorsement-before-version');
  });

  it('given the compact, when the endorsement names no board, then board-name-required', () => {
    given(drafting)
      .when({ type: 'RecordBoardEndorsement', data: { ...cegEndorsement, boardName: '' } })
      .thenThrows('board-name-required');
  });
});
