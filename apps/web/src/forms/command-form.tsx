import { type FormEvent, type ReactNode, useId, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { answer, type CommandResult } from '../api/client';
import { asProblem, type PlacedProblem, placeProblem, ProblemError } from '../api/problem';
import { useSession } from '../auth/session';

export interface Option {
  value: string;
  label: string;
}

/** One field of a command's form. Its `name` is the API's field path (signatory.name), so the API's 400 finds it. */
export interface FieldSpec {
  name: string;
  label: string;
  kind?: 'text' | 'textarea' | 'date' | 'number' | 'select' | 'checkboxes' | 'file';
  options?: readonly Option[];
  /** Said beside the label; the API decides what is required, and says so beside the field. */
  required?: boolean;
  hint?: string;
  initial?: string | readonly string[];
}

/** The values of a submitted form, read from its elements: text as entered, checkboxes as the values ticked. */
export class FormValues {
  constructor(private readonly data: FormData) {}

  text(name: string): string {
    const value = this.data.get(name);
    return typeof value === 'string' ? value.trim() : '';
  }

  /** The text, or null when left blank (for the API's nullable fields). */
  optional(name: string): string | null {
    const value = this.text(name);
    return value === '' ? null : value;
  }

  /** A whole number as entered; what is not one is passed on as it is, for the API to name. */
  number(name: string): number {
    const value = this.text(name);
    return /^-?[0-9]+$/.test(value) ? Number(value) : (value as unknown as number);
  }

  ticked(name: string): string[] {
    return this.data.getAll(name).filter((v): v is string => typeof v === 'string');
  }

  /** One entry per non-blank line of a text area. */
  lines(name: string): string[] {
    return this.text(name)
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
  }

  file(name: string): File | null {
    const value = this.data.get(name);
    return value instanceof File && value.name !== '' ? value : null;
  }
}

interface CommandFormProps {
  title: string;
  description?: ReactNode;
  fields: readonly FieldSpec[];
  /** Which field each domain rule concerns: a 422 naming the rule is shown beside it. */
  ruleFields?: Readonly<Record<string, string>>;
  submitLabel: string;
  send: (values: FormValues) => Promise<{ data?: CommandResult; error?: unknown; response: Response }>;
  onRecorded?: (result: CommandResult) => void;
  /** Shown open; otherwise folded to its title until the person opens it. */
  startOpen?: boolean;
}

const fieldId = (form: string, name: string) => `${form}-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/**
 * A command as a form: the person fills it in, the API decides. Nothing is checked in
 * the page: the API's validation errors (400, each naming its field) and rule refusals
 * (422, naming the rule) are shown beside the field they concern, the rest above the
 * form, with a summary that links to each. On success, every read on the page is
 * fetched again (waiting for the read models to include the new event). Folded to its
 * title until opened, so a page of many commands stays readable.
 */
export function CommandForm({ title, description, fields, ruleFields, submitLabel, send, onRecorded, startOpen = false }: CommandFormProps) {
  const session = useSession();
  const queries = useQueryClient();
  const formId = useId().replace(/:/g, '');
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<(PlacedProblem & { title: string; rule?: string }) | null>(null);
  const [recorded, setRecorded] = useState<CommandResult | null>(null);
  const [open, setOpen] = useState(startOpen);
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
      const details = error instanceof ProblemError ? error.problem : asProblem(0, null, `The ledger could not be reached: ${(error as Error).message}`);
      if (details.status === 401) session.signOut(`The ledger refused your token: ${details.detail}`);
      const placed = placeProblem(
        details,
        fields.map((f) => f.name),
        ruleFields,
      );
      setProblem({ ...placed, title: details.title, rule: details.rule });
      // After React has drawn the summary: move focus there, so a keyboard or screen reader user hears what went wrong.
      setTimeout(() => summary.current?.focus(), 0);
    } finally {
      setPending(false);
    }
  }

  const errorsFor = (name: string) => problem?.fields[name] ?? [];
  const fieldErrors = problem ? Object.entries(problem.fields) : [];

  return (
    <section className="command" aria-labelledby={`${formId}-title`}>
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          <h3 id={`${formId}-title`}>{title}</h3>
        </summary>
        {description && <div className="command-description">{description}</div>}
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
              {fieldErrors.map(([name, messages]) => (
                <li key={name}>
                  <a href={`#${fieldId(formId, name)}`}>{fields.find((f) => f.name === name)?.label ?? name}</a>: {messages.join('; ')}
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
        <form onSubmit={submit} noValidate aria-describedby={problem ? `${formId}-problem` : undefined}>
          {fields.map((field) => (
            <Field key={field.name} formId={formId} field={field} errors={errorsFor(field.name)} />
          ))}
          <button type="submit" disabled={pending}>
            {pending ? 'Recording…' : submitLabel}
          </button>
        </form>
      </details>
    </section>
  );
}

function Field({ formId, field, errors }: { formId: string; field: FieldSpec; errors: string[] }) {
  const id = fieldId(formId, field.name);
  const hintId = field.hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const invalid = errors.length > 0 || undefined;
  const common = { id, name: field.name, 'aria-describedby': describedBy, 'aria-invalid': invalid, 'aria-required': field.required || undefined };
  const initial = typeof field.initial === 'string' ? field.initial : undefined;
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
  return (
    <div className={`field${invalid ? ' invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint}
      {error}
      {field.kind === 'textarea' ? (
        <textarea {...common} rows={3} defaultValue={initial} />
      ) : field.kind === 'select' ? (
        <select {...common} defaultValue={initial}>
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
