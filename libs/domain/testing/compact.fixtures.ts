/*
 * The compact decider for the domain's specs, and builders for small hand-made examples, each
 * illustrating one rule. Examples built here make no claim to be a seed: the seeds are in
 * seed-compacts.fixtures.ts, read from the papers. A date given as a string is exact
 * (`2015-08-25`), or at the precision its form gives (`2014-09`, `2015`). Not exported from
 * the library.
 */
import { DeciderSpecification } from '../src/shared/decider-specification';
import type { CompactCommand } from '../src/compact/compact.commands';
import { createCompactDecider } from '../src/compact/compact.decider';
import type {
  CompactCameIntoForce,
  CompactDrafted,
  CompactEvent,
  CompactTermSet,
  CompactVersionPublished,
  EscalationPathDefined,
  PartnerAdmitted,
  PartnerSigned,
} from '../src/compact/compact.events';
import type { Compact } from '../src/compact/compact.state';
import type { EscalationLevel } from '../src/compact/escalation-path';
import { type PaperDate, readPaperDate } from '../src/compact/paper-date';
import type { OrganisationType, Representative } from '../src/compact/partners';
import type { Section, VersionContent } from '../src/compact/sections';
import type { SignificanceCode } from '../src/compact/signatures';
import type { Term } from '../src/compact/terms';

/** A deterministic stand-in for SHA-256 over canonical JSON (FNV-1a over JSON.stringify). */
export function fakeHash(content: VersionContent): string {
  const text = JSON.stringify(content);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `fake-${hash.toString(16).padStart(8, '0')}`;
}

export const decider = createCompactDecider({ hashVersionContent: fakeHash });
export const spec = () => DeciderSpecification.for(decider);
export const given = (events: CompactEvent[]) => spec().given(events);
export const decide = (events: CompactEvent[], command: CompactCommand): CompactEvent[] => decider.decide(command, events.reduce(decider.evolve, decider.initialState()));
export const stateAfter = (events: CompactEvent[]) => events.reduce(decider.evolve, decider.initialState());
export const compactAfter = (events: CompactEvent[]) => stateAfter(events) as Compact;

/** Decides each command on the events so far; returns every event. Throws at the first refusal. */
export function run(events: CompactEvent[], ...commands: CompactCommand[]): CompactEvent[] {
  return commands.reduce((all, command) => [...all, ...decide(all, command)], events);
}

/** A date at the precision its form gives: `2015-08-25`, `2014-09`, `2015`. */
export const on = (value: string): PaperDate => readPaperDate(value, 'a fixture date');
const dateOf = (value: string | PaperDate): PaperDate => (typeof value === 'string' ? on(value) : value);
const at = (date: PaperDate) => (date.value === null ? {} : { effectiveAt: date.value });

// ---------------------------------------------------------------- event builders

export const drafted = (compactId: string, title: string, covers: string): CompactDrafted => ({
  type: 'CompactDrafted',
  data: { compactId, title, covers, description: null },
});

export const section = (number: string, text: string, heading: string | null = null): Section => ({ number, heading, text });

export function versionPublished(label: string, dated: string | PaperDate, sections: Section[], note: string | null = 'first version'): CompactVersionPublished {
  const date = dateOf(dated);
  return {
    type: 'CompactVersionPublished',
    data: { factId: `version-${label}`, label, note, dated: date, sections, contentHash: fakeHash({ label, sections }), amendment: null, describedChanges: null },
    ...at(date),
  };
}

export const hashOf = (label: string, sections: Section[]) => fakeHash({ label, sections });

export interface Org {
  organisationId: string;
  name: string;
  organisationType: OrganisationType;
  lead: Representative | null;
  deputy: Representative | null;
}

export const org = (organisationId: string, name: string, organisationType: OrganisationType = 'nhs-trust', lead: Representative | null = null): Org => ({
  organisationId,
  name,
  organisationType,
  lead,
  deputy: null,
});

export function admitted(partner: Org, effectiveOn: string | PaperDate, factId = `admit-${partner.organisationId}`): PartnerAdmitted {
  const date = dateOf(effectiveOn);
  return { type: 'PartnerAdmitted', data: { factId, ...partner, effectiveOn: date }, ...at(date) };
}

export function signed(
  partner: Org,
  version: CompactVersionPublished,
  signedOn: string | PaperDate,
  options: { factId?: string; signatory?: Representative; signifies?: SignificanceCode[]; assumption?: string | null } = {},
): PartnerSigned {
  const date = dateOf(signedOn);
  return {
    type: 'PartnerSigned',
    data: {
      factId: options.factId ?? `sign-${partner.organisationId}-${version.data.label}`,
      organisationId: partner.organisationId,
      versionLabel: version.data.label,
      contentHash: version.data.contentHash as string,
      signatory: options.signatory ?? partner.lead ?? { name: `Signatory for ${partner.name}`, role: null },
      signedOn: date,
      signifies: options.signifies ?? [],
      assumption: options.assumption ?? null,
    },
    ...at(date),
  };
}

export function termSet(term: Partial<Omit<Term, 'effectiveFrom' | 'expiresOn' | 'refreshDueBy'>> & { effectiveFrom?: string | null; expiresOn?: string | null; refreshDueBy?: string | null }): CompactTermSet {
  const optional = (value: string | null | undefined) => (value === null || value === undefined ? null : on(value));
  return {
    type: 'CompactTermSet',
    data: {
      factId: term.factId ?? 'term-1',
      inForceRule: term.inForceRule ?? 'all-partners-signed',
      effectiveFrom: optional(term.effectiveFrom),
      expiresOn: optional(term.expiresOn),
      refreshDueBy: optional(term.refreshDueBy),
      durationMonths: term.durationMonths ?? null,
      decisionReference: term.decisionReference ?? null,
    },
  };
}

export function cameIntoForceByDecision(version: CompactVersionPublished, effectiveOn: string | PaperDate, decisionReference: string, factId = `in-force-${version.data.label}`): CompactCameIntoForce {
  const date = dateOf(effectiveOn);
  return {
    type: 'CompactCameIntoForce',
    data: {
      factId,
      versionLabel: version.data.label,
      contentHash: version.data.contentHash,
      effectiveOn: date,
      rule: 'explicit-decision',
      decisionReference,
      signatureFactIds: [],
      completedBy: null,
    },
    ...at(date),
  };
}

export function escalationPathDefined(levels: EscalationLevel[], note: string, effectiveOn: string | PaperDate, factId = 'escalation-path-1'): EscalationPathDefined {
  const date = dateOf(effectiveOn);
  return { type: 'EscalationPathDefined', data: { factId, levels, note, effectiveOn: date }, ...at(date) };
}

export const escalationLevel = (level: number, name: string, whoActs: string, flags: { mediation?: boolean; independentChair?: boolean } = {}): EscalationLevel => ({
  level,
  name,
  whoActs,
  mediation: flags.mediation ?? false,
  independentChair: flags.independentChair ?? false,
});

// ---------------------------------------------------------------- a hand-made example: exact dates throughout

/**
 * A small compact with every date exact, for the rules where the seeds' uncertain dates would
 * only get in the way: two partners admitted on 2015-01-05, version 1 dated 2015-01-01.
 */
export const example = (() => {
  const alpha = org('alpha-trust', 'Alpha NHS Trust', 'nhs-trust', { name: 'A. Lead', role: 'Chief Executive' });
  const beta = org('beta-council', 'Beta Council', 'local-authority', { name: 'B. Lead', role: 'Chief Executive' });
  const sections = [section('1', 'We will work together.', 'Purpose'), section('2', 'We will share what we know.', 'Principles')];
  const v1 = versionPublished('1', '2015-01-01', sections);
  const drafting: CompactEvent[] = [drafted('example', 'An example compact', 'Example'), v1, admitted(alpha, '2015-01-05'), admitted(beta, '2015-01-05')];
  return { partners: { alpha, beta }, sections, v1, drafting };
})();
