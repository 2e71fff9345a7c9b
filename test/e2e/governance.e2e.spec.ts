import { kentRaisesDispute } from '../support/dispute-fixtures';
import {
  allPresent,
  askToLeave,
  governanceWorld,
  type GovernanceWorld,
  HARINGEY,
  heldMeeting,
  ISLINGTON_CCG,
  PARTNERS,
  type Post,
  reservedMatter,
  terms,
  WHITTINGTON,
} from '../support/governance-world';
import { LedgerTestApp } from '../support/ledger-test-app';

/** Polls until `check` stops throwing (the saga works after the command that caused it has answered). */
async function eventually<T>(check: () => Promise<T>, timeoutMs = 10_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() - started > timeoutMs) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

describe('Governance over HTTP: boards, meetings, decisions and what follows', () => {
  let ledger: LedgerTestApp;
  let world: GovernanceWorld;
  const lead = () => ledger.as('secretariat');
  const post: Post = async (path, body) => (await lead().post(path).send(body).expect(201)).body;
  /** The path, read once the read models have everything recorded so far. */
  const fresh = async (path: string) =>
    path.includes('minPosition=') ? path : `${path}${path.includes('?') ? '&' : '?'}minPosition=${await ledger.headPosition()}`;
  const read = async (path: string, role: 'regulator' | 'secretariat' = 'regulator') =>
    (
      await ledger
        .as(role)
        .get(await fresh(path))
        .expect(200)
    ).body;

  beforeAll(async () => {
    ledger = await LedgerTestApp.start({ LEDGER_RATE_LIMIT_PER_MINUTE: 100_000 });
    for (const organisation of PARTNERS) await ledger.signIn('partner', organisation);
    world = await governanceWorld(post);
  });
  afterAll(() => ledger.stop());

  describe('boards', () => {
    it('POST /boards establishes a board under a compact, with a Location and an ETag; unknown compact 404, bad body 400 naming the field, nothing appended', async () => {
      const created = await lead()
        .post('/boards')
        .send({ compactId: world.compactId, name: 'Audit Committee (test)', purpose: 'Audit', establishedOn: '2017-06-02' })
        .expect(201);
      expect(created.headers.location).toBe(`/boards/${created.body.id}`);
      expect(created.headers.etag).toBe('"0"');
      const before = await ledger.headPosition();
      const missing = await lead()
        .post('/boards')
        .send({ compactId: '3f1c1d7e-9a8b-4c1d-8e2f-0a1b2c3d4e5f', name: 'N', purpose: 'P', establishedOn: '2017-06-02' })
        .expect(404);
      expect(missing.body).toMatchObject({ type: 'urn:compact-ledger:problem:not-found' });
      const bad = await lead().post('/boards').send({ compactId: world.compactId, name: '', purpose: 'P', establishedOn: 'yesterday' }).expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['establishedOn', 'name']);
      expect(await ledger.headPosition()).toBe(before);
    });

    it('POST /boards/:id/terms-of-reference refuses a seat for an organisation that is not a partner, and terms dated before the board, naming the rule', async () => {
      const stranger = {
        ...terms(),
        version: '2',
        seats: [...terms().seats, { ...terms().seats[1], seatId: 'stranger', organisationId: 'kent-county-council', title: 'Kent' }],
      };
      const refused = await lead().post(`/boards/${world.deliveryBoardId}/terms-of-reference`).send(stranger).expect(422);
      expect(refused.body).toMatchObject({ rule: 'seat-organisation-not-partner' });
      await lead()
        .post(`/boards/${world.deliveryBoardId}/terms-of-reference`)
        .send({ ...terms(), version: '2', effectiveOn: '2017-05-01' })
        .expect(422)
        .expect((r) => expect(r.body.rule).toBe('terms-before-board'));
      await lead().post('/boards/3f1c1d7e-9a8b-4c1d-8e2f-0a1b2c3d4e5f/terms-of-reference').send(terms()).expect(404);
    });

    it('GET /boards lists a compact’s boards in the order established, a page at a time with a Link; GET /boards/:id gives the terms in force on a date', async () => {
      const first = await ledger
        .as('partner', HARINGEY)
        .get(await fresh(`/boards?compactId=${world.compactId}&limit=1`))
        .expect(200);
      expect(first.body.map((b: { name: string }) => b.name)).toEqual(['Wellbeing Partnership Board']);
      const next = /<([^>]+)>; rel="next"/.exec(first.headers.link)![1];
      const second = await ledger.as('partner', HARINGEY).get(next).expect(200);
      expect(second.body.map((b: { name: string }) => b.name)).toEqual(['Programme Delivery Board']);
      const board = await ledger
        .as('regulator')
        .get(await fresh(`/boards/${world.partnershipBoardId}?asOf=2017-05-31`))
        .expect(200);
      expect(board.headers.etag).toBe('"1"');
      expect(board.body).toMatchObject({ asOf: '2017-05-31', termsInForce: null, termsOfReference: [{ version: '1', reservedMatters: [reservedMatter] }] });
      expect((await read(`/boards/${world.partnershipBoardId}?asOf=2017-06-01`)).termsInForce).toMatchObject({
        version: '1',
        quorum: { numerator: 7, denominator: 10 },
      });
      await ledger.as('regulator').get('/boards/3f1c1d7e-9a8b-4c1d-8e2f-0a1b2c3d4e5f').expect(404);
      await ledger.as('regulator').get('/boards?limit=0').expect(400);
    });
  });

  describe('a meeting from scheduling to its minutes', () => {
    let meetingId: string;
    let nextMeetingId: string;

    it('POST /meetings counts its notice deadlines back in working days from the terms in force: agenda items by 13 June, papers by 20 June, minutes by 11 July 2017', async () => {
      const scheduled = await lead()
        .post('/meetings')
        .send({ boardId: world.partnershipBoardId, meetingDate: '2017-06-27', title: 'Partnership Board, June 2017 (test)' })
        .expect(201);
      meetingId = scheduled.body.id;
      expect(scheduled.headers.location).toBe(`/meetings/${meetingId}`);
      const meeting = await read(`/meetings/${meetingId}?minPosition=${scheduled.body.position}`);
      expect(meeting).toMatchObject({
        status: 'scheduled',
        termsVersion: '1',
        quorumRule: '70% of 4 voting seats: 3',
        deadlines: { agendaItemsBy: '2017-06-13', papersBy: '2017-06-20', draftMinutesBy: '2017-07-11' },
      });
      await lead().post('/meetings').send({ boardId: '3f1c1d7e-9a8b-4c1d-8e2f-0a1b2c3d4e5f', meetingDate: '2017-06-27', title: 'T' }).expect(404);
    });

    it('agenda items and papers inside the notice period are recorded as late, not refused', async () => {
      await post(`/meetings/${meetingId}/agenda-items`, {
        item: '4',
        title: 'Community beds investment (test)',
        proposedBy: ISLINGTON_CCG,
        receivedOn: '2017-06-09',
      });
      await post(`/meetings/${meetingId}/agenda-items`, { item: '5', title: 'Late item (test)', proposedBy: null, receivedOn: '2017-06-22' });
      const papers = await post(`/meetings/${meetingId}/papers`, { item: '4', title: 'Investment case (test)', circulatedOn: '2017-06-21' });
      const meeting = await read(`/meetings/${meetingId}?minPosition=${papers.position}`);
      expect(meeting.agenda.map((a: { item: string; late: boolean; workingDaysBefore: number }) => [a.item, a.late, a.workingDaysBefore])).toEqual([
        ['4', false, 12],
        ['5', true, 3],
      ]);
      expect(meeting.agenda[0].papers).toEqual([
        { title: 'Investment case (test)', circulatedOn: '2017-06-21', dueBy: '2017-06-20', workingDaysBefore: 4, late: true },
      ]);
      await lead()
        .post(`/meetings/${meetingId}/papers`)
        .send({ item: '9', title: 'No such item', circulatedOn: '2017-06-21' })
        .expect(422)
        .expect((r) => expect(r.body.rule).toBe('agenda-item-not-found'));
    });

    it('a partner declares its own representative’s interest, not another organisation’s nor the Chair’s (403); a reader sees the attendance and quorum', async () => {
      await lead()
        .post(`/meetings/${meetingId}/declarations`)
        .send({ seatId: HARINGEY, interest: 'I', nature: 'other', items: [], handling: 'may-take-part' })
        .expect(422);
      await post(`/meetings/${meetingId}/attendance`, allPresent);
      const declaration = { interest: 'Provides the community beds (test)', nature: 'commercial-arrangement', items: ['4'], handling: 'excluded-from-items' };
      await ledger
        .as('partner', WHITTINGTON)
        .post(`/meetings/${meetingId}/declarations`)
        .send({ ...declaration, seatId: WHITTINGTON })
        .expect(201);
      const before = await ledger.headPosition();
      const other = await ledger
        .as('partner', WHITTINGTON)
        .post(`/meetings/${meetingId}/declarations`)
        .send({ ...declaration, seatId: HARINGEY })
        .expect(403);
      expect(other.body.detail).toMatch(/acts for whittington-health-trust, not for london-borough-of-haringey/);
      await ledger
        .as('partner', WHITTINGTON)
        .post(`/meetings/${meetingId}/declarations`)
        .send({ ...declaration, seatId: 'chair' })
        .expect(403);
      expect(await ledger.headPosition()).toBe(before);
      const meeting = await read(`/meetings/${meetingId}`);
      expect(meeting).toMatchObject({ status: 'held', quorum: { votingSeats: 4, counted: 4, needed: 3, quorate: true } });
      expect(meeting.attendance.map((a: { seatId: string; person: string }) => a.person)).toContain('Lead of Whittington Health NHS Trust (test)');
      // A partner sees its own organisation's declarations only.
      expect(
        (
          await ledger
            .as('partner', HARINGEY)
            .get(await fresh(`/meetings/${meetingId}`))
            .expect(200)
        ).body.declarations,
      ).toEqual([]);
      expect(
        (
          await ledger
            .as('partner', WHITTINGTON)
            .get(await fresh(`/meetings/${meetingId}`))
            .expect(200)
        ).body.declarations,
      ).toHaveLength(1);
    });

    it('decisions: £400k at the Delivery Board is reserved to the Partnership Board (422); at the Partnership Board it is recorded under the reserved matter, with Whittington excluded and counted out', async () => {
      const delivery = await heldMeeting(post, world.deliveryBoardId, '2017-06-28', '2017-06-12');
      const value = { direction: 'investment', basis: 'capital', amountPounds: 400_000 };
      const reserved = await lead()
        .post(`/meetings/${delivery}/decisions`)
        .send({ item: '4', resolution: 'Invest (test)', outcome: { kind: 'consensus' }, value })
        .expect(422);
      expect(reserved.body).toMatchObject({ rule: 'decision-reserved-to-another-board' });
      expect(reserved.body.detail).toMatch(/over the £250,000 threshold reserved to Wellbeing Partnership Board from 2017-04-01/);
      const decided = await post(`/meetings/${meetingId}/decisions`, {
        item: '4',
        resolution: 'Invest £400,000 capital in community beds (test)',
        outcome: { kind: 'consensus' },
        value,
      });
      const [entry] = await read(`/boards/${world.partnershipBoardId}/decisions?minPosition=${decided.position}`);
      expect(entry).toMatchObject({
        item: '4',
        itemTitle: 'Community beds investment (test)',
        quorum: { counted: 3, needed: 3, quorate: true },
        excluded: [{ seatId: WHITTINGTON, nature: 'commercial-arrangement' }],
        value,
        reservedMatter: { matterId: 'significant-investment-or-disinvestment', thresholdPounds: 250_000 },
        recordedBy: { role: 'secretariat' },
      });
    });

    it('a vote by a seat excluded from the item is refused, and so is an item made inquorate by absences, naming the figures', async () => {
      const refused = await lead()
        .post(`/meetings/${meetingId}/decisions`)
        .send({ item: '4', resolution: 'R', outcome: { kind: 'vote', for: [WHITTINGTON, HARINGEY], against: [], abstained: [] } })
        .expect(422);
      expect(refused.body).toMatchObject({ rule: 'voter-not-eligible' });
      const thin = (await post('/meetings', { boardId: world.deliveryBoardId, meetingDate: '2017-07-04', title: 'Thin meeting (test)' })).id;
      await post(`/meetings/${thin}/agenda-items`, { item: '4', title: 'T', proposedBy: null, receivedOn: '2017-06-19' });
      await post(`/meetings/${thin}/attendance`, {
        attendance: [
          { seatId: 'chair', status: 'lead-present' },
          { seatId: HARINGEY, status: 'deputy-present' },
          { seatId: WHITTINGTON, status: 'apologies' },
        ],
      });
      const inquorate = await lead()
        .post(`/meetings/${thin}/decisions`)
        .send({ item: '4', resolution: 'R', outcome: { kind: 'consensus' } })
        .expect(422);
      expect(inquorate.body).toMatchObject({
        rule: 'quorum-not-met',
        detail: expect.stringContaining('quorum: 2 of 4 voting seats present and not excluded, 3 needed (70%) for item 4'),
      });
    });

    it('draft minutes are marked late after ten working days; minutes are approved at the following meeting and only there', async () => {
      await post(`/meetings/${meetingId}/draft-minutes`, { circulatedOn: '2017-07-12' });
      const july = await heldMeeting(post, world.partnershipBoardId, '2017-07-25', '2017-07-10');
      nextMeetingId = (await post('/meetings', { boardId: world.partnershipBoardId, meetingDate: '2017-08-29', title: 'August (test)' })).id;
      const wrong = await lead().post(`/meetings/${meetingId}/minutes-approval`).send({ approvedAtMeetingId: nextMeetingId }).expect(422);
      expect(wrong.body).toMatchObject({ rule: 'minutes-approved-only-at-following-meeting' });
      expect(wrong.body.detail).toMatch(/approved at the following meeting \(2017-07-25\), not at the meeting of 2017-08-29/);
      await lead().post(`/meetings/${meetingId}/minutes-approval`).send({ approvedAtMeetingId: '3f1c1d7e-9a8b-4c1d-8e2f-0a1b2c3d4e5f' }).expect(404);
      const approved = await post(`/meetings/${meetingId}/minutes-approval`, { approvedAtMeetingId: july });
      const meeting = await read(`/meetings/${meetingId}?minPosition=${approved.position}`);
      expect(meeting).toMatchObject({
        draftMinutes: { circulatedOn: '2017-07-12', dueBy: '2017-07-11', workingDaysAfter: 11, late: true },
        minutesApproval: { approvedAtMeetingId: july, approvedOn: '2017-07-25' },
      });
    });

    it('a meeting not held is cancelled (and then refuses more); GET /meetings filters by board, status and dates, in date order', async () => {
      await post(`/meetings/${nextMeetingId}/cancellation`, { reason: 'Summer (test)', cancelledOn: '2017-08-01' });
      await lead()
        .post(`/meetings/${nextMeetingId}/agenda-items`)
        .send({ item: '4', title: 'T', proposedBy: null, receivedOn: '2017-08-02' })
        .expect(422)
        .expect((r) => expect(r.body.rule).toBe('meeting-cancelled'));
      const listed = await read(`/meetings?boardId=${world.partnershipBoardId}&from=2017-06-01&to=2017-12-31`);
      expect(listed.map((m: { meetingDate: string; status: string }) => [m.meetingDate, m.status])).toEqual([
        ['2017-06-27', 'held'],
        ['2017-07-25', 'held'],
        ['2017-08-29', 'cancelled'],
      ]);
      expect(await read(`/meetings?boardId=${world.partnershipBoardId}&status=cancelled`)).toHaveLength(1);
      await ledger.as('regulator').get('/meetings?from=2017-02-30').expect(400);
      await ledger.as('regulator').get('/meetings/3f1c1d7e-9a8b-4c1d-8e2f-0a1b2c3d4e5f').expect(404);
    });

    it('attendance over a period and the register of interests: a partner sees its own entries only', async () => {
      const attendance = await read(`/boards/${world.partnershipBoardId}/attendance?from=2017-06-01&to=2017-07-31`);
      expect(attendance).toMatchObject({
        meetingsHeld: 2,
        seats: expect.arrayContaining([expect.objectContaining({ seatId: WHITTINGTON, meetings: 2, attended: 2 })]),
      });
      const register = await read(`/boards/${world.partnershipBoardId}/interests?asOf=2017-12-31`);
      expect(register).toEqual([
        expect.objectContaining({
          person: 'Lead of Whittington Health NHS Trust (test)',
          organisationId: WHITTINGTON,
          items: [{ item: '4', title: 'Community beds investment (test)' }],
          decisions: [expect.objectContaining({ item: '4', excluded: true })],
        }),
      ]);
      expect(
        (
          await ledger
            .as('partner', HARINGEY)
            .get(await fresh(`/boards/${world.partnershipBoardId}/interests`))
            .expect(200)
        ).body,
      ).toEqual([]);
      expect(
        (
          await ledger
            .as('partner', WHITTINGTON)
            .get(await fresh(`/boards/${world.partnershipBoardId}/interests`))
            .expect(200)
        ).body,
      ).toHaveLength(1);
      await ledger.as('regulator').get(`/boards/${world.partnershipBoardId}/interests?organisationId=Not%20A%20Slug`).expect(400);
    });
  });

  describe('decisions that act on the compact (the saga)', () => {
    it('asking a partner to leave: the compact records PartnerAskedToLeave caused by the decision, with its correlation id and the decision as its basis; the log shows what followed', async () => {
      const meetingId = await heldMeeting(post, world.partnershipBoardId, '2017-09-26', '2017-09-08');
      const decided = await lead()
        .post(`/meetings/${meetingId}/decisions`)
        .set('X-Correlation-Id', 'collective-monitoring-1')
        .send(askToLeave(ISLINGTON_CCG, '2017-10-31', '2017-07-26'))
        .expect(201);
      const [decision] = (await ledger.store.readStream(`meeting-${meetingId}`)).filter((e) => e.type === 'DecisionRecorded');
      const caused = await eventually(async () => {
        const history = await read(`/compacts/${world.compactId}/history`);
        const asked = history.filter((e: { type: string }) => e.type === 'PartnerAskedToLeave');
        expect(asked).toHaveLength(1);
        return asked[0];
      });
      expect(caused.metadata).toMatchObject({
        causationId: decision.metadata.eventId,
        correlationId: 'collective-monitoring-1',
        actor: decision.metadata.actor,
      });
      expect(caused.data).toEqual({
        organisationId: ISLINGTON_CCG,
        reason: 'Not acting for the collective good after the concern was reflected (test)',
        basis: { kind: 'decision', reference: `meeting/${meetingId}/decisions/${(decision.data as { decisionId: string }).decisionId}` },
        effectiveOn: '2017-10-31',
      });
      const log = await eventually(async () => {
        const entries = await read(`/boards/${world.partnershipBoardId}/decisions?from=2017-09-26&minPosition=${decided.body.position}`);
        expect(entries[0].consequenceStatus).toBe('recorded');
        return entries;
      });
      expect(log[0].followed).toEqual([
        expect.objectContaining({ type: 'PartnerAskedToLeave', eventId: caused.metadata.eventId, streamId: `compact-${world.compactId}` }),
      ]);
      const health = await ledger.http.get('/health').expect(200);
      expect(health.body.decisionConsequences).toMatchObject({ failing: null, recorded: 1, refused: 0 });
    });

    it('resolving a dispute referred to the board: the dispute’s replay ends with DisputeResolved caused by the decision; its mediator reads that decision and no other', async () => {
      const raise = { ...kentRaisesDispute(world.compactId), raisedBy: HARINGEY, against: [WHITTINGTON], raisedOn: '2017-10-02' };
      const disputeId = (await post('/disputes', raise)).id;
      await post(`/disputes/${disputeId}/mediators`, {
        level: 1,
        mediator: { subject: 'mediator-ledger', name: 'Test mediator', role: 'Lay Chair' },
        appointedOn: '2017-10-03',
      });
      const meetingId = await heldMeeting(post, world.partnershipBoardId, '2017-10-24', '2017-10-06');
      const resolve = {
        item: '4',
        resolution: 'The Board resolves the dispute on the terms below (test)',
        outcome: { kind: 'consensus' },
        consequence: { kind: 'resolve-dispute', disputeId, terms: 'Data shared monthly (test)', agreedBy: [HARINGEY, WHITTINGTON] },
      };
      await lead()
        .post(`/meetings/${meetingId}/decisions`)
        .send({ ...resolve, consequence: { ...resolve.consequence, agreedBy: [HARINGEY] } })
        .expect(422)
        .expect((r) => expect(r.body.rule).toBe('not-agreed-by-every-party'));
      await post(`/meetings/${meetingId}/decisions`, resolve);
      const [decision] = (await ledger.store.readStream(`meeting-${meetingId}`)).filter((e) => e.type === 'DecisionRecorded');
      const replay = await eventually(async () => {
        const body = await read(`/disputes/${disputeId}/replay`);
        expect(body.steps[body.steps.length - 1].type).toBe('DisputeResolved');
        return body;
      });
      const last = replay.steps[replay.steps.length - 1];
      expect(last.metadata.causationId).toBe(decision.metadata.eventId);
      expect(last.state).toMatchObject({ status: 'resolved', resolution: { terms: 'Data shared monthly (test)', resolvedOn: '2017-10-24', level: 1 } });
      const seen = (
        await ledger
          .as('mediator')
          .get(await fresh(`/boards/${world.partnershipBoardId}/decisions`))
          .expect(200)
      ).body;
      expect(seen.map((d: { consequence: { disputeId?: string } | null }) => d.consequence?.disputeId)).toEqual([disputeId]);
      const stranger = await ledger.tokenFor({ sub: 'another-mediator', name: 'Another', role: 'mediator' });
      const none = await ledger.http.get(`/boards/${world.partnershipBoardId}/decisions`).set('Authorization', `Bearer ${stranger}`).expect(200);
      expect(none.body).toEqual([]);
    });

    it('a consequence its stream refuses (the partner withdrew before the decision was carried out) is recorded as refused and shown in /health; nothing is appended to the compact', async () => {
      const meetingId = await heldMeeting(post, world.partnershipBoardId, '2017-11-28', '2017-11-10');
      await post(`/compacts/${world.compactId}/partners/${WHITTINGTON}/withdrawal`, { noticeGivenOn: '2017-11-29', effectiveOn: '2017-12-15', reason: 'Test' });
      const compactBefore = (await ledger.store.readStream(`compact-${world.compactId}`)).length;
      await post(`/meetings/${meetingId}/decisions`, askToLeave(WHITTINGTON, '2018-01-31', '2017-10-02'));
      const health = await eventually(async () => {
        const body = (await ledger.http.get('/health').expect(200)).body;
        expect(body.decisionConsequences.refused).toBe(1);
        return body;
      });
      expect(health.status).toBe('ok');
      expect(health.decisionConsequences.latestRefusals).toEqual([
        expect.objectContaining({
          status: 'refused',
          rule: 'partner-not-member',
          streamId: `compact-${world.compactId}`,
          decision: expect.stringMatching(new RegExp(`^meeting/${meetingId}/decisions/`)),
        }),
      ]);
      expect((await ledger.store.readStream(`compact-${world.compactId}`)).length).toBe(compactBefore);
    });
  });

  describe('the joint programme and its measures', () => {
    const commitment = {
      number: '3',
      title: 'One Plan (test)',
      text: 'Partners commit to aligning individual plans (test)',
      targets: [
        { targetId: '3.1', text: 'Form a leadership group (test)', dueOn: '2017-06-30', wording: 'by June 2017' },
        { targetId: '3.3', text: 'A single strategy (test)', dueOn: '2017-12-31', wording: 'by December 2017' },
        { targetId: '3.2', text: 'Bring together the processes (test)', dueOn: null, wording: 'no date given' },
      ],
      definedOn: '2017-06-01',
    };

    it('commitments with dated targets, each met, missed or revised by an event; the overdue ones at any date; If-Match on the programme stream', async () => {
      await lead().post('/compacts/3f1c1d7e-9a8b-4c1d-8e2f-0a1b2c3d4e5f/commitments').send(commitment).expect(404);
      await lead().post(`/compacts/${world.compactId}/commitments/targets/3.1/met`).send({ metOn: '2017-06-28', note: 'N' }).expect(404);
      const defined = await post(`/compacts/${world.compactId}/commitments`, commitment);
      expect(defined).toMatchObject({ id: world.compactId, streamRevision: 1 });
      await lead()
        .post(`/compacts/${world.compactId}/commitments/targets/3.3/missed`)
        .send({ recordedOn: '2017-12-31', reason: 'R' })
        .expect(422)
        .expect((r) => expect(r.body.rule).toBe('target-not-yet-due'));
      await post(`/compacts/${world.compactId}/commitments/targets/3.1/met`, { metOn: '2017-07-10', note: 'Formed late (test)' });
      await post(`/compacts/${world.compactId}/commitments/targets/3.3/missed`, { recordedOn: '2018-01-02', reason: 'Consultation extended (test)' });
      await lead()
        .post(`/compacts/${world.compactId}/commitments/targets/3.3/revisions`)
        .set('If-Match', '"1"')
        .send({ newDueOn: '2018-03-31', newWording: 'by March 2018', reason: 'Waiting on the joint committee (test)', revisedOn: '2018-01-16' })
        .expect(409);
      const revised = await lead()
        .post(`/compacts/${world.compactId}/commitments/targets/3.3/revisions`)
        .set('If-Match', '"3"')
        .send({ newDueOn: '2018-03-31', newWording: 'by March 2018', reason: 'Waiting on the joint committee (test)', revisedOn: '2018-01-16' })
        .expect(201);
      const shown = await ledger
        .as('partner', HARINGEY)
        .get(await fresh(`/compacts/${world.compactId}/commitments?asOf=2018-01-10&minPosition=${revised.body.position}`))
        .expect(200);
      expect(shown.headers.etag).toBe('"4"');
      expect(
        shown.body.commitments[0].targets.map((t: { targetId: string; status: string; overdue: boolean; daysOverdue: number | null }) => [
          t.targetId,
          t.status,
          t.overdue,
          t.daysOverdue,
        ]),
      ).toEqual([
        ['3.1', 'met', false, null],
        ['3.3', 'missed', true, 10],
        ['3.2', 'open', false, null],
      ]);
      const overdue = async (asOf: string) =>
        (await read(`/compacts/${world.compactId}/commitments?asOf=${asOf}&overdue=true`)).commitments.flatMap((c: { targets: Array<{ targetId: string }> }) =>
          c.targets.map((t) => t.targetId),
        );
      expect(await overdue('2017-07-05')).toEqual(['3.1']);
      expect(await overdue('2018-01-10')).toEqual(['3.3']);
      expect(await overdue('2018-01-20')).toEqual([]);
      expect(await overdue('2018-04-01')).toEqual(['3.3']);
      await ledger.as('regulator').get(`/compacts/${world.compactId}/commitments?overdue=yes`).expect(400);
    });

    it('measures with quarterly values, a correction as a new fact, and the common quarterly report as JSON and as CSV', async () => {
      const measure = {
        measureId: 'unplanned-admissions',
        name: 'Unplanned admissions (test)',
        description: 'Illustrative',
        unit: 'per 1,000',
        direction: 'lower-is-better',
        definedOn: '2017-06-01',
      };
      await post(`/compacts/${world.compactId}/measures`, measure);
      await post(`/compacts/${world.compactId}/measures`, {
        ...measure,
        measureId: 'supported-at-home',
        name: 'Supported at home, "at 91 days" (test)',
        direction: 'higher-is-better',
      });
      await post(`/compacts/${world.compactId}/measures/unplanned-admissions/values`, {
        quarter: '2017-18-Q1',
        value: 12.1,
        recordedOn: '2017-07-20',
        note: null,
      });
      await post(`/compacts/${world.compactId}/measures/unplanned-admissions/values`, {
        quarter: '2017-18-Q2',
        value: 12.3,
        recordedOn: '2017-10-19',
        note: 'Winter pressures early, test',
      });
      await lead()
        .post(`/compacts/${world.compactId}/measures/unplanned-admissions/values`)
        .send({ quarter: '2017-18-Q2', value: 12.4, recordedOn: '2017-10-20', note: null })
        .expect(422)
        .expect((r) => expect(r.body.rule).toBe('measure-value-already-recorded'));
      const corrected = await post(`/compacts/${world.compactId}/measures/unplanned-admissions/values/2017-18-Q2/corrections`, {
        value: 12.4,
        reason: 'Late returns (test)',
        correctedOn: '2017-11-02',
      });
      const measures = await read(`/compacts/${world.compactId}/measures?minPosition=${corrected.position}`);
      expect(measures.measures[0].values[1]).toMatchObject({ quarter: '2017-18-Q2', value: 12.4, corrections: [{ value: 12.4, previousValue: 12.3 }] });
      const report = await read(`/compacts/${world.compactId}/measures/report?quarter=2017-18-Q2`);
      expect(report.rows[0]).toMatchObject({
        measureId: 'unplanned-admissions',
        value: 12.4,
        previousValue: 12.1,
        change: 0.3,
        trend: 'worsening',
        corrected: true,
      });
      expect(report.rows[1]).toMatchObject({ measureId: 'supported-at-home', value: null, trend: null });
      const csv = await ledger
        .as('partner', HARINGEY)
        .get(`/compacts/${world.compactId}/measures/report?quarter=2017-18-Q2`)
        .set('Accept', 'text/csv')
        .expect(200);
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
      expect(csv.text.split('\n')).toEqual([
        'measureId,name,unit,direction,quarter,value,previousQuarter,previousValue,change,trend,yearBefore,yearBeforeValue,corrected,note',
        'unplanned-admissions,Unplanned admissions (test),"per 1,000",lower-is-better,2017-18-Q2,12.4,2017-18-Q1,12.1,0.3,worsening,2016-17-Q2,,true,"Winter pressures early, test"',
        'supported-at-home,"Supported at home, ""at 91 days"" (test)","per 1,000",higher-is-better,2017-18-Q2,,2017-18-Q1,,,,2016-17-Q2,,false,',
        '',
      ]);
      expect(
        (
          await ledger
            .as('regulator')
            .get(await fresh(`/compacts/${world.compactId}/measures/report?quarter=2017-18-Q2&format=csv`))
            .expect(200)
        ).text,
      ).toBe(csv.text);
      await ledger.as('regulator').get(`/compacts/${world.compactId}/measures/report?quarter=2017-19-Q2`).expect(400);
      await ledger.as('regulator').get(`/compacts/${world.compactId}/measures/report`).expect(400);
    });
  });

  describe('deadlines and the escalation audit in working days', () => {
    let disputeId: string;

    beforeAll(async () => {
      const raise = { ...kentRaisesDispute(world.compactId), raisedBy: HARINGEY, against: [ISLINGTON_CCG], raisedOn: '2017-08-01' };
      disputeId = (await post('/disputes', raise)).id;
      await post(`/disputes/${disputeId}/responses`, { respondent: ISLINGTON_CCG, response: 'We disagree (test)', respondedOn: '2017-08-04' });
      await post(`/disputes/${disputeId}/mediators`, {
        level: 1,
        mediator: { subject: 'mediator-ledger', name: 'Test mediator', role: 'Lay Chair' },
        appointedOn: '2017-08-07',
      });
      const escalated = await post(`/disputes/${disputeId}/escalations`, {
        toLevel: 2,
        reason: 'No agreement (test)',
        requestedBy: HARINGEY,
        escalatedOn: '2017-08-21',
      });
      await read(`/disputes/${disputeId}?minPosition=${escalated.position}`);
    });

    it('GET /disputes/:id/escalation-audit gives each level’s calendar and working days, its limit and whether it was overdue, with the responses at it; an open level counts to ?asOf=', async () => {
      const audit = await read(`/disputes/${disputeId}/escalation-audit?asOf=2017-10-03`);
      expect(audit.asOf).toBe('2017-10-03');
      const [first, second, third] = audit.levels;
      expect(first).toMatchObject({
        reachedOn: '2017-08-01',
        leftOn: '2017-08-21',
        outcome: 'escalated',
        calendarDays: 20,
        days: 20,
        workingDays: 14,
        workingDayLimit: 10,
        dueBy: '2017-08-15',
        overdue: true,
        workingDaysOverdue: 4,
      });
      expect(first.responses).toEqual([{ respondent: ISLINGTON_CCG, response: 'We disagree (test)', respondedOn: '2017-08-04' }]);
      expect(first.mediators).toHaveLength(1);
      // Open at level 2 since 21 August; the summer bank holiday (28 August 2017) is not a working day.
      expect(second).toMatchObject({
        reachedOn: '2017-08-21',
        leftOn: null,
        countedTo: '2017-10-03',
        calendarDays: 43,
        workingDays: 30,
        workingDayLimit: 20,
        dueBy: '2017-09-19',
        overdue: true,
        workingDaysOverdue: 10,
      });
      expect(third).toMatchObject({ reached: false, workingDayLimit: null, calendarDays: null, overdue: null });
      const earlier = await read(`/disputes/${disputeId}/escalation-audit?asOf=2017-08-07`);
      expect(earlier.currentLevel).toBe(1);
      expect(earlier.levels[0]).toMatchObject({
        leftOn: null,
        outcome: null,
        countedTo: '2017-08-07',
        workingDays: 4,
        overdue: false,
        workingDaysOverdue: null,
        responses: [expect.anything()],
      });
      expect(earlier.levels[0].mediators).toHaveLength(1);
      expect(earlier.levels[1]).toMatchObject({ reached: false });
      await ledger.as('regulator').get(`/disputes/${disputeId}/escalation-audit?asOf=2017-02-30`).expect(400);
    });

    it('GET /deadlines?asOf= lists what is due or overdue across the compacts the reader may see: each role its own', async () => {
      const all = await read(`/deadlines?asOf=2017-09-01&compactId=${world.compactId}`);
      expect(all.map((d: { kind: string; dueBy: string; status: string }) => [d.kind, d.dueBy, d.status])).toEqual(
        expect.arrayContaining([
          ['escalation-level', '2017-09-19', 'due'],
          ['commitment-target', '2017-12-31', 'due'],
        ]),
      );
      expect(all.find((d: { kind: string }) => d.kind === 'escalation-level')).toMatchObject({ disputeId, level: 2 });
      // The meetings' deadlines before a meeting: agenda items, papers; after it, the draft minutes.
      const june = await read(`/deadlines?asOf=2017-06-22&compactId=${world.compactId}&kind=papers`);
      // Papers for item 4 of 27 June were circulated on the 21st: done, so not listed.
      expect(
        june.map((d: { meetingDate: string; item: string; status: string; daysOverdue: number | null }) => [d.meetingDate, d.item, d.status, d.daysOverdue]),
      ).toEqual([
        ['2017-06-27', '5', 'overdue', 2],
        ['2017-06-28', '4', 'overdue', 1],
        ['2017-07-04', '4', 'due', null],
      ]);
      // 27 June's were circulated on 12 July; 28 June's were due on 12 July; 4 July's are due on 18 July.
      const minutes = await read(`/deadlines?asOf=2017-07-13&kind=draft-minutes&compactId=${world.compactId}`);
      expect(minutes.map((d: { meetingDate: string; dueBy: string; status: string }) => [d.meetingDate, d.dueBy, d.status])).toEqual([
        ['2017-06-28', '2017-07-12', 'overdue'],
        ['2017-07-04', '2017-07-18', 'due'],
      ]);
      // A partner sees the deadlines of its compacts only; a mediator only the escalation levels of its disputes.
      expect(
        await (
          await ledger.signIn('partner', 'kent-county-council')
        )
          .as('partner', 'kent-county-council')
          .get('/deadlines?asOf=2017-09-01')
          .expect(200)
          .then((r) => r.body),
      ).toEqual([]);
      expect((await ledger.as('partner', HARINGEY).get('/deadlines?asOf=2017-09-01').expect(200)).body.length).toBeGreaterThan(0);
      const mediated = (await ledger.as('mediator').get('/deadlines?asOf=2017-09-01').expect(200)).body;
      expect(mediated.map((d: { kind: string; disputeId: string }) => [d.kind, d.disputeId])).toEqual([['escalation-level', disputeId]]);
    });

    it('GET /deadlines pages in due-date order with a Link, and refuses a bad filter naming it', async () => {
      const first = await ledger
        .as('regulator')
        .get(await fresh(`/deadlines?asOf=2017-06-21&limit=2`))
        .expect(200);
      expect(first.body).toHaveLength(2);
      const next = await ledger
        .as('regulator')
        .get(/<([^>]+)>; rel="next"/.exec(first.headers.link)![1])
        .expect(200);
      expect(next.body[0].dueBy >= first.body[1].dueBy).toBe(true);
      expect(next.body.map((d: { deadlineId: string }) => d.deadlineId)).not.toContain(first.body[1].deadlineId);
      for (const [query, field] of [
        ['kind=meetings', 'kind'],
        ['status=late', 'status'],
        ['asOf=yesterday', 'asOf'],
        ['limit=501', 'limit'],
      ]) {
        const refused = await ledger.as('regulator').get(`/deadlines?${query}`).expect(400);
        expect(refused.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      }
    });
  });

  describe('the API’s conventions on the new routes', () => {
    it('an Idempotency-Key replays the first answer and records nothing more; an If-Match on an old revision of a meeting is 409', async () => {
      const body = { boardId: world.deliveryBoardId, meetingDate: '2018-01-30', title: 'Idempotent (test)' };
      const first = await lead().post('/meetings').set('Idempotency-Key', 'meeting-2018-01').send(body).expect(201);
      const head = await ledger.headPosition();
      const again = await lead().post('/meetings').set('Idempotency-Key', 'meeting-2018-01').send(body).expect(201);
      expect(again.body).toEqual(first.body);
      expect(again.headers['idempotency-replayed']).toBe('true');
      expect(await ledger.headPosition()).toBe(head);
      const stale = await lead()
        .post(`/meetings/${first.body.id}/agenda-items`)
        .set('If-Match', '"5"')
        .send({ item: '4', title: 'T', proposedBy: null, receivedOn: '2018-01-10' })
        .expect(409);
      expect(stale.body).toMatchObject({ currentRevision: 0 });
      const read = await ledger
        .as('regulator')
        .get(await fresh(`/meetings/${first.body.id}`))
        .expect(200);
      expect(read.headers.etag).toBe('"0"');
      await lead()
        .post(`/meetings/${first.body.id}/agenda-items`)
        .set('If-Match', read.headers.etag)
        .send({ item: '4', title: 'T', proposedBy: null, receivedOn: '2018-01-10' })
        .expect(201);
    });

    it('rebuilt from the events, every governance read model answers exactly as before', async () => {
      const reads = async () =>
        Promise.all(
          [
            `/boards?compactId=${world.compactId}`,
            `/boards/${world.partnershipBoardId}?asOf=2018-01-01`,
            `/meetings?compactId=${world.compactId}`,
            `/boards/${world.partnershipBoardId}/decisions`,
            `/boards/${world.partnershipBoardId}/attendance?from=2017-01-01&to=2018-12-31`,
            `/boards/${world.partnershipBoardId}/interests?asOf=2018-01-01`,
            `/compacts/${world.compactId}/commitments?asOf=2018-01-10`,
            `/compacts/${world.compactId}/measures`,
            `/deadlines?asOf=2017-09-01`,
          ].map((path) => read(path)),
        );
      const before = await reads();
      for (const name of [
        'boards_v1',
        'meetings_v1',
        'interest_register_v1',
        'attendance_v1',
        'decision_log_v1',
        'joint_programme_v1',
        'measures_v1',
        'deadlines_v1',
        'escalation_audit_v2',
      ]) {
        await ledger.as('admin').post(`/admin/projections/${name}/rebuild`).expect(200);
      }
      expect(await reads()).toEqual(before);
      // A rebuild touches no event, and the saga records nothing again.
      expect((await ledger.http.get('/health').expect(200)).body.decisionConsequences).toMatchObject({ recorded: 2, refused: 1 });
    });
  });
});

describe('A decision whose consequence cannot be recorded is retried, and /health says so', () => {
  let ledger: LedgerTestApp;
  afterAll(() => ledger.stop());

  it('a compact stream holding an event this version does not know: the saga retries, /health is degraded and names the decision', async () => {
    ledger = await LedgerTestApp.start();
    const post: Post = async (path, body) => (await ledger.as('secretariat').post(path).send(body).expect(201)).body;
    const world = await governanceWorld(post);
    const meetingId = await heldMeeting(post, world.partnershipBoardId, '2017-09-26', '2017-09-08');
    // As a newer instance would have written it during a rolling deploy: no command is decided on the stream.
    await ledger.store.append(
      `compact-${world.compactId}`,
      [
        {
          type: 'PartnerRenamed',
          data: {},
          metadata: { eventId: '3f1c1d7e-9a8b-4c1d-8e2f-0a1b2c3d4e5f', actor: { subject: 's', name: 'n', role: 'secretariat', organisation: null } },
        },
      ],
      'any',
    );
    await post(`/meetings/${meetingId}/decisions`, askToLeave(ISLINGTON_CCG, '2017-10-31', '2017-07-26'));
    const health = await eventually(async () => {
      const body = (await ledger.http.get('/health').expect(200)).body;
      expect(body.decisionConsequences.failing?.attempts).toBeGreaterThanOrEqual(2);
      return body;
    });
    expect(health.status).toBe('degraded');
    expect(health.decisionConsequences.failing).toMatchObject({
      decision: expect.stringMatching(new RegExp(`^meeting/${meetingId}/decisions/`)),
      error: expect.stringContaining('PartnerRenamed'),
    });
    const log = await ledger
      .as('regulator')
      .get(`/boards/${world.partnershipBoardId}/decisions?minPosition=${await ledger.headPosition()}`)
      .expect(200);
    expect(log.body[0].consequenceStatus).toBe('pending');
  });
});
