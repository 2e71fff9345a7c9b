import { useQuery } from '@tanstack/react-query';
import { answer } from '../api/client';
import { useSession } from '../auth/session';

/** The API's largest page: a board's meetings, decisions and declarations fit in one for years of monthly meetings. */
export const WHOLE_LIST = 500;

export function useBoards(compactId: string | null) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['boards', compactId],
    queryFn: async () => answer(await api.GET('/boards', { params: { query: { limit: WHOLE_LIST, ...(compactId ? { compactId } : {}) } } })),
  });
}

export function useBoard(id: string, asOf: string | null, enabled = true) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['board', id, asOf],
    enabled,
    queryFn: async () => answer(await api.GET('/boards/{id}', { params: { path: { id }, query: asOf ? { asOf } : {} } })),
  });
}

export function useDecisionLog(id: string, range: { from: string | null; to: string | null }) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['decisions', id, range],
    queryFn: async () =>
      answer(
        await api.GET('/boards/{id}/decisions', {
          params: { path: { id }, query: { limit: WHOLE_LIST, ...(range.from ? { from: range.from } : {}), ...(range.to ? { to: range.to } : {}) } },
        }),
      ),
  });
}

export function useInterests(id: string, filter: { asOf: string | null; organisationId: string | null; person: string | null }) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['interests', id, filter],
    queryFn: async () =>
      answer(
        await api.GET('/boards/{id}/interests', {
          params: {
            path: { id },
            query: {
              limit: WHOLE_LIST,
              ...(filter.asOf ? { asOf: filter.asOf } : {}),
              ...(filter.organisationId ? { organisationId: filter.organisationId } : {}),
              ...(filter.person ? { person: filter.person } : {}),
            },
          },
        }),
      ),
  });
}

export function useAttendance(id: string, range: { from: string | null; to: string | null }) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['attendance', id, range],
    queryFn: async () =>
      answer(
        await api.GET('/boards/{id}/attendance', {
          params: { path: { id }, query: { ...(range.from ? { from: range.from } : {}), ...(range.to ? { to: range.to } : {}) } },
        }),
      ),
  });
}
