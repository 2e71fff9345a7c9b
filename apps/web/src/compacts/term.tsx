import type { Schemas } from '../api/client';
import { dateLabel } from '../dates/paper-date';
import { words } from '../format';

type Term = Schemas['TermDto'];

/** A compact's term in a line: how it comes into force, and when it runs, each date at the precision the paper gives it ("from 2015, until 2018"). */
export function termSummary(term: Term | null): string {
  if (!term) return 'No term recorded';
  const parts = [term.inForceRule === 'all-partners-signed' ? 'In force when every partner has signed' : 'In force by explicit decision'];
  if (term.effectiveFrom) parts.push(`from ${dateLabel(term.effectiveFrom)}`);
  if (term.expiresOn) parts.push(`until ${dateLabel(term.expiresOn)}`);
  else if (term.durationMonths) parts.push(`for ${term.durationMonths} months`);
  if (term.refreshDueBy) parts.push(`refresh due by ${dateLabel(term.refreshDueBy)}`);
  return parts.join(', ');
}

export function StatusBadge({ status }: { status: string }) {
  return <span className={`status status-${status}`}>{words(status)}</span>;
}
