import { type FormEvent, useId, useState } from 'react';
import { formatDay, formatMoment, today } from '../format';
import { type AsOf, type Assume, ASSUME_CHOICES, type Axis, isAssume, isoToLocalMoment, localMomentToIso, NOW } from './as-of';

const PLACEMENT: Record<Assume, string> = {
  none: 'A date the paper gives only to the month or year, or not at all, counts only once it has certainly passed; what is uncertain is listed as undetermined.',
  earliest: 'Each date the paper gives only to the month or year, or not at all, is placed on the earliest day it may be (as assumed, not as on the paper).',
  latest: 'Each date the paper gives only to the month or year, or not at all, is placed on the latest day it may be (as assumed, not as on the paper).',
};

/** What the page shows, said in words: which clock, what that clock means, and where uncertain dates are placed. */
export function describeAsOf(asOf: AsOf): string {
  const placed = asOf.axis === 'effective' ? ` ${PLACEMENT[asOf.assume]}` : '';
  if (asOf.at === null) return `Showing the compact now: everything the ledger has recorded, as it stands today.${placed}`;
  if (asOf.axis === 'effective')
    return `Showing the compact as it stood on ${formatDay(asOf.at)}, on the effective-date clock: what was true in the world on that date, as the ledger knows it now (later corrections included).${placed}`;
  return `Showing the compact as the ledger showed it at ${formatMoment(asOf.at)}, on the recorded-time clock: nothing recorded after that moment.`;
}

/**
 * The as-of control: a clock (effective date or recorded time), a date or a moment on
 * it, and "now". Choosing redraws the whole compact as it stood then. Its fields start
 * from `asOf`: give it a key that changes with `asOf` to start them again.
 */
export function AsOfControl({ asOf, onChange }: { asOf: AsOf; onChange: (asOf: AsOf) => void }) {
  const id = useId().replace(/:/g, '');
  const [axis, setAxis] = useState<Axis>(asOf.axis);
  const [date, setDate] = useState(asOf.at !== null && asOf.axis === 'effective' ? asOf.at.slice(0, 10) : today());
  const [moment, setMoment] = useState(asOf.at !== null && asOf.axis === 'recorded' ? isoToLocalMoment(asOf.at) : isoToLocalMoment(new Date().toISOString()));
  const [assume, setAssume] = useState<Assume>(asOf.assume);
  const [error, setError] = useState<string | null>(null);

  function show(event: FormEvent) {
    event.preventDefault();
    if (axis === 'effective') {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return setError('Give a date, such as 2015-09-01.');
      setError(null);
      onChange({ at: date, axis, assume });
    } else {
      const iso = localMomentToIso(moment);
      if (iso === null) return setError('Give a date and a time of day.');
      setError(null);
      onChange({ at: iso, axis, assume: 'none' });
    }
  }

  return (
    <form className="as-of" onSubmit={show} aria-labelledby={`${id}-legend`}>
      <fieldset>
        <legend id={`${id}-legend`}>As of</legend>
        <div className="clocks" role="radiogroup" aria-label="Which clock">
          <label className="check">
            <input type="radio" name={`${id}-axis`} value="effective" checked={axis === 'effective'} onChange={() => setAxis('effective')} /> Effective date{' '}
            <span className="small">(what was true in the world on a date)</span>
          </label>
          <label className="check">
            <input type="radio" name={`${id}-axis`} value="recorded" checked={axis === 'recorded'} onChange={() => setAxis('recorded')} /> Recorded time{' '}
            <span className="small">(what the ledger showed at a moment)</span>
          </label>
        </div>
        {axis === 'effective' ? (
          <div className="field">
            <label htmlFor={`${id}-date`}>Effective date</label>
            <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} aria-invalid={error ? true : undefined} />
          </div>
        ) : (
          <div className="field">
            <label htmlFor={`${id}-moment`}>Recorded time (your local time)</label>
            <input
              id={`${id}-moment`}
              type="datetime-local"
              step="0.001"
              value={moment}
              onChange={(e) => setMoment(e.target.value)}
              aria-invalid={error ? true : undefined}
            />
          </div>
        )}
        {axis === 'effective' && (
          <fieldset className="assume">
            <legend>Dates the paper gives only to the month or year, or not at all</legend>
            {ASSUME_CHOICES.map((choice) => (
              <label className="check" key={choice.value}>
                <input
                  type="radio"
                  name={`${id}-assume`}
                  value={choice.value}
                  checked={assume === choice.value}
                  onChange={(e) => isAssume(e.target.value) && setAssume(e.target.value)}
                />{' '}
                {choice.label}
              </label>
            ))}
          </fieldset>
        )}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="buttons">
          <button type="submit">Show as of then</button>
          <button type="button" className="secondary" onClick={() => onChange(NOW)} disabled={asOf.at === null && asOf.assume === 'none'}>
            Back to now
          </button>
        </div>
      </fieldset>
    </form>
  );
}
