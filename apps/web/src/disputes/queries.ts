import { useQuery } from '@tanstack/react-query';
import { answer } from '../api/client';
import { useSession } from '../auth/session';

export type DisputeStatus = 'open' | 'resolved' | 'withdrawn';

export function useDisputes(filter: { compactId?: string; status?: DisputeStatus }) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['disputes', filter],
    queryFn: async () => answer(await api.GET('/disputes', { params: { query: { ...filter, limit: 500 } } })),
  });
}

export function useDispute(id: string) {
  const { api } = useSession();
  return useQuery({ queryKey: ['dispute', id], queryFn: async () => answer(await api.GET('/disputes/{id}', { params: { path: { id } } })) });
}

export function useEscalationAudit(id: string) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['escalation-audit', id],
    queryFn: async () => answer(await api.GET('/disputes/{id}/escalation-audit', { params: { path: { id } } })),
  });
}

export function useReplay(id: string) {
  const { api } = useSession();
  return useQuery({ queryKey: ['replay', id], queryFn: async () => answer(await api.GET('/disputes/{id}/replay', { params: { path: { id } } })) });
}
