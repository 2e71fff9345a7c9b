/**
 * npm run demo: loads the five seed compacts, as their papers give them (libs/seed-papers), then the South Nottinghamshire Transformation
 * Board (an illustrative year of meetings) and Haringey and Islington's joint programme, into the ledger running at LEDGER_URL
 * (default http://localhost:3000) through its HTTP API, once, and prints where to
 * look. The token comes from LEDGER_TOKEN, or is signed with the key in
 * LEDGER_DATA_DIR (default ./data) of a ledger in embedded mode on this machine.
 */
import { issueToken, readSigningKey, signingKeyFile } from '@compact-ledger/auth';
import { loadJointProgramme, loadTransformationBoard } from '../test/fixtures/governance';
import { httpLedgerClient, loadSeedCompact, seedCompacts } from '../test/fixtures/seeds';

async function main() {
  const baseUrl = process.env.LEDGER_URL ?? 'http://localhost:3000';
  // Before anything else: is a ledger there? (fetch alone says only "fetch failed".)
  const health = await fetch(new URL('/health', baseUrl), { signal: AbortSignal.timeout(5000) }).catch((error: Error) => error);
  if (health instanceof Error) {
    throw new Error(`no ledger answers at ${baseUrl} (${(health.cause as Error | undefined)?.message ?? health.message}): start it first (npm start), or set LEDGER_URL to where it runs`);
  }
  const token =
    process.env.LEDGER_TOKEN ??
    (await issueToken(await readSigningKey(signingKeyFile(process.env.LEDGER_DATA_DIR ?? './data')), {
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
  process.stdout.write(`\nOpenAPI: ${baseUrl}/docs    token for curl: export TOKEN=$(npx compact-ledger token --sub you --name "You" --role regulator)\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`demo: ${(error as Error).message}\n`);
  process.exit(1);
});
