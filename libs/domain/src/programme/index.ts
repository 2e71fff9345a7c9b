export * from './quarters';
export * from './programme.commands';
export * from './programme.events';
export * from './programme.state';
export * from './programme.evolve';
export * from './programme.decider';
export * from './programme.views';
export * from './programme.codec';
