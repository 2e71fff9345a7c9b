export * from './merkle/rfc6962';
export * from './merkle/proofs';
