import { randomUUID } from 'node:crypto';
import { boardCompactSnapshot, type CompactState, compactStream, decisionReference, meetingStream } from '@compact-ledger/domain';
import { compactDecider } from '../../apps/api/src/compacts/compact-decider';
import { boardState, haringey, runBoard } from '@compact-ledger/domain/testing/board.fixtures';
import { addItem, attendance, decide, HARINGEY_SEATS, runMeeting, schedule } from '@compact-ledger/domain/testing/meeting.fixtures';
import { httpLedgerClient, loadSeedCompact, organisationIdOf, seedCompactOf } from '../fixtures/seeds';
import { LedgerTestApp } from '../support/ledger-test-app';

/**
 * References checked over HTTP: a basis or subject that names a dispute, a board decision, a
 * commitment, a section or another compact must name one that exists on that compact by that
 * date; otherwise 422 naming the rule, and nothing appended. The compact's decider reads no other
 * stream: the API reads the dispute, the meeting or the compact named, and passes what it found.
 */
describe('References to disputes, decisions, commitments, sections and compacts, over HTTP', () => {
  let ledger: LedgerTestApp;
  let haringeyId: string;
  let nottsId: string;
  const NMUH = organisationIdOf('North Middlesex Hospital NHS Trust');
  const ISLINGTON = organisationIdOf('London Borough of Islington');
  const WHITTINGTON = organisationIdOf('Whittington Health NHS Trust');

  beforeAll(async () => {
    ledger = await LedgerTestApp.start({ LEDGER_RATE_LIMIT_PER_MINUTE: 100_000 });
    const { port } = ledger.app.getHttpServer().address() as { port: number };
    const client = httpLedgerClient(`http://127.0.0.1:${port}`, ledger.bearer('secretariat').slice('Bearer '.length));
    haringeyId = (await loadSeedCompact(client, seedCompactOf('004'))).id;
    nottsId = (await loadSeedCompact(client, seedCompactOf('001'))).id;
  });
  afterAll(() => ledger.stop());

  const lead = () => ledger.as('secretariat');
  const expectRefused = async (call: Promise<{ status: number; body: { rule?: string } }>, rule: string) => {
    const before = await ledger.headPosition();
    const response = await call;
    expect([response.status, response.body.rule]).toEqual([422, rule]);
    expect(await ledger.headPosition()).toBe(before);
  };
  const raise = (compactId: string, raisedBy: string, against: string, about: object[], raisedOn: string) =>
    lead().post('/disputes').send({ compactId, raisedBy, against: [against], about, summary: 'Example dispute', raisedOn });

  describe('what a dispute is about', () => {
    it('004: a dispute about "Commitment 99: Free lunches", which the agreement does not have, is refused; one about Commitment 3 by its heading is raised', async () => {
      await expectRefused(raise(haringeyId, ISLINGTON, WHITTINGTON, [{ kind: 'commitment', ref: 'Commitment 99: Free lunches' }], '2018-02-01'), 'dispute-commitment-not-found');
      const raised = await raise(haringeyId, ISLINGTON, WHITTINGTON, [{ kind: 'commitment', ref: 'Commitment 3: One Plan: Joint Strategic Planning' }], '2018-02-01').expect(201);
      const dispute = (await ledger.as('regulator').get(`/disputes/${raised.body.id}?minPosition=${raised.body.position}`).expect(200)).body;
      expect(dispute.about).toEqual([{ kind: 'commitment', ref: 'Commitment 3' }]);
    });

    it("001: its whole text is the compact's, so a dispute about section 8 is raised; about section 99.9, refused", async () => {
      const ccg = organisationIdOf('NHS Nottingham City');
      const nuh = organisationIdOf('Nottingham University Hospitals NHS Trust');
      await raise(nottsId, ccg, nuh, [{ kind: 'section', ref: '8' }, { kind: 'section', ref: 'Appendix 1, 6' }], '2015-06-01').expect(201);
      await expectRefused(raise(nottsId, ccg, nuh, [{ kind: 'section', ref: '99.9' }], '2015-06-01'), 'dispute-section-not-found');
      await expectRefused(raise(nottsId, ccg, 'erewash-ccg', [{ kind: 'section', ref: '8' }], '2015-06-01'), 'partner-not-member');
    });
  });

  describe('the basis a partner is asked to leave on', () => {
    const expel = (organisationId: string, basis: object, effectiveOn = '2017-11-01') =>
      lead().post(`/compacts/${haringeyId}/partners/${organisationId}/expulsion`).send({ reason: 'Not acting for the collective good', basis, effectiveOn });

    it('a dispute that does not exist ("no-such-dispute") is refused', async () => {
      await expectRefused(expel(NMUH, { kind: 'dispute', reference: 'no-such-dispute' }), 'referenced-dispute-not-found');
    });

    it('a dispute under another compact, or raised after the partner left, or not involving it, is refused', async () => {
      const notts = await raise(nottsId, organisationIdOf('NHS Nottingham City'), organisationIdOf('Nottingham City Council'), [{ kind: 'section', ref: '1' }], '2015-06-01').expect(201);
      await expectRefused(expel(NMUH, { kind: 'dispute', reference: notts.body.id }), 'referenced-dispute-on-another-compact');
      const later = await raise(haringeyId, ISLINGTON, NMUH, [{ kind: 'commitment', ref: 'Commitment 2' }], '2017-12-01').expect(201);
      await expectRefused(expel(NMUH, { kind: 'dispute', reference: later.body.id }), 'referenced-dispute-later');
      const others = await raise(haringeyId, ISLINGTON, WHITTINGTON, [{ kind: 'commitment', ref: 'Commitment 2' }], '2017-09-01').expect(201);
      await expectRefused(expel(NMUH, { kind: 'dispute', reference: others.body.id }), 'referenced-dispute-not-about-partner');
    });

    it('a decision named in words, or one whose meeting does not exist, is refused', async () => {
      await expectRefused(expel(NMUH, { kind: 'decision', reference: 'Partnership Board, October 2017' }), 'decision-reference-malformed');
      await expectRefused(expel(NMUH, { kind: 'decision', reference: 'meeting/no-such-meeting/decisions/d-1' }), 'referenced-decision-not-found');
    });

    it("a carried decision of this compact's board, taken before the partner left, is accepted, and the basis leads back to the meeting and the decision", async () => {
      // The board and its October 2017 meeting as the meetings' own deciders record them (the meetings API records the same).
      const compact = (await ledger.store.readStream(compactStream(haringeyId)))
        .map((e) => compactDecider.decode(e)!)
        .reduce(compactDecider.evolve, compactDecider.initialState()) as CompactState;
      const board = boardState(
        runBoard(
          [],
          { type: 'EstablishBoard', data: { boardId: 'wpb', compact: boardCompactSnapshot(compact, '2017-06-01'), name: 'Wellbeing Partnership Board', purpose: 'Sets strategic direction', establishedOn: '2017-06-01' } },
          { type: 'AdoptTermsOfReference', data: { terms: haringey.partnershipTerms, compact: boardCompactSnapshot(compact, '2017-06-01') } },
        ),
      );
      const meetingId = 'wpb-2017-10';
      const events = runMeeting(
        [],
        schedule(meetingId, '2017-10-17', 'Wellbeing Partnership Board, October 2017 (example)', board, compact, [board]),
        addItem('6', 'Collective monitoring (example)', '2017-10-02'),
        attendance(HARINGEY_SEATS),
        // Carried with no consequence of its own: the saga would otherwise carry it out first; here the secretariat records it.
        decide('d-6', '6', { resolution: 'Example: North Middlesex Hospital NHS Trust is asked to leave the partnership' }),
      );
      const actor = { subject: 'secretariat-ledger', name: 'Test secretariat', role: 'secretariat', organisation: null };
      await ledger.store.append(
        meetingStream(meetingId),
        events.map((e) => ({ type: e.type, data: e.data as never, metadata: { eventId: randomUUID(), actor, effectiveAt: null, correlationId: null, causationId: null } })),
        'no_stream',
      );
      const reference = decisionReference(meetingId, 'd-6');
      await expectRefused(expel(NMUH, { kind: 'decision', reference }, '2017-10-01'), 'referenced-decision-later');
      await expectRefused(expel(NMUH, { kind: 'decision', reference: decisionReference(meetingId, 'd-7') }), 'referenced-decision-not-found');
      const asked = await expel(NMUH, { kind: 'decision', reference }).expect(201);
      const partner = (await ledger.as('regulator').get(`/compacts/${haringeyId}/partners?minPosition=${asked.body.position}`).expect(200)).body.find(
        (p: { organisationId: string }) => p.organisationId === NMUH,
      );
      expect(partner.memberships[0].ending).toMatchObject({ kind: 'asked-to-leave', basis: { kind: 'decision', reference } });
    });
  });

  describe('decisions and compacts named elsewhere', () => {
    it('a compact said to supersede another must have been drafted', async () => {
      const example = (await lead().post('/compacts').send({ title: 'An example compact', covers: 'Example' }).expect(201)).body.id;
      await expectRefused(
        lead().post(`/compacts/${example}/supersession`).send({ successorCompactId: '3f1c1d7e-9a8b-4c1d-8e2f-0a1b2c3d4e5f', effectiveOn: '2020-04-01', reason: 'r', decisionReference: null }),
        'referenced-compact-not-found',
      );
      await lead().post(`/compacts/${example}/supersession`).send({ successorCompactId: haringeyId, effectiveOn: '2020-04-01', reason: 'r', decisionReference: null }).expect(201);
    });

    it("a termination naming a board decision must name one that exists; a paper's own words are kept as written", async () => {
      const example = (await lead().post('/compacts').send({ title: 'Another example compact', covers: 'Example' }).expect(201)).body.id;
      await expectRefused(
        lead().post(`/compacts/${example}/termination`).send({ effectiveOn: '2020-04-01', reason: 'r', decisionReference: 'meeting/none/decisions/none' }),
        'referenced-decision-not-found',
      );
      await lead().post(`/compacts/${example}/termination`).send({ effectiveOn: '2020-04-01', reason: 'r', decisionReference: 'Sponsor Board, March 2020' }).expect(201);
    });
  });
});
