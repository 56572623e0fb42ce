/**
 * Back-pressure for the streamed CSV (src/server/http/writable.ts, csvByteStream): the next page is not read while
 * the socket has not taken the last, and is read as soon as it drains or the connection closes.
 */
import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { csvByteStream, type CsvChunk } from '../../src/server/services/exports/cohort-csv-stream.ts';
import { whenWritable } from '../../src/server/http/writable.ts';

/** A response whose buffer is full until `drain` is emitted. */
function fullSocket() {
  const res = new EventEmitter() as EventEmitter & { writableNeedDrain: boolean; destroyed: boolean };
  res.writableNeedDrain = true;
  res.destroyed = false;
  return res;
}

describe('whenWritable', () => {
  it('resolves at once while the socket has room, and on drain or close when it has none', async () => {
    const res = fullSocket();
    const wait = whenWritable(res as unknown as ServerResponse);
    let drained = false;
    const first = wait().then(() => (drained = true));
    await new Promise((r) => setImmediate(r));
    expect(drained).toBe(false);
    res.writableNeedDrain = false;
    res.emit('drain');
    await first;
    expect(drained).toBe(true);
    await wait(); // room: at once
    res.writableNeedDrain = true;
    const closed = wait();
    res.emit('close');
    await closed;
    expect(res.listenerCount('drain') + res.listenerCount('close')).toBe(0);
  });
});

describe('csvByteStream with back-pressure', () => {
  it('reads no further page until the socket can take more', async () => {
    let pages = 0;
    const chunks = (async function* (): AsyncGenerator<CsvChunk> {
      for (let i = 0; i < 3; i++) {
        pages += 1;
        yield { text: `page ${i}\r\n`, rows: 1 };
      }
    })();
    let open: () => void = () => {};
    let gate = Promise.resolve();
    const reader = csvByteStream(chunks, () => gate).getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('page 0\r\n');
    expect(pages).toBe(1);
    // The socket is full: asking for the next chunk waits, and reads nothing meanwhile.
    gate = new Promise<void>((resolve) => (open = resolve));
    let got: string | null = null;
    const next = reader.read().then((r) => (got = new TextDecoder().decode(r.value)));
    await new Promise((r) => setTimeout(r, 20));
    expect(got).toBeNull();
    expect(pages).toBe(1);
    open();
    await next;
    expect(got).toBe('page 1\r\n');
    expect(pages).toBe(2);
    await reader.cancel();
  });
});
