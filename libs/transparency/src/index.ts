export * from './merkle/rfc6962';
export * from './merkle/proofs';
export * from './tiles/tile-store.port';
export * from './tiles/sqlite-tile-store';
export * from './tiles/tile-node-reader';
export * from './tiles/tree-appender';
export * from './note/signed-note';
export * from './note/log-key';
