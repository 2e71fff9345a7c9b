import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { useSession } from '../auth/session';
import { words } from '../format';

/** Every page: a skip link, the header with what this role may open and who is signed in, then the page. */
export function Layout({ children }: { children: ReactNode }) {
  const { claims, may, signOut } = useSession();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the page
      </a>
      <header className="site-header">
        <div className="brand">
          <NavLink to="/">compact-ledger</NavLink>
        </div>
        {claims && (
          <nav aria-label="Main">
            <ul>
              {may('compacts.read') && (
                <li>
                  <NavLink to="/compacts">Compacts</NavLink>
                </li>
              )}
              {may('boards.read') && (
                <li>
                  <NavLink to="/boards">Boards</NavLink>
                </li>
              )}
              {may('deadlines.read') && (
                <li>
                  <NavLink to="/deadlines">Deadlines</NavLink>
                </li>
              )}
              {may('disputes.read') && (
                <li>
                  <NavLink to="/disputes">Disputes</NavLink>
                </li>
              )}
              <li>
                <NavLink to="/verify">Check a pack</NavLink>
              </li>
              <li>
                <a href="/docs">API</a>
              </li>
            </ul>
          </nav>
        )}
        {claims && (
          <div className="who">
            <span>
              Signed in as <strong>{claims.name}</strong>, {words(claims.role)}
              {claims.organisation && <> of {claims.organisation}</>}
            </span>{' '}
            <button type="button" className="link-button" onClick={() => signOut()}>
              Sign out
            </button>
          </div>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
