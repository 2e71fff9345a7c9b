import type { DomainEvent } from '../shared/decider';

export type CompactDrafted = DomainEvent<
  'CompactDrafted',
  {
    compactId: string;
    title: string;
    /** The place or system the compact covers. */
    covers: string;
    description: string | null;
  }
>;

export type CompactEvent = CompactDrafted;
export type CompactEventType = CompactEvent['type'];
