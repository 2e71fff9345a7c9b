import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { isOrganisationSlug } from '@compact-ledger/domain';
import Database from 'better-sqlite3';
import { type ChainBreak, type EventStore, SqliteEventStore } from '@compact-ledger/event-store';
import { readSigningKey, signingKeyFile } from '@compact-ledger/auth';
import { ROLES } from '@compact-ledger/auth';
import { issueToken } from '@compact-ledger/auth';
import { addLedgerCommands } from './ledger-commands';
import { witnessCommand } from './witness/witness.command';

function notBlank(value: string): string {
  if (!/\S/.test(value)) throw new InvalidArgumentError('must not be blank');
  return value;
}

function describeBreak(at: ChainBreak): string {
  if (at.revision < 0) return `${at.detail} (${at.reason})`;
  return `stream ${at.streamId}, revision ${at.revision}${at.position === null ? '' : `, position ${at.position}`}: ${at.reason} (${at.detail})`;
}

/**
 * The read models beside the log record how far they have applied it: a log that ends
 * before that has lost its last events (or the read models come from another log). The
 * one witness to the end of the log the data directory holds, short of a signed checkpoint.
 */
function tailMissing(dataDir: string, head: number): string | null {
  const file = join(dataDir, 'read-models.db');
  if (!existsSync(file)) return null;
  let applied: number;
  try {
    const readModels = new Database(file, { readonly: true, fileMustExist: true });
    try {
      applied = readModels.prepare('SELECT coalesce(max(position), 0) FROM projection_checkpoints').pluck().get() as number;
    } finally {
      readModels.close();
    }
  } catch {
    // Read models that cannot be read witness nothing.
    return null;
  }
  return applied > head
    ? `the log ends at position ${head}, but the read models in the data directory have applied it up to position ${applied}: events at the end of the log are missing (or the read models come from another log)`
    : null;
}

/** The `compact-ledger` command line. */
export function createCli(): Command {
  const program = new Command('compact-ledger').description('Event-sourced governance ledger for health and care partnership compacts').showHelpAfterError();

  program
    .command('token')
    .description(
      'print a bearer token signed with the token-signing key of a ledger in embedded mode (in its data directory; the ledger makes it on its first start), after checking that the ledger at --url signs with the same key',
    )
    .requiredOption('--sub <id>', 'subject: a stable id for the person', notBlank)
    .requiredOption('--name <name>', 'display name, recorded as the actor of every event', notBlank)
    .addOption(new Option('--role <role>', 'ledger role').choices([...ROLES]).makeOptionMandatory())
    .option('--org <org>', 'organisation the person acts for (partners act for their own only), an id such as kent-county-council', (value) => {
      if (!isOrganisationSlug(value)) throw new InvalidArgumentError('an organisation id: lower-case words joined by hyphens');
      return value;
    })
    .option(
      '--ttl <seconds>',
      'lifetime in seconds',
      (value) => {
        const seconds = Number(value);
        if (!Number.isInteger(seconds) || seconds < 60 || seconds > 30 * 86400) throw new InvalidArgumentError('a whole number of seconds from 60 to 2592000');
        return seconds;
      },
      8 * 3600,
    )
    .option('--data-dir <dir>', "the running ledger's data directory (LEDGER_DATA_DIR)", process.env.LEDGER_DATA_DIR ?? './data')
    .option('--url <url>', 'the running ledger, asked which key it signs with (LEDGER_URL)', process.env.LEDGER_URL ?? 'http://localhost:3000')
    .action(
      async (
        options: { sub: string; name: string; role: (typeof ROLES)[number]; org?: string; ttl: number; dataDir: string; url: string },
        command: Command,
      ) => {
        if (options.role === 'partner' && options.org === undefined) command.error('error: a partner acts for an organisation: give --org');
        const file = resolve(signingKeyFile(options.dataDir));
        // Never made here: a key made by this command would be one no running ledger knows.
        if (!existsSync(file)) {
          command.error(
            `error: no token-signing key at ${file}. The ledger makes it in its data directory on its first start: start it (npm start), or give the data directory of the ledger you run (--data-dir, or LEDGER_DATA_DIR as it was started with)`,
          );
        }
        const key = await readSigningKey(file);
        const running = await keysOfRunningLedger(options.url);
        if (running.kind === 'answered' && !running.kids.includes(key.kid)) {
          command.error(
            `error: the ledger at ${options.url} does not sign with the key in ${file} (key ${key.kid}): it runs on another data directory. Give that one (--data-dir, or LEDGER_DATA_DIR as it was started with)`,
          );
        }
        if (running.kind === 'no-answer') {
          process.stderr.write(`compact-ledger: no ledger answered at ${options.url}; the token is signed with the key in ${file}\n`);
        }
        process.stdout.write(`${await issueToken(key, { sub: options.sub, name: options.name, role: options.role, org: options.org ?? null }, options.ttl)}\n`);
      },
    );

  program
    .command('verify')
    .description(
      "recompute every event's hash and its link to the one before it in its stream, check that the global positions run from 1 without a gap and that each stream's events come in the global order, and that the log reaches as far as the read models beside it have seen; exit 0 when all hold, 2 with what breaks. Without a signed checkpoint it cannot see events removed from the end of the log (or of a stream) that nothing else recorded, nor a stream's last events rewritten with their hashes recomputed",
    )
    .option('--data-dir <dir>', 'the ledger data directory (its events.db)', process.env.LEDGER_DATA_DIR ?? './data')
    .option('--esdb <connection-string>', 'verify the log in EventStoreDB instead (esdb://host:2113?tls=false)')
    .action(async (options: { dataDir: string; esdb?: string }, command: Command) => {
      const file = join(options.dataDir, 'events.db');
      if (!options.esdb && !existsSync(file)) command.error(`error: no event store at ${file}`);
      let store: EventStore;
      try {
        // A running API holds its files for its process alone: the open finds them locked, and says so at once.
        store = options.esdb ? new (await import('@compact-ledger/event-store/esdb')).EsdbEventStore({ connectionString: options.esdb }) : new SqliteEventStore({ file, busyTimeoutMs: 1000 });
      } catch (error) {
        if (!/database is locked/.test((error as Error).message)) throw error;
        // Not a usage error: no help after it.
        process.stderr.write(
          `compact-ledger: ${file} is held by a running compact-ledger API (it keeps its files to itself); its own chain check is in GET /health (store.chain), or stop it and verify here\n`,
        );
        process.exitCode = 1;
        return;
      }
      try {
        const started = performance.now();
        const report = await store.verifyAll();
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        const lost = options.esdb ? null : tailMissing(options.dataDir, await store.headPosition());
        if (report.ok && !lost) {
          process.stdout.write(
            `intact: ${report.eventsChecked} events in ${report.streamsChecked} streams, each hash recomputed and linked to the one before${options.esdb || report.eventsChecked === 0 ? '' : `, global positions 1-${report.eventsChecked} without a gap, each stream in the global order`} (${seconds} s)\n` +
              "not seen without a signed checkpoint: events removed from the end of the log or of a stream, a stream's last events rewritten with their hashes recomputed\n",
          );
          return;
        }
        if (lost) process.stdout.write(`broken: ${lost}\n`);
        const [first, ...others] = report.breaks ?? (report.firstBreak ? [report.firstBreak] : []);
        if (first) process.stdout.write(`broken: ${describeBreak(first)}; ${report.eventsChecked} events checked\n`);
        for (const other of others) process.stdout.write(`also broken: ${describeBreak(other)}\n`);
        process.exitCode = 2;
      } finally {
        await store.close();
      }
    });

  addLedgerCommands(program);
  program.addCommand(witnessCommand());

  return program;
}

if (require.main === module) {
  createCli()
    .parseAsync(process.argv)
    .catch((error: unknown) => {
      process.stderr.write(`compact-ledger: ${(error as Error).message}\n`);
      process.exit(1);
    });
}

/** The key ids the ledger at `url` signs tokens with (its JWKS at /ledger/keys), or that none answered within a second. */
async function keysOfRunningLedger(url: string): Promise<{ kind: 'answered'; kids: string[] } | { kind: 'no-answer' }> {
  try {
    const response = await fetch(new URL('/ledger/keys', url), { signal: AbortSignal.timeout(1000) });
    if (!response.ok) return { kind: 'no-answer' };
    const jwks = (await response.json()) as { keys?: Array<{ kid?: string }> };
    return { kind: 'answered', kids: (jwks.keys ?? []).map((k) => k.kid).filter((kid): kid is string => typeof kid === 'string') };
  } catch {
    return { kind: 'no-answer' };
  }
}
