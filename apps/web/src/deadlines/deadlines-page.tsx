import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { answer, type Schemas } from '../api/client';
import { useSession } from '../auth/session';
import { useCompacts } from '../compacts/queries';
import { formatDay, plural, today } from '../format';
import { ChoiceFilter, DayFilter, Filters, useAddressChoices } from '../layout/filters';
import { Loaded, usePageTitle } from '../layout/page';

type Deadline = Schemas['DeadlineDto'];
type Kind = Deadline['kind'];
type Status = Deadline['status'];

const KINDS: Record<Kind, string> = {
  'agenda-items': 'Agenda items',
  papers: 'Papers',
  'draft-minutes': 'Draft minutes',
  'escalation-level': 'Escalation level',
  'commitment-target': 'Commitment target',
  refresh: 'Refresh of a compact',
};
const STATUSES: Record<Status, string> = { due: 'Due', overdue: 'Overdue' };
const isKind = (v: string | null): v is Kind => v !== null && Object.hasOwn(KINDS, v);
const isStatus = (v: string | null): v is Status => v !== null && Object.hasOwn(STATUSES, v);

/** Where a deadline is dealt with: its meeting, its dispute, its compact's programme, or the compact. */
function Where({ deadline }: { deadline: Deadline }) {
  if (deadline.meetingId)
    return <Link to={`/meetings/${deadline.meetingId}`}>the meeting{deadline.meetingDate ? ` of ${formatDay(deadline.meetingDate)}` : ''}</Link>;
  if (deadline.disputeId) return <Link to={`/disputes/${deadline.disputeId}`}>the dispute{deadline.level !== null ? `, level ${deadline.level}` : ''}</Link>;
  if (deadline.commitmentId) return <Link to={`/compacts/${deadline.compactId}/programme`}>the joint programme</Link>;
  return <Link to={`/compacts/${deadline.compactId}`}>the compact</Link>;
}

/**
 * What is due or overdue on a date across the compacts this person may see (a partner its own,
 * a mediator the escalation levels of its disputes): agenda items, papers, minutes, escalation
 * levels, commitment targets, refreshes; overdue first.
 */
export function DeadlinesPage() {
  usePageTitle('Deadlines');
  const { api, may } = useSession();
  const choices = useAddressChoices();
  const asOf = choices.get('asOf') || today();
  const kind = choices.get('kind');
  const status = choices.get('status');
  const compactId = choices.get('compact');
  const compacts = useCompacts(may('compacts.read'));
  const deadlines = useQuery({
    queryKey: ['deadlines', asOf, kind, status, compactId],
    queryFn: async () =>
      answer(
        await api.GET('/deadlines', {
          params: {
            query: {
              asOf,
              limit: 500,
              ...(isKind(kind) ? { kind } : {}),
              ...(isStatus(status) ? { status } : {}),
              ...(compactId ? { compactId } : {}),
            },
          },
        }),
      ),
  });
  const titleOf = (id: string) => compacts.data?.find((c) => c.compactId === id)?.title;
  return (
    <>
      <h1>Deadlines</h1>
      <Filters label="Deadlines on a date">
        <DayFilter id="deadlines-as-of" label="On" value={asOf} onChange={(v) => choices.set('asOf', v)} />
        <ChoiceFilter
          id="deadlines-kind"
          label="Kind"
          value={isKind(kind) ? kind : ''}
          any="Every kind"
          options={Object.entries(KINDS).map(([value, label]) => ({ value, label }))}
          onChange={(v) => choices.set('kind', v)}
        />
        <ChoiceFilter
          id="deadlines-status"
          label="Status"
          value={isStatus(status) ? status : ''}
          any="Due or overdue"
          options={Object.entries(STATUSES).map(([value, label]) => ({ value, label }))}
          onChange={(v) => choices.set('status', v)}
        />
        {may('compacts.read') && (
          <ChoiceFilter
            id="deadlines-compact"
            label="Compact"
            value={compactId ?? ''}
            any="Every compact"
            options={(compacts.data ?? []).map((c) => ({ value: c.compactId, label: c.covers }))}
            onChange={(v) => choices.set('compact', v)}
          />
        )}
      </Filters>
      <Loaded query={deadlines} what="the deadlines">
        {(list) => {
          const sorted = [...list].sort((a, b) => (a.status === b.status ? a.dueBy.localeCompare(b.dueBy) : a.status === 'overdue' ? -1 : 1));
          return sorted.length === 0 ? (
            <p>Nothing due or overdue on {formatDay(asOf)}.</p>
          ) : (
            <table className="data deadlines">
              <caption>
                On {formatDay(asOf)}: {plural(list.filter((d) => d.status === 'overdue').length, 'deadline')} overdue,{' '}
                {list.filter((d) => d.status === 'due').length} due
              </caption>
              <thead>
                <tr>
                  <th scope="col">What</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Due by</th>
                  <th scope="col">On {formatDay(asOf)}</th>
                  <th scope="col">Where</th>
                </tr>
              </thead>
              <tbody>
                {sorted.map((d) => (
                  <tr key={d.deadlineId} className={d.status} data-kind={d.kind}>
                    <th scope="row">
                      {d.what}
                      {titleOf(d.compactId) && <div className="small">{titleOf(d.compactId)}</div>}
                    </th>
                    <td>{KINDS[d.kind]}</td>
                    <td>{formatDay(d.dueBy)}</td>
                    <td>
                      {d.status === 'overdue' ? (
                        <span className="status status-overdue">overdue{d.daysOverdue !== null ? ` by ${plural(d.daysOverdue, 'day')}` : ''}</span>
                      ) : (
                        <span className="status status-open">due</span>
                      )}
                    </td>
                    <td>
                      <Where deadline={d} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          );
        }}
      </Loaded>
    </>
  );
}
