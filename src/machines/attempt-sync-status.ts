/**
 * How one attempt stands in the outbox (attempt-sync-machine.ts), for the player: saved, saving, offline (and what
 * is waiting), retrying, refused, signed out, or not recorded at all; and the server's score once its completion is
 * acknowledged.
 */
import type { RecordedScore } from '../lib/attempt-protocol.ts';
import { SIGNED_OUT } from './attempt-sync-delivery.ts';
import type { OutboxState } from './attempt-sync-outbox.ts';

/** What of an attempt is waiting to be sent: its start, how many choices, its completion (the reflection). */
export interface Waiting {
  start: boolean;
  choices: number;
  reflection: boolean;
}

export type SyncStatus =
  /** Nothing of this attempt is being recorded (it began before signing in, or was started elsewhere). */
  | { kind: 'not-recorded' }
  | { kind: 'saved' }
  | { kind: 'saving'; waiting: Waiting }
  /** Not reaching the server: the browser is offline, or requests fail before any answer. */
  | { kind: 'offline-not-saved'; waiting: Waiting }
  /** The server answered with an error; trying again. */
  | { kind: 'retrying'; waiting: Waiting }
  | { kind: 'rejected'; message: string }
  | { kind: 'signed-out'; message: string; waiting: Waiting };

/** Just what the status reads of the outbox's snapshot. */
export interface OutboxView {
  context: OutboxState & { signedOut: string | null; lastFailure: 'network' | 'server' | null };
  matches(state: 'signedOut' | 'offline' | 'backoff'): boolean;
}

/** How an attempt stands in the outbox, for the player. */
export function syncStatus(snapshot: OutboxView, attemptId: string): SyncStatus {
  const c = snapshot.context;
  const settled = c.settled[attemptId];
  if (settled) return 'rejection' in settled ? { kind: 'rejected', message: settled.rejection } : { kind: 'saved' };
  const mine = c.queue.filter((i) => i.attemptId === attemptId);
  if (mine.length === 0 && !(attemptId in c.next)) return { kind: 'not-recorded' };
  const waiting: Waiting = {
    start: mine.some((i) => i.kind === 'start'),
    choices: mine.filter((i) => i.kind === 'event' && i.body.type === 'choice').length,
    reflection: mine.some((i) => i.kind === 'event' && i.body.type === 'complete'),
  };
  if (snapshot.matches('signedOut')) return { kind: 'signed-out', message: c.signedOut ?? SIGNED_OUT, waiting };
  if (mine.length === 0) return { kind: 'saved' };
  if (snapshot.matches('offline') || (snapshot.matches('backoff') && c.lastFailure === 'network')) {
    return { kind: 'offline-not-saved', waiting };
  }
  if (snapshot.matches('backoff')) return { kind: 'retrying', waiting };
  return { kind: 'saving', waiting };
}

/** The server's score for a completed attempt once its completion is acknowledged; undefined until then. */
export function recordedScore(
  snapshot: Pick<OutboxView, 'context'>,
  attemptId: string,
): RecordedScore | null | undefined {
  const settled = snapshot.context.settled[attemptId];
  return settled && 'score' in settled ? settled.score : undefined;
}
