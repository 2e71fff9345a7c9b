import { Fragment, useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { answer, type Schemas } from '../api/client';
import { useSession } from '../auth/session';
import { CommandOutcome, Field, type FieldSpec, FoldedCommand, type FormValues, type Option, useCommand } from '../forms/command-form';
import { ProblemView } from '../layout/page';
import { NOW } from './as-of';
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
import { type CompactReads, type CorrectableFact, correctableFacts, type FactKind } from './correctable-facts';
import { useEndorsementRequests, useEndorsements, useEscalationPath, usePartners, useSignatures } from './queries';

type Corrected = Schemas['CorrectedFieldsDto'];

const UNCHANGED = '';
const unchanged = (options: readonly Option[]): Option[] => [{ value: UNCHANGED, label: 'Unchanged' }, ...options];
const yesNo: Option[] = [
  { value: UNCHANGED, label: 'Unchanged' },
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

/** The fields a kind of fact may have corrected (the domain's list: libs/domain/src/compact/corrections.ts), named after the API's. */
function fieldsOf(kind: FactKind, fact: CorrectableFact, successors: readonly Option[]): FieldSpec[] {
  const now = (field: string) => (fact.now[field] !== undefined ? `Now: ${fact.now[field]}` : undefined);
  const date = (name: string, label: string): FieldSpec => ({ name, label, kind: 'paper-date', hint: now(name) });
  const line = (name: string, label: string, kind: FieldSpec['kind'] = 'text'): FieldSpec => ({ name, label, kind, hint: now(name) });
  const choice = (name: string, label: string, options: readonly Option[]): FieldSpec => ({
    name,
    label,
    kind: 'select',
    options: unchanged(options),
    hint: now(name),
  });
  switch (kind) {
    case 'version':
      return [date('dated', 'Dated'), line('note', 'Note', 'textarea')];
    case 'admission':
      return [line('name', 'Name'), choice('organisationType', 'Type', organisationTypeOptions), date('effectiveOn', 'Member from')];
    case 'withdrawal':
      return [date('noticeGivenOn', 'Notice given on'), date('effectiveOn', 'Left on'), line('reason', 'Reason', 'textarea')];
    case 'asked-to-leave':
      return [
        date('effectiveOn', 'Left on'),
        line('reason', 'Reason', 'textarea'),
        { name: 'basis.kind', label: 'On', kind: 'select', options: unchanged(leavingBases), hint: now('basis') },
        { name: 'basis.reference', label: 'Decision or dispute', hint: 'Give both to correct the basis' },
      ];
    case 'endorsement':
      return [
        line('boardName', 'Board'),
        date('meetingDate', 'Meeting date'),
        choice('outcome', 'Outcome', outcomeOptions),
        {
          name: 'concerns',
          label: 'Concerns, in place of those recorded',
          kind: 'textarea',
          hint: `One per line: the concern, then | and the response. ${now('concerns') ?? ''}`,
        },
        line('reason', 'The board’s reason', 'textarea'),
      ];
    case 'endorsement-request':
      return [line('boardName', 'Board'), date('meetingDate', 'Meeting date'), line('asked', 'What the board was asked', 'textarea')];
    case 'signature':
      return [
        { name: 'signatory.name', label: 'Signatory', hint: now('signatory') },
        { name: 'signatory.role', label: 'Signatory’s role', hint: 'Give the name to correct the signatory' },
        date('signedOn', 'Signed on'),
        {
          name: 'signifies.correct',
          label: 'What signing signifies',
          kind: 'select',
          options: [
            { value: UNCHANGED, label: 'Unchanged' },
            { value: 'yes', label: 'As ticked below' },
          ],
          hint: now('signifies'),
        },
        { name: 'signifies', label: 'Signing signifies', kind: 'checkboxes', options: signifiesOptions },
      ];
    case 'term':
      return [
        choice('inForceRule', 'Comes into force', inForceRuleOptions),
        date('effectiveFrom', 'Runs from'),
        date('expiresOn', 'Expires on'),
        date('refreshDueBy', 'Refresh due by'),
        line('durationMonths', 'Runs for (months)', 'number'),
        line('decisionReference', 'Decision reference'),
      ];
    case 'in-force':
      return [date('effectiveOn', 'In force from'), line('decisionReference', 'Decision reference')];
    case 'termination':
      return [date('effectiveOn', 'Terminated on'), line('reason', 'Reason', 'textarea'), line('decisionReference', 'Decision reference')];
    case 'supersession':
      return [
        choice('successorCompactId', 'Succeeded by', successors),
        date('effectiveOn', 'Superseded on'),
        line('reason', 'Reason', 'textarea'),
        line('decisionReference', 'Decision reference'),
      ];
    case 'escalation-path':
      return [
        line('note', 'Note', 'textarea'),
        date('effectiveOn', 'Effective from'),
        ...(fact.levels ?? []).flatMap((level, i): FieldSpec[] => [
          { name: `levels.${i}.name`, label: `Level ${level.level}: name`, hint: `Now: ${level.name}` },
          { name: `levels.${i}.whoActs`, label: `Level ${level.level}: who acts`, kind: 'textarea', hint: `Now: ${level.whoActs}` },
          {
            name: `levels.${i}.mediation`,
            label: `Level ${level.level}: mediators may be appointed`,
            kind: 'select',
            options: yesNo,
            hint: `Now: ${level.mediation ? 'yes' : 'no'}`,
          },
          {
            name: `levels.${i}.independentChair`,
            label: `Level ${level.level}: a board-to-board meeting with an independent chair`,
            kind: 'select',
            options: yesNo,
            hint: `Now: ${level.independentChair ? 'yes' : 'no'}`,
          },
          {
            name: `levels.${i}.workingDayLimit`,
            label: `Level ${level.level}: time limit in working days`,
            kind: 'number',
            hint: `Now: ${level.workingDayLimit ?? 'none'}. Blank leaves it; "none" removes it`,
          },
        ]),
      ];
  }
}

/** The correction's fields as the API takes them: only those given (blank is "unchanged"). */
function correctionFrom(values: FormValues, at: string, kind: FactKind, fact: CorrectableFact): Corrected {
  const f = (name: string) => `${at}.${name}`;
  const given = (name: string) => values.optional(f(name)) !== null;
  const dateGiven = (name: string) => values.optionalPaperDate(f(name));
  const correction: Corrected = { fact: kind };
  const dates = ['dated', 'effectiveOn', 'noticeGivenOn', 'meetingDate', 'signedOn', 'effectiveFrom', 'expiresOn', 'refreshDueBy'] as const;
  const fieldNames = fieldsOf(kind, fact, []).map((field) => field.name);
  for (const name of dates) {
    if (!fieldNames.includes(name)) continue;
    const date = dateGiven(name);
    if (date !== null) correction[name] = date;
  }
  for (const name of ['note', 'name', 'reason', 'boardName', 'asked', 'decisionReference'] as const) {
    if (fieldNames.includes(name) && given(name)) correction[name] = values.text(f(name));
  }
  if (fieldNames.includes('organisationType') && given('organisationType'))
    correction.organisationType = values.choice(f('organisationType'), ORGANISATION_TYPES);
  if (fieldNames.includes('outcome') && given('outcome')) correction.outcome = values.choice(f('outcome'), OUTCOMES);
  if (fieldNames.includes('inForceRule') && given('inForceRule')) correction.inForceRule = values.choice(f('inForceRule'), IN_FORCE_RULES);
  if (fieldNames.includes('successorCompactId') && given('successorCompactId')) correction.successorCompactId = values.text(f('successorCompactId'));
  if (fieldNames.includes('durationMonths') && given('durationMonths')) correction.durationMonths = values.number(f('durationMonths'));
  if (fieldNames.includes('concerns') && given('concerns')) {
    correction.concerns = values.lines(f('concerns')).map((line) => {
      const [concern, ...response] = line.split('|');
      const answer = response.join('|').trim();
      return { concern: concern.trim(), response: answer === '' ? null : answer };
    });
  }
  if (fieldNames.includes('basis.kind') && (given('basis.kind') || given('basis.reference'))) {
    correction.basis = { kind: values.choice(f('basis.kind'), LEAVING_BASES), reference: values.text(f('basis.reference')) };
  }
  if (fieldNames.includes('signatory.name') && (given('signatory.name') || given('signatory.role'))) {
    correction.signatory = { name: values.text(f('signatory.name')), role: values.optional(f('signatory.role')) };
  }
  if (fieldNames.includes('signifies') && values.text(f('signifies.correct')) === 'yes') correction.signifies = values.choices(f('signifies'), SIGNIFIES);
  if (kind === 'escalation-path' && fact.levels) {
    const levels = fact.levels.map((level, i) => {
      const at = (name: string) => `levels.${i}.${name}`;
      const flag = (name: string, was: boolean) => (given(at(name)) ? values.text(f(at(name))) === 'yes' : was);
      const limit = values.optional(f(at('workingDayLimit')));
      const workingDayLimit = limit === null ? level.workingDayLimit : limit.toLowerCase() === 'none' ? undefined : values.number(f(at('workingDayLimit')));
      return {
        level: level.level,
        name: given(at('name')) ? values.text(f(at('name'))) : level.name,
        whoActs: given(at('whoActs')) ? values.text(f(at('whoActs'))) : level.whoActs,
        mediation: flag('mediation', level.mediation),
        independentChair: flag('independentChair', level.independentChair),
        ...(workingDayLimit === undefined ? {} : { workingDayLimit }),
      };
    });
    const changed = fact.levels.some((_, i) => ['name', 'whoActs', 'mediation', 'independentChair', 'workingDayLimit'].some((n) => given(`levels.${i}.${n}`)));
    if (changed) correction.levels = levels;
  }
  return correction;
}

/** The compact's correctable facts, read as they stand now. */
function useCompactReads(compact: Schemas['CompactViewDto'], versions: readonly Schemas['VersionDto'][]) {
  const { api } = useSession();
  const id = compact.compactId;
  const partners = usePartners(id, NOW);
  const endorsements = useEndorsements(id, NOW);
  const requests = useEndorsementRequests(id, NOW);
  const register = useSignatures(id, NOW);
  const path = useEscalationPath(id);
  const history = useQuery({
    queryKey: ['history', id],
    queryFn: async () => answer(await api.GET('/compacts/{id}/history', { params: { path: { id } } })),
  });
  const all = [partners, endorsements, requests, register, path, history] as const;
  const error = all.find((q) => q.isError)?.error;
  if (error) return { error };
  if (!partners.data || !endorsements.data || !requests.data || !register.data || path.data === undefined || !history.data) return { pending: true as const };
  const reads: CompactReads = {
    compact,
    versions,
    partners: partners.data,
    endorsements: endorsements.data,
    requests: requests.data,
    register: register.data,
    path: path.data,
    history: history.data,
  };
  return { reads };
}

/**
 * Corrections, as a batch: each names a recorded fact, says why, and gives only the fields that
 * change. They are appended together or not at all, each checked as the original fact was and
 * the compact as all of them leave it checked as a whole, so two facts that must move past each
 * other (a version's date and an endorsement's) are corrected in one request.
 */
export function CorrectionsForm({
  compact,
  versions,
  successors,
}: {
  compact: Schemas['CompactViewDto'];
  versions: readonly Schemas['VersionDto'][];
  successors: readonly Option[];
}) {
  const formId = useId().replace(/:/g, '');
  const loaded = useCompactReads(compact, versions);
  return (
    <FoldedCommand formId={formId} title="Correct recorded facts">
      <div className="command-description">
        <p>
          A recorded fact found wrong is corrected by a new fact naming it, with the reason; the original stays in the history. Leave a field blank to keep it
          as it is. Several corrections are recorded together or not at all, and the compact as they leave it must hold together.
        </p>
      </div>
      {'error' in loaded ? (
        <ProblemView error={loaded.error} what="the facts to correct" />
      ) : 'pending' in loaded ? (
        <p className="loading" role="status">
          Reading the facts to correct…
        </p>
      ) : (
        <CorrectionsBatch formId={formId} compactId={compact.compactId} facts={correctableFacts(loaded.reads)} successors={successors} />
      )}
    </FoldedCommand>
  );
}

function CorrectionsBatch({
  formId,
  compactId,
  facts,
  successors,
}: {
  formId: string;
  compactId: string;
  facts: CorrectableFact[];
  successors: readonly Option[];
}) {
  const { api } = useSession();
  const [rows, setRows] = useState<Array<{ key: number; factId: string }>>([{ key: 0, factId: facts[0]?.factId ?? '' }]);
  const [nextKey, setNextKey] = useState(1);
  const factOf = (factId: string) => facts.find((f) => f.factId === factId);
  const factOptions: Option[] = facts.map((f) => ({ value: f.factId, label: f.label }));
  const rowFields = rows.map((row, i) => {
    const at = `corrections.${i}`;
    const fact = factOf(row.factId);
    const choose: FieldSpec = {
      name: `${at}.factId`,
      label: `Correction ${i + 1}: the fact`,
      kind: 'select',
      options: factOptions,
      initial: row.factId,
      required: true,
      onChange: (factId) => setRows((current) => current.map((r) => (r.key === row.key ? { ...r, factId } : r))),
    };
    const reason: FieldSpec = {
      name: `${at}.reason`,
      label: `Correction ${i + 1}: why`,
      kind: 'textarea',
      required: true,
      hint: 'What the paper says, and where',
    };
    const own = fact
      ? fieldsOf(fact.fact, fact, successors).map((field) => ({ ...field, name: `${at}.correction.${field.name}`, label: `${field.label}` }))
      : [];
    return { row, at, fact, fields: [choose, reason, ...own] };
  });
  const allFields = rowFields.flatMap((r) => r.fields);
  const command = useCommand({
    fieldNames: allFields.map((f) => f.name),
    send: (values) =>
      api.POST('/compacts/{id}/corrections', {
        params: { path: { id: compactId } },
        body: {
          corrections: rowFields.map(({ at, fact }) => {
            const chosen = factOf(values.text(`${at}.factId`)) ?? fact;
            return {
              factId: values.text(`${at}.factId`),
              reason: values.text(`${at}.reason`),
              correction: chosen ? correctionFrom(values, `${at}.correction`, chosen.fact, chosen) : { fact: 'version' as const },
            };
          }),
        },
      }),
    onRecorded: () => {
      setRows([{ key: nextKey, factId: facts[0]?.factId ?? '' }]);
      setNextKey((k) => k + 1);
    },
  });
  if (facts.length === 0) return <p>Nothing recorded yet to correct.</p>;
  return (
    <>
      <CommandOutcome
        formId={formId}
        problem={command.problem}
        recorded={command.recorded}
        summary={command.summary}
        labelOf={(name) => {
          const field = allFields.find((f) => f.name === name);
          const row = /^corrections\.(\d+)\./.exec(name);
          return field ? (row && !field.label.startsWith('Correction') ? `Correction ${Number(row[1]) + 1}: ${field.label}` : field.label) : name;
        }}
      />
      <form onSubmit={command.submit} noValidate aria-describedby={command.problem ? `${formId}-problem` : undefined} className="corrections">
        {rowFields.map(({ row, fields }, i) => (
          <fieldset key={row.key} className="correction" data-correction={i + 1}>
            <legend>Correction {i + 1}</legend>
            {fields.map((field) => (
              <Fragment key={field.name}>
                <Field formId={formId} field={field} errors={command.errorsFor(field.name)} />
              </Fragment>
            ))}
            {rows.length > 1 && (
              <button type="button" className="secondary" onClick={() => setRows((current) => current.filter((r) => r.key !== row.key))}>
                Remove correction {i + 1}
              </button>
            )}
          </fieldset>
        ))}
        <div className="buttons">
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setRows((current) => [...current, { key: nextKey, factId: facts[0]?.factId ?? '' }]);
              setNextKey((k) => k + 1);
            }}
          >
            Add another correction
          </button>
          <button type="submit" disabled={command.pending}>
            {command.pending ? 'Recording…' : rows.length === 1 ? 'Record the correction' : `Record the ${rows.length} corrections together`}
          </button>
        </div>
      </form>
    </>
  );
}
