import type { PaperDate } from './paper-date';

/**
 * The ids of facts that were recorded without one (events stored before every correctable
 * fact carried a `factId`, or a command that left it out), derived from what the fact is, so
 * the codec, the decider and every read model name them alike. A version by its label, a
 * departure by the partner and its date, a coming into force by its version, a closure by
 * its kind; a term and an escalation path, which may repeat, by their place in order.
 */
export const factIds = {
  version: (label: string) => `version-${label}`,
  withdrawal: (organisationId: string, effectiveOn: PaperDate | string) => `withdrawal-${organisationId}-${dateKey(effectiveOn)}`,
  askedToLeave: (organisationId: string, effectiveOn: PaperDate | string) => `asked-to-leave-${organisationId}-${dateKey(effectiveOn)}`,
  inForce: (versionLabel: string) => `in-force-${versionLabel}`,
  termination: () => 'termination',
  supersession: () => 'supersession',
  /** The n-th term set (1, 2, ...). */
  term: (n: number) => `term-${n}`,
  /** The n-th escalation path defined (1, 2, ...). */
  escalationPath: (n: number) => `escalation-path-${n}`,
};

function dateKey(date: PaperDate | string): string {
  return typeof date === 'string' ? date : (date.value ?? 'undated');
}
