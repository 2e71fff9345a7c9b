import { useQueries } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { answer, type Schemas } from '../api/client';
import { useSession } from '../auth/session';
import { PaperDateText } from '../dates/paper-date-view';
import { CommandForm } from '../forms/command-form';
import { formatDay, plural, today, words } from '../format';
import { Loaded, ProblemView, usePageTitle } from '../layout/page';
import { COMPACT_STATUSES, isCompactStatus, useCompactsPage } from './queries';
import { StatusBadge, termSummary } from './term';

const PAGE_SIZES = [10, 20, 50];
const DEFAULT_PAGE_SIZE = 20;

/** The page size in the address (?perPage=), within what the API gives in one page. */
function pageSize(value: string | null): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 500 ? n : DEFAULT_PAGE_SIZE;
}

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
 * The compacts a page at a time (the API's pages: ?limit=, ?after=, and its Link to the next),
 * each with its status on a chosen date, its term, and how many partners had signed its current
 * version; filtered by status in the API, and within the page by words in the title or area and
 * to those still awaiting signatures. Every choice is in the address.
 */
export function CompactsPage() {
  usePageTitle('Compacts');
  const { api, may } = useSession();
  const [search, setSearch] = useSearchParams();
  const on = search.get('on') || today();
  const chosenStatus = search.get('status');
  const status = isCompactStatus(chosenStatus) ? chosenStatus : null;
  const words_ = (search.get('q') ?? '').trim().toLowerCase();
  const awaiting = search.get('awaiting') === '1';
  const after = search.get('after');
  const perPage = pageSize(search.get('perPage'));
  const page = useCompactsPage({ on, status, after, limit: perPage });
  const listed = page.data?.compacts ?? [];
  const details = useQueries({
    queries: listed.map((summary) => ({
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

  const update = (name: string, value: string) =>
    setSearch(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        // A filter that the API applies starts again from the first page.
        if (['on', 'status', 'perPage'].includes(name)) next.delete('after');
        return next;
      },
      { replace: true },
    );
  const pageLink = (cursor: string | null) => {
    const next = new URLSearchParams(search);
    if (cursor) next.set('after', cursor);
    else next.delete('after');
    return `?${next.toString()}`;
  };

  const rows: Row[] = listed.map((summary, i) => ({ summary, ...details[i]?.data, error: details[i]?.error ?? undefined }));
  const shown = rows.filter((row) => {
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
          <select id="status" value={status ?? ''} onChange={(e) => update('status', e.target.value)}>
            <option value="">Any status</option>
            {COMPACT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {words(s)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="per-page">Per page</label>
          <select id="per-page" value={String(perPage)} onChange={(e) => update('perPage', e.target.value)}>
            {[...new Set([...PAGE_SIZES, perPage])]
              .sort((a, b) => a - b)
              .map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="q">Title or area contains (this page)</label>
          <input id="q" type="search" value={search.get('q') ?? ''} onChange={(e) => update('q', e.target.value)} />
        </div>
        <div className="field check-field">
          <label className="check">
            <input type="checkbox" checked={awaiting} onChange={(e) => update('awaiting', e.target.checked ? '1' : '')} /> Only those awaiting signatures (this
            page)
          </label>
        </div>
      </form>
      <Loaded query={page} what="the compacts">
        {({ next }) => (
          <>
            <table className="data compacts">
              <caption>
                {shown.length === rows.length ? plural(rows.length, 'compact') : `${shown.length} of the ${plural(rows.length, 'compact')}`} on this page
                {status ? `, ${words(status)}` : ''}, with their status on {formatDay(on)}
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
                            {row.view.currentVersion.label}{' '}
                            <span className="small">
                              (<PaperDateText date={row.view.currentVersion.dated} brief />)
                            </span>
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
            <nav className="pages" aria-label="Pages of compacts">
              {after && <Link to={pageLink(null)}>First page</Link>}
              {next ? <Link to={pageLink(next)}>Next page</Link> : <span className="small">{after ? 'Last page' : 'Every compact is on this page'}</span>}
            </nav>
          </>
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
