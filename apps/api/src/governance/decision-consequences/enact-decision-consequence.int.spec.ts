import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CompactCommand, MeetingEvent } from '@compact-ledger/domain';
import { type CommandContext, type JsonObject, type RecordedEvent, SqliteEventStore } from '@compact-ledger/event-store';
import { addItem, attendance, decide, HARINGEY_SEATS, haringeyMeeting, runMeeting } from '@compact-ledger/domain/testing/meeting.fixtures';
import { CompactCommands } from '../../compacts/compact-commands';
import { compactDecider } from '../../compacts/compact-decider';
import { CompactReferenceReader } from '../../compacts/compact-references';
import { CommandPipeline } from '../../infrastructure/command-pipeline.service';
import { consequenceEventId } from './consequence-event-ids';
import { ConsequenceOutcomes, EnactDecisionConsequenceCommand, EnactDecisionConsequenceHandler } from './enact-decision-consequence';

const actor = { subject: 'lead', name: 'Governance Lead', role: 'secretariat', organisation: null };
const ASKED_TO_LEAVE = 'north-middlesex-hospital-nhs-trust';
const context = (): CommandContext => ({ actor, correlationId: 'set-up', causationId: null, newEventId: randomUUID, newIdFor: () => randomUUID() });

/**
 * Illustrative: a meeting of Haringey and Islington's Partnership Board decides, after 004's
 * collective monitoring, to ask North Middlesex Hospital to leave: the events the meeting's own
 * decider records, so the compact can check the decision its basis names.
 */
const meetingEvents = runMeeting(
  haringeyMeeting('partnership', 'm-1', '2017-09-26'),
  addItem('4', 'Collective monitoring (illustrative)', '2017-09-01'),
  attendance(HARINGEY_SEATS),
  decide('d-1', '4', {
    resolution: 'Asked to leave (illustrative)',
    consequence: {
      kind: 'ask-partner-to-leave',
      organisationId: ASKED_TO_LEAVE,
      reason: 'No change in approach (illustrative)',
      effectiveOn: '2017-10-31',
      concern: {
        reflectedOn: '2017-07-26',
        reflectedBy: 'Chairs / CEOs (illustrative)',
        evidence: [{ description: 'Minutes (illustrative)', sha256: null }],
        noChangeFinding: 'None (illustrative)',
      },
    },
  }),
);

/** The handler as the API wires it: compact consequences through the compact's use-case path, which reads and checks what they name. */
function enactor(store: SqliteEventStore, outcomes: ConsequenceOutcomes): EnactDecisionConsequenceHandler {
  const pipeline = new CommandPipeline(store);
  return new EnactDecisionConsequenceHandler(pipeline, new CompactCommands(pipeline, new CompactReferenceReader(pipeline)), store, outcomes);
}

describe('Carrying out a decision’s consequence on a real SQLite store', () => {
  let dir: string;
  let store: SqliteEventStore;
  let compactId: string;
  let decision: RecordedEvent;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-saga-'));
    store = new SqliteEventStore({ file: join(dir, 'events.db') });
    const scheduled = meetingEvents[0] as Extract<MeetingEvent, { type: 'MeetingScheduled' }>;
    compactId = scheduled.data.compactId;
    const setUp = new CommandPipeline(store);
    const commands: CompactCommand[] = [
      { type: 'DraftCompact', data: { compactId, title: 'Test', covers: 'Haringey and Islington', description: null } },
      ...['london-borough-of-haringey', ASKED_TO_LEAVE].map((organisationId): CompactCommand => ({
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
      meetingEvents.map(({ type, data }) => ({
        type,
        data: data as unknown as JsonObject,
        metadata: { eventId: randomUUID(), actor, correlationId: 'minute-2017-09', causationId: null },
      })),
      'no_stream',
    );
    decision = (await store.readStream('meeting-m-1')).find((e) => e.type === 'DecisionRecorded')!;
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('two instances acting on the same decision at once (each with its own pipeline, as two processes would) append one copy: the store’s idempotent append keeps it, and neither is refused', async () => {
    const handler = () => enactor(store, new ConsequenceOutcomes());
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
    const handler = enactor(store, new ConsequenceOutcomes());
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
      { type: 'WithdrawPartner', data: { organisationId: ASKED_TO_LEAVE, noticeGivenOn: '2017-09-01', effectiveOn: '2017-09-30', reason: 'Test' } },
      context(),
    );
    const outcomes = new ConsequenceOutcomes();
    const waiting = outcomes.expect(decision.metadata.eventId, 5_000);
    await enactor(store, outcomes).execute(new EnactDecisionConsequenceCommand(decision));
    expect(await waiting).toMatchObject({ kind: 'refused', rule: 'partner-not-member', detail: expect.stringMatching(/^meeting\/m-1\/decisions\/d-1: /) });
  });

  it('a store it cannot use is a failure to try again, not a refusal', async () => {
    const handler = enactor(store, new ConsequenceOutcomes());
    await store.close();
    expect(await handler.execute(new EnactDecisionConsequenceCommand(decision))).toMatchObject({ kind: 'failed' });
    store = new SqliteEventStore({ file: join(dir, 'events.db') });
  });
});
