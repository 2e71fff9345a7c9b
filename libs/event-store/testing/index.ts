export * from './event-store-contract';
export * from './filesystem-faults';
