export * from './terms-of-reference';
export * from './board.commands';
export * from './board.events';
export * from './board.state';
export * from './board.evolve';
export * from './board.decider';
export * from './board-compact-snapshot';
export * from './board.codec';
