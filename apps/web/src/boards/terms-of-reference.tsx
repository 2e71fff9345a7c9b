import type { Schemas } from '../api/client';
import { formatDay, plural } from '../format';
import { BASES, DIRECTIONS, pounds, quorumRule, SEAT_KINDS } from './words';

type Terms = Schemas['TermsOfReferenceDto'];
type Person = Schemas['NamedPersonDto'];

const person = (p: Person | null | undefined, none: string) => (p ? `${p.name}${p.role ? `, ${p.role}` : ''}` : none);

/** A version of a board's terms of reference: its seats with leads and deputies, the quorum rule, meetings, notice rules, reserved matters, and where they come from. */
export function TermsOfReference({ terms }: { terms: Terms }) {
  const voting = terms.seats.filter((s) => s.voting);
  const attending = terms.seats.filter((s) => !s.voting);
  return (
    <div className="terms-of-reference" data-version={terms.version}>
      <dl className="facts">
        <div>
          <dt>Version</dt>
          <dd>
            {terms.version}, in effect from {formatDay(terms.effectiveOn)}
          </dd>
        </div>
        <div>
          <dt>Source</dt>
          <dd className="source">{terms.source}</dd>
        </div>
        <div>
          <dt>Quorum</dt>
          <dd>
            {quorumRule(terms.quorum)} of the {plural(voting.length, 'voting seat')}, counting those present and not excluded from the item for an interest
          </dd>
        </div>
        <div>
          <dt>Meetings</dt>
          <dd>{terms.meetingEveryMonths ? (terms.meetingEveryMonths === 1 ? 'Monthly' : `Every ${terms.meetingEveryMonths} months`) : 'No frequency set'}</dd>
        </div>
        <div>
          <dt>Notice (working days, England)</dt>
          <dd>
            Agenda items {plural(terms.notice.agendaItemsWorkingDaysBefore, 'working day')} before the meeting; papers{' '}
            {plural(terms.notice.papersWorkingDaysBefore, 'working day')} before; draft minutes within{' '}
            {plural(terms.notice.draftMinutesWorkingDaysAfter, 'working day')} after, approved at the following meeting
          </dd>
        </div>
        <div>
          <dt>Reserved matters</dt>
          <dd>
            {(terms.reservedMatters ?? []).length === 0 ? (
              'None reserved to this board'
            ) : (
              <ul>
                {(terms.reservedMatters ?? []).map((m) => (
                  <li key={m.matterId}>
                    {m.description}: {m.directions.map((d) => DIRECTIONS[d]).join(' or ')} over {pounds(m.thresholdPounds)}{' '}
                    {m.bases.map((b) => BASES[b]).join(' or ')}, from {formatDay(m.effectiveFrom)}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>Review</dt>
          <dd>{terms.reviewEveryMonths ? `Every ${terms.reviewEveryMonths} months` : 'No review period set'}</dd>
        </div>
      </dl>
      <table className="data seats">
        <caption>
          Members: {plural(voting.length, 'voting seat')}
          {attending.length > 0 && `, and ${attending.length} in attendance without a vote`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Seat</th>
            <th scope="col">Kind</th>
            <th scope="col">Named lead</th>
            <th scope="col">Named deputy</th>
            <th scope="col">Vote</th>
          </tr>
        </thead>
        <tbody>
          {terms.seats.map((s) => (
            <tr key={s.seatId} data-seat={s.seatId}>
              <th scope="row">{s.title}</th>
              <td>{SEAT_KINDS[s.kind]}</td>
              <td>{person(s.lead, 'Not named (Tbc)')}</td>
              <td>{person(s.deputy, 'None named')}</td>
              <td>{s.voting ? 'Voting member' : 'In attendance'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
