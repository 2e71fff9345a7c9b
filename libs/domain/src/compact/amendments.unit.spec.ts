import { replaceWholeWords } from './amendments';

describe('whole-word phrase replacement (000 V6.0: "patient" to "citizen")', () => {
  const patientToCitizen = { find: 'patient', replaceWith: 'citizen' };

  it('replaces whole words only, keeping the case of each', () => {
    const { result, occurrences } = replaceWholeWords('Patient first: every patient, PATIENT voice. Patients and outpatients stay.', patientToCitizen);
    expect(result).toBe('Citizen first: every citizen, CITIZEN voice. Patients and outpatients stay.');
    expect(occurrences).toBe(3);
  });

  it("counts words next to punctuation and quotes ('patient statements', patient-centred)", () => {
    expect(replaceWholeWords("the seven 'patient statements'; patient-centred care", patientToCitizen).result).toBe("the seven 'citizen statements'; citizen-centred care");
  });

  it('matches a phrase of several words across any spacing, and regex characters literally', () => {
    expect(replaceWholeWords('the service  user (s) and service user', { find: 'service user', replaceWith: 'person' }).result).toBe('the person (s) and person');
    expect(replaceWholeWords('costs (a+b) rise, aab too', { find: '(a+b)', replaceWith: 'c' }).result).toBe('costs c rise, aab too');
  });

  it('reports no occurrences when the word is absent', () => {
    expect(replaceWholeWords('outpatients only', patientToCitizen)).toEqual({ result: 'outpatients only', occurrences: 0 });
  });
});
