import { Link, useParams } from 'react-router';
import type { Schemas } from '../api/client';
import { useSession } from '../auth/session';
import { useCompact } from '../compacts/queries';
import { NOW } from '../compacts/as-of';
import { CommandForm } from '../forms/command-form';
import { formatDay, plural, today } from '../format';
import { DayFilter, Filters, useAddressChoices } from '../layout/filters';
import { Loaded, usePageTitle } from '../layout/page';
import { CommitmentForm } from './commitment-form';
import { useProgramme } from './queries';

type Target = Schemas['TargetAsOfDto'];
type Commitment = Schemas['CommitmentViewDto'];

function TargetStatus({ target, on }: { target: Target; on: string }) {
  if (target.status === 'met') return <span className="status status-in-force">met {target.metOn ? formatDay(target.metOn) : ''}</span>;
  if (target.status === 'missed') return <span className="status status-terminated">missed</span>;
  if (target.overdue)
    return (
      <span className="status status-overdue">
        overdue on {formatDay(on)}
        {target.daysOverdue !== null ? ` by ${plural(target.daysOverdue, 'day')}` : ''}
      </span>
    );
  return <span className="status status-open">{target.dueOn ? 'open' : 'open, no date given'}</span>;
}

function Steps({ target }: { target: Target }) {
  if (target.steps.length === 0) return null;
  return (
    <ul className="small steps">
      {target.steps.map((s, i) => (
        <li key={i}>
          {formatDay(s.on)}:{' '}
          {s.kind === 'met'
            ? `met (${s.note ?? ''})`
            : s.kind === 'missed'
              ? `missed (${s.reason ?? ''})`
              : `revised from ${s.previousDueOn ? formatDay(s.previousDueOn) : 'no date'} to ${s.newDueOn ? formatDay(s.newDueOn) : ''}${s.newWording ? ` (“${s.newWording}”)` : ''}: ${s.reason ?? ''}`}
        </li>
      ))}
    </ul>
  );
}

function CommitmentTargets({ commitment, on }: { commitment: Commitment; on: string }) {
  return (
    <section className="commitment" aria-labelledby={`commitment-${commitment.commitmentId}`} data-commitment={commitment.number}>
      <h2 id={`commitment-${commitment.commitmentId}`}>
        Commitment {commitment.number}: {commitment.title}
      </h2>
      <details>
        <summary>The commitment’s text (made {formatDay(commitment.definedOn)})</summary>
        <p className="commitment-text">{commitment.text}</p>
      </details>
      {commitment.targets.length === 0 ? (
        <p>No dated targets.</p>
      ) : (
        <table className="data targets">
          <caption>
            {plural(commitment.targets.length, 'target')} on {formatDay(on)}
          </caption>
          <thead>
            <tr>
              <th scope="col">Target</th>
              <th scope="col">Due, as the paper words it</th>
              <th scope="col">On {formatDay(on)}</th>
            </tr>
          </thead>
          <tbody>
            {commitment.targets.map((t) => (
              <tr key={t.targetId} data-target={t.targetId} className={t.overdue ? 'overdue' : undefined}>
                <th scope="row">
                  {t.targetId}
                  <div className="target-text">{t.text}</div>
                </th>
                <td>
                  {t.wording}
                  <div className="small">{t.dueOn ? `Counted as due by ${formatDay(t.dueOn)}` : 'Never counted overdue'}</div>
                </td>
                <td>
                  <TargetStatus target={t} on={on} />
                  <Steps target={t} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/**
 * A compact's joint programme: its commitments with their dated targets, each met, missed or
 * revised by a recorded step, and on any date the overdue ones plain to see (only those, if
 * asked). The secretariat records a target met, missed or revised.
 */
export function ProgrammePage() {
  const { id = '' } = useParams();
  const { api, may } = useSession();
  const choices = useAddressChoices();
  const asOf = choices.get('asOf');
  const overdue = choices.get('overdue') === '1';
  const compact = useCompact(id, NOW);
  const programme = useProgramme(id, { asOf, overdue });
  usePageTitle(`Joint programme${compact.data ? `: ${compact.data.covers}` : ''}`);
  return (
    <article className="programme">
      <p className="breadcrumb no-print">
        <Link to="/compacts">Compacts</Link> › <Link to={`/compacts/${id}`}>{compact.data?.title ?? 'The compact'}</Link>
      </p>
      <h1>Joint programme{compact.data ? `: ${compact.data.covers}` : ''}</h1>
      <Filters label="The programme on a date">
        <DayFilter id="programme-as-of" label="On" value={asOf ?? today()} onChange={(v) => choices.set('asOf', v)} />
        <div className="field check-field">
          <label className="check">
            <input type="checkbox" checked={overdue} onChange={(e) => choices.set('overdue', e.target.checked ? '1' : '')} /> Only the overdue targets
          </label>
        </div>
      </Filters>
      <Loaded query={programme} what="the joint programme">
        {(p) => {
          const targets = p.commitments.flatMap((c) => c.targets);
          const late = targets.filter((t) => t.overdue).length;
          return (
            <>
              <p className="programme-summary" role="status">
                On {formatDay(p.asOf)}: {plural(p.commitments.length, 'commitment')}
                {overdue ? ' with an overdue target' : ''}, {plural(targets.length, 'target')} shown; {late === 0 ? 'none' : late} overdue,{' '}
                {targets.filter((t) => t.status === 'met').length} met, {targets.filter((t) => t.status === 'missed').length} missed.
              </p>
              {p.commitments.length === 0 && <p>{overdue ? 'No target is overdue on this date.' : 'No commitments recorded.'}</p>}
              {p.commitments.map((c) => (
                <CommitmentTargets key={c.commitmentId} commitment={c} on={p.asOf} />
              ))}
              {may('programme.record') && (
                <section aria-labelledby="record-h" className="no-print">
                  <h2 id="record-h">Record</h2>
                  <div className="forms">
                    <CommitmentForm compactId={id} />
                    <TargetForms compactId={id} targets={targets} api={api} />
                  </div>
                </section>
              )}
            </>
          );
        }}
      </Loaded>
    </article>
  );
}

function TargetForms({ compactId, targets, api }: { compactId: string; targets: Target[]; api: ReturnType<typeof useSession>['api'] }) {
  const options = targets
    .filter((t) => t.status === 'open')
    .map((t) => ({ value: t.targetId, label: `${t.targetId}: ${t.text.slice(0, 80)}${t.text.length > 80 ? '…' : ''}` }));
  if (options.length === 0) return null;
  const path = (targetId: string) => ({ params: { path: { id: compactId, targetId } } });
  const ruleFields = {
    'target-not-found': 'targetId',
    'target-already-met': 'targetId',
    'target-already-missed': 'targetId',
    'target-not-yet-due': 'targetId',
    'target-steps-in-date-order': 'targetId',
    'invalid-date': 'targetId',
  };
  return (
    <>
      <CommandForm
        title="A target met"
        submitLabel="Record it met"
        fields={[
          { name: 'targetId', label: 'Target', kind: 'select', options, required: true },
          { name: 'metOn', label: 'Met on', kind: 'date', required: true, initial: today() },
          { name: 'note', label: 'How it was met', kind: 'textarea', required: true },
        ]}
        ruleFields={{ ...ruleFields, 'target-note-required': 'note' }}
        send={(v) =>
          api.POST('/compacts/{id}/commitments/targets/{targetId}/met', {
            ...path(v.text('targetId')),
            body: { metOn: v.text('metOn'), note: v.text('note') },
          })
        }
      />
      <CommandForm
        title="A target missed"
        submitLabel="Record it missed"
        fields={[
          { name: 'targetId', label: 'Target', kind: 'select', options, required: true },
          { name: 'recordedOn', label: 'Recorded missed on', kind: 'date', required: true, initial: today() },
          { name: 'reason', label: 'Why', kind: 'textarea', required: true },
        ]}
        ruleFields={{ ...ruleFields, 'target-reason-required': 'reason' }}
        send={(v) =>
          api.POST('/compacts/{id}/commitments/targets/{targetId}/missed', {
            ...path(v.text('targetId')),
            body: { recordedOn: v.text('recordedOn'), reason: v.text('reason') },
          })
        }
      />
      <CommandForm
        title="A target revised"
        submitLabel="Record the revision"
        fields={[
          { name: 'targetId', label: 'Target', kind: 'select', options, required: true },
          { name: 'newDueOn', label: 'New due date', kind: 'date', required: true },
          { name: 'newWording', label: 'The new date, in the words of the paper that revises it', required: true },
          { name: 'reason', label: 'Why', kind: 'textarea', required: true },
          { name: 'revisedOn', label: 'Revised on', kind: 'date', required: true, initial: today() },
        ]}
        ruleFields={{ ...ruleFields, 'revision-reason-required': 'reason', 'target-revision-changes-nothing': 'newDueOn' }}
        send={(v) =>
          api.POST('/compacts/{id}/commitments/targets/{targetId}/revisions', {
            ...path(v.text('targetId')),
            body: { newDueOn: v.text('newDueOn'), newWording: v.text('newWording'), reason: v.text('reason'), revisedOn: v.text('revisedOn') },
          })
        }
      />
    </>
  );
}
