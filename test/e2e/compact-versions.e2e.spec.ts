import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { LedgerTestApp } from '../support/ledger-test-app';

/*
 * A version table made by amendments, a hand-made example in the manner of 000's (whose
 * paper carries only V6.0's text; the seed itself is loaded from the paper in seeds.e2e):
 * the text and dates here are the example's, not a paper's.
 */
const intro = [
  {
    number: '1.1',
    heading: 'Introduction',
    text: "Chairs, Accountable Officers and leaders across NHS and social care in Shropshire, Telford and Wrekin have agreed to establish a 'Compact'.",
  },
  { number: '1.2', heading: null, text: 'The Compact sets out a high level vision and strategy for the health and social care system.' },
];
const table = [
  { label: 'V1', dated: '2016-01-25', note: 'First (incomplete) draft', body: { sections: intro } },
  {
    label: 'V1.1',
    dated: '2016-01-28',
    note: 'Minor amendment to V1',
    body: {
      replace: [
        {
          number: '1.2',
          heading: null,
          text: 'The Compact sets out a high level vision and strategy for the health and social care system, drawing on the visions of individual organisations.',
        },
      ],
    },
  },
  {
    label: 'V2.0',
    dated: '2016-02-11',
    note: 'Incorporates draft Vision/Strategy section',
    body: {
      add: [
        {
          number: '2.1',
          heading: 'Vision/Strategy',
          text: 'Partners have collectively recognised that through collaborative working they can better meet the challenge of a sustainable care system.',
        },
        { number: '2.4', heading: null, text: 'Services will be designed around the patient, with the patient at the centre of every decision.' },
      ],
    },
  },
  {
    label: 'V3.0',
    dated: '2016-02-18',
    note: 'Added "measuring success" and "joint programmes" sections',
    body: {
      add: [
        { number: '4.1', heading: 'Joint programmes', text: 'A programme of joint work for each priority area.' },
        { number: '5.1', heading: 'Measuring success', text: 'A short list of system measures.' },
      ],
    },
  },
  {
    label: 'V4.0',
    dated: '2016-02-25',
    note: 'Amendments to 2.4 and 4.1, new section 3.9',
    body: {
      replace: [
        { number: '2.4', heading: null, text: 'Services will be designed around the patient and their carers, with the patient at the centre.' },
        { number: '4.1', heading: 'Joint programmes', text: 'A programme of joint work for each priority area, with dated targets.' },
      ],
      add: [{ number: '3.9', heading: null, text: 'Partners will share their transformation programmes.' }],
    },
  },
  {
    label: 'V5.0',
    dated: '2016-02-26',
    note: 'Amendment to 3.2',
    body: { add: [{ number: '3.2', heading: null, text: 'Decisions will be taken at the lowest appropriate level.' }] },
  },
  {
    label: 'V6.0',
    dated: '2016-02-27',
    note: 'Amendments following CE meeting on the 26 February, to include changing the word "patient" to "citizen".',
    body: { replacePhrases: [{ find: 'patient', replaceWith: 'citizen' }] },
  },
];

const exact = (value: string) => ({ asWritten: null, precision: 'exact', value, assumed: null });
const hashOf = (label: string, sections: unknown) => createHash('sha256').update(canonicalize({ label, sections })!).digest('hex');

describe('Compact versions over HTTP: a version table made by amendments', () => {
  let ledger: LedgerTestApp;
  let compactId: string;
  let lastPosition: number;

  beforeAll(async () => {
    ledger = await LedgerTestApp.start();
    compactId = (
      await ledger
        .as('secretariat')
        .post('/compacts')
        .send({ title: 'An example compact', covers: 'Example' })
        .expect(201)
    ).body.id;
    for (const { label, dated, note, body } of table) {
      lastPosition = (
        await ledger
          .as('secretariat')
          .post(`/compacts/${compactId}/versions`)
          .send({ label, dated, note, ...body })
          .expect(201)
      ).body.position;
    }
  });
  afterAll(() => ledger.stop());

  it('lists the version table with its dates and notes, each with the hash of its canonical text', async () => {
    const versions = (await ledger.as('regulator').get(`/compacts/${compactId}/versions?minPosition=${lastPosition}`).expect(200)).body;
    expect(versions.map((v: { label: string; dated: unknown; note: string }) => [v.label, v.dated, v.note])).toEqual(
      table.map((t) => [t.label.slice(1), exact(t.dated), t.note]),
    );
    for (const version of versions) expect(version.contentHash).toBe(hashOf(version.label, version.sections));
    expect(versions[1].amendment).toMatchObject({ amends: '1', replaced: ['1.2'] });
  });

  it('V6.0 changed the word "patient" to "citizen" throughout, and the compact shows it as current', async () => {
    const v6 = (await ledger.as('partner').get(`/compacts/${compactId}/versions/V6.0`).expect(200)).body;
    const text = v6.sections.map((s: { text: string }) => s.text).join(' ');
    expect(text).toContain('designed around the citizen and their carers, with the citizen at the centre');
    expect(text).not.toMatch(/\bpatient\b/i);
    expect(v6.amendment.phraseReplacements).toEqual([{ find: 'patient', replaceWith: 'citizen', occurrences: 2 }]);
    const compact = (await ledger.as('partner').get(`/compacts/${compactId}`).expect(200)).body;
    expect(compact.currentVersion).toEqual({ label: '6.0', contentHash: v6.contentHash, dated: exact('2016-02-27') });
    expect((await ledger.as('partner').get(`/compacts/${compactId}/versions/6`).expect(200)).body.label).toBe('6.0');
  });

  it('compares any two versions section by section, with word-level changes', async () => {
    const v11to2 = (await ledger.as('secretariat').get(`/compacts/${compactId}/diff?from=1.1&to=2.0`).expect(200)).body;
    expect(v11to2.sections.map((s: { number: string; change: string }) => [s.number, s.change])).toEqual([
      ['2.1', 'added'],
      ['2.4', 'added'],
    ]);
    expect(v11to2.unchanged).toEqual(['1.1', '1.2']);

    const v5to6 = (await ledger.as('secretariat').get(`/compacts/${compactId}/diff?from=V5.0&to=V6.0`).expect(200)).body;
    expect(v5to6.sections.map((s: { number: string }) => s.number)).toEqual(['2.4']);
    const words = v5to6.sections[0].words;
    expect(words.filter((w: { change: string }) => w.change === 'removed').map((w: { text: string }) => w.text.trim())).toEqual(['patient', 'patient']);
    expect(words.filter((w: { change: string }) => w.change === 'added').map((w: { text: string }) => w.text.trim())).toEqual(['citizen', 'citizen']);
  });

  it('refuses, by rule and with nothing appended, a label that is not greater and an amendment of a missing section', async () => {
    const before = await ledger.headPosition();
    const notGreater = await ledger
      .as('secretariat')
      .post(`/compacts/${compactId}/versions`)
      .send({ label: '5.1', dated: '2016-03-01', note: 'late', remove: ['3.9'] })
      .expect(422);
    expect(notGreater.body).toMatchObject({ status: 422, rule: 'version-label-not-greater' });
    const missing = await ledger
      .as('secretariat')
      .post(`/compacts/${compactId}/versions`)
      .send({ label: '7.0', dated: '2016-03-01', note: 'tidy', remove: ['9.9'] })
      .expect(422);
    expect(missing.body.rule).toBe('section-not-found');
    expect(await ledger.headPosition()).toBe(before);
  });

  it.each([
    ['a label that is not a number', { label: 'six', dated: '2016-03-01', note: 'n', remove: ['3.9'] }, 'label'],
    ['a date as on the paper, not ISO', { label: '7.0', dated: '27.2', note: 'n', remove: ['3.9'] }, 'dated'],
    ['both a whole text and an amendment', { label: '7.0', dated: '2016-03-01', note: 'n', sections: intro, remove: ['3.9'] }, 'sections'],
    ['neither a whole text nor an amendment', { label: '7.0', dated: '2016-03-01', note: 'n' }, 'sections'],
    ['a section reference over two lines', { label: '7.0', dated: '2016-03-01', note: 'n', add: [{ number: 'x\ny', text: 't' }] }, 'add[0].number'],
    ['a date with a precision its value does not have', { label: '7.0', dated: { value: '2016', precision: 'exact' }, note: 'n', remove: ['3.9'] }, 'dated'],
    ['an unknown field', { label: '7.0', dated: '2016-03-01', note: 'n', remove: ['3.9'], signedBy: 'me' }, 'signedBy'],
  ])('bad input is 400 naming the field, with nothing appended: %s', async (_name, body, field) => {
    const before = await ledger.headPosition();
    const response = await ledger.as('secretariat').post(`/compacts/${compactId}/versions`).send(body).expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await ledger.headPosition()).toBe(before);
  });

  it('as of a date, the versions dated by then; as recorded before the ledger had any, none', async () => {
    const onTheTwelfth = (await ledger.as('regulator').get(`/compacts/${compactId}/versions?asOf=2016-02-12`).expect(200)).body;
    expect(onTheTwelfth.map((v: { label: string }) => v.label)).toEqual(['1', '1.1', '2.0']);
    await ledger.as('regulator').get(`/compacts/${compactId}/versions/6.0?asOf=2016-02-12`).expect(404);
    await ledger.as('regulator').get(`/compacts/${compactId}/diff?from=1&to=6.0&asOf=2016-02-12`).expect(404);
    expect((await ledger.as('regulator').get(`/compacts/${compactId}/versions?asOf=2020-01-01&axis=recorded`).expect(200)).body).toEqual([]);
    expect((await ledger.as('regulator').get(`/compacts/${compactId}/history?asOf=2020-01-01T00:00:00Z&axis=recorded`).expect(200)).body).toEqual([]);
    const history = (await ledger.as('regulator').get(`/compacts/${compactId}/history?axis=recorded&asOf=${new Date().toISOString()}`).expect(200)).body;
    expect(history.length).toBeGreaterThanOrEqual(1 + table.length);
  });

  it('a version dated only to the month is shown so; as of a day in that month it is dated by then only if placed at its earliest', async () => {
    const added = await ledger
      .as('secretariat')
      .post(`/compacts/${compactId}/versions`)
      .send({ label: '7.0', dated: { asWritten: 'March 2016', value: '2016-03' }, note: 'Tidied', remove: ['3.9'] })
      .expect(201);
    const v7 = (await ledger.as('regulator').get(`/compacts/${compactId}/versions/7.0?minPosition=${added.body.position}`).expect(200)).body;
    expect(v7.dated).toEqual({ asWritten: 'March 2016', precision: 'month', value: '2016-03', assumed: null });
    await ledger.as('regulator').get(`/compacts/${compactId}/versions/7.0?asOf=2016-03-15`).expect(404);
    await ledger.as('regulator').get(`/compacts/${compactId}/versions/7.0?asOf=2016-03-15&assume=earliest`).expect(200);
    await ledger.as('regulator').get(`/compacts/${compactId}/versions/7.0?asOf=2016-03-31`).expect(200);
    const onTheFifteenth = (await ledger.as('regulator').get(`/compacts/${compactId}?asOf=2016-03-15`).expect(200)).body;
    expect(onTheFifteenth.currentVersion.label).toBe('6.0');
    expect(onTheFifteenth.undetermined).toEqual([{ fact: 'version 7.0 dated', factId: expect.any(String), date: v7.dated }]);
    await ledger.as('regulator').get(`/compacts/${compactId}?asOf=2016-03-15&assume=sometime`).expect(400);
  });

  it('the history as of a date before any paper date still begins with the drafting, as the compact on that date exists', async () => {
    await ledger.as('regulator').get(`/compacts/${compactId}?asOf=2010-01-01`).expect(200);
    const history = (await ledger.as('regulator').get(`/compacts/${compactId}/history?asOf=2010-01-01`).expect(200)).body;
    expect(history.map((e: { type: string; revision: number }) => [e.type, e.revision])).toEqual([['CompactDrafted', 0]]);
  });

  it('an unknown version or compact is 404', async () => {
    await ledger.as('secretariat').get(`/compacts/${compactId}/versions/9.0`).expect(404);
    await ledger.as('secretariat').get('/compacts/3f1c1d7e-9a8b-4c1d-8e2f-0a1b2c3d4e5f/versions').expect(404);
    await ledger.as('secretariat').get(`/compacts/${compactId}/diff?from=1&to=9`).expect(404);
  });
});
