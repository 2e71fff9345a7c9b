import { boardEventCodec } from './board.codec';
import { assertCalendarDate } from '../compact/calendar-dates';
import { COMPACT_STATUSES } from '../compact/status-at-date';
import { assertNever, type Decider, DomainRuleViolation, NotFoundInDomain } from '../shared/decider';
import { stableJson } from '../shared/decider-specification';
import type { AdoptTermsOfReference, BoardCommand, BoardCompactSnapshot, EstablishBoard } from './board.commands';
import type { BoardEvent } from './board.events';
import { evolveBoard } from './board.evolve';
import { type Board, type BoardState, currentTermsOfReference, initialBoardState } from './board.state';
import { validateTermsOfReference } from './terms-of-reference';

export type BoardDecider = Decider<BoardCommand, BoardEvent, BoardState>;

/** The board's decider. It needs nothing from outside: the compact's part comes in the commands. */
export const boardDecider: BoardDecider = {
  initialState: initialBoardState,
  evolve: evolveBoard,
  decide: decideBoard,
  decode: boardEventCodec.decode,
};

export function decideBoard(command: BoardCommand, state: BoardState): BoardEvent[] {
  if (command.type === 'EstablishBoard') {
    if (state.kind !== 'none')
      throw new DomainRuleViolation('board-already-established', `board ${state.boardId} (${state.name}) has already been established`);
    return establish(command);
  }
  if (state.kind === 'none') throw new NotFoundInDomain('no board has been established in this stream');
  switch (command.type) {
    case 'AdoptTermsOfReference':
      return adoptTerms(state, command);
    default:
      return assertNever(command);
  }
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function assertText(value: unknown, rule: string, message: string): asserts value is string {
  if (typeof value !== 'string' || value.trim() === '') throw new DomainRuleViolation(rule, message);
}

/** The compact exists, is open on the date (not terminated, superseded or expired). */
function assertCompactOpen(compact: BoardCompactSnapshot | undefined, date: string): asserts compact is BoardCompactSnapshot {
  if (!compact || typeof compact.compactId !== 'string' || compact.compactId.trim() === '') {
    throw new DomainRuleViolation('compact-id-required', 'a board belongs to a compact; the command must carry its snapshot');
  }
  if (!(COMPACT_STATUSES as readonly string[]).includes(compact.compactStatus)) {
    throw new DomainRuleViolation('compact-status-unknown', `${JSON.stringify(compact.compactStatus)} is not a compact status`);
  }
  if (['terminated', 'superseded', 'expired'].includes(compact.compactStatus)) {
    throw new DomainRuleViolation('compact-closed', `${compact.compactTitle} was ${compact.compactStatus} by ${date}; its boards cannot act under it`);
  }
}

function establish({ data }: EstablishBoard): BoardEvent[] {
  if (typeof data.boardId !== 'string' || !SLUG.test(data.boardId)) {
    throw new DomainRuleViolation('board-id-not-a-slug', `board id ${JSON.stringify(data.boardId)} must be lower-case words joined by hyphens`);
  }
  assertCalendarDate(data.establishedOn, 'the date the board was established');
  assertCompactOpen(data.compact, data.establishedOn);
  assertText(data.name, 'board-name-required', 'a board needs a name');
  assertText(data.purpose, 'board-purpose-required', `${data.name} needs its purpose, in the paper's words`);
  const { boardId, name, purpose, establishedOn } = data;
  return [
    {
      type: 'BoardEstablished',
      data: { boardId, compactId: data.compact.compactId, compactTitle: data.compact.compactTitle, name, purpose, establishedOn },
      effectiveAt: establishedOn,
    },
  ];
}

function adoptTerms(board: Board, { data }: AdoptTermsOfReference): BoardEvent[] {
  const terms = data.terms;
  if (!terms) throw new DomainRuleViolation('terms-of-reference-required', 'the command must carry the terms of reference');
  assertText(terms.version, 'terms-version-required', `${board.name}'s terms of reference need a version`);
  assertText(terms.source, 'terms-source-required', `say where version ${terms.version} of ${board.name}'s terms of reference comes from`);
  assertCalendarDate(terms.effectiveOn, `the date version ${terms.version} of the terms of reference takes effect`);
  const used = board.termsOfReference.find((t) => t.version === terms.version);
  if (used)
    throw new DomainRuleViolation(
      'terms-version-repeated',
      `${board.name} already has version ${terms.version} of its terms of reference (from ${used.effectiveOn})`,
    );
  if (terms.effectiveOn < board.establishedOn) {
    throw new DomainRuleViolation(
      'terms-before-board',
      `${board.name} was established on ${board.establishedOn}; its terms cannot take effect on ${terms.effectiveOn}`,
    );
  }
  const current = currentTermsOfReference(board);
  if (current && terms.effectiveOn < current.effectiveOn) {
    throw new DomainRuleViolation(
      'terms-dated-before-previous',
      `version ${terms.version} cannot take effect on ${terms.effectiveOn}, before version ${current.version} (${current.effectiveOn})`,
    );
  }
  assertCompactOpen(data.compact, terms.effectiveOn);
  if (data.compact.compactId !== board.compactId) {
    throw new DomainRuleViolation('compact-mismatch', `${board.name} belongs to ${board.compactId}, not ${data.compact.compactId}`);
  }
  const rules = validateTermsOfReference(terms, Array.isArray(data.compact.members) ? data.compact.members : []);
  if (current) {
    const { version: _v, source: _s, effectiveOn: _e, ...currentRules } = current;
    if (stableJson(currentRules) === stableJson(rules)) {
      throw new DomainRuleViolation('terms-unchanged', `version ${terms.version} says what version ${current.version} says`);
    }
  }
  return [
    {
      type: 'TermsOfReferenceAdopted',
      data: { version: terms.version, source: terms.source, effectiveOn: terms.effectiveOn, ...rules },
      effectiveAt: terms.effectiveOn,
    },
  ];
}
