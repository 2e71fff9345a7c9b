import { SEED_PAPER_IDS } from '../papers';
import { seedFacts } from '../facts';
import { organisationSlug, seedCompactScript } from './seed-script';

/** Every date in a command: a value of the PaperDate's shape, wherever it sits. */
function datesIn(value: unknown, found: Array<Record<string, unknown>> = []): Array<Record<string, unknown>> {
  if (Array.isArray(value)) value.forEach((v) => datesIn(v, found));
  else if (value !== null && typeof value === 'object') {
    if ('precision' in value && 'value' in value) found.push(value as Record<string, unknown>);
    else Object.values(value).forEach((v) => datesIn(v, found));
  }
  return found;
}

describe('the seeds as the ledger records them, read from the papers', () => {
  it.each(SEED_PAPER_IDS)('%s: every date is the paper\'s words, or says what the ledger assumed and why, or is not given', (id) => {
    for (const command of seedCompactScript(id).commands) {
      for (const date of datesIn(command.data)) {
        const onPaper = date.asWritten !== null;
        const assumed = date.assumed !== null && typeof (date.assumed as { basis?: unknown }).basis === 'string';
        expect({ command: command.type, date, fromThePaper: onPaper || assumed || date.precision === 'not-given' }).toMatchObject({ fromThePaper: true });
      }
    }
  });

  it.each(SEED_PAPER_IDS)('%s: every section of the text the paper carries is a section of the version, each cited once, its numbered paragraphs by their numbers', (id) => {
    const facts = seedFacts(id);
    const versions = seedCompactScript(id).commands.filter((c) => c.type === 'PublishVersion');
    facts.versions.forEach((version, i) => {
      const sections = (versions[i].data as { sections: Array<{ number: string; text: string }> | null }).sections;
      if (version.text === null) return expect(sections).toBeNull();
      expect(sections!.map((s) => s.text)).toEqual(version.text.sections.map((s) => s.text));
      expect(new Set(sections!.map((s) => s.number.toLowerCase())).size).toBe(sections!.length);
      version.text.sections.forEach((section, j) => {
        if (section.reference !== null) expect(sections![j].number === section.reference || sections![j].number.endsWith(`, ${section.reference}`)).toBe(true);
      });
    });
  });

  it.each(SEED_PAPER_IDS)('%s: every partner is admitted under its name on the paper, with the type the paper gives or not-given', (id) => {
    const facts = seedFacts(id);
    const admitted = seedCompactScript(id).commands.filter((c) => c.type === 'AdmitPartner').map((c) => c.data as { organisationId: string; name: string; organisationType: string });
    expect(admitted.map((a) => [a.organisationId, a.name, a.organisationType])).toEqual(facts.partners.map((p) => [organisationSlug(p.name), p.name, p.type.kind ?? 'not-given']));
  });

  it('organisation ids are the names as slugs', () => {
    expect(organisationSlug('Cheshire & Wirral Partnership NHS Foundation Trust')).toBe('cheshire-and-wirral-partnership-nhs-foundation-trust');
    expect(organisationSlug('South Kent Coast (SKC) Clinical Commissioning Group')).toBe('south-kent-coast-skc-clinical-commissioning-group');
  });
});
