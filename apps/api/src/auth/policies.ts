import { SetMetadata } from '@nestjs/common';
import type { Role } from '@compact-ledger/auth';
import type { Actor } from '@compact-ledger/event-store';

/**
 * Which roles may call each route: the one table of them. A route names its policy
 * with @Policy; a test lists every route from the Nest router and fails if one has
 * neither a policy nor @Public, so a new route cannot be left open by omission.
 *
 * Organisation scope is each use case's one further rule, from the functions below:
 * a partner acts for its own organisation only (`assertActsFor`), and on a dispute
 * only where it is a party (`assertMayActOnDispute`); the secretariat records acts
 * from paper for any partner.
 */
export const POLICIES = {
  'compacts.draft': { roles: ['secretariat'], does: 'draft a compact' },
  'compacts.publish-version': { roles: ['secretariat'], does: 'publish a version of a compact' },
  'compacts.manage-partners': { roles: ['secretariat'], does: 'admit a partner or ask one to leave' },
  'compacts.manage-term': { roles: ['secretariat'], does: "set a compact's term or record its coming into force or end" },
  'compacts.correct': { roles: ['secretariat'], does: 'correct a recorded fact' },
  // On behalf of one organisation: the use case also asks assertActsFor.
  'compacts.act-for-partner': { roles: ['secretariat', 'partner'], does: "record a partner's endorsement, signature or withdrawal" },
  'compacts.define-escalation-path': { roles: ['secretariat'], does: "define a compact's escalation path" },
  'compacts.read': { roles: ['secretariat', 'partner', 'regulator'], does: 'read compacts' },
  'compacts.history': { roles: ['secretariat', 'partner', 'regulator'], does: "read a compact's history" },
  // Disputes: the use case also asks assertMayActOnDispute (a partner only on its own disputes, a mediator only where appointed).
  'disputes.raise': { roles: ['secretariat', 'partner'], does: 'raise a dispute' },
  'disputes.respond': { roles: ['secretariat', 'partner'], does: 'respond to a dispute' },
  'disputes.appoint-mediator': { roles: ['secretariat'], does: 'appoint a mediator' },
  'disputes.escalate': { roles: ['secretariat', 'partner', 'mediator'], does: 'escalate a dispute' },
  'disputes.agree-independent-chair': { roles: ['secretariat', 'mediator'], does: 'record an agreed independent chair' },
  'disputes.resolve': { roles: ['secretariat', 'mediator'], does: 'resolve a dispute' },
  'disputes.withdraw': { roles: ['secretariat', 'partner'], does: 'withdraw a dispute' },
  'disputes.submit-evidence': { roles: ['secretariat', 'partner'], does: 'submit evidence to a dispute' },
  'disputes.read': { roles: ['secretariat', 'partner', 'mediator', 'regulator'], does: 'read disputes' },
  // Governance: the secretariat records boards, meetings and the joint programme from paper.
  'boards.manage': { roles: ['secretariat'], does: 'establish a board or adopt its terms of reference' },
  'boards.read': { roles: ['secretariat', 'partner', 'regulator'], does: 'read boards and their meetings' },
  // A mediator reads only the decisions about the disputes it mediates (the query filters them).
  'boards.read-decisions': { roles: ['secretariat', 'partner', 'mediator', 'regulator'], does: "read a board's decisions" },
  // A partner sees its own organisation's entries only (the query filters them).
  'boards.read-interests': { roles: ['secretariat', 'partner', 'regulator'], does: 'read the register of interests' },
  'meetings.record': { roles: ['secretariat'], does: 'record a meeting (its schedule, agenda, papers, attendance, decisions and minutes)' },
  // On behalf of one organisation: the use case also asks assertActsFor for the seat's organisation.
  'meetings.declare-interest': { roles: ['secretariat', 'partner'], does: 'declare an interest' },
  'programme.record': { roles: ['secretariat'], does: 'record the joint programme (commitments, targets and measures)' },
  'programme.read': { roles: ['secretariat', 'partner', 'regulator'], does: 'read the joint programme and its measures' },
  // Each reader sees the compacts it may: a partner its own, a mediator the escalation levels of its disputes.
  'deadlines.read': { roles: ['secretariat', 'partner', 'mediator', 'regulator'], does: 'read deadlines' },
  'admin.rebuild-projection': { roles: ['admin'], does: 'rebuild a read model' },
  'health.read': { roles: ['secretariat', 'partner', 'mediator', 'regulator', 'admin'], does: "read the ledger's health" },
} as const satisfies Record<string, { roles: readonly Role[]; does: string }>;

export type PolicyName = keyof typeof POLICIES;

export const POLICY_KEY = 'compact-ledger:policy';
export const PUBLIC_KEY = 'compact-ledger:public';

/** The policy that decides who may call this handler. */
export const Policy = (name: PolicyName) => SetMetadata(POLICY_KEY, name);

/** Answers without a token: health, the OpenAPI document, the ledger's public keys. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Why a role is refused a route, in words: "a partner may not resolve a dispute (only the secretariat or a mediator may)". */
export function roleRefusal(policy: PolicyName, role: string): string {
  const { roles, does } = POLICIES[policy];
  const who = roles.map((r) => (r === 'secretariat' ? 'the secretariat' : `${/^[aeiou]/.test(r) ? 'an' : 'a'} ${r}`));
  const allowed = who.length === 1 ? who[0] : `${who.slice(0, -1).join(', ')} or ${who[who.length - 1]}`;
  const article = role === 'secretariat' ? 'the' : /^[aeiou]/.test(role) ? 'an' : 'a';
  return `${article} ${role} may not ${does} (only ${allowed} may)`;
}

export function roleMay(policy: PolicyName, role: string): boolean {
  return (POLICIES[policy].roles as readonly string[]).includes(role);
}

/** Whether the actor may act on behalf of `organisation`: the secretariat for any, a partner for its own. */
export function mayActFor(actor: Actor, organisation: string): boolean {
  if (actor.role === 'secretariat') return true;
  return actor.role === 'partner' && actor.organisation !== null && actor.organisation === organisation;
}

/** Refuses (403) an actor acting for an organisation not its own. */
export function assertActsFor(actor: Actor, organisation: string): void {
  if (!mayActFor(actor, organisation))
    throw new ActionNotAllowedError(`${actor.name} acts for ${actor.organisation ?? 'no organisation'}, not for ${organisation}`);
}

/** Who a dispute concerns, as both its decider's state and its read model carry it. */
export interface DisputeParticipants {
  raisedBy: string;
  against: readonly string[];
  mediators: ReadonlyArray<{ subject: string }>;
}

const isParty = (dispute: DisputeParticipants, organisation: string) => dispute.raisedBy === organisation || dispute.against.includes(organisation);
const isMediator = (dispute: DisputeParticipants, subject: string) => dispute.mediators.some((m) => m.subject === subject);

/** Who may read a dispute: the secretariat and regulators every one, a mediator those appointed to, a partner its own organisation's. */
export function mayReadDispute(actor: Actor, dispute: DisputeParticipants): boolean {
  switch (actor.role) {
    case 'secretariat':
    case 'regulator':
      return true;
    case 'mediator':
      return isMediator(dispute, actor.subject);
    case 'partner':
      return actor.organisation !== null && isParty(dispute, actor.organisation);
    default:
      return false;
  }
}

/**
 * The organisation scope of a step on a dispute; which roles may take the step at all is
 * the route's policy. The secretariat records any step from paper; a mediator acts only
 * on a dispute it is appointed to; a partner only on its own organisation's disputes and
 * for its own organisation (`onBehalfOf`: the responding, escalating, withdrawing or
 * submitting party). Refuses with 403.
 */
export function assertMayActOnDispute(actor: Actor, dispute: DisputeParticipants, onBehalfOf: string | null): void {
  const refusal = disputeRefusal(actor, dispute, onBehalfOf);
  if (refusal !== null) throw new ActionNotAllowedError(refusal);
}

function disputeRefusal(actor: Actor, dispute: DisputeParticipants, onBehalfOf: string | null): string | null {
  switch (actor.role) {
    case 'secretariat':
      return null;
    case 'mediator':
      return isMediator(dispute, actor.subject) ? null : `${actor.name} is not appointed to this dispute`;
    case 'partner':
      if (actor.organisation === null || !isParty(dispute, actor.organisation)) {
        return `${actor.organisation ?? 'no organisation'} is not a party to this dispute`;
      }
      if (onBehalfOf === null) return `${actor.name} acts for ${actor.organisation}; only a mediator or the secretariat records this step for no party`;
      return onBehalfOf === actor.organisation ? null : `${actor.name} acts for ${actor.organisation}, not for ${onBehalfOf}`;
    default:
      return `a ${actor.role} may not act on a dispute`;
  }
}

/** The actor may not take this action. */
export class ActionNotAllowedError extends Error {
  override readonly name = 'ActionNotAllowedError';
}
