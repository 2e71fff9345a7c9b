import { httpLedgerClient, loadSeedCompact, seedCompactOf } from '../fixtures/seeds';
import type { LedgerTestApp } from './ledger-test-app';

export const CITY_CCG = 'nhs-nottingham-city';
export const NUH = 'nottingham-university-hospitals-nhs-trust';
export const CITY_COUNCIL = 'nottingham-city-council';

/**
 * The South Nottinghamshire seed compact and two disputes under it (assumed for the
 * test: the papers record no dispute): one raised, escalated to level 2 with a
 * mediator and a piece of evidence, one raised and withdrawn.
 */
export async function compactWithDisputes(ledger: LedgerTestApp) {
  const { port } = ledger.app.getHttpServer().address() as { port: number };
  const client = httpLedgerClient(`http://127.0.0.1:${port}`, ledger.bearer('secretariat').slice('Bearer '.length));
  const compactId = (await loadSeedCompact(client, seedCompactOf('001'))).id;
  const secretariat = ledger.as('secretariat');
  const raise = async (summary: string, raisedOn: string) =>
    (
      await secretariat
        .post('/disputes')
        .send({ compactId, raisedBy: CITY_CCG, against: [NUH], about: [{ kind: 'section', ref: '1' }], summary, raisedOn })
        .expect(201)
    ).body.id as string;
  const escalated = await raise('Assumed for the test: the shared care records timetable', '2015-06-01');
  await secretariat.post(`/disputes/${escalated}/escalations`).send({ toLevel: 2, reason: 'No agreement at level 1', escalatedOn: '2015-06-10' }).expect(201);
  await secretariat
    .post(`/disputes/${escalated}/mediators`)
    .send({ level: 2, mediator: { subject: 'mediator-ledger', name: 'Test mediator', role: 'Critical Friend' }, appointedOn: '2015-06-11' })
    .expect(201);
  const evidenceBytes = Buffer.from('Minutes of the meeting of 9 June 2015 (assumed for the test)\n');
  const evidence = await secretariat
    .post(`/disputes/${escalated}/evidence`)
    .field('submittedBy', CITY_CCG)
    .field('description', 'Minutes (assumed for the test)')
    .field('submittedOn', '2015-06-12')
    .attach('file', evidenceBytes, { filename: 'minutes.txt', contentType: 'text/plain' })
    .expect(201);
  const withdrawn = await raise('Assumed for the test: a second matter', '2015-07-01');
  const last = await secretariat.post(`/disputes/${withdrawn}/withdrawal`).send({ withdrawnBy: CITY_CCG, reason: 'Settled', withdrawnOn: '2015-07-10' }).expect(201);
  await ledger.as('regulator').get(`/disputes/${withdrawn}?minPosition=${last.body.position}`).expect(200);
  return { compactId, disputes: [escalated, withdrawn], evidenceBytes, evidencePosition: evidence.body.position as number, lastPosition: last.body.position as number };
}
