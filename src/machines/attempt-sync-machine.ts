/**
 * The outbox that records a signed-in trainee's attempts on the server, in the attempt protocol
 * (src/lib/attempt-protocol.ts): every start, choice and completion becomes a request in one ordered queue, saved to
 * storage at once so a reload or a closed tab loses nothing, and sent one at a time.
 *
 *   idle ⇄ sending → backoff (network failure or a server error; retried, sooner when the browser comes
 *   back online) · offline (the browser says it is offline; waits for `network.online`) · signedOut (401;
 *   the queue is kept for when the trainee signs in again).
 *
 * The outbox numbers each attempt's events (seq 1, 2, 3…) and gives each an id when it is queued, so a request sent
 * twice is recognised by the server. A refusal stops that attempt: its waiting events are dropped and the reason is
 * kept for the player. The completion's answer carries the server's score, kept for the debrief.
 *
 * Its parts: the stored queue and how two tabs' views of it merge are in attempt-sync-outbox.ts, sending one item and
 * reading the answer in attempt-sync-delivery.ts, how an attempt stands for the player in attempt-sync-status.ts.
 * What is here is the machine and its actions.
 */
import { assign, fromCallback, fromPromise, setup, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import type { ChoiceMessage, EventMessage, StartMessage } from '../lib/attempt-protocol.ts';
import { deliver, SIGNED_OUT, type Fetch, type Outcome } from './attempt-sync-delivery.ts';
import {
  itemKey,
  KEEP_SETTLED,
  mergeOutbox,
  newest,
  readOutbox,
  type OutboxItem,
  type OutboxState,
} from './attempt-sync-outbox.ts';
import type { AttemptRecorder, AttemptStart } from './recorder.ts';

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
  | ({ type: 'attempt.choice'; attemptId: string } & ChoiceMessage)
  | { type: 'attempt.complete'; attemptId: string; reflection: string }
  | { type: 'network.online' }
  | { type: 'network.offline' }
  | { type: 'outbox.retry' };

export interface SyncDeps {
  fetch: Fetch;
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

const KEEP_KNOWN = 100;
const KEEP_SENT = 200;

const defaultDelay = (failures: number) => Math.min(30_000, 1000 * 2 ** (failures - 1)) * (0.75 + Math.random() * 0.5);

const outcomeOf = (event: unknown) => (event as { output: Outcome }).output;

/** The protocol's start message for an `attempt.start` event. */
function startMessageOf(event: AttemptStart): StartMessage {
  const { attemptId, scenario, storyHash, mode, assignmentId, seed, style } = event;
  return {
    id: attemptId,
    scenario,
    storyHash,
    mode,
    ...(assignmentId ? { assignmentId } : {}),
    ...(seed ? { seed } : {}),
    // Only respond-first is sent: an ordinary attempt's start is as it always was.
    ...(style === 'respond-first' ? { style } : {}),
  };
}

export function createAttemptSyncMachine(deps: SyncDeps) {
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const retryDelay = deps.retryDelay ?? defaultDelay;

  const withKnown = (c: SyncContext, id: string) =>
    c.known.includes(id) ? c.known : [...c.known, id].slice(-KEEP_KNOWN);

  return setup({
    types: { context: {} as SyncContext, events: {} as SyncEvent },
    actors: {
      deliver: fromPromise<Outcome, OutboxItem>(({ input, signal }) =>
        deliver(deps.fetch, input, signal, deps.timeoutMs),
      ),
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
          const item: OutboxItem = { kind: 'start', attemptId: id, body: startMessageOf(event) };
          return { queue: [...context.queue, item], next: { ...context.next, [id]: 1 }, known: withKnown(context, id) };
        }
        if (event.type !== 'attempt.choice' && event.type !== 'attempt.complete') return {};
        const id = event.attemptId;
        const seq = context.next[id];
        // Not recorded here (begun before signing in, or already complete): nothing to add to.
        if (!seq || id in context.settled) return {};
        const body: EventMessage =
          event.type === 'attempt.choice'
            ? {
                eventId: newId(),
                seq,
                type: 'choice',
                point: event.point,
                index: event.index,
                text: event.text,
                // What was written before the options were shown (respond-first), queued with the choice itself.
                ...(event.response !== undefined ? { response: event.response } : {}),
              }
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
        const update: Partial<SyncContext> = {
          queue: rest,
          failures: 0,
          lastFailure: null,
          sent: [...context.sent, itemKey(head)].slice(-KEEP_SENT),
        };
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
      const known = [
        ...new Set([
          ...stored.queue.map((i) => i.attemptId),
          ...Object.keys(stored.next),
          ...Object.keys(stored.settled),
        ]),
      ];
      return {
        ...stored,
        online: deps.online?.() ?? true,
        failures: 0,
        lastFailure: null,
        signedOut: null,
        known,
        sent: [],
        persisted: true,
      };
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
