export * from './cosignature/cosignature';
export * from './cosignature/witness-key';
export * from './protocol/add-checkpoint';
export * from './witness/followed-logs';
export * from './witness/witness-state-store';
export * from './witness/witness';
export * from './witness/witness-server';
export * from './coordinator/witness-list';
export * from './coordinator/cosignature-store';
export * from './coordinator/witness-coordinator';
// The policy rules are their own library (pure, for the web verifier too); re-exported here for the ledger's users.
export * from '@compact-ledger/witness-policy';
export * from './policy/node-policy-crypto';
