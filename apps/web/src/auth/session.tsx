import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { createLedgerClient, type LedgerClient } from '../api/client';
import { type Claims, readClaims } from './claims';
import { type PolicyName, roleMay } from './permissions';

const STORAGE_KEY = 'compact-ledger.token';

export interface Session {
  token: string | null;
  claims: Claims | null;
  /** Why the last session ended, when the API refused its token. */
  endedBecause: string | null;
  signIn(token: string): Claims;
  signOut(reason?: string): void;
  api: LedgerClient;
  /** Whether the signed-in role may call a route: what to show, never the decision. */
  may(policy: PolicyName): boolean;
  /** Called with each command's global position: later reads wait for the read models to include it. */
  recorded(position: number): void;
}

const SessionContext = createContext<Session | null>(null);

/** What the API client reads on each request, outside React's rendering: the token, and the last position this tab recorded. */
class RequestState {
  private currentToken: string | null;
  private lastPosition = 0;

  constructor(token: string | null) {
    this.currentToken = token;
  }

  token(): string | null {
    return this.currentToken;
  }

  position(): number {
    return this.lastPosition;
  }

  useToken(token: string | null): void {
    this.currentToken = token;
  }

  recorded(position: number): void {
    this.lastPosition = Math.max(this.lastPosition, position);
  }
}

function storedToken(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/**
 * The signed-in person: the token kept in this tab's session storage (gone when the tab
 * closes), its claims, and the API client that sends it. A 401 from any read ends the
 * session and says why.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queries = useQueryClient();
  const [token, setToken] = useState<string | null>(() => {
    const stored = storedToken();
    if (!stored) return null;
    try {
      const claims = readClaims(stored);
      return claims.expiresAt !== null && claims.expiresAt <= Date.now() ? null : stored;
    } catch {
      return null;
    }
  });
  const [endedBecause, setEndedBecause] = useState<string | null>(null);
  const [{ requests, api }] = useState(() => {
    const state = new RequestState(token);
    return {
      requests: state,
      api: createLedgerClient(
        () => state.token(),
        () => state.position(),
      ),
    };
  });

  const signIn = useCallback(
    (text: string) => {
      const trimmed = text.trim().replace(/^Bearer\s+/i, '');
      const claims = readClaims(trimmed);
      if (claims.expiresAt !== null && claims.expiresAt <= Date.now())
        throw new Error(`This token expired at ${new Date(claims.expiresAt).toLocaleString('en-GB')}: make a new one.`);
      sessionStorage.setItem(STORAGE_KEY, trimmed);
      // At once, not on the next render: the sign-in page checks the token with the API straight away.
      requests.useToken(trimmed);
      queries.clear();
      setEndedBecause(null);
      setToken(trimmed);
      return claims;
    },
    [queries, requests],
  );

  const signOut = useCallback(
    (reason?: string) => {
      sessionStorage.removeItem(STORAGE_KEY);
      requests.useToken(null);
      queries.clear();
      setEndedBecause(reason ?? null);
      setToken(null);
    },
    [queries, requests],
  );

  const claims = useMemo(() => (token ? readClaims(token) : null), [token]);
  const session = useMemo<Session>(
    () => ({
      token,
      claims,
      endedBecause,
      signIn,
      signOut,
      api,
      may: (policy) => claims !== null && roleMay(claims.role, policy),
      recorded: (at) => requests.recorded(at),
    }),
    [token, claims, endedBecause, signIn, signOut, api, requests],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
