import type { Schemas } from '../api/client';
import { formatDay, words } from '../format';

type Endorsement = Schemas['EndorsementViewDto'];

/** Each board's endorsement, by version: the outcome, and every concern with the response to it. */
export function Endorsements({ endorsements, partnerName }: { endorsements: readonly Endorsement[]; partnerName: (id: string) => string }) {
  if (endorsements.length === 0) return <p>No endorsements recorded.</p>;
  return (
    <ul className="endorsements">
      {endorsements.map((e) => (
        <li key={e.factId}>
          <p>
            <strong>{partnerName(e.organisationId)}</strong>: {e.boardName}, {formatDay(e.meetingDate)}, on version {e.versionLabel}:{' '}
            <span className={`outcome outcome-${e.outcome}`}>{words(e.outcome)}</span>
            {e.corrected && <span className="small"> (corrected)</span>}
          </p>
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
  );
}
