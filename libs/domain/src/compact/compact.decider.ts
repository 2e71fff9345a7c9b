import { assertNever, type Decider, DomainRuleViolation } from '../shared/decider';
import type { CompactCommand } from './compact.commands';
import type { CompactEvent } from './compact.events';
import { type CompactState, initialCompactState } from './compact.state';

export function evolveCompact(state: CompactState, event: CompactEvent): CompactState {
  switch (event.type) {
    case 'CompactDrafted':
      return { status: 'draft', ...event.data };
    default:
      return assertNever(event.type);
  }
}

export function decideCompact(command: CompactCommand, state: CompactState): CompactEvent[] {
  switch (command.type) {
    case 'DraftCompact': {
      if (state.status !== 'none') {
        throw new DomainRuleViolation('compact-already-drafted', `compact ${command.data.compactId} has already been drafted`);
      }
      return [{ type: 'CompactDrafted', data: { ...command.data } }];
    }
    default:
      return assertNever(command.type);
  }
}

export const compactDecider: Decider<CompactCommand, CompactEvent, CompactState> = {
  initialState: initialCompactState,
  evolve: evolveCompact,
  decide: decideCompact,
};
