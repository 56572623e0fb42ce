/**
 * WAL checkpoints for the SQLite file, on a thread of their own. SQLite checkpoints by itself in whichever
 * connection commits past 1,000 pages of log: that copies the pages into the database file and waits for the
 * disk, all on the event loop's thread (node:sqlite is synchronous), so every request in flight waited several
 * milliseconds about twice a second under load. Here the serving connection never checkpoints; a worker thread
 * with its own connection runs a PASSIVE checkpoint (it never blocks the writer) a few times a second. Durability
 * is unchanged: a commit is durable once its log frames are synced (synchronous=FULL), before any checkpoint.
 */
import type { DatabaseSync } from 'node:sqlite';
import { Worker } from 'node:worker_threads';

/** Plain JavaScript, run with eval so it works the same from the sources and from Astro's bundle. */
const WORKER = `
const { workerData, parentPort } = require('node:worker_threads');
const { DatabaseSync } = require('node:sqlite');
const db = new DatabaseSync(workerData.file, { timeout: 1000 });
db.exec('PRAGMA synchronous = FULL');
const checkpoint = () => {
  try {
    db.exec('PRAGMA wal_checkpoint(PASSIVE)');
  } catch {
    // busy or locked: the next turn tries again
  }
};
const timer = setInterval(checkpoint, workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
`;

/** Starts checkpointing the file's log on a worker thread; the returned function stops it (after a last one). */
export function checkpointOffThread(sqlite: DatabaseSync, file: string, everyMs = 250): () => Promise<void> {
  const worker = new Worker(WORKER, { eval: true, workerData: { file, everyMs } });
  worker.unref();
  // Past this many pages of log, the serving connection checkpoints after all, should the worker fall behind.
  sqlite.exec('PRAGMA wal_autocheckpoint = 20000');
  worker.on('error', (error) => {
    console.error(`SQLite checkpoint thread failed (the server checkpoints by itself again): ${error.message}`);
    try {
      sqlite.exec('PRAGMA wal_autocheckpoint = 1000');
    } catch {
      // the connection is closed already
    }
  });
  return () =>
    new Promise<void>((resolve) => {
      worker.once('exit', () => resolve());
      // Held until it has stopped: unreferenced, a process with nothing else to do would end while waiting here.
      worker.ref();
      worker.postMessage('stop');
      setTimeout(() => void worker.terminate(), 2000).unref();
    });
}
