/** The ledger's roles (docs/domain.md, "Who may do what"). */
export const ROLES = ['secretariat', 'partner', 'mediator', 'regulator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);
