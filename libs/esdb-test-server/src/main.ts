/**
 * Starts the in-process EventStoreDB test server on its own (npm run esdb:dev), on
 * port 2113 (or ESDB_TEST_SERVER_PORT), for trying the API with LEDGER_STORE=esdb
 * where no EventStoreDB can run. Everything it holds is lost when it stops.
 */
import { EsdbTestServer } from './esdb-test-server';
import { KURRENTDB_VERSION } from './kurrentdb';

async function main(): Promise<void> {
  const port = Number(process.env.ESDB_TEST_SERVER_PORT ?? 2113);
  // 0.0.0.0 so that both localhost and 127.0.0.1 reach it.
  const server = new EsdbTestServer({ host: '0.0.0.0' });
  await server.start(port);
  console.log(`EventStoreDB test server (in memory, imitating KurrentDB ${KURRENTDB_VERSION}) listening on port ${server.port}`);
  console.log(`EVENTSTORE_CONNECTION_STRING=esdb://localhost:${server.port}?tls=false`);
  const shutdown = () => {
    void server.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(`cannot start the EventStoreDB test server: ${(error as Error).message}`);
  process.exit(1);
});
