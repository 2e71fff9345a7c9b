export * from './runner/projection';
export * from './runner/projection-runner';
export * from './runner/read-model-database';
export * from './compact-state/compact-state.projection';
import { compactStateProjection } from './compact-state/compact-state.projection';
import type { Projection } from './runner/projection';

/** Every projection the ledger runs. */
export const allProjections: Projection[] = [compactStateProjection];
