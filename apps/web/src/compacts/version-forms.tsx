import { useState } from 'react';
import type { Schemas } from '../api/client';
import { useSession } from '../auth/session';
import { CommandForm, type FieldSpec, type FormValues, type Option } from '../forms/command-form';
import { filledRows } from '../forms/form-rows';

type Version = Schemas['VersionDto'];
type Section = Schemas['SectionDto'];

/** What every version says of itself: its label, its date on the paper at its precision, and its note. */
const versionFields = (hint: string | undefined): FieldSpec[] => [
  { name: 'label', label: 'Label', required: true, hint },
  { name: 'dated', label: 'Dated', kind: 'paper-date', required: true },
  { name: 'note', label: 'Note: what changed and why', kind: 'textarea', hint: 'Blank only for a first version the paper gives no note' },
];

const VERSION_RULES = {
  'version-label-not-greater': 'label',
  'invalid-version-label': 'label',
  'version-dated-before-previous': 'dated',
  'version-dated-before-in-force': 'dated',
  'version-dated-before-signature': 'dated',
  'compact-closed': 'dated',
  'invalid-date': 'dated',
  'version-note-required': 'note',
} as const;

const sectionFields = (prefix: string, i: number, what: string): FieldSpec[] => [
  { name: `${prefix}.${i}.number`, label: `${what} ${i + 1}: number`, hint: i === 0 ? 'How the section is cited: 2.4, Commitment 3, Appendix 1' : undefined },
  { name: `${prefix}.${i}.heading`, label: `${what} ${i + 1}: heading` },
  { name: `${prefix}.${i}.text`, label: `${what} ${i + 1}: text`, kind: 'textarea' },
];

const sectionsOf = (v: FormValues, prefix: string, rows: number): Section[] =>
  filledRows(v, rows, prefix, ['number', 'heading', 'text']).map((i) => ({
    number: v.text(`${prefix}.${i}.number`),
    heading: v.optional(`${prefix}.${i}.heading`),
    text: v.text(`${prefix}.${i}.text`),
  }));

function AddRow({ what, onAdd }: { what: string; onAdd: () => void }) {
  return (
    <button type="button" className="secondary" onClick={onAdd}>
      Add a row for another {what}
    </button>
  );
}

/**
 * Publishing a version with its whole text, section by section in the paper's order (a compact's
 * first version, or a new text in full). Only the secretariat (`compacts.publish-version`) is
 * offered it; the API decides.
 */
export function WholeVersionForm({ compactId, current }: { compactId: string; current: Version | null }) {
  const { api } = useSession();
  const [rows, setRows] = useState(3);
  return (
    <CommandForm
      title={current ? 'Publish a new version, its whole text' : 'Publish the first version'}
      description={
        <>
          <p>The whole text, section by section in the paper&rsquo;s order.</p>
          <AddRow what="section" onAdd={() => setRows((n) => n + 1)} />
        </>
      }
      submitLabel="Publish the version"
      fields={[
        ...versionFields(current ? `After ${current.label}` : undefined),
        ...Array.from({ length: rows }, (_, i) => sectionFields('sections', i, 'Section')).flat(),
      ]}
      ruleFields={{
        ...VERSION_RULES,
        'version-without-sections': 'sections.0.number',
        'duplicate-section-number': 'sections.0.number',
        'invalid-section-number': 'sections.0.number',
        'section-text-required': 'sections.0.text',
        'version-changes-nothing': 'sections.0.text',
      }}
      send={(v) =>
        api.POST('/compacts/{id}/versions', {
          params: { path: { id: compactId } },
          body: { label: v.text('label'), dated: v.paperDate('dated'), note: v.optional('note'), sections: sectionsOf(v, 'sections', rows) },
        })
      }
    />
  );
}

/**
 * Publishing an amendment of the current version: sections whose text is replaced, sections added
 * or removed, words replaced across the text (Shropshire's "patient" to "citizen"). Only the parts
 * filled in are sent; the API makes the new version from the current one.
 */
export function AmendmentForm({ compactId, current }: { compactId: string; current: Version & { sections: Section[] } }) {
  const { api } = useSession();
  const [replaced, setReplaced] = useState(1);
  const [added, setAdded] = useState(1);
  const [phrases, setPhrases] = useState(1);
  const sections: Option[] = current.sections.map((s) => ({ value: s.number, label: `${s.number}${s.heading ? ` ${s.heading}` : ''}` }));
  const replaceFields: FieldSpec[] = Array.from({ length: replaced }, (_, i) => [
    {
      name: `replace.${i}.number`,
      label: `Replaced section ${i + 1}`,
      kind: 'select' as const,
      options: [{ value: '', label: 'None' }, ...sections],
    },
    { name: `replace.${i}.text`, label: `Replaced section ${i + 1}: its new text`, kind: 'textarea' as const },
  ]).flat();
  const phraseFields: FieldSpec[] = Array.from({ length: phrases }, (_, i) => [
    { name: `replacePhrases.${i}.find`, label: `Words replaced ${i + 1}: the words`, hint: i === 0 ? 'Whole words, across the text' : undefined },
    { name: `replacePhrases.${i}.replaceWith`, label: `Words replaced ${i + 1}: replaced with` },
  ]).flat();
  return (
    <CommandForm
      title={`Publish an amendment of version ${current.label}`}
      description={
        <>
          <p>Fill in only the parts the amendment makes.</p>
          <AddRow what="replaced section" onAdd={() => setReplaced((n) => n + 1)} /> <AddRow what="added section" onAdd={() => setAdded((n) => n + 1)} />{' '}
          <AddRow what="replacement of words" onAdd={() => setPhrases((n) => n + 1)} />
        </>
      }
      submitLabel="Publish the amendment"
      fields={[
        ...versionFields(`After ${current.label}`),
        ...replaceFields,
        ...Array.from({ length: added }, (_, i) => sectionFields('add', i, 'Added section')).flat(),
        { name: 'remove', label: 'Sections removed', kind: 'checkboxes', options: sections },
        ...phraseFields,
      ]}
      ruleFields={{
        ...VERSION_RULES,
        'version-text-not-recorded': 'label',
        'amendment-changes-nothing': 'replace.0.number',
        'section-not-found': 'replace.0.number',
        'section-replacement-unchanged': 'replace.0.text',
        'section-already-exists': 'add.0.number',
        'section-named-twice': 'add.0.number',
        'duplicate-section-number': 'add.0.number',
        'invalid-section-number': 'add.0.number',
        'section-text-required': 'add.0.text',
        'phrase-not-found': 'replacePhrases.0.find',
        'phrase-empty': 'replacePhrases.0.find',
      }}
      send={(v) => {
        const replace = filledRows(v, replaced, 'replace', ['number', 'text']).map((i) => {
          const number = v.text(`replace.${i}.number`);
          return { number, heading: current.sections.find((s) => s.number === number)?.heading ?? null, text: v.text(`replace.${i}.text`) };
        });
        const add = sectionsOf(v, 'add', added);
        const remove = v.ticked('remove');
        const replacePhrases = filledRows(v, phrases, 'replacePhrases', ['find', 'replaceWith']).map((i) => ({
          find: v.text(`replacePhrases.${i}.find`),
          replaceWith: v.text(`replacePhrases.${i}.replaceWith`),
        }));
        return api.POST('/compacts/{id}/versions', {
          params: { path: { id: compactId } },
          body: {
            label: v.text('label'),
            dated: v.paperDate('dated'),
            note: v.optional('note'),
            ...(replace.length > 0 ? { replace } : {}),
            ...(add.length > 0 ? { add } : {}),
            ...(remove.length > 0 ? { remove } : {}),
            ...(replacePhrases.length > 0 ? { replacePhrases } : {}),
          },
        });
      }}
    />
  );
}
