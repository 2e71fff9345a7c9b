import { type ReactNode, useEffect } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { ProblemError } from '../api/problem';

/** Sets the tab's title to the page's, so a person with many tabs (or a screen reader) knows where they are. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · compact-ledger` : 'compact-ledger';
  }, [title]);
}

/** A refusal or failure said plainly: what the API answered, and what the person can do. */
export function ProblemView({ error, what }: { error: unknown; what: string }) {
  if (error instanceof ProblemError) {
    const { problem } = error;
    const heading =
      problem.status === 403
        ? `Your role may not see ${what}`
        : problem.status === 404
          ? `No such ${what}`
          : problem.status === 401
            ? 'Your token was refused'
            : `${what} could not be read`;
    return (
      <div className="problem" role="alert">
        <h2>{heading}</h2>
        <p>
          The ledger answered {problem.status} {problem.title}: {problem.detail}
        </p>
        {problem.correlationId && (
          <p className="small">
            Correlation id (quote it when reporting a problem): <code>{problem.correlationId}</code>
          </p>
        )}
      </div>
    );
  }
  return (
    <div className="problem" role="alert">
      <h2>{what} could not be read</h2>
      <p>The ledger could not be reached: {(error as Error)?.message ?? String(error)}</p>
    </div>
  );
}

/** A query's data when it has arrived; a loading line or the problem otherwise. */
export function Loaded<T>({ query, what, children }: { query: UseQueryResult<T>; what: string; children: (data: T) => ReactNode }) {
  if (query.isPending)
    return (
      <p className="loading" role="status">
        Reading {what}…
      </p>
    );
  if (query.isError) return <ProblemView error={query.error} what={what} />;
  return <>{children(query.data)}</>;
}
