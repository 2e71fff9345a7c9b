import type { Schemas } from '../api/client';
import { useSession } from '../auth/session';
import { CommandForm, type Option } from '../forms/command-form';
import { today } from '../format';

type Dispute = Schemas['DisputeDto'];

const NO_PARTY = '';

/**
 * The steps on an open dispute this person's role may take: a partner acts only for
 * its own organisation (the lists offer no other), a mediator and the secretariat may
 * also record a step for no party. The API decides; its refusals appear beside the field.
 */
export function DisputeForms({ dispute }: { dispute: Dispute }) {
  const { api, may, claims } = useSession();
  const id = dispute.disputeId;
  const path = { params: { path: { id } } };
  const parties = [dispute.raisedBy, ...dispute.against];
  const own = (orgs: string[]) => (claims?.role === 'partner' ? orgs.filter((o) => o === claims.organisation) : orgs);
  const options = (orgs: string[]): Option[] => orgs.map((o) => ({ value: o, label: o }));
  const levels: Option[] = dispute.escalationPath.levels.map((l) => ({ value: String(l.level), label: `${l.level}: ${l.name}` }));
  const nextLevel = dispute.escalationPath.levels.find((l) => l.level === dispute.currentLevel + 1);
  const day = { kind: 'date' as const, required: true, initial: today() };
  const forms = [];

  if (may('disputes.respond') && own(dispute.against).length > 0) {
    forms.push(
      <CommandForm
        key="respond"
        title="Record a response"
        submitLabel="Record the response"
        fields={[
          { name: 'respondent', label: 'Responding party', kind: 'select', options: options(own(dispute.against)), required: true },
          { name: 'response', label: 'Response', kind: 'textarea', required: true },
          { name: 'respondedOn', label: 'Responded on', ...day },
        ]}
        ruleFields={{
          'not-a-respondent': 'respondent',
          'dispute-response-required': 'response',
          'steps-in-date-order': 'respondedOn',
          'invalid-date': 'respondedOn',
        }}
        send={(v) =>
          api.POST('/disputes/{id}/responses', {
            ...path,
            body: { respondent: v.text('respondent'), response: v.text('response'), respondedOn: v.text('respondedOn') },
          })
        }
      />,
    );
  }
  if (may('disputes.escalate')) {
    const askers =
      claims?.role === 'partner'
        ? options(own(parties))
        : [{ value: NO_PARTY, label: 'No party: recorded by a mediator or the secretariat' }, ...options(parties)];
    forms.push(
      <CommandForm
        key="escalate"
        title="Escalate"
        description={<p>A dispute moves up one level at a time{nextLevel ? `: the next is ${nextLevel.level}, ${nextLevel.name}` : ''}.</p>}
        submitLabel="Escalate the dispute"
        fields={[
          { name: 'toLevel', label: 'To level', kind: 'select', options: levels, required: true, initial: nextLevel ? String(nextLevel.level) : undefined },
          { name: 'reason', label: 'Why', kind: 'textarea', required: true },
          { name: 'requestedBy', label: 'Asked for by', kind: 'select', options: askers },
          { name: 'escalatedOn', label: 'Escalated on', ...day },
        ]}
        ruleFields={{
          'level-may-not-be-skipped': 'toLevel',
          'escalation-level-invalid': 'toLevel',
          'not-a-party': 'requestedBy',
          'steps-in-date-order': 'escalatedOn',
          'invalid-date': 'escalatedOn',
          'escalation-reason-required': 'reason',
        }}
        send={(v) =>
          api.POST('/disputes/{id}/escalations', {
            ...path,
            body: { toLevel: v.number('toLevel'), reason: v.text('reason'), requestedBy: v.optional('requestedBy'), escalatedOn: v.text('escalatedOn') },
          })
        }
      />,
    );
  }
  if (may('disputes.appoint-mediator')) {
    forms.push(
      <CommandForm
        key="mediator"
        title="Appoint a mediator"
        submitLabel="Appoint the mediator"
        fields={[
          { name: 'level', label: 'At level', kind: 'select', options: levels, required: true, initial: String(dispute.currentLevel) },
          { name: 'mediator.subject', label: 'Mediator’s sign-in subject', required: true, hint: 'The --sub of their token: it is how the ledger knows them' },
          { name: 'mediator.name', label: 'Name', required: true },
          { name: 'mediator.role', label: 'Role', required: true },
          { name: 'mediator.organisation', label: 'Organisation', hint: 'Leave blank for none' },
          { name: 'appointedOn', label: 'Appointed on', ...day },
        ]}
        ruleFields={{
          'mediation-not-at-this-level': 'level',
          'escalation-level-invalid': 'level',
          'mediator-incomplete': 'mediator.name',
          'steps-in-date-order': 'appointedOn',
          'invalid-date': 'appointedOn',
        }}
        send={(v) =>
          api.POST('/disputes/{id}/mediators', {
            ...path,
            body: {
              level: v.number('level'),
              mediator: {
                subject: v.text('mediator.subject'),
                name: v.text('mediator.name'),
                role: v.text('mediator.role'),
                organisation: v.optional('mediator.organisation'),
              },
              appointedOn: v.text('appointedOn'),
            },
          })
        }
      />,
    );
  }
  if (may('disputes.agree-independent-chair')) {
    forms.push(
      <CommandForm
        key="chair"
        title="Record the independent chair"
        description={<p>At a board-to-board meeting every party agrees an independent chair, from none of them.</p>}
        submitLabel="Record the chair"
        fields={[
          { name: 'chair.name', label: 'Chair', required: true },
          { name: 'chair.organisation', label: 'Chair’s organisation', hint: 'Leave blank for none' },
          { name: 'agreedBy', label: 'Agreed by', kind: 'checkboxes', options: options(parties), required: true },
          { name: 'agreedOn', label: 'Agreed on', ...day },
        ]}
        ruleFields={{
          'independent-chair-from-party': 'chair.organisation',
          'independent-chair-incomplete': 'chair.name',
          'independent-chair-not-at-this-level': 'chair.name',
          'independent-chair-already-agreed': 'chair.name',
          'not-agreed-by-every-party': 'agreedBy',
          'steps-in-date-order': 'agreedOn',
          'invalid-date': 'agreedOn',
        }}
        send={(v) =>
          api.POST('/disputes/{id}/independent-chair', {
            ...path,
            body: {
              chair: { name: v.text('chair.name'), organisation: v.optional('chair.organisation') },
              agreedBy: v.ticked('agreedBy'),
              agreedOn: v.text('agreedOn'),
            },
          })
        }
      />,
    );
  }
  if (may('disputes.resolve')) {
    forms.push(
      <CommandForm
        key="resolve"
        title="Record the resolution"
        submitLabel="Record the resolution"
        fields={[
          { name: 'terms', label: 'Terms agreed', kind: 'textarea', required: true },
          { name: 'agreedBy', label: 'Agreed by', kind: 'checkboxes', options: options(parties), required: true },
          { name: 'resolvedOn', label: 'Resolved on', ...day },
        ]}
        ruleFields={{
          'not-agreed-by-every-party': 'agreedBy',
          'resolution-terms-required': 'terms',
          'independent-chair-not-agreed': 'terms',
          'steps-in-date-order': 'resolvedOn',
          'invalid-date': 'resolvedOn',
        }}
        send={(v) =>
          api.POST('/disputes/{id}/resolution', { ...path, body: { terms: v.text('terms'), agreedBy: v.ticked('agreedBy'), resolvedOn: v.text('resolvedOn') } })
        }
      />,
    );
  }
  if (may('disputes.withdraw') && own([dispute.raisedBy]).length > 0) {
    forms.push(
      <CommandForm
        key="withdraw"
        title="Withdraw the dispute"
        submitLabel="Withdraw the dispute"
        fields={[
          { name: 'withdrawnBy', label: 'Withdrawn by', kind: 'select', options: options([dispute.raisedBy]), required: true },
          { name: 'reason', label: 'Reason', kind: 'textarea', required: true },
          { name: 'withdrawnOn', label: 'Withdrawn on', ...day },
        ]}
        ruleFields={{
          'only-raiser-may-withdraw': 'withdrawnBy',
          'steps-in-date-order': 'withdrawnOn',
          'invalid-date': 'withdrawnOn',
          'withdrawal-reason-required': 'reason',
        }}
        send={(v) =>
          api.POST('/disputes/{id}/withdrawal', {
            ...path,
            body: { withdrawnBy: v.text('withdrawnBy'), reason: v.text('reason'), withdrawnOn: v.text('withdrawnOn') },
          })
        }
      />,
    );
  }
  if (may('disputes.submit-evidence') && own(parties).length > 0) {
    forms.push(
      <CommandForm
        key="evidence"
        title="Submit evidence"
        description={<p>A file the ledger keeps by its SHA-256: anyone who may read the dispute can download it and check it is the one submitted.</p>}
        submitLabel="Submit the evidence"
        fields={[
          { name: 'submittedBy', label: 'Submitted by', kind: 'select', options: options(own(parties)), required: true },
          { name: 'description', label: 'What it is', kind: 'textarea', required: true },
          { name: 'submittedOn', label: 'Submitted on', ...day },
          { name: 'file', label: 'File', kind: 'file', required: true },
        ]}
        ruleFields={{
          'not-a-party': 'submittedBy',
          'evidence-media-type-invalid': 'file',
          'evidence-size-invalid': 'file',
          'evidence-file-incomplete': 'file',
          'evidence-description-required': 'description',
          'steps-in-date-order': 'submittedOn',
          'invalid-date': 'submittedOn',
        }}
        send={(v) => {
          const file = v.file('file');
          const form = new FormData();
          form.set('submittedBy', v.text('submittedBy'));
          form.set('description', v.text('description'));
          form.set('submittedOn', v.text('submittedOn'));
          if (file) form.set('file', file);
          // Multipart: the typed body names the fields; the FormData built above is what is sent.
          return api.POST('/disputes/{id}/evidence', {
            ...path,
            body: { submittedBy: v.text('submittedBy'), description: v.text('description'), submittedOn: v.text('submittedOn'), file: file?.name ?? '' },
            bodySerializer: () => form,
          });
        }}
      />,
    );
  }
  if (forms.length === 0) return <p>Your role does not take steps on this dispute.</p>;
  return <div className="forms">{forms}</div>;
}
