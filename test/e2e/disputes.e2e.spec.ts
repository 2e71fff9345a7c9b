import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { httpLedgerClient, loadSeedCompact, seedCompactOf } from '../fixtures/seeds';
import { discrepancies } from '../support/independent-verifier';
import { LedgerTestApp } from '../support/ledger-test-app';

const CITY_CCG = 'nhs-nottingham-city';
const NUH = 'nottingham-university-hospitals-nhs-trust';
const CITY_COUNCIL = 'nottingham-city-council';
const MEDIATOR = 'mediator-ledger';

/**
 * A dispute under the South Nottinghamshire compact (001 section 8), driven over
 * HTTP by the people who act in it: raised by a partner, answered by the other,
 * escalated one level at a time, mediated, taken to a board-to-board meeting with
 * an agreed independent chair, resolved; then audited and replayed.
 */
describe('Disputes up the escalation path, over HTTP', () => {
  let ledger: LedgerTestApp;
  let compactId: string;

  beforeAll(async () => {
    ledger = await LedgerTestApp.start({ LEDGER_RATE_LIMIT_PER_MINUTE: 100_000, LEDGER_UPLOAD_LIMIT: '64kb' });
    const { port } = ledger.app.getHttpServer().address() as { port: number };
    const client = httpLedgerClient(`http://127.0.0.1:${port}`, ledger.bearer('secretariat').slice('Bearer '.length));
    compactId = (await loadSeedCompact(client, seedCompactOf('001'))).id;
    for (const org of [CITY_CCG, NUH, CITY_COUNCIL]) await ledger.signIn('partner', org);
  });
  afterAll(() => ledger.stop());

  const raise = (as = ledger.as('partner', CITY_CCG), overrides: object = {}) =>
    as.post('/disputes').send({
      compactId,
      raisedBy: CITY_CCG,
      against: [NUH],
      about: [{ kind: 'section', ref: '1' }],
      summary: 'Quarterly system measures not shared with partner boards',
      raisedOn: '2015-06-01',
      ...overrides,
    });

  it('the compact carries its escalation path, from the paper', async () => {
    const path = (await ledger.as('regulator').get(`/compacts/${compactId}/escalation-path`).expect(200)).body;
    expect(path.levels.map((l: { name: string }) => l.name)).toEqual(['Level 1', 'Level 2', 'Level 3']);
    expect(path.levels[2]).toMatchObject({ independentChair: true, mediation: false });
  });

  it('a full dispute: raised, answered, escalated level by level, mediated, chaired, resolved; audited and replayed', async () => {
    const raised = await raise().expect(201);
    const id = raised.body.id;
    expect(raised.headers.location).toBe(`/disputes/${id}`);
    await ledger
      .as('partner', NUH)
      .post(`/disputes/${id}/responses`)
      .send({ respondent: NUH, response: 'Measures go to our board monthly', respondedOn: '2015-06-10' })
      .expect(201);

    // Skipping a level is refused by the rule, nothing appended.
    const before = await ledger.headPosition();
    const skip = await ledger
      .as('partner', CITY_CCG)
      .post(`/disputes/${id}/escalations`)
      .send({ toLevel: 3, reason: 'Straight to the boards', escalatedOn: '2015-07-01' });
    expect(skip.status).toBe(422);
    expect(skip.body.rule).toBe('level-may-not-be-skipped');
    expect(await ledger.headPosition()).toBe(before);

    await ledger
      .as('partner', CITY_CCG)
      .post(`/disputes/${id}/escalations`)
      .send({ toLevel: 2, reason: 'No agreement bilaterally', escalatedOn: '2015-07-01' })
      .expect(201);
    await ledger
      .as('secretariat')
      .post(`/disputes/${id}/mediators`)
      .send({ level: 2, mediator: { subject: MEDIATOR, name: 'Test mediator', role: 'Lay Chair of the Transformation Board' }, appointedOn: '2015-07-02' })
      .expect(201);
    // The appointed mediator records the next step.
    await ledger
      .as('mediator')
      .post(`/disputes/${id}/escalations`)
      .send({ toLevel: 3, reason: 'Mediation did not settle it', escalatedOn: '2015-08-03' })
      .expect(201);

    // Resolution at the board-to-board level needs the independent chair first; a chair from a party is refused.
    const early = await ledger
      .as('mediator')
      .post(`/disputes/${id}/resolution`)
      .send({ terms: 'x', agreedBy: [CITY_CCG, NUH], resolvedOn: '2015-08-04' });
    expect(early.body.rule).toBe('independent-chair-not-agreed');
    const partisan = await ledger
      .as('mediator')
      .post(`/disputes/${id}/independent-chair`)
      .send({ chair: { name: 'Peter Homa', organisation: NUH }, agreedBy: [CITY_CCG, NUH], agreedOn: '2015-08-10' });
    expect(partisan.body.rule).toBe('independent-chair-from-party');
    await ledger
      .as('mediator')
      .post(`/disputes/${id}/independent-chair`)
      .send({ chair: { name: 'An Independent', organisation: null }, agreedBy: [CITY_CCG, NUH], agreedOn: '2015-08-10' })
      .expect(201);
    const resolved = await ledger
      .as('mediator')
      .post(`/disputes/${id}/resolution`)
      .send({ terms: 'Measures shared monthly with every partner board', agreedBy: [CITY_CCG, NUH], resolvedOn: '2015-09-01' })
      .expect(201);

    const dispute = (await ledger.as('regulator').get(`/disputes/${id}?minPosition=${resolved.body.position}`).expect(200)).body;
    expect(dispute).toMatchObject({
      disputeId: id,
      status: 'resolved',
      raisedBy: CITY_CCG,
      against: [NUH],
      currentLevel: 3,
      currentLevelName: 'Level 3',
      resolution: { level: 3, terms: 'Measures shared monthly with every partner board', resolvedOn: '2015-09-01' },
      revision: 6,
    });
    expect(dispute.compact).toMatchObject({ compactId, versionLabel: '1' });

    const audit = (await ledger.as('regulator').get(`/disputes/${id}/escalation-audit`).expect(200)).body;
    expect(audit.skippedLevels).toEqual([]);
    expect(
      audit.levels.map((l: { level: number; reachedOn: string; days: number; outcome: string; actor: { subject: string } }) => [
        l.level,
        l.reachedOn,
        l.days,
        l.outcome,
        l.actor.subject,
      ]),
    ).toEqual([
      [1, '2015-06-01', 30, 'escalated', `partner-${CITY_CCG}`],
      [2, '2015-07-01', 33, 'escalated', `partner-${CITY_CCG}`],
      [3, '2015-08-03', 29, 'resolved', MEDIATOR],
    ]);
    expect(audit.levels[1].mediators).toEqual([expect.objectContaining({ subject: MEDIATOR, appointedOn: '2015-07-02' })]);
    expect(audit.levels[2].independentChair).toMatchObject({ name: 'An Independent', agreedBy: [CITY_CCG, NUH] });
    expect(audit.levels[1].requestedBy).toBe(CITY_CCG);
    expect(audit.levels[2].requestedBy).toBeNull();

    const replay = (await ledger.as('mediator').get(`/disputes/${id}/replay?upTo=2`).expect(200)).body;
    expect(replay.lastRevision).toBe(6);
    expect(replay.steps.map((s: { type: string }) => s.type)).toEqual(['DisputeRaised', 'DisputeResponded', 'DisputeEscalated']);
    expect(replay.steps.map((s: { state: { currentLevel: number } }) => s.state.currentLevel)).toEqual([1, 1, 2]);
    expect(replay.steps[0].metadata.actor.subject).toBe(`partner-${CITY_CCG}`);
    expect(replay.steps[2].metadata.prevHash).toBe(replay.steps[1].metadata.hash);
    const whole = (await ledger.as('regulator').get(`/disputes/${id}/replay`).expect(200)).body;
    expect(whole.steps).toHaveLength(7);
    expect(discrepancies(whole.steps.map((step: object) => ({ streamId: whole.streamId, ...step })))).toEqual([]);
    const beyond = await ledger.as('mediator').get(`/disputes/${id}/replay?upTo=7`).expect(400);
    expect(beyond.body.errors).toEqual([expect.objectContaining({ field: 'upTo' })]);
    // Only decimal digits: a blank or hex upTo would otherwise be read as another revision.
    for (const upTo of ['', '0x2', '1e0', '2.0', ' 2', '-1']) {
      const odd = await ledger
        .as('mediator')
        .get(`/disputes/${id}/replay?upTo=${encodeURIComponent(upTo)}`)
        .expect(400);
      // One message, in words a person can act on (not "must be an integer number").
      expect(odd.body.errors).toEqual([{ field: 'upTo', message: 'upTo must be a whole number (0, 1, 2, ...) written in decimal digits' }]);
    }

    // Closed: nothing more may be added.
    const after = await ledger
      .as('partner', CITY_CCG)
      .post(`/disputes/${id}/withdrawal`)
      .send({ withdrawnBy: CITY_CCG, reason: 'x', withdrawnOn: '2015-09-02' });
    expect(after.body.rule).toBe('dispute-closed');
  });

  it('a partner raises and acts for its own organisation only: for another, 403 and nothing appended', async () => {
    const before = await ledger.headPosition();
    const forAnother = await raise(ledger.as('partner', CITY_COUNCIL)).expect(403);
    expect(forAnother.body).toMatchObject({ type: 'urn:compact-ledger:problem:forbidden', status: 403 });
    expect(await ledger.headPosition()).toBe(before);

    const id = (await raise().expect(201)).body.id;
    const mark = await ledger.headPosition();
    // The respondent's partner may not answer in the raiser's name, nor the raiser withdraw for the respondent.
    await ledger.as('partner', NUH).post(`/disputes/${id}/responses`).send({ respondent: CITY_CCG, response: 'x', respondedOn: '2015-06-02' }).expect(403);
    await ledger
      .as('partner', NUH)
      .post(`/disputes/${id}/escalations`)
      .send({ toLevel: 2, reason: 'x', requestedBy: CITY_CCG, escalatedOn: '2015-06-02' })
      .expect(403);
    // Nor escalate as if no party had asked: the audit would credit it to a mediator or the secretariat.
    await ledger
      .as('partner', NUH)
      .post(`/disputes/${id}/escalations`)
      .send({ toLevel: 2, reason: 'x', requestedBy: null, escalatedOn: '2015-06-02' })
      .expect(403);
    // A partner not a party may not act on it or read it (read once the read model holds it: before, it is a 404 to anyone).
    await ledger.as('partner', CITY_COUNCIL).post(`/disputes/${id}/escalations`).send({ toLevel: 2, reason: 'x', escalatedOn: '2015-06-02' }).expect(403);
    await ledger.as('partner', CITY_COUNCIL).get(`/disputes/${id}?minPosition=${mark}`).expect(403);
    expect(await ledger.headPosition()).toBe(mark);
    // The secretariat records from paper for any party.
    await ledger.as('secretariat').post(`/disputes/${id}/responses`).send({ respondent: NUH, response: 'By letter', respondedOn: '2015-06-03' }).expect(201);
  });

  it('a mediator acts on and reads only the disputes it is appointed to', async () => {
    const appointed = (await raise().expect(201)).body.id;
    const other = (await raise(undefined, { raisedOn: '2015-06-02' }).expect(201)).body.id;
    await ledger.as('partner', CITY_CCG).post(`/disputes/${appointed}/escalations`).send({ toLevel: 2, reason: 'x', escalatedOn: '2015-06-05' }).expect(201);
    await ledger.as('partner', CITY_CCG).post(`/disputes/${other}/escalations`).send({ toLevel: 2, reason: 'x', escalatedOn: '2015-06-05' }).expect(201);
    const position = (
      await ledger
        .as('secretariat')
        .post(`/disputes/${appointed}/mediators`)
        .send({ level: 2, mediator: { subject: MEDIATOR, name: 'Test mediator', role: 'Critical Friend' }, appointedOn: '2015-06-06' })
        .expect(201)
    ).body.position;

    await ledger.as('mediator').get(`/disputes/${appointed}?minPosition=${position}`).expect(200);
    await ledger.as('mediator').get(`/disputes/${appointed}/replay`).expect(200);
    const before = await ledger.headPosition();
    for (const path of [`/disputes/${other}`, `/disputes/${other}/escalation-audit`, `/disputes/${other}/replay`]) {
      const refused = await ledger.as('mediator').get(path).expect(403);
      expect(refused.body.type).toBe('urn:compact-ledger:problem:forbidden');
    }
    await ledger.as('mediator').post(`/disputes/${other}/escalations`).send({ toLevel: 3, reason: 'x', escalatedOn: '2015-06-07' }).expect(403);
    await ledger
      .as('mediator')
      .post(`/disputes/${other}/resolution`)
      .send({ terms: 'x', agreedBy: [CITY_CCG, NUH], resolvedOn: '2015-06-07' })
      .expect(403);
    expect(await ledger.headPosition()).toBe(before);

    const listed = (await ledger.as('mediator').get(`/disputes?compactId=${compactId}`).expect(200)).body.map((d: { disputeId: string }) => d.disputeId);
    expect(listed).toContain(appointed);
    expect(listed).not.toContain(other);
    const seenByCouncil = (await ledger.as('partner', CITY_COUNCIL).get('/disputes').expect(200)).body;
    expect(seenByCouncil).toEqual([]);
    const seenByRegulator = (await ledger.as('regulator').get('/disputes').expect(200)).body.map((d: { disputeId: string }) => d.disputeId);
    expect(seenByRegulator).toEqual(expect.arrayContaining([appointed, other]));
  });

  describe('evidence uploads', () => {
    let id: string;
    beforeAll(async () => {
      id = (await raise().expect(201)).body.id;
    });
    const upload = (as: ReturnType<LedgerTestApp['as']>, content: Buffer, fields: Record<string, string> = {}) => {
      let call = as.post(`/disputes/${id}/evidence`);
      for (const [name, value] of Object.entries({ submittedBy: CITY_CCG, description: 'Minutes of the July meeting', submittedOn: '2015-06-02', ...fields })) {
        call = call.field(name, value);
      }
      return call.attach('file', content, { filename: 'minutes-july.pdf', contentType: 'application/pdf' });
    };

    it('holds the file by its SHA-256, records the hash, and gives back the same bytes', async () => {
      const content = Buffer.from('%PDF-1.4 minutes of the accountable officers, 1 July 2015\n');
      const created = await upload(ledger.as('partner', CITY_CCG), content).expect(201);
      const dispute = (await ledger.as('partner', NUH).get(`/disputes/${id}?minPosition=${created.body.position}`).expect(200)).body;
      const [evidence] = dispute.evidence;
      expect(evidence).toMatchObject({
        submittedBy: CITY_CCG,
        description: 'Minutes of the July meeting',
        file: {
          filename: 'minutes-july.pdf',
          mediaType: 'application/pdf',
          size: content.length,
          sha256: createHash('sha256').update(content).digest('hex'),
        },
      });
      const fetched = await ledger
        .as('regulator')
        .get(`/disputes/${id}/evidence/${evidence.evidenceId}`)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(Buffer.compare(fetched.body as Buffer, content)).toBe(0);
      expect(fetched.headers['content-disposition']).toBe("attachment; filename*=UTF-8''minutes-july.pdf");
      expect(fetched.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
      expect(fetched.headers['x-content-type-options']).toBe('nosniff');
      expect(fetched.headers['repr-digest']).toBe(`sha-256=:${Buffer.from(evidence.file.sha256, 'hex').toString('base64')}:`);
    });

    it('refuses a file over the upload limit with 413, naming the limit, and appends nothing', async () => {
      const before = await ledger.headPosition();
      const refused = await upload(ledger.as('partner', CITY_CCG), Buffer.alloc(65 * 1024, 1)).expect(413);
      expect(refused.body).toMatchObject({ type: 'urn:compact-ledger:problem:upload-too-large', limitBytes: 64 * 1024 });
      expect(await ledger.headPosition()).toBe(before);
    });

    it('refuses evidence for another organisation, from a non-party, or with bad fields; nothing appended', async () => {
      const before = await ledger.headPosition();
      await upload(ledger.as('partner', NUH), Buffer.from('x'), { submittedBy: CITY_CCG }).expect(403);
      await upload(ledger.as('partner', CITY_COUNCIL), Buffer.from('x'), { submittedBy: CITY_COUNCIL }).expect(403);
      const bad = await upload(ledger.as('partner', CITY_CCG), Buffer.from('x'), { submittedOn: 'yesterday' }).expect(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'submittedOn' })]);
      const noFile = await ledger.as('partner', CITY_CCG).post(`/disputes/${id}/evidence`).send({ submittedBy: CITY_CCG }).expect(400);
      expect(noFile.body.errors).toEqual([expect.objectContaining({ field: 'file' })]);
      expect(await ledger.headPosition()).toBe(before);
    });

    /** A multipart body written out by hand (boundary XX), as a client library would not send it. */
    const postRawMultipart = (body: string) =>
      ledger.as('partner', CITY_CCG).post(`/disputes/${id}/evidence`).set('content-type', 'multipart/form-data; boundary=XX').send(body);

    it.each([
      ['named "/"', 'filename="/"; ', 'application/pdf'],
      ['named "minutes/"', 'filename="minutes/"; ', 'application/pdf'],
      ['named "   "', 'filename="   "; ', 'application/pdf'],
      ['with no file name, sent as application/octet-stream', '', 'application/octet-stream'],
    ])('a file part %s (no name left once its path is dropped) is 400 naming file; nothing appended', async (_case, filename, mediaType) => {
      const before = await ledger.headPosition();
      const field = (name: string, value: string) => `--XX\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
      const body =
        field('submittedBy', CITY_CCG) +
        field('description', 'Minutes') +
        field('submittedOn', '2015-06-02') +
        `--XX\r\nContent-Disposition: form-data; ${filename}name="file"\r\nContent-Type: ${mediaType}\r\n\r\nx\r\n--XX--\r\n`;
      const refused = await postRawMultipart(body).expect(400);
      expect(refused.body.errors).toEqual([{ field: 'file', message: 'the file needs a name of at most 255 characters' }]);
      expect(await ledger.headPosition()).toBe(before);
      expect(readdirSync(join(ledger.dataDir, 'evidence', 'staging'))).toEqual([]);
    });

    it.each([
      ['cut short inside the file', '--XX\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nhello'],
      ['with no closing boundary', '--XX\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--XX'],
      ['cut short inside a field', '--XX\r\nContent-Disposition: form-data; name="description"\r\n\r\nMinutes of'],
    ])('a multipart body %s is 400 naming the body; nothing appended, nothing left staged', async (_case, body) => {
      const before = await ledger.headPosition();
      const refused = await postRawMultipart(body).expect(400);
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'body' })]);
      expect(await ledger.headPosition()).toBe(before);
      expect(readdirSync(join(ledger.dataDir, 'evidence', 'staging'))).toEqual([]);
    });

    it('a multipart type other than form-data is 415 naming content-type', async () => {
      const refused = await ledger
        .as('partner', CITY_CCG)
        .post(`/disputes/${id}/evidence`)
        .set('content-type', 'multipart/mixed; boundary=XX')
        .send('--XX\r\n\r\nhello\r\n--XX--\r\n')
        .expect(415);
      expect(refused.body).toMatchObject({
        type: 'urn:compact-ledger:problem:unsupported-media-type',
        errors: [expect.objectContaining({ field: 'content-type' })],
      });
    });

    it('an Idempotency-Key replays the first upload, and refuses another file under the same key', async () => {
      const as = ledger.as('partner', CITY_CCG);
      const first = await upload(as, Buffer.from('board paper A')).set('Idempotency-Key', 'upload-1').expect(201);
      const head = await ledger.headPosition();
      const again = await upload(as, Buffer.from('board paper A')).set('Idempotency-Key', 'upload-1').expect(201);
      expect(again.body).toEqual(first.body);
      expect(await ledger.headPosition()).toBe(head);
      await upload(as, Buffer.from('board paper B')).set('Idempotency-Key', 'upload-1').expect(422);
      expect(await ledger.headPosition()).toBe(head);
    });
  });

  it('a dispute may be raised and read with ids given in capitals: the same compact and dispute', async () => {
    const raised = await raise(undefined, { compactId: compactId.toUpperCase() }).expect(201);
    const dispute = await ledger.as('regulator').get(`/disputes/${raised.body.id.toUpperCase()}?minPosition=${raised.body.position}`).expect(200);
    expect(dispute.body).toMatchObject({ disputeId: raised.body.id, compact: { compactId } });
  });

  it('a dispute raised on a date that has not come yet is 400 naming raisedOn, nothing appended', async () => {
    const before = await ledger.headPosition();
    const refused = await raise(undefined, { raisedOn: '2999-06-01' }).expect(400);
    expect(refused.body.errors).toEqual([{ field: 'raisedOn', message: expect.stringContaining('has not come yet') }]);
    expect(await ledger.headPosition()).toBe(before);
  });

  it('an unknown dispute is 404; a malformed id 400', async () => {
    await ledger.as('secretariat').get('/disputes/3f1c1d7e-9a8b-4c1d-8e2f-0a1b2c3d4e5f').expect(404);
    await ledger
      .as('secretariat')
      .post('/disputes/3f1c1d7e-9a8b-4c1d-8e2f-0a1b2c3d4e5f/escalations')
      .send({ toLevel: 2, reason: 'x', escalatedOn: '2015-06-02' })
      .expect(404);
    await ledger.as('secretariat').get('/disputes/not-an-id').expect(400);
  });
});
