import { FormValues } from './form-values';
import { filledRows } from './form-rows';

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
