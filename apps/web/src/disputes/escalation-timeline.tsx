import type { Schemas } from '../api/client';
import { toCsv } from '../export/csv';
import { saveCsv } from '../export/download';
import { formatDay, formatMoment, plural, words } from '../format';

type Audit = Schemas['EscalationAuditDto'];
type Level = Schemas['EscalationAuditLevelDto'];

export function auditCsv(audit: Audit): string {
  return toCsv(audit.levels, [
    ['dispute_id', () => audit.disputeId],
    ['level', (l) => l.level],
    ['name', (l) => l.name],
    ['who_acts', (l) => l.whoActs],
    ['reached', (l) => l.reached],
    ['reached_on', (l) => l.reachedOn],
    ['recorded_at', (l) => l.recordedAt],
    ['reached_by', (l) => l.reachedBy],
    ['recorded_by', (l) => l.actor?.name],
    ['recorded_by_role', (l) => l.actor?.role],
    ['recorded_by_organisation', (l) => l.actor?.organisation],
    ['requested_by', (l) => l.requestedBy],
    ['reason', (l) => l.reason],
    ['left_on', (l) => l.leftOn],
    ['days', (l) => l.days],
    ['outcome', (l) => l.outcome],
    ['mediators', (l) => l.mediators.map((m) => `${m.name} (${m.role}, appointed ${m.appointedOn})`).join('; ')],
    ['independent_chair', (l) => (l.independentChair ? `${l.independentChair.name}, agreed ${l.independentChair.agreedOn}` : '')],
  ]);
}

function LevelStep({ level, longest }: { level: Level; longest: number }) {
  return (
    <li className={`level${level.reached ? ' reached' : ' not-reached'}`} data-level={level.level}>
      <h3>
        Level {level.level}: {level.name}
      </h3>
      <p className="small">{level.whoActs}</p>
      {level.reached ? (
        <>
          <p>
            Reached {formatDay(level.reachedOn)} ({level.reachedBy === 'raised' ? 'raised here' : 'escalated'}
            {level.requestedBy ? ` at the request of ${level.requestedBy}` : ''}), recorded by {level.actor?.name ?? 'unknown'}
            {level.actor ? ` (${words(level.actor.role)}${level.actor.organisation ? ` of ${level.actor.organisation}` : ''})` : ''}
            {level.recordedAt ? ` at ${formatMoment(level.recordedAt)}` : ''}.
          </p>
          {level.reason && <p>Why: {level.reason}</p>}
          <p>
            {level.days !== null ? `${plural(level.days, 'day')} at this level` : 'Still at this level'}
            {level.leftOn ? `, until ${formatDay(level.leftOn)}` : ''}
            {level.outcome ? `: ${words(level.outcome)}` : ''}.
          </p>
          {level.days !== null && (
            <div className="duration" aria-hidden="true">
              <span className="bar" style={{ width: `${Math.max(2, (level.days / Math.max(1, longest)) * 100)}%` }} />
            </div>
          )}
          {level.mediators.length > 0 && (
            <p>Mediators: {level.mediators.map((m) => `${m.name} (${m.role}), appointed ${formatDay(m.appointedOn)}`).join('; ')}</p>
          )}
          {level.independentChair && (
            <p>
              Independent chair: {level.independentChair.name}, agreed by {level.independentChair.agreedBy.join(', ')} on{' '}
              {formatDay(level.independentChair.agreedOn)}
            </p>
          )}
        </>
      ) : (
        <p>Not reached.</p>
      )}
    </li>
  );
}

/** The escalation path as the dispute travelled it: each level reached or not, when, by whose act, and how long it stayed there. */
export function EscalationTimeline({ audit }: { audit: Audit }) {
  const longest = Math.max(1, ...audit.levels.map((l) => l.days ?? 0));
  return (
    <>
      {audit.skippedLevels.length > 0 && (
        <p className="problem" role="alert">
          Levels passed over: {audit.skippedLevels.join(', ')}. The path says a dispute moves up one level at a time.
        </p>
      )}
      <ol className="escalation-timeline">
        {audit.levels.map((level) => (
          <LevelStep key={level.level} level={level} longest={longest} />
        ))}
      </ol>
      <p className="no-print">
        <button type="button" className="secondary" onClick={() => saveCsv(`dispute-${audit.disputeId}-escalation-audit.csv`, auditCsv(audit))}>
          Download the escalation audit (CSV)
        </button>
      </p>
    </>
  );
}
