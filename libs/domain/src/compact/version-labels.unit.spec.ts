import { DomainRuleViolation } from '../shared/decider';
import { compareVersionLabels, isVersionLabel, normaliseVersionLabel, sameVersionLabel } from './version-labels';

describe('version labels (000: V1, V1.1, V2.0 ... V6.0)', () => {
  it('normalises the leading V away and keeps the rest as written', () => {
    expect(normaliseVersionLabel('V1')).toBe('1');
    expect(normaliseVersionLabel('v6.0')).toBe('6.0');
    expect(normaliseVersionLabel(' 2.0 ')).toBe('2.0');
  });

  it('orders the Shropshire version table numerically, part by part', () => {
    const table = ['V6.0', 'V1.1', 'V10.0', 'V2.0', 'V1', 'V4.0', 'V3.0', 'V5.0'];
    expect([...table].sort(compareVersionLabels)).toEqual(['V1', 'V1.1', 'V2.0', 'V3.0', 'V4.0', 'V5.0', 'V6.0', 'V10.0']);
    expect(compareVersionLabels('1.10', '1.9')).toBeGreaterThan(0);
  });

  it('treats a missing part as 0, so 2 and V2.0 name the same version', () => {
    expect(sameVersionLabel('2', 'V2.0')).toBe(true);
    expect(sameVersionLabel('2', '2.1')).toBe(false);
  });

  it('refuses a label that is not a dotted number: invalid-version-label', () => {
    expect(isVersionLabel('version 2')).toBe(false);
    expect(() => normaliseVersionLabel('2.x')).toThrow(DomainRuleViolation);
    try {
      normaliseVersionLabel('final');
    } catch (error) {
      expect((error as DomainRuleViolation).rule).toBe('invalid-version-label');
    }
  });
});
