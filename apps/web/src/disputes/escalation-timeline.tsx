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
    ['counted_to', (l) => l.countedTo],
    ['calendar_days', (l) => l.calendarDays],
    ['working_days', (l) => l.workingDays],
    ['working_day_limit', (l) => l.workingDayLimit],
    ['due_by', (l) => l.dueBy],
    ['overdue', (l) => l.overdue],
    ['working_days_overdue', (l) => l.workingDaysOverdue],
    ['outcome', (l) => l.outcome],
    ['mediators', (l) => l.mediators.map((m) => `${m.name} (${m.role}, appointed ${m.appointedOn})`).join('; ')],
    ['independent_chair', (l) => (l.independentChair ? `${l.independentChair.name}, agreed ${l.independentChair.agreedOn}` : '')],
    ['responses', (l) => l.responses.map((r) => `${r.respondent} (${r.respondedOn}): ${r.response}`).join('; ')],
    ['evidence', (l) => l.evidence.map((e) => `${e.file.filename} (${e.submittedBy}, ${e.submittedOn}, sha256 ${e.file.sha256})`).join('; ')],
  ]);
}

/** The time at a level, in calendar and working days, against its limit: "30 calendar days (21 working days) until 1 Jul 2015; limit 10 working days, due by 15 Jun 2015: overdue by 11 working days". */
export function timeAtLevel(level: Level): string {
  if (!level.reached || level.calendarDays === null) return 'Not reached.';
  const open = level.leftOn === null;
  const spent = `${plural(level.calendarDays, 'calendar day')} (${plural(level.workingDays ?? 0, 'working day')})`;
  const span = open ? `${spent} so far, counted to ${formatDay(level.countedTo)}` : `${spent} at this level, until ${formatDay(level.leftOn)}`;
  if (level.workingDayLimit === null) return `${span}; no time limit set.`;
  const limit = `limit ${plural(level.workingDayLimit, 'working day')}, due by ${formatDay(level.dueBy)}`;
  if (!level.overdue) return `${span}; ${limit}: ${open ? 'within it so far' : 'within it'}.`;
  return `${span}; ${limit}: ${open ? 'overdue' : 'was overdue'} by ${plural(level.workingDaysOverdue ?? 0, 'working day')}.`;
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
          <p className={`time-at-level${level.overdue ? ' overdue' : ''}`}>{timeAtLevel(level)}</p>
          {level.outcome && <p>Left the level: {words(level.outcome)}.</p>}
          {level.calendarDays !== null && (
            <div className="duration" aria-hidden="true">
              <span
                className={`bar${level.overdue ? ' overdue' : ''}`}
                style={{ width: `${Math.max(2, (level.calendarDays / Math.max(1, longest)) * 100)}%` }}
              />
            </div>
          )}
          {level.responses.length > 0 && (
            <div>
              Responses at this level:
              <ul>
                {level.responses.map((r, i) => (
                  <li key={i}>
                    {r.respondent}, {formatDay(r.respondedOn)}: {r.response}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {level.evidence.length > 0 && (
            <div>
              Evidence at this level:
              <ul>
                {level.evidence.map((e) => (
                  <li key={e.evidenceId}>
                    {e.file.filename} ({e.description}), from {e.submittedBy}, {formatDay(e.submittedOn)}
                  </li>
                ))}
              </ul>
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

/**
 * The escalation path as the dispute travelled it: each level reached or not, when, by whose act,
 * how long it stayed there in calendar and working days (England's), the level's time limit and
 * whether it is or was overdue, and the responses and evidence made at it.
 */
export function EscalationTimeline({ audit }: { audit: Audit }) {
  const longest = Math.max(1, ...audit.levels.map((l) => l.calendarDays ?? 0));
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
