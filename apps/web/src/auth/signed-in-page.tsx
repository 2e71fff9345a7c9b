import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { usePageTitle } from '../layout/page';
import { finishProviderSignIn } from './provider-sign-in';
import { acceptToken, firstPage } from './sign-in-page';
import { useSession } from './session';

/**
 * Where the identity provider sends the person back (the redirect URI, /app/signed-in):
 * finishes the exchange, keeps the access token as the bearer token once the API accepts
 * it, and goes on to the person's first page; any failure goes back to the sign-in
 * page, which says what happened.
 */
export function SignedInPage() {
  usePageTitle('Signing in');
  const session = useSession();
  const navigate = useNavigate();
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    finishProviderSignIn(new URL(window.location.href))
      .then((token) => acceptToken(session, token))
      .then((claims) => navigate(firstPage(claims), { replace: true }))
      .catch((failure: unknown) => navigate('/sign-in', { replace: true, state: { providerError: (failure as Error).message } }));
  }, [session, navigate]);

  return (
    <div className="narrow">
      <h1>Signing in</h1>
      <p role="status">Finishing the sign-in with your identity provider…</p>
    </div>
  );
}
