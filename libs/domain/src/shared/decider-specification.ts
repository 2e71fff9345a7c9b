import { type Decider, type DomainEvent, DomainRuleViolation, fold } from './decider';

/**
 * Given / when / then for a decider, in the style of Emmett's DeciderSpecification:
 *
 *   DeciderSpecification.for(decider)
 *     .given([compactDrafted, versionPublished])
 *     .when(signVersion)
 *     .then([partnerSigned]);              // or .thenThrows('signature-hash-mismatch')
 *
 * It depends on no test framework: a failed expectation throws a DeciderSpecificationFailure
 * whose message shows what was expected and what happened, so any runner reports it.
 */
export class DeciderSpecificationFailure extends Error {
  override readonly name = 'DeciderSpecificationFailure';
}

/** What a refusal is checked against: a DomainRuleViolation's rule, an error class, or a predicate. */
export type ErrorExpectation = string | (abstract new (...args: never[]) => Error) | ((error: unknown) => boolean);

export interface DeciderThen<Event extends DomainEvent> {
  /** The events decide() returns, compared as plain JSON (key order and `undefined` fields ignored); or a check of them. */
  then(expected: Event[] | ((events: Event[]) => void)): void;
  /** decide() refuses: by a DomainRuleViolation with this rule, with an error of this class, or one the predicate accepts. */
  thenThrows(expectation?: ErrorExpectation): void;
}

export interface DeciderWhen<Command, Event extends DomainEvent> {
  when(command: Command): DeciderThen<Event>;
}

export const DeciderSpecification = {
  for<Command, Event extends DomainEvent, State>(decider: Decider<Command, Event, State>) {
    return {
      given(events: Event[]): DeciderWhen<Command, Event> {
        return {
          when(command: Command): DeciderThen<Event> {
            const run = (): Event[] => decider.decide(command, fold(decider, events));
            return {
              then(expected) {
                const actual = run();
                if (typeof expected === 'function') {
                  expected(actual);
                  return;
                }
                const want = stableJson(expected);
                const got = stableJson(actual);
                if (want !== got) {
                  throw new DeciderSpecificationFailure(
                    `decide() returned other events than expected.\nexpected: ${pretty(expected)}\nactual:   ${pretty(actual)}`,
                  );
                }
              },
              thenThrows(expectation) {
                let actual: Event[];
                try {
                  actual = run();
                } catch (error) {
                  if (expectation === undefined || matches(error, expectation)) return;
                  throw new DeciderSpecificationFailure(`decide() threw, but not as expected (${describe(expectation)}): ${describeError(error)}`);
                }
                throw new DeciderSpecificationFailure(`decide() was expected to throw (${describe(expectation)}) but returned: ${pretty(actual)}`);
              },
            };
          },
        };
      },
    };
  },
};

function matches(error: unknown, expectation: ErrorExpectation): boolean {
  if (typeof expectation === 'string') return error instanceof DomainRuleViolation && error.rule === expectation;
  if (isErrorClass(expectation)) return error instanceof expectation;
  return expectation(error);
}

function isErrorClass(value: ErrorExpectation): value is abstract new (...args: never[]) => Error {
  return typeof value === 'function' && (value === Error || value.prototype instanceof Error);
}

function describe(expectation: ErrorExpectation | undefined): string {
  if (expectation === undefined) return 'any error';
  if (typeof expectation === 'string') return `rule '${expectation}'`;
  if (isErrorClass(expectation)) return `an instance of ${expectation.name}`;
  return 'an error the predicate accepts';
}

function describeError(error: unknown): string {
  if (error instanceof DomainRuleViolation) return `DomainRuleViolation rule '${error.rule}': ${error.message}`;
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/** JSON with sorted keys and `undefined` fields dropped: plain-data equality. */
export function stableJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const field = (value as Record<string, unknown>)[key];
      if (field !== undefined) out[key] = sortKeys(field);
    }
    return out;
  }
  return value;
}

function pretty(value: unknown): string {
  return JSON.stringify(sortKeys(value), null, 2);
}
