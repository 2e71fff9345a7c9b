/** The one place stream names are made. */
export const compactStream = (compactId: string) => `compact-${compactId}`;
export const disputeStream = (disputeId: string) => `dispute-${disputeId}`;
export const boardStream = (boardId: string) => `board-${boardId}`;
export const meetingStream = (meetingId: string) => `meeting-${meetingId}`;
