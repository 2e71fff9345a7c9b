import { findClause, findPart, seedDocument, seedFacts } from '@compact-ledger/seed-papers';
import { illustrativeYear, loadJointProgramme, loadTransformationBoard, type LoadedBoard } from '../fixtures/governance';
import { httpLedgerClient, type LedgerClient, loadSeedCompact, seedCompacts } from '../fixtures/seeds';
import { LedgerTestApp } from '../support/ledger-test-app';

/*
 * The governance fixtures loaded through the API as `npm run demo` loads them: the South
 * Nottinghamshire Transformation Board from 001's appendix with its illustrative year, and
 * Haringey and Islington's eight commitments from 004; and what each read shows of them.
 */
describe('The Transformation Board and the joint programme, loaded from the papers over HTTP', () => {
  let ledger: LedgerTestApp;
  let client: LedgerClient;
  let board: LoadedBoard;
  let programme: Awaited<ReturnType<typeof loadJointProgramme>>;
  const read = async (path: string) => (await ledger.as('regulator').get(path).expect(200)).body;

  beforeAll(async () => {
    ledger = await LedgerTestApp.start({ LEDGER_RATE_LIMIT_PER_MINUTE: 100_000 });
    const { port } = ledger.app.getHttpServer().address() as { port: number };
    client = httpLedgerClient(`http://127.0.0.1:${port}`, ledger.bearer('secretariat').slice('Bearer '.length));
    for (const seed of seedCompacts.filter((s) => /Nottinghamshire|Haringey/.test(s.draft.title))) await loadSeedCompact(client, seed);
    board = await loadTransformationBoard(client);
    programme = await loadJointProgramme(client);
  }, 120_000);
  afterAll(() => ledger.stop());

  it("the board's terms of reference are the appendix's: sixteen members with their named leads and deputies, four in attendance, 70%, monthly, 10/5/10 working days", async () => {
    const shown = await read(`/boards/${board.boardId}?asOf=2015-06-01`);
    const table = findClause(findPart(seedDocument('001'), 'appendix-1'), '4').body.filter((b) => b.kind === 'table') as Array<{ rows: string[][] }>;
    const members = table[0].rows.slice(1);
    expect(shown).toMatchObject({ name: 'South Nottinghamshire Transformation Board', compactTitle: seedFacts('001').title });
    const terms = shown.termsInForce;
    expect(
      terms.seats
        .filter((s: { voting: boolean }) => s.voting)
        .map((s: { title: string; lead: { name: string } | null; deputy: { name: string } | null }) => [s.title, s.lead?.name ?? 'Tbc', s.deputy?.name]),
    ).toEqual(members.map(([title, lead, deputy]) => [title, lead, deputy]));
    expect(terms.seats.filter((s: { voting: boolean }) => !s.voting).map((s: { title: string }) => s.title)).toEqual(table[1].rows.map(([title]) => title));
    expect(terms).toMatchObject({
      quorum: { numerator: 7, denominator: 10 },
      meetingEveryMonths: 1,
      reviewEveryMonths: 12,
      notice: { agendaItemsWorkingDaysBefore: 10, papersWorkingDaysBefore: 5, draftMinutesWorkingDaysAfter: 10 },
    });
    // What the paper does not give is said in the data.
    expect(terms.source).toMatch(/dated "September 2014"\. Assumed: the paper dates neither the board nor the day the terms took effect/);
    // Twelve partner organisations sit as partners; the Chair, citizens, the programme and Primary Care (Tbc) do not.
    expect(terms.seats.filter((s: { kind: string }) => s.kind === 'partner')).toHaveLength(12);
  });

  it('an illustrative year: twelve meetings, marked illustrative in their data, one cancelled', async () => {
    const meetings = await read(`/meetings?boardId=${board.boardId}`);
    expect(meetings.map((m: { meetingDate: string; status: string }) => [m.meetingDate, m.status])).toEqual(
      illustrativeYear.map((m) => [m.meetingDate, m.cancelled ? 'cancelled' : 'held']),
    );
    expect(meetings.every((m: { title: string }) => m.title.endsWith('(illustrative)'))).toBe(true);
    const march = await read(`/meetings/${board.meetings['2015-03']}`);
    expect(march.agenda.every((a: { title: string }) => a.title.includes('(illustrative)'))).toBe(true);
    expect(march.decisions.every((d: { resolution: string }) => d.resolution.startsWith('Illustrative'))).toBe(true);
    expect(march.declarations.every((d: { interest: string }) => d.interest.startsWith('Illustrative'))).toBe(true);
  });

  it('an interest declared with exclusion: Circle Partners excluded from item 4 in March, the item still quorate, and the £250,000 decision in the log', async () => {
    const log = await read(`/boards/${board.boardId}/decisions?from=2015-03-01&to=2015-03-31`);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      item: '4',
      quorum: { votingSeats: 16, counted: 14, needed: 12, quorate: true, rule: '70%' },
      excluded: [{ seatId: 'circle-partners', title: 'Circle Partners', person: 'Nicola Parry', nature: 'commercial-arrangement' }],
      value: { direction: 'investment', basis: 'annual-revenue', amountPounds: 250_000 },
      consequenceStatus: 'none',
    });
    expect(log[0].excluded[0].reason).toMatch(/^excluded by the Chair from item 4 for the interest declared/);
    expect(log[0].counted.map((c: { seatId: string }) => c.seatId)).not.toContain('circle-partners');
    expect(log[0].counted.find((c: { seatId: string }) => c.seatId === 'nottingham-university-hospitals-nhs-trust')).toEqual({
      seatId: 'nottingham-university-hospitals-nhs-trust',
      title: 'Nottingham University Hospitals NHS Trust',
      person: 'Rupert Egginton',
    });
  });

  it('an inquorate item: in May an exclusion leaves item 4 at 11 of 16, and the ledger refused its decision with the figures; the vote on item 5 stands', async () => {
    expect(board.refusals).toEqual([
      {
        meeting: '2015-05',
        item: '4',
        rule: 'quorum-not-met',
        detail: expect.stringContaining(
          'quorum: 11 of 16 voting seats present and not excluded, 12 needed (70%) for item 4 (Nottingham University Hospitals NHS Trust excluded',
        ),
      },
    ]);
    const may = await read(`/meetings/${board.meetings['2015-05']}`);
    expect(may.quorum).toMatchObject({ counted: 12, needed: 12, quorate: true });
    expect(may.decisions.map((d: { item: string; outcome: { kind: string; for?: string[] } }) => [d.item, d.outcome.kind, d.outcome.for?.length])).toEqual([
      ['5', 'vote', 10],
    ]);
  });

  it('minutes approved late: July’s at September’s meeting (August cancelled), and December’s draft circulated after the Christmas bank holidays, late', async () => {
    const july = await read(`/meetings/${board.meetings['2015-07']}`);
    expect(july.minutesApproval).toEqual({ approvedAtMeetingId: board.meetings['2015-09'], approvedOn: '2015-09-22' });
    expect(july.draftMinutes).toMatchObject({ dueBy: '2015-08-11', circulatedOn: '2015-08-19', late: true });
    const december = await read(`/meetings/${board.meetings['2015-12']}`);
    // 16, 17, 18, 21, 22, 23, 24, 29, 30, 31 December: the tenth working day; 4 and 5 January the eleventh and twelfth.
    expect(december.deadlines.draftMinutesBy).toBe('2015-12-31');
    expect(december.draftMinutes).toMatchObject({ circulatedOn: '2016-01-05', late: true, workingDaysAfter: 12 });
    const april = await read(`/meetings/${board.meetings['2015-04']}`);
    expect(april.agenda.find((a: { item: string }) => a.item === '4')).toMatchObject({
      late: true,
      dueBy: '2015-04-14',
      papers: [{ late: true, dueBy: '2015-04-21' }],
    });
  });

  it('cumulative attendance over 2015: ten meetings held, a deputy counted as the partner attending', async () => {
    const report = await read(`/boards/${board.boardId}/attendance?from=2015-01-01&to=2015-12-31`);
    expect(report.meetingsHeld).toBe(10);
    const seat = (id: string) => report.seats.find((s: { seatId: string }) => s.seatId === id);
    expect(seat('nhs-nottingham-west')).toMatchObject({ meetings: 10, leadPresent: 9, deputyPresent: 1, attended: 10 });
    expect(seat('nottinghamshire-county-council')).toMatchObject({ meetings: 10, attended: 7, apologies: 3 });
    expect(seat('primary-care')).toMatchObject({ meetings: 10, attended: 0, absent: 10 });
  });

  it('the register of interests as at a date, per person and per organisation, each entry linked to its meeting, items and decisions', async () => {
    expect(await read(`/boards/${board.boardId}/interests?asOf=2015-03-23`)).toEqual([]);
    const march = await read(`/boards/${board.boardId}/interests?asOf=2015-04-01`);
    expect(march.map((e: { person: string; organisationId: string }) => [e.person, e.organisationId])).toEqual([['Nicola Parry', 'circle-partners']]);
    expect(march[0]).toMatchObject({ items: [{ item: '4' }], decisions: [{ item: '4', excluded: true }], meeting: { meetingId: board.meetings['2015-03'] } });
    const year = await read(`/boards/${board.boardId}/interests?asOf=2015-12-31`);
    expect(year.map((e: { person: string }) => e.person)).toEqual(['Nicola Parry', 'Peter Homa']);
    expect(await read(`/boards/${board.boardId}/interests?asOf=2015-12-31&organisationId=nottingham-university-hospitals-nhs-trust`)).toHaveLength(1);
    expect(await read(`/boards/${board.boardId}/interests?asOf=2015-12-31&person=Nicola%20Parry`)).toHaveLength(1);
  });

  it("Haringey and Islington's eight commitments and their twenty-five targets, from 004, with the months read as their last days and said so", async () => {
    expect(programme).toMatchObject({ loaded: true, commitments: 8, targets: 25 });
    const shown = await read(`/compacts/${programme.compactId}/commitments?asOf=2017-06-01`);
    expect(shown.commitments.map((c: { number: string; targets: unknown[] }) => [c.number, c.targets.length])).toEqual([
      ['1', 0],
      ['2', 0],
      ['3', 4],
      ['4', 5],
      ['5', 4],
      ['6', 4],
      ['7', 4],
      ['8', 4],
    ]);
    const target = (id: string) =>
      shown.commitments.flatMap((c: { targets: Array<{ targetId: string }> }) => c.targets).find((t: { targetId: string }) => t.targetId === id);
    expect(target('4.1')).toMatchObject({ dueOn: '2017-06-30', wording: 'by 30 June 2017' });
    expect(target('3.1')).toMatchObject({ dueOn: '2017-06-30', wording: 'by June 2017 (the paper gives the month; due date taken as 2017-06-30)' });
    expect(target('8.3')).toMatchObject({ dueOn: '2018-03-31', wording: expect.stringMatching(/^between September 2017 and March 2018/) });
    expect(target('3.2')).toMatchObject({ dueOn: null, overdue: false });
    expect(shown.commitments[6].text).toContain(seedFacts('004').commitments[6].targets[1].text);
  });

  it('overdue targets at any date: on the agreement’s date Commitment 7’s April 2017 targets already are; on 3 July 2017, the June ones too', async () => {
    const overdue = async (asOf: string) =>
      (await read(`/compacts/${programme.compactId}/commitments?asOf=${asOf}&overdue=true`)).commitments.flatMap(
        (c: { targets: Array<{ targetId: string }> }) => c.targets.map((t) => t.targetId),
      );
    expect(await overdue('2017-06-01')).toEqual(['7.2', '7.3']);
    expect(await overdue('2017-07-03')).toEqual(['3.1', '4.1', '5.1', '7.1', '7.2', '7.3', '8.1', '8.2']);
  });

  it('loading again records nothing', async () => {
    const before = await ledger.headPosition();
    expect(await loadTransformationBoard(client)).toMatchObject({ loaded: false, boardId: board.boardId, meetings: board.meetings });
    expect(await loadJointProgramme(client)).toMatchObject({ loaded: false });
    expect(await ledger.headPosition()).toBe(before);
  });
});
