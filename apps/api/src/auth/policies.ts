import { SetMetadata } from '@nestjs/common';
import type { Role } from '@compact-ledger/auth';
import type { Actor } from '@compact-ledger/event-store';

/**
 * Who may do what: the one place every route's access is decided (issue 6). A
 * handler names its policy with @Policy; controllers hold no role checks. A test
 * lists every route from the Nest router and fails if one has neither a policy
 * nor @Public, so a new route cannot be left open by omission.
 *
 * Partners act for their own organisation only: a handler whose action is on
 * behalf of an organisation (signing, endorsing, raising a dispute) asks
 * `mayActFor(actor, organisation)`; the secretariat records such acts from paper
 * for any partner.
 */
export const POLICIES = {
  'compacts.draft': { roles: ['secretariat'] },
  'compacts.publish-version': { roles: ['secretariat'] },
  'compacts.manage-partners': { roles: ['secretariat'] },
  'compacts.manage-term': { roles: ['secretariat'] },
  'compacts.correct': { roles: ['secretariat'] },
  // On behalf of one organisation: the handler also asks mayActFor.
  'compacts.act-for-partner': { roles: ['secretariat', 'partner'] },
  'compacts.read': { roles: ['secretariat', 'partner', 'regulator'] },
  'compacts.history': { roles: ['secretariat', 'partner', 'regulator'] },
  'health.read': { roles: ['secretariat', 'partner', 'mediator', 'regulator', 'admin'] },
} as const satisfies Record<string, { roles: readonly Role[] }>;

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

/** Whether the actor may act on behalf of `organisation`. */
export function mayActFor(actor: Actor, organisation: string): boolean {
  if (actor.role === 'secretariat') return true;
  return actor.role === 'partner' && actor.organisation !== null && actor.organisation === organisation;
}

/** The actor may not take this action. */
export class ActionNotAllowedError extends Error {
  override readonly name = 'ActionNotAllowedError';
}
