import type { Schemas } from '../api/client';
import { dateColumns, type DaySpan, spanOf } from '../dates/paper-date';
import { type DateNotes, DateNotesList, dateNotes, PaperDateText } from '../dates/paper-date-view';
import { toCsv } from '../export/csv';
import { saveCsv } from '../export/download';
import { words } from '../format';
import { organisationTypeLabel } from './choices';
import { yearScale } from './timeline';

type Partner = Schemas['PartnerViewDto'];
type Period = Partner['memberships'][number];

export function timelineCsv(partners: readonly Partner[]): string {
  const periods = partners.flatMap((p) => p.memberships.map((m) => ({ p, m })));
  return toCsv(periods, [
    ['organisation_id', ({ p }) => p.organisationId],
    ['organisation', ({ p }) => p.name],
    ['organisation_type', ({ p }) => p.organisationType],
    ['lead', ({ p }) => p.lead?.name],
    ['lead_role', ({ p }) => p.lead?.role],
    ['deputy', ({ p }) => p.deputy?.name],
    ...dateColumns<{ p: Partner; m: Period }>('member_from', ({ m }) => m.from),
    ...dateColumns<{ p: Partner; m: Period }>('member_until', ({ m }) => m.until),
    ['ending', ({ m }) => m.ending?.kind],
    ['ending_reason', ({ m }) => m.ending?.reason],
    ...dateColumns<{ p: Partner; m: Period }>('notice_given_on', ({ m }) => m.ending?.noticeGivenOn),
    ['admission_fact_id', ({ m }) => m.admissionFactId],
  ]);
}

function PeriodText({ period, notes }: { period: Period; notes: DateNotes }) {
  const ending = period.ending ? ` (${words(period.ending.kind)}: ${period.ending.reason})` : '';
  return (
    <>
      from <PaperDateText date={period.from} notes={notes} notGiven="a date not given" />
      {period.until ? (
        <>
          {' '}
          until <PaperDateText date={period.until} notes={notes} notGiven="a date not given" />
          {ending}
        </>
      ) : (
        ', a partner still'
      )}
    </>
  );
}

/**
 * A period's bar: solid where the partner was certainly a member, hatched where a date known
 * only to a month, a year or assumed bounds leaves it uncertain, and none at all where nothing
 * places the start (a date not given, with no bounds).
 */
function PeriodBar({ period, until, at }: { period: Period; until: string; at: (day: string) => number }) {
  const from = spanOf(period.from);
  if (!from) return null;
  const to: DaySpan = period.until ? (spanOf(period.until) ?? { earliest: until, latest: until }) : { earliest: until, latest: until };
  const segment = (start: string, end: string, kind: 'certain' | 'uncertain', key: string) => {
    const left = at(start);
    const right = at(end);
    if (right < left) return null;
    return <span key={key} className={`bar ${kind}${period.until ? ' ended' : ''}`} style={{ left: `${left}%`, width: `${Math.max(0.5, right - left)}%` }} />;
  };
  return (
    <>
      {from.earliest !== from.latest && segment(from.earliest, from.latest, 'uncertain', 'start')}
      {segment(from.latest, to.earliest, 'certain', 'member')}
      {to.earliest !== to.latest && segment(to.earliest, to.latest, 'uncertain', 'end')}
    </>
  );
}

/** Each partner's membership periods as bars on a shared time line, with the same periods in words beside them, each date at its precision. */
export function PartnerTimeline({ partners, until, fileName }: { partners: readonly Partner[]; until: string; fileName: string }) {
  if (partners.length === 0) return <p>No partners recorded.</p>;
  const periods = partners.flatMap((p) => p.memberships);
  const notes = dateNotes(
    'membership-date-note',
    periods.flatMap((m) => [m.from, m.until, m.ending?.noticeGivenOn]),
  );
  const days = periods.flatMap((m) => [spanOf(m.from), spanOf(m.until)]).flatMap((span) => (span ? [span.earliest, span.latest] : []));
  const scale = yearScale([...days, until]);
  const unplaced = periods.filter((m) => spanOf(m.from) === null).length;
  const drawn = unplaced < periods.length;
  const hatched = periods.some((m) => {
    const [from, until] = [spanOf(m.from), spanOf(m.until)];
    return (from !== null && from.earliest !== from.latest) || (until !== null && until.earliest !== until.latest);
  });
  return (
    <>
      <table className="data timeline">
        <caption>
          {drawn
            ? `Partners and their membership periods, ${scale.years[0]} to ${scale.years[scale.years.length - 1]}`
            : 'Partners and their membership periods (no time line: the paper dates no admission)'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Partner</th>
            <th scope="col">Membership</th>
            {drawn && (
              <th scope="col" className="timeline-track-head">
                <span className="visually-hidden">Time line</span>
                <div className="years" aria-hidden="true">
                  {scale.years
                    .filter((_, i) => i % Math.ceil(scale.years.length / 8) === 0)
                    .map((year) => (
                      <span key={year} style={{ left: `${scale.at(`${year}-01-01`)}%` }}>
                        {year}
                      </span>
                    ))}
                </div>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {partners.map((partner) => (
            <tr key={partner.organisationId} data-organisation={partner.organisationId}>
              <th scope="row">
                {partner.name}
                <div className="small">{organisationTypeLabel(partner.organisationType)}</div>
                <div className="small">
                  {partner.lead ? `Lead: ${partner.lead.name}` : 'No lead named on the paper'}
                  {partner.deputy && `; deputy: ${partner.deputy.name}`}
                </div>
              </th>
              <td>
                {partner.memberships.map((m) => (
                  <div key={m.admissionFactId}>
                    <PeriodText period={m} notes={notes} />
                  </div>
                ))}
                {partner.onDate === 'undetermined' && <div className="small undetermined">A partner on this date? Undetermined: its dates do not say.</div>}
              </td>
              {drawn && (
                <td className="timeline-track" aria-hidden="true">
                  {partner.memberships.map((m) => (
                    <PeriodBar key={m.admissionFactId} period={m} until={until} at={scale.at} />
                  ))}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {(unplaced > 0 && drawn) || hatched ? (
        <p className="small">
          {unplaced > 0 && drawn ? `${unplaced} of the memberships have no start date on the paper: no bar is drawn for them. ` : ''}
          {hatched ? 'Hatched: a span the paper gives only to the month or year, or that the ledger could only bound.' : ''}
        </p>
      ) : null}
      <DateNotesList notes={notes} />
      <p className="no-print">
        <button type="button" className="secondary" onClick={() => saveCsv(`${fileName}-partner-timeline.csv`, timelineCsv(partners))}>
          Download the partner time line (CSV)
        </button>
      </p>
    </>
  );
}
