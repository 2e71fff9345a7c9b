import { SetMetadata } from '@nestjs/common';
import type { Role } from '@compact-ledger/auth';

/**
 * Who may do what: the one place every route's access is decided (issue 6). A
 * handler names its policy with @Policy; controllers hold no role checks. A test
 * lists every route from the Nest router and fails if one has neither a policy
 * nor @Public, so a new route cannot be left open by omission.
 *
 * Partners act for their own organisation only: where an action concerns an
 * organisation, its policy says so (`ownOrganisation`), and the handler passes
 * that organisation to `mayActFor`.
 */
export const POLICIES = {
  'compacts.draft': { roles: ['secretariat'] },
  'compacts.read': { roles: ['secretariat', 'partner', 'regulator'] },
  'compacts.history': { roles: ['secretariat', 'partner', 'regulator'] },
  'health.read': { roles: ['secretariat', 'partner', 'mediator', 'regulator', 'admin'] },
} as const satisfies Record<string, { roles: readonly Role[]; ownOrganisation?: boolean }>;

export type PolicyName = keyof typeof POLICIES;

export const POLICY_KEY = 'compact-ledger:policy';
export const PUBLIC_KEY = 'compact-ledger:public';

/** The policy that decides who may call this handler. */
export const Policy = (name: PolicyName) => SetMetadata(POLICY_KEY, name);

/** Answers without a token: health, the OpenAPI document, the ledger's public keys. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

export function roleMay(policy: PolicyName, role: string): boolean {
  return (POLICIES[policy].roles as readonly string[]).includes(role);
}

/** The actor may not take this action. */
export class ActionNotAllowedError extends Error {
  override readonly name = 'ActionNotAllowedError';
}
