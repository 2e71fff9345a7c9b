export * from './roles';
export * from './signing-key';
export * from './tokens';
