// Fault injection for process tests, loaded with NODE_OPTIONS=--require: the ledger
// process kills itself (SIGKILL, as a power cut or the OOM killer would) the moment the
// event store has committed an append whose events carry the correlation id in
// LEDGER_TEST_CRASH_AFTER_APPEND, before any answer is written. Wraps the store's own
// append; nothing else in the process changes.
const path = require('node:path');
const root = path.join(__dirname, '..', '..');
// The compiled store the spawned API loads (npm test builds it first): the same module, so the same prototype.
const { SqliteEventStore } = require(path.join(root, 'dist', 'libs', 'event-store', 'src', 'sqlite', 'sqlite-event-store.js'));

const correlationId = process.env.LEDGER_TEST_CRASH_AFTER_APPEND;
const append = SqliteEventStore.prototype.append;
SqliteEventStore.prototype.append = function (streamId, events, expectedRevision) {
  const committed = append.call(this, streamId, events, expectedRevision);
  if (!events.some((event) => event.metadata.correlationId === correlationId)) return committed;
  return committed.then((result) => {
    process.kill(process.pid, 'SIGKILL');
    return result;
  });
};
