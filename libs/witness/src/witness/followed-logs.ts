import { NoteError, type NoteVerifier, parseVerifierKey } from '@compact-ledger/transparency';

/** A log a witness follows: its origin (the checkpoint's first line) and the keys it trusts to sign for it. */
export interface FollowedLog {
  origin: string;
  verifiers: Array<NoteVerifier & { text: string }>;
}

export class FollowedLogsError extends Error {
  override readonly name = 'FollowedLogsError';
}

/**
 * The logs a witness follows, from `log <verifier key> [<origin>]` entries: the
 * lines of its configuration file (blank lines and # comments left out), or the
 * values of --log. The origin is the key's name unless given; several keys for one
 * origin are all trusted. A bad entry throws naming where it is and what is wrong.
 */
export function parseFollowedLogs(entries: Array<{ text: string; where: string }>): FollowedLog[] {
  const byOrigin = new Map<string, FollowedLog>();
  for (const { text, where } of entries) {
    // An origin may hold spaces (the Go checksum database's is "go.sum database tree"): it is the rest of the line.
    const entry = text.trim().replace(/^log\s+/, '');
    const match = /^(\S+)(?:\s+(.*))?$/.exec(entry);
    if (!match) throw new FollowedLogsError(`${where}: expected "log <verifier key> [<origin>]", got ${JSON.stringify(text.trim())}`);
    let verifier;
    try {
      verifier = parseVerifierKey(match[1]);
    } catch (error) {
      throw new FollowedLogsError(`${where}: ${error instanceof NoteError ? error.message : String(error)}`);
    }
    const origin = match[2]?.trim() || verifier.name;
    const log = byOrigin.get(origin) ?? { origin, verifiers: [] };
    if (!log.verifiers.some((v) => v.text === verifier.text)) log.verifiers.push(verifier);
    byOrigin.set(origin, log);
  }
  return [...byOrigin.values()];
}

/** The `log` lines of a configuration file's text. */
export function followedLogsFile(text: string, file: string): Array<{ text: string; where: string }> {
  const entries: Array<{ text: string; where: string }> = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/(^|\s)#.*/, '').trim();
    if (line === '') return;
    if (!line.startsWith('log '))
      throw new FollowedLogsError(`${file} line ${index + 1}: expected "log <verifier key> [<origin>]", got ${JSON.stringify(line.slice(0, 80))}`);
    entries.push({ text: line, where: `${file} line ${index + 1}` });
  });
  return entries;
}
