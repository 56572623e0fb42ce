/**
 * The outbox that records a signed-in trainee's attempts on the server (the protocol is in
 * src/server/services/attempts.ts): every start, choice and completion becomes a request in one ordered
 * queue, saved to storage at once so a reload or a closed tab loses nothing, and sent one at a time.
 *
 *   idle ⇄ sending → backoff (network failure or a server error; retried, sooner when the browser comes
 *   back online) · offline (the browser says it is offline; waits for `network.online`) · signedOut (401;
 *   the queue is kept for when the trainee signs in again).
 *
 * The outbox numbers each attempt's events (seq 1, 2, 3…) and gives each an id when it is queued, so a
 * request sent twice is recognised by the server: 200 for a duplicate counts as sent, and so does 409 with
 * an `expectedSeq` past the event's (recorded before the answer was lost). Any other refusal (400, 404,
 * 409, 422) stops that attempt: its waiting events are dropped and the reason is kept for the player.
 * The completion's answer carries the server's score, kept for the debrief.
 */
import { assign, fromCallback, fromPromise, setup, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import type { Mode } from './progress-store.ts';
import type { AttemptChoice, AttemptRecorder, AttemptStart } from './recorder.ts';

export interface StartBody {
  id: string;
  scenario: string;
  storyHash: string;
  mode: Mode;
  assignmentId?: string;
  /** Seeds the order the options were shown in (src/engine/option-order.ts). */
  seed?: string;
}

export type EventBody =
  | { eventId: string; seq: number; type: 'choice'; point: number; index: number; text: string }
  | { eventId: string; seq: number; type: 'complete'; reflection: string };

export type OutboxItem = { kind: 'start'; attemptId: string; body: StartBody } | { kind: 'event'; attemptId: string; body: EventBody };

/** The score the server gave a completed attempt (it replays the choices; it never reads the browser's). */
export interface RecordedScore {
  status: string;
  overall: number | null;
  band: string | null;
  domains: { id: string; name: string; score: number | null }[];
}

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

export interface SyncContext extends OutboxState {
  online: boolean;
  /** Failed tries of the item at the head of the queue since the last success. */
  failures: number;
  lastFailure: 'network' | 'server' | null;
  /** Set when the server says nobody is signed in; sending stops until `outbox.retry`. */
  signedOut: string | null;
  /** Attempts this outbox has loaded or recorded: in storage, its view of them wins over another tab's. */
  known: string[];
  /** Keys of items acknowledged while this page was open. */
  sent: string[];
  /** False when the queue could not be written to storage (it is still sent from memory). */
  persisted: boolean;
}

export type SyncEvent =
  | ({ type: 'attempt.start' } & AttemptStart)
  | ({ type: 'attempt.choice'; attemptId: string } & AttemptChoice)
  | { type: 'attempt.complete'; attemptId: string; reflection: string }
  | { type: 'network.online' }
  | { type: 'network.offline' }
  | { type: 'outbox.retry' };

export type Outcome =
  | { kind: 'sent'; score: RecordedScore | null }
  | { kind: 'retry'; reason: 'network' | 'server' }
  | { kind: 'rejected'; message: string }
  | { kind: 'signed-out'; message: string };

/** Just what the outbox reads of a fetch response. */
export interface ResponseLike {
  status: number;
  json(): Promise<unknown>;
}

export interface SyncDeps {
  fetch: (url: string, init: RequestInit) => Promise<ResponseLike>;
  /** Where the queue is kept (localStorage); none keeps it in memory only. */
  storage?: Pick<Storage, 'getItem' | 'setItem'> | null;
  /** The storage key: one queue per signed-in person. */
  key: string;
  /** A fresh event id; random by default. */
  newId?: () => string;
  /** Whether the browser is online now (navigator.onLine); true by default. */
  online?: () => boolean;
  /** Subscribes to the browser's online and offline events; returns the unsubscribe. */
  connectivity?: (listener: (online: boolean) => void) => () => void;
  /** Milliseconds to wait after the nth failure in a row (n ≥ 1). */
  retryDelay?: (failures: number) => number;
  /** A request not answered in this many milliseconds counts as a network failure. */
  timeoutMs?: number;
}

/** localStorage key of a person's outbox. */
export const OUTBOX = (userId: string) => `rapport:outbox:${userId}`;

const KEEP_SETTLED = 20;
const KEEP_KNOWN = 100;
const KEEP_SENT = 200;

export const itemKey = (item: OutboxItem) => (item.kind === 'start' ? `start:${item.attemptId}` : item.body.eventId);

const emptyOutbox = (): OutboxState => ({ version: 1, queue: [], next: {}, settled: {} });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function validItem(v: unknown): v is OutboxItem {
  if (!isRecord(v) || typeof v.attemptId !== 'string' || !isRecord(v.body)) return false;
  if (v.kind === 'start') return v.body.id === v.attemptId;
  return v.kind === 'event' && typeof v.body.eventId === 'string' && Number.isInteger(v.body.seq) && (v.body.type === 'choice' || v.body.type === 'complete');
}

/** The outbox as stored, or an empty one when there is none or it is unreadable. */
export function readOutbox(storage: SyncDeps['storage'], key: string): OutboxState {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return emptyOutbox();
    const v = JSON.parse(raw) as Partial<OutboxState>;
    if (v.version !== 1 || !Array.isArray(v.queue) || !isRecord(v.next) || !isRecord(v.settled)) return emptyOutbox();
    return { version: 1, queue: v.queue.filter(validItem), next: v.next as Record<string, number>, settled: v.settled as Record<string, Settled> };
  } catch {
    return emptyOutbox();
  }
}

const newest = <T>(record: Record<string, T>, n: number): Record<string, T> => Object.fromEntries(Object.entries(record).slice(-n));

/**
 * What to write: this outbox's view of the attempts it knows, and whatever another tab stored for attempts it
 * does not know. A sequence counter never goes down, so events are never numbered twice.
 */
export function mergeOutbox(stored: OutboxState, ours: OutboxState, known: readonly string[], sent: readonly string[]): OutboxState {
  const mine = new Set(known);
  const done = new Set(sent);
  const queued = new Set(ours.queue.map(itemKey));
  const foreign = stored.queue.filter((i) => !mine.has(i.attemptId) && !queued.has(itemKey(i)) && !done.has(itemKey(i)));
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

function scoreOf(attempt: unknown): RecordedScore | null {
  if (!isRecord(attempt)) return null;
  const domains = Array.isArray(attempt.domains) ? attempt.domains.filter(isRecord) : [];
  return {
    status: String(attempt.status ?? ''),
    overall: typeof attempt.overall === 'number' ? attempt.overall : null,
    band: typeof attempt.band === 'string' ? attempt.band : null,
    domains: domains.map((d) => ({ id: String(d.id), name: String(d.name), score: typeof d.score === 'number' ? d.score : null })),
  };
}

const SIGNED_OUT = 'You are signed out, so your choices are not reaching your record. Sign in again and reload this page: nothing waiting is lost.';

/** What an answer from the server means for the item that was sent. */
export function classify(item: OutboxItem, status: number, body: unknown): Outcome {
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  const message = typeof error?.message === 'string' && error.message ? error.message : `The server refused it (${status}).`;
  if (status === 200 || status === 201) {
    // A 200 that is not the API's answer (a captive portal, a proxy page) is not an acknowledgement.
    if (!isRecord(body)) return { kind: 'retry', reason: 'server' };
    if (item.kind === 'start') {
      return isRecord(body.attempt) && body.attempt.id === item.attemptId ? { kind: 'sent', score: null } : { kind: 'retry', reason: 'server' };
    }
    if (body.seq !== item.body.seq) return { kind: 'retry', reason: 'server' };
    return { kind: 'sent', score: item.body.type === 'complete' ? scoreOf(body.attempt) : null };
  }
  if (status === 401) return { kind: 'signed-out', message: SIGNED_OUT };
  if (status === 409 && item.kind === 'event' && typeof error?.expectedSeq === 'number' && error.expectedSeq > item.body.seq) {
    // Already recorded: an earlier try reached the server but its answer did not reach us.
    return { kind: 'sent', score: null };
  }
  if (status === 408 || status === 429 || status >= 500) return { kind: 'retry', reason: 'server' };
  if (status >= 400) return { kind: 'rejected', message };
  return { kind: 'retry', reason: 'server' };
}

const urlOf = (item: OutboxItem) => (item.kind === 'start' ? '/api/attempts' : `/api/attempts/${encodeURIComponent(item.attemptId)}/events`);

async function deliver(deps: SyncDeps, item: OutboxItem, signal: AbortSignal): Promise<Outcome> {
  let response: ResponseLike;
  try {
    const timeout = AbortSignal.timeout(deps.timeoutMs ?? 20_000);
    response = await deps.fetch(urlOf(item), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(item.body),
      credentials: 'same-origin',
      signal: AbortSignal.any([signal, timeout]),
    });
  } catch {
    return { kind: 'retry', reason: 'network' };
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  return classify(item, response.status, body);
}

const defaultDelay = (failures: number) => Math.min(30_000, 1000 * 2 ** (failures - 1)) * (0.75 + Math.random() * 0.5);

const outcomeOf = (event: unknown) => (event as { output: Outcome }).output;

export function createAttemptSyncMachine(deps: SyncDeps) {
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const retryDelay = deps.retryDelay ?? defaultDelay;

  const withKnown = (c: SyncContext, id: string) => (c.known.includes(id) ? c.known : [...c.known, id].slice(-KEEP_KNOWN));

  return setup({
    types: { context: {} as SyncContext, events: {} as SyncEvent },
    actors: {
      deliver: fromPromise<Outcome, OutboxItem>(({ input, signal }) => deliver(deps, input, signal)),
      connectivity: fromCallback(({ sendBack }) => {
        const stop = deps.connectivity?.((online) => sendBack({ type: online ? 'network.online' : 'network.offline' }));
        return () => stop?.();
      }),
    },
    delays: {
      backoff: ({ context }) => retryDelay(Math.max(1, context.failures)),
    },
    guards: {
      queueEmpty: ({ context }) => context.queue.length === 0,
      hasWork: ({ context }) => context.queue.length > 0,
      isOffline: ({ context }) => !context.online,
      isSignedOut: ({ context }) => context.signedOut !== null,
      outcomeIs: ({ event }, kind: Outcome['kind']) => outcomeOf(event).kind === kind,
    },
    actions: {
      enqueue: assign(({ context, event }) => {
        if (event.type === 'attempt.start') {
          const id = event.attemptId;
          if (id in context.next || id in context.settled || context.queue.some((i) => i.attemptId === id)) return {};
          const body: StartBody = { id, scenario: event.scenario, storyHash: event.storyHash, mode: event.mode, ...(event.assignmentId ? { assignmentId: event.assignmentId } : {}), ...(event.seed ? { seed: event.seed } : {}) };
          return { queue: [...context.queue, { kind: 'start' as const, attemptId: id, body }], next: { ...context.next, [id]: 1 }, known: withKnown(context, id) };
        }
        if (event.type !== 'attempt.choice' && event.type !== 'attempt.complete') return {};
        const id = event.attemptId;
        const seq = context.next[id];
        // Not recorded here (begun before signing in, or already complete): nothing to add to.
        if (!seq || id in context.settled) return {};
        const body: EventBody =
          event.type === 'attempt.choice'
            ? { eventId: newId(), seq, type: 'choice', point: event.point, index: event.index, text: event.text }
            : { eventId: newId(), seq, type: 'complete', reflection: event.reflection };
        return {
          queue: [...context.queue, { kind: 'event' as const, attemptId: id, body }],
          next: { ...context.next, [id]: event.type === 'attempt.complete' ? 0 : seq + 1 },
        };
      }),
      acknowledge: assign(({ context, event }) => {
        const outcome = outcomeOf(event);
        const [head, ...rest] = context.queue;
        if (!head || outcome.kind !== 'sent') return {};
        const update: Partial<SyncContext> = { queue: rest, failures: 0, lastFailure: null, sent: [...context.sent, itemKey(head)].slice(-KEEP_SENT) };
        if (head.kind === 'event' && head.body.type === 'complete') {
          const { [head.attemptId]: _, ...next } = context.next;
          update.next = next;
          update.settled = newest({ ...context.settled, [head.attemptId]: { score: outcome.score } }, KEEP_SETTLED);
        }
        return update;
      }),
      reject: assign(({ context, event }) => {
        const outcome = outcomeOf(event);
        const head = context.queue[0];
        if (!head || outcome.kind !== 'rejected') return {};
        const id = head.attemptId;
        const { [id]: _, ...next } = context.next;
        return {
          queue: context.queue.filter((i) => i.attemptId !== id),
          next,
          settled: newest({ ...context.settled, [id]: { rejection: outcome.message } }, KEEP_SETTLED),
          failures: 0,
          lastFailure: null,
        };
      }),
      noteFailure: assign(({ context, event }) => {
        const outcome = outcomeOf(event) as Outcome | undefined;
        return { failures: context.failures + 1, lastFailure: outcome?.kind === 'retry' ? outcome.reason : 'network' };
      }),
      noteSignedOut: assign(({ event }) => {
        const outcome = outcomeOf(event);
        return { signedOut: outcome.kind === 'signed-out' ? outcome.message : SIGNED_OUT };
      }),
      persist: assign(({ context }) => {
        if (!deps.storage) return {};
        try {
          const ours: OutboxState = { version: 1, queue: context.queue, next: context.next, settled: context.settled };
          const merged = mergeOutbox(readOutbox(deps.storage, deps.key), ours, context.known, context.sent);
          deps.storage.setItem(deps.key, JSON.stringify(merged));
          return context.persisted ? {} : { persisted: true };
        } catch {
          return { persisted: false };
        }
      }),
      goOnline: assign({ online: true }),
      goOffline: assign({ online: false }),
    },
  }).createMachine({
    id: 'attemptSync',
    context: () => {
      const stored = readOutbox(deps.storage, deps.key);
      const known = [...new Set([...stored.queue.map((i) => i.attemptId), ...Object.keys(stored.next), ...Object.keys(stored.settled)])];
      return { ...stored, online: deps.online?.() ?? true, failures: 0, lastFailure: null, signedOut: null, known, sent: [], persisted: true };
    },
    invoke: { src: 'connectivity' },
    on: {
      'attempt.start': { actions: ['enqueue', 'persist'] },
      'attempt.choice': { actions: ['enqueue', 'persist'] },
      'attempt.complete': { actions: ['enqueue', 'persist'] },
      'network.online': { actions: 'goOnline' },
      'network.offline': { actions: 'goOffline' },
    },
    initial: 'route',
    states: {
      route: {
        always: [
          { guard: 'isSignedOut', target: 'signedOut' },
          { guard: 'queueEmpty', target: 'idle' },
          { guard: 'isOffline', target: 'offline' },
          { target: 'sending' },
        ],
      },
      idle: {
        always: { guard: 'hasWork', target: 'route' },
      },
      sending: {
        invoke: {
          id: 'deliver',
          src: 'deliver',
          input: ({ context }) => context.queue[0]!,
          onDone: [
            { guard: { type: 'outcomeIs', params: 'sent' }, target: 'route', actions: ['acknowledge', 'persist'] },
            { guard: { type: 'outcomeIs', params: 'rejected' }, target: 'route', actions: ['reject', 'persist'] },
            { guard: { type: 'outcomeIs', params: 'signed-out' }, target: 'signedOut', actions: 'noteSignedOut' },
            { guard: 'isOffline', target: 'offline', actions: 'noteFailure' },
            { target: 'backoff', actions: 'noteFailure' },
          ],
          onError: { target: 'backoff', actions: 'noteFailure' },
        },
      },
      backoff: {
        after: { backoff: 'route' },
        on: {
          'network.online': { target: 'route', actions: 'goOnline' },
          'network.offline': { target: 'offline', actions: 'goOffline' },
          'outbox.retry': 'route',
        },
      },
      offline: {
        on: {
          'network.online': { target: 'route', actions: 'goOnline' },
          'outbox.retry': 'route',
        },
      },
      signedOut: {
        on: { 'outbox.retry': { target: 'route', actions: assign({ signedOut: null }) } },
      },
    },
  });
}

export type AttemptSyncMachine = ReturnType<typeof createAttemptSyncMachine>;
export type SyncSnapshot = SnapshotFrom<AttemptSyncMachine>;

/** The scenario machine's recorder, feeding an outbox actor. */
export function recorderFor(actor: Pick<ActorRefFrom<AttemptSyncMachine>, 'send'>): AttemptRecorder {
  return {
    start: (attempt) => actor.send({ type: 'attempt.start', ...attempt }),
    choice: (attemptId, choice) => actor.send({ type: 'attempt.choice', attemptId, ...choice }),
    complete: (attemptId, reflection) => actor.send({ type: 'attempt.complete', attemptId, reflection }),
  };
}

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

/** How an attempt stands in the outbox, for the player. */
export function syncStatus(snapshot: Pick<SyncSnapshot, 'context' | 'matches'>, attemptId: string): SyncStatus {
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
  if (snapshot.matches('offline') || (snapshot.matches('backoff') && c.lastFailure === 'network')) return { kind: 'offline-not-saved', waiting };
  if (snapshot.matches('backoff')) return { kind: 'retrying', waiting };
  return { kind: 'saving', waiting };
}

/** The server's score for a completed attempt once its completion is acknowledged; undefined until then. */
export function recordedScore(snapshot: Pick<SyncSnapshot, 'context'>, attemptId: string): RecordedScore | null | undefined {
  const settled = snapshot.context.settled[attemptId];
  return settled && 'score' in settled ? settled.score : undefined;
}
