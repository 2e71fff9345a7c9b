import { createMeetingDecider } from '@compact-ledger/domain';
import { workingDays } from '../governance/working-days';

/** The meeting decider, counting its notice rules in England's working days. */
export const meetingDecider = createMeetingDecider({ calendar: workingDays });
