/** A time scale over whole years, for drawing periods as bars (percentages of the width). */
export interface TimeScale {
  from: string;
  to: string;
  years: number[];
  /** Where a date falls, 0 to 100. */
  at(date: string): number;
}

const day = (date: string) => Date.parse(`${date.slice(0, 10)}T00:00:00Z`);

/** From 1 January of the earliest date to 1 January after the latest (at least one year). */
export function yearScale(dates: readonly string[]): TimeScale {
  const valid = dates.filter((d) => !Number.isNaN(day(d)));
  const first = valid.length ? Math.min(...valid.map((d) => Number(d.slice(0, 4)))) : new Date().getUTCFullYear();
  const last = valid.length ? Math.max(...valid.map((d) => Number(d.slice(0, 4)))) : first;
  const from = `${first}-01-01`;
  const to = `${last + 1}-01-01`;
  const start = day(from);
  const span = day(to) - start;
  const years = Array.from({ length: last + 1 - first }, (_, i) => first + i);
  return { from, to, years, at: (date) => Math.min(100, Math.max(0, ((day(date) - start) / span) * 100)) };
}
