import { DomainRuleViolation } from '../shared/decider';

/**
 * Version labels as the papers write them: `V1`, `V1.1`, `2.0`, `v6.0`.
 *
 * Choice: the leading `V`/`v` is normalised away, and the rest is kept exactly as written,
 * so `V6.0` is stored, hashed and shown as `6.0` and `V1` as `1`. Labels are compared
 * numerically part by part, a missing part counting as 0: `1` < `1.1` < `2.0` < `10.0`, and
 * `2` equals `2.0` (so `2.0` cannot follow `2`). A command may name a version with or without
 * the `V` and with or without trailing `.0`s: `V2`, `2` and `2.0` all name the same version.
 */
const VERSION_LABEL = /^[vV]?(\d+(?:\.\d+)*)$/;

export function isVersionLabel(label: unknown): label is string {
  return typeof label === 'string' && VERSION_LABEL.test(label.trim());
}

/** `V6.0` -> `6.0`; refuses anything that is not digits separated by dots, after an optional V. */
export function normaliseVersionLabel(label: string): string {
  const match = typeof label === 'string' ? VERSION_LABEL.exec(label.trim()) : null;
  if (!match) {
    throw new DomainRuleViolation('invalid-version-label', `version label ${JSON.stringify(label)} is not a number such as 1, 1.1, 2.0 or V6.0`);
  }
  return match[1];
}

/** Negative if a comes before b, positive if after, 0 if they are the same version. */
export function compareVersionLabels(a: string, b: string): number {
  const left = normaliseVersionLabel(a).split('.').map(Number);
  const right = normaliseVersionLabel(b).split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

export function sameVersionLabel(a: string, b: string): boolean {
  return compareVersionLabels(a, b) === 0;
}
