import { readWrittenDate, withAssumedYear } from '../dates/paper-date';
import { seedDocument } from '../seed-documents';
import { findClause, findPart, ownText } from '../structure/render';
import { compactText, find, numberedSections, paragraphs, readAmendmentNote } from './reading';
import type { AssumptionNote, SeedCompactFacts, VersionFacts } from './seed-facts';

/**
 * 000, Shropshire, Telford and Wrekin: a version table V1 to V6.0 dated by day and month
 * ("25.1" ... "27.2") with no year, the text of V6.0 only, partners "To be completed".
 */
export function shropshireFacts(): SeedCompactFacts {
  const document = seedDocument('000');
  const compact = findPart(document, 'compact');
  const cover = findPart(document, 'cover');
  const table = document.versionTable!;

  // The year: the text plans "For 2013/14" (4.2) and measures agreed "no later than May 2013" (5.3).
  const plan = find(ownText(findClause(compact, '4.2')), /For (\d{4})\/\d{2}/, 'year of the joint work programme');
  const measures = find(ownText(findClause(compact, '5.3')), /no later than (\w+ (\d{4}))/, 'date for the measures');
  const year = Number(plan[1]);
  if (Number(measures[2]) !== year) throw new Error(`4.2 (${plan[0]}) and 5.3 (${measures[1]}) point to different years`);
  const yearBasis = `The version table gives day and month only. Section 4.2 plans the joint work programme "${plan[0]}" and 5.3 has the measures agreed "no later than ${measures[1]}", so the versions are taken to be of ${year}.`;

  const text = compactText(document);
  const sections = numberedSections(text.parts);
  const versions = table.map((row, i): VersionFacts => {
    const isLast = i === table.length - 1;
    const amendment = i === 0 ? null : readAmendmentNote(row.note, table[i - 1].label, sections);
    if (amendment?.followingMeeting) {
      const written = readWrittenDate(amendment.followingMeeting.date.asWritten!);
      amendment.followingMeeting.date = withAssumedYear(written, year, yearBasis);
    }
    return {
      label: row.label,
      labelOnPaper: true,
      dated: withAssumedYear(readWrittenDate(row.dateAsWritten), year, yearBasis),
      note: row.note,
      line: row.line,
      // Only the last version's text is on the paper; the earlier ones are known by their notes alone.
      text: isLast ? text : null,
      amendment,
    };
  });

  const partnersHeading = paragraphs(cover.body).findIndex((p) => /^Partners to Agreement$/i.test(p.text));
  const partnersNote = paragraphs(cover.body)[partnersHeading + 1]?.text ?? null;

  const assumptions: AssumptionNote[] = [
    ...versions.map((v) => ({ fact: `version ${v.label} date`, assumption: `"${v.dated.asWritten}" is ${v.dated.value}`, basis: yearBasis })),
    ...versions
      .filter((v) => v.amendment?.added.some((a) => a.resolvedBy === 'heading-words'))
      .flatMap((v) =>
        v
          .amendment!.added.filter((a) => a.resolvedBy === 'heading-words')
          .map((a) => ({
            fact: `version ${v.label} amendment`,
            assumption: `"${a.asWritten}" is section ${a.section}`,
            basis: `No section of ${versions[versions.length - 1].label} is headed "${a.asWritten}"; section ${a.section}, "${sections.find((s) => s.number === a.section)?.heading}", is the one heading with those words.`,
          })),
      ),
  ];

  return {
    paper: '000',
    file: document.file,
    title: document.title,
    alsoTitled: [],
    covers: find(document.title, /^(.+?) Health and Social Care Partnership Compact$/, 'place in the title')[1],
    versions,
    partners: [],
    partnersNote,
    signatures: [],
    endorsements: [],
    endorsementRequests: [],
    term: null,
    escalationPath: null,
    commitments: [],
    assumptions,
  };
}
