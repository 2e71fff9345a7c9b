import { FormValues } from './form-values';
import { filledRows, renumberRows } from './form-rows';

const values = (entries: Array<[string, string]>) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return new FormValues(data);
};

describe('the rows of a repeated part of a form', () => {
  const PARTS = ['targetId', 'text'];

  it('leaves out the blank rows at the end', () => {
    const v = values([
      ['targets.0.targetId', '3.1'],
      ['targets.0.text', 'A target'],
      ['targets.1.targetId', ' '],
      ['targets.1.text', ''],
      ['targets.2.targetId', ''],
    ]);
    expect(filledRows(v, 3, 'targets', PARTS)).toEqual([0]);
  });

  it('keeps a blank row between filled ones, so the API speaks of it at its own index', () => {
    const v = values([
      ['targets.0.targetId', '3.1'],
      ['targets.2.text', 'Only its text'],
    ]);
    expect(filledRows(v, 4, 'targets', PARTS)).toEqual([0, 1, 2]);
  });

  it('gives none where every row is blank, and counts only the parts named', () => {
    const v = values([['targets.0.level', '1']]);
    expect(filledRows(v, 2, 'targets', PARTS)).toEqual([]);
  });
});

describe("a refusal's fields, renumbered to the form's rows", () => {
  const problem = (...fields: string[]) => ({ status: 400, errors: fields.map((field) => ({ field, message: `${field} is wrong` })) });

  it('names the row of the form where rows before it were not sent', () => {
    // Rows 0, 2 and 3 sent (row 1 left out): the API's third seat is the form's fourth.
    const renumbered = renumberRows(problem('seats.2.lead.name', 'seats[0].title', 'version'), 'seats', [0, 2, 3]);
    expect(renumbered?.errors?.map((e) => e.field)).toEqual(['seats.3.lead.name', 'seats.0.title', 'version']);
    expect(renumbered?.errors?.[0].message).toBe('seats.2.lead.name is wrong');
  });

  it('leaves a field outside the rows, or past them, as the API gave it; and an answer without fields as it is', () => {
    expect(renumberRows(problem('seatsNote', 'seats.9.title'), 'seats', [0, 2])?.errors?.map((e) => e.field)).toEqual(['seatsNote', 'seats.9.title']);
    const refusal: { status: number; rule: string; errors?: [] } = { status: 422, rule: 'seat-repeated' };
    expect(renumberRows(refusal, 'seats', [1])).toBe(refusal);
    expect(renumberRows(undefined, 'seats', [1])).toBeUndefined();
  });
});
