/** The one place stream names are made (EXAMPLES.md point 4). */
export const compactStream = (compactId: string) => `compact-${compactId}`;
export const disputeStream = (disputeId: string) => `dispute-${disputeId}`;
export const boardStream = (boardId: string) => `board-${boardId}`;
export const meetingStream = (meetingId: string) => `meeting-${meetingId}`;
