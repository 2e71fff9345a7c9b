import { Link, useParams } from 'react-router';
import { useSession } from '../auth/session';
import { CommandForm } from '../forms/command-form';
import { formatDay, words } from '../format';
import { DayFilter, Filters, useAddressChoices } from '../layout/filters';
import { Loaded, usePageTitle } from '../layout/page';
import { useMeetings } from '../meetings/queries';
import { BoardNav } from './board-nav';
import { useBoard } from './queries';
import { TermsOfReference } from './terms-of-reference';
import { TermsOfReferenceForm } from './terms-of-reference-form';

/** A board: its terms of reference in force on a date (and every version adopted), and its meetings; the secretariat may schedule one. */
export function BoardPage() {
  const { id = '' } = useParams();
  const { api, may } = useSession();
  const choices = useAddressChoices();
  const asOf = choices.get('asOf');
  const board = useBoard(id, asOf);
  const meetings = useMeetings(id);
  usePageTitle(board.data?.name ?? 'Board');
  return (
    <Loaded query={board} what="this board">
      {(b) => (
        <article className="board">
          <p className="breadcrumb no-print">
            <Link to="/boards">Boards</Link>
          </p>
          <h1>{b.name}</h1>
          <p className="lede">
            {b.purpose}. Under <Link to={`/compacts/${b.compactId}`}>{b.compactTitle}</Link>, established {formatDay(b.establishedOn)}.
          </p>
          <BoardNav boardId={b.boardId} />
          <section aria-labelledby="terms-h">
            <h2 id="terms-h">Terms of reference in force on {formatDay(b.asOf)}</h2>
            <Filters label="Terms of reference as of a date">
              <DayFilter id="terms-as-of" label="In force on" value={asOf ?? b.asOf} onChange={(v) => choices.set('asOf', v)} />
            </Filters>
            {b.termsInForce ? <TermsOfReference terms={b.termsInForce} /> : <p>No terms of reference in force on {formatDay(b.asOf)}.</p>}
            {b.termsOfReference.length > 1 && (
              <>
                <h3>Every version adopted</h3>
                <ul>
                  {b.termsOfReference.map((t) => (
                    <li key={t.version}>
                      Version {t.version}, from {formatDay(t.effectiveOn)}: {t.source}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {may('boards.manage') && (
              <div className="forms no-print">
                <TermsOfReferenceForm boardId={b.boardId} compactId={b.compactId} inForce={b.termsOfReference.at(-1) ?? null} />
              </div>
            )}
          </section>
          <section aria-labelledby="meetings-h">
            <h2 id="meetings-h">Meetings</h2>
            <Loaded query={meetings} what="the meetings">
              {(list) =>
                list.length === 0 ? (
                  <p>No meetings scheduled.</p>
                ) : (
                  <table className="data meetings">
                    <caption>{list.length === 1 ? 'One meeting' : `${list.length} meetings`}, oldest first</caption>
                    <thead>
                      <tr>
                        <th scope="col">Meeting</th>
                        <th scope="col">Date</th>
                        <th scope="col">Status</th>
                      </tr>
                    </thead>
                    <tbody>
                      {list.map((m) => (
                        <tr key={m.meetingId}>
                          <th scope="row">
                            <Link to={`/meetings/${m.meetingId}`}>{m.title}</Link>
                          </th>
                          <td>{formatDay(m.meetingDate)}</td>
                          <td>
                            <span className={`status status-meeting-${m.status}`}>{words(m.status)}</span>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )
              }
            </Loaded>
            {may('meetings.record') && (
              <CommandForm
                title="Schedule a meeting"
                submitLabel="Schedule the meeting"
                fields={[
                  { name: 'title', label: 'Title', required: true },
                  { name: 'meetingDate', label: 'Meeting date', kind: 'date', required: true },
                ]}
                ruleFields={{
                  'meeting-title-required': 'title',
                  'meeting-already-scheduled': 'meetingDate',
                  'board-has-no-terms-of-reference': 'meetingDate',
                  'compact-closed': 'meetingDate',
                  'invalid-date': 'meetingDate',
                }}
                send={(v) => api.POST('/meetings', { body: { boardId: b.boardId, title: v.text('title'), meetingDate: v.text('meetingDate') } })}
              />
            )}
          </section>
        </article>
      )}
    </Loaded>
  );
}
