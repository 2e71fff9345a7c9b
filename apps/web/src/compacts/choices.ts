import type { Schemas } from '../api/client';
import type { Option } from '../forms/command-form';

/*
 * The API's fixed lists, as the pages name them and the forms offer them. Each is a Record over
 * the generated type's union, so a value the API adds or renames fails the web app's build until
 * it is named here too. A form reads a choice back with FormValues.choice(name, LABELS), which
 * gives the union's type or says beside the field that the value is not one of them.
 */

export type Signifies = Schemas['SignatureDto']['signifies'][number];
export type Outcome = Schemas['EndorsementDto']['outcome'];
export type OrganisationType = Schemas['AdmitPartnerDto']['organisationType'];
export type InForceRule = Schemas['SetTermDto']['inForceRule'];
export type LeavingBasis = Schemas['LeavingBasisDto']['kind'];

export const SIGNIFIES: Record<Signifies, string> = {
  'supports-strategic-direction': 'Supports the strategic direction',
  'agrees-principles': 'Agrees the principles',
  'agrees-work-programme-and-leadership': 'Agrees the work programme and leadership',
  'agrees-quarterly-system-measures': 'Agrees the quarterly system measures',
};

export const OUTCOMES: Record<Outcome, string> = {
  endorsed: 'Endorsed',
  'endorsed-with-concerns': 'Endorsed with concerns',
  declined: 'Declined',
};

/** As the papers name them; "not given" where a paper lists an organisation without saying what it is. */
export const ORGANISATION_TYPES: Record<OrganisationType, string> = {
  'clinical-commissioning-group': 'Clinical commissioning group',
  'nhs-trust': 'NHS trust',
  'foundation-trust': 'NHS foundation trust',
  'primary-care-trust': 'Primary care trust',
  'local-authority': 'Local authority',
  'gp-federation': 'GP federation',
  'local-medical-committee': 'Local medical committee',
  'ambulance-service': 'Ambulance service',
  healthwatch: 'Healthwatch',
  'voluntary-or-community-organisation': 'Voluntary or community organisation',
  'community-interest-company': 'Community interest company',
  provider: 'Provider',
  'nhs-england': 'NHS England',
  'not-given': 'Type not given on the paper',
};

export const IN_FORCE_RULES: Record<InForceRule, string> = {
  'all-partners-signed': 'When every partner has signed',
  'explicit-decision': 'By an explicit decision',
};

export const LEAVING_BASES: Record<LeavingBasis, string> = {
  decision: 'A decision',
  dispute: 'A dispute’s outcome',
};

export const optionsOf = (labels: Record<string, string>): Option[] => Object.entries(labels).map(([value, label]) => ({ value, label }));

export const signifiesOptions = optionsOf(SIGNIFIES);
export const outcomeOptions = optionsOf(OUTCOMES);
export const organisationTypeOptions = optionsOf(ORGANISATION_TYPES);
export const inForceRuleOptions = optionsOf(IN_FORCE_RULES);
export const leavingBases = optionsOf(LEAVING_BASES);

export const organisationTypeLabel = (type: OrganisationType) => ORGANISATION_TYPES[type];
