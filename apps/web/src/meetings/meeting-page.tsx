import { Link, useParams } from 'react-router';
import type { Schemas } from '../api/client';
import { useSession } from '../auth/session';
import { ATTENDANCE, HANDLING, MEETING_STATUS, NATURES, outcomeText, pounds, quorumText, seatTitle, valueText } from '../boards/words';
import { formatDay, plural } from '../format';
import { Loaded, usePageTitle } from '../layout/page';
import { undecidedItems } from './item-quorum';
import { MeetingForms } from './meeting-forms';
import { useMeeting, useMeetings } from './queries';

type Meeting = Schemas['MeetingDto'];

function Late({ late, what }: { late: boolean; what: string }) {
  return late ? <strong className="late">late: {what}</strong> : null;
}

function Agenda({ meeting }: { meeting: Meeting }) {
  const title = (seatId: string) => seatTitle(meeting.seats, seatId);
  if (meeting.agenda.length === 0) return <p>No agenda items.</p>;
  return (
    <table className="data agenda">
      <caption>
        Agenda: items due by {formatDay(meeting.deadlines.agendaItemsBy)}, papers by {formatDay(meeting.deadlines.papersBy)} (working days before the meeting)
      </caption>
      <thead>
        <tr>
          <th scope="col">Item</th>
          <th scope="col">Title</th>
          <th scope="col">Proposed by</th>
          <th scope="col">Received</th>
          <th scope="col">Papers</th>
        </tr>
      </thead>
      <tbody>
        {meeting.agenda.map((a) => (
          <tr key={a.item} data-item={a.item} className={a.late ? 'late-item' : undefined}>
            <th scope="row">{a.item}</th>
            <td>{a.title}</td>
            <td>{a.proposedBy ? title(a.proposedBy) : 'The Chair'}</td>
            <td>
              {formatDay(a.receivedOn)}, {plural(a.workingDaysBefore, 'working day')} before (due by {formatDay(a.dueBy)}){' '}
              <Late late={a.late} what="taken by exception" />
            </td>
            <td>
              {a.papers.length === 0 ? (
                <span className="none">none</span>
              ) : (
                <ul>
                  {a.papers.map((p) => (
                    <li key={p.title}>
                      {p.title}: circulated {formatDay(p.circulatedOn)}, {plural(p.workingDaysBefore, 'working day')} before (due by {formatDay(p.dueBy)}){' '}
                      <Late late={p.late} what="after the notice period" />
                    </li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Attendance({ meeting }: { meeting: Meeting }) {
  if (meeting.attendance === null) return <p>Attendance is recorded once the meeting is held.</p>;
  return (
    <>
      {meeting.quorum && <p className={meeting.quorum.quorate ? 'quorate' : 'inquorate'}>Quorum of the meeting: {quorumText(meeting.quorum)}.</p>}
      <table className="data meeting-attendance">
        <caption>Attendance by seat</caption>
        <thead>
          <tr>
            <th scope="col">Seat</th>
            <th scope="col">Who</th>
            <th scope="col">Attendance</th>
          </tr>
        </thead>
        <tbody>
          {meeting.attendance.map((a) => (
            <tr key={a.seatId} data-seat={a.seatId}>
              <th scope="row">
                {seatTitle(meeting.seats, a.seatId)}
                {!a.voting && <div className="small">in attendance, no vote</div>}
              </th>
              <td>{a.person ?? <span className="none">nobody</span>}</td>
              <td>{ATTENDANCE[a.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function Declarations({ meeting }: { meeting: Meeting }) {
  if (meeting.declarations.length === 0) return <p>No interests declared.</p>;
  return (
    <ul className="declarations">
      {meeting.declarations.map((d) => (
        <li key={d.declarationId} data-declaration={d.declarationId}>
          <strong>{d.person}</strong> ({seatTitle(meeting.seats, d.seatId)}): {d.interest}. {NATURES[d.nature]}; items {d.items.join(', ')}.{' '}
          <span className={`handling handling-${d.handling}`}>Handled: {HANDLING[d.handling].toLowerCase()}</span>.
        </li>
      ))}
    </ul>
  );
}

function Decisions({ meeting }: { meeting: Meeting }) {
  const title = (seatId: string) => seatTitle(meeting.seats, seatId);
  const undecided = undecidedItems(meeting).filter((u) => u.quorum && !u.quorum.quorate);
  if (meeting.decisions.length === 0 && undecided.length === 0) return <p>No decisions recorded.</p>;
  return (
    <>
      <table className="data meeting-decisions">
        <caption>Decisions, by agenda item</caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Decision</th>
            <th scope="col">Quorum for the item</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          {meeting.decisions.map((d) => (
            <tr key={d.decisionId} data-item={d.item}>
              <th scope="row">
                {d.item}
                <div className="small">{d.itemTitle}</div>
              </th>
              <td>
                {d.resolution}
                <div className="small">{outcomeText(d.outcome, title, d.carried)}</div>
                {d.consequence && (
                  <div className="small">
                    What follows:{' '}
                    {d.consequence.kind === 'ask-partner-to-leave' ? `${d.consequence.organisationId} asked to leave the compact` : `the dispute resolved`}
                  </div>
                )}
              </td>
              <td>
                {quorumText(d.quorum)}
                {d.excluded.length > 0 && <div className="small">Excluded: {d.excluded.map((x) => title(x.seatId)).join(', ')}</div>}
              </td>
              <td>
                {d.value ? valueText(d.value) : <span className="none">none</span>}
                {d.reservedMatter && <div className="small">Reserved to this board (over {pounds(d.reservedMatter.thresholdPounds)})</div>}
              </td>
            </tr>
          ))}
          {undecided.map((u) => (
            <tr key={u.item} data-item={u.item} className="undecided inquorate">
              <th scope="row">
                {u.item}
                <div className="small">{u.title}</div>
              </th>
              <td>
                <span className="none">No decision: inquorate for this item</span>
              </td>
              <td>
                {u.quorum && quorumText(u.quorum)}
                <div className="small">Counted here from the attendance and declarations.</div>
              </td>
              <td />
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function Minutes({ meeting, approvedAt }: { meeting: Meeting; approvedAt: string | undefined }) {
  const draft = meeting.draftMinutes;
  const approval = meeting.minutesApproval;
  return (
    <dl className="facts">
      <div>
        <dt>Draft minutes</dt>
        <dd>
          {draft ? (
            <>
              Circulated {formatDay(draft.circulatedOn)}, {plural(draft.workingDaysAfter, 'working day')} after the meeting (due by {formatDay(draft.dueBy)}){' '}
              <Late late={draft.late} what="past the rule" />
            </>
          ) : meeting.status === 'held' ? (
            `Not yet circulated (due by ${formatDay(meeting.deadlines.draftMinutesBy)})`
          ) : (
            'None'
          )}
        </dd>
      </div>
      <div>
        <dt>Approved</dt>
        <dd>
          {approval ? (
            <>
              At <Link to={`/meetings/${approval.approvedAtMeetingId}`}>{approvedAt ?? 'the following meeting'}</Link>, {formatDay(approval.approvedOn)}
            </>
          ) : (
            'Not yet: minutes are approved at the following meeting'
          )}
        </dd>
      </div>
    </dl>
  );
}

/**
 * A meeting: its agenda with late items and papers marked, attendance by seat and the quorum,
 * declarations of interest and how each was handled, decisions with their quorum counts and
 * values, and its minutes; the secretariat's commands on it.
 */
export function MeetingPage() {
  const { id = '' } = useParams();
  const { may } = useSession();
  const meeting = useMeeting(id);
  const siblings = useMeetings(meeting.data?.boardId ?? '', meeting.data !== undefined);
  usePageTitle(meeting.data?.title ?? 'Meeting');
  return (
    <Loaded query={meeting} what="this meeting">
      {(m) => (
        <article className="meeting">
          <p className="breadcrumb no-print">
            <Link to="/boards">Boards</Link> › <Link to={`/boards/${m.boardId}`}>{m.boardName}</Link>
          </p>
          <h1>{m.title}</h1>
          <dl className="facts">
            <div>
              <dt>Date</dt>
              <dd>{formatDay(m.meetingDate)}</dd>
            </div>
            <div>
              <dt>Status</dt>
              <dd>
                <span className={`status status-meeting-${m.status}`}>{MEETING_STATUS[m.status]}</span>
                {m.cancellation && (
                  <>
                    {' '}
                    on {formatDay(m.cancellation.cancelledOn)}: {m.cancellation.reason}
                  </>
                )}
              </dd>
            </div>
            <div>
              <dt>Board</dt>
              <dd>
                <Link to={`/boards/${m.boardId}`}>{m.boardName}</Link>, under <Link to={`/compacts/${m.compactId}`}>{m.compactTitle}</Link>; terms of reference
                version {m.termsVersion}
              </dd>
            </div>
            <div>
              <dt>Quorum rule</dt>
              <dd>{m.quorumRule}</dd>
            </div>
          </dl>
          <section aria-labelledby="agenda-h">
            <h2 id="agenda-h">Agenda and papers</h2>
            <Agenda meeting={m} />
          </section>
          <section aria-labelledby="attendance-h">
            <h2 id="attendance-h">Attendance</h2>
            <Attendance meeting={m} />
          </section>
          <section aria-labelledby="declarations-h">
            <h2 id="declarations-h">Declarations of interest</h2>
            <Declarations meeting={m} />
          </section>
          <section aria-labelledby="decisions-h">
            <h2 id="decisions-h">Decisions</h2>
            <Decisions meeting={m} />
            <p className="no-print">
              <Link to={`/boards/${m.boardId}/decisions`}>The board’s decision log</Link>
            </p>
          </section>
          <section aria-labelledby="minutes-h">
            <h2 id="minutes-h">Minutes</h2>
            <Minutes meeting={m} approvedAt={siblings.data?.find((s) => s.meetingId === m.minutesApproval?.approvedAtMeetingId)?.title} />
          </section>
          {(may('meetings.record') || may('meetings.declare-interest')) && m.status !== 'cancelled' && (
            <section aria-labelledby="record-h" className="no-print">
              <h2 id="record-h">Record</h2>
              <MeetingForms meeting={m} meetings={siblings.data ?? []} />
            </section>
          )}
        </article>
      )}
    </Loaded>
  );
}
