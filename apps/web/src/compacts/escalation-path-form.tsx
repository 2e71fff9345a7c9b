import { useState } from 'react';
import type { Schemas } from '../api/client';
import { useSession } from '../auth/session';
import { CommandForm, type FieldSpec, type FormValues } from '../forms/command-form';
import { filledRows } from '../forms/form-rows';
import { optionsOf } from './choices';
import { useEscalationPath } from './queries';

type Level = Schemas['EscalationLevelDto'];

const YES_NO: Record<'yes' | 'no', string> = { no: 'No', yes: 'Yes' };
const LEVEL_PARTS = ['name', 'whoActs', 'workingDayLimit'] as const;

function levelFields(i: number, level: Level | undefined): FieldSpec[] {
  const n = `Level ${i + 1}`;
  return [
    {
      name: `levels.${i}.name`,
      label: `${n}: name`,
      initial: level?.name,
      hint: i === 0 ? 'Levels in order from 1; leave a row blank for no further level' : undefined,
    },
    { name: `levels.${i}.whoActs`, label: `${n}: who acts at it`, initial: level?.whoActs },
    {
      name: `levels.${i}.mediation`,
      label: `${n}: mediators may be appointed`,
      kind: 'select',
      options: optionsOf(YES_NO),
      initial: level?.mediation ? 'yes' : 'no',
    },
    {
      name: `levels.${i}.independentChair`,
      label: `${n}: a board-to-board meeting with an agreed independent chair`,
      kind: 'select',
      options: optionsOf(YES_NO),
      initial: level?.independentChair ? 'yes' : 'no',
    },
    {
      name: `levels.${i}.workingDayLimit`,
      label: `${n}: time limit in working days`,
      kind: 'number',
      initial: level?.workingDayLimit === undefined ? '' : String(level.workingDayLimit),
      hint: i === 0 ? 'Blank for no limit' : undefined,
    },
  ];
}

const levelOf = (v: FormValues, i: number): Level => {
  const limit = v.optional(`levels.${i}.workingDayLimit`);
  return {
    level: i + 1,
    name: v.text(`levels.${i}.name`),
    whoActs: v.text(`levels.${i}.whoActs`),
    mediation: v.choice(`levels.${i}.mediation`, YES_NO) === 'yes',
    independentChair: v.choice(`levels.${i}.independentChair`, YES_NO) === 'yes',
    ...(limit === null ? {} : { workingDayLimit: v.number(`levels.${i}.workingDayLimit`) }),
  };
};

/**
 * Defining a compact's escalation path, or a new one from a date: its levels in order, who acts
 * at each, whether mediators or an independent chair come in, and a time limit in working days
 * where the compact sets one. Filled in from the path in force. Only the secretariat
 * (`compacts.define-escalation-path`) is offered it; the API decides.
 */
export function EscalationPathForm({ compactId }: { compactId: string }) {
  const { api } = useSession();
  const current = useEscalationPath(compactId);
  const levels = current.data?.levels ?? [];
  const [added, setAdded] = useState(1);
  if (current.isPending) return null;
  const rows = levels.length + added;
  return (
    <CommandForm
      title={current.data ? 'Define a new escalation path' : 'Define the escalation path'}
      description={
        <>
          <p>{current.data ? 'From a date, in place of the path in force; the form starts from it.' : 'The levels a dispute goes through, in order.'}</p>
          <button type="button" className="secondary" onClick={() => setAdded((n) => n + 1)}>
            Add a row for another level
          </button>
        </>
      }
      submitLabel="Define the escalation path"
      fields={[
        { name: 'note', label: 'Note: where it comes from, or what changed', kind: 'textarea', required: true },
        { name: 'effectiveOn', label: 'Takes effect on', kind: 'paper-date', required: true },
        ...Array.from({ length: rows }, (_, i) => levelFields(i, levels[i])).flat(),
      ]}
      ruleFields={{
        'escalation-path-note-required': 'note',
        'escalation-path-dated-before-previous': 'effectiveOn',
        'compact-closed': 'effectiveOn',
        'invalid-date': 'effectiveOn',
        'escalation-path-empty': 'levels.0.name',
        'escalation-path-unchanged': 'note',
      }}
      send={(v) =>
        api.POST('/compacts/{id}/escalation-path', {
          params: { path: { id: compactId } },
          body: {
            note: v.text('note'),
            effectiveOn: v.paperDate('effectiveOn'),
            levels: filledRows(v, rows, 'levels', LEVEL_PARTS).map((i) => levelOf(v, i)),
          },
        })
      }
    />
  );
}
