export * from './dispute.commands';
export * from './dispute.events';
export * from './dispute.state';
export * from './dispute.evolve';
export * from './dispute.decider';
export * from './dispute-compact-snapshot';
export * from './dispute.views';
export * from './escalation-deadlines';
