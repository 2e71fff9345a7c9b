import type { EventEnvelope, RecordedEvent } from '@compact-ledger/event-store';
import { EvidenceReport } from './evidence-report';

const DISPUTE = 'dispute-01a24374-fdb8-7090-93b7-1d849d2a3ce6';
const HEADING = { title: 'T', subject: 'S', origin: 'example.org/ledger', checkpointSize: 2, checkpointRoot: 'root', exportedBy: 'X', exportId: 'E' };

/** An event of a type this version does not know: readers keep and skip it, so the report folds nothing from it. */
const event = (revision: number, hash: string): RecordedEvent => ({
  streamId: DISPUTE,
  revision,
  position: revision + 1,
  type: 'DisputeNoticeOfANewerKind',
  data: {},
  metadata: { hash, recordedAt: '2026-12-05T00:00:00.000Z' } as EventEnvelope,
});

async function rendered(report: EvidenceReport): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of report.render(HEADING)) parts.push(part);
  return Buffer.concat(parts).toString('utf8');
}

describe('EvidenceReport: disputes read again when rendered', () => {
  const events = [event(0, 'a'.repeat(64)), event(1, 'b'.repeat(64))];

  it('renders when the second reading ends at the head the pack saw', async () => {
    const report = new EvidenceReport(async function* () {
      yield* events;
    });
    for (const e of events) report.add(e);
    expect(await rendered(report)).toMatch(new RegExp(`<code>${DISPUTE}</code></td><td>2</td><td>1</td>`));
  });

  it('refuses, naming the stream, a second reading that ends elsewhere than the pack', async () => {
    const report = new EvidenceReport(async function* () {
      yield events[0];
    });
    for (const e of events) report.add(e);
    await expect(rendered(report)).rejects.toThrow(`dispute stream ${DISPUTE} read again for the report gave 1 events to revision 0, not the pack's 2 to revision 1`);
  });

  it('refuses a second reading whose head has another hash', async () => {
    const report = new EvidenceReport(async function* () {
      yield events[0];
      yield { ...events[1], metadata: { ...events[1].metadata, hash: 'c'.repeat(64) } };
    });
    for (const e of events) report.add(e);
    await expect(rendered(report)).rejects.toThrow(`(hash ${'b'.repeat(64)})`);
  });
});
