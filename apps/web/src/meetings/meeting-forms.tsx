import type { Schemas } from '../api/client';
import { useSession } from '../auth/session';
import { ATTENDANCE, BASES, DIRECTIONS, HANDLING, NATURES } from '../boards/words';
import { NOW } from '../compacts/as-of';
import { optionsOf } from '../compacts/choices';
import { useCompact } from '../compacts/queries';
import { useDisputes } from '../disputes/queries';
import { CommandForm, type FieldSpec, type FormValues, type Option } from '../forms/command-form';
import { formatDay, today } from '../format';

type Meeting = Schemas['MeetingDto'];

const OUTCOME_KINDS: Record<Schemas['OutcomeDto']['kind'], string> = { consensus: 'By consensus', vote: 'By a vote' };

const CONSEQUENCE_KINDS: Record<Schemas['ConsequenceDto']['kind'], string> = {
  'ask-partner-to-leave': 'Asks a partner to leave the compact',
  'resolve-dispute': 'Resolves a dispute referred to the board',
};

/** What a decision does to the compact or a dispute (recorded there by the API's saga), or null for none. */
function consequenceOf(v: FormValues): Schemas['ConsequenceDto'] | null {
  if (v.optional('consequence.kind') === null) return null;
  const kind = v.choice('consequence.kind', CONSEQUENCE_KINDS);
  if (kind === 'resolve-dispute') {
    return { kind, disputeId: v.text('consequence.disputeId'), terms: v.text('consequence.terms'), agreedBy: v.ticked('consequence.agreedBy') };
  }
  const concern: Schemas['DecisionConcernDto'] = {
    reflectedOn: v.text('consequence.concern.reflectedOn'),
    reflectedBy: v.text('consequence.concern.reflectedBy'),
    // "description" or "description | its SHA-256", one piece of evidence a line.
    evidence: v.lines('consequence.concern.evidence').map((line) => {
      const [description, sha256 = ''] = line.split('|').map((part) => part.trim());
      return { description, sha256: sha256 === '' ? null : sha256 };
    }),
    noChangeFinding: v.text('consequence.concern.noChangeFinding'),
  };
  return {
    kind,
    organisationId: v.text('consequence.organisationId'),
    reason: v.text('consequence.reason'),
    effectiveOn: v.text('consequence.effectiveOn'),
    concern,
  };
}

/** A decision's value, where the minutes give one: all three parts, or none. */
function decisionValue(v: FormValues): Schemas['DecisionValueDto'] | null {
  if (v.optional('value.amountPounds') === null && v.optional('value.direction') === null && v.optional('value.basis') === null) return null;
  return { direction: v.choice('value.direction', DIRECTIONS), basis: v.choice('value.basis', BASES), amountPounds: v.number('value.amountPounds') };
}

/**
 * The secretariat's commands on a meeting (agenda, papers, attendance, decisions, minutes,
 * cancellation) and a declaration of interest, which a partner may make for its own
 * organisation's seat. Offered as the meeting's state allows them; the API decides.
 */
export function MeetingForms({ meeting, meetings }: { meeting: Meeting; meetings: readonly Schemas['MeetingSummaryDto'][] }) {
  const { api, may, claims } = useSession();
  // The partners on the meeting's day: one asked to leave since is still offered for a decision taken before.
  const compact = useCompact(meeting.compactId, { ...NOW, at: meeting.meetingDate });
  const disputes = useDisputes({ compactId: meeting.compactId, status: 'open' });
  const partners: Option[] = (compact.data?.partners ?? []).map((p) => ({ value: p.organisationId, label: p.name }));
  const openDisputes: Option[] = (disputes.data ?? []).map((d) => ({ value: d.disputeId, label: `${d.summary} (raised ${formatDay(d.raisedOn)})` }));
  const path = { params: { path: { id: meeting.meetingId } } };
  const seatOptions = (seats: readonly Schemas['SeatDto'][]): Option[] => seats.map((s) => ({ value: s.seatId, label: s.title }));
  const voting = meeting.seats.filter((s) => s.voting);
  const items: Option[] = meeting.agenda.map((a) => ({ value: a.item, label: `${a.item}: ${a.title}` }));
  const held = meeting.status === 'held';
  const forms = [];

  if (may('meetings.record') && !held) {
    forms.push(
      <CommandForm
        key="agenda"
        title="Add an agenda item"
        description={<p>Received after {formatDay(meeting.deadlines.agendaItemsBy)} it is taken by exception, and marked late.</p>}
        submitLabel="Add the item"
        fields={[
          { name: 'item', label: 'Item number', required: true },
          { name: 'title', label: 'Title', required: true },
          { name: 'proposedBy', label: 'Proposed by', kind: 'select', options: [{ value: '', label: 'The Chair' }, ...seatOptions(meeting.seats)] },
          { name: 'receivedOn', label: 'Received on', kind: 'date', required: true, initial: today() },
        ]}
        ruleFields={{
          'agenda-item-repeated': 'item',
          'agenda-item-required': 'item',
          'agenda-item-title-required': 'title',
          'agenda-item-after-meeting': 'receivedOn',
          'seat-unknown': 'proposedBy',
          'invalid-date': 'receivedOn',
        }}
        send={(v) =>
          api.POST('/meetings/{id}/agenda-items', {
            ...path,
            body: { item: v.text('item'), title: v.text('title'), proposedBy: v.optional('proposedBy'), receivedOn: v.text('receivedOn') },
          })
        }
      />,
    );
    if (items.length > 0) {
      forms.push(
        <CommandForm
          key="papers"
          title="Circulate papers"
          description={<p>Circulated after {formatDay(meeting.deadlines.papersBy)} they are marked late.</p>}
          submitLabel="Record the papers"
          fields={[
            { name: 'item', label: 'For item', kind: 'select', options: items, required: true },
            { name: 'title', label: 'Title', required: true },
            { name: 'circulatedOn', label: 'Circulated on', kind: 'date', required: true, initial: today() },
          ]}
          ruleFields={{
            'agenda-item-not-found': 'item',
            'papers-title-required': 'title',
            'papers-after-meeting': 'circulatedOn',
            'invalid-date': 'circulatedOn',
          }}
          send={(v) =>
            api.POST('/meetings/{id}/papers', { ...path, body: { item: v.text('item'), title: v.text('title'), circulatedOn: v.text('circulatedOn') } })
          }
        />,
      );
    }
    const attendanceFields: FieldSpec[] = meeting.seats.map((s, i) => ({
      name: `attendance.${i}.status`,
      label: `${s.title}${s.voting ? '' : ' (in attendance)'}`,
      kind: 'select',
      options: optionsOf(ATTENDANCE),
      initial: 'absent',
      hint: [s.lead ? `Lead: ${s.lead.name}` : 'No lead named', s.deputy ? `deputy: ${s.deputy.name}` : 'no deputy named'].join('; '),
    }));
    forms.push(
      <CommandForm
        key="held"
        title="Record the meeting held, with attendance"
        description={<p>Each seat as the minutes record it. The quorum is counted from the voting seats present.</p>}
        submitLabel="Record the meeting held"
        fields={attendanceFields}
        ruleFields={{ 'meeting-already-held': attendanceFields[0]?.name ?? '', 'meeting-cancelled': attendanceFields[0]?.name ?? '' }}
        send={(v) =>
          api.POST('/meetings/{id}/attendance', {
            ...path,
            body: { attendance: meeting.seats.map((s, i) => ({ seatId: s.seatId, status: v.choice(`attendance.${i}.status`, ATTENDANCE) })) },
          })
        }
      />,
      <CommandForm
        key="cancel"
        title="Cancel the meeting"
        submitLabel="Cancel the meeting"
        fields={[
          { name: 'reason', label: 'Reason', kind: 'textarea', required: true },
          { name: 'cancelledOn', label: 'Cancelled on', kind: 'date', required: true, initial: today() },
        ]}
        ruleFields={{ 'cancellation-reason-required': 'reason', 'meeting-already-held': 'reason', 'invalid-date': 'cancelledOn' }}
        send={(v) => api.POST('/meetings/{id}/cancellation', { ...path, body: { reason: v.text('reason'), cancelledOn: v.text('cancelledOn') } })}
      />,
    );
  }

  if (may('meetings.declare-interest') && items.length > 0) {
    const own = claims?.role === 'partner' ? meeting.seats.filter((s) => s.organisationId === claims.organisation) : meeting.seats;
    if (own.length > 0) {
      forms.push(
        <CommandForm
          key="declare"
          title="Declare an interest"
          description={<p>A member declares an interest in agenda items; the chair&rsquo;s handling is recorded with it.</p>}
          submitLabel="Record the declaration"
          fields={[
            { name: 'seatId', label: 'Seat', kind: 'select', options: seatOptions(own), required: true },
            { name: 'interest', label: 'The interest', kind: 'textarea', required: true },
            { name: 'nature', label: 'Nature', kind: 'select', options: optionsOf(NATURES), required: true },
            { name: 'items', label: 'Items it concerns', kind: 'checkboxes', options: items, required: true },
            { name: 'handling', label: 'The chair’s handling', kind: 'select', options: optionsOf(HANDLING), required: true },
          ]}
          ruleFields={{
            'interest-required': 'interest',
            'exclusion-needs-items': 'items',
            'agenda-item-not-found': 'items',
            'seat-unknown': 'seatId',
            'seat-not-present': 'seatId',
            'interest-declared-after-decision': 'items',
          }}
          send={(v) =>
            api.POST('/meetings/{id}/declarations', {
              ...path,
              body: {
                seatId: v.text('seatId'),
                interest: v.text('interest'),
                nature: v.choice('nature', NATURES),
                items: v.ticked('items'),
                handling: v.choice('handling', HANDLING),
              },
            })
          }
        />,
      );
    }
  }

  if (may('meetings.record') && held) {
    const votingOptions = seatOptions(voting);
    forms.push(
      <CommandForm
        key="decide"
        title="Record a decision"
        description={
          <p>
            On an agenda item, as the minutes record it. Refused where the item is not quorate (voting seats present and not excluded for an interest), or where
            a matter reserved to another board is decided here. A decision may ask a partner to leave (after the concern was reflected to it with evidence, and
            nothing changed) or resolve a dispute referred to the board: that follows on the compact or the dispute.
          </p>
        }
        submitLabel="Record the decision"
        fields={[
          { name: 'item', label: 'Item', kind: 'select', options: items, required: true },
          { name: 'resolution', label: 'Resolution, as minuted', kind: 'textarea', required: true },
          { name: 'outcome.kind', label: 'Taken', kind: 'select', options: optionsOf(OUTCOME_KINDS), required: true },
          { name: 'outcome.for', label: 'For (a vote)', kind: 'checkboxes', options: votingOptions },
          { name: 'outcome.against', label: 'Against (a vote)', kind: 'checkboxes', options: votingOptions },
          { name: 'outcome.abstained', label: 'Abstained (a vote)', kind: 'checkboxes', options: votingOptions },
          {
            name: 'value.direction',
            label: 'Value: investment or disinvestment',
            kind: 'select',
            options: [{ value: '', label: 'No value' }, ...optionsOf(DIRECTIONS)],
          },
          { name: 'value.basis', label: 'Value: basis', kind: 'select', options: [{ value: '', label: 'No value' }, ...optionsOf(BASES)] },
          { name: 'value.amountPounds', label: 'Value: amount in pounds', kind: 'number' },
          {
            name: 'consequence.kind',
            label: 'What follows on the compact or a dispute',
            kind: 'select',
            options: [{ value: '', label: 'Nothing: the decision does not act on the compact or a dispute' }, ...optionsOf(CONSEQUENCE_KINDS)],
            hint: 'Recorded on the compact or the dispute as caused by this decision. Fill in the part below that goes with the choice.',
          },
          { name: 'consequence.organisationId', label: 'Asking to leave: the partner', kind: 'select', options: [{ value: '', label: 'None' }, ...partners] },
          { name: 'consequence.reason', label: 'Asking to leave: why', kind: 'textarea' },
          { name: 'consequence.effectiveOn', label: 'Asking to leave: the date it leaves', kind: 'date' },
          { name: 'consequence.concern.reflectedOn', label: 'Asking to leave: the concern was reflected to it on', kind: 'date' },
          { name: 'consequence.concern.reflectedBy', label: 'Asking to leave: the concern was reflected by' },
          {
            name: 'consequence.concern.evidence',
            label: 'Asking to leave: the evidence given with the concern',
            kind: 'textarea',
            hint: 'One piece a line: what it is, and after a | its SHA-256 where there is a file',
          },
          { name: 'consequence.concern.noChangeFinding', label: 'Asking to leave: the finding of no change since', kind: 'textarea' },
          {
            name: 'consequence.disputeId',
            label: 'Resolving a dispute: the dispute referred to the board',
            kind: 'select',
            options: [{ value: '', label: 'None' }, ...openDisputes],
          },
          { name: 'consequence.terms', label: 'Resolving a dispute: the terms the board decided', kind: 'textarea' },
          { name: 'consequence.agreedBy', label: 'Resolving a dispute: agreed by (every party)', kind: 'checkboxes', options: partners },
        ]}
        ruleFields={{
          'quorum-not-met': 'item',
          'agenda-item-not-found': 'item',
          'decision-text-required': 'resolution',
          'decision-outcome-invalid': 'outcome.kind',
          'vote-empty': 'outcome.for',
          'voter-not-eligible': 'outcome.for',
          'voter-repeated': 'outcome.for',
          'decision-value-invalid': 'value.amountPounds',
          'decision-reserved-to-another-board': 'value.amountPounds',
          'meeting-not-held': 'item',
          'consequence-invalid': 'consequence.kind',
          'consequence-needs-carried-decision': 'consequence.kind',
          'partner-not-member': 'consequence.organisationId',
          'reason-required': 'consequence.reason',
          'invalid-date': 'consequence.effectiveOn',
          'leaving-before-decision': 'consequence.effectiveOn',
          'concern-not-reflected': 'consequence.concern.reflectedOn',
          'concern-not-before-decision': 'consequence.concern.reflectedOn',
          'concern-evidence-required': 'consequence.concern.evidence',
          'evidence-hash-invalid': 'consequence.concern.evidence',
          'no-change-finding-required': 'consequence.concern.noChangeFinding',
          'dispute-id-required': 'consequence.disputeId',
          'dispute-snapshot-required': 'consequence.disputeId',
          'dispute-not-under-this-compact': 'consequence.disputeId',
          'dispute-closed': 'consequence.disputeId',
          'steps-in-date-order': 'consequence.disputeId',
          'independent-chair-not-agreed': 'consequence.disputeId',
          'resolution-terms-required': 'consequence.terms',
          'not-a-party': 'consequence.agreedBy',
          'not-agreed-by-every-party': 'consequence.agreedBy',
        }}
        send={(v) => {
          const kind = v.choice('outcome.kind', OUTCOME_KINDS);
          const outcome: Schemas['OutcomeDto'] =
            kind === 'vote' ? { kind, for: v.ticked('outcome.for'), against: v.ticked('outcome.against'), abstained: v.ticked('outcome.abstained') } : { kind };
          return api.POST('/meetings/{id}/decisions', {
            ...path,
            body: { item: v.text('item'), resolution: v.text('resolution'), outcome, value: decisionValue(v), consequence: consequenceOf(v) },
          });
        }}
      />,
    );
    if (!meeting.draftMinutes) {
      forms.push(
        <CommandForm
          key="minutes"
          title="Circulate the draft minutes"
          description={<p>Due by {formatDay(meeting.deadlines.draftMinutesBy)}; later, they are marked late.</p>}
          submitLabel="Record the draft minutes circulated"
          fields={[{ name: 'circulatedOn', label: 'Circulated on', kind: 'date', required: true, initial: today() }]}
          ruleFields={{ 'minutes-before-meeting': 'circulatedOn', 'draft-minutes-already-circulated': 'circulatedOn', 'invalid-date': 'circulatedOn' }}
          send={(v) => api.POST('/meetings/{id}/draft-minutes', { ...path, body: { circulatedOn: v.text('circulatedOn') } })}
        />,
      );
    }
    if (meeting.draftMinutes && !meeting.minutesApproval) {
      const later = meetings.filter((m) => m.meetingDate > meeting.meetingDate && m.status === 'held');
      forms.push(
        <CommandForm
          key="approve"
          title="Approve the minutes"
          description={<p>Minutes are approved at the following meeting of the board, and only there.</p>}
          submitLabel="Record the approval"
          fields={[
            {
              name: 'approvedAtMeetingId',
              label: 'Approved at',
              kind: 'select',
              options: later.map((m) => ({ value: m.meetingId, label: `${m.title} (${formatDay(m.meetingDate)})` })),
              required: true,
            },
          ]}
          ruleFields={{
            'minutes-approved-only-at-following-meeting': 'approvedAtMeetingId',
            'approving-meeting-not-held': 'approvedAtMeetingId',
            'approving-meeting-required': 'approvedAtMeetingId',
            'minutes-approved-at-another-board': 'approvedAtMeetingId',
            'draft-minutes-not-circulated': 'approvedAtMeetingId',
          }}
          send={(v) => api.POST('/meetings/{id}/minutes-approval', { ...path, body: { approvedAtMeetingId: v.text('approvedAtMeetingId') } })}
        />,
      );
    }
  }
  if (forms.length === 0) return <p>Nothing to record on this meeting now.</p>;
  return <div className="forms">{forms}</div>;
}
