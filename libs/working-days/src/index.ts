export * from './england-working-days';
