export * from './port/event-store.port';
export * from './port/errors';
export * from './envelope/hash-chain';
export * from './envelope/chain-verifier';
export * from './sqlite/sqlite-event-store';
export * from './pipeline/command-pipeline';
