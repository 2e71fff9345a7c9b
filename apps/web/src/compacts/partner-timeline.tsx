import type { Schemas } from '../api/client';
import { toCsv } from '../export/csv';
import { saveCsv } from '../export/download';
import { formatDay, words } from '../format';
import { yearScale } from './timeline';

type Partner = Schemas['PartnerViewDto'];

export function timelineCsv(partners: readonly Partner[]): string {
  const periods = partners.flatMap((p) => p.memberships.map((m) => ({ p, m })));
  return toCsv(periods, [
    ['organisation_id', ({ p }) => p.organisationId],
    ['organisation', ({ p }) => p.name],
    ['organisation_type', ({ p }) => p.organisationType],
    ['lead', ({ p }) => p.lead.name],
    ['lead_role', ({ p }) => p.lead.role],
    ['deputy', ({ p }) => p.deputy?.name],
    ['member_from', ({ m }) => m.from],
    ['member_until', ({ m }) => m.until],
    ['ending', ({ m }) => m.ending?.kind],
    ['ending_reason', ({ m }) => m.ending?.reason],
    ['notice_given_on', ({ m }) => m.ending?.noticeGivenOn],
    ['admission_fact_id', ({ m }) => m.admissionFactId],
  ]);
}

function periodText(m: Partner['memberships'][number]): string {
  const from = `from ${formatDay(m.from)}`;
  if (!m.until) return `${from}, a partner still`;
  const ending = m.ending ? ` (${words(m.ending.kind)}: ${m.ending.reason})` : '';
  return `${from} until ${formatDay(m.until)}${ending}`;
}

/** Each partner's membership periods as bars on a shared time line, with the same periods in words beside them. */
export function PartnerTimeline({ partners, until, fileName }: { partners: readonly Partner[]; until: string; fileName: string }) {
  if (partners.length === 0) return <p>No partners recorded.</p>;
  const scale = yearScale([...partners.flatMap((p) => p.memberships.flatMap((m) => [m.from, m.until ?? until])), until]);
  return (
    <>
      <table className="data timeline">
        <caption>
          Partners and their membership periods, {scale.years[0]} to {scale.years[scale.years.length - 1]}
        </caption>
        <thead>
          <tr>
            <th scope="col">Partner</th>
            <th scope="col">Membership</th>
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
          </tr>
        </thead>
        <tbody>
          {partners.map((partner) => (
            <tr key={partner.organisationId}>
              <th scope="row">
                {partner.name}
                <div className="small">{words(partner.organisationType)}</div>
              </th>
              <td>
                {partner.memberships.map((m) => (
                  <div key={m.admissionFactId}>{periodText(m)}</div>
                ))}
              </td>
              <td className="timeline-track" aria-hidden="true">
                {partner.memberships.map((m) => {
                  const left = scale.at(m.from);
                  const right = scale.at(m.until ?? until);
                  return (
                    <span
                      key={m.admissionFactId}
                      className={`bar${m.until ? ' ended' : ''}`}
                      style={{ left: `${left}%`, width: `${Math.max(0.5, right - left)}%` }}
                    />
                  );
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="no-print">
        <button type="button" className="secondary" onClick={() => saveCsv(`${fileName}-partner-timeline.csv`, timelineCsv(partners))}>
          Download the partner time line (CSV)
        </button>
      </p>
    </>
  );
}
