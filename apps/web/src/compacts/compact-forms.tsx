import type { Schemas } from '../api/client';
import { useSession } from '../auth/session';
import { dateLabel, type PaperDate } from '../dates/paper-date';
import { CommandForm, type FormValues, type Option } from '../forms/command-form';
import { today } from '../format';
import {
  IN_FORCE_RULES,
  inForceRuleOptions,
  LEAVING_BASES,
  leavingBases,
  ORGANISATION_TYPES,
  organisationTypeOptions,
  OUTCOMES,
  outcomeOptions,
  SIGNIFIES,
  signifiesOptions,
} from './choices';
import { CorrectionsForm } from './corrections-form';
import { EscalationPathForm } from './escalation-path-form';
import { useCompacts } from './queries';
import { AmendmentForm, WholeVersionForm } from './version-forms';

interface CompactFormsProps {
  compact: Schemas['CompactViewDto'];
  versions: readonly Schemas['VersionDto'][];
}

/** A section numbered as a commitment ("Commitment 3"), which a dispute names as a commitment rather than a section. */
const COMMITMENT = /^commitment\s+\S+$/i;

/** A ticked subject ("commitment:Commitment 3", "section:2.4") as the API takes it. */
function subjectOf(ticked: string): Schemas['DisputeSubjectDto'] {
  const at = ticked.indexOf(':');
  const ref = ticked.slice(at + 1);
  return ticked.slice(0, at) === 'commitment' ? { kind: 'commitment', ref } : { kind: 'section', ref };
}

/** "concern | response" per line, as the endorsement form takes them. */
function concerns(values: FormValues): Schemas['ConcernDto'][] {
  return values.lines('concerns').map((line) => {
    const [concern, ...response] = line.split('|');
    const answer = response.join('|').trim();
    return { concern: concern.trim(), response: answer === '' ? null : answer };
  });
}

/** A person named on the paper (a lead, a deputy), or null where the form leaves both name and role blank. */
function representative(values: FormValues, name: string): Schemas['RepresentativeDto'] | null {
  const who = values.optional(`${name}.name`);
  const role = values.optional(`${name}.role`);
  return who === null && role === null ? null : { name: who ?? '', role };
}

/** A form's starting value for a recorded date: its value at its precision, only where nothing in it was assumed (sending it back would drop the mark). */
const initialDate = (date: PaperDate | null | undefined) => (date && date.assumed === null ? (date.value ?? undefined) : undefined);

/**
 * The commands on a compact that this person's role may send: a partner records for
 * its own organisation only (the list offers no other), the secretariat for any, as
 * the paper says. Shown only when the page shows the compact as it stands now.
 */
export function CompactForms({ compact, versions }: CompactFormsProps) {
  const { api, may, claims } = useSession();
  const id = compact.compactId;
  const path = { params: { path: { id } } };
  const ownOnly = claims?.role === 'partner';
  const partners: Option[] = compact.partners
    .filter((p) => !ownOnly || p.organisationId === claims?.organisation)
    .map((p) => ({ value: p.organisationId, label: p.name }));
  const allPartners: Option[] = compact.partners.map((p) => ({ value: p.organisationId, label: p.name }));
  const versionOptions: Option[] = [...versions].reverse().map((v) => ({ value: v.label, label: `Version ${v.label} (${dateLabel(v.dated)})` }));
  const hashOf = (label: string) => versions.find((v) => v.label === label)?.contentHash ?? '';
  const compacts = useCompacts(may('compacts.manage-term'));
  const successors: Option[] = (compacts.data ?? []).filter((c) => c.compactId !== id).map((c) => ({ value: c.compactId, label: c.title }));
  const sections: Option[] = (versions.find((v) => v.label === compact.currentVersion?.label)?.sections ?? []).map((s) => ({
    value: s.number,
    label: `${s.number}${s.heading ? ` ${s.heading}` : ''}`,
  }));
  // A dispute may be about a section or about one of the compact's commitments (004's "Commitment 3"), each a subject of its own kind.
  const subjects: Option[] = sections.map((s) => ({ value: `${COMMITMENT.test(s.value) ? 'commitment' : 'section'}:${s.value}`, label: s.label }));

  const forms = [];
  if (may('compacts.act-for-partner') && partners.length > 0 && versions.length > 0) {
    forms.push(
      <CommandForm
        key="sign"
        title="Record a signature"
        description={<p>A partner&rsquo;s signatory signed a version on the date on the paper. The signature names the text&rsquo;s content hash.</p>}
        submitLabel="Record the signature"
        fields={[
          { name: 'organisationId', label: 'Partner', kind: 'select', options: partners, required: true },
          { name: 'versionLabel', label: 'Version signed', kind: 'select', options: versionOptions, required: true },
          { name: 'signatory.name', label: 'Signatory', required: true },
          { name: 'signatory.role', label: 'Signatory’s role', required: true, hint: 'As the paper gives it, or "not given on the paper"' },
          { name: 'signedOn', label: 'Signed on (the date on the paper)', kind: 'paper-date', required: true },
          { name: 'signifies', label: 'Signing signifies', kind: 'checkboxes', options: signifiesOptions, hint: 'Tick none where the paper does not say' },
          {
            name: 'assumption',
            label: 'What the record assumes, if anything',
            kind: 'textarea',
            hint: 'Where the paper leaves something out and the ledger supplies it: what, and why',
          },
        ]}
        ruleFields={{
          'signature-before-version': 'signedOn',
          'invalid-date': 'signedOn',
          'partner-not-member': 'organisationId',
          'partner-already-signed': 'organisationId',
          'version-not-found': 'versionLabel',
          'version-not-current': 'versionLabel',
          'signature-hash-mismatch': 'versionLabel',
          'unknown-significance': 'signifies',
          'representative-incomplete': 'signatory.name',
        }}
        send={(v) =>
          api.POST('/compacts/{id}/signatures', {
            ...path,
            body: {
              organisationId: v.text('organisationId'),
              versionLabel: v.text('versionLabel'),
              contentHash: hashOf(v.text('versionLabel')),
              signatory: { name: v.text('signatory.name'), role: v.text('signatory.role') },
              signedOn: v.paperDate('signedOn'),
              signifies: v.choices('signifies', SIGNIFIES),
              assumption: v.optional('assumption'),
            },
          })
        }
      />,
      <CommandForm
        key="endorse"
        title="Record an endorsement"
        description={<p>A partner&rsquo;s board considered a version before signature.</p>}
        submitLabel="Record the endorsement"
        fields={[
          { name: 'organisationId', label: 'Partner', kind: 'select', options: partners, required: true },
          { name: 'versionLabel', label: 'Version considered', kind: 'select', options: versionOptions, required: true },
          { name: 'boardName', label: 'Board', required: true },
          { name: 'meetingDate', label: 'Meeting date', kind: 'paper-date', required: true },
          { name: 'outcome', label: 'Outcome', kind: 'select', options: outcomeOptions, required: true },
          { name: 'concerns', label: 'Concerns', kind: 'textarea', hint: 'One per line: the concern, then | and the response to it, if any' },
          { name: 'reason', label: 'The board’s reason', kind: 'textarea' },
          {
            name: 'assumption',
            label: 'What the record assumes, if anything',
            kind: 'textarea',
            hint: 'Where the paper names the board but not the partner, say how the partner was found',
          },
        ]}
        ruleFields={{
          'concerns-required': 'concerns',
          'board-name-required': 'boardName',
          'endorsement-before-version': 'meetingDate',
          'invalid-date': 'meetingDate',
          'partner-not-member': 'organisationId',
          'version-not-found': 'versionLabel',
          'unknown-endorsement-outcome': 'outcome',
        }}
        send={(v) =>
          api.POST('/compacts/{id}/endorsements', {
            ...path,
            body: {
              organisationId: v.text('organisationId'),
              versionLabel: v.text('versionLabel'),
              boardName: v.text('boardName'),
              meetingDate: v.paperDate('meetingDate'),
              outcome: v.choice('outcome', OUTCOMES),
              concerns: concerns(v),
              reason: v.optional('reason'),
              assumption: v.optional('assumption'),
            },
          })
        }
      />,
      <CommandForm
        key="withdraw"
        title="Record a partner’s withdrawal"
        description={<p>A partner gave notice and left on a date.</p>}
        submitLabel="Record the withdrawal"
        fields={[
          { name: 'organisationId', label: 'Partner', kind: 'select', options: partners, required: true },
          { name: 'noticeGivenOn', label: 'Notice given on', kind: 'paper-date', required: true },
          { name: 'effectiveOn', label: 'Leaves on', kind: 'paper-date', required: true },
          { name: 'reason', label: 'Reason', kind: 'textarea', required: true },
        ]}
        ruleFields={{
          'partner-not-member': 'organisationId',
          'withdrawal-before-notice': 'effectiveOn',
          'departure-before-admission': 'effectiveOn',
          'reason-required': 'reason',
          'invalid-date': 'effectiveOn',
        }}
        send={(v) =>
          api.POST('/compacts/{id}/partners/{org}/withdrawal', {
            params: { path: { id, org: v.text('organisationId') } },
            body: { noticeGivenOn: v.paperDate('noticeGivenOn'), effectiveOn: v.paperDate('effectiveOn'), reason: v.text('reason') },
          })
        }
      />,
    );
  }
  if (may('compacts.manage-partners')) {
    forms.push(
      <CommandForm
        key="admit"
        title="Admit a partner"
        submitLabel="Admit the partner"
        fields={[
          { name: 'organisationId', label: 'Organisation id', required: true, hint: 'Lower-case words joined by hyphens: kent-county-council' },
          { name: 'name', label: 'Name', required: true },
          { name: 'organisationType', label: 'Type', kind: 'select', options: organisationTypeOptions, required: true },
          { name: 'lead.name', label: 'Lead', hint: 'Leave the lead blank where the paper names none' },
          { name: 'lead.role', label: 'Lead’s role' },
          { name: 'deputy.name', label: 'Deputy' },
          { name: 'deputy.role', label: 'Deputy’s role' },
          { name: 'effectiveOn', label: 'Member from', kind: 'paper-date', required: true },
        ]}
        ruleFields={{
          'partner-already-member': 'organisationId',
          'organisation-id-not-a-slug': 'organisationId',
          'partner-name-required': 'name',
          'unknown-organisation-type': 'organisationType',
          'representative-incomplete': 'lead.name',
          'readmission-before-departure': 'effectiveOn',
          'invalid-date': 'effectiveOn',
        }}
        send={(v) =>
          api.POST('/compacts/{id}/partners', {
            ...path,
            body: {
              organisationId: v.text('organisationId'),
              name: v.text('name'),
              organisationType: v.choice('organisationType', ORGANISATION_TYPES),
              lead: representative(v, 'lead'),
              deputy: representative(v, 'deputy'),
              effectiveOn: v.paperDate('effectiveOn'),
            },
          })
        }
      />,
    );
  }
  if (may('compacts.manage-partners') && allPartners.length > 0) {
    forms.push(
      <CommandForm
        key="expel"
        title="Ask a partner to leave"
        description={<p>On a decision or a dispute&rsquo;s outcome, which the record must name.</p>}
        submitLabel="Record the departure"
        fields={[
          { name: 'organisationId', label: 'Partner', kind: 'select', options: allPartners, required: true },
          { name: 'basis.kind', label: 'On', kind: 'select', options: leavingBases, required: true },
          { name: 'basis.reference', label: 'Decision or dispute', required: true, hint: 'A minute reference, or the dispute’s id' },
          { name: 'reason', label: 'Reason', kind: 'textarea', required: true },
          { name: 'effectiveOn', label: 'Leaves on', kind: 'paper-date', required: true },
        ]}
        ruleFields={{
          'partner-not-member': 'organisationId',
          'leaving-basis-required': 'basis.reference',
          'departure-before-admission': 'effectiveOn',
          'reason-required': 'reason',
          'invalid-date': 'effectiveOn',
        }}
        send={(v) =>
          api.POST('/compacts/{id}/partners/{org}/expulsion', {
            params: { path: { id, org: v.text('organisationId') } },
            body: {
              reason: v.text('reason'),
              basis: { kind: v.choice('basis.kind', LEAVING_BASES), reference: v.text('basis.reference') },
              effectiveOn: v.paperDate('effectiveOn'),
            },
          })
        }
      />,
    );
  }
  if (may('compacts.manage-term')) {
    forms.push(
      <CommandForm
        key="term"
        title="Set the term"
        description={<p>How the compact comes into force and how long it runs, as the paper says. Leave blank what it does not say.</p>}
        submitLabel="Set the term"
        fields={[
          { name: 'inForceRule', label: 'Comes into force', kind: 'select', options: inForceRuleOptions, required: true, initial: compact.term?.inForceRule },
          { name: 'effectiveFrom', label: 'Runs from', kind: 'paper-date', initial: initialDate(compact.term?.effectiveFrom) },
          { name: 'expiresOn', label: 'Expires on', kind: 'paper-date', initial: initialDate(compact.term?.expiresOn) },
          { name: 'durationMonths', label: 'Or runs for (months)', kind: 'number', initial: compact.term?.durationMonths?.toString() },
          { name: 'refreshDueBy', label: 'Refresh due by', kind: 'paper-date', initial: initialDate(compact.term?.refreshDueBy) },
          { name: 'decisionReference', label: 'Decision reference', initial: compact.term?.decisionReference ?? undefined },
        ]}
        ruleFields={{
          'term-dates-out-of-order': 'expiresOn',
          'term-duration-invalid': 'durationMonths',
          'term-expiry-ambiguous': 'durationMonths',
          'unknown-in-force-rule': 'inForceRule',
        }}
        send={(v) =>
          api.POST('/compacts/{id}/term', {
            ...path,
            body: {
              inForceRule: v.choice('inForceRule', IN_FORCE_RULES),
              effectiveFrom: v.optionalPaperDate('effectiveFrom'),
              expiresOn: v.optionalPaperDate('expiresOn'),
              durationMonths: v.optional('durationMonths') === null ? null : v.number('durationMonths'),
              refreshDueBy: v.optionalPaperDate('refreshDueBy'),
              decisionReference: v.optional('decisionReference'),
            },
          })
        }
      />,
      <CommandForm
        key="in-force"
        title="Record coming into force"
        description={
          <p>
            By an explicit decision: a version came into force on a date. (Under the all-partners-signed rule, the last signature brings it into force by
            itself.)
          </p>
        }
        submitLabel="Record coming into force"
        fields={[
          { name: 'versionLabel', label: 'Version', kind: 'select', options: versionOptions, required: true },
          { name: 'effectiveOn', label: 'In force from', kind: 'paper-date', required: true },
          { name: 'decisionReference', label: 'Decision reference', required: true },
        ]}
        ruleFields={{
          'version-not-found': 'versionLabel',
          'version-already-in-force': 'versionLabel',
          'in-force-before-version': 'effectiveOn',
          'in-force-before-previous': 'effectiveOn',
          'decision-reference-required': 'decisionReference',
          'compact-closed': 'effectiveOn',
          'invalid-date': 'effectiveOn',
        }}
        send={(v) =>
          api.POST('/compacts/{id}/in-force', {
            ...path,
            body: { versionLabel: v.text('versionLabel'), effectiveOn: v.paperDate('effectiveOn'), decisionReference: v.text('decisionReference') },
          })
        }
      />,
      <CommandForm
        key="terminate"
        title="Record termination"
        submitLabel="Record the termination"
        fields={[
          { name: 'effectiveOn', label: 'Terminated on', kind: 'paper-date', required: true },
          { name: 'reason', label: 'Reason', kind: 'textarea', required: true },
          { name: 'decisionReference', label: 'Decision reference' },
        ]}
        ruleFields={{ 'reason-required': 'reason', 'compact-closed': 'effectiveOn', 'invalid-date': 'effectiveOn' }}
        send={(v) =>
          api.POST('/compacts/{id}/termination', {
            ...path,
            body: { effectiveOn: v.paperDate('effectiveOn'), reason: v.text('reason'), decisionReference: v.optional('decisionReference') },
          })
        }
      />,
      <CommandForm
        key="supersede"
        title="Record supersession"
        description={<p>Another compact takes this one&rsquo;s place.</p>}
        submitLabel="Record the supersession"
        fields={[
          { name: 'successorCompactId', label: 'Succeeded by', kind: 'select', options: successors, required: true },
          { name: 'effectiveOn', label: 'Superseded on', kind: 'paper-date', required: true },
          { name: 'reason', label: 'Reason', kind: 'textarea', required: true },
          { name: 'decisionReference', label: 'Decision reference' },
        ]}
        ruleFields={{
          'successor-required': 'successorCompactId',
          'successor-is-this-compact': 'successorCompactId',
          'reason-required': 'reason',
          'compact-closed': 'effectiveOn',
          'invalid-date': 'effectiveOn',
        }}
        send={(v) =>
          api.POST('/compacts/{id}/supersession', {
            ...path,
            body: {
              successorCompactId: v.text('successorCompactId'),
              effectiveOn: v.paperDate('effectiveOn'),
              reason: v.text('reason'),
              decisionReference: v.optional('decisionReference'),
            },
          })
        }
      />,
    );
  }
  if (may('disputes.raise') && partners.length > 0 && compact.currentVersion) {
    forms.push(
      <CommandForm
        key="raise"
        title="Raise a dispute"
        description={
          <p>
            A partner raises a dispute against one or more others, about sections or commitments of the current version. It starts at level 1 of the escalation
            path.
          </p>
        }
        submitLabel="Raise the dispute"
        fields={[
          { name: 'raisedBy', label: 'Raised by', kind: 'select', options: partners, required: true },
          { name: 'against', label: 'Against', kind: 'checkboxes', options: allPartners, required: true },
          {
            name: 'about',
            label: `About ${subjects.some((s) => s.value.startsWith('commitment:')) ? 'sections or commitments' : 'sections'} of version ${compact.currentVersion.label}`,
            kind: 'checkboxes',
            options: subjects,
            required: true,
          },
          { name: 'summary', label: 'Summary', kind: 'textarea', required: true },
          { name: 'raisedOn', label: 'Raised on', kind: 'date', required: true, initial: today() },
        ]}
        ruleFields={{
          'dispute-respondent-required': 'against',
          'dispute-respondent-repeated': 'against',
          'dispute-against-self': 'against',
          'dispute-subject-required': 'about',
          'dispute-subject-repeated': 'about',
          'dispute-section-not-found': 'about',
          'dispute-commitment-not-found': 'about',
          'dispute-subject-invalid': 'about',
          'dispute-summary-required': 'summary',
          'partner-not-member': 'raisedBy',
          'compact-has-no-escalation-path': 'raisedBy',
          'invalid-date': 'raisedOn',
        }}
        send={(v) =>
          api.POST('/disputes', {
            body: {
              compactId: id,
              raisedBy: v.text('raisedBy'),
              against: v.ticked('against'),
              about: v.ticked('about').map(subjectOf),
              summary: v.text('summary'),
              raisedOn: v.text('raisedOn'),
            },
          })
        }
      />,
    );
  }
  if (may('compacts.record-endorsement-request') && versions.length > 0) {
    forms.push(
      <CommandForm
        key="endorsement-request"
        title="Record a request to endorse"
        description={
          <p>A board was asked to endorse a version. This is not an endorsement: record the board&rsquo;s answer, if the paper gives one, as an endorsement.</p>
        }
        submitLabel="Record the request"
        fields={[
          { name: 'boardName', label: 'Board asked', required: true },
          {
            name: 'organisationId',
            label: 'The partner whose board it is',
            kind: 'select',
            options: [{ value: '', label: 'None: the paper names the board only' }, ...allPartners],
          },
          { name: 'versionLabel', label: 'Version', kind: 'select', options: versionOptions, required: true },
          { name: 'meetingDate', label: 'Meeting date', kind: 'paper-date', required: true },
          { name: 'asked', label: 'What the board was asked', kind: 'textarea', required: true, hint: 'In the paper’s words' },
          { name: 'assumption', label: 'What the record assumes, if anything', kind: 'textarea' },
        ]}
        ruleFields={{
          'partner-not-member': 'organisationId',
          'version-not-found': 'versionLabel',
          'endorsement-before-version': 'meetingDate',
          'invalid-date': 'meetingDate',
          'board-name-required': 'boardName',
        }}
        send={(v) =>
          api.POST('/compacts/{id}/endorsement-requests', {
            ...path,
            body: {
              boardName: v.text('boardName'),
              organisationId: v.optional('organisationId'),
              versionLabel: v.text('versionLabel'),
              meetingDate: v.paperDate('meetingDate'),
              asked: v.text('asked'),
              assumption: v.optional('assumption'),
            },
          })
        }
      />,
    );
  }
  if (may('compacts.publish-version')) {
    const current = versions.find((v) => v.label === compact.currentVersion?.label) ?? null;
    if (current?.sections) forms.push(<AmendmentForm key="amend" compactId={id} current={{ ...current, sections: current.sections }} />);
    forms.push(<WholeVersionForm key="publish" compactId={id} current={current} />);
  }
  if (may('compacts.define-escalation-path')) forms.push(<EscalationPathForm key="escalation-path" compactId={id} />);
  if (may('compacts.correct')) forms.push(<CorrectionsForm key="corrections" compact={compact} versions={versions} successors={successors} />);
  if (forms.length === 0) return null;
  return <div className="forms">{forms}</div>;
}
