import { stateChanges } from './replay-changes';

const raised = {
  disputeId: 'd1',
  status: 'open',
  summary: 'Measures not shared',
  currentLevel: 1,
  currentLevelName: 'Bilateral resolution',
  levelsReached: [{ level: 1, reachedOn: '2015-06-01', reason: null }],
  responses: [],
  resolution: null,
  revision: 0,
};

describe('stateChanges: what an event changed in the dispute', () => {
  it('gives only what differs between consecutive states, an added list item as one change', () => {
    const escalated = {
      ...raised,
      currentLevel: 2,
      currentLevelName: 'Mediation',
      levelsReached: [...raised.levelsReached, { level: 2, reachedOn: '2015-07-01', reason: 'No agreement' }],
      revision: 1,
    };
    expect(stateChanges(raised, escalated)).toEqual([
      { path: 'currentLevel', kind: 'changed', before: 1, after: 2 },
      { path: 'currentLevelName', kind: 'changed', before: 'Bilateral resolution', after: 'Mediation' },
      { path: 'levelsReached[1]', kind: 'added', after: { level: 2, reachedOn: '2015-07-01', reason: 'No agreement' } },
    ]);
  });

  it('shows a field set from nothing, and a nested change by its path', () => {
    const resolved = {
      ...raised,
      status: 'resolved',
      resolution: { level: 1, terms: 'Shared monthly' },
      levelsReached: [{ ...raised.levelsReached[0], reason: 'x' }],
    };
    expect(stateChanges(raised, resolved)).toEqual([
      { path: 'status', kind: 'changed', before: 'open', after: 'resolved' },
      { path: 'levelsReached[0].reason', kind: 'changed', before: null, after: 'x' },
      { path: 'resolution', kind: 'changed', before: null, after: { level: 1, terms: 'Shared monthly' } },
    ]);
  });

  it('for the first event, lists every field it set, leaving out the empty ones', () => {
    expect(stateChanges(null, raised).map((c) => c.path)).toEqual(['disputeId', 'status', 'summary', 'currentLevel', 'currentLevelName', 'levelsReached']);
  });

  it('finds nothing when an event changed nothing but the revision', () => {
    expect(stateChanges(raised, { ...raised, revision: 5 })).toEqual([]);
  });
});
