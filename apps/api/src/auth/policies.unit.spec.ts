import { mayActFor, POLICIES, roleMay } from './policies';

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
