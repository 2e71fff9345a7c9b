export * from './port/event-store.port';
export * from './port/errors';
export * from './envelope/hash-chain';
export * from './envelope/chain-verifier';
export * from './port/validate-append';
export * from './sqlite/sqlite-event-store';
export * from './esdb';
export * from './pipeline/command-pipeline';
export { compiledEntry } from './compiled-entry';
