import { eastAndCentralCheshire, example, given } from '../../testing/seed-compacts.fixtures';

describe('rules with no other spec', () => {
  it('given a compact with a version (a hand-made example), when an amendment replaces an empty phrase, then phrase-empty', () => {
    given(example.drafting)
      .when({ type: 'PublishAmendment', data: { label: '1.1', note: 'Minor amendment', dated: '2015-01-28', replacePhrases: [{ find: '  ', replaceWith: 'citizen' }] } })
      .thenThrows('phrase-empty');
  });

  it('given the East and Central Cheshire compact, when a partner is admitted with no factId, then fact-id-required', () => {
    given(eastAndCentralCheshire.drafting)
      .when({
        type: 'AdmitPartner',
        data: { factId: '', organisationId: 'another-council', name: 'Another Council', organisationType: 'local-authority', lead: null, deputy: null, effectiveOn: '2013-01-01' },
      })
      .thenThrows('fact-id-required');
  });

  it('given the East and Central Cheshire compact, when it is recorded as superseded without naming its successor, then successor-required', () => {
    given(eastAndCentralCheshire.drafting)
      .when({ type: 'RecordSuperseded', data: { successorCompactId: '', effectiveOn: '2015-01-01', reason: 'Replaced by the integrated care partnership', decisionReference: null } })
      .thenThrows('successor-required');
  });
});
