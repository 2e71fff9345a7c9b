import type { Schemas } from '../api/client';
import { DateNotesList, dateNotes, PaperDateText } from '../dates/paper-date-view';
import { words } from '../format';

type Endorsement = Schemas['EndorsementViewDto'];
type Request = Schemas['EndorsementRequestViewDto'];

/**
 * Each board's endorsement, by version: the outcome, and every concern with the response to
 * it; and each request to endorse (a board asked to endorse, which is not an endorsement), so
 * the two are never mistaken for each other (001: the CEG endorsed on 2 December 2014; the Health
 * and Wellbeing Board was asked on 28 January 2015).
 */
export function Endorsements({
  endorsements,
  requests,
  partnerName,
}: {
  endorsements: readonly Endorsement[];
  requests: readonly Request[];
  partnerName: (id: string) => string;
}) {
  const notes = dateNotes('endorsement-date-note', [...endorsements.map((e) => e.meetingDate), ...requests.map((r) => r.meetingDate)]);
  return (
    <>
      <h3>Endorsements</h3>
      {endorsements.length === 0 ? (
        <p>No endorsements recorded.</p>
      ) : (
        <ul className="endorsements">
          {endorsements.map((e) => (
            <li key={e.factId} data-fact={e.factId}>
              <p>
                <strong>{partnerName(e.organisationId)}</strong>: {e.boardName}, <PaperDateText date={e.meetingDate} notes={notes} />, on version{' '}
                {e.versionLabel}: <span className={`outcome outcome-${e.outcome}`}>{words(e.outcome)}</span>
                {e.corrected && <span className="small"> (corrected)</span>}
              </p>
              {e.assumption && <p className="small assumption">Assumed: {e.assumption}</p>}
              {e.reason && <p>Reason: {e.reason}</p>}
              {e.concerns.length > 0 && (
                <dl className="concerns">
                  {e.concerns.map((c, i) => (
                    <div key={i}>
                      <dt>Concern: {c.concern}</dt>
                      <dd>{c.response ? `Response: ${c.response}` : 'No response recorded'}</dd>
                    </div>
                  ))}
                </dl>
              )}
            </li>
          ))}
        </ul>
      )}
      <h3>Requests to endorse</h3>
      {requests.length === 0 ? (
        <p>No request to endorse recorded.</p>
      ) : (
        <ul className="endorsement-requests">
          {requests.map((r) => (
            <li key={r.factId} data-fact={r.factId}>
              <p>
                <strong>{r.boardName}</strong>
                {r.organisationId && <> ({partnerName(r.organisationId)})</>}, <PaperDateText date={r.meetingDate} notes={notes} />, on version {r.versionLabel}
                : <span className="outcome outcome-requested">asked to endorse</span>
                {!endorsements.some((e) => e.boardName === r.boardName && e.versionLabel === r.versionLabel) && '; no endorsement by this board recorded'}
                {r.corrected && <span className="small"> (corrected)</span>}
              </p>
              <blockquote>{r.asked}</blockquote>
              {r.assumption && <p className="small assumption">Assumed: {r.assumption}</p>}
            </li>
          ))}
        </ul>
      )}
      <DateNotesList notes={notes} />
    </>
  );
}
