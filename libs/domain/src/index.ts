export * from './shared/decider';
export * from './streams';
export * from './compact';
export * from './shared/decider-specification';
