import { parseWitnessList, WitnessListError } from '@compact-ledger/witness';

/** What is wrong with the witnesses' configuration (LEDGER_WITNESSES, LEDGER_WITNESS_QUORUM), in one line; null when nothing is. */
export function checkWitnessConfiguration(config: { LEDGER_WITNESSES: string; LEDGER_WITNESS_QUORUM?: number }): string | null {
  let count = 0;
  try {
    count = parseWitnessList(config.LEDGER_WITNESSES).length;
  } catch (error) {
    if (error instanceof WitnessListError) return error.message;
    throw error;
  }
  const quorum = config.LEDGER_WITNESS_QUORUM;
  if (quorum !== undefined && count === 0) return 'LEDGER_WITNESS_QUORUM counts the witnesses of LEDGER_WITNESSES, which names none';
  if (quorum !== undefined && quorum > count) return `LEDGER_WITNESS_QUORUM is ${quorum}, more than the ${count} witnesses of LEDGER_WITNESSES`;
  return null;
}
