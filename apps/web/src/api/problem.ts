import type { components } from './ledger-api.generated';

/** RFC 9457 problem details, as the API answers every error. */
export type Problem = components['schemas']['ProblemDetails'];

/** A request the API refused (or could not answer): its status and problem details. */
export class ProblemError extends Error {
  override readonly name = 'ProblemError';
  constructor(readonly problem: Problem) {
    super(problem.detail);
  }

  get status(): number {
    return this.problem.status;
  }
}

/** An answer that is not problem details (a proxy's HTML page, a dropped connection) made into one, so every error reads alike. */
export function asProblem(status: number, body: unknown, fallback: string): Problem {
  const candidate = body as Partial<Problem> | null;
  if (candidate && typeof candidate === 'object' && typeof candidate.detail === 'string' && typeof candidate.status === 'number') return candidate as Problem;
  return { type: 'about:blank', title: fallback, status, detail: fallback };
}

/** Where a form shows each part of a problem: beside a field, or above the form. */
export interface PlacedProblem {
  fields: Record<string, string[]>;
  form: string[];
}

/**
 * Places a refusal beside the fields it concerns. A 400 names its fields in `errors`
 * (`signatory.name`, `against[0]`): each goes to the form field with that name or the
 * nearest enclosing one (`signatory`). A 422 names a rule, not a field: `ruleFields`
 * says which field each rule concerns. Anything left over is said above the form.
 */
export function placeProblem(problem: Problem, formFields: readonly string[], ruleFields: Readonly<Record<string, string>> = {}): PlacedProblem {
  const placed: PlacedProblem = { fields: {}, form: [] };
  const put = (field: string | undefined, message: string) => {
    if (field === undefined) placed.form.push(message);
    else (placed.fields[field] ??= []).push(message);
  };
  if (problem.errors && problem.errors.length > 0) {
    for (const error of problem.errors) put(fieldFor(error.field, formFields), error.message);
    return placed;
  }
  if (problem.rule) {
    const field = ruleFields[problem.rule];
    // The detail begins with the rule's name ("partner-not-member: ..."); the form names the rule once, above.
    const message = problem.detail.startsWith(`${problem.rule}: `) ? problem.detail.slice(problem.rule.length + 2) : problem.detail;
    put(field !== undefined && formFields.includes(field) ? field : undefined, message);
    return placed;
  }
  put(undefined, problem.status === 403 ? `Not allowed: ${problem.detail}` : problem.detail);
  return placed;
}

function fieldFor(apiField: string, formFields: readonly string[]): string | undefined {
  // signatory.name, against[0], about[1].ref: try the whole path, then each shorter one.
  const parts = apiField.replace(/\[(\d+)\]/g, '.$1').split('.');
  for (let length = parts.length; length > 0; length--) {
    const candidate = parts.slice(0, length).join('.');
    if (formFields.includes(candidate)) return candidate;
  }
  return undefined;
}
