import { Link, useParams } from 'react-router';
import { useSession } from '../auth/session';
import { formatDay, today } from '../format';
import { DayFilter, Filters, useAddressChoices } from '../layout/filters';
import { Loaded, usePageTitle } from '../layout/page';
import { BoardNav } from './board-nav';
import { useBoard, useInterests } from './queries';
import { HANDLING, NATURES } from './words';

/**
 * A board's register of interests as at a date: each declaration by person and organisation,
 * its nature and how the chair handled it, linked to the meeting and the items it concerned and
 * the decisions on them (the seat excluded or not). A partner sees its own organisation's only.
 */
export function InterestsPage() {
  const { id = '' } = useParams();
  const { claims } = useSession();
  const choices = useAddressChoices();
  const filter = { asOf: choices.get('asOf'), organisationId: choices.get('organisation'), person: choices.get('person') };
  const board = useBoard(id, null);
  const interests = useInterests(id, filter);
  const seats = board.data?.termsOfReference.flatMap((t) => t.seats) ?? [];
  const organisations = [...new Map(seats.flatMap((s) => (s.organisationId ? [[s.organisationId, s.title] as const] : []))).entries()];
  usePageTitle(`Register of interests${board.data ? `: ${board.data.name}` : ''}`);
  return (
    <article className="interests">
      <p className="breadcrumb no-print">
        <Link to="/boards">Boards</Link>
        {board.data && (
          <>
            {' '}
            › <Link to={`/boards/${id}`}>{board.data.name}</Link>
          </>
        )}
      </p>
      <h1>Register of interests{board.data ? `: ${board.data.name}` : ''}</h1>
      <BoardNav boardId={id} />
      {claims?.role === 'partner' && <p>As a partner you see the interests declared for your own organisation’s seat.</p>}
      <Filters label="The register as at a date, by person or organisation">
        <DayFilter id="interests-as-of" label="As at" value={filter.asOf ?? today()} onChange={(v) => choices.set('asOf', v)} />
        <div className="field">
          <label htmlFor="interests-organisation">Organisation</label>
          <select id="interests-organisation" value={filter.organisationId ?? ''} onChange={(e) => choices.set('organisation', e.target.value)}>
            <option value="">Every organisation</option>
            {organisations.map(([organisationId, title]) => (
              <option key={organisationId} value={organisationId}>
                {title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="interests-person">Person</label>
          <input id="interests-person" type="search" value={filter.person ?? ''} onChange={(e) => choices.set('person', e.target.value)} />
        </div>
      </Filters>
      <Loaded query={interests} what="the register of interests">
        {(entries) =>
          entries.length === 0 ? (
            <p>No interests declared{filter.asOf ? ` by ${formatDay(filter.asOf)}` : ''}.</p>
          ) : (
            <table className="data interests">
              <caption>
                {entries.length === 1 ? 'One declaration' : `${entries.length} declarations`} as at {formatDay(filter.asOf ?? today())}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Person and organisation</th>
                  <th scope="col">Interest</th>
                  <th scope="col">Handling</th>
                  <th scope="col">Meeting and items</th>
                  <th scope="col">Decisions it affected</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((e) => (
                  <tr key={e.declarationId} data-declaration={e.declarationId}>
                    <th scope="row">
                      {e.person}
                      <div className="small">{e.seatTitle}</div>
                    </th>
                    <td>
                      {e.interest}
                      <div className="small">
                        {NATURES[e.nature]}, declared {formatDay(e.declaredOn)}
                      </div>
                    </td>
                    <td>{HANDLING[e.handling]}</td>
                    <td>
                      <Link to={`/meetings/${e.meeting.meetingId}`}>{e.meeting.title}</Link>
                      <ul>
                        {e.items.map((i) => (
                          <li key={i.item}>
                            Item {i.item}: {i.title}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td>
                      {e.decisions.length === 0 ? (
                        <span className="none">None recorded on these items</span>
                      ) : (
                        <ul>
                          {e.decisions.map((d) => (
                            <li key={d.decisionId}>
                              Item {d.item}: {d.resolution} ({d.excluded ? 'excluded from it' : 'took part'})
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Loaded>
    </article>
  );
}
