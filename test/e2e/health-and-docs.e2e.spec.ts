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
      store: { kind: 'sqlite', readable: true, headPosition: created.body.position },
      projections: ['compact_state_v1', 'compact_versions_v1', 'compact_lifecycle_v3', 'disputes_v1'].map((name) => ({
        name,
        position: created.body.position,
        caughtUp: true,
        error: null,
        lag: 0,
      })),
    });
  });

  it('GET /health answers 503 once the store cannot be read', async () => {
    const other = await LedgerTestApp.start();
    await other.store.close();
    const health = await other.http.get('/health').expect(503);
    expect(health.body).toMatchObject({ status: 'unavailable', store: { readable: false } });
    await other.stop().catch(() => undefined);
  });

  it('with its data directory deleted under it, the API acknowledges no more commands: 503, and /health says why', async () => {
    const other = await LedgerTestApp.start();
    await other.as('secretariat').post('/compacts').send({ title: 'Before', covers: 'Kent' }).expect(201);
    rmSync(other.dataDir, { recursive: true, force: true });
    const refused = await other.as('secretariat').post('/compacts').send({ title: 'After', covers: 'Kent' }).expect(503);
    expect(refused.body.type).toBe('urn:compact-ledger:problem:store-unavailable');
    const health = await other.http.get('/health').expect(503);
    expect(health.body.store).toMatchObject({ readable: false, detail: expect.stringContaining('was deleted') });
    await other.stop().catch(() => undefined);
  });

  it('GET /docs-json is the OpenAPI document generated from the DTOs', async () => {
    const doc = (await ledger.http.get('/docs-json').expect(200)).body;
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/compacts', '/compacts/{id}', '/compacts/{id}/history', '/health']));
    expect(doc.components.schemas.DraftCompactDto.required).toEqual(['title', 'covers']);
    expect(doc.components.schemas.DraftCompactDto.properties.description).toMatchObject({ type: 'string', maxLength: 5000 });
  });

  it('no body field is declared a bare object: a client generated from the document sends what the API takes', async () => {
    const doc = (await ledger.http.get('/docs-json').expect(200)).body;
    const bare = Object.entries(
      doc.components.schemas as Record<string, { properties?: Record<string, { type?: string; properties?: unknown; allOf?: unknown }> }>,
    ).flatMap(([schema, { properties = {} }]) =>
      Object.entries(properties)
        .filter(([, property]) => property.type === 'object' && property.properties === undefined && property.allOf === undefined)
        .map(([name]) => `${schema}.${name}`),
    );
    expect(bare).toEqual([]);
    expect(doc.components.schemas.SetTermDto.properties.durationMonths).toMatchObject({ type: 'number', nullable: true });
    expect(doc.components.schemas.EscalationDto.properties.requestedBy).toMatchObject({ type: 'string', nullable: true });
  });

  it('GET /docs serves Swagger UI', async () => {
    const page = await ledger.http.get('/docs').expect(200);
    expect(page.text).toContain('swagger-ui');
  });
});
