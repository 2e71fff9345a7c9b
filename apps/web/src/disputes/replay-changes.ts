import diff from 'microdiff';

/** One thing an event changed in the dispute: where, and its value before and after. */
export interface StateChange {
  /** The path in the dispute's shape (GET /disputes/{id}): `currentLevel`, `levelsReached[1]`, `resolution`. */
  path: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

/** Fields every step changes and the step's own header already shows. */
const BOOKKEEPING = new Set(['revision']);

const pathText = (path: ReadonlyArray<string | number>) =>
  path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');

/**
 * What an event changed: the difference between the dispute as it stood before it and
 * after it (microdiff, a structural diff), path by path. The first event (the raising)
 * has nothing before it: every field it set is a change. An item added to a list is
 * one change carrying the whole item, not one per field inside it.
 */
export function stateChanges(before: Record<string, unknown> | null, after: Record<string, unknown>): StateChange[] {
  const changes = diff(before ?? {}, after).map((d): StateChange => {
    const path = pathText(d.path);
    if (d.type === 'CREATE') return { path, kind: 'added', after: d.value };
    if (d.type === 'REMOVE') return { path, kind: 'removed', before: d.oldValue };
    return { path, kind: 'changed', before: d.oldValue, after: d.value };
  });
  return changes.filter((c) => !BOOKKEEPING.has(c.path) && !(before === null && isEmpty(c.after)));
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (Array.isArray(value) && value.length === 0);
}
