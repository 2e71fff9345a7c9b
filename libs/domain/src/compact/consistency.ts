import { DomainRuleViolation } from '../shared/decider';
import type { Compact } from './compact.state';
import { assertMeetingAfterVersion } from './endorsements';
import { certainlyBefore, certainlyOnOrBefore, describeDate, type PaperDate } from './paper-date';
import { assertMemberOn, nameOf } from './partners';
import { assertSignatureDateWithinVersion } from './signatures';
import { validateTerm } from './terms';

/** A rule the compact as it stands breaks, and the facts it concerns (so a correction is refused only for what it breaks). */
export interface Violation {
  key: string;
  error: DomainRuleViolation;
}

/**
 * Every rule between the compact's dated facts, checked over the whole compact: the rules each
 * command checks as it records its fact, for the record as corrections leave it. Each is broken
 * only by what is certainly wrong: dates known only to a span are compared by every day they
 * may fall on.
 */
export function checkCompact(compact: Compact): Violation[] {
  const found: Violation[] = [];
  const check = (key: string, rule: () => void) => {
    try {
      rule();
    } catch (error) {
      if (error instanceof DomainRuleViolation) found.push({ key: `${error.rule}:${key}`, error });
      else throw error;
    }
  };
  const fail = (rule: string, message: string) => {
    throw new DomainRuleViolation(rule, message);
  };

  compact.versions.forEach((version, i) => {
    const previous = compact.versions[i - 1];
    check(version.factId, () => {
      if (previous && certainlyBefore(version.dated, previous.dated)) {
        fail('version-dated-before-previous', `version ${version.label} is dated ${describeDate(version.dated)}, before version ${previous.label} (${describeDate(previous.dated)})`);
      }
    });
  });

  for (const signature of compact.signatures) {
    const index = compact.versions.findIndex((v) => v.label === signature.versionLabel);
    check(signature.factId, () => {
      const partner = assertMemberOn(compact.partners, signature.organisationId, signature.signedOn);
      if (index >= 0) assertSignatureDateWithinVersion(compact.versions, index, signature.signedOn, partner.name);
    });
  }

  for (const meeting of [...compact.endorsements, ...compact.endorsementRequests]) {
    const version = compact.versions.find((v) => v.label === meeting.versionLabel);
    check(meeting.factId, () => {
      if (meeting.organisationId !== null) assertMemberOn(compact.partners, meeting.organisationId, meeting.meetingDate);
      if (version) assertMeetingAfterVersion(version, meeting.meetingDate, meeting.boardName);
    });
  }

  for (const partner of Object.values(compact.partners)) {
    partner.memberships.forEach((period, i) => {
      const before = partner.memberships[i - 1];
      check(period.admissionFactId, () => {
        if (before?.until && certainlyBefore(period.from, before.until)) {
          fail('readmission-before-departure', `${partner.name} left on ${describeDate(before.until)}; it cannot have been admitted again on ${describeDate(period.from)}`);
        }
        if (period.until && certainlyOnOrBefore(period.until, period.from)) {
          fail('departure-before-admission', `${partner.name} joined on ${describeDate(period.from)}; it cannot have left on ${describeDate(period.until)}`);
        }
        if (period.until && period.ending?.kind === 'withdrew' && certainlyBefore(period.until, period.ending.noticeGivenOn)) {
          fail(
            'withdrawal-before-notice',
            `${partner.name}'s withdrawal cannot take effect (${describeDate(period.until)}) before its notice (${describeDate(period.ending.noticeGivenOn)})`,
          );
        }
      });
    });
  }

  compact.inForce.forEach((record, i) => {
    const index = compact.versions.findIndex((v) => v.label === record.versionLabel);
    const version = compact.versions[index];
    const next = compact.versions[index + 1];
    const previous = compact.inForce[i - 1];
    check(record.factId, () => {
      if (version && certainlyBefore(record.effectiveOn, version.dated)) {
        fail('in-force-before-version', `version ${version.label} is dated ${describeDate(version.dated)}; it cannot have come into force on ${describeDate(record.effectiveOn)}`);
      }
      if (previous && record.rule === 'explicit-decision' && certainlyBefore(record.effectiveOn, previous.effectiveOn)) {
        fail('in-force-before-previous', `version ${previous.versionLabel} came into force on ${describeDate(previous.effectiveOn)}; version ${record.versionLabel} cannot come into force before it`);
      }
      if (next && certainlyOnOrBefore(next.dated, record.effectiveOn)) {
        fail('version-dated-before-in-force', `version ${record.versionLabel} came into force on ${describeDate(record.effectiveOn)}, so version ${next.label} cannot be dated ${describeDate(next.dated)}`);
      }
    });
  });

  compact.terms.forEach((term) => check(term.factId ?? 'term', () => validateTerm(term)));

  compact.escalationPaths.forEach((path, i) => {
    const previous = compact.escalationPaths[i - 1];
    check(path.factId, () => {
      if (previous && certainlyBefore(path.effectiveOn, previous.effectiveOn)) {
        fail('escalation-path-dated-before-previous', `the escalation path cannot take effect on ${describeDate(path.effectiveOn)}, before the one before it (${describeDate(previous.effectiveOn)})`);
      }
    });
  });

  const closure = compact.closure;
  if (closure) {
    for (const fact of datedFacts(compact)) {
      check(`${closure.factId}:${fact.factId}`, () => {
        if (certainlyOnOrBefore(closure.effectiveOn, fact.date)) {
          fail('closure-before-recorded-facts', `${fact.what} on ${describeDate(fact.date)}, so the compact cannot have been ${closure.kind} on ${describeDate(closure.effectiveOn)}`);
        }
      });
    }
  }
  return found;
}

/** The rules broken in `after` that were not broken in `before`, first found first. */
export function newViolations(before: Compact, after: Compact): DomainRuleViolation[] {
  const already = new Set(checkCompact(before).map((v) => v.key));
  return checkCompact(after)
    .filter((v) => !already.has(v.key))
    .map((v) => v.error);
}

/** Every dated fact the ledger holds (a closure is refused on or before any of them). */
export function datedFacts(compact: Compact): Array<{ factId: string; date: PaperDate; what: string }> {
  return [
    ...compact.versions.map((v) => ({ factId: v.factId, date: v.dated, what: `version ${v.label} is dated` })),
    ...compact.signatures.map((s) => ({ factId: s.factId, date: s.signedOn, what: `${nameOf(compact.partners, s.organisationId)} signed version ${s.versionLabel}` })),
    ...compact.endorsements.map((e) => ({ factId: e.factId, date: e.meetingDate, what: `${e.boardName} met on version ${e.versionLabel}` })),
    ...compact.endorsementRequests.map((e) => ({ factId: e.factId, date: e.meetingDate, what: `${e.boardName} was asked to endorse version ${e.versionLabel}` })),
    ...compact.inForce.map((r) => ({ factId: r.factId, date: r.effectiveOn, what: `version ${r.versionLabel} came into force` })),
    ...Object.values(compact.partners).flatMap((p) =>
      p.memberships.flatMap((m) => [
        { factId: m.admissionFactId, date: m.from, what: `${p.name} joined` },
        ...(m.until === null || m.ending === null ? [] : [{ factId: m.ending.factId, date: m.until, what: `${p.name} left` }]),
      ]),
    ),
  ];
}
