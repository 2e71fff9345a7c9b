import Ajv, { type ValidateFunction } from 'ajv';
import { loadJointProgramme, loadTransformationBoard } from '../fixtures/governance';
import { httpLedgerClient, loadSeedCompact, seedCompacts } from '../fixtures/seeds';
import { askToLeave, governanceWorld, heldMeeting, ISLINGTON_CCG, type Post, WHITTINGTON } from '../support/governance-world';
import { LedgerTestApp } from '../support/ledger-test-app';

type Json = Record<string, unknown>;

/**
 * Every object schema closed (additionalProperties false) unless it says otherwise, so a
 * field the API sends but the document does not name fails, as a strict generated client would.
 */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (typeof schema !== 'object' || schema === null) return schema;
  const copy: Json = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, closed(value)]));
  if (copy.properties && copy.additionalProperties === undefined) copy.additionalProperties = false;
  // OpenAPI 3.0 writes a nullable reference as { nullable, allOf: [$ref] }; JSON Schema needs the null said.
  if (copy.nullable === true && Array.isArray(copy.allOf)) return { anyOf: [{ type: 'null' }, { allOf: copy.allOf }] };
  return copy;
}

/** The API's answers checked against what /docs-json says of them, on the five seed compacts and a dispute. */
describe('The OpenAPI document describes what the API answers', () => {
  let ledger: LedgerTestApp;
  let doc: Json;
  const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
  const validators = new Map<string, ValidateFunction>();

  let client: ReturnType<typeof httpLedgerClient>;
  beforeAll(async () => {
    ledger = await LedgerTestApp.start({ LEDGER_RATE_LIMIT_PER_MINUTE: 100_000 });
    doc = (await ledger.http.get('/docs-json').expect(200)).body;
    ajv.addSchema({ $id: 'doc', components: closed((doc as { components: Json }).components) });
    const { port } = ledger.app.getHttpServer().address() as { port: number };
    client = httpLedgerClient(`http://127.0.0.1:${port}`, ledger.bearer('secretariat').slice('Bearer '.length));
    for (const seed of seedCompacts) await loadSeedCompact(client, seed);
  });
  afterAll(() => ledger.stop());

  /** The errors of `body` against the schema documented for this route, method and status (none: it conforms). */
  function nonConformance(template: string, method: string, status: number, contentType: string, body: unknown): string[] {
    const key = `${method} ${template} ${status} ${contentType}`;
    let validate = validators.get(key);
    if (!validate) {
      const paths = doc.paths as Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema?: object }> }> }>>;
      const schema = paths[template]?.[method]?.responses[String(status)]?.content?.[contentType]?.schema;
      if (!schema) return [`${key}: no schema documented`];
      validate = ajv.compile(JSON.parse(JSON.stringify(closed(schema)).replaceAll('"#/components/', '"doc#/components/')));
      validators.set(key, validate);
    }
    return validate(body) ? [] : (validate.errors ?? []).map((e) => `${key}: ${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
  }

  async function conforms(template: string, path: string, as = ledger.as('regulator')) {
    const response = await as.get(path);
    expect([path, response.status]).toEqual([path, 200]);
    return nonConformance(template, 'get', 200, 'application/json', response.body);
  }

  it("the compacts' reads (list, state on either clock, history, versions, diff, partners, endorsements, signatures, escalation path), /health, the keys and a rebuild match their schemas", async () => {
    const compacts = (await ledger.as('regulator').get('/compacts').expect(200)).body as Array<{ compactId: string; title: string }>;
    expect(compacts).toHaveLength(5);
    const found: string[] = [];
    for (const { compactId } of compacts) {
      found.push(...(await conforms('/compacts/{id}/history', `/compacts/${compactId}/history`)));
      found.push(...(await conforms('/compacts/{id}/versions', `/compacts/${compactId}/versions`)));
      found.push(...(await conforms('/compacts/{id}/versions/{label}', `/compacts/${compactId}/versions/1`)));
      found.push(...(await conforms('/compacts/{id}/partners', `/compacts/${compactId}/partners`)));
      found.push(...(await conforms('/compacts/{id}/endorsements', `/compacts/${compactId}/endorsements`)));
      found.push(...(await conforms('/compacts/{id}/signatures', `/compacts/${compactId}/signatures`)));
      found.push(...(await conforms('/compacts/{id}', `/compacts/${compactId}`)));
      found.push(...(await conforms('/compacts/{id}', `/compacts/${compactId}?asOf=2017-01-01&axis=effective`)));
      found.push(...(await conforms('/compacts/{id}', `/compacts/${compactId}?asOf=${new Date().toISOString()}&axis=recorded`)));
      const path = await ledger.as('regulator').get(`/compacts/${compactId}/escalation-path`);
      if (path.status === 200) found.push(...nonConformance('/compacts/{id}/escalation-path', 'get', 200, 'application/json', path.body));
    }
    found.push(...(await conforms('/compacts', '/compacts')));
    const shropshire = compacts.find((c) => c.title.startsWith('Shropshire'))!;
    found.push(...(await conforms('/compacts/{id}/diff', `/compacts/${shropshire.compactId}/diff?from=1&to=2`)));
    const health = await ledger.http.get('/health').expect(200);
    found.push(...nonConformance('/health', 'get', 200, 'application/json', health.body));
    const keys = await ledger.http.get('/ledger/keys').expect(200);
    found.push(...nonConformance('/ledger/keys', 'get', 200, 'application/json', keys.body));
    const rebuilt = await ledger.as('admin').post('/admin/projections/compact_versions_v1/rebuild').expect(200);
    found.push(...nonConformance('/admin/projections/{name}/rebuild', 'post', 200, 'application/json', rebuilt.body));
    expect(found).toEqual([]);
  });

  it('the governance reads (boards, decision log, attendance, interests, meetings, programme, measures and report, deadlines, the saga in /health) match their schemas', async () => {
    const board = await loadTransformationBoard(client);
    const programme = await loadJointProgramme(client);
    // Decisions that act on the compact and on a dispute, measures with a correction: every part of the shapes.
    const post: Post = async (path, body) => (await ledger.as('secretariat').post(path).send(body).expect(201)).body;
    const world = await governanceWorld(post);
    const meetingId = await heldMeeting(post, world.partnershipBoardId, '2017-09-26', '2017-09-08');
    await post(`/meetings/${meetingId}/decisions`, askToLeave(ISLINGTON_CCG, '2017-10-31', '2017-07-26'));
    const disputeId = (
      await post('/disputes', {
        compactId: world.compactId,
        raisedBy: WHITTINGTON,
        against: [ISLINGTON_CCG],
        about: [{ kind: 'section', ref: '1' }],
        summary: 'S',
        raisedOn: '2017-08-01',
      })
    ).id;
    await post(`/disputes/${disputeId}/responses`, { respondent: ISLINGTON_CCG, response: 'R', respondedOn: '2017-08-02' });
    await post(`/compacts/${world.compactId}/measures`, {
      measureId: 'm',
      name: 'M',
      description: 'D',
      unit: 'u',
      direction: 'higher-is-better',
      definedOn: '2017-06-01',
    });
    await post(`/compacts/${world.compactId}/measures/m/values`, { quarter: '2017-18-Q1', value: 1.5, recordedOn: '2017-07-10', note: 'N' });
    await post(`/compacts/${world.compactId}/measures/m/values/2017-18-Q1/corrections`, { value: 1.6, reason: 'R', correctedOn: '2017-07-20' });
    const followed = async () => {
      const [entry] = (
        await ledger
          .as('regulator')
          .get(`/boards/${world.partnershipBoardId}/decisions?minPosition=${await ledger.headPosition()}`)
          .expect(200)
      ).body;
      if (entry.consequenceStatus !== 'recorded') throw new Error('the consequence is not recorded yet');
    };
    for (let tries = 0; ; tries++) {
      try {
        await followed();
        break;
      } catch (error) {
        if (tries > 100) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    const found: string[] = [];
    found.push(...(await conforms('/boards', `/boards?minPosition=${await ledger.headPosition()}`)));
    for (const boardId of [board.boardId, world.partnershipBoardId]) {
      found.push(...(await conforms('/boards/{id}', `/boards/${boardId}?asOf=2017-06-30`)));
      found.push(...(await conforms('/boards/{id}/decisions', `/boards/${boardId}/decisions`)));
      found.push(...(await conforms('/boards/{id}/attendance', `/boards/${boardId}/attendance?from=2015-01-01&to=2018-12-31`)));
      found.push(...(await conforms('/boards/{id}/interests', `/boards/${boardId}/interests`)));
    }
    found.push(...(await conforms('/meetings', `/meetings?limit=500`)));
    for (const id of [...Object.values(board.meetings), meetingId]) found.push(...(await conforms('/meetings/{id}', `/meetings/${id}`)));
    for (const compactId of [programme.compactId, world.compactId]) {
      found.push(...(await conforms('/compacts/{id}/commitments', `/compacts/${compactId}/commitments?asOf=2017-07-03`)));
      found.push(...(await conforms('/compacts/{id}/measures', `/compacts/${compactId}/measures`)));
      found.push(...(await conforms('/compacts/{id}/measures/report', `/compacts/${compactId}/measures/report?quarter=2017-18-Q1`)));
    }
    for (const asOf of ['2015-05-20', '2016-02-15', '2017-07-03', '2017-09-01'])
      found.push(...(await conforms('/deadlines', `/deadlines?asOf=${asOf}&limit=500`)));
    found.push(...(await conforms('/disputes/{id}/escalation-audit', `/disputes/${disputeId}/escalation-audit?asOf=2017-09-01`)));
    const health = await ledger.http.get('/health').expect(200);
    expect(health.body.decisionConsequences.recorded).toBe(1);
    found.push(...nonConformance('/health', 'get', 200, 'application/json', health.body));
    expect(found).toEqual([]);
  });

  it("a dispute's reads (list, the dispute, its audit, its replay), a command's answer and problem details match their schemas; an undocumented field would not", async () => {
    const [withPath] = (await ledger.as('regulator').get('/compacts').expect(200)).body.filter((c: { title: string }) => /Nottinghamshire/.test(c.title));
    const raisedBody = {
      compactId: withPath.compactId,
      raisedBy: 'nhs-nottingham-city-ccg',
      against: ['nottingham-university-hospitals-trust'],
      about: [{ kind: 'section', ref: '1' }],
      summary: 'Measures not shared',
      raisedOn: '2015-06-01',
    };
    const raised = await ledger.as('secretariat').post('/disputes').send(raisedBody).expect(201);
    expect(nonConformance('/disputes', 'post', 201, 'application/json', raised.body)).toEqual([]);
    const id = raised.body.id;
    // Open, at its first level: the levels not reached have no outcome yet.
    expect(await conforms('/disputes/{id}/escalation-audit', `/disputes/${id}/escalation-audit?minPosition=${raised.body.position}`)).toEqual([]);
    expect(await conforms('/disputes/{id}', `/disputes/${id}`)).toEqual([]);
    // Every kind of step, so each part of the dispute's shape is there to check.
    const lead = ledger.as('secretariat');
    const parties = ['nhs-nottingham-city-ccg', 'nottingham-university-hospitals-trust'];
    await lead.post(`/disputes/${id}/responses`).send({ respondent: parties[1], response: 'Monthly', respondedOn: '2015-06-10' }).expect(201);
    await lead.post(`/disputes/${id}/escalations`).send({ toLevel: 2, reason: 'No agreement', requestedBy: parties[0], escalatedOn: '2015-07-01' }).expect(201);
    await lead
      .post(`/disputes/${id}/mediators`)
      .send({ level: 2, mediator: { subject: 'mediator-1', name: 'M', role: 'Lay Chair', organisation: null }, appointedOn: '2015-07-02' })
      .expect(201);
    await lead
      .post(`/disputes/${id}/evidence`)
      .field('submittedBy', parties[0])
      .field('description', 'Board minutes')
      .field('submittedOn', '2015-07-03')
      .attach('file', Buffer.from('%PDF-1.4 minutes'), { filename: 'minutes.pdf', contentType: 'application/pdf' })
      .expect(201);
    await lead.post(`/disputes/${id}/escalations`).send({ toLevel: 3, reason: 'Mediation failed', requestedBy: null, escalatedOn: '2015-08-03' }).expect(201);
    await lead
      .post(`/disputes/${id}/independent-chair`)
      .send({ chair: { name: 'An Independent', organisation: null }, agreedBy: parties, agreedOn: '2015-08-10' })
      .expect(201);
    const resolved = await lead.post(`/disputes/${id}/resolution`).send({ terms: 'Shared monthly', agreedBy: parties, resolvedOn: '2015-08-20' }).expect(201);
    const read = `minPosition=${resolved.body.position}`;
    expect(await conforms('/disputes', `/disputes?${read}`)).toEqual([]);
    expect(await conforms('/disputes/{id}', `/disputes/${id}?${read}`)).toEqual([]);
    expect(await conforms('/disputes/{id}/escalation-audit', `/disputes/${id}/escalation-audit?${read}`)).toEqual([]);
    expect(await conforms('/disputes/{id}/replay', `/disputes/${id}/replay?${read}`)).toEqual([]);
    const shown = (await ledger.as('regulator').get(`/disputes/${id}`).expect(200)).body;
    expect(shown).toMatchObject({ status: 'resolved', evidence: [expect.anything()], mediators: [expect.anything()], independentChair: expect.anything() });

    const refused = await ledger.as('secretariat').post('/compacts').send({ title: '', covers: 'x' }).expect(400);
    expect(nonConformance('/compacts', 'post', 400, 'application/problem+json', refused.body)).toEqual([]);
    const noCompact = await ledger
      .as('secretariat')
      .post('/disputes')
      .send({ ...raisedBody, compactId: '3f1c1d7e-9a8b-4c1d-8e2f-0a1b2c3d4e5f' })
      .expect(404);
    expect(nonConformance('/disputes', 'post', 404, 'application/problem+json', noCompact.body)).toEqual([]);
    const unknown = await ledger.as('regulator').get('/compacts/3f1c1d7e-9a8b-4c1d-8e2f-0a1b2c3d4e5f/history').expect(404);
    expect(nonConformance('/compacts/{id}/history', 'get', 404, 'application/problem+json', unknown.body)).toEqual([]);

    const history = (await ledger.as('regulator').get(`/compacts/${withPath.compactId}/history`).expect(200)).body;
    history[0].metadata.signature = 'not in the document';
    history[1].revision = String(history[1].revision);
    delete history[2].metadata.hash;
    expect(nonConformance('/compacts/{id}/history', 'get', 200, 'application/json', history)).toEqual([
      expect.stringMatching(/^get \/compacts\/\{id\}\/history 200 application\/json: \/0\/metadata must NOT have additional properties/),
      expect.stringMatching(/: \/1\/revision must be integer/),
      expect.stringMatching(/: \/2\/metadata must have required property 'hash'/),
    ]);
  });
});
