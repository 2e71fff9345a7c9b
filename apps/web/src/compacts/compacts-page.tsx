import { useQueries } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { answer, type Schemas } from '../api/client';
import { useSession } from '../auth/session';
import { CommandForm } from '../forms/command-form';
import { formatDay, today, words } from '../format';
import { Loaded, ProblemView, usePageTitle } from '../layout/page';
import { COMPACT_STATUSES, useCompacts } from './queries';
import { StatusBadge, termSummary } from './term';

interface Row {
  summary: Schemas['CompactSummaryDto'];
  view?: Schemas['CompactViewDto'];
  register?: Schemas['RegisterRowDto'][];
  error?: unknown;
}

/** How many partners had signed the current version on the date, of how many the register holds for it. */
function signedCount(row: Row): { signed: number; of: number } | null {
  const label = row.view?.currentVersion?.label;
  if (!label || !row.register) return null;
  const slots = row.register.filter((r) => r.versionLabel === label);
  return { signed: slots.filter((r) => r.status === 'signed').length, of: slots.length };
}

/**
 * The compacts, each with its status on a chosen date, its term, and how many partners
 * had signed its current version; filtered by status, by words in the title or area,
 * and to those still awaiting signatures. Every choice is in the address.
 */
export function CompactsPage() {
  usePageTitle('Compacts');
  const { api, may } = useSession();
  const [search, setSearch] = useSearchParams();
  const on = search.get('on') || today();
  const status = search.get('status') ?? '';
  const words_ = (search.get('q') ?? '').trim().toLowerCase();
  const awaiting = search.get('awaiting') === '1';
  const compacts = useCompacts();
  const details = useQueries({
    queries: (compacts.data ?? []).map((summary) => ({
      queryKey: ['compact-on', summary.compactId, on],
      queryFn: async () => {
        const query = { asOf: on, axis: 'effective' as const };
        const [view, register] = await Promise.all([
          api.GET('/compacts/{id}', { params: { path: { id: summary.compactId }, query } }).then(answer),
          api.GET('/compacts/{id}/signatures', { params: { path: { id: summary.compactId }, query } }).then(answer),
        ]);
        return { view, register };
      },
    })),
  });

  const update = (name: string, value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set(name, value);
    else next.delete(name);
    setSearch(next, { replace: true });
  };

  const rows: Row[] = (compacts.data ?? []).map((summary, i) => ({ summary, ...details[i]?.data, error: details[i]?.error ?? undefined }));
  const shown = rows.filter((row) => {
    if (status && row.view?.status !== status) return false;
    if (words_ && !`${row.summary.title} ${row.summary.covers}`.toLowerCase().includes(words_)) return false;
    if (awaiting) {
      const count = signedCount(row);
      if (!count || count.signed >= count.of) return false;
    }
    return true;
  });

  return (
    <>
      <h1>Compacts</h1>
      <form className="filters" role="search" aria-label="Filter the compacts" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="on">Status on</label>
          <input id="on" type="date" value={on} onChange={(e) => update('on', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="status">Status</label>
          <select id="status" value={status} onChange={(e) => update('status', e.target.value)}>
            <option value="">Any status</option>
            {COMPACT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {words(s)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="q">Title or area contains</label>
          <input id="q" type="search" value={search.get('q') ?? ''} onChange={(e) => update('q', e.target.value)} />
        </div>
        <div className="field check-field">
          <label className="check">
            <input type="checkbox" checked={awaiting} onChange={(e) => update('awaiting', e.target.checked ? '1' : '')} /> Only those awaiting signatures
          </label>
        </div>
      </form>
      <Loaded query={compacts} what="the compacts">
        {() => (
          <table className="data compacts">
            <caption>
              {shown.length} of {rows.length} compacts, with their status on {formatDay(on)}
            </caption>
            <thead>
              <tr>
                <th scope="col">Compact</th>
                <th scope="col">Status on {formatDay(on)}</th>
                <th scope="col">Term</th>
                <th scope="col">Current version</th>
                <th scope="col">Signed the current version</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => {
                const count = signedCount(row);
                return (
                  <tr key={row.summary.compactId}>
                    <th scope="row">
                      <Link to={`/compacts/${row.summary.compactId}`}>{row.summary.title}</Link>
                      <div className="small">{row.summary.covers}</div>
                    </th>
                    <td>{row.error ? <ProblemView error={row.error} what="this compact" /> : row.view ? <StatusBadge status={row.view.status} /> : '…'}</td>
                    <td>{row.view ? termSummary(row.view.term) : ''}</td>
                    <td>
                      {row.view?.currentVersion ? (
                        <>
                          {row.view.currentVersion.label} <span className="small">({formatDay(row.view.currentVersion.dated)})</span>
                        </>
                      ) : row.view ? (
                        'None yet'
                      ) : (
                        ''
                      )}
                    </td>
                    <td>{count ? (count.of === 0 ? 'No partners yet' : `${count.signed} of ${count.of} partners`) : row.view ? '—' : ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </Loaded>
      {may('compacts.draft') && (
        <CommandForm
          title="Draft a compact"
          submitLabel="Draft the compact"
          fields={[
            { name: 'title', label: 'Title', required: true },
            { name: 'covers', label: 'Area it covers', required: true, hint: 'South Kent Coast, Shropshire, Telford and Wrekin' },
            { name: 'description', label: 'Description', kind: 'textarea' },
          ]}
          send={(v) => api.POST('/compacts', { body: { title: v.text('title'), covers: v.text('covers'), description: v.optional('description') } })}
        />
      )}
    </>
  );
}
