import { NoteError } from '@compact-ledger/transparency';
import { type CosignatureVerifier, parseCosignatureVerifierKey } from '../cosignature/cosignature';

/** A witness the ledger asks: its verifier key (type 0x04) and its submission prefix. */
export interface WitnessEndpoint {
  verifier: CosignatureVerifier;
  /** The submission prefix: add-checkpoint is POSTed to <url>/add-checkpoint. */
  url: string;
}

export class WitnessListError extends Error {
  override readonly name = 'WitnessListError';
}

/**
 * The ledger's witnesses from the text of LEDGER_WITNESSES: entries separated by
 * commas or newlines, each `<verifier key> <url>` (the witness's name is its key's
 * name; the URL its submission prefix, http or https). Throws one line naming the
 * entry and what is wrong with it.
 */
export function parseWitnessList(text: string, what = 'LEDGER_WITNESSES'): WitnessEndpoint[] {
  const entries = text
    .split(/[,\n]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  const witnesses: WitnessEndpoint[] = [];
  entries.forEach((entry, index) => {
    const where = `${what} entry ${index + 1} (${JSON.stringify(entry.length > 60 ? `${entry.slice(0, 57)}...` : entry)})`;
    const fields = entry.split(/\s+/);
    if (fields.length !== 2) throw new WitnessListError(`${where} is not "<verifier key> <url>"`);
    let verifier: CosignatureVerifier;
    try {
      verifier = parseCosignatureVerifierKey(fields[0]);
    } catch (error) {
      throw new WitnessListError(`${where}: ${error instanceof NoteError ? error.message : String(error)}`);
    }
    let url: URL;
    try {
      url = new URL(fields[1]);
    } catch {
      throw new WitnessListError(`${where}: ${JSON.stringify(fields[1])} is not a URL`);
    }
    if (!['http:', 'https:'].includes(url.protocol) || url.search || url.hash) {
      throw new WitnessListError(`${where}: the URL must be the witness's http(s) submission prefix, with no query or fragment`);
    }
    if (witnesses.some((w) => w.verifier.name === verifier.name)) throw new WitnessListError(`${where}: the witness ${verifier.name} is named twice`);
    witnesses.push({ verifier, url: url.href.replace(/\/+$/, '') });
  });
  return witnesses;
}

/** The LEDGER_WITNESSES entry for a witness (what the demo and the tests write). */
export const witnessListEntry = (verifierKey: string, url: string) => `${verifierKey} ${url}`;
