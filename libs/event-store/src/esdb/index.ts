export * from './esdb-event-store';
export type { SubscriptionRetryOptions } from './esdb-all-subscription';
