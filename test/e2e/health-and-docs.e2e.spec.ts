import { rmSync } from 'node:fs';
import { LedgerTestApp } from '../support/ledger-test-app';

describe('Health and OpenAPI over HTTP', () => {
  let ledger: LedgerTestApp;
  beforeAll(async () => {
    ledger = await LedgerTestApp.start();
  });
  afterAll(async () => {
    await ledger.stop();
  });

  it('GET /health says the store is readable and gives each projection with its lag', async () => {
    const created = await ledger.as('secretariat').post('/compacts').send({ title: 'Compact', covers: 'Place' }).expect(201);
    await ledger.as('secretariat').get(`/compacts?minPosition=${created.body.position}`).expect(200);
    const health = await ledger.http.get('/health').expect(200);
    expect(health.body).toEqual({
      status: 'ok',
      problems: [],
      store: {
        kind: 'sqlite',
        readable: true,
        headPosition: created.body.position,
        appends: { possible: true },
        lastFault: null,
        chain: { lastFullCheck: { at: expect.any(String), eventsChecked: expect.any(Number), ok: true }, checkedUpTo: expect.any(Number), brokenStreams: [] },
      },
      projections: [
        'compact_documents_v1',
        'compact_versions_v2',
        'disputes_v2',
        'escalation_audit_v2',
        'boards_v1',
        'meetings_v1',
        'interest_register_v1',
        'attendance_v1',
        'decision_log_v1',
        'joint_programme_v1',
        'measures_v1',
        'deadlines_v1',
      'compact_streams_v1',
      ].map((name) => ({
        name,
        position: created.body.position,
        caughtUp: true,
        error: null,
        lastError: null,
        lag: 0,
      })),
      decisionConsequences: expect.objectContaining({ name: 'decision-consequences', failing: null, error: null, recorded: 0, refused: 0 }),
      evidencePacks: { writing: 0, atOnce: 2 },
    });
  });

  it('GET /health answers 503 once the store cannot be read', async () => {
    const other = await LedgerTestApp.start();
    await other.store.close();
    const health = await other.http.get('/health').expect(503);
    expect(health.body).toMatchObject({ status: 'unavailable', store: { readable: false, appends: { possible: false, cause: 'closed' } } });
    await other.stop().catch(() => undefined);
  });

  it('with its data directory deleted under it, the API acknowledges no more commands and reads nothing: 503s, and /health says why', async () => {
    const other = await LedgerTestApp.start();
    await other.as('secretariat').post('/compacts').send({ title: 'Before', covers: 'Kent' }).expect(201);
    rmSync(other.dataDir, { recursive: true, force: true });
    const refused = await other.as('secretariat').post('/compacts').send({ title: 'After', covers: 'Kent' }).expect(503);
    expect(refused.body).toMatchObject({
      type: 'urn:compact-ledger:problem:store-unavailable',
      cause: 'file-gone',
      detail: expect.stringContaining('until an operator restores it'),
    });
    // Waiting will not bring a deleted file back: no Retry-After to promise it.
    expect(refused.headers['retry-after']).toBeUndefined();
    const health = await other.http.get('/health').expect(503);
    expect(health.body.store).toMatchObject({ readable: false, detail: expect.stringContaining('was deleted') });
    // The read models' file went with it: reads answer 503 too, not a 500 (nor what the unlinked files still hold).
    const read = await other.as('secretariat').get('/compacts').expect(503);
    expect(read.body).toMatchObject({ type: 'urn:compact-ledger:problem:store-unavailable', cause: 'file-gone' });
    expect(read.headers['retry-after']).toBeUndefined();
    await other.stop().catch(() => undefined);
  });

  it('GET /docs-json is the OpenAPI document generated from the DTOs', async () => {
    const doc = (await ledger.http.get('/docs-json').expect(200)).body;
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/compacts', '/compacts/{id}', '/compacts/{id}/history', '/health']));
    expect(doc.components.schemas.DraftCompactDto.required).toEqual(['title', 'covers']);
    expect(doc.components.schemas.DraftCompactDto.properties.description).toMatchObject({ type: 'string', maxLength: 5000 });
  });

  it('every operation has a summary a reader of the document can scan, each different', async () => {
    const doc = (await ledger.http.get('/docs-json').expect(200)).body;
    const operations = Object.entries(doc.paths as Record<string, Record<string, { summary?: string }>>).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ at: `${method.toUpperCase()} ${path}`, summary: operation.summary })),
    );
    expect(operations.filter((o) => !o.summary || o.summary.trim() === '').map((o) => o.at)).toEqual([]);
    expect(new Set(operations.map((o) => o.summary)).size).toBe(operations.length);
  });

  it("the document carries each field's rules, the problem details every route may answer, and the headers", async () => {
    const doc = (await ledger.http.get('/docs-json').expect(200)).body;
    const schemas = doc.components.schemas;
    expect(schemas.SignatureDto.additionalProperties).toBe(false);
    expect(schemas.SignatureDto.properties.organisationId.pattern).toBe('^[a-z0-9]+(-[a-z0-9]+)*$');
    expect(schemas.SignatureDto.properties.contentHash.pattern).toBe('^[0-9a-f]{64}$');
    expect(schemas.SignatureDto.properties.signedOn.description).toContain('Not later than today');
    expect(schemas.SignatureDto.properties.signifies.maxItems).toBe(4);
    expect(schemas.SetTermDto.properties.durationMonths).toMatchObject({ type: 'integer', minimum: 1, maximum: 600 });
    expect(schemas.RaiseDisputeDto.properties.against).toMatchObject({ minItems: 1, items: { pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' } });
    expect(schemas.RaiseDisputeDto.properties.raisedBy.pattern).toBe('^[a-z0-9]+(-[a-z0-9]+)*$');
    expect(schemas.EvidenceUploadDto.properties).toMatchObject({
      submittedBy: { pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
      description: { maxLength: 2000 },
      submittedOn: { pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' },
      file: { type: 'string', format: 'binary' },
    });
    expect(schemas.SupersessionDto.required).toContain('successorCompactId');
    expect(schemas.TerminationDto.properties.successorCompactId).toBeUndefined();
    expect(schemas.ProblemDetails.required).toEqual(['type', 'title', 'status', 'detail']);

    const problem = { content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } } };
    for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, { responses: Record<string, unknown>; security?: unknown[] }>>)) {
      for (const [method, operation] of Object.entries(item)) {
        expect(Object.keys(operation)).not.toContain('path');
        // /health answers 503 with its own report, not a problem.
        for (const status of path === '/health' ? ['400'] : ['400', '503'])
          expect([path, method, status, operation.responses[status]]).toEqual([path, method, status, expect.objectContaining(problem)]);
        if (operation.security?.length) for (const status of ['401', '403', '429']) expect(operation.responses[status]).toMatchObject(problem);
        if (path.includes('{')) expect(operation.responses['404']).toMatchObject(problem);
        if (method === 'post') for (const status of ['409', '415', '422']) expect(operation.responses[status]).toMatchObject(problem);
      }
    }
    const sign = doc.paths['/compacts/{id}/signatures'].post;
    expect(sign.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`)).toEqual(
      expect.arrayContaining(['path:id', 'header:Idempotency-Key', 'header:If-Match', 'header:X-Correlation-Id']),
    );
    expect(sign.responses['201'].headers.ETag).toBeDefined();
    expect(sign.responses['422'].content['application/problem+json']).toBeDefined();
    expect(doc.paths['/disputes/{id}/replay'].get.parameters.find((p: { name: string }) => p.name === 'upTo').schema.type).toBe('integer');
  });

  it('every command answers its stream revision as an ETag, for If-Match on the next', async () => {
    const lead = ledger.as('secretariat');
    const drafted = await lead.post('/compacts').send({ title: 'ETag', covers: 'Kent' }).expect(201);
    expect(drafted.headers.etag).toBe('"0"');
    const path = await lead
      .post(`/compacts/${drafted.body.id}/escalation-path`)
      .set('If-Match', drafted.headers.etag)
      .send({ levels: [{ level: 1, name: 'Bilateral', whoActs: 'Officers', mediation: false, independentChair: false }], note: 'n', effectiveOn: '2016-01-01' })
      .expect(201);
    expect(path.headers.etag).toBe(`"${path.body.streamRevision}"`);
    expect(path.body.streamRevision).toBe(1);
  });

  it('no body field is declared a bare object: a client generated from the document sends what the API takes', async () => {
    const doc = (await ledger.http.get('/docs-json').expect(200)).body;
    type Schema = { additionalProperties?: boolean; properties?: Record<string, { type?: string; properties?: unknown; allOf?: unknown }> };
    // Request bodies are the closed schemas (unknown fields refused); an event's data in an answer is free-form by design.
    const requests = Object.entries(doc.components.schemas as Record<string, Schema>).filter(([, schema]) => schema.additionalProperties === false);
    expect(requests.map(([name]) => name)).toEqual(expect.arrayContaining(['DraftCompactDto', 'SignatureDto', 'RaiseDisputeDto']));
    const bare = requests.flatMap(([schema, { properties = {} }]) =>
      Object.entries(properties)
        .filter(([, property]) => property.type === 'object' && property.properties === undefined && property.allOf === undefined)
        .map(([name]) => `${schema}.${name}`),
    );
    expect(bare).toEqual([]);
    expect(doc.components.schemas.SetTermDto.properties.durationMonths).toMatchObject({ type: 'integer', nullable: true });
    expect(doc.components.schemas.EscalationDto.properties.requestedBy).toMatchObject({ type: 'string', nullable: true });
  });

  it('GET /docs serves Swagger UI', async () => {
    const page = await ledger.http.get('/docs').expect(200);
    expect(page.text).toContain('swagger-ui');
  });
});
