import { placeProblem, type Problem } from './problem';

const problem = (extra: Partial<Problem>): Problem => ({ type: 'urn:x', title: 'T', status: 400, detail: 'd', ...extra });
const fields = ['organisationId', 'signatory.name', 'signatory.role', 'signedOn', 'against'];

describe('placeProblem: a refusal beside the field it concerns', () => {
  it('puts each 400 error beside the field its path names, or the nearest enclosing one', () => {
    const placed = placeProblem(
      problem({
        errors: [
          { field: 'signatory.name', message: 'signatory.name should not be empty' },
          { field: 'against[1]', message: 'against[1] must be an organisation id' },
          { field: 'signedOn', message: 'signedOn must be a date' },
        ],
      }),
      fields,
    );
    expect(placed).toEqual({
      fields: {
        'signatory.name': ['signatory.name should not be empty'],
        against: ['against[1] must be an organisation id'],
        signedOn: ['signedOn must be a date'],
      },
      form: [],
    });
  });

  it('says above the form a 400 error no field of the form holds', () => {
    expect(placeProblem(problem({ errors: [{ field: 'contentHash', message: 'contentHash is wrong' }] }), fields)).toEqual({
      fields: {},
      form: ['contentHash is wrong'],
    });
  });

  it('puts a 422 beside the field its rule concerns, and above the form when the form names no field for it', () => {
    const refusal = problem({ status: 422, rule: 'signature-before-version', detail: 'signature-before-version: too early' });
    // The detail begins with the rule's name, said once above the form; beside the field go the words.
    expect(placeProblem(refusal, fields, { 'signature-before-version': 'signedOn' })).toEqual({ fields: { signedOn: ['too early'] }, form: [] });
    expect(placeProblem(refusal, fields, {})).toEqual({ fields: {}, form: ['too early'] });
    // A rule mapped to a field this form does not have is said above it, not lost.
    expect(placeProblem(refusal, fields, { 'signature-before-version': 'meetingDate' })).toEqual({ fields: {}, form: ['too early'] });
    expect(placeProblem(problem({ status: 422, rule: 'x', detail: 'no prefix' }), fields, { x: 'signedOn' })).toEqual({
      fields: { signedOn: ['no prefix'] },
      form: [],
    });
  });

  it('says a 403 plainly above the form', () => {
    expect(placeProblem(problem({ status: 403, detail: 'Kim acts for kent-county-council, not for secamb' }), fields)).toEqual({
      fields: {},
      form: ['Not allowed: Kim acts for kent-county-council, not for secamb'],
    });
  });
});
