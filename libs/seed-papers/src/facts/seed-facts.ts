import type { PaperDate } from '../dates/paper-date';
import type { SeedPaperId } from '../papers';
import type { Part } from '../structure/document';
import type { TextSection } from '../structure/render';

/**
 * What one seed paper says about its compact, read from the parsed paper. Strings are the
 * paper's words; where the ledger needs something the paper does not give, the fact says so
 * (`assumed`, `labelOnPaper: false`, a null) and `assumptions` lists it with its basis.
 */
export interface SeedCompactFacts {
  paper: SeedPaperId;
  file: string;
  title: string;
  /** Other titles the paper gives the compact (its own heading, cover lines). */
  alsoTitled: string[];
  /** The place the compact covers, as its title names it. */
  covers: string;
  versions: VersionFacts[];
  partners: PartnerFacts[];
  /** What the paper says about its partners as a whole: 000's "To be completed", 004's "the CEOs/Accountable Officers & Chairs of:". */
  partnersNote: string | null;
  signatures: SignatureFacts[];
  endorsements: EndorsementFacts[];
  /** A board asked to endorse, with no outcome on the paper (001: the Health and Wellbeing Board on 28 January 2015). */
  endorsementRequests: EndorsementRequestFacts[];
  term: TermFacts | null;
  escalationPath: EscalationPathFacts | null;
  commitments: CommitmentFacts[];
  /** Every assumption made above, with what it rests on. */
  assumptions: AssumptionNote[];
}

export interface AssumptionNote {
  /** Which fact: "version V1 date", "version 1 label", "partner Circle Partners type". */
  fact: string;
  /** What the ledger takes that the paper does not say. */
  assumption: string;
  basis: string;
}

export interface VersionFacts {
  label: string;
  /** False where the paper names no version and the ledger calls it `1`. */
  labelOnPaper: boolean;
  dated: PaperDate;
  /** The version table's note as written; null where the paper has no version table. */
  note: string | null;
  /** The line of the version table row, where there is one. */
  line: number | null;
  /** The version's text; null where the paper does not carry it (000's V1 to V5.0). */
  text: VersionText | null;
  /** What the note says this version changed in the one before; null for a first version. */
  amendment: AmendmentFacts | null;
}

export interface VersionText {
  /** The parts of the paper that are the compact: its body and the appendices that belong to it. */
  parts: Part[];
  /** The same text as citable sections, every numbered paragraph once. */
  sections: TextSection[];
}

/**
 * An amendment as a version table note describes it, in a form a diff can show without the
 * earlier text: which sections it touched and which words it replaced. 000 V4.0 "Amendments
 * to 2.4 and 4.1, new section 3.9" is `{ amended: [2.4, 4.1], added: [3.9] }`.
 */
export interface AmendmentFacts {
  /** The label of the version amended. */
  amends: string;
  /** `note`: the note names it ("Minor amendment to V1"); `previous-row`: the row above in the version table. */
  amendsFrom: 'note' | 'previous-row';
  amended: SectionReference[];
  added: SectionReference[];
  removed: SectionReference[];
  phraseReplacements: Array<{ find: string; replaceWith: string }>;
  /** The note also speaks of changes without saying where ("Minor amendment", "Amendments following CE meeting ..."). */
  unlocatedChanges: boolean;
  /** A meeting the note says the amendments followed, with its date as written. */
  followingMeeting: { asWritten: string; date: PaperDate } | null;
  asWritten: string;
}

/** A section a note names, by number ("3.9") or by heading ("measuring success"), and the section of the text it is. */
export interface SectionReference {
  asWritten: string;
  /** The section's number in the version whose text the paper carries. */
  section: string;
  /** `number`: the note gives it; `heading`: the heading matches the note's words; `heading-words`: a heading holding the same words, which is the ledger's reading. */
  resolvedBy: 'number' | 'heading' | 'heading-words';
}

/** The kinds of organisation the papers name, by the words they use. */
export const ORGANISATION_KINDS = [
  'clinical-commissioning-group',
  'nhs-trust',
  'foundation-trust',
  'primary-care-trust',
  'ambulance-service',
  'local-authority',
  'gp-federation',
  'local-medical-committee',
  'healthwatch',
  'community-interest-company',
  'nhs-england',
  /** Listed under "Providers" with no more said (001: Circle Partners, Nottingham CityCare Partners). */
  'provider',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export interface PartnerTypeFacts {
  /** The heading the paper lists the partner under (001: "Providers"), or null. */
  category: string | null;
  /** The words of its name that say what kind of body it is ("NHS Foundation Trust", "PCT", "LMC", "CiC"), or null. */
  inName: string | null;
  /** The kind those words name; null where the paper gives no type. */
  kind: OrganisationKind | null;
}

export interface PersonFacts {
  name: string;
  /** As the paper gives it (a column heading: "NAMED LEAD"); null where it gives none. */
  role: string | null;
}

export interface PartnerFacts {
  /** As the paper's list of partners writes it. */
  name: string;
  /** Other spellings of the same organisation in the paper (membership table, signature table, cover). */
  alsoWritten: string[];
  type: PartnerTypeFacts;
  lead: PersonFacts | null;
  deputy: PersonFacts | null;
  /** From when it is a partner, where the paper says. */
  since: PaperDate;
  line: number;
}

export interface SignatureFacts {
  /** As the signature table writes it. */
  organisation: string;
  /** The partner it is (by name in the partner list), or null where the table names one the list does not. */
  partner: string | null;
  signatory: string | null;
  role: string | null;
  signed: PaperDate;
  /** The "Signed" place is a dotted blank. */
  signatureLineBlank: boolean;
  line: number;
}

export interface EndorsementConcernFacts {
  number: string;
  concern: string;
  response: string | null;
  line: number;
}

export interface EndorsementFacts {
  /** The board or equivalent, as named: "Nottingham City Health and Wellbeing Board Commissioning Executive Group (CEG)". */
  body: string;
  /** The partner whose board it is; the paper may not say (`assumed`). */
  forPartner: { name: string; assumed: string | null } | null;
  versionLabel: string;
  meetingDate: PaperDate;
  outcome: 'endorsed' | 'endorsed-with-concerns' | 'declined';
  outcomeAsWritten: string;
  concerns: EndorsementConcernFacts[];
  line: number;
}

export interface EndorsementRequestFacts {
  body: string;
  meetingDate: PaperDate;
  /** What the board is asked, as the recommendation words it. */
  asked: string;
  line: number;
}

export interface TermFacts {
  /** The words the term is read from. */
  asWritten: string;
  /** Where: "title", "preamble", "Timeframe". */
  source: string;
  effectiveFrom: PaperDate;
  /** The last day (or month, or year) of the term. */
  until: PaperDate;
  refreshBy: PaperDate;
  durationMonths: number | null;
}

export interface EscalationLevelFacts {
  level: number;
  /** The paper's words for this level. */
  asWritten: string;
  /** Who may mediate at this level, as listed (001). */
  mediators: string[];
  line: number;
}

export interface EscalationPathFacts {
  /** The section it is in: "8 KEEPING THE COMPACT ALIVE", "Ensuring the Compact is sustainable". */
  source: string;
  levels: EscalationLevelFacts[];
}

export interface TargetFacts {
  text: string;
  /** Every date the target names, with the word before it ("by", "from", "between", "and"). */
  dates: Array<{ preposition: string | null; date: PaperDate }>;
  line: number;
}

export interface CommitmentFacts {
  number: number;
  reference: string;
  heading: string;
  /** The commitment's whole text, as `clauseText` renders it. */
  text: string;
  targets: TargetFacts[];
  line: number;
}
