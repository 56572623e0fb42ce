/**
 * The outbox's queue as it is kept in storage (attempt-sync-machine.ts): what waits to be sent, each attempt's next
 * sequence number, and the attempts it is finished with. One queue per signed-in person, under `OUTBOX(userId)`;
 * two tabs of the same person share it, so writing merges this tab's view with what another tab stored.
 */
import type { EventMessage, RecordedScore, StartMessage } from '../lib/attempt-protocol.ts';

/** One request waiting: an attempt's start, or one of its events (the body is the protocol's message as sent). */
export type OutboxItem =
  { kind: 'start'; attemptId: string; body: StartMessage } | { kind: 'event'; attemptId: string; body: EventMessage };

/** An attempt the outbox is finished with: recorded (with its score, when the answer carried it), or refused. */
export type Settled = { score: RecordedScore | null } | { rejection: string };

/** What is kept in storage. */
export interface OutboxState {
  version: 1;
  queue: OutboxItem[];
  /** The next sequence number of each attempt being recorded; 0 once its completion is queued. */
  next: Record<string, number>;
  /** The newest attempts the outbox is finished with. */
  settled: Record<string, Settled>;
}

/** localStorage key of a person's outbox. */
export const OUTBOX = (userId: string) => `rapport:outbox:${userId}`;

export const KEEP_SETTLED = 20;

export const itemKey = (item: OutboxItem) => (item.kind === 'start' ? `start:${item.attemptId}` : item.body.eventId);

export const emptyOutbox = (): OutboxState => ({ version: 1, queue: [], next: {}, settled: {} });

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function validItem(v: unknown): v is OutboxItem {
  if (!isRecord(v) || typeof v.attemptId !== 'string' || !isRecord(v.body)) return false;
  if (v.kind === 'start') return v.body.id === v.attemptId;
  return (
    v.kind === 'event' &&
    typeof v.body.eventId === 'string' &&
    Number.isInteger(v.body.seq) &&
    (v.body.type === 'choice' || v.body.type === 'complete')
  );
}

/** The outbox as stored, or an empty one when there is none or it is unreadable. */
export function readOutbox(storage: Pick<Storage, 'getItem'> | null | undefined, key: string): OutboxState {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return emptyOutbox();
    const v = JSON.parse(raw) as Partial<OutboxState>;
    if (v.version !== 1 || !Array.isArray(v.queue) || !isRecord(v.next) || !isRecord(v.settled)) return emptyOutbox();
    return {
      version: 1,
      queue: v.queue.filter(validItem),
      next: v.next as Record<string, number>,
      settled: v.settled as Record<string, Settled>,
    };
  } catch {
    return emptyOutbox();
  }
}

/** The last `n` entries of a record, in insertion order. */
export const newest = <T>(record: Record<string, T>, n: number): Record<string, T> =>
  Object.fromEntries(Object.entries(record).slice(-n));

/**
 * What to write: this outbox's view of the attempts it knows, and whatever another tab stored for attempts it
 * does not know. A sequence counter never goes down, so events are never numbered twice.
 */
export function mergeOutbox(
  stored: OutboxState,
  ours: OutboxState,
  known: readonly string[],
  sent: readonly string[],
): OutboxState {
  const mine = new Set(known);
  const done = new Set(sent);
  const queued = new Set(ours.queue.map(itemKey));
  const foreign = stored.queue.filter(
    (i) => !mine.has(i.attemptId) && !queued.has(itemKey(i)) && !done.has(itemKey(i)),
  );
  const next: Record<string, number> = {};
  for (const [id, n] of Object.entries(stored.next)) if (!mine.has(id)) next[id] = n;
  for (const [id, n] of Object.entries(ours.next)) {
    const theirs = stored.next[id];
    next[id] = n === 0 || theirs === 0 ? 0 : Math.max(n, theirs ?? 0);
  }
  const settled = newest({ ...stored.settled, ...ours.settled }, KEEP_SETTLED);
  for (const id of Object.keys(settled)) delete next[id];
  return { version: 1, queue: [...ours.queue, ...foreign], next, settled };
}
