/**
 * dynalite in a process of its own (`startEmbeddedDynamo({ ownProcess: true })`): started by
 * `child_process.fork` with its options as JSON in argv[2]. It listens, tells the parent its
 * port over IPC, and closes on the parent's `close` message or when the parent goes away, so
 * the database is never left open by an orphan. Plain JavaScript: it runs without a loader.
 */
import dynalite from 'dynalite';
import { keepParsedExpressions, keepTableDescriptions } from './embedded-tables.mjs';

keepTableDescriptions();
keepParsedExpressions();

const options = JSON.parse(process.argv[2] ?? '{}');
const server = dynalite({
  ...(options.path ? { path: options.path } : {}),
  createTableMs: 0,
  deleteTableMs: 0,
  updateTableMs: 0,
});

let closing;
const close = (graceMs) => {
  closing ??= new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
    if (graceMs !== undefined) setTimeout(() => server.closeAllConnections(), graceMs).unref();
  });
  return closing;
};

process.on('message', async (message) => {
  if (message?.type !== 'close') return;
  await close(message.graceMs);
  process.send?.({ type: 'closed' }, () => process.exit(0));
});
process.on('disconnect', async () => {
  await close(0);
  process.exit(0);
});
// the parent decides when to stop: a Ctrl-C reaching the whole group must not cut writes
process.on('SIGINT', () => {});
process.on('SIGTERM', () => {});

server.once('error', (e) => {
  process.send?.({ type: 'error', message: e.message });
  process.exit(1);
});
server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
  process.send?.({ type: 'listening', port: server.address().port });
});
