export * from './shared/decider';
export * from './streams';
export * from './compact';
export * from './dispute';
export * from './shared/decider-specification';
export * from './calendar';
