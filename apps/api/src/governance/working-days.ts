import { englandWorkingDayCalendar } from '@compact-ledger/working-days';

/**
 * The one working-day calendar the ledger counts in: England's (weekends and bank holidays, from
 * `date-holidays` through `@compact-ledger/working-days`). Notice periods of meetings and the time
 * limits of escalation levels are counted with it; the deciders that need it are given it, as the
 * compact decider is given its hash function.
 */
export const workingDays = englandWorkingDayCalendar();
