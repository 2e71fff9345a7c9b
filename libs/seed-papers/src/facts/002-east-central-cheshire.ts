import { assumedBetween, notGiven } from '../dates/paper-date';
import { seedDocument } from '../seed-documents';
import { findPart, renderBlocks } from '../structure/render';
import { compactText, find, organisationType, paragraphs, sameOrganisation } from './reading';
import type { AssumptionNote, PartnerFacts, SeedCompactFacts, SignatureFacts } from './seed-facts';

/**
 * Outside facts that bound the undated paper: Cheshire East Council was created on 1 April 2009,
 * and primary care trusts and strategic health authorities were abolished on 31 March 2013.
 */
const CHESHIRE_EAST_COUNCIL_CREATED = '2009-04-01';
const PCTS_AND_SHAS_ABOLISHED = '2013-03-31';

/**
 * 002, East and Central Cheshire: six organisations agree "for the next 24 months"; one
 * numbered undertaking with nested lists, Appendix Two, and a signature table left blank.
 * No date anywhere on the paper.
 */
export function eastCentralCheshireFacts(): SeedCompactFacts {
  const document = seedDocument('002');
  const compact = findPart(document, 'compact');
  const [signatureTable] = document.signatureTables;

  const preamble = paragraphs(compact.body);
  const weAt = preamble.findIndex((p) => p.text === 'We:');
  const list = preamble[weAt + 1];
  const undertaking = preamble[weAt + 2];
  const term = find(undertaking.text, /for the next (\d+) months/, 'term');

  const partners: PartnerFacts[] = list.text.split('\n').map((name, i) => {
    const alsoWritten = signatureTable.entries.map((e) => e.organisation).filter((o) => o !== name && sameOrganisation(o, name));
    return { name, alsoWritten, type: organisationType([name, ...alsoWritten], null), lead: null, deputy: null, since: notGiven(), line: list.line + i };
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

  const pct = partners.find((p) => p.type.kind === 'primary-care-trust');
  const council = partners.find((p) => p.type.kind === 'local-authority');
  const sha = find(renderBlocks(compact.body), /regulators \(e\.g\. SHA\b[^)]*\)/, 'mention of a strategic health authority');
  const dateBasis =
    `The paper carries no date. It names ${council?.name} (created on 1 April 2009) and ${pct?.name} as partners and "${sha[0]}" ` +
    `(primary care trusts and strategic health authorities were abolished on 31 March 2013), so it dates from between those days. ` +
    `The bounds are general knowledge, not on the paper.`;
  const assumptions: AssumptionNote[] = [
    { fact: 'version 1 label', assumption: 'the ledger calls the one version on the paper "1"', basis: 'The paper gives the compact no version number.' },
    { fact: 'version 1 date', assumption: `between ${CHESHIRE_EAST_COUNCIL_CREATED} and ${PCTS_AND_SHAS_ABOLISHED}`, basis: dateBasis },
    {
      fact: 'term start',
      assumption: `the ${term[1]} months run from a date the ledger must choose`,
      basis: `"${term[0]}" says how long, not from when; the signature table's dates are blank.`,
    },
  ];

  return {
    paper: '002',
    file: document.file,
    title: document.title,
    alsoTitled: [],
    covers: find(document.title, /Care in (.+)$/, 'place in the title')[1],
    versions: [
      {
        label: '1',
        labelOnPaper: false,
        dated: assumedBetween(CHESHIRE_EAST_COUNCIL_CREATED, PCTS_AND_SHAS_ABOLISHED, dateBasis),
        note: null,
        line: null,
        text: compactText(document),
        amendment: null,
      },
    ],
    partners,
    partnersNote: null,
    signatures,
    endorsements: [],
    endorsementRequests: [],
    term: {
      asWritten: term[0],
      source: 'preamble',
      effectiveFrom: notGiven(),
      until: notGiven(),
      refreshBy: notGiven(),
      durationMonths: Number(term[1]),
    },
    escalationPath: null,
    commitments: [],
    assumptions,
  };
}
