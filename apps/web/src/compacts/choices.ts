import type { Schemas } from '../api/client';
import type { Option } from '../forms/command-form';

/*
 * The API's fixed lists, as the forms offer them. Each is a Record over the generated
 * type's union, so a value the API adds or renames fails the web app's build until it
 * is offered here too.
 */

type Signifies = Schemas['SignatureDto']['signifies'][number];
type Outcome = Schemas['EndorsementDto']['outcome'];
type OrganisationType = Schemas['AdmitPartnerDto']['organisationType'];
type InForceRule = Schemas['SetTermDto']['inForceRule'];
type LeavingBasis = Schemas['LeavingBasisDto']['kind'];

const SIGNIFIES: Record<Signifies, string> = {
  'supports-strategic-direction': 'Supports the strategic direction',
  'agrees-principles': 'Agrees the principles',
  'agrees-work-programme-and-leadership': 'Agrees the work programme and leadership',
  'agrees-quarterly-system-measures': 'Agrees the quarterly system measures',
};

const OUTCOMES: Record<Outcome, string> = {
  endorsed: 'Endorsed',
  'endorsed-with-concerns': 'Endorsed with concerns',
  declined: 'Declined',
};

const ORGANISATION_TYPES: Record<OrganisationType, string> = {
  'clinical-commissioning-group': 'Clinical commissioning group',
  'nhs-trust': 'NHS trust',
  'foundation-trust': 'NHS foundation trust',
  'local-authority': 'Local authority',
  'gp-federation': 'GP federation',
  'ambulance-service': 'Ambulance service',
  healthwatch: 'Healthwatch',
  'voluntary-or-community-organisation': 'Voluntary or community organisation',
  'nhs-england': 'NHS England',
};

const IN_FORCE_RULES: Record<InForceRule, string> = {
  'all-partners-signed': 'When every partner has signed',
  'explicit-decision': 'By an explicit decision',
};

const LEAVING_BASES: Record<LeavingBasis, string> = {
  decision: 'A decision',
  dispute: 'A dispute’s outcome',
};

const options = (labels: Record<string, string>): Option[] => Object.entries(labels).map(([value, label]) => ({ value, label }));

export const signifiesOptions = options(SIGNIFIES);
export const outcomeOptions = options(OUTCOMES);
export const organisationTypeOptions = options(ORGANISATION_TYPES);
export const inForceRuleOptions = options(IN_FORCE_RULES);
export const leavingBases = options(LEAVING_BASES);

export const asSignifies = (values: string[]) => values as Signifies[];
export const asOutcome = (value: string) => value as Outcome;
export const asOrganisationType = (value: string) => value as OrganisationType;
export const asInForceRule = (value: string) => value as InForceRule;
export const asLeavingBasis = (value: string) => value as LeavingBasis;
