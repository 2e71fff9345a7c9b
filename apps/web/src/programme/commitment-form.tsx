import { useState } from 'react';
import type { Schemas } from '../api/client';
import { useSession } from '../auth/session';
import { CommandForm, type FieldSpec } from '../forms/command-form';
import { filledRows } from '../forms/form-rows';
import { today } from '../format';

/** The parts of a target's row, each the API's field name under `targets.<row>.` */
const TARGET_PARTS = ['targetId', 'text', 'wording', 'dueOn'] as const;

/**
 * Defining a commitment of the joint programme, with its dated targets as the paper gives them
 * (the date's words, and the day it is counted overdue after, where there is one). The
 * secretariat records the programme from paper; the API decides.
 */
export function CommitmentForm({ compactId }: { compactId: string }) {
  const { api } = useSession();
  const [rows, setRows] = useState(2);
  const targetFields: FieldSpec[] = Array.from({ length: rows }, (_, i) => [
    {
      name: `targets.${i}.targetId`,
      label: `Target ${i + 1}: number`,
      hint: i === 0 ? 'As the paper numbers it (3.1); leave a row blank for no target' : undefined,
    },
    { name: `targets.${i}.text`, label: `Target ${i + 1}: text, in the paper’s words`, kind: 'textarea' as const },
    { name: `targets.${i}.wording`, label: `Target ${i + 1}: its date, in the paper’s words`, hint: i === 0 ? 'by June 2017, from September 2017' : undefined },
    {
      name: `targets.${i}.dueOn`,
      label: `Target ${i + 1}: counted overdue after`,
      kind: 'date' as const,
      hint: i === 0 ? 'The last day the paper’s words allow (by June 2017: 30 June 2017); blank where the paper gives no date' : undefined,
    },
  ]).flat();
  return (
    <CommandForm
      title="Define a commitment"
      description={
        <>
          <p>A commitment of the joint programme with its dated targets, as the paper gives them.</p>
          <button type="button" className="secondary" onClick={() => setRows((n) => n + 1)}>
            Add a row for another target
          </button>
        </>
      }
      submitLabel="Define the commitment"
      fields={[
        { name: 'number', label: 'Number', required: true, hint: 'As the paper numbers it (3)' },
        { name: 'title', label: 'Title', required: true },
        { name: 'text', label: 'The commitment’s text', kind: 'textarea', required: true },
        { name: 'definedOn', label: 'Made on', kind: 'date', required: true, initial: today() },
        ...targetFields,
      ]}
      ruleFields={{
        'commitment-number-repeated': 'number',
        'commitment-number-required': 'number',
        'commitment-title-required': 'title',
        'commitment-text-required': 'text',
        'target-id-repeated': 'targets.0.targetId',
        'target-id-required': 'targets.0.targetId',
        'target-text-required': 'targets.0.text',
        'target-wording-required': 'targets.0.wording',
        'invalid-date': 'definedOn',
      }}
      send={(v) => {
        const targets: Schemas['TargetDto'][] = filledRows(v, rows, 'targets', TARGET_PARTS).map((i) => ({
          targetId: v.text(`targets.${i}.targetId`),
          text: v.text(`targets.${i}.text`),
          wording: v.text(`targets.${i}.wording`),
          dueOn: v.optional(`targets.${i}.dueOn`),
        }));
        return api.POST('/compacts/{id}/commitments', {
          params: { path: { id: compactId } },
          body: { number: v.text('number'), title: v.text('title'), text: v.text('text'), definedOn: v.text('definedOn'), targets },
        });
      }}
    />
  );
}
