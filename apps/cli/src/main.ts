import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { isOrganisationSlug } from '@compact-ledger/domain';
import Database from 'better-sqlite3';
import { type ChainBreak, EsdbEventStore, type EventStore, SqliteEventStore } from '@compact-ledger/event-store';
import { loadOrCreateSigningKey } from '@compact-ledger/auth';
import { ROLES } from '@compact-ledger/auth';
import { issueToken } from '@compact-ledger/auth';
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
    .description("print a bearer token signed with this ledger's embedded key (made in the data directory if it is not there yet)")
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
    .option('--data-dir <dir>', 'the ledger data directory', process.env.LEDGER_DATA_DIR ?? './data')
    .action(async (options: { sub: string; name: string; role: (typeof ROLES)[number]; org?: string; ttl: number; dataDir: string }, command: Command) => {
      if (options.role === 'partner' && options.org === undefined) command.error('error: a partner acts for an organisation: give --org');
      const key = await loadOrCreateSigningKey(options.dataDir, { warn: (line) => process.stderr.write(`compact-ledger: ${line}\n`) });
      process.stdout.write(`${await issueToken(key, { sub: options.sub, name: options.name, role: options.role, org: options.org ?? null }, options.ttl)}\n`);
    });

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
        store = options.esdb ? new EsdbEventStore({ connectionString: options.esdb }) : new SqliteEventStore({ file, busyTimeoutMs: 1000 });
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
              'not seen without a signed checkpoint: events removed from the end of the log or of a stream, a stream\'s last events rewritten with their hashes recomputed\n',
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
