import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { answer } from '../api/client';
import { ProblemError } from '../api/problem';
import { usePageTitle } from '../layout/page';
import { roleMay } from './permissions';
import { useSession } from './session';

/**
 * Sign in with a bearer token. In embedded mode (the default) the ledger signs its own
 * tokens and the page says how to make one; with an identity provider
 * (LEDGER_AUTH_MODE=oidc) the person pastes the access token it issued. The token is
 * checked against the API before the page accepts it.
 */
export function SignInPage() {
  usePageTitle('Sign in');
  const session = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get('token') ?? '');
    setError(null);
    setChecking(true);
    try {
      if (text.trim() === '') throw new Error('Paste a token first.');
      const claims = session.signIn(text);
      try {
        // The API is the judge: a token it refuses is not kept. (An admin reads nothing here; its token is checked on its first command.)
        if (roleMay(claims.role, 'disputes.read')) answer(await session.api.GET('/disputes', { params: { query: { limit: 1 } } }));
      } catch (refusal) {
        session.signOut();
        throw new Error(refusal instanceof ProblemError ? `The ledger refused this token: ${refusal.problem.detail}` : (refusal as Error).message);
      }
      navigate(claims.role === 'mediator' ? '/disputes' : '/compacts');
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
      <p>
        The ledger knows who you are from a bearer token: your name, your role (secretariat, partner, mediator, regulator or admin) and, for a partner, your
        organisation. Every event you record names you.
      </p>
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
