/**
 * Back-pressure for a streamed response body. Astro's node adapter writes each chunk of a Response body to the
 * socket without waiting for it to drain, so a slow reader of a long stream (a cohort's CSV) would have the server
 * hold all it had not yet read. serve.ts hands each request `whenWritable` in Astro's locals, and a stream waits on
 * it before making its next chunk: it resolves at once while the socket's buffer has room, else when it drains or the
 * connection closes.
 */
import type { ServerResponse } from 'node:http';

export function whenWritable(res: ServerResponse): () => Promise<void> {
  return () =>
    !res.writableNeedDrain || res.destroyed
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          const done = () => {
            res.off('drain', done);
            res.off('close', done);
            resolve();
          };
          res.on('drain', done);
          res.on('close', done);
        });
}
