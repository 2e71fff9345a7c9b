export * from './shared/decider';
export * from './shared/event-codec';
export * from './streams';
export * from './compact';
export * from './dispute';
export * from './shared/decider-specification';
