import { useId, useState } from 'react';
import type { Schemas } from '../api/client';
import { Loaded } from '../layout/page';
import type { AsOf } from './as-of';
import { useComparison } from './queries';
import { describedChangesText } from './described-changes';

type Version = Schemas['VersionDto'];
type Section = Schemas['VersionSectionDto'];
type Comparison = Schemas['VersionComparisonDto'];
type Word = Schemas['WordChangeDto'];

function Heading({ section }: { section: Pick<Section, 'number' | 'heading'> }) {
  return (
    <h4 className="section-heading">
      {section.number}
      {section.heading ? ` ${section.heading}` : ''}
    </h4>
  );
}

/** One side of a changed section: the words both versions share, and this side's own words marked (removed on the left, added on the right). */
function Words({ words, side }: { words: readonly Word[]; side: 'from' | 'to' }) {
  return (
    <p>
      {words.map((word, i) => {
        if (word.change === 'same') return <span key={i}>{word.text}</span>;
        if (side === 'from' && word.change === 'removed') return <del key={i}>{word.text}</del>;
        if (side === 'to' && word.change === 'added') return <ins key={i}>{word.text}</ins>;
        return null;
      })}
    </p>
  );
}

const changeLabel = { added: 'Section added', removed: 'Section removed', changed: 'Section changed' } as const;

/** Two versions side by side, section by section, from the API's comparison: added, removed and changed sections, words highlighted. */
export function DiffTable({ comparison, versions }: { comparison: Comparison; versions: readonly Version[] }) {
  const from = versions.find((v) => v.label === comparison.from.label);
  const to = versions.find((v) => v.label === comparison.to.label);
  const sectionOf = (version: Version | undefined, number: string) => version?.sections?.find((s) => s.number === number);
  const withoutText = [from, to].filter((v) => v && v.sections === null).map((v) => v!.label);
  return (
    <>
      {comparison.described.length > 0 && (
        <div className="described-changes">
          <h4>What the notes say changed</h4>
          <ul>
            {comparison.described.map((d) => (
              <li key={d.label} data-version={d.label}>
                <strong>Version {d.label}</strong>: {d.note ?? 'no note'}
                {d.changes && <div className="small">{describedChangesText(d.changes)}</div>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {!comparison.textCompared ? (
        <p className="text-not-compared">
          The texts were not compared: the ledger holds no text of version{withoutText.length === 1 ? '' : 's'} {withoutText.join(' and ') || 'either'}. Only
          the notes above say what changed.
        </p>
      ) : (
        <DiffSections comparison={comparison} sectionOf={sectionOf} from={from} to={to} />
      )}
    </>
  );
}

function DiffSections({
  comparison,
  sectionOf,
  from,
  to,
}: {
  comparison: Comparison;
  sectionOf: (version: Version | undefined, number: string) => Section | undefined;
  from: Version | undefined;
  to: Version | undefined;
}) {
  return (
    <>
      <table className="data diff">
        <caption>
          Version {comparison.from.label} against version {comparison.to.label}: {comparison.sections.length} sections differ, {comparison.unchanged.length}{' '}
          unchanged
        </caption>
        <thead>
          <tr>
            <th scope="col">Section</th>
            <th scope="col">Version {comparison.from.label}</th>
            <th scope="col">Version {comparison.to.label}</th>
          </tr>
        </thead>
        <tbody>
          {comparison.sections.map((section) => {
            const before = sectionOf(from, section.number);
            const after = sectionOf(to, section.number);
            return (
              <tr key={section.number} className={`change-${section.change}`} data-section={section.number}>
                <th scope="row">
                  {section.number}
                  <div className="small">{changeLabel[section.change as keyof typeof changeLabel] ?? section.change}</div>
                </th>
                <td className="from">
                  {section.change === 'added' ? (
                    <p className="absent">Not in version {comparison.from.label}</p>
                  ) : (
                    <>
                      <Heading section={{ number: section.number, heading: section.heading.from }} />
                      {section.words ? <Words words={section.words} side="from" /> : <del className="whole">{before?.text}</del>}
                    </>
                  )}
                </td>
                <td className="to">
                  {section.change === 'removed' ? (
                    <p className="absent">Not in version {comparison.to.label}</p>
                  ) : (
                    <>
                      <Heading section={{ number: section.number, heading: section.heading.to }} />
                      {section.words ? <Words words={section.words} side="to" /> : <ins className="whole">{after?.text}</ins>}
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {comparison.unchanged.length > 0 && <p>Unchanged sections: {comparison.unchanged.join(', ')}.</p>}
    </>
  );
}

/** Choose any two versions; the comparison is the API's (GET /compacts/{id}/diff). */
export function VersionComparison({ compactId, versions, asOf }: { compactId: string; versions: readonly Version[]; asOf: AsOf }) {
  const id = useId().replace(/:/g, '');
  const labels = versions.map((v) => v.label);
  const [from, setFrom] = useState<string>(labels[labels.length - 2] ?? labels[0]);
  const [to, setTo] = useState<string>(labels[labels.length - 1]);
  const [chosen, setChosen] = useState<{ from: string; to: string } | null>(labels.length > 1 ? { from, to } : null);
  const comparison = useComparison(compactId, chosen?.from ?? null, chosen?.to ?? null, asOf);
  if (versions.length < 2) return <p>Only one version: nothing to compare yet.</p>;
  return (
    <>
      <form
        className="inline-form no-print"
        onSubmit={(e) => {
          e.preventDefault();
          setChosen({ from, to });
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-from`}>Compare version</label>
          <select id={`${id}-from`} value={from} onChange={(e) => setFrom(e.target.value)}>
            {labels.map((l) => (
              <option key={l}>{l}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>with version</label>
          <select id={`${id}-to`} value={to} onChange={(e) => setTo(e.target.value)}>
            {labels.map((l) => (
              <option key={l}>{l}</option>
            ))}
          </select>
        </div>
        <button type="submit">Compare</button>
      </form>
      {chosen && (
        <div aria-live="polite">
          <Loaded query={comparison} what="the comparison">
            {(data) => <DiffTable comparison={data} versions={versions} />}
          </Loaded>
        </div>
      )}
    </>
  );
}
