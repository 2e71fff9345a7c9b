import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CompactCommand, DecisionRecorded } from '@compact-ledger/domain';
import { type CommandContext, type RecordedEvent, SqliteEventStore } from '@compact-ledger/event-store';
import { compactDecider } from '../../compacts/compact-decider';
import { CommandPipeline } from '../../infrastructure/command-pipeline.service';
import { consequenceEventId } from './consequence-event-ids';
import { ConsequenceOutcomes, EnactDecisionConsequenceCommand, EnactDecisionConsequenceHandler } from './enact-decision-consequence';

const actor = { subject: 'lead', name: 'Governance Lead', role: 'secretariat', organisation: null };
const context = (): CommandContext => ({ actor, correlationId: 'set-up', causationId: null, newEventId: randomUUID, newIdFor: () => randomUUID() });

/** The decision as the meeting decider records it: asking Whittington Health to leave, on a compact with two partners. */
function decisionData(compactId: string): DecisionRecorded['data'] {
  return {
    meetingId: 'm-1',
    boardId: 'b-1',
    compactId,
    decisionId: 'd-1',
    item: '4',
    itemTitle: 'Collective monitoring (test)',
    decidedOn: '2017-09-26',
    resolution: 'Asked to leave (test)',
    outcome: { kind: 'consensus' },
    carried: true,
    quorum: { votingSeats: 2, counted: 2, needed: 2, rule: '70%', quorate: true },
    excluded: [],
    value: null,
    reservedMatter: null,
    consequence: {
      kind: 'ask-partner-to-leave',
      compactId,
      organisationId: 'whittington-health-trust',
      reason: 'No change in approach (test)',
      effectiveOn: '2017-10-31',
      concern: {
        reflectedOn: '2017-07-26',
        reflectedBy: 'Chairs / CEOs',
        evidence: [{ description: 'Minutes (test)', sha256: null }],
        noChangeFinding: 'None (test)',
      },
    },
  };
}

describe('Carrying out a decision’s consequence on a real SQLite store', () => {
  let dir: string;
  let store: SqliteEventStore;
  let compactId: string;
  let decision: RecordedEvent;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-saga-'));
    store = new SqliteEventStore({ file: join(dir, 'events.db') });
    compactId = randomUUID();
    const setUp = new CommandPipeline(store);
    const commands: CompactCommand[] = [
      { type: 'DraftCompact', data: { compactId, title: 'Test', covers: 'Haringey and Islington', description: null } },
      ...['london-borough-of-haringey', 'whittington-health-trust'].map((organisationId): CompactCommand => ({
        type: 'AdmitPartner',
        data: {
          factId: randomUUID(),
          organisationId,
          name: organisationId,
          organisationType: 'local-authority',
          lead: { name: 'L', role: 'R' },
          deputy: null,
          effectiveOn: '2017-06-01',
        },
      })),
    ];
    for (const command of commands) await setUp.run(`compact-${compactId}`, compactDecider, command, context());
    await store.append(
      'meeting-m-1',
      [
        {
          type: 'DecisionRecorded',
          data: decisionData(compactId) as never,
          metadata: { eventId: randomUUID(), actor, correlationId: 'minute-2017-09', causationId: null },
        },
      ],
      'no_stream',
    );
    [decision] = await store.readStream('meeting-m-1');
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('two instances acting on the same decision at once (each with its own pipeline, as two processes would) append one copy: the store’s idempotent append keeps it, and neither is refused', async () => {
    const handler = () => new EnactDecisionConsequenceHandler(new CommandPipeline(store), store, new ConsequenceOutcomes());
    const outcomes = await Promise.all([
      handler().execute(new EnactDecisionConsequenceCommand(decision)),
      handler().execute(new EnactDecisionConsequenceCommand(decision)),
    ]);
    expect(outcomes.map((o) => o.kind).sort()).toEqual(expect.arrayContaining(['recorded']));
    expect(outcomes.every((o) => o.kind === 'recorded' || o.kind === 'already-recorded')).toBe(true);
    const asked = (await store.readStream(`compact-${compactId}`)).filter((e) => e.type === 'PartnerAskedToLeave');
    expect(asked).toHaveLength(1);
    expect(asked[0].metadata).toMatchObject({
      eventId: consequenceEventId(decision.metadata.eventId, 0),
      causationId: decision.metadata.eventId,
      correlationId: 'minute-2017-09',
      actor,
    });
    expect(asked[0].data).toMatchObject({ basis: { kind: 'decision', reference: 'meeting/m-1/decisions/d-1' } });
  });

  it('run again later it finds its consequence on the stream under the derived id and appends nothing', async () => {
    const handler = new EnactDecisionConsequenceHandler(new CommandPipeline(store), store, new ConsequenceOutcomes());
    expect(await handler.execute(new EnactDecisionConsequenceCommand(decision))).toMatchObject({ kind: 'recorded' });
    const head = await store.headPosition();
    expect(await handler.execute(new EnactDecisionConsequenceCommand(decision))).toEqual({
      kind: 'already-recorded',
      streamId: `compact-${compactId}`,
      eventId: consequenceEventId(decision.metadata.eventId, 0),
    });
    expect(await store.headPosition()).toBe(head);
  });

  it('a consequence the compact’s rules refuse (the partner has already withdrawn) is refused with the rule, and settles the outcome the feed waits for', async () => {
    await new CommandPipeline(store).run(
      `compact-${compactId}`,
      compactDecider,
      { type: 'WithdrawPartner', data: { organisationId: 'whittington-health-trust', noticeGivenOn: '2017-09-01', effectiveOn: '2017-09-30', reason: 'Test' } },
      context(),
    );
    const outcomes = new ConsequenceOutcomes();
    const waiting = outcomes.expect(decision.metadata.eventId, 5_000);
    await new EnactDecisionConsequenceHandler(new CommandPipeline(store), store, outcomes).execute(new EnactDecisionConsequenceCommand(decision));
    expect(await waiting).toMatchObject({ kind: 'refused', rule: 'partner-not-member', detail: expect.stringMatching(/^meeting\/m-1\/decisions\/d-1: /) });
  });

  it('a store it cannot use is a failure to try again, not a refusal', async () => {
    const handler = new EnactDecisionConsequenceHandler(new CommandPipeline(store), store, new ConsequenceOutcomes());
    await store.close();
    expect(await handler.execute(new EnactDecisionConsequenceCommand(decision))).toMatchObject({ kind: 'failed' });
    store = new SqliteEventStore({ file: join(dir, 'events.db') });
  });
});
