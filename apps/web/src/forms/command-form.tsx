import { type FormEvent, type ReactNode, type RefObject, useId, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { answer, type CommandResult } from '../api/client';
import { asProblem, type PlacedProblem, placeProblem, ProblemError } from '../api/problem';
import { useSession } from '../auth/session';
import { FieldError, FormValues } from './form-values';

export { FieldError, FormValues, type PaperDateInput } from './form-values';

export interface Option {
  value: string;
  label: string;
}

/** One field of a command's form. Its `name` is the API's field path (signatory.name), so the API's 400 finds it. */
export interface FieldSpec {
  name: string;
  label: string;
  /**
   * `paper-date`: a date as the paper gives it, at its precision (2015-08-25, 2015-08, 2015),
   * with the paper's own words if wanted, or "the paper gives no date" ticked.
   */
  kind?: 'text' | 'textarea' | 'date' | 'paper-date' | 'number' | 'select' | 'checkboxes' | 'file';
  options?: readonly Option[];
  /** Said beside the label; the API decides what is required, and says so beside the field. */
  required?: boolean;
  hint?: string;
  initial?: string | readonly string[];
  /** For a select whose choice changes the rest of the form (the corrections form's fact). */
  onChange?: (value: string) => void;
}

export type Send = (values: FormValues) => Promise<{ data?: CommandResult; error?: unknown; response: Response }>;

/** A field's element id: under `field-`, so a field named `title` or `problem` never takes the id of the form's own heading or summary. */
export const fieldId = (form: string, name: string) => `${form}-field-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;

export type ShownProblem = PlacedProblem & { title: string; rule?: string };

/**
 * Sending a command from a form, and what came of it: the API's validation errors (400, each
 * naming its field) and rule refusals (422, naming the rule) placed beside the field they
 * concern, the rest above the form. On success every read on the page is fetched again (waiting
 * for the read models to include the new event).
 */
export function useCommand({
  fieldNames,
  ruleFields,
  send,
  onRecorded,
}: {
  fieldNames: readonly string[];
  ruleFields?: Readonly<Record<string, string>>;
  send: Send;
  onRecorded?: (result: CommandResult) => void;
}) {
  const session = useSession();
  const queries = useQueryClient();
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<ShownProblem | null>(null);
  const [recorded, setRecorded] = useState<CommandResult | null>(null);
  const summary = useRef<HTMLDivElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setPending(true);
    setProblem(null);
    setRecorded(null);
    try {
      const result = answer(await send(new FormValues(new FormData(form))));
      session.recorded(result.position);
      setRecorded(result);
      form.reset();
      onRecorded?.(result);
      await queries.invalidateQueries();
    } catch (error) {
      if (error instanceof FieldError) {
        setProblem({ fields: { [error.field]: [error.message] }, form: [], title: 'a value is not one the ledger can take' });
      } else {
        const details = error instanceof ProblemError ? error.problem : asProblem(0, null, `The ledger could not be reached: ${(error as Error).message}`);
        if (details.status === 401) session.signOut(`The ledger refused your token: ${details.detail}`);
        setProblem({ ...placeProblem(details, fieldNames, ruleFields), title: details.title, rule: details.rule });
      }
      // After React has drawn the summary: move focus there, so a keyboard or screen reader user hears what went wrong.
      setTimeout(() => summary.current?.focus(), 0);
    } finally {
      setPending(false);
    }
  }

  return { submit, pending, problem, recorded, summary, errorsFor: (name: string) => problem?.fields[name] ?? [] };
}

/** Above a form: what the ledger refused, with a link to each field it concerns; or that it was recorded. */
export function CommandOutcome({
  formId,
  problem,
  recorded,
  summary,
  labelOf,
}: {
  formId: string;
  problem: ShownProblem | null;
  recorded: CommandResult | null;
  summary: RefObject<HTMLDivElement | null>;
  labelOf: (name: string) => string;
}) {
  return (
    <>
      {problem && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby={`${formId}-problem`}>
          <h4 id={`${formId}-problem`}>Not recorded: {problem.title}</h4>
          {problem.rule && (
            <p>
              Rule: <code>{problem.rule}</code>
            </p>
          )}
          <ul>
            {problem.form.map((message) => (
              <li key={message}>{message}</li>
            ))}
            {Object.entries(problem.fields).map(([name, messages]) => (
              <li key={name}>
                <a href={`#${fieldId(formId, name)}`}>{labelOf(name)}</a>: {messages.join('; ')}
              </li>
            ))}
          </ul>
        </div>
      )}
      {recorded && (
        <p className="recorded" role="status">
          Recorded (event at position {recorded.position}).
        </p>
      )}
    </>
  );
}

interface CommandFormProps {
  title: string;
  description?: ReactNode;
  fields: readonly FieldSpec[];
  /** Which field each domain rule concerns: a 422 naming the rule is shown beside it. */
  ruleFields?: Readonly<Record<string, string>>;
  submitLabel: string;
  send: Send;
  onRecorded?: (result: CommandResult) => void;
  /** Shown open; otherwise folded to its title until the person opens it. */
  startOpen?: boolean;
}

/**
 * A command as a form: the person fills it in, the API decides. Nothing is checked in
 * the page (useCommand says what the API answered, beside the fields it concerns). Folded
 * to its title until opened, so a page of many commands stays readable.
 */
export function CommandForm({ title, description, fields, ruleFields, submitLabel, send, onRecorded, startOpen = false }: CommandFormProps) {
  const formId = useId().replace(/:/g, '');
  const command = useCommand({ fieldNames: fieldNamesOf(fields), ruleFields, send, onRecorded });
  return (
    <FoldedCommand formId={formId} title={title} startOpen={startOpen}>
      {description && <div className="command-description">{description}</div>}
      <CommandOutcome
        formId={formId}
        problem={command.problem}
        recorded={command.recorded}
        summary={command.summary}
        labelOf={(name) => fields.find((f) => f.name === name)?.label ?? name}
      />
      <form onSubmit={command.submit} noValidate aria-describedby={command.problem ? `${formId}-problem` : undefined}>
        {fields.map((field) => (
          <Field key={field.name} formId={formId} field={field} errors={command.errorsFor(field.name)} />
        ))}
        <button type="submit" disabled={command.pending}>
          {command.pending ? 'Recording…' : submitLabel}
        </button>
      </form>
    </FoldedCommand>
  );
}

/** The names the API's errors may name for these fields (a paper date's parts count as the date). */
export const fieldNamesOf = (fields: readonly FieldSpec[]) => fields.map((f) => f.name);

/** A command's section, folded to its title until the person opens it. */
export function FoldedCommand({ formId, title, startOpen = false, children }: { formId: string; title: string; startOpen?: boolean; children: ReactNode }) {
  const [open, setOpen] = useState(startOpen);
  return (
    <section className="command" aria-labelledby={`${formId}-title`}>
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          <h3 id={`${formId}-title`}>{title}</h3>
        </summary>
        {children}
      </details>
    </section>
  );
}

export function Field({ formId, field, errors }: { formId: string; field: FieldSpec; errors: string[] }) {
  const id = fieldId(formId, field.name);
  const hintId = field.hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const invalid = errors.length > 0 || undefined;
  const common = { id, name: field.name, 'aria-describedby': describedBy, 'aria-invalid': invalid, 'aria-required': field.required || undefined };
  const initial = typeof field.initial === 'string' ? field.initial : undefined;
  const onChange = field.onChange;
  const hint = field.hint && (
    <p className="hint" id={hintId}>
      {field.hint}
    </p>
  );
  const error = errorId && (
    <p className="field-error" id={errorId}>
      {errors.join('; ')}
    </p>
  );
  const label = (
    <>
      {field.label}
      {field.required && <span className="required"> (required)</span>}
    </>
  );

  if (field.kind === 'checkboxes') {
    const ticked = Array.isArray(field.initial) ? field.initial : [];
    return (
      <fieldset className={`field${invalid ? ' invalid' : ''}`} id={id} aria-describedby={describedBy} tabIndex={-1}>
        <legend>{label}</legend>
        {hint}
        {error}
        {(field.options ?? []).map((option) => (
          <label key={option.value} className="check">
            <input type="checkbox" name={field.name} value={option.value} defaultChecked={ticked.includes(option.value)} /> {option.label}
          </label>
        ))}
      </fieldset>
    );
  }
  if (field.kind === 'paper-date') {
    const dateHintId = `${id}-forms`;
    return (
      <div className={`field paper-date-field${invalid ? ' invalid' : ''}`}>
        <label htmlFor={id} id={`${id}-label`}>
          {label}
        </label>
        {hint}
        <p className="hint" id={dateHintId}>
          As the paper gives it: a day (2015-08-25), or only a month (2015-08) or a year (2015) where that is all it gives.
        </p>
        {error}
        <input {...common} aria-describedby={[describedBy, dateHintId].filter(Boolean).join(' ')} type="text" inputMode="numeric" defaultValue={initial} />
        <div className="paper-date-more">
          <label htmlFor={`${id}-as-written`}>The paper’s words for this date (optional)</label>
          <input id={`${id}-as-written`} name={`${field.name}.asWritten`} type="text" aria-describedby={`${id}-label`} />
          <label className="check">
            <input type="checkbox" name={`${field.name}.notGiven`} value="yes" aria-describedby={`${id}-label`} /> The paper gives no date
          </label>
        </div>
      </div>
    );
  }
  return (
    <div className={`field${invalid ? ' invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint}
      {error}
      {field.kind === 'textarea' ? (
        <textarea {...common} rows={3} defaultValue={initial} />
      ) : field.kind === 'select' ? (
        <select {...common} defaultValue={initial} onChange={onChange && ((e) => onChange(e.target.value))}>
          {(field.options ?? []).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type={field.kind === 'date' ? 'date' : field.kind === 'number' ? 'text' : field.kind === 'file' ? 'file' : 'text'}
          inputMode={field.kind === 'number' ? 'numeric' : undefined}
          defaultValue={field.kind === 'file' ? undefined : initial}
        />
      )}
    </div>
  );
}
