import { useQueries, useQuery } from '@tanstack/react-query';
import { answer } from '../api/client';
import { useSession } from '../auth/session';
import { WHOLE_LIST } from '../boards/queries';

export function useMeetings(boardId: string, enabled = true) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['meetings', boardId],
    enabled,
    queryFn: async () => answer(await api.GET('/meetings', { params: { query: { boardId, limit: WHOLE_LIST } } })),
  });
}

export function useMeeting(id: string) {
  const { api } = useSession();
  return useQuery({ queryKey: ['meeting', id], queryFn: async () => answer(await api.GET('/meetings/{id}', { params: { path: { id } } })) });
}

/** Several meetings at once (a board's decision log reads its held meetings' agendas). */
export function useMeetingsById(ids: readonly string[]) {
  const { api } = useSession();
  return useQueries({
    queries: ids.map((id) => ({ queryKey: ['meeting', id], queryFn: async () => answer(await api.GET('/meetings/{id}', { params: { path: { id } } })) })),
  });
}
