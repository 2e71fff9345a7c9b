import { useState } from 'react';
import type { Schemas } from '../api/client';
import { useSession } from '../auth/session';
import { NOW } from '../compacts/as-of';
import { optionsOf } from '../compacts/choices';
import { useCompact } from '../compacts/queries';
import { CommandForm, type FieldSpec, type FormValues, type Option } from '../forms/command-form';
import { filledRows, renumberRows } from '../forms/form-rows';
import { SEAT_KINDS } from './words';

type Terms = Schemas['TermsOfReferenceDto'];
type Seat = Schemas['SeatDto'];

const VOTING: Record<'voting' | 'attending', string> = { voting: 'Voting member', attending: 'In attendance, without a vote' };
const LEAVE_OUT: Option[] = [{ value: 'yes', label: 'Leave this seat out of the new version' }];
const SEAT_PARTS = ['seatId', 'title', 'organisationId', 'lead.name', 'lead.role', 'deputy.name', 'deputy.role'] as const;

/** A lead or deputy as the form gives them: null where name and role are both blank (the API says so beside the name when only a role is given). */
function person(v: FormValues, name: string): Schemas['NamedPersonDto'] | null {
  const who = v.optional(`${name}.name`);
  const role = v.optional(`${name}.role`);
  return who === null && role === null ? null : { name: who ?? '', role };
}

/** A whole number, or null where left blank (meetings and reviews "every so many months", which a paper may not set). */
const optionalNumber = (v: FormValues, name: string) => (v.optional(name) === null ? null : v.number(name));

function seatFields(i: number, seat: Seat | undefined, partners: readonly Option[]): FieldSpec[] {
  const n = `Seat ${i + 1}${seat ? ` (${seat.title})` : ''}`;
  return [
    {
      name: `seats.${i}.seatId`,
      label: `${n}: id`,
      initial: seat?.seatId,
      hint: i === 0 ? 'Lower-case words joined by hyphens, unique on the board' : undefined,
    },
    { name: `seats.${i}.title`, label: `${n}: title, as the paper names the row`, initial: seat?.title },
    { name: `seats.${i}.kind`, label: `${n}: kind`, kind: 'select', options: optionsOf(SEAT_KINDS), initial: seat?.kind ?? 'partner' },
    {
      name: `seats.${i}.organisationId`,
      label: `${n}: the partner it is for`,
      kind: 'select',
      options: [{ value: '', label: 'None (not a partner’s seat)' }, ...partners],
      initial: seat?.organisationId ?? '',
    },
    { name: `seats.${i}.voting`, label: `${n}: vote`, kind: 'select', options: optionsOf(VOTING), initial: seat && !seat.voting ? 'attending' : 'voting' },
    {
      name: `seats.${i}.lead.name`,
      label: `${n}: named lead`,
      initial: seat?.lead?.name ?? '',
      hint: i === 0 ? 'Blank while the paper says “Tbc”' : undefined,
    },
    { name: `seats.${i}.lead.role`, label: `${n}: lead’s role`, initial: seat?.lead?.role ?? '' },
    { name: `seats.${i}.deputy.name`, label: `${n}: named deputy`, initial: seat?.deputy?.name ?? '' },
    { name: `seats.${i}.deputy.role`, label: `${n}: deputy’s role`, initial: seat?.deputy?.role ?? '' },
    ...(seat ? [{ name: `seats.${i}.leave`, label: `${n}: leave out`, kind: 'checkboxes' as const, options: LEAVE_OUT }] : []),
  ];
}

/**
 * Adopting a new version of a board's terms of reference: filled in from the latest version adopted
 * (or blank, for a board with none), its seats one row each (a row to leave a seat out, blank
 * rows to add one), the quorum as a fraction of the voting seats, meetings, notice in working
 * days. The matters reserved to the board are carried over from the latest version adopted. Only the
 * secretariat (`boards.manage`) is offered it; the API decides.
 */
export function TermsOfReferenceForm({ boardId, compactId, inForce }: { boardId: string; compactId: string; inForce: Terms | null }) {
  const { api } = useSession();
  const compact = useCompact(compactId, NOW);
  const seats = inForce?.seats ?? [];
  // Today's partners, and any a seat names that is a partner no longer (the API says whether the seat may stay).
  const partners: Option[] = (compact.data?.partners ?? []).map((p) => ({ value: p.organisationId, label: p.name }));
  for (const seat of seats) {
    if (seat.organisationId && !partners.some((p) => p.value === seat.organisationId)) {
      partners.push({ value: seat.organisationId, label: `${seat.title} (not a partner today)` });
    }
  }
  const [added, setAdded] = useState(seats.length === 0 ? 3 : 1);
  const rows = seats.length + added;
  const fields: FieldSpec[] = [
    { name: 'version', label: 'Version', required: true, hint: inForce ? `The latest adopted is ${inForce.version}` : undefined },
    { name: 'effectiveOn', label: 'In effect from', kind: 'date', required: true },
    { name: 'source', label: 'Source: the paper that sets them out', kind: 'textarea', required: true },
    {
      name: 'quorum.numerator',
      label: 'Quorum: voting seats needed, as a fraction: numerator',
      kind: 'number',
      required: true,
      initial: String(inForce?.quorum.numerator ?? ''),
    },
    {
      name: 'quorum.denominator',
      label: 'Quorum: denominator',
      kind: 'number',
      required: true,
      initial: String(inForce?.quorum.denominator ?? ''),
      hint: '70% is 7 over 10',
    },
    {
      name: 'meetingEveryMonths',
      label: 'Meets every so many months',
      kind: 'number',
      initial: String(inForce?.meetingEveryMonths ?? ''),
      hint: 'Blank where the paper sets none',
    },
    {
      name: 'reviewEveryMonths',
      label: 'Reviewed every so many months',
      kind: 'number',
      initial: String(inForce?.reviewEveryMonths ?? ''),
      hint: 'Blank where the paper sets none',
    },
    {
      name: 'notice.agendaItemsWorkingDaysBefore',
      label: 'Notice: agenda items, working days before the meeting',
      kind: 'number',
      required: true,
      initial: String(inForce?.notice.agendaItemsWorkingDaysBefore ?? ''),
    },
    {
      name: 'notice.papersWorkingDaysBefore',
      label: 'Notice: papers, working days before the meeting',
      kind: 'number',
      required: true,
      initial: String(inForce?.notice.papersWorkingDaysBefore ?? ''),
    },
    {
      name: 'notice.draftMinutesWorkingDaysAfter',
      label: 'Notice: draft minutes, working days after the meeting',
      kind: 'number',
      required: true,
      initial: String(inForce?.notice.draftMinutesWorkingDaysAfter ?? ''),
    },
    ...Array.from({ length: rows }, (_, i) => seatFields(i, seats[i], partners)).flat(),
  ];
  const reserved = inForce?.reservedMatters ?? [];
  // A select takes its first value when drawn: drawn once the partners it offers are known.
  if (!compact.data) return null;
  return (
    <CommandForm
      title="Adopt new terms of reference"
      description={
        <>
          <p>
            A new version of the board&rsquo;s terms of reference, from a date. The form starts from the latest version adopted; the matters reserved to the
            board
            {reserved.length === 0 ? ' (none)' : ` (${reserved.map((m) => m.matterId).join(', ')})`} are carried over unchanged.
          </p>
          <button type="button" className="secondary" onClick={() => setAdded((n) => n + 1)}>
            Add a row for another seat
          </button>
        </>
      }
      submitLabel="Adopt the terms of reference"
      fields={fields}
      ruleFields={{
        'terms-version-required': 'version',
        'terms-version-repeated': 'version',
        'terms-unchanged': 'version',
        'terms-source-required': 'source',
        'terms-before-board': 'effectiveOn',
        'terms-dated-before-previous': 'effectiveOn',
        'compact-closed': 'effectiveOn',
        'invalid-date': 'effectiveOn',
        'quorum-invalid': 'quorum.numerator',
        'frequency-invalid': 'meetingEveryMonths',
        'notice-rule-invalid': 'notice.agendaItemsWorkingDaysBefore',
      }}
      send={async (v) => {
        const kept = filledRows(v, rows, 'seats', SEAT_PARTS).filter((i) => v.ticked(`seats.${i}.leave`).length === 0);
        const body: Terms = {
          version: v.text('version'),
          effectiveOn: v.text('effectiveOn'),
          source: v.text('source'),
          quorum: { numerator: v.number('quorum.numerator'), denominator: v.number('quorum.denominator') },
          meetingEveryMonths: optionalNumber(v, 'meetingEveryMonths'),
          reviewEveryMonths: optionalNumber(v, 'reviewEveryMonths'),
          notice: {
            agendaItemsWorkingDaysBefore: v.number('notice.agendaItemsWorkingDaysBefore'),
            papersWorkingDaysBefore: v.number('notice.papersWorkingDaysBefore'),
            draftMinutesWorkingDaysAfter: v.number('notice.draftMinutesWorkingDaysAfter'),
          },
          reservedMatters: reserved,
          seats: kept.map((i) => ({
            seatId: v.text(`seats.${i}.seatId`),
            title: v.text(`seats.${i}.title`),
            kind: v.choice(`seats.${i}.kind`, SEAT_KINDS),
            organisationId: v.optional(`seats.${i}.organisationId`),
            voting: v.choice(`seats.${i}.voting`, VOTING) === 'voting',
            lead: person(v, `seats.${i}.lead`),
            deputy: person(v, `seats.${i}.deputy`),
          })),
        };
        const result = await api.POST('/boards/{id}/terms-of-reference', { params: { path: { id: boardId } }, body });
        return { ...result, error: renumberRows(result.error, 'seats', kept) };
      }}
    />
  );
}
