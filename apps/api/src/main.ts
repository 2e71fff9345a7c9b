import { Logger } from 'nestjs-pino';
import { createLedgerApp } from './bootstrap';
import { ConfigurationError, loadLedgerConfig } from './config/ledger-config';

async function main() {
  const config = loadLedgerConfig();
  const app = await createLedgerApp(config);
  await app.listen(config.PORT, config.HOST);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  app.get(Logger).log(`compact-ledger listening on http://localhost:${port} (store: ${config.LEDGER_STORE}, data: ${config.LEDGER_DATA_DIR})`);
}

main().catch((error: unknown) => {
  // One clear line, then a non-zero exit: a newcomer sees what to fix.
  const message = error instanceof ConfigurationError ? error.message : `failed to start: ${(error as Error).message}`;
  process.stderr.write(`compact-ledger: ${message}\n`);
  process.exit(1);
});
