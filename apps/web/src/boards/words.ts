import type { Schemas } from '../api/client';

/*
 * How the governance pages name the API's fixed lists and figures. Each list is a Record over the
 * generated type's union, so a value the API adds fails the build until it is named here.
 */

type Seat = Schemas['SeatDto'];

export const SEAT_KINDS: Record<Seat['kind'], string> = {
  chair: 'Chair',
  'citizen-representative': 'Citizen representative',
  partner: 'Partner',
  programme: 'Programme',
  other: 'Other',
};

export const ATTENDANCE: Record<Schemas['AttendanceEntryDto']['status'], string> = {
  'lead-present': 'Lead present',
  'deputy-present': 'Deputy present for the lead',
  apologies: 'Apologies',
  absent: 'Absent',
};

export const NATURES: Record<Schemas['DeclarationDto']['nature'], string> = {
  'commercial-arrangement': 'Commercial arrangement',
  'professional-or-representative-body': 'Professional or representative body',
  regulator: 'Regulator',
  'other-network': 'Other network',
  'political-direction': 'Political direction',
  other: 'Other',
};

export const HANDLING: Record<Schemas['DeclarationDto']['handling'], string> = {
  'may-take-part': 'May take part',
  'excluded-from-items': 'Excluded from the items',
};

export const DIRECTIONS: Record<Schemas['DecisionValueDto']['direction'], string> = { investment: 'investment', disinvestment: 'disinvestment' };
export const BASES: Record<Schemas['DecisionValueDto']['basis'], string> = { capital: 'capital', 'annual-revenue': 'annual revenue' };

export const MEETING_STATUS: Record<Schemas['MeetingSummaryDto']['status'], string> = { scheduled: 'scheduled', held: 'held', cancelled: 'cancelled' };

const POUNDS = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
export const pounds = (amount: number) => POUNDS.format(amount);

/** "an investment of £250,000 annual revenue" */
export const valueText = (value: Schemas['DecisionValueDto']) => `${DIRECTIONS[value.direction]} of ${pounds(value.amountPounds)} ${BASES[value.basis]}`;

/** 7/10 as "70%"; a fraction that is no whole percentage as it is. */
export function quorumRule(quorum: Schemas['QuorumDto']): string {
  const percent = (quorum.numerator * 100) / quorum.denominator;
  return Number.isInteger(percent) ? `${percent}%` : `${quorum.numerator}/${quorum.denominator}`;
}

/** "11 of 16 voting seats present and not excluded, 12 needed (70%): not quorate" */
export function quorumText(quorum: Schemas['QuorumCountDto']): string {
  return `${quorum.counted} of ${quorum.votingSeats} voting seats present and not excluded, ${quorum.needed} needed (${quorum.rule}): ${quorum.quorate ? 'quorate' : 'not quorate'}`;
}

/** A seat's title by its id, from the seats the meeting or board gives; the id where none is found. */
export const seatTitle = (seats: readonly Pick<Seat, 'seatId' | 'title'>[], seatId: string) => seats.find((s) => s.seatId === seatId)?.title ?? seatId;

/** "For 10 (Chair, …), against 1 (…), abstained 1 (…)", or "By consensus". */
export function outcomeText(outcome: Schemas['OutcomeViewDto'], title: (seatId: string) => string, carried: boolean): string {
  const result = carried ? 'carried' : 'not carried';
  if (outcome.kind === 'consensus') return `By consensus: ${result}`;
  const side = (name: string, seats: string[] | undefined) =>
    `${name} ${seats?.length ?? 0}${seats && seats.length > 0 ? ` (${seats.map(title).join(', ')})` : ''}`;
  return `By a vote: ${side('for', outcome.for)}; ${side('against', outcome.against)}; ${side('abstained', outcome.abstained)}: ${result}`;
}
