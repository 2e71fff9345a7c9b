/** The one place stream names are made. */
export const compactStream = (compactId: string) => `compact-${compactId}`;
export const disputeStream = (disputeId: string) => `dispute-${disputeId}`;
export const boardStream = (boardId: string) => `board-${boardId}`;
export const meetingStream = (meetingId: string) => `meeting-${meetingId}`;
/** A compact's joint programme: its commitments with dated targets, and its measures of success with their quarterly values. */
export const programmeStream = (compactId: string) => `programme-${compactId}`;
/** The record of a compact's evidence packs: who exported which, when, at which checkpoint. */
export const evidenceExportsStream = (compactId: string) => `evidence-exports-${compactId}`;
