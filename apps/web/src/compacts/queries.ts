import { useQuery } from '@tanstack/react-query';
import { answer, type Schemas } from '../api/client';
import { useSession } from '../auth/session';
import { type AsOf, asOfQuery } from './as-of';

export type CompactStatus = Schemas['CompactSummaryDto']['status'];

/** Every status a compact can have on a date (a Record, so a status the API adds fails the build until it is listed here). */
const STATUSES: Record<CompactStatus, true> = {
  draft: true,
  'open-for-signature': true,
  'in-force': true,
  'refresh-overdue': true,
  expired: true,
  superseded: true,
  terminated: true,
};
export const COMPACT_STATUSES = Object.keys(STATUSES) as CompactStatus[];

/** The API's largest page of compacts. */
const WHOLE_LIST = 500;

/** Every compact (the first page, up to the API's largest): the choices a form offers (a successor, a filter). */
export function useCompacts(enabled = true) {
  const { api } = useSession();
  return useQuery({ queryKey: ['compacts'], enabled, queryFn: async () => answer(await api.GET('/compacts', { params: { query: { limit: WHOLE_LIST } } })) });
}

export interface CompactsPageQuery {
  on: string;
  status: CompactStatus | null;
  after: string | null;
  limit: number;
}

/** The cursor of the next page, from the answer's `Link: <...>; rel="next"`, or null on the last page. */
export function nextCursor(link: string | null): string | null {
  if (!link) return null;
  for (const part of link.split(',')) {
    const match = /<([^>]*)>\s*;\s*rel="?next"?/.exec(part.trim());
    if (match) return new URL(match[1], 'http://ledger.invalid').searchParams.get('after');
  }
  return null;
}

/** One page of the compacts, each with its status on a date, filtered by status in the API; and the cursor of the next page. */
export function useCompactsPage({ on, status, after, limit }: CompactsPageQuery) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['compacts-page', on, status, after, limit],
    queryFn: async () => {
      const result = await api.GET('/compacts', { params: { query: { on, limit, ...(status ? { status } : {}), ...(after ? { after } : {}) } } });
      return { compacts: answer(result), next: nextCursor(result.response.headers.get('link')) };
    },
  });
}

export const isCompactStatus = (value: unknown): value is CompactStatus => typeof value === 'string' && Object.hasOwn(STATUSES, value);

export function useCompact(id: string, asOf: AsOf) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['compact', id, asOf],
    queryFn: async () => answer(await api.GET('/compacts/{id}', { params: { path: { id }, query: asOfQuery(asOf) } })),
  });
}

export function useVersions(id: string, asOf: AsOf) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['versions', id, asOf],
    queryFn: async () => answer(await api.GET('/compacts/{id}/versions', { params: { path: { id }, query: asOfQuery(asOf) } })),
  });
}

export function useSignatures(id: string, asOf: AsOf) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['signatures', id, asOf],
    queryFn: async () => answer(await api.GET('/compacts/{id}/signatures', { params: { path: { id }, query: asOfQuery(asOf) } })),
  });
}

export function usePartners(id: string, asOf: AsOf) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['partners', id, asOf],
    queryFn: async () => answer(await api.GET('/compacts/{id}/partners', { params: { path: { id }, query: asOfQuery(asOf) } })),
  });
}

export function useEndorsementRequests(id: string, asOf: AsOf) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['endorsement-requests', id, asOf],
    queryFn: async () => answer(await api.GET('/compacts/{id}/endorsement-requests', { params: { path: { id }, query: asOfQuery(asOf) } })),
  });
}

export function useEndorsements(id: string, asOf: AsOf) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['endorsements', id, asOf],
    queryFn: async () => answer(await api.GET('/compacts/{id}/endorsements', { params: { path: { id }, query: asOfQuery(asOf) } })),
  });
}

/** The current escalation path, or null when the compact has none (the API answers 404). */
export function useEscalationPath(id: string) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['escalation-path', id],
    queryFn: async () => {
      const result = await api.GET('/compacts/{id}/escalation-path', { params: { path: { id } } });
      if (result.response.status === 404) return null;
      return answer(result);
    },
  });
}

export function useComparison(id: string, from: string | null, to: string | null, asOf: AsOf) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['diff', id, from, to, asOf],
    enabled: from !== null && to !== null,
    queryFn: async () => answer(await api.GET('/compacts/{id}/diff', { params: { path: { id }, query: { from: from!, to: to!, ...asOfQuery(asOf) } } })),
  });
}
