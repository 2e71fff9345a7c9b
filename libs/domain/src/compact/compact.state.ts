export type CompactState =
  | { status: 'none' }
  | { status: 'draft'; compactId: string; title: string; covers: string; description: string | null };

export const initialCompactState = (): CompactState => ({ status: 'none' });
