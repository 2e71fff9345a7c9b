import { v5 as uuidv5 } from 'uuid';

/** The namespace of the ids of events a decision caused (RFC 9562 name-based UUIDs, version 5). */
const CAUSED_BY_DECISION = 'a3c1f1de-5b9e-4c53-9a8e-2d3f0c6f7b41';

/**
 * The id of the `index`-th event a decision's consequence appends: the same for the same decision
 * event every time it is derived, so a second run (after a restart, a replay from an older
 * checkpoint, a rebuild) appends nothing the store does not already hold under that id.
 */
export function consequenceEventId(causeEventId: string, index: number): string {
  return uuidv5(`${causeEventId}/${index}`, CAUSED_BY_DECISION);
}

/** An id a decision's consequence creates (a fact's id), told apart by `purpose`, derived from its cause in the same way. */
export function consequenceId(causeEventId: string, purpose: string): string {
  return uuidv5(`${causeEventId}/${purpose}`, CAUSED_BY_DECISION);
}
