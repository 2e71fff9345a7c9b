import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ModulesContainer } from '@nestjs/core';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { exportJWK, generateKeyPair, type KeyLike, SignJWT, UnsecuredJWT } from 'jose';
import request from 'supertest';
import { POLICIES, POLICY_KEY, type PolicyName, PUBLIC_KEY } from '../../apps/api/src/auth/policies';
import { ROLES } from '@compact-ledger/auth';
import type { SigningKey } from '@compact-ledger/auth';
import { SIGNING_KEY } from '../../apps/api/src/auth/signing-key.token';
import { LEDGER_AUDIENCE } from '@compact-ledger/auth';
import { LedgerTestApp } from '../support/ledger-test-app';

const compact = { title: 'Delivering Together', covers: 'South Kent Coast' };

/** A board whose partner seat is the matrix's partner's organisation. */
const BOARD_TERMS = {
  version: '1',
  source: 'Test',
  effectiveOn: '2016-02-02',
  seats: [
    { seatId: 'chair', kind: 'chair', title: 'Chair', organisationId: null, lead: { name: 'C', role: null }, deputy: null, voting: true },
    {
      seatId: 'kent-county-council',
      kind: 'partner',
      title: 'Kent County Council',
      organisationId: 'kent-county-council',
      lead: { name: 'L', role: null },
      deputy: null,
      voting: true,
    },
  ],
  quorum: { numerator: 1, denominator: 2 },
  meetingEveryMonths: null,
  notice: { agendaItemsWorkingDaysBefore: 10, papersWorkingDaysBefore: 5, draftMinutesWorkingDaysAfter: 10 },
  reservedMatters: [],
  reviewEveryMonths: null,
};

interface Route {
  method: string;
  path: string;
  policy: PolicyName | null;
  isPublic: boolean;
}

/** Every route the Nest router serves, with the policy or @Public on its handler. */
function routesOf(ledger: LedgerTestApp): Route[] {
  const routes: Route[] = [];
  for (const module of ledger.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!controller) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = controller.prototype[name];
        if (name === 'constructor' || typeof handler !== 'function' || Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
        const path = `/${[base, String(Reflect.getMetadata(PATH_METADATA, handler) ?? '')].filter((p) => p && p !== '/').join('/')}`;
        routes.push({
          method: RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number],
          path,
          policy: Reflect.getMetadata(POLICY_KEY, handler) ?? Reflect.getMetadata(POLICY_KEY, controller) ?? null,
          isPublic: Boolean(Reflect.getMetadata(PUBLIC_KEY, handler) ?? Reflect.getMetadata(PUBLIC_KEY, controller)),
        });
      }
    }
  }
  return routes;
}

/** A well-formed request for each protected route; a new route must add one here, or the matrix fails. */
const SAMPLE_REQUESTS: Record<string, { body?: object }> = {
  'POST /compacts': { body: compact },
  'GET /compacts': {},
  'GET /compacts/:id': {},
  'GET /compacts/:id/history': {},
  'POST /compacts/:id/versions': {
    body: { label: '1', note: 'First (incomplete) draft', dated: '2016-01-25', sections: [{ number: '1.1', text: 'Introduction' }] },
  },
  'GET /compacts/:id/versions': {},
  'GET /compacts/:id/versions/:label': {},
  'GET /compacts/:id/diff': {},
  'POST /compacts/:id/partners': {
    body: {
      organisationId: 'kent-county-council',
      name: 'Kent County Council',
      organisationType: 'local-authority',
      lead: { name: 'A Lead', role: 'Director' },
      effectiveOn: '2015-08-01',
    },
  },
  'POST /compacts/:id/partners/:org/withdrawal': { body: { noticeGivenOn: '2016-01-01', effectiveOn: '2016-03-31', reason: 'Restructure' } },
  'POST /compacts/:id/partners/:org/expulsion': {
    body: { reason: 'No change after concerns', basis: { kind: 'decision', reference: 'Board 2016/3' }, effectiveOn: '2016-06-30' },
  },
  'POST /compacts/:id/endorsements': {
    body: { organisationId: 'kent-county-council', versionLabel: '1', boardName: 'Cabinet', meetingDate: '2016-02-01', outcome: 'endorsed' },
  },
  'POST /compacts/:id/signatures': {
    body: {
      organisationId: 'kent-county-council',
      versionLabel: '1',
      contentHash: 'a'.repeat(64),
      signatory: { name: 'A Lead', role: 'Director' },
      signedOn: '2016-02-02',
      signifies: [],
    },
  },
  'POST /compacts/:id/term': { body: { inForceRule: 'explicit-decision', effectiveFrom: '2017-06-01', expiresOn: '2020-03-31', refreshDueBy: '2018-03-31' } },
  'POST /compacts/:id/in-force': { body: { versionLabel: '1', effectiveOn: '2017-06-01', decisionReference: 'Board' } },
  'POST /compacts/:id/termination': { body: { effectiveOn: '2030-01-01', reason: 'Ended' } },
  'POST /compacts/:id/supersession': { body: { effectiveOn: '2030-01-01', reason: 'Replaced', successorCompactId: '3f1c1d7e-9a8b-4c1d-8e2f-0a1b2c3d4e5f' } },
  'POST /compacts/:id/corrections': {
    body: { corrections: [{ factId: '3f1c1d7e-9a8b-4c1d-8e2f-0a1b2c3d4e5f', reason: 'Typo', correction: { fact: 'signature', signedOn: '2015-08-25' } }] },
  },
  'POST /compacts/:id/endorsement-requests': {
    body: { organisationId: null, versionLabel: '1', boardName: 'Health and Wellbeing Board', meetingDate: '2015-01-28', asked: 'To endorse the Compact' },
  },
  'GET /compacts/:id/endorsement-requests': {},
  'POST /compacts/:id/escalation-path': {
    body: {
      note: 'Section 8',
      effectiveOn: '2015-08-01',
      levels: [{ level: 1, name: 'Bilateral', whoActs: 'The parties', mediation: true, independentChair: false }],
    },
  },
  'GET /compacts/:id/escalation-path': {},
  'POST /disputes': {
    body: {
      compactId: '<compact>',
      raisedBy: 'kent-county-council',
      against: ['south-kent-coast-ccg'],
      about: [{ kind: 'section', ref: '1.1' }],
      summary: 'S',
      raisedOn: '2016-03-01',
    },
  },
  'GET /disputes': {},
  'GET /disputes/:id': {},
  'GET /disputes/:id/escalation-audit': {},
  'GET /disputes/:id/replay': {},
  'POST /disputes/:id/responses': { body: { respondent: 'kent-county-council', response: 'R', respondedOn: '2016-03-02' } },
  'POST /disputes/:id/mediators': { body: { level: 1, mediator: { subject: 'someone', name: 'M', role: 'Lay Chair' }, appointedOn: '2016-03-02' } },
  'POST /disputes/:id/escalations': { body: { toLevel: 2, reason: 'R', escalatedOn: '2016-03-03' } },
  'POST /disputes/:id/independent-chair': { body: { chair: { name: 'C' }, agreedBy: ['kent-county-council', 'south-kent-coast-ccg'], agreedOn: '2016-03-03' } },
  'POST /disputes/:id/resolution': { body: { terms: 'T', agreedBy: ['kent-county-council', 'south-kent-coast-ccg'], resolvedOn: '2016-03-04' } },
  'POST /disputes/:id/withdrawal': { body: { withdrawnBy: 'kent-county-council', reason: 'R', withdrawnOn: '2016-03-05' } },
  'POST /disputes/:id/evidence': { body: { submittedBy: 'kent-county-council' } },
  'GET /disputes/:id/evidence/:evidenceId': {},
  'GET /compacts/:id/evidence': {},
  'GET /disputes/:id/evidence-pack': {},
  'POST /admin/projections/:name/rebuild': {},
  'GET /compacts/:id/partners': {},
  'GET /compacts/:id/endorsements': {},
  'GET /compacts/:id/signatures': {},
  // Governance: boards, meetings, the joint programme, deadlines.
  'POST /boards': { body: { compactId: '<compact>', name: 'Board', purpose: 'P', establishedOn: '2016-02-01' } },
  'POST /boards/:id/terms-of-reference': { body: { ...BOARD_TERMS, version: '2', effectiveOn: '2016-02-03' } },
  'GET /boards': {},
  'GET /boards/:id': {},
  'GET /boards/:id/decisions': {},
  'GET /boards/:id/attendance': {},
  'GET /boards/:id/interests': {},
  'POST /meetings': { body: { boardId: '<board>', meetingDate: '2016-03-01', title: 'T' } },
  'POST /meetings/:id/cancellation': { body: { reason: 'R', cancelledOn: '2016-02-20' } },
  'POST /meetings/:id/agenda-items': { body: { item: '5', title: 'T', proposedBy: null, receivedOn: '2016-02-10' } },
  'POST /meetings/:id/papers': { body: { item: '4', title: 'T', circulatedOn: '2016-02-20' } },
  'POST /meetings/:id/attendance': { body: { attendance: [{ seatId: 'kent-county-council', status: 'lead-present' }] } },
  // A partner declares for its own organisation's seat, the one the request names.
  'POST /meetings/:id/declarations': { body: { seatId: 'kent-county-council', interest: 'I', nature: 'other', items: ['4'], handling: 'may-take-part' } },
  'POST /meetings/:id/decisions': { body: { item: '4', resolution: 'R', outcome: { kind: 'consensus' } } },
  'POST /meetings/:id/draft-minutes': { body: { circulatedOn: '2016-03-02' } },
  'POST /meetings/:id/minutes-approval': { body: { approvedAtMeetingId: '3f1c1d7e-9a8b-4c1d-8e2f-0a1b2c3d4e5f' } },
  'GET /meetings': {},
  'GET /meetings/:id': {},
  'POST /compacts/:id/commitments': {
    body: {
      number: '1',
      title: 'T',
      text: 'T',
      targets: [{ targetId: '1.1', text: 'T', dueOn: '2016-06-30', wording: 'by June 2016' }],
      definedOn: '2016-02-01',
    },
  },
  'POST /compacts/:id/commitments/targets/:targetId/met': { body: { metOn: '2016-03-01', note: 'N' } },
  'POST /compacts/:id/commitments/targets/:targetId/missed': { body: { recordedOn: '2016-07-01', reason: 'R' } },
  'POST /compacts/:id/commitments/targets/:targetId/revisions': {
    body: { newDueOn: '2016-09-30', newWording: 'by September 2016', reason: 'R', revisedOn: '2016-03-01' },
  },
  'GET /compacts/:id/commitments': {},
  'POST /compacts/:id/measures': { body: { measureId: 'm', name: 'M', description: 'D', unit: 'u', direction: null, definedOn: '2016-02-01' } },
  'POST /compacts/:id/measures/:measureId/values': { body: { quarter: '2015-16-Q4', value: 1, recordedOn: '2016-04-10', note: null } },
  'POST /compacts/:id/measures/:measureId/values/:quarter/corrections': { body: { value: 2, reason: 'R', correctedOn: '2016-04-20' } },
  'GET /compacts/:id/measures': {},
  'GET /compacts/:id/measures/report': {},
  'GET /deadlines': {},
};

describe('Authentication and authorisation over HTTP', () => {
  let ledger: LedgerTestApp;
  let compactId: string;
  let disputeId: string;
  let boardId: string;
  let meetingId: string;
  beforeAll(async () => {
    ledger = await LedgerTestApp.start();
    await ledger.signIn('partner', 'kent-county-council');
    compactId = (await ledger.as('secretariat').post('/compacts').send(compact).expect(201)).body.id;
    // A dispute the matrix's partner is a party to and its mediator is appointed to, so each
    // role's cells show what its policy allows and not the dispute's own scoping.
    const secretariat = () => ledger.as('secretariat');
    await secretariat().post(`/compacts/${compactId}/versions`).send(SAMPLE_REQUESTS['POST /compacts/:id/versions'].body).expect(201);
    for (const [organisationId, name] of [
      ['kent-county-council', 'Kent County Council'],
      ['south-kent-coast-ccg', 'South Kent Coast CCG'],
    ]) {
      const admission = { organisationId, name, organisationType: 'local-authority', lead: { name: 'A Lead', role: 'Director' }, effectiveOn: '2016-02-01' };
      await secretariat().post(`/compacts/${compactId}/partners`).send(admission).expect(201);
    }
    await secretariat().post(`/compacts/${compactId}/escalation-path`).send(SAMPLE_REQUESTS['POST /compacts/:id/escalation-path'].body).expect(201);
    const raise = { ...SAMPLE_REQUESTS['POST /disputes'].body, compactId };
    disputeId = (await secretariat().post('/disputes').send(raise).expect(201)).body.id;
    await secretariat()
      .post(`/disputes/${disputeId}/mediators`)
      .send({ level: 1, mediator: { subject: 'mediator-ledger', name: 'Test mediator', role: 'Lay Chair' }, appointedOn: '2016-03-01' })
      .expect(201);
    // A board of the compact and a meeting held, with the partner's seat on it and an item 4.
    boardId = (await secretariat().post('/boards').send({ compactId, name: 'Matrix Board', purpose: 'P', establishedOn: '2016-02-02' }).expect(201)).body.id;
    await secretariat().post(`/boards/${boardId}/terms-of-reference`).send(BOARD_TERMS).expect(201);
    meetingId = (await secretariat().post('/meetings').send({ boardId, meetingDate: '2016-02-29', title: 'Matrix meeting' }).expect(201)).body.id;
    await secretariat().post(`/meetings/${meetingId}/agenda-items`).send({ item: '4', title: 'T', proposedBy: null, receivedOn: '2016-02-08' }).expect(201);
    await secretariat()
      .post(`/meetings/${meetingId}/attendance`)
      .send({
        attendance: [
          { seatId: 'chair', status: 'lead-present' },
          { seatId: 'kent-county-council', status: 'lead-present' },
        ],
      })
      .expect(201);
  });
  afterAll(() => ledger.stop());

  it('every route the router serves has an access policy or is explicitly public', () => {
    const routes = routesOf(ledger);
    expect(routes.length).toBeGreaterThanOrEqual(6);
    const open = routes.filter((r) => !r.isPublic && (r.policy === null || !(r.policy in POLICIES)));
    expect(open).toEqual([]);
    expect(
      routes
        .filter((r) => r.isPublic)
        .map((r) => `${r.method} ${r.path}`)
        .sort(),
    ).toEqual([
      'GET /auth/sign-in',
      'GET /health',
      'GET /ledger/checkpoint',
      'GET /ledger/events/:position/proof',
      'GET /ledger/keys',
      'GET /ledger/proofs/consistency',
      'GET /ledger/proofs/inclusion',
    ]);
  });

  it('the route-by-role matrix: each role is allowed exactly what its policy says, and a refusal is 403 with nothing appended', async () => {
    const protectedRoutes = routesOf(ledger).filter((r) => !r.isPublic);
    for (const route of protectedRoutes) {
      const sample = SAMPLE_REQUESTS[`${route.method} ${route.path}`];
      expect({ route: `${route.method} ${route.path}`, hasSample: sample !== undefined }).toEqual({ route: `${route.method} ${route.path}`, hasSample: true });
      const idOf = (path: string) =>
        path.startsWith('/disputes') ? disputeId : path.startsWith('/boards') ? boardId : path.startsWith('/meetings') ? meetingId : compactId;
      const url =
        route.path
          .replace(':id', idOf(route.path))
          .replace(':evidenceId', '3f1c1d7e-9a8b-4c1d-8e2f-0a1b2c3d4e5f')
          .replace(':label', '1')
          .replace(':name', 'compact_documents_v1')
          .replace(':org', 'kent-county-council')
          .replace(':targetId', '1.1')
          .replace(':measureId', 'm')
          .replace(':quarter', '2015-16-Q4') +
        (route.path.endsWith('/diff') ? '?from=1&to=1' : '') +
        (route.path.endsWith('/measures/report') ? '?quarter=2015-16-Q4' : '');
      const body = JSON.parse(
        JSON.stringify(sample.body ?? {})
          .replace('"<compact>"', JSON.stringify(compactId))
          .replace('"<board>"', JSON.stringify(boardId)),
      );
      for (const role of ROLES) {
        const allowed = (POLICIES[route.policy!].roles as readonly string[]).includes(role);
        const before = await ledger.headPosition();
        // A partner acts here for its own organisation, the one the requests name.
        const as = ledger.as(role, role === 'partner' ? 'kent-county-council' : null);
        const call = route.method === 'POST' ? as.post(url).send(body) : as.get(url);
        const response = await call;
        const cell = { route: `${route.method} ${route.path}`, role, status: response.status };
        if (allowed) {
          // Allowed: the answer is the domain's (2xx, 404, 409, 422...), never a refusal of access.
          expect({ ...cell, refused: response.status === 401 || response.status === 403, serverError: response.status >= 500 }).toEqual({
            ...cell,
            refused: false,
            serverError: false,
          });
        } else {
          expect(cell).toEqual({ ...cell, status: 403 });
          expect(response.body).toMatchObject({ type: 'urn:compact-ledger:problem:forbidden', status: 403 });
          expect(await ledger.headPosition()).toBe(before);
        }
      }
    }
  });

  it('/health, /docs, /docs-json and /ledger/keys answer without a token; the keys are the public JWKS', async () => {
    await ledger.http.get('/health').expect(200);
    await ledger.http.get('/docs').expect(200);
    await ledger.http.get('/docs-json').expect(200);
    const jwks = (await ledger.http.get('/ledger/keys').expect(200)).body;
    expect(jwks.keys).toEqual([expect.objectContaining({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig', kid: expect.any(String) })]);
    expect(jwks.keys[0].d).toBeUndefined();
  });

  it("the recorded actor is the token's subject, name, role and organisation, never the body's", async () => {
    const before = await ledger.headPosition();
    const spoof = await ledger
      .as('secretariat')
      .post('/compacts')
      .send({ ...compact, actor: { subject: 'someone-else' } })
      .expect(400);
    expect(spoof.body.errors.map((e: { field: string }) => e.field)).toContain('actor');
    expect(await ledger.headPosition()).toBe(before);

    const token = await ledger.tokenFor({ sub: 'cis2-555', name: 'Priya Shah', role: 'secretariat', org: 'programme-office' });
    const created = await request(ledger.app.getHttpServer()).post('/compacts').set('Authorization', `Bearer ${token}`).send(compact).expect(201);
    const history = await ledger.as('regulator').get(`/compacts/${created.body.id}/history`).expect(200);
    expect(history.body[0].metadata.actor).toEqual({ subject: 'cis2-555', name: 'Priya Shah', role: 'secretariat', organisation: 'programme-office' });
    // The scheme is case-insensitive (RFC 9110 section 11.1).
    await request(ledger.app.getHttpServer()).get(`/compacts/${created.body.id}?minPosition=${created.body.position}`).set('Authorization', `bearer ${token}`).expect(200);
  });

  describe('token attacks: each answered 401 with nothing appended', () => {
    const claims = { name: 'Mallory', role: 'secretariat', org: null };
    const post = (authorization?: string) => {
      const call = request(ledger.app.getHttpServer()).post('/compacts');
      return (authorization ? call.set('Authorization', authorization) : call).send(compact);
    };
    const key = () => ledger.app.get<SigningKey>(SIGNING_KEY);
    const signed = (build: (jwt: SignJWT) => SignJWT, signingKey = key().privateKey) =>
      build(new SignJWT(claims).setProtectedHeader({ alg: 'EdDSA', kid: key().kid }).setSubject('mallory').setIssuedAt()).sign(signingKey);
    const valid = (jwt: SignJWT) => jwt.setIssuer(key().issuer).setAudience(LEDGER_AUDIENCE).setExpirationTime('1h');

    const attacks: Array<[string, () => Promise<string | undefined>]> = [
      ['no token', async () => undefined],
      ['not a bearer token', async () => 'Basic bWFsbG9yeTpwYXNz'],
      [
        'alg: none',
        async () =>
          `Bearer ${new UnsecuredJWT(claims).setSubject('mallory').setIssuer(key().issuer).setAudience(LEDGER_AUDIENCE).setExpirationTime('1h').encode()}`,
      ],
      ['signed with another key', async () => `Bearer ${await signed(valid, (await generateKeyPair('EdDSA', { crv: 'Ed25519' })).privateKey)}`],
      [
        'expired',
        async () =>
          `Bearer ${await signed((jwt) =>
            jwt
              .setIssuer(key().issuer)
              .setAudience(LEDGER_AUDIENCE)
              .setExpirationTime(Math.floor(Date.now() / 1000) - 60),
          )}`,
      ],
      ['not yet valid', async () => `Bearer ${await signed((jwt) => valid(jwt).setNotBefore('10m'))}`],
      [
        'wrong issuer',
        async () => `Bearer ${await signed((jwt) => jwt.setIssuer('urn:compact-ledger:someone-else').setAudience(LEDGER_AUDIENCE).setExpirationTime('1h'))}`,
      ],
      ['wrong audience', async () => `Bearer ${await signed((jwt) => jwt.setIssuer(key().issuer).setAudience('another-api').setExpirationTime('1h'))}`],
      ['no expiry', async () => `Bearer ${await signed((jwt) => jwt.setIssuer(key().issuer).setAudience(LEDGER_AUDIENCE))}`],
      [
        'a role the ledger does not know',
        async () =>
          `Bearer ${await new SignJWT({ ...claims, role: 'superuser' }).setProtectedHeader({ alg: 'EdDSA' }).setSubject('m').setIssuer(key().issuer).setAudience(LEDGER_AUDIENCE).setExpirationTime('1h').sign(key().privateKey)}`,
      ],
      [
        'payload edited after signing (partner raised to secretariat)',
        async () => {
          const [header, payload, signature] = (await ledger.tokenFor({ sub: 'p1', name: 'Partner', role: 'partner', org: 'kcc' })).split('.');
          const edited = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), role: 'secretariat' })).toString(
            'base64url',
          );
          return `Bearer ${header}.${edited}.${signature}`;
        },
      ],
      [
        'the right shape, from another ledger',
        async () => {
          const other = await LedgerTestApp.start();
          const token = await other.tokenFor({ sub: 'lead', name: 'Lead', role: 'secretariat' });
          await other.stop();
          return `Bearer ${token}`;
        },
      ],
    ];

    it.each(attacks)('%s', async (_name, authorization) => {
      const before = await ledger.headPosition();
      const response = await post(await authorization()).expect(401);
      expect(response.headers['www-authenticate']).toBe('Bearer realm="compact-ledger"');
      expect(response.body).toMatchObject({ type: 'urn:compact-ledger:problem:unauthenticated', status: 401 });
      expect(await ledger.headPosition()).toBe(before);
    });
  });
});

describe('OIDC mode, against a local JWKS server', () => {
  let jwksServer: Server;
  let ledger: LedgerTestApp;
  let idpKey: KeyLike;
  const issuer = 'https://idp.nhs.test/realms/ics';
  const audience = 'compact-ledger-api';

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256', { extractable: true });
    idpKey = pair.privateKey;
    const jwks = { keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'idp-1', alg: 'RS256', use: 'sig' }] };
    jwksServer = createServer((_req, res) => res.setHeader('content-type', 'application/json').end(JSON.stringify(jwks)));
    await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
    const { port } = jwksServer.address() as AddressInfo;
    ledger = await LedgerTestApp.start({
      LEDGER_AUTH_MODE: 'oidc',
      OIDC_ISSUER: issuer,
      OIDC_AUDIENCE: audience,
      OIDC_JWKS_URL: `http://127.0.0.1:${port}/jwks`,
    });
  });
  afterAll(async () => {
    await ledger.stop();
    jwksServer.close();
  });

  const idpToken = (overrides: { aud?: string; iss?: string } = {}) =>
    new SignJWT({ name: 'Sam Okafor', role: 'secretariat', org: 'nhs-kent-and-medway' })
      .setProtectedHeader({ alg: 'RS256', kid: 'idp-1' })
      .setSubject('cis2-1001')
      .setIssuer(overrides.iss ?? issuer)
      .setAudience(overrides.aud ?? audience)
      .setExpirationTime('1h')
      .sign(idpKey);

  it("accepts the identity provider's token and records its claims as the actor", async () => {
    const created = await request(ledger.app.getHttpServer())
      .post('/compacts')
      .set('Authorization', `Bearer ${await idpToken()}`)
      .send(compact)
      .expect(201);
    const [event] = await ledger.store.readStream(`compact-${created.body.id}`);
    expect(event.metadata.actor).toEqual({ subject: 'cis2-1001', name: 'Sam Okafor', role: 'secretariat', organisation: 'nhs-kent-and-medway' });
  });

  it("refuses a token for another audience or issuer, and the ledger's own embedded tokens", async () => {
    const server = ledger.app.getHttpServer();
    await request(server)
      .post('/compacts')
      .set('Authorization', `Bearer ${await idpToken({ aud: 'another-api' })}`)
      .send(compact)
      .expect(401);
    await request(server)
      .post('/compacts')
      .set('Authorization', `Bearer ${await idpToken({ iss: 'https://evil.test' })}`)
      .send(compact)
      .expect(401);
    await ledger.as('secretariat').post('/compacts').send(compact).expect(401);
  });
});
