import { dayText } from './dates/paper-date';

/** How dates, roles and names read on the pages (British English, as the papers are). A date from a paper is a PaperDate: dates/paper-date.ts. */

const MOMENT = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' });

/** A day the ledger holds exactly (a meeting's, a step's) as "25 Aug 2015"; the value as it is when it is not a day. */
export function formatDay(date: string | null | undefined): string {
  return date ? dayText(date) : '';
}

/** A recorded time (ISO, UTC) as "4 Dec 2026, 19:12:44 UTC". */
export function formatMoment(moment: string | null | undefined): string {
  if (!moment) return '';
  const parsed = new Date(moment);
  return Number.isNaN(parsed.getTime()) ? moment : `${MOMENT.format(parsed)} UTC`;
}

/** today as YYYY-MM-DD, in the browser's own time zone (a person's "today"). */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** kebab-case words as a phrase: "open-for-signature" reads "open for signature". */
export function words(value: string | null | undefined): string {
  return (value ?? '').replace(/-/g, ' ');
}

/** "DisputeEscalated" reads "Dispute escalated". */
export function eventName(type: string): string {
  const spaced = type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
