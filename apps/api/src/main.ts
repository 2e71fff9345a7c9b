import { accessSync, constants, mkdirSync } from 'node:fs';
import { ConfigurationError, type LedgerConfig, loadLedgerConfig } from './config/ledger-config';

/** The data directory, made if missing, must be writable: otherwise the first file SQLite opens fails without naming it. */
function prepareDataDirectory(config: LedgerConfig): void {
  try {
    mkdirSync(config.LEDGER_DATA_DIR, { recursive: true });
    accessSync(config.LEDGER_DATA_DIR, constants.R_OK | constants.W_OK);
  } catch (error) {
    throw new ConfigurationError(
      `LEDGER_DATA_DIR ${config.LEDGER_DATA_DIR} cannot be made or written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
}

async function main() {
  const config = loadLedgerConfig();
  prepareDataDirectory(config);
  // The application's modules load only once the configuration is known to be good: a bad one is named at once.
  const [{ createLedgerApp }, { Logger }] = await Promise.all([import('./bootstrap'), import('nestjs-pino')]);
  const app = await createLedgerApp(config);
  try {
    await app.listen(config.PORT, config.HOST);
  } catch (error) {
    // Close what the app opened (the store, the read models), so no WAL is left behind.
    await app.close();
    throw new ConfigurationError(`cannot listen on HOST ${config.HOST}, PORT ${config.PORT}: ${(error as Error).message}`);
  }
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
