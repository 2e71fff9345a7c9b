/**
 * Which roles may call which routes, as the API's policy table says
 * (apps/api/src/auth/policies.ts; test/web/permissions.unit.spec.ts holds the two
 * together). The web app uses it only to show a person what their role may do: the
 * API stays the only judge, and a refusal it answers (403) is shown as it is.
 */
export const ROLES = ['secretariat', 'partner', 'mediator', 'regulator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const POLICY_ROLES = {
  'compacts.draft': ['secretariat'],
  'compacts.publish-version': ['secretariat'],
  'compacts.manage-partners': ['secretariat'],
  'compacts.manage-term': ['secretariat'],
  'compacts.correct': ['secretariat'],
  'compacts.record-endorsement-request': ['secretariat'],
  'compacts.act-for-partner': ['secretariat', 'partner'],
  'compacts.define-escalation-path': ['secretariat'],
  'compacts.read': ['secretariat', 'partner', 'regulator'],
  'compacts.history': ['secretariat', 'partner', 'regulator'],
  'disputes.raise': ['secretariat', 'partner'],
  'disputes.respond': ['secretariat', 'partner'],
  'disputes.appoint-mediator': ['secretariat'],
  'disputes.escalate': ['secretariat', 'partner', 'mediator'],
  'disputes.agree-independent-chair': ['secretariat', 'mediator'],
  'disputes.resolve': ['secretariat', 'mediator'],
  'disputes.withdraw': ['secretariat', 'partner'],
  'disputes.submit-evidence': ['secretariat', 'partner'],
  'disputes.read': ['secretariat', 'partner', 'mediator', 'regulator'],
  'evidence.export-compact': ['secretariat', 'regulator'],
  'evidence.export-dispute': ['secretariat', 'partner', 'mediator', 'regulator'],
  'boards.manage': ['secretariat'],
  'boards.read': ['secretariat', 'partner', 'regulator'],
  'boards.read-decisions': ['secretariat', 'partner', 'mediator', 'regulator'],
  'boards.read-interests': ['secretariat', 'partner', 'regulator'],
  'meetings.record': ['secretariat'],
  'meetings.declare-interest': ['secretariat', 'partner'],
  'programme.record': ['secretariat'],
  'programme.read': ['secretariat', 'partner', 'regulator'],
  'deadlines.read': ['secretariat', 'partner', 'mediator', 'regulator'],
  'admin.rebuild-projection': ['admin'],
  'health.read': ['secretariat', 'partner', 'mediator', 'regulator', 'admin'],
} as const satisfies Record<string, readonly Role[]>;

export type PolicyName = keyof typeof POLICY_ROLES;

export function roleMay(role: Role, policy: PolicyName): boolean {
  return (POLICY_ROLES[policy] as readonly Role[]).includes(role);
}

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);
