export interface DraftCompact {
  type: 'DraftCompact';
  data: { compactId: string; title: string; covers: string; description: string | null };
}

export type CompactCommand = DraftCompact;
