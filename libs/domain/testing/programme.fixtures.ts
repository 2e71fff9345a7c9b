/*
 * Haringey and Islington's eight commitments and their targets (004), in the paper's words.
 * Where the paper gives a month, not a day, the due date is the month's last day ("by June
 * 2017" is due 2017-06-30); "from June 2017" likewise means in place by the end of June 2017.
 * Both are this fixture's reading, not the paper's. The measures of success are illustrative:
 * 000 section 5 and 001 section 7 promise "a few high level measures" without naming them.
 * Not exported from the library.
 */
import { DeciderSpecification } from '../src/shared/decider-specification';
import type { DefineCommitment, ProgrammeCommand, TargetDefinition } from '../src/programme/programme.commands';
import { programmeDecider } from '../src/programme/programme.decider';
import type { ProgrammeEvent } from '../src/programme/programme.events';
import type { JointProgramme, ProgrammeState } from '../src/programme/programme.state';

export const givenProgramme = (events: ProgrammeEvent[]) => DeciderSpecification.for(programmeDecider).given(events);
export const programmeStateOf = (events: ProgrammeEvent[]): ProgrammeState => events.reduce(programmeDecider.evolve, programmeDecider.initialState());
export const programmeOf = (events: ProgrammeEvent[]) => programmeStateOf(events) as JointProgramme;
export function runProgramme(events: ProgrammeEvent[], ...commands: ProgrammeCommand[]): ProgrammeEvent[] {
  return commands.reduce((all, command) => [...all, ...programmeDecider.decide(command, programmeStateOf(all))], events);
}

export const COMPACT = 'haringey-and-islington';
/** The agreement is dated 1 June 2017: the commitments are made then. */
const AGREED = '2017-06-01';

const target = (targetId: string, text: string, dueOn: string | null, wording: string): TargetDefinition => ({ targetId, text, dueOn, wording });
const commitment = (number: string, title: string, text: string, targets: TargetDefinition[] = []): DefineCommitment => ({
  type: 'DefineCommitment',
  data: { compactId: COMPACT, commitmentId: `commitment-${number}`, number, title, text, targets, definedOn: AGREED },
});

export const commitments: DefineCommitment[] = [
  commitment('1', 'One ambition', 'To meet the challenge facing the health and care system by working together as a single team.'),
  commitment('2', 'One set of behaviours', 'All Partners agree explicitly to exhibit the beneficial behaviours of an accountable care system.'),
  commitment('3', 'One Plan: Joint Strategic Planning', 'Partners commit to aligning individual plans where joint working can optimise delivery of improved services in Haringey and Islington.', [
    target('3.1', 'Form a Haringey-Islington Public Health Leadership group by June 2017 to determine a process for developing a future operating model for integrated working.', '2017-06-30', 'by June 2017'),
    target('3.2', 'Bring together the iterative processes underpinning the Joint Strategic Needs Assessment as a precursor to establishing a single Health and Wellbeing Strategy for the two boroughs.', null, 'no date given'),
    target('3.3', 'Develop a single Health and Wellbeing Strategy for the boroughs of Haringey and Islington by December 2017.', '2017-12-31', 'by December 2017'),
    target('3.4', 'Review commissioned services and budgets between both boroughs by September 2017.', '2017-09-30', 'by September 2017'),
  ]),
  commitment('4', 'One transformation approach: bringing together our service redesign work', 'Work programmes proposed by any organisation will first be shared at the Partnership Board.', [
    target('4.1', "To share each organisation's transformation programme with Partners by 30 June 2017", '2017-06-30', 'by 30 June 2017'),
    target('4.2', 'To align local authority social care transformation programmes by 30 July 2017', '2017-07-30', 'by 30 July 2017'),
    target('4.3', 'To bring together existing service improvement projects undertaken by separate organisations ... under the leadership of the Wellbeing Partnership by September 2017', '2017-09-30', 'by September 2017'),
    target('4.4', 'To assess, by July 2017, whether the Wellbeing Partnership needs a particular focus on workforce development, to add to the work being undertaken at NCL level.', '2017-07-31', 'by July 2017'),
    target('4.5', "To develop a joint savings / service transformation plan for 2018/19 between Councils, CCGs and Trusts by October 2017 so that this can be built into each organisation's financial plan for 2018/19", '2017-10-31', 'by October 2017'),
  ]),
  commitment('5', 'One delivery team', 'Partners commit to continuing this approach by prioritising joint service redesign and supporting this with staff as part of business as usual.', [
    target('5.1', 'To establish by 30 June 2017, a single management lead across all organisations for specified services e.g. diabetes, with the autonomy to make system wide decisions to improve services.', '2017-06-30', 'by 30 June 2017'),
    target('5.2', 'To complete the alignment of the CCG management teams by September 2017', '2017-09-30', 'by September 2017'),
    target('5.3', 'To establish joint work on council transformation programmes and peer review priorities by September 2017', '2017-09-30', 'by September 2017'),
    target('5.4', 'To establish two Care Closer to Home Networks (CHINs) in each borough as local delivery teams by September 2017.', '2017-09-30', 'by September 2017'),
  ]),
  commitment('6', 'One approach to quality improvement and a shared approach to performance improvement', 'Partners commit to bringing together the separate quality improvement, performance monitoring and assurance processes where possible.', [
    target('6.1', 'To identify, by 30 September 2017, areas of best practice in quality and quality improvement and to share these across organisations.', '2017-09-30', 'by 30 September 2017'),
    target('6.2', 'To establish by 30 September 2017, a set of performance indicators (ideally from existing data sources) which will help demonstrate increased collaborative working across the Partnership.', '2017-09-30', 'by 30 September 2017'),
    target('6.3', 'To investigate joint measurement of service initiatives such as the Better Care Fund and shadow these from July 2017.', '2017-07-31', 'from July 2017'),
    target('6.4', 'To confirm existing data sharing agreements and ensure consistency, establishing new ones where needed by December 2017', '2017-12-31', 'by December 2017'),
  ]),
  commitment('7', 'One financial plan', 'The Partners agree they will collectively focus on activities that take cost out, make agreed investments in order to save elsewhere, and manage financial pressure across the system.', [
    target('7.1', 'To establish a regular monthly sharing of budget (and activity data) at a level of detail that enables each organisation to understand how resources are being used to deliver health and care services from June 2017.', '2017-06-30', 'from June 2017'),
    target('7.2', 'To bring significant investment / disinvestment decisions (eg over £250k capital or annual revenue) to the Partnership Board ... (from April 2017).', '2017-04-30', 'from April 2017'),
    target('7.3', 'To establish system wide budgets for specific services e.g. for diabetes, MSK, to support the transformation work of the individual work streams (by April 2017).', '2017-04-30', 'by April 2017'),
    target('7.4', "To shadow a single system 'control total', taking into account the fact that several providers run services that serve a wider population (from September 2017)", '2017-09-30', 'from September 2017'),
  ]),
  commitment('8', 'One set of governance arrangements', 'The Wellbeing Partnership Board and the groups reporting to it will be the vehicle through which system wide business is conducted.', [
    target('8.1', 'To establish the overall governance arrangements as described below by 30th June 2017.', '2017-06-30', 'by 30th June 2017'),
    target('8.2', 'To support local people to coproduce the community reference group by 30th June 2017.', '2017-06-30', 'by 30th June 2017'),
    target('8.3', 'To consider alternative, stronger governance arrangements and organisational forms such as Multispecialty Community Providers (MCP) or Primary and Acute Care Systems (PACS) between September 2017 and March 2018.', '2018-03-31', 'between September 2017 and March 2018'),
    // "for April 2018": the agreement's Timeframe section says "refreshed ... by 31st March 2018".
    target('8.4', 'To refresh this Partnership Agreement for April 2018.', '2018-03-31', 'for April 2018'),
  ]),
];

export const agreed: ProgrammeEvent[] = runProgramme([], ...commitments);

/** Illustrative measures of success (the papers name none). */
export const measures: ProgrammeCommand[] = [
  {
    type: 'DefineMeasure',
    data: {
      compactId: COMPACT,
      measureId: 'unplanned-ltc-admissions',
      name: 'Unplanned admissions of people with a long-term condition (illustrative)',
      description: 'Illustrative, after 000 section 2.4: "every unplanned admission of a patient with a LTC as a system failure"',
      unit: 'per 1,000 population',
      direction: 'lower-is-better',
      definedOn: AGREED,
    },
  },
  {
    type: 'DefineMeasure',
    data: {
      compactId: COMPACT,
      measureId: 'people-supported-at-home',
      name: 'People supported to live at home (illustrative)',
      description: 'Illustrative',
      unit: '%',
      direction: 'higher-is-better',
      definedOn: AGREED,
    },
  },
  {
    type: 'DefineMeasure',
    data: { compactId: COMPACT, measureId: 'chin-referrals', name: 'Referrals to CHINs (illustrative)', description: 'Illustrative', unit: 'count', direction: null, definedOn: AGREED },
  },
];
