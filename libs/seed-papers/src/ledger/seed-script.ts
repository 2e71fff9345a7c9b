import type {
  AdmitPartner,
  DefineEscalationPath,
  DescribedChanges,
  EscalationLevel,
  OrganisationType,
  PublishVersion,
  RecordBoardEndorsement,
  RecordCameIntoForce,
  RecordEndorsementRequest,
  Section,
  SetTerm,
  SignVersion,
} from '@compact-ledger/domain';
import type { SeedPaperId } from '../papers';
import { seedFacts } from '../facts';
import type { AmendmentFacts, EscalationPathFacts, SeedCompactFacts, VersionFacts } from '../facts/seed-facts';
import type { TextSection } from '../structure/render';

/**
 * What the ledger records of a seed paper, as the compact's commands in order: everything in
 * them is read from the paper (seedFacts), and every date or attribution the paper does not
 * give is marked as assumed with its basis. The HTTP loader (test/fixtures/seeds) posts them;
 * the domain's specs decide them. A signature's `contentHash` is left empty here: it is the
 * hash of the version's text, which the ledger computes.
 *
 * What is the ledger's, not the paper's: organisation ids (slugs of the names), version labels
 * where the paper gives none ("1", listed in seedFacts' assumptions), the references of text the
 * paper does not number (its heading, or `line N`), and escalation levels' names (`Level 1`).
 */
export interface SeedCompactScript {
  paper: SeedPaperId;
  draft: { title: string; covers: string; description: string | null };
  commands: SeedCommand[];
}

export type SeedCommand =
  | PublishVersion
  | AdmitPartner
  | RecordBoardEndorsement
  | RecordEndorsementRequest
  | SignVersion
  | SetTerm
  | RecordCameIntoForce
  | DefineEscalationPath;

/** An organisation's id in the ledger: its name as lower-case words joined by hyphens (`Cheshire & Wirral ...` is `cheshire-and-wirral-...`). */
export function organisationSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const scripts = new Map<SeedPaperId, SeedCompactScript>();

/** The commands that record a seed paper (built once, then kept: treat as read-only). */
export function seedCompactScript(id: SeedPaperId): SeedCompactScript {
  let script = scripts.get(id);
  if (!script) {
    script = buildScript(seedFacts(id));
    scripts.set(id, script);
  }
  return script;
}

function buildScript(facts: SeedCompactFacts): SeedCompactScript {
  const commands: SeedCommand[] = [];
  const slug = (name: string) => organisationSlug(name);
  const slugOf = (name: string) => {
    const partner = facts.partners.find((p) => p.name === name || p.alsoWritten.includes(name));
    if (!partner) throw new Error(`${facts.paper}: ${name} is not among the partners`);
    return slug(partner.name);
  };

  for (const version of facts.versions) commands.push(versionCommand(facts, version));
  const first = facts.versions[0];

  for (const partner of facts.partners) {
    commands.push({
      type: 'AdmitPartner',
      data: {
        factId: `admit-${slug(partner.name)}`,
        organisationId: slug(partner.name),
        name: partner.name,
        organisationType: (partner.type.kind ?? 'not-given') as OrganisationType,
        lead: partner.lead && { name: partner.lead.name, role: partner.lead.role },
        deputy: partner.deputy && { name: partner.deputy.name, role: partner.deputy.role },
        effectiveOn: partner.since,
      },
    });
  }

  if (facts.term) {
    const term = facts.term;
    // 004's "Date effective" brings it into force on the paper's own word, not on signatures the paper does not give.
    const byItsOwnWord = term.effectiveFrom.precision === 'exact' && facts.signatures.every((s) => s.signed.value === null);
    const decisionReference = byItsOwnWord ? term.asWritten.split('. ')[0] : null;
    commands.push({
      type: 'SetTerm',
      data: {
        factId: 'term-1',
        inForceRule: byItsOwnWord ? 'explicit-decision' : 'all-partners-signed',
        effectiveFrom: term.effectiveFrom.precision === 'not-given' ? null : term.effectiveFrom,
        expiresOn: term.until.precision === 'not-given' ? null : term.until,
        refreshDueBy: term.refreshBy.precision === 'not-given' ? null : term.refreshBy,
        durationMonths: term.durationMonths,
        decisionReference,
      },
    });
    if (byItsOwnWord && decisionReference) {
      commands.push({ type: 'RecordCameIntoForce', data: { factId: 'in-force-1', versionLabel: first.label, effectiveOn: term.effectiveFrom, decisionReference } });
    }
  }

  if (facts.escalationPath) commands.push(escalationPathCommand(facts.escalationPath, first));

  for (const endorsement of facts.endorsements) {
    if (!endorsement.forPartner) throw new Error(`${facts.paper}: the endorsement by ${endorsement.body} names no partner`);
    commands.push({
      type: 'RecordBoardEndorsement',
      data: {
        factId: `endorsement-${slug(endorsement.body)}`,
        organisationId: slugOf(endorsement.forPartner.name),
        versionLabel: endorsement.versionLabel,
        boardName: endorsement.body,
        meetingDate: endorsement.meetingDate,
        outcome: endorsement.outcome,
        concerns: endorsement.concerns.map((c) => ({ concern: c.concern, response: c.response })),
        reason: null,
        assumption: endorsement.forPartner.assumed,
      },
    });
  }
  for (const request of facts.endorsementRequests) {
    commands.push({
      type: 'RecordEndorsementRequest',
      data: {
        factId: `endorsement-request-${slug(request.body)}`,
        organisationId: null,
        versionLabel: first.label,
        boardName: request.body,
        meetingDate: request.meetingDate,
        asked: request.asked,
        assumption: null,
      },
    });
  }

  for (const signature of facts.signatures) {
    // A blank signature place with no name and no date records nothing: the partner has not signed.
    if (signature.signatory === null || signature.signed.precision === 'not-given' || signature.partner === null) continue;
    commands.push({
      type: 'SignVersion',
      data: {
        factId: `sign-${slugOf(signature.partner)}-${first.label}`,
        organisationId: slugOf(signature.partner),
        versionLabel: first.label,
        contentHash: '',
        signatory: { name: signature.signatory, role: signature.role },
        signedOn: signature.signed,
        signifies: [],
        assumption: signature.signatureLineBlank ? 'The "Signed" place on the paper is blank; the signatory\'s name and the date are written.' : null,
      },
    });
  }

  return { paper: facts.paper, draft: { title: facts.title, covers: facts.covers, description: null }, commands };
}

function versionCommand(facts: SeedCompactFacts, version: VersionFacts): PublishVersion {
  return {
    type: 'PublishVersion',
    data: {
      factId: `version-${version.label.replace(/^V/, '')}`,
      label: version.label,
      note: version.note,
      dated: version.dated,
      sections: version.text ? citableSections(version.text.sections, version.text.parts) : null,
      describedChanges: version.amendment ? describedChanges(version.amendment) : null,
    },
  };
}

function describedChanges(amendment: AmendmentFacts): DescribedChanges {
  const refs = (list: AmendmentFacts['added']) => list.map(({ asWritten, section, resolvedBy }) => ({ asWritten, section, resolvedBy }));
  return {
    amends: amendment.amends,
    amended: refs(amendment.amended),
    added: refs(amendment.added),
    removed: refs(amendment.removed),
    phraseReplacements: amendment.phraseReplacements.map(({ find, replaceWith }) => ({ find, replaceWith })),
    unlocatedChanges: amendment.unlocatedChanges,
  };
}

/**
 * The paper's text as the ledger's sections, in the paper's order, each cited as the paper
 * numbers it; where a number recurs, qualified by its part (`Appendix 1, 4`) or by the heading
 * it stands under (`Strategic Goals, 1`); text the paper does not number by its heading, by its
 * part (`Cover`, `Appendix 2`), or by its line in the paper.
 */
export function citableSections(sections: TextSection[], parts: Array<{ id: string; kind: string; heading: string | null }>): Section[] {
  const prefixOf = (partId: string): string | null => {
    const part = parts.find((p) => p.id === partId)!;
    if (part.kind === 'compact') return null;
    if (part.kind === 'cover') return 'Cover';
    const named = part.heading ? /^(appendix\s+\S+?)(?:\s+-|\s|$)/i.exec(part.heading) : null;
    return named ? named[1].replace(/^APPENDIX/i, 'Appendix') : part.id;
  };
  const keyed = sections.map((section, index) => {
    const prefix = prefixOf(section.part);
    const own = section.reference ?? section.heading ?? (prefix !== null ? null : `line ${section.line}`);
    const underHeading = [...sections.slice(0, index)].reverse().find((s) => s.part === section.part && s.reference === null && s.heading !== null)?.heading ?? null;
    return { section, prefix, own, underHeading };
  });
  const key = (k: (typeof keyed)[number]) => [k.prefix, k.own].filter((p) => p !== null).join(', ');
  // A part whose numbers recur (003's goals, workstreams and culture are each 1, 2, 3, ...) cites each number with its heading.
  const recurring = new Set(
    keyed.filter((k, i) => k.section.reference !== null && keyed.some((o, j) => j !== i && o.section.part === k.section.part && o.section.reference === k.section.reference)).map((k) => k.section.part),
  );
  const numbers = keyed.map((k) =>
    k.section.reference !== null && recurring.has(k.section.part) && k.underHeading ? [k.prefix, k.underHeading, k.section.reference].filter((p) => p !== null).join(', ') : key(k),
  );
  const counts = new Map<string, number>();
  for (const n of numbers) counts.set(n.toLowerCase(), (counts.get(n.toLowerCase()) ?? 0) + 1);
  numbers.forEach((n, i) => {
    if ((counts.get(n.toLowerCase()) ?? 0) > 1) numbers[i] = `${n}, line ${keyed[i].section.line}`;
  });
  const unique = new Set(numbers.map((n) => n.toLowerCase()));
  if (unique.size !== numbers.length) throw new Error(`sections cited twice: ${numbers.filter((n, i) => numbers.indexOf(n) !== i).join(', ')}`);
  return keyed.map((k, i) => ({ number: numbers[i], heading: k.section.heading, text: k.section.text }));
}

function escalationPathCommand(path: EscalationPathFacts, version: VersionFacts): DefineEscalationPath {
  const levels: EscalationLevel[] = path.levels.map((level) => ({
    level: level.level,
    name: `Level ${level.level}`,
    whoActs: [level.asWritten, ...level.mediators].join(' '),
    mediation: level.mediators.length > 0,
    independentChair: /independent chair/i.test(level.asWritten),
  }));
  // The path is part of the version's text: it takes effect with it, on its date (and on what that date assumes).
  return { type: 'DefineEscalationPath', data: { factId: 'escalation-path-1', levels, note: path.source, effectiveOn: version.dated } };
}
