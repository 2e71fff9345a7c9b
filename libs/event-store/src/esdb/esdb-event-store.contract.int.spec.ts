// A test-only import of the test server (type:testing) into the store's own tests; production code never imports it.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { EsdbTestServer } from '@compact-ledger/esdb-test-server';
import { describeEventStoreContract } from '../../testing';
import { EsdbEventStore } from './esdb-event-store';

/**
 * The shared store contract against EsdbEventStore: on the in-process EventStoreDB
 * test server always, and on a real EventStoreDB when EVENTSTORE_CONNECTION_STRING
 * names one (e.g. esdb://localhost:2113?tls=false from docker compose).
 */
const server = new EsdbTestServer();
beforeAll(async () => {
  await server.start(0);
});
afterAll(async () => {
  await server.stop();
});

// EventStoreDB checks event ids within a stream, not across streams.
describeEventStoreContract('EventStoreDB (in-process test server)', {
  open: async () => new EsdbEventStore({ connectionString: server.connectionString }),
  uniqueEventIdsAcrossStreams: false,
  contiguousPositions: false,
});

const realServer = process.env.EVENTSTORE_CONNECTION_STRING;
if (realServer) {
  describeEventStoreContract(`EventStoreDB at ${realServer}`, {
    open: async () => new EsdbEventStore({ connectionString: realServer }),
    uniqueEventIdsAcrossStreams: false,
    contiguousPositions: false,
  });
} else {
  // Said plainly rather than registered as a skipped test: no server, no run.
  console.log('EventStore contract against a real EventStoreDB skipped: EVENTSTORE_CONNECTION_STRING is not set.');
}
