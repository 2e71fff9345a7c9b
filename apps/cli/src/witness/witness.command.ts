import { readFileSync } from 'node:fs';
import { text as readAll } from 'node:stream/consumers';
import { join } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { CheckpointError, NoteError, openCheckpoint, parseVerifierKey } from '@compact-ledger/transparency';
import {
  checkWitnessPolicy,
  createWitnessServer,
  type FollowedLog,
  followedLogsFile,
  FollowedLogsError,
  loadOrCreateWitnessKey,
  nodePolicyCrypto,
  originHash,
  parseFollowedLogs,
  parseWitnessPolicy,
  Witness,
  WitnessKeyError,
  WitnessPolicyError,
  WitnessStateStore,
} from '@compact-ledger/witness';

interface ServeOptions {
  name: string;
  dataDir: string;
  keyFile?: string;
  log: string[];
  config?: string;
  listen: { host: string; port: number };
}

function listenAddress(value: string): { host: string; port: number } {
  const match = /^(?:(.+):)?(\d{1,5})$/.exec(value);
  const port = match ? Number(match[2]) : NaN;
  if (!match || port > 65535) throw new InvalidArgumentError('host:port, or a port (e.g. 127.0.0.1:7380)');
  return { host: match[1]?.replace(/^\[(.*)\]$/, '$1') ?? '127.0.0.1', port };
}

const collect = (value: string, previous: string[]) => [...previous, value];

/**
 * `compact-ledger witness serve`: a C2SP tlog-witness that a partner runs on its own
 * machine, cosigning the ledger's checkpoints only while each extends the last one it
 * cosigned. Its key and state are its own (in --data-dir), not the ledger's.
 */
export function witnessCommand(): Command {
  const witness = new Command('witness').description(
    "a witness of the ledger's log: cosigns checkpoints that extend the last one it cosigned (C2SP tlog-witness)",
  );

  witness
    .command('serve')
    .description(
      'run a witness: POST /add-checkpoint as c2sp.org/tlog-witness says, GET /<origin hash>/checkpoint for monitors; its key and state in --data-dir',
    )
    .requiredOption('--name <name>', "the witness's name, as its cosignatures carry it (e.g. witness.kent-county-council.example)")
    .option('--data-dir <dir>', "the witness's own directory: its key (witness-key) and state (witness.db)", process.env.WITNESS_DATA_DIR ?? './witness-data')
    .option('--key-file <file>', 'the witness key, made there on first start (default <data-dir>/witness-key)')
    .option('--log <entry>', 'a log to follow: "<verifier key> [<origin>]" (the origin is the key\'s name unless given); repeat for more', collect, [])
    .option('--config <file>', 'a file of logs to follow, one "log <verifier key> [<origin>]" a line, # comments')
    .option('--listen <host:port>', 'where to listen', listenAddress, { host: '127.0.0.1', port: 7380 })
    .action(async (options: ServeOptions, command: Command) => {
      let logs: FollowedLog[];
      try {
        const entries = options.log.map((text, i) => ({ text, where: `--log ${i + 1}` }));
        if (options.config) entries.push(...followedLogsFile(readFileSync(options.config, 'utf8'), options.config));
        logs = parseFollowedLogs(entries);
      } catch (error) {
        if (error instanceof FollowedLogsError || (error as NodeJS.ErrnoException).code === 'ENOENT')
          return command.error(`error: ${(error as Error).message}`);
        throw error;
      }
      if (logs.length === 0) return command.error('error: give the logs to follow (--log "<verifier key>", or --config <file>)');

      let signer;
      try {
        signer = await loadOrCreateWitnessKey(options.keyFile ?? join(options.dataDir, 'witness-key'), options.name);
      } catch (error) {
        if (error instanceof WitnessKeyError) return command.error(`error: ${error.message}`);
        throw error;
      }
      const store = new WitnessStateStore(join(options.dataDir, 'witness.db'));
      const say = (level: string, message: string) => process.stdout.write(`${new Date().toISOString()} ${level} ${message}\n`);
      const service = new Witness({ signer, logs, store, log: say });
      const server = createWitnessServer(service, { log: say });
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.listen.port, options.listen.host, () => resolve());
      }).catch((error: Error) => {
        store.close();
        command.error(`error: cannot listen on ${options.listen.host}:${options.listen.port}: ${error.message}`);
      });
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.listen.port;
      const host = options.listen.host.includes(':') ? `[${options.listen.host}]` : options.listen.host;
      process.stdout.write(`witness ${signer.name} listening on http://${host}:${port}\nverifier key ${signer.verifierKey}\n`);
      for (const log of logs) {
        const state = store.get(log.origin);
        process.stdout.write(
          `following ${log.origin} (${log.verifiers.map((v) => v.text).join(', ')}); monitors: /${originHash(log.origin)}/checkpoint; cosigned so far: ${state ? `size ${state.size}` : 'nothing'}\n`,
        );
      }
      const stop = () => {
        server.closeIdleConnections();
        server.close(() => {
          store.close();
          say('info', 'witness stopped');
          process.exit(0);
        });
        setTimeout(() => server.closeAllConnections(), 2000).unref();
      };
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
    });

  witness
    .command('check')
    .description(
      "check a checkpoint against a witness policy: signed by the log, cosigned by enough of the policy's witnesses, each cosignature shown with its time; exit 0 satisfied, 1 not, 2 unusable input",
    )
    .argument('[checkpoint]', 'the checkpoint note: a file, or - (the default) for standard input, e.g. curl <ledger>/ledger/checkpoint | ...', '-')
    .requiredOption('--policy <file>', 'the witness policy: log, witness, group and quorum lines (see libs/witness/README.md)')
    .option('--key <verifier key>', "the log's verifier key, if the policy has no log line")
    .action(async (file: string, options: { policy: string; key?: string }) => {
      const unusable = (message: string) => {
        process.stderr.write(`UNUSABLE: ${message}\n`);
        process.exitCode = 2;
      };
      let note: string;
      let policy;
      let logKey;
      try {
        note = file === '-' ? await readAll(process.stdin) : readFileSync(file, 'utf8');
        policy = parseWitnessPolicy(readFileSync(options.policy, 'utf8'));
        const keyText = options.key ?? policy.log?.text;
        if (!keyText) return unusable("the log's verifier key is needed: a log line in the policy, or --key");
        logKey = parseVerifierKey(keyText);
        if (options.key && policy.log && policy.log.text !== logKey.text) return unusable(`the policy's log key is not the --key given`);
      } catch (error) {
        if (error instanceof WitnessPolicyError || error instanceof NoteError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
          return unusable((error as Error).message);
        }
        throw error;
      }
      try {
        const checkpoint = openCheckpoint(note, logKey);
        const report = await checkWitnessPolicy(note, policy, nodePolicyCrypto);
        const lines = report.cosignatures.map((c) =>
          c.status === 'valid'
            ? `  ${c.label} (${c.name}) cosigned at ${new Date(c.timestamp * 1000).toISOString().replace('.000Z', 'Z')}`
            : `  ${c.label} (${c.name}): ${c.status === 'missing' ? 'no cosignature' : 'its cosignature does not verify'}`,
        );
        const head = `${checkpoint.origin}, the checkpoint of ${checkpoint.size} events (root ${checkpoint.root.toString('base64')}), signed by the log`;
        if (report.satisfied) process.stdout.write(`SATISFIED: ${head}, cosigned as the policy requires (quorum ${report.quorum}):\n${lines.join('\n')}\n`);
        else {
          process.stdout.write(`NOT SATISFIED: ${head}; ${report.reason}\n`);
          process.exitCode = 1;
        }
      } catch (error) {
        // A witness key in the policy whose key id is not its key's: the policy was mistyped.
        if (error instanceof WitnessPolicyError) return unusable(error.message);
        if (error instanceof CheckpointError || error instanceof NoteError) {
          process.stdout.write(`NOT SATISFIED: ${(error as Error).message}\n`);
          process.exitCode = 1;
          return;
        }
        throw error;
      }
    });

  return witness;
}
