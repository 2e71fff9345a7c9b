import { Link, useParams } from 'react-router';
import type { Schemas } from '../api/client';
import { toCsv } from '../export/csv';
import { saveCsv } from '../export/download';
import { formatDay } from '../format';
import { DayFilter, Filters, useAddressChoices } from '../layout/filters';
import { Loaded, usePageTitle } from '../layout/page';
import { BoardNav } from './board-nav';
import { useAttendance, useBoard } from './queries';

type Report = Schemas['AttendanceReportDto'];

export function attendanceCsv(report: Report): string {
  return toCsv(report.seats, [
    ['seat_id', (s) => s.seatId],
    ['seat', (s) => s.title],
    ['voting', (s) => s.voting],
    ['meetings', (s) => s.meetings],
    ['lead_present', (s) => s.leadPresent],
    ['deputy_present', (s) => s.deputyPresent],
    ['attended', (s) => s.attended],
    ['apologies', (s) => s.apologies],
    ['absent', (s) => s.absent],
    ['from', () => report.from],
    ['to', () => report.to],
  ]);
}

const share = (part: number, of: number) => (of === 0 ? '' : `${Math.round((part / of) * 100)}%`);

/** Cumulative attendance per seat over a period, as the seed asks it reported: a deputy attending for the lead counts as the seat attending. */
export function AttendancePage() {
  const { id = '' } = useParams();
  const choices = useAddressChoices();
  const range = { from: choices.get('from'), to: choices.get('to') };
  const board = useBoard(id, null);
  const report = useAttendance(id, range);
  usePageTitle(`Attendance${board.data ? `: ${board.data.name}` : ''}`);
  return (
    <article className="attendance">
      <p className="breadcrumb no-print">
        <Link to="/boards">Boards</Link>
        {board.data && (
          <>
            {' '}
            › <Link to={`/boards/${id}`}>{board.data.name}</Link>
          </>
        )}
      </p>
      <h1>Attendance{board.data ? `: ${board.data.name}` : ''}</h1>
      <BoardNav boardId={id} />
      <Loaded query={report} what="the attendance">
        {(r) => (
          <>
            <Filters label="Attendance over a period">
              <DayFilter id="attendance-from" label="From" value={range.from ?? r.from} onChange={(v) => choices.set('from', v)} />
              <DayFilter id="attendance-to" label="To" value={range.to ?? r.to} onChange={(v) => choices.set('to', v)} />
            </Filters>
            <table className="data attendance">
              <caption>
                Attendance per seat at the {r.meetingsHeld === 1 ? 'one meeting' : `${r.meetingsHeld} meetings`} held from {formatDay(r.from)} to{' '}
                {formatDay(r.to)}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Seat</th>
                  <th scope="col">Meetings</th>
                  <th scope="col">Lead present</th>
                  <th scope="col">Deputy for the lead</th>
                  <th scope="col">Attended</th>
                  <th scope="col">Apologies</th>
                  <th scope="col">Absent</th>
                </tr>
              </thead>
              <tbody>
                {r.seats.map((s) => (
                  <tr key={s.seatId} data-seat={s.seatId}>
                    <th scope="row">
                      {s.title}
                      {!s.voting && <div className="small">in attendance, no vote</div>}
                    </th>
                    <td>{s.meetings}</td>
                    <td>{s.leadPresent}</td>
                    <td>{s.deputyPresent}</td>
                    <td>
                      {s.attended} <span className="small">({share(s.attended, s.meetings)})</span>
                    </td>
                    <td>{s.apologies}</td>
                    <td>{s.absent}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="no-print">
              <button type="button" className="secondary" onClick={() => saveCsv(`board-${r.boardId}-attendance-${r.from}-to-${r.to}.csv`, attendanceCsv(r))}>
                Download the attendance (CSV)
              </button>
            </p>
          </>
        )}
      </Loaded>
    </article>
  );
}
