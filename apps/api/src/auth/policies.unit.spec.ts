import { ActionNotAllowedError, assertMayActOnDispute, mayActFor, mayReadDispute, POLICIES, roleMay, roleRefusal } from './policies';

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

describe('who may act on a dispute, beyond the route’s roles', () => {
  const dispute = {
    kind: 'open',
    raisedBy: 'nhs-nottingham-city-ccg',
    against: ['nottingham-university-hospitals-trust'],
    mediators: [{ subject: 'cis2-mediator', name: 'M', role: 'Lay Chair', organisation: null, level: 2, appointedOn: '2015-07-02' }],
  } as unknown as Parameters<typeof mayReadDispute>[1];
  const person = (role: string, organisation: string | null, subject = 's') => ({ subject, name: 'n', role, organisation });

  it('a partner acts only on its own organisation’s disputes, and only for its own organisation', () => {
    const ccg = person('partner', 'nhs-nottingham-city-ccg');
    expect(() => assertMayActOnDispute(ccg, dispute, 'nhs-nottingham-city-ccg')).not.toThrow();
    expect(() => assertMayActOnDispute(ccg, dispute, 'nottingham-university-hospitals-trust')).toThrow(ActionNotAllowedError);
    expect(() => assertMayActOnDispute(ccg, dispute, null)).toThrow(/only a mediator or the secretariat/);
    expect(() => assertMayActOnDispute(person('partner', 'nottingham-city-council'), dispute, 'nottingham-city-council')).toThrow(/not a party/);
  });

  it('a mediator acts only where appointed; the secretariat acts on any dispute for any party or none', () => {
    expect(() => assertMayActOnDispute(person('mediator', null, 'cis2-mediator'), dispute, null)).not.toThrow();
    expect(() => assertMayActOnDispute(person('mediator', null, 'cis2-other'), dispute, null)).toThrow(/not appointed/);
    expect(() => assertMayActOnDispute(person('secretariat', 'programme-office'), dispute, null)).not.toThrow();
    expect(() => assertMayActOnDispute(person('regulator', null), dispute, null)).toThrow(ActionNotAllowedError);
  });

  it('reads: a partner its own disputes, a mediator where appointed, the secretariat and regulators every one, an admin none', () => {
    expect(mayReadDispute(person('partner', 'nottingham-university-hospitals-trust'), dispute)).toBe(true);
    expect(mayReadDispute(person('partner', 'nottingham-city-council'), dispute)).toBe(false);
    expect(mayReadDispute(person('mediator', null, 'cis2-mediator'), dispute)).toBe(true);
    expect(mayReadDispute(person('mediator', null, 'cis2-other'), dispute)).toBe(false);
    expect(mayReadDispute(person('regulator', null), dispute)).toBe(true);
    expect(mayReadDispute(person('admin', null), dispute)).toBe(false);
  });

  it('which roles may take each step is the policy table’s alone', () => {
    expect(roleMay('disputes.resolve', 'partner')).toBe(false);
    expect(roleMay('disputes.withdraw', 'mediator')).toBe(false);
    expect(roleMay('disputes.escalate', 'mediator')).toBe(true);
    expect(roleMay('disputes.escalate', 'regulator')).toBe(false);
  });
});

describe('a refused role is told in words what it may not do, and who may', () => {
  it('names the act and the roles allowed', () => {
    expect(roleRefusal('disputes.resolve', 'partner')).toBe('a partner may not resolve a dispute (only the secretariat or a mediator may)');
    expect(roleRefusal('compacts.draft', 'regulator')).toBe('a regulator may not draft a compact (only the secretariat may)');
    expect(roleRefusal('admin.rebuild-projection', 'secretariat')).toBe('the secretariat may not rebuild a read model (only an admin may)');
  });
});
