/**
 * npm run demo: loads the five seed compacts, as their papers give them (libs/seed-papers), then the South Nottinghamshire Transformation
 * Board (an illustrative year of meetings) and Haringey and Islington's joint programme, into the ledger running at LEDGER_URL
 * (default http://localhost:3000) through its HTTP API, once, and prints where to
 * look. The token comes from LEDGER_TOKEN, or is signed with the key in
 * LEDGER_DATA_DIR (default ./data) of a ledger in embedded mode on this machine.
 *
 * npm run demo -- --witnesses (or LEDGER_DEMO_WITNESSES=1): starts three witnesses,
 * one for each of three partners of the South Kent Coast compact, and the ledger
 * itself beside them (configured to ask them), loads the seeds, and shows the
 * checkpoint the three cosigned; it runs until Ctrl-C. See demoWithWitnesses.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { issueToken, readSigningKey, signingKeyFile } from '@compact-ledger/auth';
import { cosignaturesOn, loadOrCreateWitnessKey, parseCosignatureVerifierKey } from '@compact-ledger/witness';
import { loadLedgerLogKey } from '../apps/api/src/ledger/ledger-transparency';
import { loadJointProgramme, loadTransformationBoard } from '../test/fixtures/governance';
import { httpLedgerClient, loadSeedCompact, seedCompactOf, seedCompacts } from '../test/fixtures/seeds';

function workspaceRoot(from = __dirname): string {
  return existsSync(join(from, 'nx.json')) ? from : from === dirname(from) ? process.cwd() : workspaceRoot(dirname(from));
}

async function loadSeeds(baseUrl: string, dataDir: string): Promise<void> {
  const token =
    process.env.LEDGER_TOKEN ??
    (await issueToken(await readSigningKey(signingKeyFile(dataDir)), {
      sub: 'demo',
      name: 'Demo loader',
      role: 'secretariat',
      org: null,
    }));
  const ledger = httpLedgerClient(baseUrl, token);
  for (const seed of seedCompacts) {
    const { id, loaded } = await loadSeedCompact(ledger, seed);
    process.stdout.write(
      `${loaded ? 'loaded ' : 'already there'}  ${seed.draft.title}\n    ${baseUrl}/compacts/${id}  (/versions, /signatures, /partners, /endorsements, /history)\n`,
    );
  }
  // Governance, after the compacts it belongs to: the Transformation Board with an illustrative year, and the joint programme.
  const board = await loadTransformationBoard(ledger);
  process.stdout.write(
    `${board.loaded ? 'loaded ' : 'already there'}  South Nottinghamshire Transformation Board and an illustrative year of meetings\n` +
      `    ${baseUrl}/boards/${board.boardId}  (/decisions, /attendance, /interests)   ${baseUrl}/meetings?boardId=${board.boardId}\n`,
  );
  for (const refusal of board.refusals) process.stdout.write(`    refused, as the script expects (${refusal.rule}): ${refusal.detail}\n`);
  const programme = await loadJointProgramme(ledger);
  process.stdout.write(
    `${programme.loaded ? 'loaded ' : 'already there'}  Haringey and Islington's ${programme.commitments} commitments and ${programme.targets} targets\n` +
      `    ${baseUrl}/compacts/${programme.compactId}/commitments?asOf=2017-07-03&overdue=true   ${baseUrl}/deadlines?asOf=2017-07-03\n`,
  );
}

async function main() {
  const baseUrl = process.env.LEDGER_URL ?? 'http://localhost:3000';
  const dataDir = process.env.LEDGER_DATA_DIR ?? './data';
  if (process.argv.includes('--witnesses') || process.env.LEDGER_DEMO_WITNESSES === '1') return demoWithWitnesses(baseUrl, dataDir);
  // Before anything else: is a ledger there? (fetch alone says only "fetch failed".)
  const health = await fetch(new URL('/health', baseUrl), { signal: AbortSignal.timeout(5000) }).catch((error: Error) => error);
  if (health instanceof Error) {
    throw new Error(
      `no ledger answers at ${baseUrl} (${(health.cause as Error | undefined)?.message ?? health.message}): start it first (npm start), or set LEDGER_URL to where it runs`,
    );
  }
  await loadSeeds(baseUrl, dataDir);
  process.stdout.write(`\nOpenAPI: ${baseUrl}/docs    token for curl: export TOKEN=$(npx compact-ledger token --sub you --name "You" --role regulator)\n`);
}

/**
 * The three partners whose witnesses the demo runs: an NHS trust, a council and the
 * CCG of the South Kent Coast compact. No paper names a witness: the witnesses' names
 * (witness.<organisation id>.example) and their ports are the demo's own.
 */
const WITNESSING_PARTNERS = [
  'east-kent-hospitals-university-foundation-trust',
  'dover-district-council',
  'south-kent-coast-skc-clinical-commissioning-group',
].map((id) => {
  const admitted = seedCompactOf('003').commands.find((c) => c.type === 'AdmitPartner' && c.data.organisationId === id);
  if (admitted?.type !== 'AdmitPartner') throw new Error(`${id} is not a partner of the South Kent Coast compact (seed paper 003)`);
  return admitted.data;
});

function started(child: ChildProcess, what: string, ready: RegExp): Promise<string> {
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not start within 30 s:\n${output}`)), 30_000);
    const look = (chunk: Buffer) => {
      output += chunk;
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve(output);
      }
    };
    child.stdout!.on('data', look);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited ${code}:\n${output}`));
    });
  });
}

async function demoWithWitnesses(baseUrl: string, dataDir: string): Promise<void> {
  const root = workspaceRoot();
  const url = new URL(baseUrl);
  const answering = await fetch(new URL('/health', url)).then(
    () => true,
    () => false,
  );
  if (answering)
    throw new Error(
      `a ledger already answers at ${baseUrl}; with --witnesses the demo starts the ledger itself, configured to ask its witnesses: stop that one first`,
    );

  const children: ChildProcess[] = [];
  const stopAll = () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      process.stdout.write('\nstopping the ledger and the witnesses\n');
      stopAll();
    });
  }

  try {
    // The log's key, made now if the ledger has not made it yet: each witness is told it, as a partner would be by the operator.
    const logKey = loadLedgerLogKey({
      LEDGER_DATA_DIR: dataDir,
      LEDGER_ORIGIN: process.env.LEDGER_ORIGIN,
      LEDGER_LOG_KEY_FILE: process.env.LEDGER_LOG_KEY_FILE,
    });
    const witnessesDir = join(dataDir, 'demo-witnesses');
    const basePort = Number(process.env.LEDGER_DEMO_WITNESS_PORT ?? 7381);
    const witnesses = [];
    for (const [i, partner] of WITNESSING_PARTNERS.entries()) {
      const name = `witness.${partner.organisationId}.example`;
      const dir = join(witnessesDir, partner.organisationId);
      const signer = await loadOrCreateWitnessKey(join(dir, 'witness-key'), name);
      const port = basePort + i;
      const child = spawn(
        process.execPath,
        [
          join(root, 'bin', 'compact-ledger.js'),
          'witness',
          'serve',
          '--name',
          name,
          '--data-dir',
          dir,
          '--log',
          logKey.verifierKey,
          '--listen',
          `127.0.0.1:${port}`,
        ],
        { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      children.push(child);
      await started(child, `the witness of ${partner.name}`, /^following /m);
      witnesses.push({ partner, name, url: `http://127.0.0.1:${port}`, verifierKey: signer.verifierKey, label: partner.organisationId });
      process.stdout.write(`witness of ${partner.name}: ${name} on http://127.0.0.1:${port}\n`);
    }

    const ledger = spawn(process.execPath, [join(root, 'dist', 'apps', 'api', 'src', 'main.js')], {
      cwd: process.cwd(),
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        LEDGER_DATA_DIR: dataDir,
        PORT: url.port || '3000',
        LEDGER_WITNESSES: witnesses.map((w) => `${w.verifierKey} ${w.url}`).join(','),
      },
    });
    children.push(ledger);
    let ledgerOutput = '';
    ledger.stdout!.on('data', (chunk: Buffer) => (ledgerOutput += chunk));
    ledger.stderr!.on('data', (chunk: Buffer) => (ledgerOutput += chunk));
    // Ready when /health answers (its "listening" line is not printed below LOG_LEVEL=info).
    for (const begun = Date.now(); ; await new Promise((resolve) => setTimeout(resolve, 200))) {
      if (ledger.exitCode !== null) throw new Error(`the ledger exited ${ledger.exitCode}:\n${ledgerOutput}`);
      if (Date.now() - begun > 30_000) throw new Error(`the ledger did not answer within 30 s:\n${ledgerOutput}`);
      const up = await fetch(new URL('/health', url)).then(
        (response) => response.ok,
        () => false,
      );
      if (up) break;
    }
    // Its log lines are not the demo's to show (the pipe is read so that it never fills).
    ledger.stdout!.removeAllListeners('data').resume();
    ledger.stderr!.removeAllListeners('data').resume();
    process.stdout.write(`ledger on ${baseUrl}, asking the three witnesses to cosign its checkpoints\n\n`);

    await loadSeeds(baseUrl, dataDir);

    // The checkpoint of the whole log the three cosigned, once they have: a checkpoint follows the last commit within
    // a second, and each witness answers within moments.
    const verifiers = witnesses.map((w) => parseCosignatureVerifierKey(w.verifierKey));
    const head = ((await (await fetch(new URL('/health', url))).json()) as { store: { headPosition: number } }).store.headPosition;
    let note = '';
    for (const begun = Date.now(); Date.now() - begun < 20_000; await new Promise((resolve) => setTimeout(resolve, 250))) {
      note = await (await fetch(new URL('/ledger/checkpoint', url))).text();
      if (note.split('\n')[1] === String(head) && cosignaturesOn(note, verifiers).filter((c) => c.valid).length === witnesses.length) break;
    }
    process.stdout.write(`\nGET ${baseUrl}/ledger/checkpoint, the log's signature and the three witnesses' cosignatures:\n\n${note}\n`);
    for (const found of cosignaturesOn(note, verifiers)) {
      process.stdout.write(`  ${found.name}: ${found.valid ? 'valid' : 'INVALID'}, cosigned at ${new Date(found.timestamp! * 1000).toISOString()}\n`);
    }

    // A witness policy a regulator can give verify.mjs: the log's key, the three witnesses, two of them needed.
    const policyFile = join(witnessesDir, 'partners.policy');
    mkdirSync(witnessesDir, { recursive: true });
    writeFileSync(
      policyFile,
      [
        "# The South Kent Coast partners' witnesses (names made up by the demo); two of the three must have cosigned.",
        `log ${logKey.verifierKey}`,
        ...witnesses.map((w) => `witness ${w.label} ${w.verifierKey} ${w.url}`),
        `group partners 2 ${witnesses.map((w) => w.label).join(' ')}`,
        'quorum partners',
        '',
      ].join('\n'),
    );
    process.stdout.write(
      `\nGET ${baseUrl}/health shows each witness (its cosigned size, time, how far behind).\n` +
        `A witness policy for verify.mjs (2 of the 3): ${policyFile}\n` +
        `    node verify.mjs --policy ${policyFile} <pack.zip>\n` +
        `Stop a witness (kill it) and the ledger still takes commands; /health shows it falling behind.\n` +
        `OpenAPI: ${baseUrl}/docs. Ctrl-C stops the ledger and the witnesses.\n`,
    );
    await new Promise<void>((resolve) => ledger.once('exit', () => resolve()));
  } finally {
    stopAll();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`demo: ${(error as Error).message}\n`);
  process.exit(1);
});
