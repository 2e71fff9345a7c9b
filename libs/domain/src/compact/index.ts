export * from './compact.commands';
export * from './compact.events';
export * from './compact.state';
export * from './compact.decider';
