import { createWriteStream, readFileSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import { SingleBar } from 'cli-progress';
import { type Command, InvalidArgumentError } from 'commander';
import { diffJson } from 'diff';
import { moveIntoPlace, syncFile } from '@compact-ledger/event-store';
import {
  openCheckpoint,
  parseVerifierKey,
  ProofError,
  CheckpointError,
  VERIFY_MJS_PATH,
  verifyCheckpointConsistency,
  NoteError,
} from '@compact-ledger/transparency';

/*
 * The commands that read the ledger's evidence. They talk to a running ledger over
 * HTTP (--url, LEDGER_URL; a bearer token where the route needs one: --token,
 * LEDGER_TOKEN), never to its data directory: a running API holds the directory's
 * lock (one process keeps the read models and evidence files), a regulator has no
 * access to the directory anyway, and through the API an export is authorised and
 * recorded against the person who made it. verify-pack and verify-consistency (with
 * --proof) need no ledger at all.
 */

const DEFAULT_URL = process.env.LEDGER_URL ?? 'http://localhost:3000';

interface Connection {
  url: string;
  token?: string;
}

function wholeNumber(value: string): number {
  if (!/^[0-9]{1,15}$/.test(value)) throw new InvalidArgumentError('a whole number written in decimal digits');
  return Number(value);
}

function uuid(value: string): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) throw new InvalidArgumentError('an id such as 0190d6a4-…');
  return value;
}

/** A failed answer, as its problem details say it. */
class LedgerAnswerError extends Error {}

async function call(connection: Connection, path: string, { auth = false } = {}): Promise<Response> {
  const token = connection.token ?? process.env.LEDGER_TOKEN;
  if (auth && !token) throw new LedgerAnswerError(`${path} needs a bearer token: give --token or set LEDGER_TOKEN (npx compact-ledger token ... makes one)`);
  let response: Response;
  try {
    response = await fetch(new URL(path, connection.url), { headers: auth && token ? { authorization: `Bearer ${token}` } : {} });
  } catch (error) {
    throw new LedgerAnswerError(`cannot reach the ledger at ${connection.url}: ${(error as Error).cause ?? (error as Error).message}`);
  }
  if (!response.ok) {
    const text = await response.text();
    let detail = text;
    try {
      const problem = JSON.parse(text) as { detail?: string; errors?: Array<{ field: string; message: string }> };
      detail = problem.errors?.map((e) => `${e.field}: ${e.message}`).join('; ') || problem.detail || text;
    } catch {
      // Not problem details: the text as it came.
    }
    throw new LedgerAnswerError(`${path}: ${response.status} ${detail}`);
  }
  return response;
}

const connectionOptions = (command: Command, { token = false } = {}) => {
  command.option('--url <url>', 'the running ledger (default LEDGER_URL or http://localhost:3000)', DEFAULT_URL);
  if (token) command.option('--token <token>', 'a bearer token (default LEDGER_TOKEN)');
  return command;
};

const readText = (file: string, what: string) => {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new LedgerAnswerError(`cannot read the ${what} ${file}: ${(error as Error).message}`);
  }
};

/** verify.mjs is an ES module shipped as it is; loaded as one (a plain import() that the CommonJS build leaves alone). */
const importModule = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

interface VerifyModule {
  verifyPack(
    path: string,
    key: unknown,
    options: { progress(checked: number, total: number): void },
  ): Promise<{
    events: number;
    streams: number;
    checkpoint: { origin: string; size: number; rootText: string };
    proofs: string;
    scope: string;
    evidence: number;
    report: boolean;
    subject: string | null;
  }>;
  parseVerifierKey(text: string): { name: string; id: string };
  Invalid: new (...args: unknown[]) => Error;
  Unusable: new (...args: unknown[]) => Error;
}

export function addLedgerCommands(program: Command): void {
  connectionOptions(
    program.command('keys').description("print the ledger's log verifier key (signed-note form), which checks its checkpoints and packs"),
  ).action(async (options: Connection) => {
    const { transparencyLog } = (await (await call(options, '/ledger/keys')).json()) as { transparencyLog: { verifierKey: string } };
    process.stdout.write(`${transparencyLog.verifierKey}\n`);
  });

  connectionOptions(
    program
      .command('checkpoint')
      .description("print the ledger's latest signed checkpoint (C2SP tlog-checkpoint), or an earlier one it kept")
      .option('--size <n>', 'the checkpoint of this tree size', wholeNumber),
  ).action(async (options: Connection & { size?: number }) => {
    process.stdout.write(await (await call(options, `/ledger/checkpoint${options.size === undefined ? '' : `?size=${options.size}`}`)).text());
  });

  connectionOptions(
    program
      .command('proof')
      .description('print the tlog-proof (C2SP) that the event at a global position is in the log')
      .argument('<position>', "the event's global position", wholeNumber)
      .option('--size <n>', 'in the checkpoint of this tree size (default: the latest)', wholeNumber),
  ).action(async (position: number, options: Connection & { size?: number }) => {
    process.stdout.write(await (await call(options, `/ledger/events/${position}/proof${options.size === undefined ? '' : `?size=${options.size}`}`)).text());
  });

  connectionOptions(
    program
      .command('export')
      .description(
        "download a compact's evidence pack (a zip any regulator can check with the verify.mjs inside it); the export is recorded against your token",
      )
      .argument('<compact>', "the compact's id", uuid)
      .option('-o, --output <file>', 'where to write the pack (default evidence-compact-<id>-<checkpoint>.zip)')
      .option('--dispute', 'the id is a dispute: download that dispute’s pack'),
    { token: true },
  ).action(async (id: string, options: Connection & { output?: string; dispute?: boolean }) => {
    const response = await call(options, options.dispute ? `/disputes/${id}/evidence-pack` : `/compacts/${id}/evidence`, { auth: true });
    const named = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1];
    const output = options.output ?? named ?? `evidence-${id}.zip`;
    const partial = `${output}.part`;
    const bar = new SingleBar({
      format: 'exporting {file} | {mb} MB received at {rate} MB/s',
      stream: process.stderr,
      noTTYOutput: false,
      hideCursor: true,
    });
    const started = performance.now();
    let received = 0;
    const tty = process.stderr.isTTY;
    if (tty) bar.start(1, 0, { file: output, mb: '0.0', rate: '0.0' });
    const body = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>);
    body.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (tty) bar.update(0, { mb: (received / 1e6).toFixed(1), rate: (received / 1e6 / ((performance.now() - started) / 1000)).toFixed(1) });
    });
    try {
      await pipeline(body, createWriteStream(partial));
    } catch (error) {
      rmSync(partial, { force: true });
      throw new LedgerAnswerError(`the pack was cut off after ${received} bytes (${(error as Error).message}); nothing was kept`);
    } finally {
      if (tty) bar.stop();
    }
    // The pack is evidence someone will hand on: on disk before the command says it is written.
    await syncFile(partial);
    await moveIntoPlace(partial, output, { replace: true });
    process.stdout.write(
      `${output}: ${received.toLocaleString('en-GB')} bytes, anchored to checkpoint ${response.headers.get('ledger-checkpoint-size')}, export ${response.headers.get('ledger-export-id')}\n` +
        `check it: npx compact-ledger verify-pack ${output} --key "$(npx compact-ledger keys)"   (or node verify.mjs inside it)\n`,
    );
  });

  program
    .command('verify-pack')
    .description(
      'check an evidence pack (zip or unpacked folder) offline, as its verify.mjs does; exit 0 valid, 1 invalid (the first failure named), 2 unusable',
    )
    .argument('<pack>', 'the pack: a .zip, or the folder it was unpacked into')
    .requiredOption('--key <verifier key>', "the ledger's log verifier key, taken from its operator by a channel you trust, never from the pack")
    .action(async (pack: string, options: { key: string }) => {
      const verifier = (await importModule(pathToFileURL(VERIFY_MJS_PATH).href)) as VerifyModule;
      const tty = process.stderr.isTTY;
      const bar = new SingleBar({ format: 'verifying |{bar}| {value}/{total} events', stream: process.stderr, hideCursor: true });
      let started = false;
      try {
        const key = verifier.parseVerifierKey(options.key);
        const result = await verifier.verifyPack(pack, key, {
          progress: (checked, total) => {
            if (!tty) return;
            if (!started) bar.start(total, 0);
            started = true;
            bar.update(checked);
          },
        });
        if (started) {
          bar.update(result.events);
          bar.stop();
        }
        process.stdout.write(
          `VALID: ${pack}\n  ${result.events.toLocaleString('en-GB')} events in ${result.streams} streams${result.subject ? ` (${result.subject})` : ''}, every hash and chain intact\n` +
            `  anchored to checkpoint ${result.checkpoint.origin} #${result.checkpoint.size} root ${result.checkpoint.rootText}, signed by the key given\n` +
            `  ${result.proofs === 'events' ? 'every event' : "each stream's head"} proven in the checkpoint; manifest signed; ${result.evidence} evidence file(s) and the report match their hashes\n`,
        );
      } catch (error) {
        if (started) bar.stop();
        if (error instanceof verifier.Invalid) {
          process.stdout.write(`INVALID: ${(error as Error).message}\n`);
          process.exitCode = 1;
          return;
        }
        process.stderr.write(`UNUSABLE: ${(error as Error).message}\n`);
        process.exitCode = 2;
      }
    });

  program
    .command('verify-consistency')
    .description(
      'check that a newer checkpoint extends an older one (the log only grew): both signed by the key, and the consistency proof (from a running ledger, or a file) leads from one root to the other',
    )
    .argument('<older>', 'a file holding the older checkpoint (a signed note, as GET /ledger/checkpoint gives it)')
    .argument('<newer>', 'a file holding the newer checkpoint (- for standard input)')
    .requiredOption('--key <verifier key>', "the ledger's log verifier key")
    .option('--url <url>', 'fetch the proof from this running ledger (default LEDGER_URL or http://localhost:3000)')
    .option('--proof <file>', 'read the proof from a file instead: the JSON of GET /ledger/proofs/consistency, or one base64 hash a line')
    .action(async (olderFile: string, newerFile: string, options: { key: string; url?: string; proof?: string }) => {
      let key;
      try {
        key = parseVerifierKey(options.key);
      } catch (error) {
        process.stderr.write(`UNUSABLE: the --key: ${(error as Error).message}\n`);
        process.exitCode = 2;
        return;
      }
      const older = readText(olderFile, 'older checkpoint');
      const newer = readText(newerFile, 'newer checkpoint');
      try {
        const [from, to] = [openCheckpoint(older, key).size, openCheckpoint(newer, key).size];
        let text: string;
        if (options.proof) text = readText(options.proof, 'proof');
        else text = await (await call({ url: options.url ?? DEFAULT_URL }, `/ledger/proofs/consistency?from=${from}&to=${to}`)).text();
        const hashes = text.trimStart().startsWith('{') ? (JSON.parse(text) as { hashes: string[] }).hashes : text.split('\n').filter((line) => line.trim());
        verifyCheckpointConsistency(
          older,
          newer,
          hashes.map((h) => Buffer.from(h.trim(), 'base64')),
          key,
        );
        process.stdout.write(`CONSISTENT: the checkpoint of ${to} events extends the checkpoint of ${from}: the log only grew between them\n`);
      } catch (error) {
        if (error instanceof ProofError || error instanceof CheckpointError || error instanceof NoteError) {
          process.stdout.write(`INCONSISTENT: ${error.message}\n`);
          process.exitCode = 1;
          return;
        }
        throw error;
      }
    });

  connectionOptions(
    program
      .command('replay')
      .description("step through a dispute's history in the terminal: each event, who recorded it, when, and what it changed")
      .argument('<dispute>', "the dispute's id", uuid)
      .option('--step', 'wait for Enter after each event'),
    { token: true },
  ).action(async (disputeId: string, options: Connection & { step?: boolean }) => {
    const replay = (await (await call(options, `/disputes/${disputeId}/replay`, { auth: true })).json()) as {
      streamId: string;
      steps: Array<{
        revision: number;
        type: string;
        metadata: { actor: { name: string; role: string; organisation: string | null }; recordedAt: string; effectiveAt: string | null; hash: string };
        state: Record<string, unknown>;
      }>;
      checkpoint: { streamHead: string } | null;
    };
    // Lines read through the interface's iterator, which keeps those typed (or piped) ahead of the prompt.
    const prompt = options.step ? createInterface({ input: process.stdin, terminal: false }) : null;
    const enters = prompt?.[Symbol.asyncIterator]();
    let before: Record<string, unknown> = {};
    try {
      process.stdout.write(`${replay.streamId}: ${replay.steps.length} events\n`);
      for (const step of replay.steps) {
        const { actor, recordedAt, effectiveAt, hash } = step.metadata;
        process.stdout.write(
          `\n#${step.revision} ${step.type}\n  who:  ${actor.name} (${actor.role}${actor.organisation ? `, ${actor.organisation}` : ''})\n` +
            `  when: ${effectiveAt ? `${effectiveAt.slice(0, 10)} on the paper, ` : ''}recorded ${recordedAt}\n  hash: ${hash}\n  what changed:\n`,
        );
        const { revision: _r, ...after } = step.state;
        for (const part of diffJson(before, after)) {
          if (!part.added && !part.removed) continue;
          for (const line of part.value.replace(/\n$/, '').split('\n')) process.stdout.write(`    ${part.added ? '+' : '-'} ${line}\n`);
        }
        before = after;
        if (enters && step !== replay.steps[replay.steps.length - 1]) {
          process.stderr.write('(Enter for the next event) ');
          if ((await enters.next()).done) break;
        }
      }
      if (replay.checkpoint) {
        const stream = /^stream .*$/m.exec(replay.checkpoint.streamHead)?.[0];
        process.stdout.write(`\nthe stream head proven in a signed checkpoint: ${stream}\n`);
      }
    } finally {
      prompt?.close();
    }
  });
}

export { LedgerAnswerError };
