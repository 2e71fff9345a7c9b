/*
 * The five seed compacts as the domain's specs use them: read from the papers
 * (@compact-ledger/seed-papers: seedCompactScript, from seedFacts) and decided, command by
 * command, by the compact's own decider. Nothing here is copied by hand: names, types, text,
 * dates with their precision and every assumption with its basis come from the papers.
 * Not exported from the library.
 */
import { organisationSlug, type SeedCommand, seedCompactScript, type SeedPaperId } from '@compact-ledger/seed-papers';
import type { CompactEvent, CompactVersionPublished, EscalationPathDefined, PartnerAdmitted, PartnerSigned } from '../src/compact/compact.events';
import type { EscalationLevel } from '../src/compact/escalation-path';
import type { Section } from '../src/compact/sections';
import { decide, drafted, type Org } from './compact.fixtures';

export * from './compact.fixtures';

/** A seed's events, in the order the script records them (the draft first). */
export function seedEvents(id: SeedPaperId, compactId: string): CompactEvent[] {
  const script = seedCompactScript(id);
  let events: CompactEvent[] = [drafted(compactId, script.draft.title, script.draft.covers)];
  for (const command of script.commands) events = [...events, ...decide(events, withHash(command, events))];
  return events;
}

/** A signature names the hash of the version's text, which the decider computed. */
function withHash(command: SeedCommand, events: CompactEvent[]): SeedCommand {
  if (command.type !== 'SignVersion') return command;
  const version = events.find((e): e is CompactVersionPublished => e.type === 'CompactVersionPublished' && e.data.label === command.data.versionLabel.replace(/^V/, ''));
  return { ...command, data: { ...command.data, contentHash: version!.data.contentHash! } };
}

const ofType = <T extends CompactEvent['type']>(events: CompactEvent[], type: T) => events.filter((e): e is Extract<CompactEvent, { type: T }> => e.type === type);

/** The partners a seed admits, as the builders take them, by organisation id. */
function partnersOf(events: CompactEvent[]): Record<string, Org> {
  return Object.fromEntries(
    ofType(events, 'PartnerAdmitted').map(({ data }: PartnerAdmitted) => [
      data.organisationId,
      { organisationId: data.organisationId, name: data.name, organisationType: data.organisationType, lead: data.lead, deputy: data.deputy },
    ]),
  );
}

function seed(id: SeedPaperId, compactId: string) {
  const events = seedEvents(id, compactId);
  const versions = ofType(events, 'CompactVersionPublished');
  const admissions = ofType(events, 'PartnerAdmitted');
  const signatures: PartnerSigned[] = ofType(events, 'PartnerSigned');
  const escalationPath: EscalationPathDefined | undefined = ofType(events, 'EscalationPathDefined')[0];
  return {
    events,
    partners: partnersOf(events),
    versions,
    v1: versions[0],
    sections: (versions[versions.length - 1].data.sections ?? []) as Section[],
    /** Drafted, its versions and its partners: no term, path, endorsement or signature yet. */
    drafting: [events[0], ...versions, ...admissions] as CompactEvent[],
    signatures,
    escalationPath,
    escalationLevels: (escalationPath?.data.levels ?? []) as EscalationLevel[],
  };
}

/** The organisation id the ledger gives a partner the paper names. */
export const idOf = (name: string) => organisationSlug(name);

// ---------------------------------------------------------------- 000 Shropshire, Telford and Wrekin: V1 to V6.0, only V6.0's text

export const shropshire = (() => {
  const s = seed('000', 'shropshire-telford-wrekin');
  return { ...s, v6: s.versions[s.versions.length - 1] };
})();

// ---------------------------------------------------------------- 001 South Nottinghamshire: undated, twelve partners, the CEG's endorsement

export const southNottinghamshire = (() => {
  const s = seed('001', 'south-nottinghamshire');
  const endorsement = ofType(s.events, 'BoardEndorsementRecorded')[0];
  const request = ofType(s.events, 'EndorsementRequested')[0];
  const withEscalationPath = [...s.drafting, s.escalationPath!];
  return {
    ...s,
    endorsement,
    request,
    concerns: endorsement.data.concerns,
    withEscalationPath,
    cityCouncil: idOf('Nottingham City Council'),
    cityCcg: idOf('NHS Nottingham City'),
    emas: idOf('East Midlands Ambulance NHS Trust'),
    nuh: idOf('Nottingham University Hospitals NHS Trust'),
  };
})();

// ---------------------------------------------------------------- 002 East and Central Cheshire: undated, 24 months, no signature

export const eastAndCentralCheshire = (() => {
  const s = seed('002', 'east-and-central-cheshire');
  return { ...s, term: ofType(s.events, 'CompactTermSet')[0] };
})();

// ---------------------------------------------------------------- 003 South Kent Coast: twelve signatures, Kent County Council's blank

export const southKentCoast = (() => {
  const s = seed('003', 'south-kent-coast');
  const term = ofType(s.events, 'CompactTermSet')[0];
  return {
    ...s,
    term,
    twelveSignatures: s.signatures as CompactEvent[],
    withTwelveSignatures: [...s.drafting, ...s.signatures] as CompactEvent[],
    withEscalationPath: [...s.drafting, ...s.signatures, s.escalationPath!] as CompactEvent[],
    kentCountyCouncil: s.partners[idOf('Kent County Council')],
    secamb: s.partners[idOf('South East Coast Ambulance Service (SECAMB)')],
    dover: s.partners[idOf('Dover District Council')],
    skcCcg: s.partners[idOf('South Kent Coast (SKC) Clinical Commissioning Group')],
  };
})();

// ---------------------------------------------------------------- 004 Haringey and Islington: effective 1 June 2017, eight commitments

export const haringeyAndIslington = (() => {
  const s = seed('004', 'haringey-and-islington');
  const term = ofType(s.events, 'CompactTermSet')[0];
  const inForce = ofType(s.events, 'CompactCameIntoForce')[0];
  /** Drafted, version, partners and the term: not yet in force. */
  const agreed = [...s.drafting, term] as CompactEvent[];
  return {
    ...s,
    term,
    inForce,
    agreed,
    inForceFrom1June2017: [...agreed, inForce] as CompactEvent[],
    withEscalationPath: [...agreed, inForce, s.escalationPath!] as CompactEvent[],
    northMiddlesex: idOf('North Middlesex Hospital NHS Trust'),
  };
})();
