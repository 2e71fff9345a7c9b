import { decodeJwt } from 'jose';
import { isRole, type Role } from './permissions';

/** Who a token says its bearer is: what the API will record as the actor. */
export interface Claims {
  subject: string;
  name: string;
  role: Role;
  organisation: string | null;
  /** ms since the epoch, or null when the token has no expiry */
  expiresAt: number | null;
}

/**
 * Reads a bearer token's claims, without verifying its signature: the page needs to
 * know what to show, and the API verifies the token on every request. Throws a
 * sentence a person can act on when the text is not a ledger token.
 */
export function readClaims(token: string): Claims {
  let payload: Record<string, unknown>;
  try {
    payload = decodeJwt(token);
  } catch {
    throw new Error('This is not a token: a token is three parts of letters and digits joined by dots (eyJ...).');
  }
  const { sub, name, role, org, exp } = payload;
  if (typeof sub !== 'string' || sub.trim() === '') throw new Error('The token names no subject (sub).');
  if (!isRole(role)) throw new Error(`The token names no ledger role: it should be one of secretariat, partner, mediator, regulator, admin.`);
  return {
    subject: sub,
    name: typeof name === 'string' && name.trim() !== '' ? name : sub,
    role,
    organisation: typeof org === 'string' ? org : null,
    expiresAt: typeof exp === 'number' ? exp * 1000 : null,
  };
}
