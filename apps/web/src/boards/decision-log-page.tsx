import { Link, useParams } from 'react-router';
import type { Schemas } from '../api/client';
import { useSession } from '../auth/session';
import { eventName, formatDay, formatMoment, words } from '../format';
import { DayFilter, Filters, useAddressChoices } from '../layout/filters';
import { Loaded, usePageTitle } from '../layout/page';
import { undecidedItems } from '../meetings/item-quorum';
import { useMeetings, useMeetingsById } from '../meetings/queries';
import { BoardNav } from './board-nav';
import { useBoard, useDecisionLog } from './queries';
import { outcomeText, pounds, quorumText, valueText } from './words';

type Entry = Schemas['DecisionLogEntryDto'];
type Meeting = Schemas['MeetingDto'];

function Consequence({ entry }: { entry: Entry }) {
  const c = entry.consequence;
  if (!c) return <span className="none">Nothing on the compact or a dispute</span>;
  const what =
    c.kind === 'ask-partner-to-leave' ? (
      <>
        {c.organisationId} asked to leave <Link to={`/compacts/${c.compactId}#partners`}>the compact</Link>
        {c.effectiveOn ? `, from ${formatDay(c.effectiveOn)}` : ''}
      </>
    ) : (
      <>
        <Link to={`/disputes/${c.disputeId}`}>the dispute</Link> resolved{c.terms ? `: ${c.terms}` : ''}
      </>
    );
  return (
    <>
      <p>
        {what} ({entry.consequenceStatus === 'recorded' ? 'recorded' : entry.consequenceStatus === 'pending' ? 'not yet recorded' : 'none'})
      </p>
      {entry.followed.length > 0 && (
        <ul className="followed">
          {entry.followed.map((f) => (
            <li key={f.eventId}>
              {eventName(f.type)} on {f.streamId}, recorded {formatMoment(f.recordedAt)}, caused by this decision
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The decisions of one meeting, and the items it could take no decision on, inquorate for them (with the count). */
function MeetingDecisions({ meeting, entries, held }: { meeting: Entry['meeting']; entries: Entry[]; held: Meeting | undefined }) {
  const title = (seatId: string) =>
    held?.seats.find((s) => s.seatId === seatId)?.title ??
    entries.flatMap((e) => [...e.counted, ...e.excluded]).find((s) => s.seatId === seatId)?.title ??
    seatId;
  // Items with no decision are shown where the meeting could not have taken one: inquorate for the item.
  const undecided = held ? undecidedItems(held).filter((u) => u.quorum !== null && !u.quorum.quorate) : [];
  const rows = [
    ...entries.map((entry) => ({ item: entry.item, entry, undecided: undefined })),
    ...undecided.map((u) => ({ item: u.item, entry: undefined, undecided: u })),
  ].sort((a, b) => a.item.localeCompare(b.item, 'en', { numeric: true }));
  return (
    <tbody data-meeting={meeting.meetingId}>
      <tr className="group">
        <th scope="rowgroup" colSpan={5}>
          <Link to={`/meetings/${meeting.meetingId}`}>{meeting.title}</Link>, {formatDay(meeting.meetingDate)}
        </th>
      </tr>
      {rows.map(({ item, entry, undecided: u }) =>
        entry ? (
          <tr key={`d-${entry.decisionId}`} data-item={item} className="decided">
            <th scope="row">
              Item {item}
              <div className="small">{entry.itemTitle}</div>
            </th>
            <td>
              {entry.resolution}
              <div className="small">{outcomeText(entry.outcome, title, entry.carried)}</div>
              <div className="small">
                Recorded by {entry.recordedBy.name} ({words(entry.recordedBy.role)}), {formatMoment(entry.recordedAt)}
              </div>
            </td>
            <td className={entry.quorum.quorate ? 'quorate' : 'inquorate'}>
              {quorumText(entry.quorum)}
              {entry.excluded.length > 0 && (
                <ul className="excluded">
                  {entry.excluded.map((x) => (
                    <li key={x.seatId}>
                      Excluded: {x.title}
                      {x.person ? ` (${x.person})` : ''}, {x.reason}
                    </li>
                  ))}
                </ul>
              )}
            </td>
            <td>
              {entry.value ? valueText(entry.value) : <span className="none">none</span>}
              {entry.reservedMatter && <div className="small">Reserved to this board (over {pounds(entry.reservedMatter.thresholdPounds)})</div>}
            </td>
            <td>
              <Consequence entry={entry} />
            </td>
          </tr>
        ) : u ? (
          <tr key={`u-${item}`} data-item={item} className={u.quorum && !u.quorum.quorate ? 'undecided inquorate' : 'undecided'}>
            <th scope="row">
              Item {item}
              <div className="small">{u.title}</div>
            </th>
            <td>
              <span className="none">No decision recorded</span>
              {u.quorum && !u.quorum.quorate && <div className="small">Inquorate for this item: the ledger takes no decision on it.</div>}
            </td>
            <td className={u.quorum && !u.quorum.quorate ? 'inquorate' : 'quorate'}>
              {u.quorum ? (
                <>
                  {quorumText(u.quorum)}
                  {u.quorum.excluded.length > 0 && (
                    <ul className="excluded">
                      {u.quorum.excluded.map((seatId) => (
                        <li key={seatId}>Excluded for an interest: {title(seatId)}</li>
                      ))}
                    </ul>
                  )}
                  <div className="small">Counted here from the meeting’s attendance and declarations (no decision carries a count).</div>
                </>
              ) : (
                ''
              )}
            </td>
            <td />
            <td />
          </tr>
        ) : null,
      )}
    </tbody>
  );
}

/**
 * A board's decision log: each decision with its meeting and item, the quorum count (who was
 * counted, who was excluded and why), the value where there is one, and what followed from it on
 * the compact or a dispute; and, where the person may read the meetings, the items a held meeting
 * was inquorate for, so took no decision on. A mediator sees only the decisions about the
 * disputes they mediate (the API filters them).
 */
export function DecisionLogPage() {
  const { id = '' } = useParams();
  const { may } = useSession();
  const choices = useAddressChoices();
  const range = { from: choices.get('from'), to: choices.get('to') };
  const readsMeetings = may('boards.read');
  const board = useBoard(id, null, readsMeetings);
  const log = useDecisionLog(id, range);
  const meetings = useMeetings(id, readsMeetings);
  const inRange = (day: string) => (!range.from || day >= range.from) && (!range.to || day <= range.to);
  const held = (meetings.data ?? []).filter((m) => m.status === 'held' && inRange(m.meetingDate));
  const details = useMeetingsById(held.map((m) => m.meetingId));
  usePageTitle(`Decision log${board.data ? `: ${board.data.name}` : ''}`);
  return (
    <article className="decision-log">
      <p className="breadcrumb no-print">
        {readsMeetings ? <Link to="/boards">Boards</Link> : <Link to="/disputes">Disputes</Link>}
        {board.data && (
          <>
            {' '}
            › <Link to={`/boards/${id}`}>{board.data.name}</Link>
          </>
        )}
      </p>
      <h1>Decision log{board.data ? `: ${board.data.name}` : ''}</h1>
      <BoardNav boardId={id} />
      {!readsMeetings && <p>As a mediator you see the decisions about the disputes you mediate, and no others.</p>}
      <Filters label="Decisions between two dates">
        <DayFilter id="decisions-from" label="Meetings from" value={range.from ?? ''} onChange={(v) => choices.set('from', v)} />
        <DayFilter id="decisions-to" label="to" value={range.to ?? ''} onChange={(v) => choices.set('to', v)} />
      </Filters>
      <Loaded query={log} what="the decision log">
        {(entries) => {
          const byMeeting = new Map<string, { meeting: Entry['meeting']; entries: Entry[] }>();
          for (const m of held) byMeeting.set(m.meetingId, { meeting: { meetingId: m.meetingId, title: m.title, meetingDate: m.meetingDate }, entries: [] });
          for (const e of entries) {
            const group = byMeeting.get(e.meeting.meetingId) ?? { meeting: e.meeting, entries: [] };
            group.entries.push(e);
            byMeeting.set(e.meeting.meetingId, group);
          }
          const groups = [...byMeeting.values()].sort((a, b) => a.meeting.meetingDate.localeCompare(b.meeting.meetingDate));
          if (groups.length === 0) return <p>No decisions{range.from || range.to ? ' in these dates' : ''}.</p>;
          return (
            <div className="table-scroll" tabIndex={0} role="region" aria-label="Decision log, scrollable">
              <table className="data decisions">
                <caption>
                  {entries.length === 1 ? 'One decision' : `${entries.length} decisions`}
                  {readsMeetings ? `, at ${groups.length === 1 ? 'one meeting' : `${groups.length} meetings`} held` : ''}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Item</th>
                    <th scope="col">Decision</th>
                    <th scope="col">Quorum for the item</th>
                    <th scope="col">Value</th>
                    <th scope="col">What followed</th>
                  </tr>
                </thead>
                {groups.map((g) => (
                  <MeetingDecisions
                    key={g.meeting.meetingId}
                    meeting={g.meeting}
                    entries={g.entries}
                    held={details.find((d) => d.data?.meetingId === g.meeting.meetingId)?.data}
                  />
                ))}
              </table>
            </div>
          );
        }}
      </Loaded>
    </article>
  );
}
