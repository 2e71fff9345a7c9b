import { FieldError, FormValues } from './form-values';

const values = (entries: Array<[string, string]>) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return new FormValues(data);
};

const OUTCOMES = { endorsed: 'Endorsed', declined: 'Declined' } as const;

describe("a form's values as the API takes them", () => {
  it('reads a paper date as written (its form its precision), with the paper’s words, or as not given', () => {
    expect(values([['signedOn', ' 2015-08 ']]).paperDate('signedOn')).toBe('2015-08');
    expect(
      values([
        ['signedOn', '2013-01-25'],
        ['signedOn.asWritten', '25.1'],
      ]).paperDate('signedOn'),
    ).toEqual({ value: '2013-01-25', asWritten: '25.1' });
    expect(
      values([
        ['signedOn', ''],
        ['signedOn.notGiven', 'yes'],
      ]).paperDate('signedOn'),
    ).toEqual({ value: null, asWritten: null });
    // Left blank: sent blank, for the API to refuse and name; an optional date left blank is none.
    expect(values([['signedOn', '']]).paperDate('signedOn')).toBe('');
    expect(values([['expiresOn', '']]).optionalPaperDate('expiresOn')).toBeNull();
  });

  it('gives a choice the API’s type only when it is one of the list’s, and says beside the field when not', () => {
    expect(values([['outcome', 'declined']]).choice('outcome', OUTCOMES)).toBe('declined');
    expect(() => values([['outcome', 'approved']]).choice('outcome', OUTCOMES)).toThrow(new FieldError('outcome', 'Choose one of: Endorsed, Declined'));
    expect(
      values([
        ['o', 'endorsed'],
        ['o', 'declined'],
      ]).choices('o', OUTCOMES),
    ).toEqual(['endorsed', 'declined']);
  });

  it('reads whole numbers and decimals, and says beside the field what is neither', () => {
    expect(values([['months', '24']]).number('months')).toBe(24);
    expect(values([['value', '12.4']]).decimal('value')).toBe(12.4);
    const error = (() => {
      try {
        values([['months', 'two years']]).number('months');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(FieldError);
    expect(error).toMatchObject({ field: 'months', message: 'two years is not a whole number' });
  });
});
