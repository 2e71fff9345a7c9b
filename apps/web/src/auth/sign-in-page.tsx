import { type FormEvent, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router';
import { answer } from '../api/client';
import { ProblemError } from '../api/problem';
import { usePageTitle } from '../layout/page';
import type { Claims } from './claims';
import { roleMay } from './permissions';
import { startProviderSignIn } from './provider-sign-in';
import { type Session, useSession } from './session';

/** Where a signed-in person starts. */
export function firstPage(claims: Claims): string {
  return claims.role === 'mediator' ? '/disputes' : '/compacts';
}

/** Keeps a token only once the API accepts it (the API is the judge): pasted, or issued by the identity provider. */
export async function acceptToken(session: Session, text: string): Promise<Claims> {
  const claims = session.signIn(text);
  try {
    // An admin reads nothing here; its token is checked on its first command.
    if (roleMay(claims.role, 'disputes.read')) answer(await session.api.GET('/disputes', { params: { query: { limit: 1 } } }));
  } catch (refusal) {
    session.signOut();
    throw new Error(refusal instanceof ProblemError ? `The ledger refused this token: ${refusal.problem.detail}` : (refusal as Error).message);
  }
  return claims;
}

/**
 * Sign in. With an identity provider (LEDGER_AUTH_MODE=oidc) and the web app's client
 * id configured (OIDC_WEB_CLIENT_ID), a button starts the provider's own sign-in
 * (authorisation code with PKCE: auth/provider-sign-in.ts). In either mode a person
 * may paste a bearer token: in embedded mode (the default) the ledger signs its own
 * tokens and the page says how to make one. A token is checked against the API
 * before the page accepts it.
 */
export function SignInPage() {
  usePageTitle('Sign in');
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const [providerError, setProviderError] = useState<string | null>(() => (location.state as { providerError?: string } | null)?.providerError ?? null);
  const options = useQuery({ queryKey: ['sign-in-options'], queryFn: async () => answer(await session.api.GET('/auth/sign-in')), staleTime: Infinity });
  const provider = options.data?.mode === 'oidc' && options.data.issuer && options.data.clientId ? { issuer: options.data.issuer, clientId: options.data.clientId } : null;

  async function signInWithProvider() {
    if (!provider) return;
    setProviderError(null);
    setLeaving(true);
    try {
      await startProviderSignIn(provider);
    } catch (failure) {
      setProviderError(`The identity provider could not be reached: ${(failure as Error).message}`);
      setLeaving(false);
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get('token') ?? '');
    setError(null);
    setChecking(true);
    try {
      if (text.trim() === '') throw new Error('Paste a token first.');
      navigate(firstPage(await acceptToken(session, text)));
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setChecking(false);
    }
  }

  return (
    <div className="narrow">
      <h1>Sign in</h1>
      {session.endedBecause && (
        <p className="problem" role="alert">
          {session.endedBecause}
        </p>
      )}
      {providerError && (
        <p className="problem" role="alert">
          {providerError}
        </p>
      )}
      <p>
        The ledger knows who you are from a bearer token: your name, your role (secretariat, partner, mediator, regulator or admin) and, for a partner, your
        organisation. Every event you record names you.
      </p>
      {provider && (
        <>
          <h2>With your organisation&rsquo;s account</h2>
          <p>You sign in at your identity provider, which sends you back here.</p>
          <button type="button" onClick={signInWithProvider} disabled={leaving}>
            {leaving ? 'Going to the identity provider…' : `Sign in with ${new URL(provider.issuer).host}`}
          </button>
          <h2>Or with a token</h2>
        </>
      )}
      <form onSubmit={submit} noValidate>
        <div className={`field${error ? ' invalid' : ''}`}>
          <label htmlFor="token">Token</label>
          <p className="hint" id="token-hint">
            Paste the whole token (it starts <code>eyJ</code>). It stays in this tab only, and is forgotten when the tab closes.
          </p>
          {error && (
            <p className="field-error" id="token-error" role="alert">
              {error}
            </p>
          )}
          <textarea
            id="token"
            name="token"
            rows={5}
            spellCheck={false}
            autoComplete="off"
            aria-describedby={`token-hint${error ? ' token-error' : ''}`}
            aria-invalid={error ? true : undefined}
          />
        </div>
        <button type="submit" disabled={checking}>
          {checking ? 'Checking…' : 'Sign in'}
        </button>
      </form>
      <h2>Making a token</h2>
      <p>On the machine where the ledger runs, in its folder, with the same data directory the ledger uses:</p>
      <pre>
        <code>npx compact-ledger token --sub you --name "Your Name" --role regulator</code>
      </pre>
      <p>
        A partner acts for one organisation: add <code>--org</code> with its id, such as <code>--role partner --org kent-county-council</code>. A mediator is
        shown only the disputes it is appointed to, by its <code>--sub</code>. If the ledger runs with <code>LEDGER_DATA_DIR</code> set, give the same folder
        with <code>--data-dir</code>. Tokens last eight hours (<code>--ttl</code> in seconds).
      </p>
      <p>
        When the ledger uses your organisation&rsquo;s identity provider (<code>LEDGER_AUTH_MODE=oidc</code>), paste the access token it gave you.
      </p>
    </div>
  );
}
