import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { isOrganisationSlug } from '@compact-ledger/domain';
import { EsdbEventStore, type EventStore, SqliteEventStore } from '@compact-ledger/event-store';
import { loadOrCreateSigningKey } from '@compact-ledger/auth';
import { ROLES } from '@compact-ledger/auth';
import { issueToken } from '@compact-ledger/auth';
import { witnessCommand } from './witness/witness.command';

function notBlank(value: string): string {
  if (!/\S/.test(value)) throw new InvalidArgumentError('must not be blank');
  return value;
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
      const key = await loadOrCreateSigningKey(options.dataDir);
      process.stdout.write(`${await issueToken(key, { sub: options.sub, name: options.name, role: options.role, org: options.org ?? null }, options.ttl)}\n`);
    });

  program
    .command('verify')
    .description(
      "recompute every event's hash and its link to the one before it, in the ledger's own log; exit 0 when the chain is intact, 2 with the first break",
    )
    .option('--data-dir <dir>', 'the ledger data directory (its events.db)', process.env.LEDGER_DATA_DIR ?? './data')
    .option('--esdb <connection-string>', 'verify the log in EventStoreDB instead (esdb://host:2113?tls=false)')
    .action(async (options: { dataDir: string; esdb?: string }, command: Command) => {
      const file = join(options.dataDir, 'events.db');
      if (!options.esdb && !existsSync(file)) command.error(`error: no event store at ${file}`);
      const store: EventStore = options.esdb ? new EsdbEventStore({ connectionString: options.esdb }) : new SqliteEventStore({ file });
      try {
        const started = performance.now();
        const report = await store.verifyAll();
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        if (report.ok) {
          process.stdout.write(
            `intact: ${report.eventsChecked} events in ${report.streamsChecked} streams, each hash recomputed and linked to the one before (${seconds} s)\n`,
          );
        } else {
          const at = report.firstBreak!;
          process.stdout.write(
            `broken: stream ${at.streamId}, revision ${at.revision}${at.position === null ? '' : `, position ${at.position}`}: ${at.reason} (${at.detail}); ${report.eventsChecked} events checked\n`,
          );
          process.exitCode = 2;
        }
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
