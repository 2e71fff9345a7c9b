import { parseWitnessList, WitnessListError } from '@compact-ledger/witness';

/** What is wrong with LEDGER_WITNESSES, in one line naming the entry; null when nothing is. */
export function checkWitnessConfiguration(config: { LEDGER_WITNESSES: string }): string | null {
  try {
    parseWitnessList(config.LEDGER_WITNESSES);
    return null;
  } catch (error) {
    if (error instanceof WitnessListError) return error.message;
    throw error;
  }
}
