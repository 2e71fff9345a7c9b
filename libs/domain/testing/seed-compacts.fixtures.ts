/*
 * Test fixtures built from the five seed compacts. Used by the domain's
 * *.unit.spec.ts files; not exported from the library.
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
import type { EscalationLevel } from '../src/compact/escalation-path';
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

// ---------------------------------------------------------------- event builders

export const drafted = (compactId: string, title: string, covers: string): CompactDrafted => ({
  type: 'CompactDrafted',
  data: { compactId, title, covers, description: null },
});

export const section = (number: string, text: string, heading: string | null = null): Section => ({ number, heading, text });

export function versionPublished(label: string, dated: string, sections: Section[], note = 'first version'): CompactVersionPublished {
  return { type: 'CompactVersionPublished', data: { label, note, dated, sections, contentHash: fakeHash({ label, sections }), amendment: null }, effectiveAt: dated };
}

export const hashOf = (label: string, sections: Section[]) => fakeHash({ label, sections });

export interface Org {
  organisationId: string;
  name: string;
  organisationType: OrganisationType;
  lead: Representative;
  deputy: Representative | null;
}

export function admitted(org: Org, effectiveOn: string, factId = `admit-${org.organisationId}`): PartnerAdmitted {
  return { type: 'PartnerAdmitted', data: { factId, ...org, effectiveOn }, effectiveAt: effectiveOn };
}

export function signed(
  org: Org,
  version: CompactVersionPublished,
  signedOn: string,
  options: { factId?: string; signatory?: Representative; signifies?: SignificanceCode[] } = {},
): PartnerSigned {
  return {
    type: 'PartnerSigned',
    data: {
      factId: options.factId ?? `sign-${org.organisationId}-${version.data.label}`,
      organisationId: org.organisationId,
      versionLabel: version.data.label,
      contentHash: version.data.contentHash,
      signatory: options.signatory ?? org.lead,
      signedOn,
      signifies: options.signifies ?? [],
    },
    effectiveAt: signedOn,
  };
}

export function termSet(term: Partial<Term>): CompactTermSet {
  return {
    type: 'CompactTermSet',
    data: {
      inForceRule: 'all-partners-signed',
      effectiveFrom: null,
      expiresOn: null,
      refreshDueBy: null,
      durationMonths: null,
      decisionReference: null,
      ...term,
    },
  };
}

export function cameIntoForceByDecision(version: CompactVersionPublished, effectiveOn: string, decisionReference: string): CompactCameIntoForce {
  return {
    type: 'CompactCameIntoForce',
    data: {
      versionLabel: version.data.label,
      contentHash: version.data.contentHash,
      effectiveOn,
      rule: 'explicit-decision',
      decisionReference,
      signatureFactIds: [],
      completedBy: null,
    },
    effectiveAt: effectiveOn,
  };
}

export function escalationPathDefined(levels: EscalationLevel[], note: string, effectiveOn: string): EscalationPathDefined {
  return { type: 'EscalationPathDefined', data: { levels, note, effectiveOn }, effectiveAt: effectiveOn };
}

export const escalationLevel = (level: number, name: string, whoActs: string, flags: { mediation?: boolean; independentChair?: boolean } = {}): EscalationLevel => ({
  level,
  name,
  whoActs,
  mediation: flags.mediation ?? false,
  independentChair: flags.independentChair ?? false,
});

const person = (name: string, role: string): Representative => ({ name, role });

// ---------------------------------------------------------------- 003 South Kent Coast, "Delivering Together" 2015-2018

export const southKentCoast = (() => {
  const org = (organisationId: string, name: string, organisationType: OrganisationType, lead: string): Org => ({
    organisationId,
    name,
    organisationType,
    lead: person(lead, 'Chief Executive'),
    deputy: null,
  });
  const partners = {
    skcCcg: org('south-kent-coast-ccg', 'South Kent Coast Clinical Commissioning Group', 'clinical-commissioning-group', 'Hazel Carpenter'),
    kentCommunityHealth: org('kent-community-health-ft', 'Kent Community Health Foundation Trust', 'foundation-trust', 'Marion Dimwoodie'),
    kentCountyCouncil: org('kent-county-council', 'Kent County Council', 'local-authority', 'Andrew Ireland'),
    eastKentHospitals: org('east-kent-hospitals-uft', 'East Kent Hospitals University Foundation Trust', 'foundation-trust', 'Chris Bown'),
    doverDistrictCouncil: org('dover-district-council', 'Dover District Council', 'local-authority', 'Paul Watkins'),
    shepwayDistrictCouncil: org('shepway-district-council', 'Shepway District Council', 'local-authority', 'David Monk'),
    kentAndMedwayPartnershipTrust: org('kent-and-medway-partnership-trust', 'Kent and Medway NHS and Social Care Partnership Trust', 'nhs-trust', 'Angela McNabb'),
    healthwatch: org('healthwatch-kent', 'Healthwatch', 'healthwatch', 'Steve Inett'),
    kica: org('kent-integrated-care-alliance', 'Kent Integrated Care Alliance (KICA)', 'voluntary-or-community-organisation', 'Noreen Long'),
    lmc: org('kent-local-medical-committee', 'Local Medical Committee (LMC)', 'voluntary-or-community-organisation', 'Mike Parks'),
    invicta: org('invicta-health-cic', 'Invicta Health CiC', 'voluntary-or-community-organisation', 'Kim Horsford'),
    secamb: org('secamb', 'South East Coast Ambulance Service NHS Foundation Trust', 'ambulance-service', 'Paul Sutton'),
    ic24: org('integrated-care-24', 'Integrated Care 24 (IC24)', 'voluntary-or-community-organisation', 'Lorraine Gray'),
  };
  const sections = [
    section('1', 'Our aim is to ensure that South Kent Coast people are supported to be well and healthy in their own homes and communities.', 'Vision'),
    section('2', 'One Service, One Team, One Budget.', 'Ambition'),
    section('3', "All those involved in a disagreement/dispute should recognize the other's right to raise the issue and give time to listen and respond to concerns.", 'Disputes'),
  ];
  const v1 = versionPublished('1.0', '2015-08-01', sections, 'Draft Compact Agreement 2015-2018');
  const drafting: CompactEvent[] = [
    drafted('south-kent-coast', 'Delivering Together for the people of South Kent Coast', 'South Kent Coast'),
    v1,
    ...Object.values(partners).map((p) => admitted(p, '2015-08-01')),
  ];
  const signedOn25Aug = Object.values(partners)
    .filter((p) => p !== partners.kentCountyCouncil && p !== partners.secamb)
    .map((p) => signed(p, v1, '2015-08-25'));
  /** Twelve signatures: eleven dated 25 Aug 2015, SECAMB's dated 10 Sept 2015; Kent County Council's slot is blank. */
  const twelveSignatures: CompactEvent[] = [...signedOn25Aug, signed(partners.secamb, v1, '2015-09-10')];
  /** "Ensuring the Compact is sustainable": with each other first; in exceptional circumstances the organising and leadership arrangement; then each organisation's own complaints process. */
  const escalationLevels = [
    escalationLevel(
      1,
      'Resolution between the parties',
      'The party that believes the compact is not being honoured and the relevant party, resolving the issue with each other in the first instance',
    ),
    escalationLevel(
      2,
      'Organising and leadership arrangement',
      'In exceptional circumstances where agreement cannot be reached, the relevant organising and leadership arrangement at that time, for consideration and resolution',
    ),
    escalationLevel(3, 'Complaints process and governing body', "Each organisation's own complaints process and governing body, should the matter need to be referred"),
  ];
  const escalationPath = escalationPathDefined(escalationLevels, 'Ensuring the Compact is sustainable', '2015-08-01');
  return {
    partners,
    sections,
    v1,
    drafting,
    twelveSignatures,
    withTwelveSignatures: [...drafting, ...twelveSignatures],
    escalationLevels,
    escalationPath,
    withEscalationPath: [...drafting, ...twelveSignatures, escalationPath],
  };
})();

// ---------------------------------------------------------------- 004 Haringey and Islington Wellbeing Partnership

export const haringeyAndIslington = (() => {
  const org = (organisationId: string, name: string, organisationType: OrganisationType): Org => ({
    organisationId,
    name,
    organisationType,
    lead: person(`Chair of ${name}`, 'Chair'),
    deputy: person(`Chief Executive of ${name}`, 'Chief Executive'),
  });
  const partners = {
    haringey: org('london-borough-of-haringey', 'London Borough of Haringey', 'local-authority'),
    islington: org('london-borough-of-islington', 'London Borough of Islington', 'local-authority'),
    haringeyCcg: org('nhs-haringey-ccg', 'NHS Haringey Clinical Commissioning Group', 'clinical-commissioning-group'),
    islingtonCcg: org('nhs-islington-ccg', 'NHS Islington Clinical Commissioning Group', 'clinical-commissioning-group'),
    haringeyGpFederation: org('haringey-gp-federation', 'Haringey GP Federation', 'gp-federation'),
    islingtonGpFederation: org('islington-gp-federation', 'Islington GP Federation', 'gp-federation'),
    camdenAndIslington: org('camden-and-islington-ft', 'Camden and Islington NHS Foundation Trust', 'foundation-trust'),
    northMiddlesex: org('north-middlesex-hospital', 'North Middlesex Hospital NHS Trust', 'nhs-trust'),
    uclh: org('uclh', 'University College London Hospitals NHS Foundation Trust', 'foundation-trust'),
    whittington: org('whittington-health', 'Whittington Health NHS Trust', 'nhs-trust'),
  };
  const sections = [
    section('1', 'The Wellbeing Partnership has been established to enable local organisations to deliver better health and care services.', 'Purpose'),
    section('2', 'This particular agreement will expire on 31st March 2020 but is expected to be refreshed within a year, by 31st March 2018.', 'Term'),
    section(
      '3',
      'Collective monitoring: if an organisation appears not to be acting for the collective good, Chairs / CEOs will reflect this to the organisation and provide evidence to illustrate their concern. If there is not a change in approach, in extremis, the organisation may be asked to leave the partnership.',
      'Behaviours',
    ),
  ];
  const v1 = versionPublished('1.0', '2017-06-01', sections, 'Partnership Agreement, 1st June 2017');
  const term = termSet({ inForceRule: 'explicit-decision', effectiveFrom: '2017-06-01', expiresOn: '2020-03-31', refreshDueBy: '2018-03-31', decisionReference: 'Partnership Agreement' });
  const agreed: CompactEvent[] = [
    drafted('haringey-and-islington', 'Haringey and Islington Wellbeing Partnership Agreement', 'Haringey and Islington'),
    v1,
    ...Object.values(partners).map((p) => admitted(p, '2017-06-01')),
    term,
  ];
  const inForce = cameIntoForceByDecision(v1, '2017-06-01', 'Wellbeing Partnership Sponsor Board, agreement effective 1 June 2017');
  /** Commitment 2, collective monitoring: Chairs / CEOs reflect the concern with evidence; in extremis, the organisation may be asked to leave. */
  const escalationLevels = [
    escalationLevel(
      1,
      'Concern reflected with evidence',
      'Chairs / CEOs reflect to the organisation that it appears not to be acting for the collective good, and provide evidence to illustrate their concern',
    ),
    escalationLevel(2, 'Asked to leave the partnership', "The partners, if there isn't a change in approach: in extremis, the organisation may be asked to leave the partnership"),
  ];
  const escalationPath = escalationPathDefined(escalationLevels, 'Commitment 2: One set of behaviours (collective monitoring)', '2017-06-01');
  return { partners, sections, v1, agreed, inForce, inForceFrom1June2017: [...agreed, inForce], escalationLevels, escalationPath, withEscalationPath: [...agreed, inForce, escalationPath] };
})();

// ---------------------------------------------------------------- 001 South Nottinghamshire Transformation Partnership

export const southNottinghamshire = (() => {
  const partners = {
    nottinghamCityCouncil: {
      organisationId: 'nottingham-city-council',
      name: 'Nottingham City Council',
      organisationType: 'local-authority',
      lead: person('Colin Monckton', 'Director of Commissioning Policy and Insight'),
      deputy: null,
    } satisfies Org,
    nottinghamCityCcg: {
      organisationId: 'nhs-nottingham-city-ccg',
      name: 'NHS Nottingham City CCG',
      organisationType: 'clinical-commissioning-group',
      lead: person('Dawn Smith', 'Chief Officer'),
      deputy: person('Hugh Porter', 'Clinical Lead'),
    } satisfies Org,
    emas: {
      organisationId: 'east-midlands-ambulance',
      name: 'East Midlands Ambulance NHS Trust',
      organisationType: 'ambulance-service',
      lead: person('Tim Loveridge', 'Director'),
      deputy: null,
    } satisfies Org,
    nhsEngland: {
      organisationId: 'nhs-england-notts-derbyshire',
      name: 'NHS England Nottinghamshire and Derbyshire Area Team',
      organisationType: 'nhs-england',
      lead: person('Dawn Atkinson', 'Director'),
      deputy: person('Rhiannon Pepper', 'Deputy'),
    } satisfies Org,
  };
  const sections = [
    section('1', 'Partners, from twelve statutory health and social care organisations across South Nottinghamshire have agreed to establish a Compact.', 'Introduction'),
    section('3', 'Engage and consult carers, patients, citizens and staff in setting and refreshing our vision and strategy.', 'Principles of working and organisational culture'),
    section('8', 'A Board to Board meeting will be held to seek resolution with an agreed independent chair.', 'Keeping the compact alive'),
    section('9', 'Signing the Compact is agreed to signify support for the overall strategic direction, agreement to the principles, to the work programme and to quarterly reporting.', 'Signing up'),
  ];
  const v1 = versionPublished('1.0', '2014-09-30', sections, 'Compact presented to partner boards for endorsement');
  const drafting: CompactEvent[] = [
    drafted('south-nottinghamshire', 'South Nottinghamshire Transformation Partnership Compact', 'South Nottinghamshire'),
    v1,
    ...Object.values(partners).map((p) => admitted(p, '2014-09-30')),
  ];
  /** 001's two concerns, as the Commissioning Executive Group raised them on 2 December 2014, with the responses. */
  const concerns = [
    {
      concern: 'There is no reference to parity of esteem in the Compact',
      response: 'Although this is not referenced specifically in the Compact, parity of esteem is a standing agenda item on all South Nottinghamshire Transformation Board meetings.',
    },
    {
      concern: 'There is no democratic representation on the South Nottinghamshire Transformation Board',
      response: 'This is being progressed via discussions with Councillor Norris.',
    },
  ];
  const allFour: SignificanceCode[] = ['supports-strategic-direction', 'agrees-principles', 'agrees-work-programme-and-leadership', 'agrees-quarterly-system-measures'];
  /** Section 8, "Keeping the compact alive". */
  const escalationLevels = [
    escalationLevel(1, 'Bilateral resolution', 'The relevant accountable officers, attempting to resolve the issue bilaterally in the first instance'),
    escalationLevel(
      2,
      'Mediation',
      'The accountable officers, with the mediation of the Lay Chair of the South Nottinghamshire Transformation Board, the South Nottinghamshire Transformation Programme Critical Friend and/or the Chairs of the Nottingham City and / or Nottinghamshire County Health and Wellbeing Boards',
      { mediation: true },
    ),
    escalationLevel(
      3,
      'Board to Board meeting',
      'The boards of the parties, where agreement cannot be reached: a Board to Board meeting held to seek resolution with an agreed independent chair',
      { independentChair: true },
    ),
  ];
  const escalationPath = escalationPathDefined(escalationLevels, 'Section 8, Keeping the compact alive', '2014-09-30');
  return { partners, sections, v1, drafting, concerns, allFour, escalationLevels, escalationPath, withEscalationPath: [...drafting, escalationPath] };
})();

// ---------------------------------------------------------------- 000 Shropshire, Telford and Wrekin (version table V1 to V6.0)

export const shropshire = (() => {
  const v1Sections = [
    section('1.1', "Chairs, Accountable Officers and leaders across NHS and social care have agreed to establish a 'Compact'.", 'Introduction'),
    section('2.3', "These drivers are summarised by the seven 'patient statements'. Patient experience matters to every patient.", 'Vision/Strategy'),
    section('2.4', 'That as a health and social care system we view every unplanned admission of a patient with a LTC as a system failure.'),
    section('3.2', 'We will share the financial risk of making agreed system-wide changes.'),
    section('4.1', 'We will establish a joint programme of work.'),
  ];
  const v1 = versionPublished('1', '2013-01-25', v1Sections, 'First (incomplete) draft');
  const drafting: CompactEvent[] = [drafted('shropshire-telford-wrekin', 'Shropshire, Telford and Wrekin Health and Social Care Partnership Compact', 'Shropshire, Telford and Wrekin'), v1];
  return { v1Sections, v1, drafting };
})();

// ---------------------------------------------------------------- 002 East and Central Cheshire (24 months, blank signature table)

export const eastAndCentralCheshire = (() => {
  const org = (organisationId: string, name: string, organisationType: OrganisationType): Org => ({
    organisationId,
    name,
    organisationType,
    lead: person(`Chief Executive of ${name}`, 'Chief Executive'),
    deputy: null,
  });
  const partners = {
    cwp: org('cheshire-and-wirral-partnership-ft', 'Cheshire & Wirral Partnership NHS Foundation Trust', 'foundation-trust'),
    pct: org('central-and-eastern-cheshire-pct', 'Central & Eastern Cheshire PCT', 'nhs-trust'),
    council: org('cheshire-east-council', 'Cheshire East Council', 'local-authority'),
    eastCheshireHospitals: org('east-cheshire-hospitals', 'East Cheshire Hospitals Trust', 'nhs-trust'),
    communityHealthcare: org('cheshire-east-community-healthcare', 'Cheshire East Community Healthcare', 'nhs-trust'),
    midCheshire: org('mid-cheshire-hospital-ft', 'Mid Cheshire Hospital NHS Foundation Trust', 'foundation-trust'),
  };
  const sections = [section('1', 'Develop and implement integrated cost effective services for the patient/service users of the area.', 'We hereby agree')];
  const v1 = versionPublished('1.0', '2012-04-01', sections, 'The Compact for Integrated Care in East and Central Cheshire');
  const drafting: CompactEvent[] = [
    drafted('east-and-central-cheshire', 'The Compact for Integrated Care in East and Central Cheshire', 'East and Central Cheshire'),
    v1,
    ...Object.values(partners).map((p) => admitted(p, '2012-04-01')),
  ];
  return { partners, sections, v1, drafting };
})();
