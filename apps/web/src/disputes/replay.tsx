import { useId, useState } from 'react';
import type { Schemas } from '../api/client';
import { eventName, formatDay, formatMoment, words } from '../format';
import { stateChanges } from './replay-changes';

type Replay = Schemas['DisputeReplayDto'];

function Value({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="none">none</span>;
  if (Array.isArray(value)) {
    if (value.length === 0) return <span className="none">none</span>;
    return (
      <ul className="value-list">
        {value.map((item, i) => (
          <li key={i}>
            <Value value={item} />
          </li>
        ))}
      </ul>
    );
  }
  if (typeof value === 'object') {
    return (
      <dl className="value-object">
        {Object.entries(value as Record<string, unknown>).map(([key, inner]) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd>
              <Value value={inner} />
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  return <>{String(value)}</>;
}

const kindLabel = { added: 'added', removed: 'removed', changed: 'changed' } as const;

/**
 * The dispute's history one event at a time: previous, next, or a slider over the
 * events; each step says what the event was, who recorded it and when, and what it
 * changed in the dispute (a difference of consecutive states, not the whole state again).
 */
export function ReplayStepper({ replay }: { replay: Replay }) {
  const id = useId().replace(/:/g, '');
  const steps = replay.steps;
  const [index, setIndex] = useState(steps.length - 1);
  if (steps.length === 0) return <p>No events.</p>;
  const step = steps[index];
  const changes = stateChanges(index === 0 ? null : steps[index - 1].state, step.state);
  const actor = step.metadata.actor;
  const label = (i: number) => `Step ${i + 1} of ${steps.length}: ${eventName(steps[i].type)}`;

  return (
    <div className="replay">
      <div className="replay-controls no-print">
        <button type="button" onClick={() => setIndex(index - 1)} disabled={index === 0}>
          ← Previous
        </button>
        <div className="field slider">
          <label htmlFor={`${id}-slider`}>Event</label>
          <input
            id={`${id}-slider`}
            type="range"
            min={1}
            max={steps.length}
            step={1}
            value={index + 1}
            aria-valuetext={label(index)}
            onChange={(e) => setIndex(Number(e.target.value) - 1)}
          />
        </div>
        <button type="button" onClick={() => setIndex(index + 1)} disabled={index === steps.length - 1}>
          Next →
        </button>
      </div>
      <section className="replay-step" aria-live="polite" aria-atomic="true" aria-labelledby={`${id}-step`}>
        <h3 id={`${id}-step`}>{label(index)}</h3>
        <p>
          {step.metadata.effectiveAt && <>Dated {formatDay(step.metadata.effectiveAt)}; </>}
          recorded {formatMoment(step.metadata.recordedAt)} by {actor.name} ({words(actor.role)}
          {actor.organisation ? ` of ${actor.organisation}` : ''}). Revision {step.revision}.
        </p>
        {changes.length === 0 ? (
          <p>This event changed nothing in the dispute&rsquo;s shape.</p>
        ) : (
          <table className="data changes">
            <caption>What this event changed</caption>
            <thead>
              <tr>
                <th scope="col">In the dispute</th>
                <th scope="col">Change</th>
                <th scope="col">Before</th>
                <th scope="col">After</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change) => (
                <tr key={change.path} className={`change-${change.kind}`}>
                  <th scope="row">
                    <code>{change.path}</code>
                  </th>
                  <td>{kindLabel[change.kind]}</td>
                  <td>{change.kind === 'added' ? <span className="none">—</span> : <Value value={change.before} />}</td>
                  <td>{change.kind === 'removed' ? <span className="none">—</span> : <Value value={change.after} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <details>
          <summary>The event as recorded (its data and hashes)</summary>
          <dl className="facts">
            <div>
              <dt>Type</dt>
              <dd>
                <code>{step.type}</code>
              </dd>
            </div>
            <div>
              <dt>Data</dt>
              <dd>
                <Value value={step.data} />
              </dd>
            </div>
            <div>
              <dt>Hash</dt>
              <dd>
                <code className="hash">{step.metadata.hash}</code>
              </dd>
            </div>
            <div>
              <dt>Previous hash</dt>
              <dd>
                <code className="hash">{step.metadata.prevHash}</code>
              </dd>
            </div>
          </dl>
        </details>
      </section>
    </div>
  );
}
