import type { Schemas } from '../api/client';
import { formatDay, words } from '../format';

type Term = Schemas['SetTermDto'];

/** A compact's term in a line: how it comes into force, and when it runs. */
export function termSummary(term: Term | null): string {
  if (!term) return 'No term recorded';
  const parts = [term.inForceRule === 'all-partners-signed' ? 'In force when every partner has signed' : 'In force by explicit decision'];
  if (term.effectiveFrom) parts.push(`from ${formatDay(term.effectiveFrom)}`);
  if (term.expiresOn) parts.push(`until ${formatDay(term.expiresOn)}`);
  else if (term.durationMonths) parts.push(`for ${term.durationMonths} months`);
  if (term.refreshDueBy) parts.push(`refresh due by ${formatDay(term.refreshDueBy)}`);
  return parts.join(', ');
}

export function StatusBadge({ status }: { status: string }) {
  return <span className={`status status-${status}`}>{words(status)}</span>;
}
