import { useQuery } from '@tanstack/react-query';
import { answer } from '../api/client';
import { useSession } from '../auth/session';

export function useProgramme(compactId: string, filter: { asOf: string | null; overdue: boolean }) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['programme', compactId, filter],
    queryFn: async () =>
      answer(
        await api.GET('/compacts/{id}/commitments', {
          params: {
            path: { id: compactId },
            query: { ...(filter.asOf ? { asOf: filter.asOf } : {}), ...(filter.overdue ? { overdue: 'true' as const } : {}) },
          },
        }),
      ),
  });
}

export function useMeasures(compactId: string) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['measures', compactId],
    queryFn: async () => answer(await api.GET('/compacts/{id}/measures', { params: { path: { id: compactId } } })),
  });
}

export function useQuarterlyReport(compactId: string, quarter: string | null) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['quarterly-report', compactId, quarter],
    enabled: quarter !== null,
    queryFn: async () => {
      const report = answer(
        await api.GET('/compacts/{id}/measures/report', { params: { path: { id: compactId }, query: { quarter: quarter ?? '', format: 'json' } } }),
      );
      // The route answers JSON or CSV; asked for JSON, a string is not the report.
      if (typeof report === 'string') throw new Error('the quarterly report came as text, not as JSON');
      return report;
    },
  });
}
