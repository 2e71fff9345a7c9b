import { POLICIES } from '../../apps/api/src/auth/policies';
import { ROLES } from '@compact-ledger/auth';
import { POLICY_ROLES, ROLES as WEB_ROLES } from '../../apps/web/src/auth/permissions';

/*
 * The web app shows each role what the API's policy table lets it do (it depends on no
 * server code, so it keeps its own copy); the API stays the judge. This holds the copy
 * to the table: a route or role added, removed or changed on one side fails here.
 */
describe("The web app's copy of who may do what", () => {
  it('names the same roles as the API', () => {
    expect([...WEB_ROLES]).toEqual([...ROLES]);
  });

  it('gives every policy the same roles as the API does', () => {
    const api = Object.fromEntries(Object.entries(POLICIES).map(([name, { roles }]) => [name, [...roles]]));
    const web = Object.fromEntries(Object.entries(POLICY_ROLES).map(([name, roles]) => [name, [...roles]]));
    expect(web).toEqual(api);
  });
});
