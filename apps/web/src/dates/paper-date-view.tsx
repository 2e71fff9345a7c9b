import { because, dateWords, type PaperDate } from './paper-date';

/**
 * The reasons behind a table's assumed dates, each said once under the table and referred to
 * by number from each date that rests on it (the same reason often covers every row: all of
 * Shropshire's version dates take their year from one passage).
 */
export interface DateNotes {
  prefix: string;
  bases: string[];
  number(date: PaperDate | null | undefined): number | null;
}

export function dateNotes(prefix: string, dates: ReadonlyArray<PaperDate | null | undefined>): DateNotes {
  const bases: string[] = [];
  for (const date of dates) {
    if (!date) continue;
    const { assumed, basis } = dateWords(date);
    if (assumed && basis && !bases.includes(basis)) bases.push(basis);
  }
  return {
    prefix,
    bases,
    number(date) {
      if (!date) return null;
      const { assumed, basis } = dateWords(date);
      return assumed && basis ? bases.indexOf(basis) + 1 : null;
    },
  };
}

/**
 * A date as the paper gives it: its precision kept ("Jan 2014", "2015", "not given"), and what
 * the ledger assumed marked as assumed, with why (inline, or as a numbered note under a table;
 * `brief` leaves the why to the page that shows the fact whole).
 */
export function PaperDateText({
  date,
  notes,
  none = '',
  brief = false,
  notGiven,
}: {
  date: PaperDate | null | undefined;
  notes?: DateNotes;
  /** Said where there is no date at all (a fact not yet recorded). */
  none?: string;
  brief?: boolean;
  /** How a sentence says a date the paper does not give ("a date not given"); "not given" otherwise. */
  notGiven?: string;
}) {
  if (!date) return <>{none}</>;
  const said = dateWords(date);
  const words = date.value === null && notGiven ? { ...said, given: notGiven } : said;
  const note = notes?.number(date) ?? null;
  return (
    <span className="paper-date" data-precision={date.precision} title={date.asWritten ? `On the paper: “${date.asWritten}”` : undefined}>
      {words.given}
      {words.assumed && (
        <span className="assumed">
          {' '}
          ({words.assumed}
          {note !== null && notes ? (
            <sup>
              <a href={`#${notes.prefix}-${note}`}>
                <span className="visually-hidden">why: note </span>
                {note}
              </a>
            </sup>
          ) : (
            !brief && words.basis && `, ${because(words.basis)}`
          )}
          )
        </span>
      )}
    </span>
  );
}

/** The numbered reasons under a table: what each assumed date rests on. */
export function DateNotesList({ notes }: { notes: DateNotes }) {
  if (notes.bases.length === 0) return null;
  return (
    <div className="date-notes">
      <p className="small">Dates the paper does not give whole, and what the ledger assumed them from:</p>
      <ol>
        {notes.bases.map((basis, i) => (
          <li key={basis} id={`${notes.prefix}-${i + 1}`} className="small">
            Assumed {because(basis)}
          </li>
        ))}
      </ol>
    </div>
  );
}
