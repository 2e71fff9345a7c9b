import type { Schemas } from '../api/client';
import { DateNotesList, dateNotes, PaperDateText } from '../dates/paper-date-view';
import { plural } from '../format';
import { describedChangesText } from './described-changes';
import type { AsOf } from './as-of';
import { VersionComparison } from './version-diff';

type Version = Schemas['VersionDto'];

/** What changed from the version before, in a line: from the texts where the ledger holds both, else from the note. */
function ChangeSummary({ version }: { version: Version }) {
  if (version.amendment) {
    const a = version.amendment;
    const parts = [
      a.replaced.length > 0 && `replaced ${a.replaced.join(', ')}`,
      a.added.length > 0 && `added ${a.added.join(', ')}`,
      a.removed.length > 0 && `removed ${a.removed.join(', ')}`,
      ...a.phraseReplacements.map((p) => `“${p.find}” to “${p.replaceWith}” (${plural(p.occurrences, 'place')})`),
    ].filter(Boolean);
    return (
      <div className="small">
        Amends {a.amends}
        {parts.length > 0 && `: ${parts.join('; ')}`}
      </div>
    );
  }
  if (version.describedChanges) return <div className="small described">{describedChangesText(version.describedChanges)}</div>;
  return null;
}

/** Every version, oldest first: its date as the paper gives it, its note, what changed, and whether the ledger holds its text; then a comparison of any two. */
export function Versions({ compactId, versions, asOf }: { compactId: string; versions: readonly Version[]; asOf: AsOf }) {
  const notes = dateNotes(
    'version-date-note',
    versions.map((v) => v.dated),
  );
  return (
    <>
      <table className="data versions">
        <caption>{plural(versions.length, 'version')}, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Dated</th>
            <th scope="col">Note, and what changed</th>
            <th scope="col">Text</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.label} data-version={v.label} className={v.sections === null ? 'no-text' : undefined}>
              <th scope="row">{v.label}</th>
              <td>
                <PaperDateText date={v.dated} notes={notes} />
                {v.corrected && <div className="small">corrected</div>}
              </td>
              <td>
                {v.note ?? <span className="none">No note on the paper</span>}
                <ChangeSummary version={v} />
              </td>
              <td>{v.sections === null ? <span className="no-text-held">No text held</span> : plural(v.sections.length, 'section')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <DateNotesList notes={notes} />
      {versions.some((v) => v.sections === null) && (
        <p className="small">
          “No text held”: the papers record the version (its label, date and note) but not its text, so the ledger holds none and a comparison with it can show
          only what its note says changed.
        </p>
      )}
      <h3>Compare two versions</h3>
      <VersionComparison compactId={compactId} versions={versions} asOf={asOf} />
    </>
  );
}
