import { createRemoteJWKSet, type JWTPayload, jwtVerify, SignJWT } from 'jose';
import { LRUCache } from 'lru-cache';
import type { Actor } from '@compact-ledger/event-store';
import { isRole, type Role } from './roles';
import { type SigningKey, TOKEN_ALGORITHM } from './signing-key';

export const LEDGER_AUDIENCE = 'compact-ledger';

/** The claims the ledger reads: who (sub, name), in which role, for which organisation. */
export interface LedgerClaims {
  sub: string;
  name: string;
  role: Role;
  org?: string | null;
}

/** The request carried no token, or one that does not verify. */
export class UnauthenticatedError extends Error {
  override readonly name = 'UnauthenticatedError';
}

export interface TokenVerifier {
  verify(token: string): Promise<Actor>;
}

export async function issueToken(key: SigningKey, claims: LedgerClaims, ttlSeconds = 8 * 3600): Promise<string> {
  return new SignJWT({ name: claims.name, role: claims.role, org: claims.org ?? null })
    .setProtectedHeader({ alg: TOKEN_ALGORITHM, kid: key.kid, typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer(key.issuer)
    .setAudience(LEDGER_AUDIENCE)
    .setIssuedAt()
    .setNotBefore('0s')
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(key.privateKey);
}

function actorFrom(payload: JWTPayload): Actor {
  const { sub, name, role, org } = payload as JWTPayload & { name?: unknown; role?: unknown; org?: unknown };
  // Every event records who acted: a subject of spaces would record no one.
  if (typeof sub !== 'string' || !/\S/.test(sub)) throw new UnauthenticatedError('the token has no subject');
  if (!isRole(role)) throw new UnauthenticatedError('the token names no ledger role');
  if (org !== undefined && org !== null && typeof org !== 'string') throw new UnauthenticatedError('the token has an invalid organisation');
  return { subject: sub, name: typeof name === 'string' && /\S/.test(name) ? name : sub, role, organisation: org ?? null };
}

interface VerifiedToken {
  actor: Actor;
  /** exp and nbf, in ms since the epoch. */
  expiresAt: number;
  notBefore: number;
}

async function verified(check: () => Promise<{ payload: JWTPayload }>): Promise<VerifiedToken> {
  try {
    const { payload } = await check();
    return { actor: actorFrom(payload), expiresAt: payload.exp! * 1000, notBefore: (payload.nbf ?? 0) * 1000 };
  } catch (error) {
    if (error instanceof UnauthenticatedError) throw error;
    // jose's message says what failed (expired, signature, issuer, ...) without echoing the token.
    throw new UnauthenticatedError(`the token was refused: ${(error as Error).message}`);
  }
}

/**
 * Remembers tokens that verified, until they expire: a client sends the same token
 * with every request, and checking its signature again each time was the largest
 * single cost of a request (an Ed25519 verification, about 0.1 ms). The token's
 * exact text is the key, so an edited token misses and is verified afresh; expiry
 * and not-before are checked on every use. Bounded, least recently used first out.
 */
function verifiedOnce(verify: (token: string) => Promise<VerifiedToken>, now: () => number = Date.now): TokenVerifier {
  const cache = new LRUCache<string, VerifiedToken>({ max: 10_000 });
  return {
    async verify(token) {
      let entry = cache.get(token);
      if (!entry) {
        entry = await verify(token);
        cache.set(token, entry);
      }
      const at = now();
      if (at >= entry.expiresAt) {
        cache.delete(token);
        throw new UnauthenticatedError('the token was refused: "exp" claim timestamp check failed');
      }
      if (at < entry.notBefore) throw new UnauthenticatedError('the token was refused: "nbf" claim timestamp check failed');
      return entry.actor;
    },
  };
}

/** Embedded mode: tokens this ledger signed with its own key. */
export function embeddedTokenVerifier(key: SigningKey): TokenVerifier {
  return verifiedOnce((token) =>
    verified(() =>
      jwtVerify(token, key.publicKey, { algorithms: [TOKEN_ALGORITHM], issuer: key.issuer, audience: LEDGER_AUDIENCE, requiredClaims: ['sub', 'exp'] }),
    ),
  );
}

/** OIDC mode: tokens from the organisation's identity provider (NHS CIS2, Entra ID, Keycloak), checked against its JWKS. */
export function oidcTokenVerifier(options: { issuer: string; audience: string; jwksUrl: string }): TokenVerifier {
  const jwks = createRemoteJWKSet(new URL(options.jwksUrl), { cooldownDuration: 30_000, timeoutDuration: 5_000 });
  return verifiedOnce((token) =>
    verified(() =>
      jwtVerify(token, jwks, {
        algorithms: ['RS256', 'PS256', 'ES256', 'EdDSA'],
        issuer: options.issuer,
        audience: options.audience,
        requiredClaims: ['sub', 'exp'],
      }),
    ),
  );
}
