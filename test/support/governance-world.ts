/*
 * A small partnership to test governance on, built through the HTTP API: a compact with three
 * partners (named as 004 names three of Haringey and Islington's), an escalation path with
 * limits in working days, and two boards, the Partnership Board holding the £250k reserved
 * matter (004, Commitment 7) and a Delivery Board. Names of people, the quorum, the notice rules
 * and the limits are the test's own, not a paper's.
 */

/** A POST that answers the JSON body of a 2xx and throws on anything else. */
export type Post = (path: string, body: object) => Promise<{ id: string; position: number; streamRevision: number }>;

export const HARINGEY = 'london-borough-of-haringey';
export const ISLINGTON_CCG = 'nhs-islington-ccg';
export const WHITTINGTON = 'whittington-health-trust';
export const PARTNERS = [HARINGEY, ISLINGTON_CCG, WHITTINGTON];
const NAMES: Record<string, string> = {
  [HARINGEY]: 'London Borough of Haringey',
  [ISLINGTON_CCG]: 'NHS Islington Clinical Commissioning Group',
  [WHITTINGTON]: 'Whittington Health NHS Trust',
};

export const seat = (organisationId: string) => ({
  seatId: organisationId,
  kind: 'partner',
  title: NAMES[organisationId],
  organisationId,
  lead: { name: `Lead of ${NAMES[organisationId]} (test)`, role: null },
  deputy: { name: `Deputy of ${NAMES[organisationId]} (test)`, role: null },
  voting: true,
});

export const chairSeat = {
  seatId: 'chair',
  kind: 'chair',
  title: 'Chair',
  organisationId: null,
  lead: { name: 'The Chair (test)', role: null },
  deputy: null,
  voting: true,
};

export const reservedMatter = {
  matterId: 'significant-investment-or-disinvestment',
  description: 'Significant investment / disinvestment decisions (eg over £250k capital or annual revenue)',
  thresholdPounds: 250_000,
  directions: ['investment', 'disinvestment'],
  bases: ['capital', 'annual-revenue'],
  effectiveFrom: '2017-04-01',
};

export const terms = (reservedMatters: object[] = []) => ({
  version: '1',
  source: 'Test terms of reference',
  effectiveOn: '2017-06-01',
  seats: [chairSeat, ...PARTNERS.map(seat)],
  quorum: { numerator: 7, denominator: 10 },
  meetingEveryMonths: 1,
  notice: { agendaItemsWorkingDaysBefore: 10, papersWorkingDaysBefore: 5, draftMinutesWorkingDaysAfter: 10 },
  reservedMatters,
  reviewEveryMonths: null,
});

export const levels = [
  { level: 1, name: 'Concern reflected with evidence', whoActs: 'Chairs / CEOs', mediation: true, independentChair: false, workingDayLimit: 10 },
  { level: 2, name: 'Referred to the Partnership Board', whoActs: 'The Partnership Board', mediation: true, independentChair: false, workingDayLimit: 20 },
  { level: 3, name: 'Board to Board meeting', whoActs: 'The boards of the parties', mediation: false, independentChair: true },
];

export interface GovernanceWorld {
  compactId: string;
  partnershipBoardId: string;
  deliveryBoardId: string;
}

export async function governanceWorld(post: Post, title = 'Wellbeing Partnership (governance test)'): Promise<GovernanceWorld> {
  const compactId = (await post('/compacts', { title, covers: 'Haringey and Islington' })).id;
  await post(`/compacts/${compactId}/versions`, { label: '1', note: 'Test', dated: '2017-06-01', sections: [{ number: '1', text: 'Purpose' }] });
  for (const organisationId of PARTNERS) {
    await post(`/compacts/${compactId}/partners`, {
      organisationId,
      name: NAMES[organisationId],
      organisationType: 'local-authority',
      lead: { name: `Lead of ${NAMES[organisationId]} (test)`, role: 'Chief Executive' },
      effectiveOn: '2017-06-01',
    });
  }
  await post(`/compacts/${compactId}/escalation-path`, { note: 'Test path with limits in working days', effectiveOn: '2017-06-01', levels });
  const partnershipBoardId = (
    await post('/boards', {
      compactId,
      name: 'Wellbeing Partnership Board',
      purpose: 'Joint oversight of key financial decisions',
      establishedOn: '2017-06-01',
    })
  ).id;
  await post(`/boards/${partnershipBoardId}/terms-of-reference`, terms([reservedMatter]));
  const deliveryBoardId = (
    await post('/boards', { compactId, name: 'Programme Delivery Board', purpose: 'Implementation of the joint work programme', establishedOn: '2017-06-01' })
  ).id;
  await post(`/boards/${deliveryBoardId}/terms-of-reference`, terms());
  return { compactId, partnershipBoardId, deliveryBoardId };
}

/** Every voting seat's lead present. */
export const allPresent = { attendance: ['chair', ...PARTNERS].map((seatId) => ({ seatId, status: 'lead-present' })) };

/** A meeting scheduled and held with everyone present, with one agenda item (4) received in time. */
export async function heldMeeting(
  post: Post,
  boardId: string,
  meetingDate: string,
  itemReceivedOn: string,
  title = `Meeting of ${meetingDate} (test)`,
): Promise<string> {
  const meetingId = (await post('/meetings', { boardId, meetingDate, title })).id;
  await post(`/meetings/${meetingId}/agenda-items`, { item: '4', title: 'Item 4 (test)', proposedBy: null, receivedOn: itemReceivedOn });
  await post(`/meetings/${meetingId}/attendance`, allPresent);
  return meetingId;
}

/** The body of a decision asking a partner to leave, after the concern was reflected with evidence (004, collective monitoring). */
export const askToLeave = (organisationId: string, effectiveOn: string, reflectedOn: string) => ({
  item: '4',
  resolution: `The Board asks ${organisationId} to leave the partnership (test)`,
  outcome: { kind: 'consensus' },
  value: null,
  consequence: {
    kind: 'ask-partner-to-leave',
    organisationId,
    reason: 'Not acting for the collective good after the concern was reflected (test)',
    effectiveOn,
    concern: {
      reflectedOn,
      reflectedBy: 'Chairs / CEOs',
      evidence: [{ description: 'Minutes of the last two meetings (test)', sha256: 'a'.repeat(64) }],
      noChangeFinding: 'No change in approach since the concern was reflected (test)',
    },
  },
});
