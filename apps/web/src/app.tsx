import { type ReactNode, useEffect, useState } from 'react';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { ProblemError } from './api/problem';
import { SessionProvider, useSession } from './auth/session';
import { SignInPage } from './auth/sign-in-page';
import { SignedInPage } from './auth/signed-in-page';
import { CompactPage } from './compacts/compact-page';
import { CompactsPage } from './compacts/compacts-page';
import { DisputePage } from './disputes/dispute-page';
import { DisputesPage } from './disputes/disputes-page';
import { VerifyPage } from './evidence/verify-page';
import { AttendancePage } from './boards/attendance-page';
import { BoardPage } from './boards/board-page';
import { BoardsPage } from './boards/boards-page';
import { DecisionLogPage } from './boards/decision-log-page';
import { InterestsPage } from './boards/interests-page';
import { DeadlinesPage } from './deadlines/deadlines-page';
import { Layout } from './layout/layout';
import { MeetingPage } from './meetings/meeting-page';
import { MeasuresPage } from './programme/measures-page';
import { ProgrammePage } from './programme/programme-page';

/** Said when the API answers 401 to a read: the session ends and the sign-in page says why. */
const UNAUTHORIZED = 'compact-ledger:unauthorized';

function makeQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (error instanceof ProblemError && error.status === 401) window.dispatchEvent(new CustomEvent(UNAUTHORIZED, { detail: error.problem.detail }));
      },
    }),
    defaultOptions: {
      queries: {
        // A refusal (4xx) is an answer, not a failure to try again.
        retry: (count, error) => !(error instanceof ProblemError && error.status < 500) && count < 2,
        refetchOnWindowFocus: false,
        staleTime: 10_000,
      },
    },
  });
}

function EndOnUnauthorized() {
  const { signOut } = useSession();
  useEffect(() => {
    const listener = (event: Event) => signOut(`The ledger refused your token: ${(event as CustomEvent<string>).detail}. Sign in again.`);
    window.addEventListener(UNAUTHORIZED, listener);
    return () => window.removeEventListener(UNAUTHORIZED, listener);
  }, [signOut]);
  return null;
}

/** A page that needs a signed-in person: anyone else is sent to sign in. */
function SignedIn({ children }: { children: ReactNode }) {
  const { claims } = useSession();
  const location = useLocation();
  if (!claims) return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
  return <>{children}</>;
}

function Home() {
  const { claims } = useSession();
  if (!claims) return <Navigate to="/sign-in" replace />;
  return <Navigate to={claims.role === 'mediator' ? '/disputes' : '/compacts'} replace />;
}

/** Moves focus to the page's main region after each navigation, so a screen reader starts reading the new page. */
function FocusOnNavigate() {
  const location = useLocation();
  useEffect(() => {
    if (location.hash) return;
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [location.pathname, location.hash]);
  return null;
}

/**
 * The web app's pages, under /app/ (the API serves them: apps/api/src/http/web-app.ts).
 * To add a page: a component in its capability's folder, a route below, and a link
 * in layout/layout.tsx shown to the roles that may read it (auth/permissions.ts).
 */
export function App() {
  const [queries] = useState(makeQueryClient);
  return (
    <QueryClientProvider client={queries}>
      <SessionProvider>
        <BrowserRouter basename="/app">
          <EndOnUnauthorized />
          <FocusOnNavigate />
          <Layout>
            <Routes>
              <Route path="/" element={<Home />} />
              <Route path="/sign-in" element={<SignInPage />} />
              <Route path="/signed-in" element={<SignedInPage />} />
              <Route
                path="/compacts"
                element={
                  <SignedIn>
                    <CompactsPage />
                  </SignedIn>
                }
              />
              <Route
                path="/compacts/:id"
                element={
                  <SignedIn>
                    <CompactPage />
                  </SignedIn>
                }
              />
              <Route
                path="/disputes"
                element={
                  <SignedIn>
                    <DisputesPage />
                  </SignedIn>
                }
              />
              <Route
                path="/disputes/:id"
                element={
                  <SignedIn>
                    <DisputePage />
                  </SignedIn>
                }
              />
              <Route path="/verify" element={<VerifyPage />} />
              <Route
                path="/compacts/:id/programme"
                element={
                  <SignedIn>
                    <ProgrammePage />
                  </SignedIn>
                }
              />
              <Route
                path="/compacts/:id/measures"
                element={
                  <SignedIn>
                    <MeasuresPage />
                  </SignedIn>
                }
              />
              <Route
                path="/boards"
                element={
                  <SignedIn>
                    <BoardsPage />
                  </SignedIn>
                }
              />
              <Route
                path="/boards/:id"
                element={
                  <SignedIn>
                    <BoardPage />
                  </SignedIn>
                }
              />
              <Route
                path="/boards/:id/decisions"
                element={
                  <SignedIn>
                    <DecisionLogPage />
                  </SignedIn>
                }
              />
              <Route
                path="/boards/:id/interests"
                element={
                  <SignedIn>
                    <InterestsPage />
                  </SignedIn>
                }
              />
              <Route
                path="/boards/:id/attendance"
                element={
                  <SignedIn>
                    <AttendancePage />
                  </SignedIn>
                }
              />
              <Route
                path="/meetings/:id"
                element={
                  <SignedIn>
                    <MeetingPage />
                  </SignedIn>
                }
              />
              <Route
                path="/deadlines"
                element={
                  <SignedIn>
                    <DeadlinesPage />
                  </SignedIn>
                }
              />
              <Route path="*" element={<NotFound />} />
            </Routes>
          </Layout>
        </BrowserRouter>
      </SessionProvider>
    </QueryClientProvider>
  );
}

function NotFound() {
  return (
    <>
      <h1>No such page</h1>
      <p>
        This address is not a page of the web interface. Start from the <a href="/app/">home page</a>.
      </p>
    </>
  );
}
