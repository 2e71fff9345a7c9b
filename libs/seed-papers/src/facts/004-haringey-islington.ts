import { findWrittenDates, notGiven, paperDate } from '../dates/paper-date';
import { seedDocument } from '../seed-documents';
import { clausesOf, clauseText, findClause, findPart } from '../structure/render';
import { compactText, find, itemText, lists, onlyDate, organisationType, paragraphs, sameOrganisation, sentenceWith, targetsOf, underHeading } from './reading';
import type { CommitmentFacts, PartnerFacts, SeedCompactFacts, SignatureFacts } from './seed-facts';

/**
 * 004, Haringey and Islington: the Wellbeing Partnership Agreement of 1st June 2017, effective
 * 1 June 2017, expiring 31st March 2020, to be refreshed by 31st March 2018; ten partners;
 * eight commitments with dated targets; collective monitoring, in extremis asking a partner
 * to leave.
 */
export function haringeyIslingtonFacts(): SeedCompactFacts {
  const document = seedDocument('004');
  const cover = findPart(document, 'cover');
  const compact = findPart(document, 'compact');
  const [signatureTable] = document.signatureTables;

  const coverParagraphs = paragraphs(cover.body);
  const coverDate = coverParagraphs.find((p) => findWrittenDates(p.text)[0]?.asWritten === p.text);
  if (!coverDate) throw new Error('004: the cover carries no date');
  const alsoTitled = coverParagraphs.filter((p) => p !== coverDate).map((p) => p.text);

  const effective = find(
    paragraphs(compact.body)
      .map((p) => p.text)
      .join('\n'),
    /^Date effective: (.+)$/m,
    'effective date',
  );
  const effectiveFrom = onlyDate(effective[1]);

  const listed = clausesOf(compact.body).filter((c) => /^\d+$/.test(c.number));
  const introduction = paragraphs(compact.body).find((p) => p.line < listed[0].line && /^Signatories:/.test(p.text));
  const partners: PartnerFacts[] = listed.map((clause) => {
    const name = paragraphs(clause.body)[0].text;
    const alsoWritten = signatureTable.entries.map((e) => e.organisation).filter((o) => o !== name && sameOrganisation(o, name));
    return {
      name,
      alsoWritten: [...new Set(alsoWritten)],
      type: organisationType([name, ...alsoWritten], null),
      lead: null,
      deputy: null,
      since: effectiveFrom,
      line: clause.line,
    };
  });
  const signatures: SignatureFacts[] = signatureTable.entries.map((entry) => ({
    organisation: entry.organisation,
    partner: partners.find((p) => sameOrganisation(p.name, entry.organisation))?.name ?? null,
    signatory: entry.signatory,
    role: entry.role,
    signed: notGiven(),
    signatureLineBlank: entry.signatureLineBlank,
    line: entry.line,
  }));

  const timeframe = underHeading(compact, /^Timeframe$/);
  const expiry = sentenceWith(
    paragraphs(timeframe.blocks)
      .map((p) => p.text)
      .join(' '),
    /will expire on/,
  );
  const [until, refreshBy] = findWrittenDates(expiry);
  if (!until || !refreshBy) throw new Error('004: the Timeframe does not give both an expiry and a refresh date');

  const commitments: CommitmentFacts[] = clausesOf(compact.body)
    .filter((c) => c.number.startsWith('Commitment '))
    .map((clause) => ({
      number: Number(clause.number.replace('Commitment ', '')),
      reference: clause.reference,
      heading: clause.heading ?? '',
      text: clauseText(clause),
      targets: targetsOf(clause),
      line: clause.line,
    }));

  const behaviours = findClause(compact, 'Commitment 2');
  const monitoring = lists(behaviours.body)
    .flat()
    .find((item) => /^Collective monitoring:/.test(item.text));
  if (!monitoring) throw new Error('004: Commitment 2 has no collective monitoring');
  const monitoringText = itemText(monitoring);

  return {
    paper: '004',
    file: document.file,
    title: document.title,
    alsoTitled,
    covers: find(document.title, /^(.+?) Wellbeing/, 'place in the title')[1],
    versions: [
      {
        label: '1',
        labelOnPaper: false,
        dated: paperDate(findWrittenDates(coverDate.text)[0]),
        note: null,
        line: null,
        text: compactText(document),
        amendment: null,
      },
    ],
    partners,
    partnersNote: introduction?.text ?? null,
    signatures,
    endorsements: [],
    endorsementRequests: [],
    term: {
      asWritten: `${effective[0]}. ${expiry}`,
      source: 'Date effective; Timeframe',
      effectiveFrom,
      until: paperDate(until),
      refreshBy: paperDate(refreshBy),
      durationMonths: null,
    },
    escalationPath: {
      source: `${behaviours.reference}: ${behaviours.heading} (Collective monitoring)`,
      levels: [
        { level: 1, asWritten: sentenceWith(monitoringText, /will reflect this/), mediators: [], line: monitoring.line },
        { level: 2, asWritten: sentenceWith(monitoringText, /in extremis/), mediators: [], line: monitoring.line },
      ],
    },
    commitments,
    assumptions: [
      { fact: 'version 1 label', assumption: 'the ledger calls the one version on the paper "1"', basis: 'The paper gives the agreement no version number.' },
    ],
  };
}
