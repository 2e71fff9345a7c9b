import { mayActFor, mayActOnDispute, POLICIES, roleMay } from './policies';

const actor = (role: string, organisation: string | null) => ({ subject: 's', name: 'n', role, organisation });

describe('who may act for an organisation', () => {
  it('a partner acts for its own organisation only', () => {
    expect(mayActFor(actor('partner', 'kent-county-council'), 'kent-county-council')).toBe(true);
    expect(mayActFor(actor('partner', 'kent-county-council'), 'south-kent-coast-ccg')).toBe(false);
    expect(mayActFor(actor('partner', null), 'kent-county-council')).toBe(false);
  });

  it('the secretariat records acts from paper for any partner; no other role acts for one', () => {
    expect(mayActFor(actor('secretariat', 'programme-office'), 'kent-county-council')).toBe(true);
    for (const role of ['mediator', 'regulator', 'admin']) expect(mayActFor(actor(role, 'kent-county-council'), 'kent-county-council')).toBe(false);
  });

  it('readers write nothing: no regulator or mediator may draft a compact', () => {
    expect(roleMay('compacts.draft', 'regulator')).toBe(false);
    expect(roleMay('compacts.draft', 'mediator')).toBe(false);
    expect(Object.values(POLICIES).every((p) => p.roles.length > 0)).toBe(true);
  });
});

describe('who may act on a dispute', () => {
  const dispute = {
    kind: 'open',
    raisedBy: 'nhs-nottingham-city-ccg',
    against: ['nottingham-university-hospitals-trust'],
    mediators: [{ subject: 'cis2-mediator', name: 'M', role: 'Lay Chair', organisation: null, level: 2, appointedOn: '2015-07-02' }],
  } as unknown as Parameters<typeof mayActOnDispute>[1];
  const person = (role: string, organisation: string | null, subject = 's') => ({ subject, name: 'n', role, organisation });

  it('a partner acts only on its own organisation’s disputes, and only for its own organisation', () => {
    const ccg = person('partner', 'nhs-nottingham-city-ccg');
    expect(mayActOnDispute(ccg, dispute, 'read')).toBe(true);
    expect(mayActOnDispute(ccg, dispute, 'escalate', 'nhs-nottingham-city-ccg')).toBe(true);
    expect(mayActOnDispute(ccg, dispute, 'respond', 'nottingham-university-hospitals-trust')).toBe(false);
    expect(mayActOnDispute(person('partner', 'nottingham-city-council'), dispute, 'read')).toBe(false);
    expect(mayActOnDispute(ccg, dispute, 'resolve')).toBe(false);
  });

  it('a mediator acts and reads only where appointed; a regulator reads every dispute and writes nothing', () => {
    expect(mayActOnDispute(person('mediator', null, 'cis2-mediator'), dispute, 'resolve')).toBe(true);
    expect(mayActOnDispute(person('mediator', null, 'cis2-other'), dispute, 'read')).toBe(false);
    expect(mayActOnDispute(person('mediator', null, 'cis2-mediator'), dispute, 'withdraw')).toBe(false);
    expect(mayActOnDispute(person('regulator', null), dispute, 'read')).toBe(true);
    expect(mayActOnDispute(person('regulator', null), dispute, 'escalate')).toBe(false);
    expect(mayActOnDispute(person('admin', null), dispute, 'read')).toBe(false);
  });
});
