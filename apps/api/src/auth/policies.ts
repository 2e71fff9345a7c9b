import { SetMetadata } from '@nestjs/common';
import type { Role } from '@compact-ledger/auth';
import { type DisputeState, isAppointedMediator, isDisputeParty } from '@compact-ledger/domain';
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
  'compacts.define-escalation-path': { roles: ['secretariat'] },
  'compacts.read': { roles: ['secretariat', 'partner', 'regulator'] },
  'compacts.history': { roles: ['secretariat', 'partner', 'regulator'] },
  // Disputes: the handler also asks mayActOnDispute (a partner only on its own disputes, a mediator only where appointed).
  'disputes.raise': { roles: ['secretariat', 'partner'] },
  'disputes.respond': { roles: ['secretariat', 'partner'] },
  'disputes.appoint-mediator': { roles: ['secretariat'] },
  'disputes.escalate': { roles: ['secretariat', 'partner', 'mediator'] },
  'disputes.agree-independent-chair': { roles: ['secretariat', 'mediator'] },
  'disputes.resolve': { roles: ['secretariat', 'mediator'] },
  'disputes.withdraw': { roles: ['secretariat', 'partner'] },
  'disputes.submit-evidence': { roles: ['secretariat', 'partner'] },
  'disputes.read': { roles: ['secretariat', 'partner', 'mediator', 'regulator'] },
  'admin.rebuild-projection': { roles: ['admin'] },
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

/** What an actor does to a dispute, as mayActOnDispute weighs it. */
export type DisputeAct = 'read' | 'respond' | 'escalate' | 'agree-independent-chair' | 'resolve' | 'withdraw' | 'submit-evidence' | 'appoint-mediator';

const MEDIATOR_ACTS: readonly DisputeAct[] = ['read', 'escalate', 'agree-independent-chair', 'resolve'];
const PARTY_ACTS: readonly DisputeAct[] = ['read', 'respond', 'escalate', 'withdraw', 'submit-evidence'];

/**
 * Whether the actor may take this act on this dispute, beyond what its role's
 * policy allows: a partner only on disputes its organisation is a party to, and
 * only for its own organisation (`onBehalfOf`); a mediator only on the disputes it
 * was appointed to (DOMAIN.md; issue 6); a regulator reads every dispute.
 */
export function mayActOnDispute(actor: Actor, dispute: DisputeState, act: DisputeAct, onBehalfOf: string | null = null): boolean {
  switch (actor.role) {
    case 'secretariat':
      return true;
    case 'regulator':
      return act === 'read';
    case 'mediator':
      return MEDIATOR_ACTS.includes(act) && isAppointedMediator(dispute, actor.subject);
    case 'partner':
      return (
        actor.organisation !== null &&
        PARTY_ACTS.includes(act) &&
        isDisputeParty(dispute, actor.organisation) &&
        (onBehalfOf === null || onBehalfOf === actor.organisation)
      );
    default:
      return false;
  }
}

/** The actor may not take this action. */
export class ActionNotAllowedError extends Error {
  override readonly name = 'ActionNotAllowedError';
}
