// A test-only import of the test server (type:testing) into the store's own tests; production code never imports it.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { EsdbTestServer } from '@compact-ledger/esdb-test-server';
import { describeEventStoreContract } from '../../testing';
import { EsdbEventStore } from './esdb-event-store';

/**
 * The shared store contract against EsdbEventStore: on the in-process EventStoreDB test
 * server always, by both append routes (Streams.BatchAppend, which the client takes on
 * every server since 21.10, and Streams.Append), and on a real EventStoreDB when
 * EVENTSTORE_CONNECTION_STRING names one (e.g. esdb://localhost:2113?tls=false from
 * docker compose).
 */
describe.each([
  ['Streams.BatchAppend', true],
  ['Streams.Append', false],
])('on the in-process test server, appending by %s', (route, batchAppend) => {
  const server = new EsdbTestServer({ batchAppend });
  beforeAll(async () => {
    await server.start(0);
  });
  afterAll(async () => {
    await server.stop();
    // The whole suite went by the route it names.
    expect(server.appendsByRoute[batchAppend ? 'batchAppend' : 'append']).toBeGreaterThan(0);
    expect(server.appendsByRoute[batchAppend ? 'append' : 'batchAppend']).toBe(0);
  });

  // EventStoreDB checks event ids within a stream, not across streams.
  describeEventStoreContract(`EventStoreDB (in-process test server, ${route})`, {
    open: async () => new EsdbEventStore({ connectionString: server.connectionString }),
    uniqueEventIdsAcrossStreams: false,
    contiguousPositions: false,
    cutConnectionAfterAppends: (appends) => server.dropConnectionsAfter(appends, 100),
  });
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
