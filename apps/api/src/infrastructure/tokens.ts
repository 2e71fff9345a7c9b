/** Injection tokens for the ledger's infrastructure. */
export const EVENT_STORE = Symbol('EVENT_STORE');
export const READ_MODEL_DB = Symbol('READ_MODEL_DB');
export const LEDGER_CORE = Symbol('LEDGER_CORE');
