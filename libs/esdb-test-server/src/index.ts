// EventStoreDB wire-protocol test server: see README.md in this folder.
export * from './esdb-test-server';
export * from './in-memory-log';
export * from './kurrentdb';
