import { assumedBetween, notGiven, paperDate, possibleDays, readWrittenDate, type WrittenParts } from '../dates/paper-date';
import { seedDocument } from '../seed-documents';
import { findPart, renderBlocks } from '../structure/render';
import { compactText, find, organisationType, paragraphs, sameOrganisation, sentenceWith, underHeading } from './reading';
import type { AssumptionNote, PartnerFacts, SeedCompactFacts, SignatureFacts } from './seed-facts';

const year = (asWritten: string): WrittenParts => ({ asWritten, year: Number(asWritten), month: null, day: null });

/**
 * 003, South Kent Coast: the draft "Delivering Together" compact 2015-2018, undated, with a
 * signature page of thirteen cells: eleven dated 25 Aug 2015, SECAMB's 10 Sept 2015, Kent
 * County Council's blank.
 */
export function southKentCoastFacts(): SeedCompactFacts {
  const document = seedDocument('003');
  const cover = findPart(document, 'cover');
  const compact = findPart(document, 'compact');
  const signaturePage = findPart(document, 'signatures');
  const [signatureTable] = document.signatureTables;

  const coverParagraphs = paragraphs(cover.body);
  const coverNames = coverParagraphs.filter((p) => p.text.includes('\n')).map((p) => p.text.replace(/\n/g, ' '));
  const titleAt = coverParagraphs.findIndex((p) => p.text === document.title);
  const alsoTitled = coverParagraphs.slice(titleAt + 1).map((p) => p.text);
  const termLine = alsoTitled.find((t) => /\d{4}-\d{4}/.test(t));
  if (!termLine) throw new Error('003: no years in the title');
  const [, from, until] = find(termLine, /(\d{4})-(\d{4})/, 'term in the title');

  const partners: PartnerFacts[] = signatureTable.entries.map((entry) => {
    const alsoWritten = coverNames.filter((name) => sameOrganisation(name, entry.organisation));
    return {
      name: entry.organisation,
      alsoWritten,
      type: organisationType([entry.organisation, ...alsoWritten], null),
      lead: null,
      deputy: null,
      since: notGiven(),
      line: entry.line,
    };
  });
  const signatures: SignatureFacts[] = signatureTable.entries.map((entry) => ({
    organisation: entry.organisation,
    partner: entry.organisation,
    signatory: entry.signatory,
    role: entry.role,
    signed: entry.dateAsWritten === null ? notGiven() : paperDate(readWrittenDate(entry.dateAsWritten)),
    signatureLineBlank: entry.signatureLineBlank,
    line: entry.line,
  }));

  const firstSigned = signatures
    .map((s) => s.signed.value)
    .filter((v): v is string => v !== null)
    .sort()[0];
  const since = find(renderBlocks(compact.body), /in place since (\w+ \d{4})/, 'start of the programme');
  const earliest = possibleDays(paperDate(readWrittenDate(since[1])), { assume: false })!.earliest;
  const dateBasis = `The draft is not dated. It says the programme "has been ${since[0]}", and the first signatures are dated ${firstSigned}.`;

  const sustainable = underHeading(compact, /^Ensuring the Compact is sustainable$/);
  const said = paragraphs(sustainable.blocks);
  const level = (n: number, phrase: RegExp) => {
    const paragraph = said.find((p) => phrase.test(p.text));
    if (!paragraph) throw new Error(`003: no paragraph of "${sustainable.heading}" matches ${phrase}`);
    return { level: n, asWritten: sentenceWith(paragraph.text, phrase), mediators: [], line: paragraph.line };
  };

  const assumptions: AssumptionNote[] = [
    { fact: 'version 1 label', assumption: 'the ledger calls the one version on the paper "1"', basis: 'The paper gives the draft no version number.' },
    { fact: 'version 1 date', assumption: `between ${earliest} and ${firstSigned}`, basis: dateBasis },
  ];

  return {
    paper: '003',
    file: document.file,
    title: document.title,
    alsoTitled,
    covers: find(document.title, /the people of (.+)$/, 'place in the title')[1],
    versions: [
      {
        label: '1',
        labelOnPaper: false,
        dated: assumedBetween(earliest, firstSigned, dateBasis),
        note: null,
        line: null,
        text: compactText(document),
        amendment: null,
      },
    ],
    partners,
    partnersNote: paragraphs(signaturePage.body)[0]?.text ?? null,
    signatures,
    endorsements: [],
    endorsementRequests: [],
    term: {
      asWritten: termLine,
      source: 'title',
      effectiveFrom: paperDate(year(from)),
      until: paperDate(year(until)),
      refreshBy: notGiven(),
      durationMonths: null,
    },
    escalationPath: {
      source: sustainable.heading,
      levels: [level(1, /in the first instance/), level(2, /agreement cannot be reached/), level(3, /complaints process/)],
    },
    commitments: [],
    assumptions,
  };
}
