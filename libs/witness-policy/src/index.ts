export * from './witness-policy';
