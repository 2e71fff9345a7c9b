/**
 * npm run demo: loads the five seed compacts into the ledger running at LEDGER_URL
 * (default http://localhost:3000) through its HTTP API, once, and prints where to
 * look. The token comes from LEDGER_TOKEN, or is signed with the key in
 * LEDGER_DATA_DIR (default ./data) of a ledger in embedded mode on this machine.
 */
import { issueToken, readSigningKey, signingKeyFile } from '@compact-ledger/auth';
import { httpLedgerClient, loadSeedCompact, seedCompacts } from '../test/fixtures/seeds';

async function main() {
  const baseUrl = process.env.LEDGER_URL ?? 'http://localhost:3000';
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
      `${loaded ? 'loaded ' : 'already there'}  ${seed.title}\n    ${baseUrl}/compacts/${id}  (/versions, /signatures, /partners, /endorsements, /history)\n`,
    );
  }
  process.stdout.write(`\nOpenAPI: ${baseUrl}/docs    token for curl: export TOKEN=$(npx compact-ledger token --sub you --name "You" --role regulator)\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`demo: ${(error as Error).message}\n`);
  process.exit(1);
});
